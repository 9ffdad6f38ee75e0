import { describe, expect, it } from "vitest";
import { makeGates, wordsOf } from "~/pipeline/gate";

describe("makeGates", () => {
  const gates = makeGates({ benefit: ["life$", "treat", "ill"], origin: ["term$", "found"] });
  const { benefit, origin } = gates.bit;
  const rows: Array<[string, number]> = [
    // a prefix starts a word; three characters or fewer, or a trailing "$", match the whole word only
    ["It treats back pain", benefit],
    ["It improved her quality of life", benefit],
    ["A change of lifestyle", 0],
    ["It is a life-threatening illness", benefit],
    ["He was ill", benefit],
    ["The term was coined later", origin],
    ["It was praised in glowing terms", 0],
    ["She founded a school to treat it", benefit | origin],
  ];
  it.each(rows)("%s", (text, mask) => {
    expect(gates.maskOf(text)).toBe(mask);
    expect(gates.mask(wordsOf(text))).toBe(mask);
  });
});
