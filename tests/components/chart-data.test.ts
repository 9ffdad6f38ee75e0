// The pure rules behind the corpus charts, one behaviour a row.
import { describe, expect, it } from "vitest";
import {
  clampToDomain,
  claimMarkLabel,
  focusRange,
  groupHref,
  layoutRows,
  logTicks,
  niceStep,
  numericAxis,
  openRangeCap,
  shorten,
  shouldUseLogScale,
  splitAgreement,
  valueKey,
  valueRange,
  type AgreementClaim,
} from "~/components/charts/data";
import type { Assessment, ClaimValue } from "~/pipeline/types";

const count = (min: number, max: number | null, extra: Partial<ClaimValue> = {}): ClaimValue =>
  ({ kind: "count", min, max, approx: false, ...extra }) as ClaimValue;
const year = (min: number, max = min): ClaimValue => ({ kind: "year", min, max, approx: false });
const person = (name: string): ClaimValue => ({ kind: "person", name });
const stance = (polarity: "pro" | "con"): ClaimValue => ({ kind: "stance", polarity, hedged: false });

describe("log scale", () => {
  it.each([
    [[15000, 18000, 50000], false, "one order of magnitude"],
    [[1, 99.9], false, "just under 100×"],
    [[1, 100], true, "exactly 100×"],
    [[3, 18000], true, "four orders"],
    [[0, 1000], false, "zero cannot sit on a log axis"],
    [[-5, 1000], false, "negative values neither"],
    [[500], false, "a single value"],
    [[], false, "nothing"],
  ])("%j → %s (%s)", (values, expected) => {
    expect(shouldUseLogScale(values)).toBe(expected);
  });
});

describe("value ranges", () => {
  it.each<[ClaimValue | null, { lo: number; hi: number | null } | null]>([
    [year(1952), { lo: 1952, hi: 1952 }],
    [year(1950, 1953), { lo: 1950, hi: 1953 }],
    [count(15000, null, { qualifier: "more than" }), { lo: 15000, hi: null }],
    [count(18000, 18000), { lo: 18000, hi: 18000 }],
    [{ kind: "quantity", min: 0.51, max: 0.16, unit: "in" }, { lo: 0.16, hi: 0.51 }],
    [person("Michel Pistor"), null],
    [stance("pro"), null],
    [null, null],
  ])("%j → %j", (value, expected) => {
    expect(valueRange(value)).toEqual(expected);
  });
});

describe("where open ranges end", () => {
  it.each<[Array<{ lo: number; hi: number | null }>, boolean, number, string]>([
    [[{ lo: 15000, hi: null }, { lo: 18000, hi: 18000 }, { lo: 50000, hi: 50000 }], false, 50000, "drawn to the largest stated figure"],
    [[{ lo: 15000, hi: null }, { lo: 5000, hi: 5000 }], false, 30000, "alone beyond the rest: twice its start"],
    [[{ lo: 15000, hi: null }, { lo: 10, hi: 10 }], true, 150000, "on a log axis: ten times its start"],
    [[{ lo: 0, hi: null }], false, 1, "an open range from zero still shows"],
    [[{ lo: 4, hi: 10 }, { lo: 5, hi: 15 }], false, 15, "no open range: the largest figure"],
  ])("%j (log %s) → %d: %s", (ranges, log, expected) => {
    expect(openRangeCap(ranges, log)).toBe(expected);
  });
});

describe("axes", () => {
  it.each<[number, number, boolean, "year" | "count" | "quantity", [number, number], number[]]>([
    [15000, 50000, false, "count", [0, 50000], [0, 10000, 20000, 30000, 40000, 50000]],
    [3, 18000, true, "count", [1, 100000], [1, 10, 100, 1000, 10000, 100000]],
    [1950, 1958, false, "year", [1950, 1958], [1950, 1952, 1954, 1956, 1958]],
    [1987, 1987, false, "year", [1982, 1992], [1982, 1984, 1986, 1988, 1990, 1992]],
    [0.16, 0.51, false, "quantity", [0, 0.6], [0, 0.2, 0.4, 0.6]],
    [0.16, 0.16, false, "quantity", [0, 0.25], [0, 0.05, 0.1, 0.15, 0.2, 0.25]],
    [2, 2, false, "quantity", [0, 3], [0, 1, 2, 3]],
    [0, 0, false, "count", [0, 1], [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [-4, -4, false, "quantity", [-6, -2], [-6, -5, -4, -3, -2]],
    [-3600, 2000, false, "year", [-4000, 2000], [-4000, -2000, 0, 2000]],
  ])("%d..%d log=%s %s → %j", (lo, hi, log, kind, domain, ticks) => {
    expect(numericAxis(lo, hi, log, kind)).toEqual({ domain, ticks });
  });

  it.each([
    [10, 5, false, 2],
    [8, 5, true, 2],
    [0.45, 5, false, 0.1],
    [35000, 5, false, 10000],
  ])("a span of %d in %d parts steps by %d", (span, parts, integer, step) => {
    expect(niceStep(span, parts, integer)).toBe(step);
  });

  it("log ticks are the powers of ten inside the domain", () => {
    expect(logTicks([10, 10000])).toEqual([10, 100, 1000, 10000]);
  });
});

describe("timeline focus", () => {
  it.each<[number[], [number, number], string]>([
    [[1923, 1950, 1952, 1953, 1958, 1987], [1923, 1987], "20th-century dates stay together"],
    [[-3600, 1923, 1950, 1952, 1958, 1987, 2003], [1923, 2003], "3600 BC lies far off: left at the edge"],
    [[-3600, 1952, 1987], [-3600, 1987], "too few dates to call one an outlier"],
    [[], [0, 1], "no dates"],
  ])("%j → %j (%s)", (years, expected) => {
    expect(focusRange(years)).toEqual(expected);
  });

  it.each([
    [{ lo: -3600, hi: -3600, at: -3600 }, { lo: 1920, hi: 1920, at: 1920, beyond: "before" }],
    [{ lo: 1950, hi: 1953, at: 1951.5 }, { lo: 1950, hi: 1953, at: 1951.5 }],
    [{ lo: 1900, hi: 1960, at: 1930 }, { lo: 1920, hi: 1960, at: 1930 }],
  ])("clamps %j into 1920..2020", (point, expected) => {
    expect(clampToDomain(point, [1920, 2020])).toEqual(expected);
  });
});

describe("who agrees in a group", () => {
  const c = (id: number, sourceId: number, value: ClaimValue | null): AgreementClaim => ({ id, sourceId, value });
  it.each<[string, Assessment, Array<[number, number]>, AgreementClaim[], number[], number[]]>([
    ["consistent: everyone agrees", "consistent", [], [c(1, 1, year(1952)), c(2, 2, year(1950, 1959))], [1, 2], []],
    ["single: the one source agrees", "single", [], [c(1, 1, year(1952))], [1], []],
    [
      "conflicting: the sources in a conflicting pair disagree",
      "conflicting",
      [[2, 3]],
      [c(1, 1, count(15000, null)), c(2, 2, count(18000, 18000)), c(3, 3, count(50000, 50000))],
      [1],
      [2, 3],
    ],
    [
      "conflicting: a source counts once, even with several claims in pairs",
      "conflicting",
      [[1, 3], [2, 3]],
      [c(1, 1, stance("pro")), c(2, 1, stance("pro")), c(3, 2, stance("con")), c(4, 3, stance("pro"))],
      [3],
      [1, 2],
    ],
    [
      "divergent: who differs from the most common value",
      "divergent",
      [],
      [c(1, 1, person("Michel Pistor")), c(2, 2, person("Michael Pistor")), c(3, 3, person("michel pistor"))],
      [1, 3],
      [2],
    ],
    [
      "divergent with a tie: no majority, every source with a value disagrees",
      "divergent",
      [],
      [c(1, 1, count(15000, null)), c(2, 2, count(18000, 18000)), c(3, 3, null)],
      [3],
      [1, 2],
    ],
    [
      "conflicting without recorded pairs falls back to the divergent rule",
      "conflicting",
      [],
      [c(1, 1, stance("pro")), c(2, 2, stance("pro")), c(3, 3, stance("con"))],
      [1, 2],
      [3],
    ],
  ])("%s", (_, assessment, conflicts, claims, agreeing, disagreeing) => {
    expect(splitAgreement(assessment, conflicts, claims)).toEqual({ agreeing, disagreeing });
  });

  it.each([
    [person("Dr. Michel Pistor"), "person:dr michel pistor"],
    [count(15000, null, { scope: "France" }), "count:15000:null"],
    [null, null],
  ])("value key of %j is %j", (value, key) => {
    expect(valueKey(value)).toBe(key);
  });
});

describe("layout and words", () => {
  it("spreads the claims of one row around it, rows in the order given", () => {
    const laid = layoutRows(
      [
        { row: "B", lo: 5, hi: 15 },
        { row: "A", lo: 1952, hi: 1952 },
        { row: "B", lo: 15000, hi: null },
      ],
      ["A", "B"],
    );
    expect(laid.map((p) => [p.row, p.rowIndex, p.y, p.at])).toEqual([
      ["A", 0, 0, 1952],
      ["B", 1, 0.89, 10],
      ["B", 1, 1.11, 15000],
    ]);
  });

  it.each([
    ["short", 10, "short"],
    ["Mesotherapy is a treatment that was originated by Dr. M. Pistor", 30, "Mesotherapy is a treatment…"],
    ["Mesotherapy   is\n\ta treatment", 40, "Mesotherapy is a treatment"],
  ])("shorten(%j, %d) → %j", (text, max, expected) => {
    const out = shorten(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it("a claim mark names the source and quotes the claim", () => {
    expect(claimMarkLabel({ claimId: 7, sourceId: 1, source: "Wikipedia", quote: "About 50,000 physicians", valueText: "about 50,000 physicians" })).toBe(
      "Wikipedia: “About 50,000 physicians” (about 50,000 physicians)",
    );
  });

  it.each([
    ["mesotherapy/efficacy", "/c/meso/groups/mesotherapy/efficacy"],
    ["a b/c?d", "/c/meso/groups/a%20b/c%3Fd"],
  ])("group %j links to %j", (key, href) => {
    expect(groupHref("meso", key)).toBe(href);
  });
});
