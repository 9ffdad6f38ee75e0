import { describe, expect, it } from "vitest";
import { isEndTrim, isLeadTrim, isSpace } from "~/pipeline/chars";

describe("character classes of the trimming loops", () => {
  // every character of the Basic Multilingual Plane against the patterns the tests stand in for
  it.each([
    ["isSpace", isSpace, /\s/],
    ["isLeadTrim", isLeadTrim, /[\s,;:–—-]/],
    ["isEndTrim", isEndTrim, /[\s,;:.!?–—-]/],
  ] as const)("%s agrees with its pattern on every character", (_, test, pattern) => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (test(c) !== pattern.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});
