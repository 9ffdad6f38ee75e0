import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { getClaim, getGroup, listClaims } from "../../db/claims";
import { getSource } from "../../db/sources";
import { verdictHistory } from "../../db/verdicts";
import { AssessmentBadge, CategoryBadge, VerdictBadge } from "~/components/Badges";
import { VerdictForm } from "~/components/VerdictForm";
import { ReviewerVerdicts, VerdictHistory, VerdictSummary } from "~/components/VerdictHistory";
import { requireCorpusRole } from "~/auth.server";
import { requireId } from "~/corpus.server";
import { getDb } from "~/db.server";
import { formatValue } from "~/pipeline/grouping/format";
import { verdictAction } from "~/verdict.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Claim ${data.claim.id}: Claimscope` : "Claim" }];

/** How many characters of the source to show on each side of the quote. */
const CONTEXT_CHARS = 240;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, user, role, viewer } = await requireCorpusRole(request, params.slug, "viewer");
  const claimId = requireId(params.claimId, "Claim");
  const db = await getDb();
  const claim = await getClaim(db, claimId, viewer);
  if (!claim || claim.corpusId !== corpus.id) throw new Response(`No claim ${claimId} in ${corpus.name}.`, { status: 404 });
  const source = (await getSource(db, claim.sourceId))!;
  const group = claim.groupKey ? await getGroup(db, corpus.id, claim.groupKey) : undefined;
  const siblings = group ? (await listClaims(db, { corpusId: corpus.id, groupKey: group.key, viewer })).claims.filter((c) => c.id !== claim.id) : [];
  const before = source.text.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start);
  const after = source.text.slice(claim.end, claim.end + CONTEXT_CHARS);
  return json({
    corpus: { slug: corpus.slug },
    claim: { ...claim, valueText: claim.value ? formatValue(claim.value) : null },
    context: { before, quote: source.text.slice(claim.start, claim.end), after, clippedStart: claim.start > CONTEXT_CHARS, clippedEnd: claim.end + CONTEXT_CHARS < source.text.length },
    group: group ? { key: group.key, label: group.label, assessment: group.assessment, reason: group.reason } : null,
    siblings: siblings.map((s) => ({ id: s.id, text: s.text, sourceTitle: s.sourceTitle, valueText: s.value ? formatValue(s.value) : null, verdict: s.verdict, hidden: s.hidden })),
    history: await verdictHistory(db, claim.id, viewer),
    me: { name: user.name, canReview: role !== "viewer", verdict: claim.reviews.find((r) => r.userId === user.id)?.verdict ?? null },
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return verdictAction(request, params.slug, `/c/${params.slug}/claims/${params.claimId}`);
}

export default function ClaimPage() {
  const { corpus, claim, context, group, siblings, history, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="source-layout">
      <section>
        <h2>
          <CategoryBadge category={claim.category} /> {claim.text}
        </h2>
        <p className="muted">
          From <Link to={`/c/${corpus.slug}/sources/${claim.sourceId}?claim=${claim.id}`}>{claim.sourceTitle}</Link> ({claim.sourceOrigin}), characters {claim.start}–{claim.end}
        </p>
        <blockquote className="quote card">
          {context.clippedStart ? "…" : ""}
          {context.before}
          <mark className={`cat-${claim.category}`}>{context.quote}</mark>
          {context.after}
          {context.clippedEnd ? "…" : ""}
        </blockquote>
        <dl>
          <dt>Value</dt>
          <dd>{claim.valueText ?? "—"}</dd>
          <dt>Hedges</dt>
          <dd>{claim.hedges.length ? claim.hedges.map((h) => `“${h}”`).join(", ") : "none"}</dd>
          <dt>Subject</dt>
          <dd>{claim.subject ?? "—"}</dd>
        </dl>
        {group ? (
          <section className="card">
            <h3 style={{ marginTop: 0 }}>
              {group.label} <AssessmentBadge assessment={group.assessment} />
            </h3>
            <p>{group.reason}</p>
            {siblings.length ? (
              <ul>
                {siblings.map((s) => (
                  <li key={s.id}>
                    <Link to={`/c/${corpus.slug}/claims/${s.id}`}>{s.text}</Link> <span className="muted">({s.sourceTitle}{s.valueText ? `: ${s.valueText}` : ""})</span>{" "}
                    {s.hidden ? null : <VerdictBadge verdict={s.verdict} />}
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              <Link to={`/c/${corpus.slug}/groups/${group.key}`}>Open the group</Link>
            </p>
          </section>
        ) : null}
      </section>
      <aside className="card claim-panel">
        <h3 style={{ marginTop: 0 }}>Verdict</h3>
        <p data-testid="current-verdict">
          <VerdictSummary claim={claim} />
        </p>
        <ReviewerVerdicts reviews={claim.reviews} />
        {me.canReview ? (
          <VerdictForm
            claimId={claim.id}
            current={me.verdict}
            suggested={claim.suggestedVerdict}
            version={claim.version}
            reviewer={me.name}
            redirectTo={`/c/${corpus.slug}/claims/${claim.id}`}
            errors={actionData?.errors}
            conflictVersion={actionData?.conflict?.version}
          />
        ) : (
          <p className="muted">You can read and export this corpus; giving verdicts needs the reviewer role.</p>
        )}
        <h4>History</h4>
        <VerdictHistory history={history} slug={corpus.slug} />
      </aside>
    </div>
  );
}
