import { describe, expect, it } from "vitest";
import { normName, scoreExport, valueOk, type Gold } from "~/eval/score";

describe("valueOk", () => {
  const rows: Array<[unknown, Record<string, unknown> | null, boolean]> = [
    [{ kind: "year", min: 1930, max: 1939, approx: true }, { kind: "year", min: 1930, max: 1939, approx: true }, true],
    [{ kind: "year", min: 1930, max: 1933, approx: true }, { kind: "year", min: 1930, max: 1939, approx: true }, false],
    [{ kind: "count", min: 5000, max: null }, { kind: "count", min: 5000, max: null }, true],
    [{ kind: "count", min: 5000, max: 5000 }, { kind: "count", min: 5000, max: null }, false],
    [{ kind: "count", min: 18000, max: 18000 }, { kind: "count", min: 18100, max: 18100 }, true],
    [{ kind: "person", name: "Dr. Jane Smith" }, { kind: "person", name: "Jane Smith" }, true],
    [{ kind: "stance", polarity: "pro", hedged: true }, { kind: "stance", polarity: "pro", hedged: false }, false],
    [null, null, true],
    [null, { kind: "year", min: 1, max: 1 }, false],
  ];
  it.each(rows)("%j vs %j", (v, g, expected) => expect(valueOk(v, g)).toBe(expected));
  it("normalises names like the Python rule", () => expect(normName("Prof. José M. Ruiz")).toBe("jose m ruiz"));
});

describe("scoreExport", () => {
  const text = "Cupping was developed in 1920. It is effective. Share this page.";
  const gold: Gold = {
    claims: [
      { id: "g1", source: "a.txt", quote: "Cupping was developed in 1920", start: 0, end: 29, category: "origin_date", value: { kind: "year", min: 1920, max: 1920 }, required: true },
      { id: "g2", source: "a.txt", quote: "It is effective", start: 31, end: 46, category: "efficacy", value: { kind: "stance", polarity: "pro", hedged: false }, required: true },
    ],
    noise: [{ source: "a.txt", quote: "Share this page", start: 48, end: 63 }],
    groups: [{ key: "o", assessment: "single", claims: ["g1"] }],
  };
  const ex = {
    sources: [{ id: 1, origin: "dir/a.txt", text }],
    claims: [
      { id: 1, sourceId: 1, start: 0, end: 29, category: "origin_date", value: { kind: "year", min: 1920, max: 1920, approx: false } },
      { id: 2, sourceId: 1, start: 31, end: 38, category: "efficacy", value: { kind: "stance", polarity: "pro", hedged: false } },
      { id: 3, sourceId: 1, start: 48, end: 63, category: "safety", value: null, text: "Share this page" },
      { id: 4, sourceId: 1, start: 48, end: 63, category: "efficacy", value: null },
    ],
    groups: [{ key: "x", assessment: "single", claimIds: [1] }],
  };
  const r = scoreExport(ex, gold);
  it("finds a claim covering at least half of the quote, and not one covering less", () => {
    expect(r.missed.map((g) => g.id)).toEqual(["g2"]);
    expect(r.recallRequired).toBe(0.5);
  });
  it("counts values, precision, noise and groups", () => {
    expect(r.valueAcc).toBe(0.5);
    expect(r.counts.tp).toBe(2);
    expect(r.counts.fp).toBe(1);
    expect(r.noiseHits.length).toBe(2);
    expect(r.groupsScore).toBe(1);
  });
});
