import type { Category, ClaimGroup, ClaimValue, GroupableClaim, Verdict } from "~/pipeline/types";
import { EMPTY_STATE, type ClaimVerdictState, type ReviewerVerdict, type Viewer } from "~/review/verdicts";
import type { DB } from "./client";
import type { ClaimRow, NewClaim } from "./schema";
import { loadReviewRows, statesByClaim } from "./verdicts";

/** A claim as the app and the exports see it: JSON columns parsed, with its current verdict. */
export interface ClaimView {
  id: number;
  corpusId: number;
  sourceId: number;
  sourceTitle: string;
  sourceOrigin: string;
  position: number;
  start: number;
  end: number;
  text: string;
  category: Category;
  value: ClaimValue | null;
  hedges: string[];
  subject: string | null;
  facet: string | null;
  confidence: number;
  groupKey: string | null;
  suggestedVerdict: Verdict | null;
  verdict: Verdict | null;
  /** For a single reviewer, their name; for several, the names joined; for an adjudication, the owner's. */
  reviewer: string | null;
  note: string | null;
  evidence: string | null;
  reviewedAt: string | null;
  /** Bumped with every verdict: the optimistic check of concurrent reviews. */
  version: number;
  adjudicated: boolean;
  /** Reviewers gave different verdicts (then `verdict` is "contested" unless an owner adjudicated). */
  disagreement: boolean;
  /** Every reviewer's current verdict. */
  reviews: ReviewerVerdict[];
  /** Blind review withholds the others' verdicts from this viewer until they give their own. */
  hidden: boolean;
}

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text == null || text === "") return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function claimViewQuery(db: DB) {
  return db
    .selectFrom("claim")
    .innerJoin("source", "source.id", "claim.source_id")
    .select([
      "claim.id",
      "claim.corpus_id",
      "claim.source_id",
      "source.title as source_title",
      "source.origin as source_origin",
      "claim.position",
      "claim.span_start",
      "claim.span_end",
      "claim.text",
      "claim.category",
      "claim.value_json",
      "claim.hedges_json",
      "claim.subject",
      "claim.facet",
      "claim.confidence",
      "claim.group_key",
      "claim.suggested_verdict",
      "claim.version",
    ]);
}

type ClaimViewRow = Awaited<ReturnType<ReturnType<typeof claimViewQuery>["execute"]>>[number];

function toClaimView(r: ClaimViewRow, state: ClaimVerdictState = EMPTY_STATE): ClaimView {
  return {
    id: r.id,
    corpusId: r.corpus_id,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    sourceOrigin: r.source_origin,
    position: r.position,
    start: r.span_start,
    end: r.span_end,
    text: r.text,
    category: r.category as Category,
    value: parseJson<ClaimValue | null>(r.value_json, null),
    hedges: parseJson<string[]>(r.hedges_json, []),
    subject: r.subject,
    facet: r.facet,
    confidence: r.confidence,
    groupKey: r.group_key,
    suggestedVerdict: (r.suggested_verdict as Verdict | null) ?? null,
    verdict: state.verdict,
    reviewer: state.reviewer,
    note: state.note,
    evidence: state.evidence,
    reviewedAt: state.reviewedAt,
    version: Number(r.version),
    adjudicated: state.adjudicated,
    disagreement: state.disagreement,
    reviews: state.reviews,
    hidden: state.hidden,
  };
}

/** Claim rows with their verdict state, as the viewer (if any) may see it. */
async function withVerdicts(db: DB, rows: ClaimViewRow[], viewer: Viewer | null | undefined, corpusId?: number): Promise<ClaimView[]> {
  if (rows.length === 0) return [];
  const reviewRows =
    corpusId !== undefined ? await loadReviewRows(db, { corpusId }) : await loadReviewRows(db, { claimIds: rows.map((r) => r.id) });
  const states = statesByClaim(reviewRows, viewer);
  return rows.map((r) => toClaimView(r, states.get(r.id)));
}

export interface ClaimFilter {
  corpusId: number;
  category?: Category | null;
  sourceId?: number | null;
  /** A verdict, or "unreviewed" for claims with none. */
  verdict?: Verdict | "unreviewed" | null;
  groupKey?: string | null;
  /** Claims this account has given no verdict on (the queue). */
  unreviewedBy?: number | null;
  /** Who is looking: under blind review, others' verdicts are withheld (and filtering by verdict sees only what
   * the viewer may see). Absent: everything (the CLI, the owner's exports). */
  viewer?: Viewer | null;
}

function applyFilter(query: ReturnType<typeof claimViewQuery>, filter: ClaimFilter) {
  let q = query.where("claim.corpus_id", "=", filter.corpusId);
  if (filter.category) q = q.where("claim.category", "=", filter.category);
  if (filter.sourceId) q = q.where("claim.source_id", "=", filter.sourceId);
  if (filter.groupKey) q = q.where("claim.group_key", "=", filter.groupKey);
  return q;
}

/** A page of a corpus's claims with their current verdicts. Paged in SQL unless a verdict filter is set: the
 * verdict is derived from the whole history (several reviewers, adjudications, blind masking), so those filters
 * run over the derived views. */
export async function listClaims(
  db: DB,
  filter: ClaimFilter,
  page: { offset: number; limit: number } = { offset: 0, limit: 1_000_000 },
): Promise<{ claims: ClaimView[]; total: number }> {
  const ordered = () => applyFilter(claimViewQuery(db), filter).orderBy("claim.source_id").orderBy("claim.position");
  if (!filter.verdict && filter.unreviewedBy == null) {
    // Nothing to filter on that depends on the reviews: page in SQL and read the reviews of one page only.
    const [rows, count] = await Promise.all([
      ordered().offset(page.offset).limit(page.limit).execute(),
      applyFilter(claimViewQuery(db), filter)
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst(),
    ]);
    return { claims: await withVerdicts(db, rows, filter.viewer), total: Number(count?.n ?? 0) };
  }
  // The current verdict is derived from every reviewer's history (and masked under blind review), so these
  // filters run over the corpus's claims in memory.
  const rows = await ordered().execute();
  let claims = await withVerdicts(db, rows, filter.viewer, filter.corpusId);
  if (filter.verdict === "unreviewed") claims = claims.filter((c) => c.verdict === null);
  else if (filter.verdict) claims = claims.filter((c) => c.verdict === filter.verdict);
  if (filter.unreviewedBy != null) {
    // masking never hides the viewer's own verdict, so their review is in `reviews` whenever they gave one
    const me = filter.unreviewedBy;
    claims = claims.filter((c) => !c.reviews.some((r) => r.userId === me));
  }
  return { claims: claims.slice(page.offset, page.offset + page.limit), total: claims.length };
}

export async function listSourceClaims(db: DB, sourceId: number, viewer?: Viewer | null): Promise<ClaimView[]> {
  const rows = await claimViewQuery(db)
    .where("claim.source_id", "=", sourceId)
    .orderBy("claim.span_start")
    .orderBy("claim.id")
    .execute();
  return withVerdicts(db, rows, viewer);
}

export async function getClaim(db: DB, id: number, viewer?: Viewer | null): Promise<ClaimView | undefined> {
  const row = await claimViewQuery(db).where("claim.id", "=", id).executeTakeFirst();
  return row && (await withVerdicts(db, [row], viewer))[0];
}

export async function getClaimRow(db: DB, id: number): Promise<ClaimRow | undefined> {
  return db.selectFrom("claim").selectAll().where("id", "=", id).executeTakeFirst();
}

/** What extraction says about one claim, as the claim table stores it (JSON columns as text). */
export type ClaimContent = Pick<
  ClaimRow,
  "span_start" | "span_end" | "text" | "category" | "value_json" | "hedges_json" | "subject" | "facet" | "confidence"
>;

/** Inserts claim rows in batches. SQLite caps bound parameters per statement; 14 columns × 60 rows stays well under it. */
export async function insertClaimRows(db: DB, rows: NewClaim[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 60) {
    await db.insertInto("claim").values(rows.slice(i, i + 60)).execute();
  }
}

/** Every claim of a corpus in the shape grouping needs. */
export async function listGroupableClaims(db: DB, corpusId: number): Promise<GroupableClaim[]> {
  const rows = await db
    .selectFrom("claim")
    .innerJoin("source", "source.id", "claim.source_id")
    .where("claim.corpus_id", "=", corpusId)
    .select([
      "claim.id",
      "claim.source_id",
      "source.title",
      "source.origin",
      "claim.text",
      "claim.category",
      "claim.value_json",
      "claim.hedges_json",
      "claim.subject",
      "claim.facet",
    ])
    .orderBy("claim.source_id")
    .orderBy("claim.position")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    sourceLabel: r.title || r.origin,
    text: r.text,
    category: r.category as Category,
    value: parseJson<ClaimValue | null>(r.value_json, null),
    hedges: parseJson<string[]>(r.hedges_json, []),
    subject: r.subject,
    facet: r.facet,
  }));
}

export interface GroupView {
  key: string;
  label: string;
  category: Category;
  assessment: ClaimGroup["assessment"];
  reason: string;
  conflicts: Array<[number, number]>;
  claimIds: number[];
  position: number;
}

/** Replaces a corpus's groups and the claims' group keys and suggestions in one go. Call in a transaction. */
export async function replaceGroups(db: DB, corpusId: number, groups: ClaimGroup[]): Promise<void> {
  await db.deleteFrom("claim_group").where("corpus_id", "=", corpusId).execute();
  await db
    .updateTable("claim")
    .set({ group_key: null, suggested_verdict: null })
    .where("corpus_id", "=", corpusId)
    .execute();
  for (const [position, g] of groups.entries()) {
    await db
      .insertInto("claim_group")
      .values({
        corpus_id: corpusId,
        key: g.key,
        label: g.label,
        category: g.category,
        assessment: g.assessment,
        reason: g.reason,
        conflicts_json: JSON.stringify(g.conflicts),
        position,
      })
      .execute();
    if (g.claimIds.length) {
      await db
        .updateTable("claim")
        .set({ group_key: g.key })
        .where("corpus_id", "=", corpusId)
        .where("id", "in", g.claimIds)
        .execute();
    }
    // Claims that share a suggestion are updated together: a handful of statements per group.
    const bySuggestion = new Map<string, number[]>();
    for (const id of g.claimIds) {
      const s = g.suggestedVerdicts[id];
      if (s) bySuggestion.set(s, [...(bySuggestion.get(s) ?? []), id]);
    }
    for (const [suggestion, ids] of bySuggestion) {
      await db.updateTable("claim").set({ suggested_verdict: suggestion }).where("id", "in", ids).execute();
    }
  }
}

export async function listGroups(db: DB, corpusId: number): Promise<GroupView[]> {
  const [groups, members] = await Promise.all([
    db.selectFrom("claim_group").selectAll().where("corpus_id", "=", corpusId).orderBy("position").execute(),
    db
      .selectFrom("claim")
      .select(["id", "group_key"])
      .where("corpus_id", "=", corpusId)
      .where("group_key", "is not", null)
      .orderBy("source_id")
      .orderBy("position")
      .execute(),
  ]);
  const idsByKey = new Map<string, number[]>();
  for (const m of members) idsByKey.set(m.group_key!, [...(idsByKey.get(m.group_key!) ?? []), m.id]);
  return groups.map((g) => ({
    key: g.key,
    label: g.label,
    category: g.category as Category,
    assessment: g.assessment as ClaimGroup["assessment"],
    reason: g.reason,
    conflicts: parseJson<Array<[number, number]>>(g.conflicts_json, []),
    claimIds: idsByKey.get(g.key) ?? [],
    position: g.position,
  }));
}

export async function getGroup(db: DB, corpusId: number, key: string): Promise<GroupView | undefined> {
  return (await listGroups(db, corpusId)).find((g) => g.key === key);
}
