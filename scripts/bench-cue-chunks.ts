// How fast a cue list runs as one pattern or cut into several: the con cues (the longest list) over the clauses of
// the generated bench corpus, at several cut sizes, with optional filler cues to push it past V8's 20 kB limit.
// usage: npm run -s bench:cues [-- <extra filler cues>]
// Prints, per cut size: the patterns' lengths and the time of 60 passes over the clauses (after 30 to warm up).
import { anyCueSource } from "../app/pipeline/alternation";
import { CON_CUES } from "../app/pipeline/lexicon/cues";
import { segmentSentences } from "../app/pipeline/segment";
import { splitClauses } from "../app/pipeline/split";
import { makeDoc, mulberry32 } from "./bench-corpus";

const extra = Number(process.argv[2] ?? 0);
// filler cues that match nothing, to see what a longer list would cost
const cues = [...CON_CUES, ...Array.from({ length: extra }, (_, i) => `\\bzq${i}xv (?:foo|bar) baz\\b`)];

const rand = mulberry32(7);
const clauses: string[] = [];
for (let i = 0; i < 60; i++) {
  const doc = makeDoc(rand, 10_000);
  for (const s of segmentSentences(doc)) for (const c of splitClauses(doc.slice(s.start, s.end))) clauses.push(c.text);
}

/** The cues as patterns of at most `limit` characters each (as anyCues cuts them, with a chosen limit). */
function patterns(limit: number): RegExp[] {
  const out: RegExp[] = [];
  let chunk: string[] = [];
  for (const src of cues) {
    if (chunk.length && anyCueSource([...chunk, src], "i").length > limit) {
      out.push(new RegExp(anyCueSource(chunk, "i"), "i"));
      chunk = [];
    }
    chunk.push(src);
  }
  if (chunk.length) out.push(new RegExp(anyCueSource(chunk, "i"), "i"));
  return out;
}

console.log(`${cues.length} cues, ${clauses.length} clauses`);
console.log("limit     patterns (characters)          ms for 60 passes");
for (const limit of [8_000, 12_000, 20_000, 20_400, 40_000]) {
  const res = patterns(limit);
  const matches = (c: string) => res.some((re) => re.test(c));
  for (let r = 0; r < 30; r++) for (const c of clauses) matches(c);
  const t0 = performance.now();
  for (let r = 0; r < 60; r++) for (const c of clauses) matches(c);
  const ms = performance.now() - t0;
  console.log(`${String(limit).padEnd(9)} ${res.map((re) => re.source.length).join(" + ").padEnd(30)} ${ms.toFixed(0)}`);
}
