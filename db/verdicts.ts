import type { Verdict } from "~/pipeline/types";
import type { DB } from "./client";

export async function findOrCreateReviewer(db: DB, name: string): Promise<number> {
  const clean = name.trim();
  const existing = await db.selectFrom("reviewer").select("id").where("name", "=", clean).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db.insertInto("reviewer").values({ name: clean }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export interface VerdictInput {
  claimId: number;
  reviewer: string;
  /** null clears the claim's verdict (kept as a row so the history shows it). */
  verdict: Verdict | null;
  note?: string | null;
  evidence?: string | null;
  at?: Date;
}

/** Appends a verdict to the claim's history; the newest row is the claim's current verdict. */
export async function recordVerdict(db: DB, input: VerdictInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const reviewerId = await findOrCreateReviewer(trx, input.reviewer);
    const row = await trx
      .insertInto("verdict")
      .values({
        claim_id: input.claimId,
        reviewer_id: reviewerId,
        verdict: input.verdict,
        note: input.note?.trim() || null,
        evidence: input.evidence?.trim() || null,
        created_at: (input.at ?? new Date()).toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export interface VerdictHistoryEntry {
  id: number;
  verdict: Verdict | null;
  note: string | null;
  evidence: string | null;
  reviewer: string;
  createdAt: string;
}

export async function verdictHistory(db: DB, claimId: number): Promise<VerdictHistoryEntry[]> {
  const rows = await db
    .selectFrom("verdict")
    .innerJoin("reviewer", "reviewer.id", "verdict.reviewer_id")
    .where("verdict.claim_id", "=", claimId)
    .select([
      "verdict.id",
      "verdict.verdict",
      "verdict.note",
      "verdict.evidence",
      "verdict.created_at",
      "reviewer.name as reviewer",
    ])
    .orderBy("verdict.id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    verdict: r.verdict as Verdict | null,
    note: r.note,
    evidence: r.evidence,
    reviewer: r.reviewer,
    createdAt: r.created_at,
  }));
}
