// Issue 4's bar through the whole chain (extraction, then grouping): on every gold corpus in fixtures/ (the demo
// corpus and the team's own), every gold group has an exported group holding >= 60% of its claims with the gold
// assessment. `npm run eval` prints the same rows; grouping alone is held to the bar in grouping-gold.test.ts.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { runCorpus } from "~/eval/run";
import { scoreExport, type Gold } from "~/eval/score";
import { goldCorpora, readCorpus } from "../../scripts/eval";

const corpora = goldCorpora();

it("has the demo corpus and the team's corpora to hold to the bar", () => {
  expect(corpora.map((c) => c.name)).toEqual(expect.arrayContaining(["mesotherapy", "reflexology", "auriculotherapy"]));
});

it.each(corpora.map((c) => [c.name, c] as const))("extracts and groups %s so that every gold group is found with its assessment", (_, corpus) => {
  const gold = JSON.parse(readFileSync(corpus.gold, "utf8")) as Gold;
  const r = scoreExport(runCorpus(corpus.name, readCorpus(corpus.dir)), gold);
  const wrong = r.groupRows.filter((g) => g.share < 0.6 || g.got !== g.gold);
  expect(wrong, JSON.stringify(wrong, null, 1)).toEqual([]);
  expect(r.groupRows).toHaveLength(gold.groups?.length ?? 0);
});
