// Kysely's view of the database. Column names are snake_case as stored; JSON columns hold the value shapes of
// DESIGN.md as text so that SQLite and PostgreSQL store them alike.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

export interface CorpusTable {
  id: Generated<number>;
  name: string;
  /** URL-safe, unique: the corpus's address in the app and its name on the command line. */
  slug: string;
  created_at: ColumnType<string, string | undefined, never>;
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

/** Append-only: a claim's current verdict is its newest row. A null verdict records a cleared verdict. */
export interface VerdictTable {
  id: Generated<number>;
  claim_id: number;
  reviewer_id: number;
  verdict: string | null;
  note: string | null;
  evidence: string | null;
  created_at: string;
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
