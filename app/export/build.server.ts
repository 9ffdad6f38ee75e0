// Reads a corpus into the one export object every format is rendered from.
import { listClaims, listGroups } from "../../db/claims";
import type { DB } from "../../db/client";
import type { Corpus } from "../../db/schema";
import { listMembers } from "../../db/users";
import { loadReviewRows } from "../../db/verdicts";
import { agreementReport } from "~/review/agreement";
import { ratingsOf } from "~/review/agreement.server";
import type { Viewer } from "~/review/verdicts";
import type { CorpusExport } from "./types";

/** With a viewer (the app's download), blind review holds back what that user may not see yet; without one (the
 * command line, run by whoever holds the database file), everything. */
export async function buildCorpusExport(db: DB, corpus: Corpus, now = new Date(), viewer?: Viewer | null): Promise<CorpusExport> {
  const [sources, { claims }, groups] = await Promise.all([
    db
      .selectFrom("source")
      .select(["id", "title", "origin", "text", "author", "published"])
      .where("corpus_id", "=", corpus.id)
      .orderBy("origin")
      .orderBy("id")
      .execute(),
    listClaims(db, { corpusId: corpus.id, viewer }),
    listGroups(db, corpus.id),
  ]);
  const [rows, members] = await Promise.all([loadReviewRows(db, { corpusId: corpus.id }), listMembers(db, corpus.id)]);
  const hidden = new Set(claims.filter((c) => c.hidden).map((c) => c.id));
  const roles = new Map(members.map((m) => [m.userId, m.role]));
  const visibleRows = rows.filter((r) => !hidden.has(r.claimId) || (viewer && r.userId === viewer.userId));
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
      adjudicated: c.adjudicated,
      disagreement: c.disagreement,
      reviewerVerdicts: c.reviews.map((r) => ({ reviewer: r.reviewer, verdict: r.verdict })),
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
    reviews: visibleRows.map((r) => ({
      claimId: r.claimId,
      reviewer: r.reviewer,
      role: r.userId != null ? (roles.get(r.userId) ?? null) : null,
      verdict: r.verdict,
      previousVerdict: r.previousVerdict,
      note: r.note,
      evidence: r.evidenceItems,
      time: r.createdAt,
      adjudicated: r.adjudicated,
    })),
    agreement: agreementReport(ratingsOf(claims)),
  };
}
