// Pairwise compatibility of values. Invented examples (cupping therapy and friends), one behaviour a row.
import { describe, expect, it } from "vitest";
import { compareValues } from "~/pipeline/grouping/compare";
import type { ClaimValue } from "~/pipeline/types";

const year = (min: number, max = min, approx = false): ClaimValue => ({ kind: "year", min, max, approx });
const count = (min: number, max: number | null, extra: Partial<Extract<ClaimValue, { kind: "count" }>> = {}): ClaimValue => ({
  kind: "count", min, max, approx: false, ...extra,
});
const qty = (min: number, max: number | null, unit: string, approx = false): ClaimValue => ({ kind: "quantity", min, max, unit, approx });
const person = (name: string): ClaimValue => ({ kind: "person", name });
const stance = (polarity: "pro" | "con", hedged = false): ClaimValue => ({ kind: "stance", polarity, hedged });

describe("compareValues", () => {
  it.each([
    // years
    ["same year", year(1961), year(1961), "same/equal"],
    ["1964 lies in the 1960s", year(1964), year(1960, 1969, true), "nested/inside"],
    ["early 1960s in the 1960s", year(1960, 1963, true), year(1960, 1969, true), "nested/inside"],
    ["overlapping ranges both hold", year(1960, 1965), year(1963, 1970), "nested/overlap"],
    ["two exact years apart", year(1961), year(1966), "conflict/apart"],
    ["about 1960 vs 1962: within its approximation", year(1960, 1960, true), year(1962), "variant/approx"],
    ["mid 1960s vs 1967: a range states its own slack", year(1964, 1966, true), year(1967), "conflict/apart"],
    ["about 2500 BC vs 2450 BC", year(-2500, -2500, true), year(-2450), "variant/approx"],
    ["1920s precursor vs 1961", year(1920, 1929, true), year(1961), "conflict/apart"],
    // counts, unscoped
    ["more than 8,000 holds with about 30,000", count(8000, null, { qualifier: "more than" }), count(30000, 30000, { approx: true }), "nested/inside"],
    ["about 7,000 vs about 7,800", count(7000, 7000, { approx: true }), count(7800, 7800, { approx: true }), "variant/approx"],
    ["about 7,000 vs about 30,000", count(7000, 7000, { approx: true }), count(30000, 30000, { approx: true }), "conflict/apart"],
    ["qualifier words count as approximate", count(900, 900, { qualifier: "roughly" }), count(1000, 1000), "variant/approx"],
    ["up to 600 holds with 450", count(0, 600, { qualifier: "up to" }), count(450, 450), "nested/inside"],
    ["session ranges overlap", count(3, 6, { unit: "sessions" }), count(5, 8, { unit: "sessions" }), "nested/overlap"],
    // counts, scoped (practitioner counts)
    ["Italy inside worldwide, smaller", count(4000, null, { scope: "Italy", qualifier: "more than" }), count(5000, 5000, { approx: true, scope: "worldwide" }), "variant/scope"],
    ["a missing scope is worldwide", count(4000, 4000, { scope: "Italy" }), count(9000, 9000, { approx: true }), "variant/scope"],
    ["Italy inside Europe", count(4000, 4000, { scope: "Italy" }), count(6000, 6000, { scope: "Europe" }), "variant/scope"],
    ["two countries", count(4000, 4000, { scope: "Italy" }), count(6000, 6000, { scope: "Japan" }), "variant/scope"],
    ["the part larger than the whole", count(20000, null, { scope: "Italy", qualifier: "over" }), count(5000, 5000, { approx: true, scope: "globally" }), "conflict/scope-size"],
    ["same scope written two ways", count(300, 300, { scope: "the U.S." }), count(300, 300, { scope: "USA" }), "same/equal"],
    ["clinics and practitioners are not compared", count(300, null, { unit: "clinics" }), count(9000, 9000, { unit: "practitioners" }), null],
    ["a rate a year and a rate a day are not compared", count(13000, 13000, { unit: "patients", per: "year" }), count(65, 65, { unit: "patients", per: "day" }), null],
    ["a rate and a count in all are not compared", count(13000, 13000, { unit: "patients", per: "year" }), count(6, 6, { unit: "people" }), null],
    ["two rates over the same period are", count(13000, 13000, { unit: "patients", per: "year" }), count(12000, 12000, { unit: "clients", per: "year", approx: true }), "variant/approx"],
    ["countries reached are counted apart from practitioners", count(40, null, { unit: "countries" }), count(2500, 2500, { unit: "teachers" }), null],
    ["instructors are counted apart from practitioners", count(100, 100, { unit: "instructors" }), count(26000, null, { unit: "therapists" }), null],
    ["students are counted apart from practitioners", count(400, 400, { unit: "students" }), count(26000, null, { unit: "therapists" }), null],
    ["therapists and physicians are both practitioners", count(300, 300, { unit: "therapists" }), count(300, 300, { unit: "physicians" }), "same/equal"],
    // quantities
    ["1.5 mm inside 1-2 mm", qty(1.5, 1.5, "mm"), qty(1, 2, "mm"), "nested/inside"],
    ["inches convert to mm", qty(0.1, 0.1, "in"), qty(2.54, 2.54, "mm"), "same/equal"],
    ["gallons convert to litres: up to 20 gal holds 60 l", qty(0, 60, "l"), qty(0, 20, "gal"), "nested/inside"],
    ["minutes against millimetres", qty(20, 20, "min"), qty(2, 2, "mm"), null],
    ["an hour against 30-45 min", qty(1, 1, "h"), qty(30, 45, "min"), "conflict/apart"],
    // persons
    ["same name", person("Anna Kowalczyk"), person("Dr. Anna Kowalczyk"), "same/equal"],
    ["surname only", person("Kowalczyk"), person("Anna Kowalczyk"), "nested/inside"],
    ["compatible initial", person("A. Kowalczyk"), person("Anna Kowalczyk"), "nested/initial"],
    ["a short form of the first name, and a middle name", person("Bill Kowalczyk"), person("William Peter Kowalczyk"), "nested/initial"],
    ["a short form, the full name first", person("Dr. Margaret Brandt"), person("Peggy Brandt"), "nested/initial"],
    ["a short form of another name: another person", person("Bill Kowalczyk"), person("Robert Kowalczyk"), "conflict/person"],
    ["first name spelled two ways", person("Katharina Brandt"), person("Katarina Brandt"), "variant/spelling"],
    ["letters swapped", person("Michael O. Jones"), person("Micheal Jones"), "variant/spelling"],
    ["surname spelled two ways", person("Hans Oberlander"), person("Hans Oberländer"), "same/equal"],
    ["surname with one letter more", person("Lucien Garnier"), person("Lucien Garnieri"), "variant/spelling"],
    ["another initial: another person", person("B. Kowalczyk"), person("Anna Kowalczyk"), "conflict/person"],
    ["another first name: another person", person("Jane Brandt"), person("John Brandt"), "conflict/person"],
    ["another surname: another person", person("Anna Kowalczyk"), person("Anna Nowak"), "conflict/person"],
    // stances
    ["pro and pro", stance("pro"), stance("pro"), "same/equal"],
    ["pro and hedged pro", stance("pro"), stance("pro", true), "variant/hedge"],
    ["pro and con, both outright", stance("pro"), stance("con"), "conflict/stance"],
    ["hedged pro and con", stance("pro", true), stance("con"), "variant/hedge"],
    // not comparable
    ["no value", null, stance("pro"), null],
    ["different kinds", year(1961), count(5, 5), null],
  ] as Array<[string, ClaimValue | null, ClaimValue | null, string | null]>)("%s", (_name, a, b, expected) => {
    const cmp = compareValues(a, b, { scoped: true });
    expect(cmp ? `${cmp.relation}/${cmp.aspect}` : null).toBe(expected);
    // Symmetric in relation.
    expect(compareValues(b, a, { scoped: true })?.relation ?? null).toBe(cmp?.relation ?? null);
  });

  it("ignores scopes when not asked to compare them (session counts already split by scope)", () => {
    expect(compareValues(count(3, 6, { scope: "acne scars" }), count(4, 4), {})?.relation).toBe("nested");
  });
});
