import { Link } from "@remix-run/react";
import type { Verdict } from "~/pipeline/types";
import type { VerdictHistoryEntry } from "../../db/verdicts";
import type { EvidenceItem, ReviewerVerdict } from "~/review/verdicts";
import { VerdictBadge } from "./Badges";

/** A history row as the pages receive it (the account id stays on the server). */
export type HistoryEntry = Omit<VerdictHistoryEntry, "userId">;

/** Evidence as inert text and links: URLs only ever http(s) (checked when stored), claims within the corpus. */
export function EvidenceList({ items, slug }: { items: EvidenceItem[]; slug: string }) {
  if (!items.length) return null;
  return (
    <ul className="evidence-list">
      {items.map((e, i) => (
        <li key={i}>
          {e.kind === "url" && /^https?:\/\//i.test(e.url) ? (
            <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
              {e.url}
            </a>
          ) : e.kind === "quote" ? (
            <q>{e.text}</q>
          ) : e.kind === "claim" ? (
            <Link to={`/c/${slug}/claims/${e.claimId}`}>claim #{e.claimId}</Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Who, when, from, to: the append-only history, newest first. */
export function VerdictHistory({ history, slug }: { history: HistoryEntry[]; slug: string }) {
  if (!history.length) return <p className="empty">No verdict yet.</p>;
  return (
    <ol className="history" data-testid="verdict-history">
      {history.map((h) => (
        <li key={h.id}>
          <strong>{h.reviewer}</strong>
          {h.adjudicated ? <span className="adjudicated">adjudicated</span> : null}, {new Date(h.createdAt).toLocaleString("en-GB")}:{" "}
          {h.previousVerdict ?? "none"} → {h.verdict ?? "cleared"}
          {h.note ? ` — ${h.note}` : ""}
          <EvidenceList items={h.evidenceItems} slug={slug} />
        </li>
      ))}
    </ol>
  );
}

/** The claim's verdict with who gave it, "reviewers disagree" and the adjudication mark. */
export function VerdictSummary({
  claim,
  compact = false,
}: {
  claim: { verdict: Verdict | null; reviewer: string | null; note?: string | null; adjudicated: boolean; disagreement: boolean; hidden: boolean };
  /** In a table: a short word instead of the sentence. */
  compact?: boolean;
}) {
  if (claim.hidden) {
    return compact ? (
      <span className="muted" title="Blind review: others' verdicts show once you have given yours.">
        hidden until you judge it
      </span>
    ) : (
      <span className="muted">Blind review: others' verdicts show once you have given yours.</span>
    );
  }
  if (claim.disagreement && !claim.adjudicated) {
    return (
      <>
        <VerdictBadge verdict={claim.verdict} />
        <span className="disagree">reviewers disagree</span>
      </>
    );
  }
  return (
    <>
      <VerdictBadge verdict={claim.verdict} />
      {claim.adjudicated ? <span className="adjudicated">adjudicated</span> : null}
      {claim.reviewer ? ` by ${claim.reviewer}` : ""}
      {claim.note ? ` — ${claim.note}` : ""}
    </>
  );
}

/** Every reviewer's own verdict on the claim. */
export function ReviewerVerdicts({ reviews }: { reviews: ReviewerVerdict[] }) {
  if (reviews.length < 2) return null;
  return (
    <ul className="reviewer-verdicts" aria-label="Each reviewer's verdict">
      {reviews.map((r) => (
        <li key={r.reviewerKey}>
          {r.reviewer}: <VerdictBadge verdict={r.verdict} />
          {r.note ? ` — ${r.note}` : ""}
        </li>
      ))}
    </ul>
  );
}
