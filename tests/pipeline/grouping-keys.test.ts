import { describe, expect, it } from "vitest";
import { canonicalSubjects, displaySubject, dominantSubject, groupKey, groupLabel, sameBody, sameSubject, slotOf } from "~/pipeline/grouping/keys";
import type { Category, ClaimValue, GroupableClaim } from "~/pipeline/types";

function claim(category: Category, facet: string | null, value: ClaimValue | null = null, subject: string | null = "cupping"): GroupableClaim {
  return { id: 1, sourceId: 1, sourceLabel: "a.txt", text: "", category, value, hedges: [], subject, facet };
}

describe("groupKey and groupLabel", () => {
  it.each([
    [claim("founder", null), "cupping/founder", "Who originated Cupping?"],
    [claim("origin_date", "origin"), "cupping/origin_date/origin", "When did Cupping originate?"],
    [claim("origin_date", null), "cupping/origin_date/origin", "When did Cupping originate?"],
    [claim("origin_date", "precursor"), "cupping/origin_date/precursor", "When were precursors of Cupping used?"],
    [claim("origin_date", "naming"), "cupping/origin_date/naming", "When was the name Cupping coined?"],
    [claim("practitioner_count", null), "cupping/practitioner_count", "How many practitioners use Cupping?"],
    [claim("recognition", "Royal College of Surgeons"), "cupping/recognition/royal college of surgeons", "Is Cupping recognised by the Royal College of Surgeons?"],
    [claim("recognition", null), "cupping/recognition", "Is Cupping officially recognised?"],
    [claim("protocol", "sessions"), "cupping/protocol/sessions", "How many sessions does a course of Cupping take?"],
    [claim("protocol", "sessions:acne scars"), "cupping/protocol/sessions:acne scars", "How many sessions does a course of Cupping take (acne scars)?"],
    [claim("protocol", null, { kind: "count", min: 4, max: 4, approx: false, unit: "sessions" }), "cupping/protocol/sessions", "How many sessions does a course of Cupping take?"],
    [claim("protocol", null, { kind: "quantity", min: 3, max: 3, unit: "mm" }), "cupping/protocol/depth", "How deep is Cupping applied?"],
    [claim("protocol", "frequency"), "cupping/protocol/frequency", "How often is Cupping given?"],
    [claim("protocol", "duration"), "cupping/protocol/duration", "How long does a session of Cupping take?"],
    [claim("protocol", "route"), "cupping/protocol/route", "By what route is Cupping given?"],
    [claim("efficacy", "back pain"), "cupping/efficacy", "Does Cupping work?"],
    [claim("safety", "bruising"), "cupping/safety", "How safe is Cupping?"],
    [claim("other", "popularity"), "cupping/other/popularity", "How popular is Cupping, and since when?"],
  ] as Array<[GroupableClaim, string, string]>)("%j → %s", (c, key, label) => {
    const slot = slotOf(c)!;
    expect(groupKey(c.subject, slot)).toBe(key);
    expect(groupLabel(slot, "Cupping")).toBe(label);
  });

  it.each([
    [claim("other", null)],
    [claim("protocol", null, null)],
  ])("no group for %j", (c) => {
    expect(slotOf(c)).toBeNull();
  });
});

describe("sameBody", () => {
  it.each([
    ["Royal College of Surgeons", "Collège royal des chirurgiens", false],
    ["National Academy of Pharmacy", "Académie nationale de Pharmacie", true],
    ["German Medical Association", "the German Medical Association", true],
    ["Food and Drug Administration", "FDA", true],
    ["US Food and Drug Administration", "FDA", true],
    ["Academy of Pharmacy", "Academy of Sciences", false],
    ["World Health Organisation", "World Health Organization", true],
    ["state health insurance", "World Health Organization", false],
  ] as Array<[string, string, boolean]>)("%s ~ %s → %s", (a, b, expected) => {
    expect(sameBody(a, b)).toBe(expected);
  });
});

describe("subjects", () => {
  it.each([
    [["cupping", "cupping", null, "moxibustion"], "cupping"],
    [[null, null], null],
    [["Moxibustion ", "moxibustion", "cupping"], "moxibustion"],
  ] as Array<[Array<string | null>, string | null]>)("dominant of %j is %s", (subjects, expected) => {
    expect(dominantSubject(subjects.map((s) => claim("efficacy", null, null, s)))).toBe(expected);
  });

  it.each([
    ["colon hydrotherapy", "colonic hydrotherapy", true],
    ["cupping", "cupping therapy", true],
    ["cranial osteopathy", "craniosacral", false],
    ["hydrotherapy", "colon hydrotherapy", false],
    ["therapy", "massage therapy", false],
  ] as Array<[string, string, boolean]>)("%s and %s name one subject: %s", (a, b, expected) => expect(sameSubject(a, b)).toBe(expected));

  it("maps each name of a subject to its most used name", () => {
    const canon = canonicalSubjects(["cupping", "cupping", "cupping therapy", "moxibustion"].map((s) => claim("efficacy", null, null, s)));
    expect(Object.fromEntries(canon)).toEqual({ cupping: "cupping", "cupping therapy": "cupping", moxibustion: "moxibustion" });
  });

  it.each([
    ["cupping", ["Cupping is old.", "Many use cupping daily.", "We offer cupping."], "cupping"],
    ["tens", ["A TENS unit helps.", "TENS is cheap.", "Try TENS now."], "TENS"],
    ["reiki", ["Reiki is said to heal."], "Reiki"],
    ["hijama", ["Nothing here."], "Hijama"],
  ] as Array<[string, string[], string]>)("%s as written in %j is %s", (subject, texts, expected) => {
    expect(displaySubject(subject, texts)).toBe(expected);
  });
});
