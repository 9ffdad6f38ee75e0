import type { Assessment, Category, Verdict } from "~/pipeline/types";
import { ASSESSMENT_LABELS, CATEGORY_LABELS, VERDICT_LABELS } from "./labels";

export function CategoryBadge({ category }: { category: Category }) {
  return <span className={`cat cat-${category}`}>{CATEGORY_LABELS[category] ?? category}</span>;
}

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return <span className="verdict verdict-none">unreviewed</span>;
  return <span className={`verdict verdict-${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}

export function AssessmentBadge({ assessment }: { assessment: Assessment }) {
  return <span className={`assessment assessment-${assessment}`}>{ASSESSMENT_LABELS[assessment]}</span>;
}
