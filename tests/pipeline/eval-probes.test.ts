import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageOf, parseProbeList, parseSentenceBank, scoreProbe, scoreSentenceBank, valueAgrees } from "~/eval/probes";
import { extractClaims } from "~/pipeline";

const root = path.resolve(__dirname, "../../fixtures/probes");
const status = JSON.parse(readFileSync(path.join(root, "status.json"), "utf8")) as Record<string, string>;
const pages = Object.keys(status).filter((set) => set !== "sentences").flatMap((set) => readdirSync(path.join(root, set)).filter((f) => f.endsWith(".txt")).map((f) => ({ set, file: f })));
const read = (set: string, f: string) => readFileSync(path.join(root, set, f), "utf8");
const hintsOf = (set: string): Record<string, string> => { try { return JSON.parse(read(set, "hints.json")); } catch { return {}; } };

describe("probe claims lists", () => {
  it("reads claims and noise lines, skipping blank ones", () =>
    expect(parseProbeList("efficacy\tit eases pain\tpro hedged\n\nNOISE\tShare this page\n")).toEqual({
      claims: [{ category: "efficacy", quote: "it eases pain", value: "pro hedged" }], noise: ["Share this page"] }));
  it.each([
    ["efficacy", "pro hedged", { kind: "stance", polarity: "pro", hedged: true }, true],
    ["efficacy", "pro hedged", { kind: "stance", polarity: "pro", hedged: false }, false],
    ["origin_date", "1950-1959", { kind: "year", min: 1950, max: 1959, approx: true }, true],
    ["origin_date", "1843", { kind: "year", min: 1840, max: 1849, approx: true }, false],
    ["founder", "Feliks Boczkowski", { kind: "person", name: "Feliks Boczkowski" }, true],
    ["practitioner_count", "60-? more than cryochambers Poland", { kind: "count", min: 60, max: null }, true],
    ["protocol", "-140 to -110 °C", { kind: "quantity", unit: "°C", min: -140, max: -110 }, true],
    ["recognition", "none", null, true],
  ])("%s %s", (category, value, got, agrees) => expect(valueAgrees({ category, quote: "q", value }, got)).toBe(agrees));
  it("scores a page: a find, a miss, and a claim on chrome (a noise hit, matched by no listed claim)", () => {
    const text = "It eases pain. It was invented in 1950. Share this page.";
    const list = parseProbeList("efficacy\tIt eases pain\tpro\norigin_date\tinvented in 1950\t1950\nNOISE\tShare this page\n");
    const claim = (start: number, end: number, category: string) => ({ start, end, text: text.slice(start, end), category, value: null, hedges: [], subject: null, facet: null, confidence: 1 }) as never;
    const score = scoreProbe(text, list, [claim(0, 13, "efficacy"), claim(40, 55, "safety")]);
    expect([score.found, score.claims, score.misses.length, score.noiseHits, score.unmatched]).toEqual([1, 2, 1, 1, 1]);
  });
  it("counts a value right when any claim on the quote carries it, as the gold files' rule does", () => {
    const text = "Give 10 sessions, twice a week.";
    const list = parseProbeList("protocol\tGive 10 sessions, twice a week\t2 per week\n");
    const claim = (start: number, end: number, value: unknown) => ({ start, end, text: text.slice(start, end), category: "protocol", value, hedges: [], subject: null, facet: null, confidence: 1 }) as never;
    const sessions = claim(0, 16, { kind: "count", min: 10, max: 10, approx: false, qualifier: null, unit: "sessions", scope: null });
    const frequency = claim(18, 30, { kind: "count", min: 2, max: 2, approx: false, qualifier: null, unit: "per week", scope: null });
    expect(scoreProbe(text, list, [sessions, frequency]).valueRight).toBe(1);
    expect(scoreProbe(text, list, [sessions]).valueRight).toBe(0);
  });
  it.each(pages)("every quote of $set/$file is in its page", ({ set, file }) =>
    expect(scoreProbe(read(set, file), parseProbeList(read(set, file.replace(/\.txt$/, ".claims.tsv"))), []).missingQuotes).toEqual([]));
});

describe("probe pages the rules were tuned on keep their level", () => {
  // (measured at the end of the sixteenth session: sets a, b, c, f, g, h, i and k, 821/1008 of the listed claims
  // found, 0.81, with 26 noise hits, 16 of them on set k's search results and travel feature, whose unrelated passages
  // name nothing that marks them off; a floor a little below)
  it("finds at least 0.79 of their listed claims, with at most 28 noise hits", () => {
    let claims = 0, found = 0, noise = 0;
    for (const { set, file } of pages.filter((p) => status[p.set] === "tuned")) {
      const text = read(set, file);
      const score = scoreProbe(text, parseProbeList(read(set, file.replace(/\.txt$/, ".claims.tsv"))),
        extractClaims(text, { subjects: [hintsOf(set)[file] ?? file.split("_")[0]] }).claims);
      claims += score.claims; found += score.found; noise += score.noiseHits;
    }
    expect(found / claims).toBeGreaterThanOrEqual(0.79);
    expect(noise).toBeLessThanOrEqual(28);
  });
});

describe("sentence banks", () => {
  it("reads rows, the odd ones held aside", () =>
    expect(parseSentenceBank("lamp therapy\tIt may burn.\tsafety\tcon\n\nlamp therapy\tOpen daily.\tnone\t-\n").map((r) => [r.expected, r.heldAside]))
      .toEqual([["safety", false], ["none", true]]));
  it("scores a find with its polarity, a miss, and a look-alike's false hit", () => {
    const rows = parseSentenceBank("lamp\tIt may burn.\tsafety\tcon\nlamp\tIt is safe.\tsafety\tpro\nlamp\tOpen daily.\tnone\t-\n");
    const claim = (row: (typeof rows)[number], polarity: string) => ({ start: pageOf(row).sentenceStart, end: pageOf(row).text.length, text: row.sentence, category: "safety",
      value: { kind: "stance", polarity, hedged: false }, hedges: [], subject: null, facet: null, confidence: 1 }) as never;
    const score = scoreSentenceBank(rows, "safety", (row) => (row.sentence === "It is safe." ? [] : [claim(row, "con")]));
    expect([score.found, score.listed, score.valueRight, score.falseHits, score.lookalikes]).toEqual([1, 2, 1, 1, 1]);
  });
  it("reads a protocol's value as the probe pages' are read", () => {
    const rows = parseSentenceBank("lamp\tSessions last 20 minutes.\tprotocol\t20 min\nlamp\tSessions last 30 minutes.\tprotocol\t45 min\n");
    const claim = (row: (typeof rows)[number]) => ({ start: pageOf(row).sentenceStart, end: pageOf(row).text.length, text: row.sentence, category: "protocol",
      value: { kind: "quantity", unit: "min", min: Number(/\d+/.exec(row.sentence)![0]), max: Number(/\d+/.exec(row.sentence)![0]) }, hedges: [], subject: null, facet: null, confidence: 1 }) as never;
    expect(scoreSentenceBank(rows, "protocol", (row) => [claim(row)]).valueRight).toBe(1);
  });
  // (measured at the end of the session that tuned on them: safety 29/31 with no false hit, protocol 26/33; of the
  // fourteenth session's banks, safety-m 31/38 (1 false hit), efficacy-m 34/35, founder-m 13/16 (2), origin_date-m
  // 15/19, recognition-m 16/19 (3), practitioner_count-m 14/20 (not tuned on); a floor a little below. The held halves
  // are reported by npm run eval:probes, never enforced.)
  it.each([["safety", 0.85, 2], ["protocol", 0.7, 2], ["safety-m", 0.78, 2], ["efficacy-m", 0.9, 2], ["founder-m", 0.75, 3],
    ["origin_date-m", 0.72, 2], ["recognition-m", 0.78, 3], ["practitioner_count-m", 0.65, 2]] as const)(
    "the tuning half of %s keeps its level", (bank, floor, falseHits) => {
      const rows = parseSentenceBank(readFileSync(path.join(root, "sentences", `${bank}.tsv`), "utf8")).filter((r) => !r.heldAside);
      const score = scoreSentenceBank(rows, bank.split("-")[0], (row) => extractClaims(pageOf(row).text, { subjects: [row.subject] }).claims);
      expect(score.found / score.listed).toBeGreaterThanOrEqual(floor);
      expect(score.falseHits).toBeLessThanOrEqual(falseHits);
    });
});
