import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alternation, anyCue, anyCues, cueLeads, cueTester } from "../../app/pipeline/alternation";
import * as cues from "../../app/pipeline/lexicon/cues";

// anyCue regroups a cue list by first letter: it must match where the plain alternation does, and first at the
// same place (test and search), on every cue list and on real text
const lists = Object.entries(cues).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === "string"));
const lines = ["fixtures/mesotherapy", "fixtures/reflexology", "fixtures/auriculotherapy"].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?;:])\s+|\n+/)));

describe("anyCue", () => {
  it("groups cues by first letter, splitting a leading group by its alternatives' letters", () => {
    const re = anyCue(["\\bno x\\b", "\\b(?:does|do|can) not y\\b", "(?<!a)b"], "i");
    // what follows the group is written once per letter ("d"), not once per alternative ("does", "do")
    expect(re.source).toBe("\\b(?:n(?:o x\\b)|d(?:(?:oes|o) not y\\b)|c(?:an not y\\b))|(?:(?<!a)b)");
  });
  it("cuts a long list into patterns under V8's 20 kB limit for optimising one, matching where the list does", () => {
    const long = Array.from({ length: 400 }, (_, i) => `\\bcue${i} (?:alpha|beta|gamma) (?:first|second|third) (?:word|term|phrase)${i}\\b`);
    const res = anyCues(long, "i");
    expect(res.length).toBeGreaterThan(1);
    for (const re of res) expect(re.source.length).toBeLessThanOrEqual(20 * 1024);
    for (const s of ["a cue7 beta word7 here", "cue399 gamma word399", "cue5 beta word6"]) {
      expect(res.some((re) => re.test(s))).toBe(alternation(long, "i").test(s));
    }
  });
  it("matches where the plain alternation does, at the same first place", () => {
    expect(lists.length).toBeGreaterThan(10);
    for (const [, list] of lists) {
      const a = alternation(list, "i"), b = anyCue(list, "i");
      for (const s of lines) expect(s.search(b)).toBe(s.search(a));
    }
  });
});

describe("the efficacy cues stay one pattern", () => {
  // (past V8's optimising limit a list is cut into two patterns, and every clause with an efficacy word is scanned
  // twice: a cue that grows the list past it should be made shorter, or read by its own test as recommendedFor is)
  it("fits under the limit anyCues cuts at", () => expect(anyCues(cues.EFFICACY_CUES, "i")).toHaveLength(1));
});

describe("cueTester", () => {
  it("reads the words a cue can open with", () => {
    expect(cueLeads("\\b(?:still |hotly )?being (?:debated|disputed)\\b")).toEqual([
      { letters: "sti", whole: false }, { letters: "hot", whole: false }, { letters: "bei", whole: false }]);
    expect(cueLeads("(?<!\\bif )\\bno(?:t)? x")).toEqual([{ letters: "not", whole: false }, { letters: "no", whole: true }]);
    expect(cueLeads("\\bno x")).toEqual([{ letters: "no", whole: true }]);
    // ("-?": the word may go on)
    expect(cueLeads("\\bno-?x")).toEqual([{ letters: "no", whole: false }]);
    expect(cueLeads("\\b[a-z]+itis\\b")).toBeNull();
    expect(cueLeads("(?:produc|caus)\\w* x")).toBeNull();
  });
  it("matches where the list does, on every cue list and on real text", () => {
    const r = (() => { let x = 7; return () => (x = (x * 48271) % 2147483647) / 2147483647; })();
    const texts = lines.flatMap((s) => { const a = Math.floor(r() * s.length); return [s, s.toUpperCase(), s.slice(a), s.slice(0, a)]; });
    for (const [, list] of lists) {
      const t = cueTester(list, "i"), res = anyCues(list, "i");
      for (const s of texts) expect(t(s), s).toBe(res.some((re) => re.test(s)));
    }
  });
});
