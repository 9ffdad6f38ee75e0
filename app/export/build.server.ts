// Reads a corpus into the one export object every format is rendered from.
import { listClaims, listGroups } from "../../db/claims";
import type { DB } from "../../db/client";
import type { Corpus } from "../../db/schema";
import type { CorpusExport } from "./types";

export async function buildCorpusExport(db: DB, corpus: Corpus, now = new Date()): Promise<CorpusExport> {
  const [sources, { claims }, groups] = await Promise.all([
    db
      .selectFrom("source")
      .select(["id", "title", "origin", "text", "author", "published"])
      .where("corpus_id", "=", corpus.id)
      .orderBy("origin")
      .orderBy("id")
      .execute(),
    listClaims(db, { corpusId: corpus.id }),
    listGroups(db, corpus.id),
  ]);
  return {
    corpus: { name: corpus.name },
    exportedAt: now.toISOString(),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      origin: s.origin,
      text: s.text,
      author: s.author,
      date: s.published,
    })),
    claims: claims.map((c) => ({
      id: c.id,
      sourceId: c.sourceId,
      text: c.text,
      start: c.start,
      end: c.end,
      category: c.category,
      value: c.value,
      hedges: c.hedges,
      subject: c.subject,
      groupKey: c.groupKey,
      verdict: c.verdict,
      suggestedVerdict: c.suggestedVerdict,
      reviewer: c.reviewer,
      note: c.note,
      evidence: c.evidence,
      reviewedAt: c.reviewedAt,
    })),
    groups: groups.map((g) => ({
      key: g.key,
      label: g.label,
      category: g.category,
      assessment: g.assessment,
      reason: g.reason,
      claimIds: g.claimIds,
      conflicts: g.conflicts,
    })),
  };
}
