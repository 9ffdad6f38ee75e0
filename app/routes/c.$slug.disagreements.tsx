import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { listClaims } from "../../db/claims";
import { requireCorpusRole } from "~/auth.server";
import { CategoryBadge, VerdictBadge } from "~/components/Badges";
import { VerdictForm } from "~/components/VerdictForm";
import { verdictAction } from "~/verdict.server";
import { getDb } from "~/db.server";

export const meta: MetaFunction = () => [{ title: "Reviewers disagree: Claimscope" }];

/** The owner's list: claims whose reviewers gave different verdicts, those not yet adjudicated first. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, user } = await requireCorpusRole(request, params.slug, "owner");
  const db = await getDb();
  const { claims } = await listClaims(db, { corpusId: corpus.id });
  const disputed = claims
    .filter((c) => c.disagreement)
    .sort((a, b) => Number(a.adjudicated) - Number(b.adjudicated))
    .map((c) => ({
      id: c.id,
      text: c.text,
      category: c.category,
      sourceId: c.sourceId,
      sourceTitle: c.sourceTitle,
      suggestedVerdict: c.suggestedVerdict,
      version: c.version,
      verdict: c.verdict,
      adjudicated: c.adjudicated,
      adjudicator: c.adjudicated ? c.reviewer : null,
      adjudicationNote: c.adjudicated ? c.note : null,
      reviews: c.reviews,
    }));
  return json({ corpus: { slug: corpus.slug }, me: user.name, disputed });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return verdictAction(request, params.slug, `/c/${params.slug}/disagreements`);
}

export default function DisagreementsPage() {
  const { corpus, me, disputed } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (disputed.length === 0) return <p className="empty">No disagreement: on every claim, the reviewers who judged it agree.</p>;
  return (
    <>
      <p className="muted">
        {disputed.filter((d) => !d.adjudicated).length} of {disputed.length} claims where reviewers disagree await your adjudication. An
        adjudicated verdict is final: it is the claim's verdict whatever the reviewers say afterwards.
      </p>
      {disputed.map((d) => (
        <article key={d.id} className="card" data-testid="disagreement" aria-labelledby={`d-${d.id}`}>
          <h3 id={`d-${d.id}`} style={{ marginTop: 0 }}>
            <CategoryBadge category={d.category} /> <Link to={`/c/${corpus.slug}/claims/${d.id}`}>{d.text}</Link>
          </h3>
          <p className="muted">
            Claim {d.id} · <Link to={`/c/${corpus.slug}/sources/${d.sourceId}?claim=${d.id}`}>{d.sourceTitle}</Link>
          </p>
          <ul aria-label="Each reviewer's verdict">
            {d.reviews.map((r) => (
              <li key={r.reviewerKey}>
                {r.reviewer}: <VerdictBadge verdict={r.verdict} />
                {r.note ? ` — ${r.note}` : ""}
              </li>
            ))}
          </ul>
          {d.adjudicated ? (
            <p data-testid="adjudication">
              Final: <VerdictBadge verdict={d.verdict} />
              <span className="adjudicated">adjudicated</span> by {d.adjudicator}
              {d.adjudicationNote ? ` — ${d.adjudicationNote}` : ""}
            </p>
          ) : null}
          <VerdictForm
            intent="adjudicate"
            claimId={d.id}
            current={d.adjudicated ? d.verdict : null}
            suggested={d.suggestedVerdict}
            version={d.version}
            reviewer={me}
            redirectTo={`/c/${corpus.slug}/disagreements`}
            errors={actionData?.claimId === d.id ? actionData.errors : null}
            conflictVersion={actionData?.claimId === d.id ? actionData.conflict?.version : null}
          />
        </article>
      ))}
    </>
  );
}
