import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alternation, anyCue } from "../../app/pipeline/alternation";
import * as cues from "../../app/pipeline/lexicon/cues";

// anyCue regroups a cue list by first letter: it must match where the plain alternation does, and first at the
// same place (test and search), on every cue list and on real text
const lists = Object.entries(cues).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === "string"));
const lines = ["fixtures/mesotherapy", "fixtures/reflexology", "fixtures/auriculotherapy"].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?;:])\s+|\n+/)));

describe("anyCue", () => {
  it("groups cues by first letter, spreading a leading group", () => {
    const re = anyCue(["\\bno x\\b", "\\b(?:does|do) not y\\b", "(?<!a)b"], "i");
    expect(re.source).toBe("\\b(?:n(?:o x\\b)|d(?:oes not y\\b|o not y\\b))|(?:(?<!a)b)");
  });
  it("matches where the plain alternation does, at the same first place", () => {
    expect(lists.length).toBeGreaterThan(10);
    for (const [, list] of lists) {
      const a = alternation(list, "i"), b = anyCue(list, "i");
      for (const s of lines) expect(s.search(b)).toBe(s.search(a));
    }
  });
});
