// Words the UI shows for the pipeline's codes; one place so that every page says the same.
import type { Assessment, Category, Verdict } from "~/pipeline/types";

export const CATEGORY_LABELS: Record<Category, string> = {
  efficacy: "Efficacy",
  origin_date: "Origin date",
  practitioner_count: "Practitioner count",
  founder: "Founder",
  recognition: "Recognition",
  protocol: "Protocol",
  safety: "Safety",
  other: "Other",
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: "Supported",
  contested: "Contested",
  contradicted: "Contradicted",
};

export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  consistent: "Consistent",
  divergent: "Divergent",
  conflicting: "Conflicting",
  single: "Single source",
};
