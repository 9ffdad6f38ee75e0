// The bar of issue 3, on every gold corpus in fixtures/ (new gold files are picked up automatically).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCorpus } from "~/eval/run";
import { scoreExport, type Gold } from "~/eval/score";
import { goldCorpora, readCorpus } from "../../scripts/eval";

const corpora = goldCorpora();

describe.each(corpora.map((c) => [c.name, c] as const))("gold corpus %s", (name, c) => {
  const r = scoreExport(runCorpus(name, readCorpus(c.dir)), JSON.parse(readFileSync(c.gold, "utf8")) as Gold);
  const missed = r.missed.map((g) => `${g.id} [${g.category}] ${g.quote}`).join("\n");
  it("finds >= 95% of required claims", () => expect(r.recallRequired, missed).toBeGreaterThanOrEqual(0.95));
  it("finds >= 95% of required efficacy, origin_date and practitioner_count claims", () => {
    for (const cat of ["efficacy", "origin_date", "practitioner_count"]) {
      const row = r.perCategory.find((x) => x.category === cat);
      if (row && row.required > 0) expect(row.found / row.required, `${cat}\n${missed}`).toBeGreaterThanOrEqual(0.95);
    }
  });
  it("gets >= 90% of values right", () =>
    expect(r.valueAcc, r.wrongValue.map((w) => `${w.gold.id} ${JSON.stringify(w.gold.value)} got ${JSON.stringify(w.got)}`).join("\n")).toBeGreaterThanOrEqual(0.9));
  it("keeps precision >= 85% on the mission categories", () =>
    expect(r.precisionMission, r.falseHits.map((f) => `[${f.category}] ${f.text}`).join("\n")).toBeGreaterThanOrEqual(0.85));
  it("takes no claim outside `other` from noise", () => expect(r.noiseHits).toEqual([]));
});

it("has at least one gold corpus", () => expect(corpora.length).toBeGreaterThan(0));
