// The shapes that cross the pipeline's boundary. Value shapes follow DESIGN.md exactly: the database, the JSON
// export and the gold files all hold these same objects.

export const CATEGORIES = [
  "efficacy",
  "origin_date",
  "practitioner_count",
  "founder",
  "recognition",
  "protocol",
  "safety",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ASSESSMENTS = ["consistent", "divergent", "conflicting", "single"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const VERDICTS = ["supported", "contested", "contradicted"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** "early 1950's" is { min: 1950, max: 1953, approx: true }; 3600 BC is -3600. */
export interface YearValue {
  kind: "year";
  min: number;
  max: number;
  approx: boolean;
}

/** "more than 15,000 practitioners in France": max null means open-ended. */
export interface CountValue {
  kind: "count";
  min: number;
  max: number | null;
  approx: boolean;
  qualifier?: string | null;
  unit?: string | null;
  scope?: string | null;
  /** The period a rate is counted over ("13,000 patients a year": "year"); absent or null for a plain count. */
  per?: string | null;
}

/** "between 0,16 and 0,51 inches": unit is normalised ("in", "mm", "min", "%"). */
export interface QuantityValue {
  kind: "quantity";
  min: number;
  max: number | null;
  unit: string;
  approx?: boolean;
  qualifier?: string | null;
}

/** A name as written, titles ("Dr.", "doctor") dropped, initials kept. */
export interface PersonValue {
  kind: "person";
  name: string;
}

export interface StanceValue {
  kind: "stance";
  polarity: "pro" | "con";
  hedged: boolean;
}

export type ClaimValue = YearValue | CountValue | QuantityValue | PersonValue | StanceValue;

/** Half-open [start, end) in JavaScript string offsets of the source's stored text. */
export interface Span {
  start: number;
  end: number;
}

export type SourceFormat = "text" | "markdown" | "html";

/** One atomic claim as the pipeline finds it. `text` is its normalised wording (pronouns resolved);
 * `storedText.slice(start, end)` is always its exact quote. */
export interface ExtractedClaim extends Span {
  text: string;
  category: Category;
  value: ClaimValue | null;
  hedges: string[];
  subject: string | null;
  /** The sub-proposition inside the category that grouping keys on: "origin" vs "precursor" vs "naming"
   * for dates, the scope of a session count, the outcome of an efficacy claim. Null when none applies. */
  facet: string | null;
  /** 0..1: how sure the rules are that this is a checkable claim of this category. */
  confidence: number;
}

/** What the cleaning step could read off the page itself (a byline, a title). */
export interface SourceMetadata {
  title: string | null;
  author: string | null;
  date: string | null;
}

export interface PipelineResult {
  claims: ExtractedClaim[];
  metadata: SourceMetadata;
  /** The main subject(s) the text speaks of, most central first. */
  subjects: string[];
}

// ---- grouping and assessment (the corpus-level steps) ----

/** A stored claim as grouping sees it: the pipeline's fields plus where it lives. */
export interface GroupableClaim {
  id: number;
  sourceId: number;
  /** How the reason text names the source (its title, or its file name). */
  sourceLabel: string;
  text: string;
  category: Category;
  value: ClaimValue | null;
  hedges: string[];
  subject: string | null;
  facet: string | null;
}

export interface ClaimGroup {
  key: string;
  /** The question a person would ask: "How many practitioners use cupping?" */
  label: string;
  category: Category;
  assessment: Assessment;
  /** One or two plain sentences naming the sources and their values. */
  reason: string;
  claimIds: number[];
  /** Pairs of claim ids that cannot both hold. */
  conflicts: Array<[number, number]>;
  /** The verdict each claim's group suggests; never stored as a reviewer's verdict. */
  suggestedVerdicts: Record<number, Verdict | null>;
}
