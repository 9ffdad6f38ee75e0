// The queries of re-extraction (app/import/reextract.server.ts): a corpus's stored texts, a source's claims,
// the claims that hold a reviewer's work, and the writes that bring a source's claims up to date.
import { insertClaimRows, type ClaimContent } from "./claims";
import type { DB } from "./client";
import type { ClaimRow } from "./schema";
import { loadReviewRows } from "./verdicts";

export interface SourceText {
  id: number;
  origin: string;
  format: string;
  text: string;
}

export async function listSourceTexts(db: DB, corpusId: number): Promise<SourceText[]> {
  return db
    .selectFrom("source")
    .select(["id", "origin", "format", "text"])
    .where("corpus_id", "=", corpusId)
    .orderBy("id")
    .execute();
}

/** A source's claims in their order. */
export async function listStoredClaims(db: DB, sourceId: number): Promise<ClaimRow[]> {
  return db.selectFrom("claim").selectAll().where("source_id", "=", sourceId).orderBy("position").orderBy("id").execute();
}

/** The claims of a corpus that hold a reviewer's work: any verdict row (a cleared verdict is history too), or
 * named as evidence in another claim's verdict. */
export async function claimsWithReviewerWork(db: DB, corpusId: number): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const row of await loadReviewRows(db, { corpusId })) {
    ids.add(row.claimId);
    for (const item of row.evidenceItems) if (item.kind === "claim") ids.add(item.claimId);
  }
  return ids;
}

/** New wording, value, hedges, subject, facet and confidence for a claim that keeps its id (and its verdicts). */
export async function updateClaimContent(db: DB, id: number, content: ClaimContent, position: number): Promise<void> {
  await db
    .updateTable("claim")
    .set({ ...content, position })
    .where("id", "=", id)
    .execute();
}

export async function setClaimPosition(db: DB, id: number, position: number): Promise<void> {
  await db.updateTable("claim").set({ position }).where("id", "=", id).execute();
}

export async function insertSourceClaims(
  db: DB,
  source: { corpusId: number; sourceId: number },
  claims: Array<ClaimContent & { position: number }>,
): Promise<void> {
  await insertClaimRows(
    db,
    claims.map((c) => ({ ...c, corpus_id: source.corpusId, source_id: source.sourceId })),
  );
}

/** Deletes the claims that no verdict points at. Verdicts cascade with their claim, so the query itself refuses
 * a claim with a verdict row, whatever the caller believed. Returns how many were deleted. */
export async function deleteUnreviewedClaims(db: DB, ids: number[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const result = await db
      .deleteFrom("claim")
      .where("id", "in", ids.slice(i, i + 500))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("verdict").select("verdict.id").whereRef("verdict.claim_id", "=", "claim.id"))),
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
