// The claim pipeline, composed in one place: text in, claims with spans out. Pure: no database, no file
// system, no React. Each step lives in its own file with a table-driven test.
import type { ClaimGroup, GroupableClaim, PipelineResult, SourceFormat } from "./types";

export * from "./types";

export interface ExtractOptions {
  format?: SourceFormat;
}

/** Baseline until the extraction steps land: every sentence is one claim of category "other". */
export function extractClaims(text: string, options: ExtractOptions = {}): PipelineResult {
  void options;
  const claims: PipelineResult["claims"] = [];
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    for (const s of segmenter.segment(m[0])) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const trimmed = s.segment.trim();
      if (trimmed.length < 12) continue;
      const start = m.index + s.index + lead;
      claims.push({
        start,
        end: start + trimmed.length,
        text: trimmed,
        category: "other",
        value: null,
        hedges: [],
        subject: null,
        facet: null,
        confidence: 0.1,
      });
    }
  }
  return { claims, metadata: { title: null, author: null, date: null }, subjects: [] };
}

/** Baseline until the grouping steps land: one group per category. */
export function groupClaims(claims: GroupableClaim[]): ClaimGroup[] {
  const byCategory = new Map<string, GroupableClaim[]>();
  for (const c of claims) {
    if (c.category === "other") continue;
    byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
  }
  return [...byCategory].map(([category, members]) => ({
    key: category,
    label: category,
    category: members[0].category,
    assessment: new Set(members.map((m) => m.sourceId)).size > 1 ? "consistent" : "single",
    reason: "",
    claimIds: members.map((m) => m.id),
    conflicts: [],
    suggestedVerdicts: {},
  }));
}
