// Re-extraction: when the extraction rules improve, re-read every stored source of a corpus and bring its claims up
// to date without losing a reviewer's work (docs/decisions/005-reextraction.md). Extraction runs first, outside
// the write transaction, as on import; then one transaction updates, inserts and deletes claims and regroups.
import type { ClaimContent } from "../../db/claims";
import type { DB } from "../../db/client";
import { getCorpus } from "../../db/corpora";
import {
  claimsWithReviewerWork,
  deleteUnreviewedClaims,
  insertSourceClaims,
  listSourceTexts,
  listStoredClaims,
  setClaimPosition,
  updateClaimContent,
} from "../../db/reextract";
import type { ClaimRow } from "../../db/schema";
import type { SourceFormat } from "~/pipeline";
import { claimContent, extractNamed, regroupCorpus, type ImportProgress } from "./import.server";

export interface ReextractSummary {
  /** Sources re-read. */
  sources: number;
  /** Claims found again exactly as stored. */
  kept: number;
  /** Claims found again at the same span and category, with a new wording, value, hedges, subject, facet or
   * confidence: same id, so their verdicts stay. */
  updated: number;
  /** Claims the current rules find that were not stored. */
  added: number;
  /** Stored claims the current rules no longer find, and that no reviewer had touched. */
  removed: number;
  /** Stored claims the current rules no longer find, kept because a reviewer gave a verdict on them or named them
   * as evidence. */
  keptReviewed: number;
}

// span and category are the match itself
const CONTENT_COLUMNS = [
  "text",
  "value_json",
  "hedges_json",
  "subject",
  "facet",
  "confidence",
] as const satisfies ReadonlyArray<keyof ClaimContent>;

const matchKey = (c: Pick<ClaimContent, "span_start" | "span_end" | "category">) => `${c.span_start}:${c.span_end}:${c.category}`;

export interface SourcePlan {
  /** Matched claims whose content changed: same id, new content, their place in the new order. */
  updates: Array<{ id: number; content: ClaimContent; position: number }>;
  /** Claims whose content is unchanged but whose place in the order moved. */
  moves: Array<{ id: number; position: number }>;
  inserts: Array<ClaimContent & { position: number }>;
  deletes: number[];
  kept: number;
  keptReviewed: number;
}

/**
 * How one source's stored claims become the fresh ones. A fresh claim matches a stored claim of the same span and
 * category (several at one key pair up in order). Unmatched stored claims go, unless `reviewed` holds them: those
 * stay as they are, placed in the new order by their span.
 */
export function planSource(stored: ClaimRow[], fresh: ClaimContent[], reviewed: ReadonlySet<number>): SourcePlan {
  const byKey = new Map<string, ClaimRow[]>();
  for (const c of stored) byKey.set(matchKey(c), [...(byKey.get(matchKey(c)) ?? []), c]);

  type Entry = { start: number; old: ClaimRow | null; fresh: ClaimContent | null };
  const order: Entry[] = fresh.map((c) => ({ start: c.span_start, old: byKey.get(matchKey(c))?.shift() ?? null, fresh: c }));
  const leftover = [...byKey.values()].flat();
  const orphans = leftover.filter((c) => reviewed.has(c.id)).sort((a, b) => a.span_start - b.span_start || a.position - b.position);
  for (const orphan of orphans) {
    const at = order.findIndex((e) => e.start > orphan.span_start);
    order.splice(at === -1 ? order.length : at, 0, { start: orphan.span_start, old: orphan, fresh: null });
  }

  const plan: SourcePlan = {
    updates: [],
    moves: [],
    inserts: [],
    deletes: leftover.filter((c) => !reviewed.has(c.id)).map((c) => c.id),
    kept: 0,
    keptReviewed: orphans.length,
  };
  order.forEach(({ old, fresh: content }, position) => {
    if (!content) {
      if (old!.position !== position) plan.moves.push({ id: old!.id, position });
    } else if (!old) {
      plan.inserts.push({ ...content, position });
    } else if (CONTENT_COLUMNS.some((k) => old[k] !== content[k])) {
      plan.updates.push({ id: old.id, content, position });
    } else {
      plan.kept++;
      if (old.position !== position) plan.moves.push({ id: old.id, position });
    }
  });
  return plan;
}

/**
 * Re-runs extraction on every source of the corpus with the current rules, keeps the ids (and so the verdicts) of
 * the claims found again, never deletes a claim a reviewer has worked on, and regroups. All or nothing.
 */
export async function reextractCorpus(
  db: DB,
  corpusId: number,
  onProgress?: (p: ImportProgress) => void,
): Promise<ReextractSummary> {
  const corpus = await getCorpus(db, corpusId);
  if (!corpus) throw new Error(`no corpus with id ${corpusId}`);
  const sources = await listSourceTexts(db, corpusId);
  // Extraction is pure and may take a while: before the write transaction, as on import. The stored texts never
  // change, so nothing can make these results stale; the claims and verdicts are read inside the transaction.
  const extracted = sources.map((source, i) => {
    const claims = extractNamed(corpus, source.text, source.format as SourceFormat, source.origin).claims.map(claimContent);
    onProgress?.({ done: i + 1, total: sources.length, origin: source.origin });
    return { source, claims };
  });
  return db.transaction().execute(async (trx) => {
    const summary: ReextractSummary = { sources: sources.length, kept: 0, updated: 0, added: 0, removed: 0, keptReviewed: 0 };
    const reviewed = await claimsWithReviewerWork(trx, corpusId);
    for (const { source, claims } of extracted) {
      const plan = planSource(await listStoredClaims(trx, source.id), claims, reviewed);
      const removed = await deleteUnreviewedClaims(trx, plan.deletes);
      if (removed !== plan.deletes.length) throw new Error(`re-extraction of ${source.origin}: a claim to delete has verdicts`);
      for (const u of plan.updates) await updateClaimContent(trx, u.id, u.content, u.position);
      for (const m of plan.moves) await setClaimPosition(trx, m.id, m.position);
      await insertSourceClaims(trx, { corpusId, sourceId: source.id }, plan.inserts);
      summary.kept += plan.kept;
      summary.updated += plan.updates.length;
      summary.added += plan.inserts.length;
      summary.removed += removed;
      summary.keptReviewed += plan.keptReviewed;
    }
    await regroupCorpus(trx, corpusId);
    return summary;
  });
}

/** "5 sources re-read: 40 claims unchanged, 3 updated, ...": the words of the CLI and the settings page. */
export function describeReextraction(s: ReextractSummary): string {
  return (
    `${s.sources} source${s.sources === 1 ? "" : "s"} re-read: ${s.kept} claim${s.kept === 1 ? "" : "s"} unchanged, ` +
    `${s.updated} updated, ${s.added} added, ${s.removed} removed, ${s.keptReviewed} no longer found but kept because reviewed`
  );
}
