// Runs the pipeline and grouping over a corpus held in memory and builds the JSON-export-shaped object that
// score.ts (and ../shared/tools/eval_claims.py) read. Pure: the caller reads the files.
import { extractClaims, groupClaims } from "../pipeline/index";
import type { GroupableClaim, SourceFormat } from "../pipeline/types";
import type { ExportLike } from "./score";

export interface CorpusFile { origin: string; text: string; format: SourceFormat }

export function formatOf(name: string): SourceFormat {
  return /\.html?$/i.test(name) ? "html" : /\.(md|markdown)$/i.test(name) ? "markdown" : "text";
}

export function runCorpus(name: string, files: CorpusFile[], opts: { subjectHint?: boolean } = {}) {
  const hint = opts.subjectHint ?? true;
  const sources: Array<{ id: number; title: string; origin: string; text: string }> = [];
  const claims: Array<GroupableClaim & { start: number; end: number; confidence: number }> = [];
  files.forEach((f, i) => {
    const id = i + 1;
    // the corpus name is what the user told the importer the pile is about: a subject hint, as the CLI gives it
    const r = extractClaims(f.text, { format: f.format, subjects: hint ? [name] : undefined });
    sources.push({ id, title: r.metadata.title ?? f.origin, origin: f.origin, text: f.text });
    for (const c of r.claims) {
      claims.push({ id: claims.length + 1, sourceId: id, sourceLabel: r.metadata.title ?? f.origin, text: c.text,
        category: c.category, value: c.value, hedges: c.hedges, subject: c.subject, facet: c.facet,
        start: c.start, end: c.end, confidence: c.confidence });
    }
  });
  const groups = groupClaims(claims);
  const groupOf = new Map<number, string>();
  for (const g of groups) for (const id of g.claimIds) groupOf.set(id, g.key);
  const exported = {
    corpus: { name },
    sources,
    claims: claims.map((c) => ({ id: c.id, sourceId: c.sourceId, text: c.text, start: c.start, end: c.end, category: c.category,
      value: c.value, hedges: c.hedges, subject: c.subject, facet: c.facet, groupKey: groupOf.get(c.id) ?? null,
      verdict: null, suggestedVerdict: null })),
    groups: groups.map((g) => ({ key: g.key, label: g.label, category: g.category, assessment: g.assessment, reason: g.reason,
      claimIds: g.claimIds, conflicts: g.conflicts })),
  };
  return exported satisfies ExportLike & { corpus: { name: string } };
}
