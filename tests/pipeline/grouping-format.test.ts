import { describe, expect, it } from "vitest";
import { formatValue, yearPhrase } from "~/pipeline/grouping/format";
import type { ClaimValue, YearValue } from "~/pipeline/types";

describe("formatValue", () => {
  it.each([
    [null, ""],
    [{ kind: "year", min: 1961, max: 1961, approx: false }, "1961"],
    [{ kind: "year", min: 1960, max: 1969, approx: true }, "1960–1969 (approx.)"],
    [{ kind: "year", min: 1960, max: 1960, approx: true }, "about 1960"],
    [{ kind: "year", min: -2500, max: -2500, approx: true }, "about 2500 BC"],
    [{ kind: "year", min: -2500, max: -2000, approx: false }, "2500–2000 BC"],
    [{ kind: "count", min: 8000, max: null, approx: false, qualifier: "more than", unit: "practitioners", scope: "Italy" }, "more than 8,000 practitioners in Italy"],
    [{ kind: "count", min: 30000, max: 30000, approx: true, qualifier: "about", unit: "therapists", scope: "worldwide" }, "about 30,000 therapists worldwide"],
    [{ kind: "count", min: 2000, max: 9999, approx: true, qualifier: "thousands of", unit: "therapists", scope: "Italy" }, "thousands of therapists in Italy"],
    [{ kind: "count", min: 30000, max: 30000, approx: true, unit: "therapists" }, "about 30,000 therapists"],
    [{ kind: "count", min: 0, max: 600, approx: false, qualifier: "up to", unit: "centres", scope: "the U.S." }, "up to 600 centres in the U.S."],
    [{ kind: "count", min: 3, max: 6, approx: false, unit: "sessions", scope: "acne scars" }, "3–6 sessions for acne scars"],
    [{ kind: "count", min: 40, max: null, approx: false }, "at least 40"],
    [{ kind: "count", min: 13000, max: 13000, approx: false, unit: "patients", per: "year" }, "13,000 patients a year"],
    [{ kind: "count", min: 0, max: 14, approx: false, qualifier: "up to", unit: "patients", per: "hour" }, "up to 14 patients an hour"],
    [{ kind: "quantity", min: 0.2, max: 0.75, unit: "in" }, "0.2–0.75 in"],
    [{ kind: "quantity", min: 25, max: 25, unit: "min", approx: true }, "about 25 min"],
    // a time unit in the plural past one; a frequency as its span says it
    [{ kind: "quantity", min: 4, max: 6, unit: "week" }, "4–6 weeks"],
    [{ kind: "quantity", min: 1, max: 1, unit: "week" }, "1 week"],
    [{ kind: "count", min: 1, max: 2, approx: false, qualifier: null, unit: "times per week", scope: null }, "1–2 times per week"],
    [{ kind: "person", name: "Katarina Brandt" }, "Katarina Brandt"],
    [{ kind: "stance", polarity: "pro", hedged: true }, "pro (hedged)"],
    [{ kind: "stance", polarity: "con", hedged: false }, "con"],
  ] as Array<[ClaimValue | null, string]>)("%j → %s", (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});

describe("yearPhrase", () => {
  it.each([
    [1960, 1969, "the 1960s"],
    [1960, 1963, "the early 1960s"],
    [1964, 1966, "the mid 1960s"],
    [1967, 1969, "the late 1960s"],
    [1800, 1899, "the 19th century"],
    [1961, 1961, "1961"],
    [1958, 1962, "1958–1962 (approx.)"],
  ] as Array<[number, number, string]>)("%i–%i → %s", (min, max, expected) => {
    const v: YearValue = { kind: "year", min, max, approx: true };
    expect(yearPhrase(min === max ? { ...v, approx: false } : v)).toBe(expected);
  });
});
