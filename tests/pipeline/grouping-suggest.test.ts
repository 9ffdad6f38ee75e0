// Suggested verdicts from a group's assessment, on invented groups: rows of [claims, expected verdicts by id].
import { describe, expect, it } from "vitest";
import { assessGroup } from "~/pipeline/grouping/assess";
import { suggestVerdicts } from "~/pipeline/grouping/suggest";
import type { Category, ClaimValue, GroupableClaim, Verdict } from "~/pipeline/types";

function c(id: number, sourceId: number, value: ClaimValue | null): GroupableClaim {
  return { id, sourceId, sourceLabel: `s${sourceId}`, text: "", category: "other", value, hedges: [], subject: "cupping", facet: null };
}
const year = (min: number, max = min): ClaimValue => ({ kind: "year", min, max, approx: min !== max });
const person = (name: string): ClaimValue => ({ kind: "person", name });
const pro = (hedged = false): ClaimValue => ({ kind: "stance", polarity: "pro", hedged });
const con = (hedged = false): ClaimValue => ({ kind: "stance", polarity: "con", hedged });
const count = (min: number, scope: string | null): ClaimValue => ({ kind: "count", min, max: min, approx: true, scope, unit: "practitioners" });

describe("suggestVerdicts", () => {
  it.each([
    ["single: none", "origin_date", [c(1, 1, year(1961)), c(2, 1, year(1960, 1969))], { 1: null, 2: null }],
    ["consistent: supported", "origin_date", [c(1, 1, year(1961)), c(2, 2, year(1960, 1969))], { 1: "supported", 2: "supported" }],
    ["consistent, a claim without value: none for it", "origin_date", [c(1, 1, year(1961)), c(2, 2, year(1961)), c(3, 3, null)], { 1: "supported", 2: "supported", 3: null }],
    [
      "divergent spelling: the outlier spelling contested, the rest supported",
      "founder",
      [c(1, 1, person("Anna Kowalczyk")), c(2, 2, person("Anna Kowalczyk")), c(3, 3, person("Ana Kowalczyk")), c(4, 4, person("Kowalczyk"))],
      { 1: "supported", 2: "supported", 3: "contested", 4: "supported" },
    ],
    ["divergent scopes: both supported", "practitioner_count", [c(1, 1, count(8000, "Italy")), c(2, 2, count(10000, "worldwide"))], { 1: "supported", 2: "supported" }],
    ["divergent hedging: the hedged one contested", "efficacy", [c(1, 1, pro()), c(2, 2, pro()), c(3, 3, pro(true))], { 1: "supported", 2: "supported", 3: "contested" }],
    ["conflicting one against one: both contested", "practitioner_count", [c(1, 1, count(10000, null)), c(2, 2, count(30000, null))], { 1: "contested", 2: "contested" }],
    [
      "outnumbered by two outright sources, none for it: contradicted",
      "safety",
      [c(1, 1, pro()), c(2, 2, pro()), c(3, 3, con())],
      { 1: "contested", 2: "contested", 3: "contradicted" },
    ],
    [
      "outnumbered but backed by another source: contested",
      "efficacy",
      [c(1, 1, pro()), c(2, 2, pro()), c(3, 3, con()), c(4, 4, con())],
      { 1: "contested", 2: "contested", 3: "contested", 4: "contested" },
    ],
    [
      "hedged claims do not count against: contested",
      "efficacy",
      [c(1, 1, pro(true)), c(2, 2, pro(true)), c(3, 3, con()), c(4, 4, pro())],
      { 1: "contested", 2: "contested", 3: "contested", 4: "contested" },
    ],
    [
      "a figure compatible with both sides of a conflict: supported",
      "practitioner_count",
      [c(1, 1, count(10000, null)), c(2, 2, count(30000, null)), c(3, 3, count(5000, "Italy"))],
      { 1: "contested", 2: "contested", 3: "supported" },
    ],
  ] as Array<[string, Category, GroupableClaim[], Record<number, Verdict | null>]>)("%s", (_name, category, claims, expected) => {
    const { assessment, pairs } = assessGroup(claims, category);
    expect(suggestVerdicts(claims, assessment, pairs)).toEqual(expected);
  });
});
