import type { Verdict } from "~/pipeline/types";
import {
  maskForViewer,
  resolveClaimVerdict,
  type ClaimVerdictState,
  type EvidenceItem,
  type ReviewRow,
  type Viewer,
} from "~/review/verdicts";
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
  /** The display name; for an account, its name. */
  reviewer: string;
  /** The account giving the verdict (null or absent: a name-only reviewer, as the CLI and old data). */
  userId?: number | null;
  /** null clears the reviewer's verdict (kept as a row so the history shows it). */
  verdict: Verdict | null;
  /** An owner's final word on the claim. */
  adjudicated?: boolean;
  note?: string | null;
  /** A free-text summary (old callers), or evidence items. */
  evidence?: string | EvidenceItem[] | null;
  /** The claim's version the reviewer saw: when given and the claim has changed since in a way that reviewer
   * could see, nothing is stored and VersionConflictError is thrown. */
  expectedVersion?: number;
  /** Blind review is on and the reviewer is not an owner: only their own rows and adjudications conflict. */
  blind?: boolean;
  at?: Date;
}

export class VersionConflictError extends Error {
  constructor(
    public readonly claimId: number,
    public readonly version: number,
    public readonly state: ClaimVerdictState,
  ) {
    super(`claim ${claimId} changed since version ${version}`);
  }
}

/** "https://x.org; “a quote”; claim #12": what the CSV and the history show. */
export function summariseEvidence(items: EvidenceItem[]): string | null {
  const parts = items.map((e) => (e.kind === "url" ? e.url : e.kind === "quote" ? `“${e.text}”` : `claim #${e.claimId}`));
  return parts.length ? parts.join("; ") : null;
}

/** Old free-text evidence read as items: a URL, "claim #12", or else a quote. */
export function evidenceFromText(text: string | null | undefined): EvidenceItem[] {
  const clean = text?.trim();
  if (!clean) return [];
  if (/^https?:\/\/\S+$/i.test(clean)) return [{ kind: "url", url: clean }];
  const claim = /^claim\s*#?(\d+)$/i.exec(clean);
  if (claim) return [{ kind: "claim", claimId: Number(claim[1]) }];
  return [{ kind: "quote", text: clean }];
}

/** Appends a verdict to the claim's history and bumps the claim's version, in one transaction. */
export async function recordVerdict(db: DB, input: VerdictInput): Promise<number> {
  return db.transaction().execute((trx) => appendVerdict(trx, input));
}

/** Several verdicts at once (bulk): all or none; a version conflict on any claim stores nothing. */
export async function recordVerdicts(db: DB, inputs: VerdictInput[]): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const input of inputs) ids.push(await appendVerdict(trx, input));
    return ids;
  });
}

async function appendVerdict(trx: DB, input: VerdictInput): Promise<number> {
  {
    const rows = await loadReviewRows(trx, { claimIds: [input.claimId] });
    const claim = await trx.selectFrom("claim").select(["id", "version"]).where("id", "=", input.claimId).executeTakeFirstOrThrow();
    if (input.expectedVersion !== undefined && input.expectedVersion !== claim.version) {
      // version N = the claim's first N rows; the rows after them are what changed since the reviewer looked
      const since = rows.slice(Math.max(0, input.expectedVersion));
      // a version from the future is nonsense (a forged or garbled form): treat it as a conflict too
      const relevant =
        input.expectedVersion > claim.version ||
        (input.blind ? since.some((r) => r.adjudicated || (input.userId != null && r.userId === input.userId)) : since.length > 0);
      if (relevant) throw new VersionConflictError(input.claimId, claim.version, resolveClaimVerdict(rows));
    }
    const reviewerId = await findOrCreateReviewer(trx, input.reviewer);
    const key = input.userId != null ? `u${input.userId}` : `r${reviewerId}`;
    const previous = input.adjudicated
      ? resolveClaimVerdict(rows).verdict
      : (rows.filter((r) => r.reviewerKey === key && !r.adjudicated).at(-1)?.verdict ?? null);
    const items = typeof input.evidence === "string" ? evidenceFromText(input.evidence) : (input.evidence ?? []);
    const row = await trx
      .insertInto("verdict")
      .values({
        claim_id: input.claimId,
        reviewer_id: reviewerId,
        user_id: input.userId ?? null,
        verdict: input.verdict,
        previous_verdict: previous,
        adjudicated: input.adjudicated ? 1 : 0,
        note: input.note?.trim() || null,
        evidence: typeof input.evidence === "string" ? input.evidence.trim() || null : summariseEvidence(items),
        evidence_json: items.length ? JSON.stringify(items) : null,
        created_at: (input.at ?? new Date()).toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("claim")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", input.claimId)
      .execute();
    return row.id;
  }
}

/** The verdict rows of some claims (or of a whole corpus), oldest first. */
export async function loadReviewRows(db: DB, where: { claimIds?: number[]; corpusId?: number }): Promise<ReviewRow[]> {
  if (where.claimIds && where.claimIds.length === 0) return [];
  let q = db
    .selectFrom("verdict")
    .innerJoin("reviewer", "reviewer.id", "verdict.reviewer_id")
    .leftJoin("user", "user.id", "verdict.user_id")
    .select([
      "verdict.id",
      "verdict.claim_id",
      "verdict.reviewer_id",
      "verdict.user_id",
      "verdict.verdict",
      "verdict.previous_verdict",
      "verdict.adjudicated",
      "verdict.note",
      "verdict.evidence",
      "verdict.evidence_json",
      "verdict.created_at",
      "reviewer.name as reviewer_name",
      "user.name as user_name",
    ]);
  if (where.claimIds) q = q.where("verdict.claim_id", "in", where.claimIds);
  if (where.corpusId !== undefined) {
    const corpusId = where.corpusId;
    q = q.where("verdict.claim_id", "in", (eb) => eb.selectFrom("claim").select("claim.id").where("claim.corpus_id", "=", corpusId));
  }
  const rows = await q.orderBy("verdict.id").execute();
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claim_id,
    reviewerKey: r.user_id != null ? `u${r.user_id}` : `r${r.reviewer_id}`,
    reviewer: r.user_name ?? r.reviewer_name,
    userId: r.user_id,
    verdict: r.verdict as Verdict | null,
    previousVerdict: r.previous_verdict as Verdict | null,
    adjudicated: Number(r.adjudicated) === 1,
    note: r.note,
    evidence: r.evidence,
    evidenceItems: parseItems(r.evidence_json, r.evidence),
    createdAt: r.created_at,
  }));
}

function parseItems(json: string | null, text: string | null): EvidenceItem[] {
  if (json) {
    try {
      return JSON.parse(json) as EvidenceItem[];
    } catch {
      // fall through to the summary
    }
  }
  return evidenceFromText(text);
}

/** Each claim's verdict state, from its rows, as this viewer may see it. */
export function statesByClaim(rows: ReviewRow[], viewer?: Viewer | null): Map<number, ClaimVerdictState> {
  const byClaim = new Map<number, ReviewRow[]>();
  for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r]);
  const states = new Map<number, ClaimVerdictState>();
  for (const [claimId, claimRows] of byClaim) states.set(claimId, maskForViewer(resolveClaimVerdict(claimRows), viewer));
  return states;
}

export interface VerdictHistoryEntry {
  id: number;
  verdict: Verdict | null;
  /** "from": the reviewer's previous verdict (for an adjudication, the claim's verdict before it). */
  previousVerdict: Verdict | null;
  adjudicated: boolean;
  note: string | null;
  evidence: string | null;
  evidenceItems: EvidenceItem[];
  reviewer: string;
  userId: number | null;
  createdAt: string;
}

/** Newest first. With a viewer under blind review who has not given a verdict yet, only their own rows. */
export async function verdictHistory(db: DB, claimId: number, viewer?: Viewer | null): Promise<VerdictHistoryEntry[]> {
  let rows = await loadReviewRows(db, { claimIds: [claimId] });
  const state = statesByClaim(rows, viewer).get(claimId);
  if (state?.hidden && viewer) rows = rows.filter((r) => r.userId === viewer.userId);
  return rows
    .reverse()
    .map((r) => ({
      id: r.id,
      verdict: r.verdict,
      previousVerdict: r.previousVerdict,
      adjudicated: r.adjudicated,
      note: r.note,
      evidence: r.evidence,
      evidenceItems: r.evidenceItems,
      reviewer: r.reviewer,
      userId: r.userId,
      createdAt: r.createdAt,
    }));
}

/** The reviewer's newest own (non-adjudication) row in a corpus: what "undo" takes back. */
export async function lastOwnVerdict(
  db: DB,
  corpusId: number,
  userId: number,
): Promise<(VerdictHistoryEntry & { claimId: number }) | undefined> {
  const row = await db
    .selectFrom("verdict")
    .innerJoin("claim", "claim.id", "verdict.claim_id")
    .select(["verdict.claim_id"])
    .where("claim.corpus_id", "=", corpusId)
    .where("verdict.user_id", "=", userId)
    .where("verdict.adjudicated", "=", 0)
    .orderBy("verdict.id", "desc")
    .executeTakeFirst();
  if (!row) return undefined;
  const history = await verdictHistory(db, row.claim_id);
  const own = history.find((h) => h.userId === userId && !h.adjudicated);
  return own && { ...own, claimId: row.claim_id };
}
