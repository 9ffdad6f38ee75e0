// npm run eval:probes [-- set ...]: the team's probe documents (fixtures/probes/<set>/) through the pipeline, scored
// against their claims lists (app/eval/probes.ts). Prints a line per page and a total per set; the misses, wrong
// values and unmatched claims of a tuning set with --detail. A held-aside set (fixtures/probes/status.json) prints
// its figures only, never its misses: it measures what the rules do on pages no one tuned them on.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims } from "../app/pipeline/index";
import { pageOf, parseProbeList, parseSentenceBank, scoreProbe, scoreSentenceBank } from "../app/eval/probes";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "probes");
const args = process.argv.slice(2);
const detail = args.includes("--detail");
const status = JSON.parse(readFileSync(path.join(root, "status.json"), "utf8")) as Record<string, "tuned" | "held-aside">;
const sets = args.filter((a) => !a.startsWith("--"));
const chosen = sets.length ? sets.filter((s) => s !== "sentences") : Object.keys(status).sort();

const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : "-");
for (const set of chosen) {
  const dir = path.join(root, set);
  if (!existsSync(dir)) { console.error(`no probe set ${set} in fixtures/probes/`); process.exitCode = 1; continue; }
  const hints = existsSync(path.join(dir, "hints.json")) ? (JSON.parse(readFileSync(path.join(dir, "hints.json"), "utf8")) as Record<string, string>) : {};
  const total = { claims: 0, found: 0, valueRight: 0, unmatched: 0, noiseHits: 0 };
  const held = status[set] === "held-aside";
  console.log(`== set ${set} (${held ? "held aside: figures only" : "tuned on"})`);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(path.join(dir, file), "utf8");
    const list = parseProbeList(readFileSync(path.join(dir, file.replace(/\.txt$/, ".claims.tsv")), "utf8"));
    // the page's subject as a corpus would name it: hints.json, or the file name's first word
    const subject = hints[file] ?? file.split("_")[0];
    const score = scoreProbe(text, list, extractClaims(text, { subjects: [subject] }).claims);
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += score[k];
    console.log(`  ${file.padEnd(36)} found ${score.found}/${score.claims} (${pct(score.found, score.claims)}), values ${score.valueRight}/${score.found}, unmatched ${score.unmatched}, noise hits ${score.noiseHits}`);
    if (score.missingQuotes.length) console.log(`    quotes not in the page: ${score.missingQuotes.length}`);
    if (detail && !held) {
      for (const m of score.misses) console.log(`    MISS  [${m.category}] ${m.quote} (${m.value})`);
      for (const w of score.wrongValues) console.log(`    VALUE [${w.line.category}] ${w.line.quote.slice(0, 60)}: wants ${w.line.value}, got ${JSON.stringify(w.got)}`);
      for (const e of score.extras) console.log(`    EXTRA [${e.category}] ${e.text.slice(0, 90)}`);
      for (const q of score.noiseHit) console.log(`    NOISE ${q.slice(0, 70)}`);
    }
  }
  console.log(`  total: found ${total.found}/${total.claims} (${pct(total.found, total.claims)}), values ${total.valueRight}/${total.found}, unmatched ${total.unmatched}, noise hits ${total.noiseHits}`);
}

// the sentence banks: each category's file, its tuning half and its held half apart (the misses of the tuning half only)
const bankDir = path.join(root, "sentences");
if (existsSync(bankDir) && (!sets.length || sets.includes("sentences"))) {
  console.log("== sentence banks (even lines tuned on, odd lines held aside)");
  for (const file of readdirSync(bankDir).filter((f) => f.endsWith(".tsv")).sort()) {
    // (a bank's category is its name before any suffix: "safety-m.tsv" is a second bank of safety sentences)
    const category = file.replace(/\.tsv$/, "").split("-")[0];
    const rows = parseSentenceBank(readFileSync(path.join(bankDir, file), "utf8"));
    for (const held of [false, true]) {
      const half = rows.filter((r) => r.heldAside === held);
      const score = scoreSentenceBank(half, category, (row) => extractClaims(pageOf(row).text, { subjects: [row.subject] }).claims);
      console.log(`  ${file.padEnd(16)} ${held ? "held aside" : "tuned on  "} found ${score.found}/${score.listed} (${pct(score.found, score.listed)}), values right ${score.valueRight}/${score.found}, false hits ${score.falseHits}/${score.lookalikes}`);
      if (detail && !held) {
        for (const m of score.misses) console.log(`    MISS  ${m.sentence}`);
        for (const f of score.hits) console.log(`    FALSE ${f.sentence}`);
      }
    }
  }
}
