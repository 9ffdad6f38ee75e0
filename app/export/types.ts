// The JSON export contract of DESIGN.md. Every export format (JSON, CSV, Markdown, ClaimReview) is rendered
// from this one object, so the formats cannot drift apart.
import type { Assessment, Category, ClaimValue, Verdict } from "~/pipeline/types";
import type { AgreementReport } from "~/review/agreement";
import type { EvidenceItem } from "~/review/verdicts";

export interface ExportSource {
  id: number;
  title: string;
  origin: string;
  text: string;
  author: string | null;
  date: string | null;
}

export interface ExportClaim {
  id: number;
  sourceId: number;
  text: string;
  start: number;
  end: number;
  category: Category;
  value: ClaimValue | null;
  hedges: string[];
  subject: string | null;
  groupKey: string | null;
  verdict: Verdict | null;
  suggestedVerdict: Verdict | null;
  /** The current verdict's reviewer, note and evidence (null when unreviewed). */
  reviewer: string | null;
  note: string | null;
  evidence: string | null;
  reviewedAt: string | null;
  // The team-review fields below are optional only so that hand-built fixtures stay valid; buildCorpusExport
  // always sets them.
  /** The verdict is an owner's adjudication: final. */
  adjudicated?: boolean;
  /** Reviewers gave different verdicts (the verdict is then "contested" unless adjudicated). */
  disagreement?: boolean;
  /** Every reviewer's current verdict on the claim. */
  reviewerVerdicts?: Array<{ reviewer: string; verdict: Verdict }>;
}

/** One row of the verdict history: who, when, from, to. */
export interface ExportReview {
  claimId: number;
  reviewer: string;
  /** The reviewer's role in the corpus now; null for a name-only reviewer from before accounts. */
  role: "owner" | "reviewer" | "viewer" | null;
  verdict: Verdict | null;
  previousVerdict: Verdict | null;
  note: string | null;
  evidence: EvidenceItem[];
  time: string;
  adjudicated: boolean;
}

export interface ExportGroup {
  key: string;
  label: string;
  category: Category;
  assessment: Assessment;
  reason: string;
  claimIds: number[];
  conflicts: Array<[number, number]>;
}

export interface CorpusExport {
  corpus: { name: string };
  exportedAt: string;
  sources: ExportSource[];
  claims: ExportClaim[];
  groups: ExportGroup[];
  /** Every verdict in the history, oldest first (under blind review, only what the exporting user may see). */
  reviews?: ExportReview[];
  /** Cohen's kappa (two reviewers) or Fleiss' kappa (more), per corpus and per category, with the confusion table. */
  agreement?: AgreementReport;
}
