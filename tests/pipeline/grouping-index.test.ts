// groupClaims end to end on an invented corpus: which claims land together, keys, labels, assessments.
import { describe, expect, it } from "vitest";
import { groupClaims } from "~/pipeline";
import type { Category, ClaimValue, GroupableClaim } from "~/pipeline/types";

let id = 0;
function c(sourceId: number, category: Category, value: ClaimValue | null, facet: string | null = null, text = "", subject: string | null = "cupping"): GroupableClaim {
  return { id: ++id, sourceId, sourceLabel: `0${sourceId}.txt`, text, category, value, hedges: [], subject, facet };
}
const year = (min: number, max = min): ClaimValue => ({ kind: "year", min, max, approx: min !== max });
const sessions = (min: number, max: number): ClaimValue => ({ kind: "count", min, max, approx: false, unit: "sessions" });

const corpus: GroupableClaim[] = [
  c(1, "origin_date", year(1961), "origin", "Cupping as we know it began in 1961."),
  c(2, "origin_date", year(1960, 1969), null, "It was revived in the 1960s.", null),
  c(2, "origin_date", year(-1550), "precursor", "An Egyptian papyrus from 1550 BC mentions cupping."),
  c(3, "origin_date", year(1985), "naming", "The term dry cupping was coined in 1985."),
  c(1, "recognition", year(1990), "Académie nationale de Pharmacie"),
  c(3, "recognition", year(1990), "National Academy of Pharmacy"),
  c(2, "recognition", year(2001), "German Medical Association"),
  c(1, "protocol", sessions(4, 6), "sessions"),
  c(2, "protocol", sessions(5, 5), null),
  c(3, "protocol", sessions(1, 2), "sessions:acne scars"),
  c(1, "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "back pain"),
  c(3, "efficacy", { kind: "stance", polarity: "con", hedged: false }, "back pain"),
  c(1, "other", null),
];

describe("groupClaims", () => {
  const groups = groupClaims(corpus);
  it.each([
    ["cupping/origin_date/origin", "When did cupping originate?", "consistent", [1, 2]],
    ["cupping/origin_date/precursor", "When were precursors of cupping used?", "single", [3]],
    ["cupping/origin_date/naming", "When was the name cupping coined?", "single", [4]],
    ["cupping/recognition/national academy of pharmacy", "Is cupping recognised by the National Academy of Pharmacy?", "consistent", [5, 6]],
    ["cupping/recognition/german medical association", "Is cupping recognised by the German Medical Association?", "single", [7]],
    ["cupping/protocol/sessions", "How many sessions does a course of cupping take?", "consistent", [8, 9]],
    ["cupping/protocol/sessions:acne scars", "How many sessions does a course of cupping take (acne scars)?", "single", [10]],
    ["cupping/efficacy", "Does cupping work?", "conflicting", [11, 12]],
  ] as Array<[string, string, string, number[]]>)("%s", (key, label, assessment, claimIds) => {
    const g = groups.find((x) => x.key === key);
    expect(g).toBeDefined();
    expect(g).toMatchObject({ label, assessment, claimIds });
    expect(g!.reason.length).toBeGreaterThan(10);
  });

  it("makes exactly these groups, none for category other", () => {
    expect(groups).toHaveLength(8);
  });

  it("is stable: same input, same keys in the same order", () => {
    expect(groupClaims(corpus).map((g) => g.key)).toEqual(groups.map((g) => g.key));
  });
});
