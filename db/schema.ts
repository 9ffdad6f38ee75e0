// Kysely's view of the database. Column names are snake_case as stored; JSON columns hold the value shapes of
// DESIGN.md as text so that SQLite and PostgreSQL store them alike.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

export interface CorpusTable {
  id: Generated<number>;
  name: string;
  /** URL-safe, unique: the corpus's address in the app and its name on the command line. */
  slug: string;
  created_at: ColumnType<string, string | undefined, never>;
  /** 1 when reviewers may not see each other's verdicts on a claim before giving their own. */
  blind_review: Generated<number>;
}

export interface SourceTable {
  id: Generated<number>;
  corpus_id: number;
  title: string;
  /** The imported file's name, a URL, or a CSV row's origin column. */
  origin: string;
  format: string;
  /** Exactly as imported, after decoding: every claim span indexes this. */
  text: string;
  /** sha256 of text: unique per corpus, so that re-importing the same content adds nothing. */
  content_hash: string;
  author: string | null;
  published: string | null;
  imported_at: ColumnType<string, string | undefined, never>;
}

export interface ClaimTable {
  id: Generated<number>;
  corpus_id: number;
  source_id: number;
  /** Order of the claim inside its source. */
  position: number;
  span_start: number;
  span_end: number;
  /** Normalised wording (pronouns resolved); the quote is the source text at the span. */
  text: string;
  category: string;
  value_json: string | null;
  hedges_json: string;
  subject: string | null;
  facet: string | null;
  confidence: number;
  group_key: string | null;
  suggested_verdict: string | null;
  /** Bumped with every verdict row: the optimistic check of concurrent reviews. */
  version: Generated<number>;
}

export interface ClaimGroupTable {
  id: Generated<number>;
  corpus_id: number;
  key: string;
  label: string;
  category: string;
  assessment: string;
  reason: string;
  conflicts_json: string;
  position: number;
}

export interface ReviewerTable {
  id: Generated<number>;
  name: string;
  created_at: ColumnType<string, string | undefined, never>;
}

/** Append-only history. Each reviewer's newest row is their verdict on the claim; the newest adjudicated row is
 * the owner's final word (docs/decisions/003-team-review.md). A null verdict records a cleared verdict. */
export interface VerdictTable {
  id: Generated<number>;
  claim_id: number;
  /** The display name's row; every account signs with a reviewer row of its name. */
  reviewer_id: number;
  /** The account that gave it; null for verdicts from before accounts (a name in a cookie, the CLI). */
  user_id: number | null;
  verdict: string | null;
  /** "from": this reviewer's previous verdict on the claim (for an adjudication, the claim's verdict before). */
  previous_verdict: string | null;
  adjudicated: Generated<number>;
  note: string | null;
  /** A readable summary of the evidence. */
  evidence: string | null;
  /** The evidence items as JSON: [{ kind: "url", url } | { kind: "quote", text } | { kind: "claim", claimId }]. */
  evidence_json: string | null;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  /** Lower-cased. */
  email: string;
  name: string;
  /** "scrypt$N$r$p$salt$hash"; never the password. */
  password_hash: string;
  created_at: ColumnType<string, string | undefined, never>;
}

export interface MembershipTable {
  id: Generated<number>;
  corpus_id: number;
  user_id: number;
  /** owner | reviewer | viewer */
  role: string;
  created_at: ColumnType<string, string | undefined, never>;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface Database {
  corpus: CorpusTable;
  source: SourceTable;
  claim: ClaimTable;
  claim_group: ClaimGroupTable;
  reviewer: ReviewerTable;
  verdict: VerdictTable;
  app_meta: AppMetaTable;
  user: UserTable;
  membership: MembershipTable;
}

export type Corpus = Selectable<CorpusTable>;
export type NewCorpus = Insertable<CorpusTable>;
export type Source = Selectable<SourceTable>;
export type NewSource = Insertable<SourceTable>;
export type ClaimRow = Selectable<ClaimTable>;
export type NewClaim = Insertable<ClaimTable>;
export type ClaimUpdate = Updateable<ClaimTable>;
export type ClaimGroupRow = Selectable<ClaimGroupTable>;
export type NewClaimGroup = Insertable<ClaimGroupTable>;
export type Reviewer = Selectable<ReviewerTable>;
export type VerdictRow = Selectable<VerdictTable>;
export type NewVerdict = Insertable<VerdictTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Membership = Selectable<MembershipTable>;
