// Issue 4's bar through the whole chain (extraction, then grouping): every gold group of the first corpus has an
// exported group holding >= 60% of its claims with the gold assessment. `npm run eval` prints the same rows for
// every corpus; grouping alone is held to the bar on every gold corpus in grouping-gold.test.ts.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { runCorpus } from "~/eval/run";
import { scoreExport, type Gold } from "~/eval/score";
import { goldCorpora, readCorpus } from "../../scripts/eval";

it("extracts and groups the demo corpus so that all its gold groups are found with their assessment", () => {
  const demo = goldCorpora().find((c) => c.name === "mesotherapy");
  expect(demo, "fixtures/gold/mesotherapy.gold.json").toBeDefined();
  const r = scoreExport(runCorpus(demo!.name, readCorpus(demo!.dir)), JSON.parse(readFileSync(demo!.gold, "utf8")) as Gold);
  const wrong = r.groupRows.filter((g) => g.share < 0.6 || g.got !== g.gold);
  expect(wrong, JSON.stringify(wrong, null, 1)).toEqual([]);
  expect(r.groupRows).toHaveLength(7);
});
