// npm run eval: for every fixtures/gold/<name>.gold.json whose corpus folder fixtures/<name>/ exists, run the
// pipeline and grouping, score with the matching rule of ../shared/README.md, print the tables, and cross-check
// with ../shared/tools/eval_claims.py when it and python3 are there.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatOf, runCorpus, type CorpusFile } from "../app/eval/run";
import { scoreExport, summaryLine, type Gold } from "../app/eval/score";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = path.join(root, "fixtures");

/** Tuning corpora: fixtures/gold/<name>.gold.json with fixtures/<name>/. */
export function goldCorpora(): Array<{ name: string; dir: string; gold: string }> {
  const goldDir = path.join(fixtures, "gold");
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort().map((f) => {
    const name = f.replace(/\.gold\.json$/, "");
    return { name, dir: path.join(fixtures, name), gold: path.join(goldDir, f) };
  }).filter((c) => existsSync(c.dir) && statSync(c.dir).isDirectory());
}

/** Real-text corpora: fixtures/holdout/<name>.gold.json with fixtures/holdout/<name>/. Reported, not enforced;
 * fixtures/holdout/status.json says which were tuned on (their misses read) and which are still held out. */
export function holdoutCorpora(): Array<{ name: string; dir: string; gold: string; tuned: boolean }> {
  const dir = path.join(fixtures, "holdout");
  if (!existsSync(dir)) return [];
  const statusFile = path.join(dir, "status.json");
  const status = existsSync(statusFile) ? (JSON.parse(readFileSync(statusFile, "utf8")) as Record<string, string>) : {};
  return readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort().map((f) => {
    const name = f.replace(/\.gold\.json$/, "");
    return { name, dir: path.join(dir, name), gold: path.join(dir, f), tuned: status[name] === "tuned" };
  }).filter((c) => existsSync(c.dir) && statSync(c.dir).isDirectory());
}

export function readCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir).filter((f) => /\.(txt|md|markdown|html?)$/i.test(f)).sort()
    .map((f) => ({ origin: f, text: readFileSync(path.join(dir, f), "utf8"), format: formatOf(f) }));
}

const short = (s: string, n = 90) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

function main() {
  const only = process.env.EVAL_ONLY?.split(",");
  const corpora = [...goldCorpora().map((c) => ({ ...c, real: null })), ...holdoutCorpora().map((c) => ({ ...c, real: c.tuned ? "real text, tuned on" : "held out" }))]
    .filter((c) => !only || only.includes(c.name));
  if (corpora.length === 0) { console.log("no gold corpora in fixtures/"); return; }
  const summaries: string[] = [];
  for (const c of corpora) {
    // EVAL_NO_HINT=1: score as if the caller did not say what the corpus is about
    const ex = runCorpus(c.name, readCorpus(c.dir), { subjectHint: !process.env.EVAL_NO_HINT });
    const gold = JSON.parse(readFileSync(c.gold, "utf8")) as Gold;
    const r = scoreExport(ex, gold);
    const note = c.real === "held out" ? " [held out: reported, not enforced, never tuned on]" : c.real ? " [real text, tuned on: reported, not enforced]" : "";
    console.log(`\n=== ${c.name}${note} (${ex.sources.length} sources, ${ex.claims.length} claims)`);
    if (r.missingSources.length) console.log("sources not found:", r.missingSources.join(", "));
    console.log(`${"category".padEnd(20)} required found value`);
    for (const row of r.perCategory) console.log(`${row.category.padEnd(20)} ${String(row.required).padStart(8)} ${String(row.found).padStart(5)} ${String(row.valueRight).padStart(5)}`);
    console.log("missed required claims:");
    for (const g of r.missed) console.log(`  ${g.id} [${g.category}] ${g.source.slice(0, 3)}: ${short(g.quote ?? "")}`);
    console.log("found, value wrong:");
    for (const w of r.wrongValue) console.log(`  ${w.gold.id} [${w.gold.category}] want ${JSON.stringify(w.gold.value)} got ${short(JSON.stringify(w.got), 160)}`);
    console.log(`mission-category claims not in gold (${r.falseHits.length}):`);
    for (const f of r.falseHits) console.log(`  [${f.category}] s${f.sourceId}: ${short(f.text ?? "", 100)}`);
    console.log(`noise that yielded claims: ${r.noiseHits.length}`);
    for (const n of r.noiseHits) console.log(`  [${n.category}] ${short(n.quote, 50)} -> ${short(n.claim, 60)}`);
    console.log("groups (gold key, gold assessment, export assessment, share, export label):");
    for (const g of r.groupRows) console.log(`  ${g.key} ${g.gold} ${g.got} ${g.share.toFixed(2)} ${g.label ?? ""}`);
    const line = `${c.name}${c.real ? ` (${c.real})` : ""}: ${summaryLine(r)}`;
    console.log(line);
    summaries.push(line);

    const py = path.join(root, "..", "shared", "tools", "eval_claims.py");
    if (existsSync(py)) {
      const dir = mkdtempSync(path.join(tmpdir(), "claimscope-eval-"));
      const tmp = path.join(dir, `${c.name}.export.json`);
      writeFileSync(tmp, JSON.stringify(ex));
      try {
        const out = execFileSync("python3", [py, tmp, c.gold, "--quiet"], { encoding: "utf8" });
        console.log(`eval_claims.py cross-check: ${out.trim().split("\n").pop()}`);
      } catch (e) {
        const out = (e as { stdout?: string }).stdout;
        console.log(`eval_claims.py cross-check: ${out ? out.trim().split("\n").pop() : "not run (" + (e as Error).message.split("\n")[0] + ")"}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.log("\nsummary:");
  for (const s of summaries) console.log("  " + s);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
