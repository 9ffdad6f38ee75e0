// assessGroup on invented groups: the assessment, the conflicting pairs and words the reason must contain.
import { describe, expect, it } from "vitest";
import { assessGroup } from "~/pipeline/grouping/assess";
import type { Category, ClaimValue, GroupableClaim } from "~/pipeline/types";

type Row = [string, Category, GroupableClaim[], string, Array<[number, number]>, string[]];

let nextId = 1;
function c(source: string, value: ClaimValue | null, extra: Partial<GroupableClaim> = {}): GroupableClaim {
  const id = nextId++;
  return { id, sourceId: Number(source.slice(0, 2)), sourceLabel: `${source}.txt`, text: "", category: "other", value, hedges: [], subject: "cupping", facet: null, ...extra };
}
const year = (min: number, max = min, approx = min !== max): ClaimValue => ({ kind: "year", min, max, approx });
const person = (name: string): ClaimValue => ({ kind: "person", name });
const pro = (hedged = false): ClaimValue => ({ kind: "stance", polarity: "pro", hedged });
const con = (hedged = false): ClaimValue => ({ kind: "stance", polarity: "con", hedged });
const count = (min: number, max: number | null, approx: boolean, scope: string | null, qualifier: string | null = null): ClaimValue => ({
  kind: "count", min, max, approx, scope, qualifier, unit: "practitioners",
});

nextId = 1;
const years = [c("10a", year(1961)), c("11b", year(1961)), c("12c", year(1960, 1963)), c("13d", year(1960, 1969))];
nextId = 11;
const apartYears = [c("10a", year(1964, 1966)), c("11b", year(1967)), c("12c", year(1960, 1969))];
nextId = 21;
const names = [c("10a", person("A. Kowalczyk")), c("11b", person("Anna Kowalczyk")), c("12c", person("Ana Kowalczyk")), c("13d", person("Kowalczyk"))];
nextId = 31;
const counts = [
  c("10a", count(8000, null, false, "Italy", "more than")),
  c("11b", count(10000, 10000, true, "worldwide", "about")),
  c("12c", count(30000, 30000, true, null, "about")),
];
nextId = 41;
const scopesOnly = [c("10a", count(8000, null, false, "Italy", "more than")), c("11b", count(10000, 10000, true, "worldwide", "about"))];
nextId = 51;
const stances = [
  c("10a", pro(), { facet: "back pain" }),
  c("11b", pro(), { facet: "acne" }),
  c("11b", con(), { facet: "acne scars" }),
  c("12c", pro(true), { hedges: ["is said to"] }),
  c("13d", con()),
];
nextId = 61;
const hedgedOnly = [c("10a", pro()), c("11b", pro(true), { hedges: ["allegedly"] })];
nextId = 71;
const single = [c("10a", year(1961)), c("10a", year(1960, 1969))];
nextId = 81;
const selfOnly = [c("10a", pro()), c("10a", con())];
nextId = 101;
const words = [c("10a", null, { facet: "frequency" }), c("11b", null, { facet: "frequency" })];
nextId = 111;
const selfValues = [c("10a", year(1961)), c("10a", year(1975)), c("11b", null)];
nextId = 91;
const agreeing = [c("10a", pro()), c("11b", pro()), c("12c", pro())];
nextId = 121;
const recognised = [
  c("10a", year(1990), { text: "It has been recognised by the World Health Board since 1990" }),
  c("11b", null, { text: "The World Health Board has not approved any device for it" }),
  c("12c", year(1990), { text: "The World Health Board acknowledged the method in 1990" }),
];
nextId = 141;
const ancient = [c("10a", null, { text: "It dates back to biblical times" }), c("11b", null, { text: "It was first used by the ancient Egyptians" }), c("11b", year(-1400, -1301))];
nextId = 151;
const doubted = [c("10a", null, { text: "It was practised by many ancient civilisations" }), c("11b", null, { text: "Its exact origins are unknown" })];
nextId = 161;
const ages = [c("10a", null, { text: "It has been around for at least 3,000 years" }), c("11b", null, { text: "It has been studied for at least 300 years" })];
nextId = 171;
// one source names two people together, another names one of them and someone else
const coFounders = [c("10a", person("Ilse Varga")), c("10a", person("Nils Berg")), c("11b", person("Ilse Varga")), c("11b", person("Pieter Maes"))];
nextId = 181;
const rivals = [c("10a", person("Ilse Varga")), c("11b", person("Pieter Maes"))];
nextId = 191;
// one caseload told per year by two sources and per day by a third
const rates = [
  c("10a", { kind: "count", min: 13000, max: 13000, approx: false, unit: "patients", per: "year" }),
  c("11b", { kind: "count", min: 13000, max: 13000, approx: false, unit: "patients", per: "year" }),
  c("12c", { kind: "count", min: 65, max: 65, approx: false, unit: "patients", per: "day" }),
];
nextId = 201;
// counts of different kinds of thing are not compared, and do not by themselves make the group divergent
const otherKinds = [c("10a", count(10000, null, false, "worldwide", "more than")), c("11b", count(12000, 12000, true, "worldwide", "about")),
  c("12c", { kind: "count", min: 1200, max: null, approx: false, qualifier: "over", unit: "clinics", scope: "the U.S." })];
nextId = 211;
// how popular it is: dated by two sources, told in words by a third
const popularity = [c("10a", year(1920, 1939, true)), c("11b", year(1920, 1929, true)), c("12c", null, { text: "It is growing increasingly popular" })];
nextId = 221;
const popularityDated = [c("10a", year(2008, 2012)), c("11b", year(2012))];
nextId = 131;
const bothRecognise = [c("10a", year(1990), { text: "It was approved in 1990" }), c("11b", null, { text: "It is approved by the board" })];

describe("assessGroup", () => {
  it.each([
    ["a year inside decades", "origin_date", years, "consistent", [], ["1961 (10a.txt, 11b.txt) lies inside", "the early 1960s (12c.txt)", "the 1960s (13d.txt)"]],
    ["mid 1960s against 1967", "origin_date", apartYears, "conflicting", [[11, 12]], ["The mid 1960s (10a.txt) and 1967 (11b.txt) cannot both be right"]],
    ["one person, a first name spelled two ways", "founder", names, "divergent", [], ["one person, Kowalczyk", "Anna Kowalczyk (11b.txt) and Ana Kowalczyk (12c.txt)", "fit either"]],
    ["two worldwide figures apart, one narrower", "practitioner_count", counts, "conflicting", [[32, 33]], ["About 10,000 practitioners worldwide (11b.txt) and about 30,000 practitioners (12c.txt) cannot both be right", "More than 8,000 practitioners in Italy (10a.txt) counts a narrower scope"]],
    ["a country inside the world: divergent", "practitioner_count", scopesOnly, "divergent", [], ["different scopes", "leaves little room elsewhere"]],
    ["pro against con, same facet first", "efficacy", stances, "conflicting", [[52, 53], [51, 55], [52, 55], [51, 53]], ["10a.txt and 11b.txt say it works (12c.txt does so only with hedges)", "11b.txt and 13d.txt say it does not", "11b.txt contradicts itself", "“is said to”", "Outcomes named: back pain, acne, acne scars"]],
    ["benefits only hedged", "efficacy", hedgedOnly, "divergent", [], ["10a.txt says it works", "11b.txt does so only with hedges", "“allegedly”"]],
    ["one source", "origin_date", single, "single", [], ["Only 10a.txt speaks to this: 1961 and the 1960s."]],
    // one source is single whatever it says (DESIGN.md), its contradiction told in the reason
    ["one source against itself", "safety", selfOnly, "single", [], ["Only 10a.txt speaks to this", "It contradicts itself"]],
    ["several sources, no values to compare", "protocol", words, "divergent", [], ["10a.txt and 11b.txt speak to this, but not in values that can be compared"]],
    ["one source against itself, another without a value", "origin_date", selfValues, "conflicting", [[111, 112]], ["1961 (10a.txt) and 1975 (10a.txt) cannot both be right", "10a.txt contradicts itself"]],
    ["all agree", "efficacy", agreeing, "consistent", [], ["10a.txt, 11b.txt and 12c.txt say it works."]],
    ["recognised by some, denied by another", "recognition", recognised, "conflicting", [[121, 122], [123, 122]], ["10a.txt and 12c.txt say it is recognised", "11b.txt says it is not (“The World Health Board has not approved"]],
    ["recognised, one with a year", "recognition", bothRecognise, "consistent", [], []],
    ["people named beside each other, not instead", "founder", coFounders, "divergent", [], ["Named together by one source, so both can be right", "Nils Berg (10a.txt)", "Pieter Maes (11b.txt)"]],
    ["one caseload per year and per day", "practitioner_count", rates, "divergent", [], ["13,000 patients a year (10a.txt, 11b.txt) is told alike", "counted per year or day", "65 patients a day (12c.txt)"]],
    ["clinics beside practitioners", "practitioner_count", otherKinds, "consistent", [], ["Over 1,200 clinics in the U.S. (12c.txt) counts something else"]],
    ["popularity dated by some, told in words by another", "other", popularity, "divergent", [], ["give a date or figure; the others tell of it only in words", "12c.txt speaks to it without a figure"]],
    ["popularity dated alike", "other", popularityDated, "consistent", [], ["lies inside"]],
    ["two sources, two different people", "founder", rivals, "conflicting", [[181, 182]], ["name different people"]],
    ["dates in words that agree", "origin_date", ancient, "consistent", [], ["10a.txt and 11b.txt tell of it in words rather than figures, and none doubts the others"]],
    ["dates in words, one doubting", "origin_date", doubted, "divergent", [], ["read them side by side"]],
    ["ages with figures but no year", "origin_date", ages, "divergent", [], ["read them side by side"]],
  ] as Row[])("%s", (_name, category, claims, assessment, conflicts, fragments) => {
    const result = assessGroup(claims, category);
    expect(result.assessment).toBe(assessment);
    expect(result.conflicts).toEqual(conflicts);
    for (const f of fragments) expect(result.reason).toContain(f);
  });
});
