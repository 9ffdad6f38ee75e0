import { describe, expect, it } from "vitest";
import { makeGates, maskWithin, wordsOf } from "~/pipeline/gate";

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

describe("a text's word table and the mask of a stretch of it", () => {
  const gates = makeGates({ benefit: ["treat", "ill"], origin: ["found"] });
  const { benefit, origin } = gates.bit;
  // [text, stretch start, stretch end, the stretch as the clause holds it (spaces where an aside was cut out), mask]
  const rows: Array<[string, number, number, string | null, number]> = [
    ["She founded a school, and it treats pain", 0, 20, null, origin],
    ["She founded a school, and it treats pain", 26, 40, null, benefit],
    ["She founded a school, and it treats pain", 0, 40, null, benefit | origin],
    // a word blanked in the clause's text opens no gate
    ["It treats pain (founded in 1920 by A) well", 0, 42, "It treats pain                       well", benefit],
    // a word that starts before the stretch is not in it
    ["It treats pain", 3, 14, null, benefit],
    ["It treats pain", 4, 14, null, 0],
    ["He was ill and treated", 7, 10, null, benefit],
    ["He was ill and treated", 0, 7, null, 0],
  ];
  it.each(rows)("%s [%i, %i)", (text, start, end, within, mask) => {
    const table = gates.table(text);
    expect(table.mask).toBe(gates.maskOf(text));
    const clause = within ?? text.slice(start, end);
    expect(maskWithin(table, start, end, clause)).toBe(mask);
    // the same as a scan of the stretch itself
    expect(gates.maskOf(clause)).toBe(mask);
  });
  it("has no offsets when lower-casing changes the text's length", () => {
    const table = gates.table("İstanbul clinics treat it");
    expect(table.starts).toBeNull();
    expect(table.mask).toBe(gates.maskOf("İstanbul clinics treat it"));
    expect(maskWithin(table, 0, 10, "İstanbul c")).toBeNull();
  });
});
