// How much of the bench corpus each gate lets through: sentences past the claim gate (mayHoldClaim) and clauses
// whose words open each category's gate, and the triggers that open them most. Counts, not times: deterministic,
// so a new trigger that opens a gate on a common word ("question", "never") shows up at once, whatever the machine.
// usage: npm run -s bench:gates [-- <category>]   (the category's top triggers; default: all categories' counts only)
import { GATES, mayHoldClaim, prepare } from "../app/pipeline/classify";
import { TRIGGERS } from "../app/pipeline/lexicon/triggers";
import { segmentSentences } from "../app/pipeline/segment";
import { splitClauses } from "../app/pipeline/split";
import { makeDoc, mulberry32 } from "./bench-corpus";

// (piped into `head`, the output may be cut short: that is no error)
process.stdout.on("error", () => process.exit(0));
const doc = makeDoc(mulberry32(5), 1_000_000);
let sentences = 0, passed = 0, clauses = 0;
const open: Record<string, number> = {};
for (const s of segmentSentences(doc)) {
  const text = doc.slice(s.start, s.end);
  sentences++;
  if (!mayHoldClaim(text)) continue;
  passed++;
  for (const c of splitClauses(text)) {
    clauses++;
    const mask = prepare(c.text).mask;
    for (const [name, bit] of Object.entries(GATES.bit)) if (mask & bit) open[name] = (open[name] ?? 0) + 1;
  }
}
console.log(`1 MB bench document: ${sentences} sentences, ${passed} past the claim gate, ${clauses} clauses`);
for (const [name, n] of Object.entries(open).sort((a, b) => b[1] - a[1])) console.log(`${name.padEnd(16)} ${String(n).padStart(6)} clauses`);

const category = process.argv[2] as keyof typeof TRIGGERS | undefined;
if (category && TRIGGERS[category]) {
  // a trigger ending in "$", or of three letters or fewer, is a whole word; the others are prefixes
  const words = doc.toLowerCase().split(/[^a-z'’-]+/);
  const hits = new Map<string, number>();
  for (const w of words) for (const t of TRIGGERS[category]) {
    const stem = t.replace(/\$$/, "");
    if (t.endsWith("$") || t.length <= 3 ? w === stem : w.startsWith(stem)) hits.set(t, (hits.get(t) ?? 0) + 1);
  }
  console.log(`\n${category}: words of the document that open its gate`);
  for (const [t, n] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${t.padEnd(16)} ${String(n).padStart(6)}`);
}
