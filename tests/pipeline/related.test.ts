import { describe, expect, it } from "vitest";
import { attributeRelated, namedMethods, relatedMethod } from "~/pipeline/related";
import { subjectMatcher } from "~/pipeline/subject";
import type { ExtractedClaim } from "~/pipeline/types";

describe("namedMethods", () => {
  const rows: Array<[string, string[]]> = [
    ["The modern method grew out of zone therapy, introduced by Dr. A. Smith", ["zone therapy"]],
    ["The Bates protocol, a five-step routine, was created by Dr. Jones", ["bates protocol"]],
    ["building on the “meridian theory” of W. H. Brown", ["meridian theory"]],
    ["Cupping, a manual therapy developed by Lee", []],
    ["This technique was devised in the 1930s", []],
    ["the original method and the modern system", []],
    ["Two men “rediscovered” the idea in the nineteenth century", []],
    ["Mesmer popularised “animal magnetism” in the 1770s", ["animal magnetism"]],
    ["He attended a course on cranial osteopathy developed by Dr. Smith", ["cranial osteopathy"]],
  ];
  it.each(rows)("%s", (text, names) => expect(namedMethods(text).map((m) => m.name)).toEqual(names));
});

const claim = (text: string, category: ExtractedClaim["category"], value: ExtractedClaim["value"], start = 0, facet: string | null = null): ExtractedClaim =>
  ({ text, category, value, start, end: start + text.length, hedges: [], subject: "cupping", facet, confidence: 0.8 });
const person = (name: string) => ({ kind: "person" as const, name });
const year = (min: number, max = min) => ({ kind: "year" as const, min, max, approx: false });
const cupping = subjectMatcher(["cupping"]);

describe("relatedMethod", () => {
  const rows: Array<[string, ExtractedClaim, string | null]> = [
    ["a founder named after another method", claim("It grew out of zone therapy, introduced by Dr. Ann Smith", "founder", person("Ann Smith")), "zone therapy"],
    ["a date of another method", claim("The Bates protocol was created by Dr. Jones in 1974", "origin_date", year(1974), 0, "origin"), "bates protocol"],
    ["the subject between method and person", claim("After zone therapy came cupping, developed by Ann Smith", "founder", person("Ann Smith")), null],
    ["a method named after its own founder", claim("The Smith method was developed by Ann Smith", "founder", person("Ann Smith")), null],
    ["a method named after the person", claim("Ann Smith developed cupping and later zone therapy", "founder", person("Ann Smith")), null],
    ["a precursor date is left alone", claim("Zone therapy was known in 1500", "origin_date", year(1500), 0, "precursor"), null],
  ];
  it.each(rows)("%s", (_, c, expected) => expect(relatedMethod(c, cupping)).toBe(expected));
});

describe("attributeRelated", () => {
  it("moves a related method's founder, and that person's dated act, to the method", () => {
    const claims = [
      claim("Cupping grew out of zone therapy, introduced by Dr. Ann Smith", "founder", person("Ann Smith"), 0),
      claim("In 1913 Smith divided the body into zones", "origin_date", year(1913), 100, "origin"),
      claim("In the 1930s Eve Jones developed cupping", "origin_date", year(1930, 1939), 200, "origin"),
      claim("In the 1930s Eve Jones developed cupping", "founder", person("Eve Jones"), 200),
    ];
    attributeRelated(claims, cupping, "cupping");
    expect(claims.map((c) => c.subject)).toEqual(["zone therapy", "zone therapy", "cupping", "cupping"]);
  });

  it("reads a source's own earlier date, a decade or more before its founding, as a precursor", () => {
    const claims = [
      claim("In the 18th century the anatomist Ugo Rossi described it", "origin_date", year(1700, 1799), 0, "origin"),
      claim("In the 18th century the anatomist Ugo Rossi described it", "founder", person("Ugo Rossi"), 0),
      claim("The modern system was founded in 1957 by Eve Jones", "origin_date", year(1957), 100, "origin"),
      claim("The modern system was founded in 1957 by Eve Jones", "founder", person("Eve Jones"), 100),
    ];
    attributeRelated(claims, cupping, "cupping");
    expect(claims.map((c) => c.facet)).toEqual(["precursor", "precursor", "origin", null]);
  });

  it("keeps two close dates of one source as its own account, to be compared", () => {
    const claims = [
      claim("It was developed in 1952 by Eve Jones", "origin_date", year(1952), 0, "origin"),
      claim("It was developed in 1952 by Eve Jones", "founder", person("Eve Jones"), 0),
      claim("Jones invented it in 1958", "origin_date", year(1958), 100, "origin"),
    ];
    attributeRelated(claims, cupping, "cupping");
    expect(claims.map((c) => c.facet)).toEqual(["origin", null, "origin"]);
  });
});
