import { describe, expect, it } from "vitest";
import { normalizeScope, scopeRelation } from "~/pipeline/grouping/scope";

describe("normalizeScope", () => {
  it.each([
    [null, "worldwide"],
    ["", "worldwide"],
    ["all over the world", "worldwide"],
    ["around the world", "worldwide"],
    ["Globally", "worldwide"],
    ["in the U.S.", "united states"],
    ["USA", "united states"],
    ["Britain", "united kingdom"],
    ["Germany alone", "germany"],
    ["Côte d'Ivoire", "cote d'ivoire"],
  ] as Array<[string | null, string]>)("%s → %s", (input, expected) => {
    expect(normalizeScope(input)).toBe(expected);
  });
});

describe("scopeRelation", () => {
  it.each([
    ["Portugal", "worldwide", "inside"],
    ["worldwide", "Portugal", "contains"],
    ["Portugal", null, "inside"],
    ["Portugal", "Europe", "inside"],
    ["Europe", "Portugal", "contains"],
    ["Japan", "Asia", "inside"],
    ["Japan", "Europe", "other"],
    ["Portugal", "Brazil", "other"],
    ["the US", "United States", "same"],
    ["Europe", "globally", "inside"],
    ["Atlantis", "worldwide", "inside"],
    ["Atlantis", "Lemuria", "other"],
  ] as Array<[string | null, string | null, string]>)("%s vs %s → %s", (a, b, expected) => {
    expect(scopeRelation(a, b)).toBe(expected);
  });
});
