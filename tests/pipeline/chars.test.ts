import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { isEndTrim, isLeadTrim, isSpace, isWide, plainReading } from "~/pipeline/chars";
import { extractClaims } from "~/pipeline";

// V8's serialiser writes a one-byte string with the tag '"' and a two-byte one with 'c' (after its two-byte header)
const isOneByte = (s: string) => serialize(s)[2] === 0x22;

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

describe("plainReading: a sentence as the patterns read it", () => {
  it.each([
    ["curly apostrophe", "It’s said to work.", "It's said to work.", true],
    ["curly double quotes", "a “miracle” cure", 'a "miracle" cure', true],
    ["single quotes and low quotes", "‘soft’ and „hard‟", "'soft' and \"hard\"", true],
    ["primes", "a 5′ by 3″ pad", "a 5' by 3\" pad", true],
    ["en dash in a range", "from 1916–1982", "from 1916-1982", true],
    ["spaced em dash", "a method — now popular — in spas", "a method - now popular - in spas", true],
    ["Latin-1 letters kept", "Ménière’s disease", "Ménière's disease", true],
    ["unspaced em dash left as written", "therapy—an old one—is", "therapy—an old one—is", false],
    ["em dash at the end left", "it works—", "it works—", false],
    ["other scripts left as written", "reiki (霊気) is “energy”", "reiki (霊気) is “energy”", false],
    ["an ellipsis left as written", "it works… sometimes", "it works… sometimes", false],
    ["empty", "", "", true],
  ])("%s", (_, sentence, reading, oneByte) => {
    const read = plainReading(sentence);
    expect(read).toBe(reading);
    expect(read.length).toBe(sentence.length);
    if (sentence.length > 1) expect(isOneByte(read)).toBe(oneByte);
  });

  it("builds a one-byte string from a long two-byte sentence (past the chunk of arguments)", () => {
    const sentence = "It’s a sentence of some length. ".repeat(400);
    expect(isOneByte(sentence)).toBe(false);
    const read = plainReading(sentence);
    expect(isOneByte(read)).toBe(true);
    expect(read).toBe(sentence.replace(/’/g, "'"));
  });

  it.each([["plain", "a plain text", false], ["Latin-1", "café crème", false], ["curly", "it’s", true], ["CJK", "気", true]])(
    "isWide: %s", (_, text, wide) => expect(isWide(text)).toBe(wide));
});

describe("a page with typographic quotes reads as the same page with plain ones", () => {
  const plain = [
    "Cupping therapy was developed in the 1950s by Dr. Jane Smith, who called it 'the gentle pull'.",
    "More than 3,000 practitioners in the U.S. now offer it, according to the association's figures.",
    "Its supporters claim that it's \"highly effective\" in treating back pain, though a 2019 review found 'no convincing evidence'.",
    "Sessions last 20-30 minutes.",
  ].join("\n\n");
  const curly = plain.replace(/'(?=\w)(?<=\s')/g, "‘").replace(/'/g, "’").replace(/"(?=\w)/g, "“").replace(/"/g, "”").replace("20-30", "20–30");

  it("finds the same claims, spans and values, and keeps the text as written in each claim", () => {
    expect(curly).not.toBe(plain);
    const a = extractClaims(plain, { subjects: ["cupping therapy"] }).claims;
    const b = extractClaims(curly, { subjects: ["cupping therapy"] }).claims;
    expect(a.length).toBeGreaterThanOrEqual(4);
    expect(b.map((c) => [c.start, c.end, c.category, JSON.stringify(c.value), c.hedges.join()]))
      .toEqual(a.map((c) => [c.start, c.end, c.category, JSON.stringify(c.value), c.hedges.join()]));
    // the claims' text is the stored text's, curly quotes and all
    expect(b.filter((c) => /[’”]/.test(c.text)).length).toBeGreaterThan(0);
    for (const c of b) expect(c.text).not.toMatch(/['"]/);
  });
});
