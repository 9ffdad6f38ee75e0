// The Markdown "balanced brief" for educators: per question, what each source says (quoted, hedges marked),
// the assessment and its reason, and the reviewers' verdicts; then the list of sources. Rendered from the one
// CorpusExport object, like every other format. Text taken from sources is escaped: no raw HTML passes
// through and no source text can open a heading, a link, emphasis or a table.
import { hedgingCues } from "~/pipeline/hedges";
import { formatValue } from "~/pipeline/grouping/format";
import type { Assessment } from "~/pipeline/types";
import type { CorpusExport, ExportClaim, ExportGroup, ExportSource } from "./types";

const ORDER: Assessment[] = ["conflicting", "divergent", "consistent", "single"];

const SECTION: Record<Assessment, string> = {
  conflicting: "Where the sources cannot all be right",
  divergent: "Where the sources say the same thing differently",
  consistent: "Where the sources agree",
  single: "Where only one source speaks",
};

const ASSESSMENT_WORD: Record<Assessment, string> = {
  conflicting: "Conflicting",
  divergent: "Divergent",
  consistent: "Consistent",
  single: "Single source",
};

/** Source text made inert: one line, HTML special characters as entities, Markdown specials backslashed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // Brackets are escaped so no link or image can form; * _ ~ so no emphasis; | so no table; # and ` too.
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`);
}

function quoteOf(claim: ExportClaim, source: ExportSource | undefined): string {
  const exact = source && claim.end > claim.start ? source.text.slice(claim.start, claim.end) : "";
  return exact.trim() ? exact : claim.text;
}

function hedgeNote(claim: ExportClaim): string {
  // a stance says whether it is hedged; another claim is hedged by a cue that hedges ("can" records ability only)
  const hedging = hedgingCues(claim.hedges);
  const hedged = claim.value?.kind === "stance" ? claim.value.hedged : hedging.length > 0;
  if (!hedged) return "";
  const cues = hedging.map((h) => `“${escapeMarkdown(h)}”`).join(", ");
  return cues ? `_hedged: ${cues}_` : "_hedged_";
}

function verdictLine(claim: ExportClaim): string {
  if (!claim.verdict) {
    return claim.suggestedVerdict
      ? `Not reviewed yet (the group suggests: ${claim.suggestedVerdict}).`
      : "Not reviewed yet.";
  }
  const who = claim.reviewer ? ` by ${escapeMarkdown(claim.reviewer)}` : "";
  const when = claim.reviewedAt ? ` (${escapeMarkdown(claim.reviewedAt.slice(0, 10))})` : "";
  const note = claim.note?.trim() ? `: ${escapeMarkdown(claim.note)}` : "";
  const evidence = claim.evidence?.trim() ? ` Evidence: ${escapeMarkdown(claim.evidence)}` : "";
  return `Reviewer's verdict: **${claim.verdict}**${who}${when}${note}${evidence}`;
}

function renderClaim(claim: ExportClaim, source: ExportSource | undefined): string[] {
  const lines = [`> “${escapeMarkdown(quoteOf(claim, source))}” (claim ${claim.id})`, ""];
  if (claim.value?.kind === "stance") {
    lines.push(`- Stance: ${claim.value.polarity === "pro" ? "in favour" : "against"}`);
  } else {
    const value = formatValue(claim.value);
    if (value) lines.push(`- Value: ${escapeMarkdown(value)}`);
  }
  const hedge = hedgeNote(claim);
  if (hedge) lines.push(`- ${hedge}`);
  lines.push(`- ${verdictLine(claim)}`, "");
  return lines;
}

function sourceName(source: ExportSource | undefined, fallbackId: number): string {
  return source ? escapeMarkdown(source.title || source.origin) : `source ${fallbackId}`;
}

function renderGroup(group: ExportGroup, claims: Map<number, ExportClaim>, sources: Map<number, ExportSource>, sourceOrder: number[]): string[] {
  const lines = [`### ${escapeMarkdown(group.label)}`, "", `**${ASSESSMENT_WORD[group.assessment]}.** ${escapeMarkdown(group.reason)}`, ""];
  const members = group.claimIds.map((id) => claims.get(id)).filter((c): c is ExportClaim => Boolean(c));
  if (group.conflicts.length) {
    const describe = (id: number) => {
      const c = claims.get(id);
      return `claim ${id} (${sourceName(c ? sources.get(c.sourceId) : undefined, c?.sourceId ?? 0)})`;
    };
    const shown = group.conflicts.slice(0, 5).map(([a, b]) => `${describe(a)} and ${describe(b)}`);
    const more = group.conflicts.length - shown.length;
    lines.push(`Cannot both hold: ${shown.join("; ")}${more > 0 ? `; and ${more} more pairs` : ""}.`, "");
  }
  const bySource = new Map<number, ExportClaim[]>();
  for (const c of members) bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), c]);
  const ordered = [...bySource.keys()].sort((a, b) => sourceOrder.indexOf(a) - sourceOrder.indexOf(b));
  for (const sourceId of ordered) {
    lines.push(`#### ${sourceName(sources.get(sourceId), sourceId)}`, "");
    for (const claim of bySource.get(sourceId)!) lines.push(...renderClaim(claim, sources.get(sourceId)));
  }
  return lines;
}

function renderSource(source: ExportSource, index: number): string {
  const parts = [`${index + 1}. **${escapeMarkdown(source.title || source.origin)}**`, `origin: ${escapeMarkdown(source.origin)}`];
  if (source.author) parts.push(`by ${escapeMarkdown(source.author)}`);
  if (source.date) parts.push(escapeMarkdown(source.date));
  return parts.join(" · ");
}

export function renderBrief(data: CorpusExport): string {
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const sourceOrder = data.sources.map((s) => s.id);
  const groups = data.groups.filter((g) => g.category !== "other");
  const count = (a: Assessment) => groups.filter((g) => g.assessment === a).length;

  const lines = [
    `# Balanced brief: ${escapeMarkdown(data.corpus.name)}`,
    "",
    `Exported ${escapeMarkdown(data.exportedAt.slice(0, 10))} from ${data.sources.length} sources and ${data.claims.length} claims. ` +
      `${groups.length} questions: ${count("conflicting")} where the sources cannot all be right, ${count("divergent")} stated differently, ` +
      `${count("consistent")} where they agree, ${count("single")} with one source only.`,
    "",
    "Each question shows what every source says, quoted as written. _hedged_ marks a claim its source distances " +
      "itself from (“is said to”, “allegedly”). The assessment is computed from the claims' values; a verdict is a " +
      "reviewer's judgement, and a suggestion from the group is shown only where no reviewer has judged yet.",
    "",
  ];
  for (const assessment of ORDER) {
    const section = groups.filter((g) => g.assessment === assessment);
    if (!section.length) continue;
    lines.push(`## ${SECTION[assessment]}`, "");
    for (const group of section) lines.push(...renderGroup(group, claims, sources, sourceOrder));
  }
  lines.push("## Sources", "");
  data.sources.forEach((s, i) => lines.push(renderSource(s, i)));
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
