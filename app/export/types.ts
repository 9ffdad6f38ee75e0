// The JSON export contract of DESIGN.md. Every export format (JSON, CSV, Markdown, ClaimReview) is rendered
// from this one object, so the formats cannot drift apart.
import type { Assessment, Category, ClaimValue, Verdict } from "~/pipeline/types";

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
}
