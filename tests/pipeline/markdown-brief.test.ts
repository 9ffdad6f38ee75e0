// The balanced brief: rows of [small export, fragments that must appear, fragments that must not].
import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderBrief } from "~/export/markdown";
import type { CorpusExport, ExportClaim, ExportGroup, ExportSource } from "~/export/types";

function source(id: number, title: string, text: string, extra: Partial<ExportSource> = {}): ExportSource {
  return { id, title, origin: `0${id}_cupping.txt`, text, author: null, date: null, ...extra };
}
function claim(id: number, sourceId: number, text: string, start: number, extra: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id, sourceId, text, start, end: start + text.length, category: "efficacy", value: null, hedges: [], subject: "cupping",
    groupKey: "cupping/efficacy", verdict: null, suggestedVerdict: null, reviewer: null, note: null, evidence: null, reviewedAt: null,
    ...extra,
  };
}
function group(key: string, label: string, assessment: ExportGroup["assessment"], claimIds: number[], extra: Partial<ExportGroup> = {}): ExportGroup {
  return { key, label, category: "efficacy", assessment, reason: `Reason for ${label}`, claimIds, conflicts: [], ...extra };
}
function corpus(sources: ExportSource[], claims: ExportClaim[], groups: ExportGroup[]): CorpusExport {
  return { corpus: { name: "cupping" }, exportedAt: "2026-03-01T10:00:00.000Z", sources, claims, groups };
}

const s1 = source(1, "Clinic page", "Cupping cures back pain. It was first used in 1961.", { author: "Dr. Lee", date: "2019-04-02" });
const s2 = source(2, "Review article", "Cupping is said to relieve pain. No trial found an effect.");

// ("can" is recorded as a cue but records ability: the claim is not hedged and the brief does not say so)
const works = claim(1, 1, "Cupping cures back pain", 0, { value: { kind: "stance", polarity: "pro", hedged: false }, hedges: ["can"], verdict: "contested", reviewer: "maria", note: "only one clinic says so", reviewedAt: "2026-02-20T09:00:00Z" });
const hedged = claim(2, 2, "Cupping is said to relieve pain", 0, { value: { kind: "stance", polarity: "pro", hedged: true }, hedges: ["is said to"], suggestedVerdict: "contested" });
const noEffect = claim(3, 2, "No trial found an effect", 33, { value: { kind: "stance", polarity: "con", hedged: false } });
const date = claim(4, 1, "It was first used in 1961", 25, { category: "origin_date", value: { kind: "year", min: 1961, max: 1961, approx: false }, groupKey: "cupping/origin_date/origin" });

const efficacy = group("cupping/efficacy", "Does cupping work?", "conflicting", [1, 2, 3], { conflicts: [[1, 3]], reason: "01 says it works; against that, 02 says it does not." });
const origin = group("cupping/origin_date/origin", "When did cupping originate?", "single", [4], { category: "origin_date", reason: "Only 01 speaks to this: 1961." });
const other = group("cupping/other", "Other", "consistent", [], { category: "other" });

const evil = source(3, "<script>alert(1)</script> [click](javascript:alert(1))", "# Heading\n<img src=x onerror=alert(1)> **bold** | a | b |");
const evilClaim = claim(5, 3, "# Heading\n<img src=x onerror=alert(1)> **bold** | a | b |", 0, {
  value: { kind: "stance", polarity: "pro", hedged: true }, hedges: ["<b>allegedly</b>"], verdict: "supported", reviewer: "<i>x</i>", note: "[link](http://evil)",
});
const evilGroup = group("cupping/efficacy", "Does <u>cupping</u> work?", "single", [5], { reason: "Only <b>03</b> speaks." });

describe("renderBrief", () => {
  it.each([
    [
      "sections in order of concern, with quotes, values, hedges and verdicts",
      corpus([s1, s2], [works, hedged, noEffect, date], [origin, efficacy, other]),
      [
        "# Balanced brief: cupping",
        "## Where the sources cannot all be right\n\n### Does cupping work?\n\n**Conflicting.** 01 says it works; against that, 02 says it does not.",
        "Cannot both hold: claim 1 (Clinic page) and claim 3 (Review article).",
        "#### Clinic page\n\n> “Cupping cures back pain” (claim 1)",
        "- Stance: in favour",
        "- Stance: against",
        "- Reviewer's verdict: **contested** by maria (2026-02-20): only one clinic says so",
        "> “Cupping is said to relieve pain” (claim 2)",
        "- _hedged: “is said to”_",
        "- Not reviewed yet (the group suggests: contested).",
        "- Not reviewed yet.",
        "## Where only one source speaks\n\n### When did cupping originate?\n\n**Single source.** Only 01 speaks to this: 1961.",
        "- Value: 1961",
        "## Sources\n\n1. **Clinic page** · origin: 01\\_cupping.txt · by Dr. Lee · 2019-04-02\n2. **Review article** · origin: 02\\_cupping.txt",
      ],
      ["Other", "## Where the sources agree", "“can”"],
    ],
    [
      "text from sources cannot inject HTML or Markdown",
      corpus([evil], [evilClaim], [evilGroup]),
      [
        "&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1))",
        "> “\\# Heading &lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\* \\| a \\| b \\|” (claim 5)",
        "_hedged: “&lt;b&gt;allegedly&lt;/b&gt;”_",
        "by &lt;i&gt;x&lt;/i&gt;: \\[link\\](http://evil)",
        "### Does &lt;u&gt;cupping&lt;/u&gt; work?",
        "Only &lt;b&gt;03&lt;/b&gt; speaks.",
      ],
      ["<script", "<img", "<b>", "<i>", "<u>", "\n# Heading", "[click]("],
    ],
  ] as Array<[string, CorpusExport, string[], string[]]>)("%s", (_name, data, present, absent) => {
    const md = renderBrief(data);
    for (const f of present) expect(md).toContain(f);
    for (const f of absent) expect(md).not.toContain(f);
  });

  it("orders conflicting before divergent before consistent before single", () => {
    const groups = (["single", "consistent", "divergent", "conflicting"] as const).map((a, i) => group(`k${i}`, `Q ${a}?`, a, []));
    const md = renderBrief(corpus([s1], [], groups));
    const at = (a: string) => md.indexOf(`### Q ${a}?`);
    expect(at("conflicting")).toBeLessThan(at("divergent"));
    expect(at("divergent")).toBeLessThan(at("consistent"));
    expect(at("consistent")).toBeLessThan(at("single"));
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["plain words.", "plain words."],
    ["a < b & c > d", "a &lt; b &amp; c &gt; d"],
    ["*not emphasis* _nor this_", "\\*not emphasis\\* \\_nor this\\_"],
    ["[text](url) ![img](src)", "\\[text\\](url) !\\[img\\](src)"],
    ["line one\n\n# two", "line one \\# two"],
    ["`code` | cell | ~strike~", "\\`code\\` \\| cell \\| \\~strike\\~"],
    ["C:\\path", "C:\\\\path"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
