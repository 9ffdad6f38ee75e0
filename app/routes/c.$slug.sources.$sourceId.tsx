import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { listSourceClaims } from "../../db/claims";
import { getSource } from "../../db/sources";
import { verdictHistory } from "../../db/verdicts";
import { CategoryBadge, VerdictBadge } from "~/components/Badges";
import { highlightRuns } from "~/components/highlight";
import { readingText } from "~/components/reading-text";
import { CATEGORY_LABELS } from "~/components/labels";
import { VerdictForm } from "~/components/VerdictForm";
import { ReviewerVerdicts, VerdictHistory, VerdictSummary } from "~/components/VerdictHistory";
import { requireCorpusRole } from "~/auth.server";
import { requireId } from "~/corpus.server";
import { getDb } from "~/db.server";
import { formatValue } from "~/pipeline/grouping/format";
import { CATEGORIES } from "~/pipeline/types";
import { verdictAction } from "~/verdict.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.source.title}: Claimscope` : "Source" }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, user, role, viewer } = await requireCorpusRole(request, params.slug, "viewer");
  const sourceId = requireId(params.sourceId, "Source");
  const db = await getDb();
  const source = await getSource(db, sourceId);
  if (!source || source.corpus_id !== corpus.id) throw new Response(`No source ${sourceId} in ${corpus.name}.`, { status: 404 });
  const claims = await listSourceClaims(db, source.id, viewer);
  const selectedParam = new URL(request.url).searchParams.get("claim");
  const selected = claims.find((c) => String(c.id) === selectedParam) ?? null;
  const reading = readingText(source.text, source.format, claims);
  return json({
    corpus: { name: corpus.name, slug: corpus.slug },
    source: { id: source.id, title: source.title, origin: source.origin, format: source.format, author: source.author, published: source.published },
    reading,
    claims,
    selected,
    history: selected ? await verdictHistory(db, selected.id, viewer) : [],
    me: { name: user.name, canReview: role !== "viewer", verdict: selected?.reviews.find((r) => r.userId === user.id)?.verdict ?? null },
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return verdictAction(request, params.slug, `/c/${params.slug}/sources/${params.sourceId}`);
}

export default function SourcePage() {
  const { corpus, source, reading, claims, selected, history, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const runs = highlightRuns(reading.text.length, reading.spans);
  const selectedSpan = selected ? reading.spans.find((s) => s.id === selected.id) : undefined;
  const selectedQuote = selectedSpan ? reading.text.slice(selectedSpan.start, selectedSpan.end) : null;
  const here = `/c/${corpus.slug}/sources/${source.id}`;
  const present = new Set(claims.map((c) => c.category));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Source">
        <Link to={`/c/${corpus.slug}`}>Sources</Link> › {source.title}
      </nav>
      <h2>{source.title}</h2>
      <p className="muted">
        {source.origin}
        {source.author ? ` · ${source.author}` : ""}
        {source.published ? ` · ${source.published}` : ""} · {claims.length} claims
      </p>
      <div className="legend" aria-label="Categories">
        {CATEGORIES.filter((c) => present.has(c)).map((c) => (
          <CategoryBadge key={c} category={c} />
        ))}
      </div>
      <div className="source-layout">
        <article className="card source-text" aria-label="Source text with claims highlighted" data-testid="source-text">
          {runs.map((run) => {
            const piece = reading.text.slice(run.start, run.end);
            if (run.claimIds.length === 0) return <span key={run.start}>{piece}</span>;
            const claim = byId.get(selected && run.claimIds.includes(selected.id) ? selected.id : run.claimIds[0])!;
            return (
              <mark
                key={run.start}
                className={`cat-${claim.category}${selected && run.claimIds.includes(selected.id) ? " selected" : ""}`}
                data-claim-ids={run.claimIds.join(" ")}
              >
                <Link
                  to={`${here}?claim=${claim.id}`}
                  preventScrollReset
                  title={`${CATEGORY_LABELS[claim.category]}${claim.value ? `: ${formatValue(claim.value)}` : ""}`}
                >
                  {piece}
                </Link>
              </mark>
            );
          })}
        </article>
        <aside className="card claim-panel" aria-label="Selected claim">
          {selected ? (
            <>
              <h3 style={{ marginTop: 0 }}>
                <CategoryBadge category={selected.category} /> Claim {selected.id}
              </h3>
              <blockquote className="quote">{selectedQuote ?? selected.text}</blockquote>
              <dl>
                <dt>Value</dt>
                <dd>{selected.value ? formatValue(selected.value) : "—"}</dd>
                <dt>Hedges</dt>
                <dd>{selected.hedges.length ? selected.hedges.map((h) => `“${h}”`).join(", ") : "none"}</dd>
                <dt>Verdict</dt>
                <dd data-testid="current-verdict">
                  <VerdictSummary claim={selected} />
                </dd>
              </dl>
              <p>
                <Link to={`/c/${corpus.slug}/claims/${selected.id}`}>Claim page and its group</Link>
              </p>
              <ReviewerVerdicts reviews={selected.reviews} />
              {me.canReview ? (
                <VerdictForm
                  claimId={selected.id}
                  current={me.verdict}
                  suggested={selected.suggestedVerdict}
                  version={selected.version}
                  reviewer={me.name}
                  redirectTo={`${here}?claim=${selected.id}`}
                  errors={actionData?.claimId === selected.id ? actionData.errors : null}
                  conflictVersion={actionData?.claimId === selected.id ? actionData.conflict?.version : null}
                />
              ) : (
                <p className="muted">You can read and export this corpus; giving verdicts needs the reviewer role.</p>
              )}
              {history.length ? (
                <>
                  <h4>History</h4>
                  <VerdictHistory history={history} slug={corpus.slug} />
                </>
              ) : null}
            </>
          ) : claims.length ? (
            <p className="empty">Select a highlighted passage to see its claim, value and verdict.</p>
          ) : (
            <p className="empty">No checkable claim was found in this text.</p>
          )}
        </aside>
      </div>
    </>
  );
}
