// A claim's verdict when several reviewers judge it (docs/decisions/003-team-review.md): pure, so that the
// database layer, the routes and the exports all derive it the same way from the append-only history.
import type { Verdict } from "~/pipeline/types";

export type EvidenceItem =
  | { kind: "url"; url: string }
  | { kind: "quote"; text: string }
  | { kind: "claim"; claimId: number };

/** One row of the verdict history, as read from the database. */
export interface ReviewRow {
  id: number;
  claimId: number;
  /** "u<userId>" for an account, "r<reviewerId>" for a name-only reviewer from before accounts. */
  reviewerKey: string;
  reviewer: string;
  userId: number | null;
  verdict: Verdict | null;
  previousVerdict: Verdict | null;
  adjudicated: boolean;
  note: string | null;
  evidence: string | null;
  evidenceItems: EvidenceItem[];
  createdAt: string;
}

/** One reviewer's current verdict on a claim: their newest row that is not an adjudication. */
export interface ReviewerVerdict {
  reviewerKey: string;
  reviewer: string;
  userId: number | null;
  verdict: Verdict;
  note: string | null;
  evidence: string | null;
  at: string;
}

export interface ClaimVerdictState {
  /** The claim's verdict: the adjudication if any, else the reviewers' verdict when they all agree, else
   * "contested" (shown as "reviewers disagree"), else null. */
  verdict: Verdict | null;
  adjudicated: boolean;
  /** Reviewers gave different verdicts (whether or not an owner has adjudicated since). */
  disagreement: boolean;
  reviewer: string | null;
  note: string | null;
  evidence: string | null;
  reviewedAt: string | null;
  reviews: ReviewerVerdict[];
  /** Blind review: the verdicts of others are withheld from this viewer until they give their own. */
  hidden: boolean;
}

export const EMPTY_STATE: ClaimVerdictState = {
  verdict: null,
  adjudicated: false,
  disagreement: false,
  reviewer: null,
  note: null,
  evidence: null,
  reviewedAt: null,
  reviews: [],
  hidden: false,
};

/** Each reviewer's newest non-adjudication row with a verdict (a cleared verdict removes the reviewer). */
export function currentReviews(rows: ReviewRow[]): ReviewerVerdict[] {
  const newest = new Map<string, ReviewRow>();
  for (const r of [...rows].sort((a, b) => a.id - b.id)) if (!r.adjudicated) newest.set(r.reviewerKey, r);
  return [...newest.values()]
    .filter((r) => r.verdict !== null)
    .sort((a, b) => a.id - b.id)
    .map((r) => ({ reviewerKey: r.reviewerKey, reviewer: r.reviewer, userId: r.userId, verdict: r.verdict!, note: r.note, evidence: r.evidence, at: r.createdAt }));
}

/** The rows of one claim, in any order, to its state. */
export function resolveClaimVerdict(rows: ReviewRow[]): ClaimVerdictState {
  if (rows.length === 0) return EMPTY_STATE;
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const reviews = currentReviews(sorted);
  const disagreement = new Set(reviews.map((r) => r.verdict)).size > 1;
  const adjudication = sorted.filter((r) => r.adjudicated).at(-1);
  if (adjudication && adjudication.verdict !== null) {
    return {
      verdict: adjudication.verdict,
      adjudicated: true,
      disagreement,
      reviewer: adjudication.reviewer,
      note: adjudication.note,
      evidence: adjudication.evidence,
      reviewedAt: adjudication.createdAt,
      reviews,
      hidden: false,
    };
  }
  if (reviews.length === 0) return { ...EMPTY_STATE, reviews };
  const newest = reviews.reduce((a, b) => (a.at >= b.at ? a : b));
  if (!disagreement) {
    return {
      verdict: reviews[0].verdict,
      adjudicated: false,
      disagreement: false,
      reviewer: reviews.map((r) => r.reviewer).join(", "),
      note: newest.note,
      evidence: newest.evidence,
      reviewedAt: newest.at,
      reviews,
      hidden: false,
    };
  }
  return {
    verdict: "contested",
    adjudicated: false,
    disagreement: true,
    reviewer: reviews.map((r) => r.reviewer).join(", "),
    note: null,
    evidence: null,
    reviewedAt: newest.at,
    reviews,
    hidden: false,
  };
}

/** Who is looking: blind review withholds others' verdicts from a reviewer who has not given their own. */
export interface Viewer {
  userId: number;
  /** Owners, and everyone when blind review is off, see every verdict. */
  seesAll: boolean;
}

export function hasOwnVerdict(state: ClaimVerdictState, viewer: Viewer): boolean {
  return state.reviews.some((r) => r.userId === viewer.userId);
}

export function maskForViewer(state: ClaimVerdictState, viewer: Viewer | null | undefined): ClaimVerdictState {
  if (!viewer || viewer.seesAll || hasOwnVerdict(state, viewer)) return state;
  if (state.reviews.length === 0 && !state.adjudicated) return state;
  return { ...EMPTY_STATE, hidden: true };
}

/** "supported", or "reviewers disagree" when the claim's verdict comes from a disagreement. */
export function verdictWords(state: Pick<ClaimVerdictState, "verdict" | "disagreement" | "adjudicated">): string {
  if (!state.verdict) return "unreviewed";
  if (state.disagreement && !state.adjudicated) return "reviewers disagree";
  return state.verdict + (state.adjudicated ? " (adjudicated)" : "");
}
