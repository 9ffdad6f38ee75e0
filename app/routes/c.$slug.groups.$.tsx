import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { listSourceTexts } from "../../db/charts";
import { getGroup, listClaims } from "../../db/claims";
import { requireCorpusRole } from "~/auth.server";
import { AssessmentBadge, CategoryBadge } from "~/components/Badges";
import groupStyles from "~/components/group.css?url";
import { VerdictForm } from "~/components/VerdictForm";
import { ReviewerVerdicts, VerdictSummary } from "~/components/VerdictHistory";
import { getDb } from "~/db.server";
import { formatValue } from "~/pipeline/grouping/format";
import { verdictAction } from "~/verdict.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: groupStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.group.label}: Claimscope` : "Group" }];

/** How many characters of the source to show on each side of a quote, cut back to a whole word. */
const CONTEXT_CHARS = 160;

/** The text around a quote: up to CONTEXT_CHARS either side, never starting or ending inside a word. */
function quoteContext(text: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const space = text.slice(end, to).search(/\s\S*$/);
    if (space >= 0) to = end + space;
  }
  return {
    before: text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}

/** The group key from the URL: everything after /groups/ (keys hold slashes). */
function groupKeyOf(params: LoaderFunctionArgs["params"]): string {
  return (params["*"] ?? "").replace(/\/+$/, "");
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, user, role, viewer } = await requireCorpusRole(request, params.slug, "viewer");
  const key = groupKeyOf(params);
  const db = await getDb();
  const group = key ? await getGroup(db, corpus.id, key) : undefined;
  if (!group) throw new Response(`No group "${key}" in ${corpus.name}. The groups are recomputed on each import; pick one from the list.`, { status: 404 });
  const { claims } = await listClaims(db, { corpusId: corpus.id, groupKey: group.key, viewer });
  const texts = await listSourceTexts(db, corpus.id, claims.map((c) => c.sourceId));
  const inConflict = new Set(group.conflicts.flat());
  const sources = texts.map((s) => ({
    id: s.id,
    title: s.title.trim() || s.origin,
    origin: s.origin,
    claims: claims
      .filter((c) => c.sourceId === s.id)
      .map((c) => ({
        id: c.id,
        text: c.text,
        context: quoteContext(s.text, c.start, c.end),
        valueText: c.value ? formatValue(c.value) : null,
        hedges: c.hedges,
        verdict: c.verdict,
        reviewer: c.reviewer,
        note: c.note,
        adjudicated: c.adjudicated,
        disagreement: c.disagreement,
        hidden: c.hidden,
        reviews: c.reviews,
        version: c.version,
        myVerdict: c.reviews.find((r) => r.userId === user.id)?.verdict ?? null,
        suggestedVerdict: c.suggestedVerdict,
        inConflict: inConflict.has(c.id),
      })),
  }));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const describe = (id: number) => {
    const c = byId.get(id);
    return c ? { id, source: c.sourceTitle.trim() || c.sourceOrigin, text: c.text, valueText: c.value ? formatValue(c.value) : null } : null;
  };
  return json({
    corpus: { slug: corpus.slug, name: corpus.name },
    group: { key: group.key, label: group.label, category: group.category, assessment: group.assessment, reason: group.reason },
    conflicts: group.conflicts
      .map(([a, b]) => [describe(a), describe(b)] as const)
      .filter((pair): pair is readonly [NonNullable<ReturnType<typeof describe>>, NonNullable<ReturnType<typeof describe>>] => !!pair[0] && !!pair[1]),
    sources,
    me: { name: user.name, canReview: role !== "viewer" },
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return verdictAction(request, params.slug, `/c/${params.slug}/groups/${groupKeyOf(params)}`);
}

export default function GroupPage() {
  const { corpus, group, conflicts, sources, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const here = `/c/${corpus.slug}/groups/${group.key.split("/").map(encodeURIComponent).join("/")}`;
  const claimCount = sources.reduce((n, s) => n + s.claims.length, 0);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Group">
        <Link to={`/c/${corpus.slug}/groups`}>Where sources disagree</Link> › {group.label}
      </nav>
      <h2 data-testid="group-question">{group.label}</h2>
      <p className="row" style={{ alignItems: "center", gap: "0.5rem" }}>
        <span style={{ flex: "0 0 auto" }}>
          <CategoryBadge category={group.category} /> <AssessmentBadge assessment={group.assessment} />
        </span>
        <span className="muted" style={{ flex: "1 1 auto" }}>
          {claimCount} claim{claimCount === 1 ? "" : "s"} from {sources.length} source{sources.length === 1 ? "" : "s"}
        </span>
      </p>
      <section className="card" aria-labelledby="reason-heading">
        <h3 id="reason-heading" style={{ marginTop: 0 }}>
          Why
        </h3>
        <p data-testid="group-reason">{group.reason || <span className="empty">No reason was recorded for this group.</span>}</p>
        {conflicts.length ? (
          <>
            <h4>Claims that cannot both hold</h4>
            <ul className="conflict-pairs" data-testid="conflict-pairs">
              {conflicts.map(([a, b]) => (
                <li key={`${a.id}-${b.id}`}>
                  <a href={`#claim-${a.id}`}>{a.source}</a>: “{a.text}”{a.valueText ? ` (${a.valueText})` : ""} <strong>versus</strong>{" "}
                  <a href={`#claim-${b.id}`}>{b.source}</a>: “{b.text}”{b.valueText ? ` (${b.valueText})` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <h3>What each source says</h3>
      {me.canReview ? null : <p className="muted">You can read and export this corpus; giving verdicts needs the reviewer role.</p>}
      {sources.length === 0 ? (
        <p className="empty">No claims are in this group any more; it will go at the next import.</p>
      ) : (
        <div className="group-sources">
          {sources.map((s) => (
            <section key={s.id} className="card" data-testid="source-card" aria-labelledby={`source-${s.id}`}>
              <h4 id={`source-${s.id}`}>
                <Link to={`/c/${corpus.slug}/sources/${s.id}`}>{s.title}</Link>
              </h4>
              <p className="muted" style={{ marginTop: 0, fontSize: "0.85rem", overflowWrap: "anywhere" }}>
                {s.origin}
              </p>
              {s.claims.map((c) => (
                <article
                  key={c.id}
                  id={`claim-${c.id}`}
                  className={`group-claim${c.inConflict ? " in-conflict" : ""}`}
                  data-testid="group-claim"
                  aria-label={`Claim ${c.id} from ${s.title}`}
                >
                  <blockquote className="quote">
                    {c.context.clippedStart ? "…" : ""}
                    {c.context.before}
                    <mark className={`cat-${group.category}`}>{c.context.quote}</mark>
                    {c.context.after}
                    {c.context.clippedEnd ? "…" : ""}
                  </blockquote>
                  <dl>
                    <dt>Value</dt>
                    <dd>{c.valueText ?? "—"}</dd>
                    <dt>Hedges</dt>
                    <dd>{c.hedges.length ? c.hedges.map((h) => `“${h}”`).join(", ") : "none"}</dd>
                    <dt>Verdict</dt>
                    <dd data-testid="claim-verdict">
                      <VerdictSummary claim={c} />
                    </dd>
                  </dl>
                  <ReviewerVerdicts reviews={c.reviews} />
                  {c.inConflict ? <p className="field-error">In conflict with another source’s claim.</p> : null}
                  <p style={{ margin: "0.25rem 0" }}>
                    <Link to={`/c/${corpus.slug}/claims/${c.id}`}>Claim page and history</Link>
                  </p>
                  {me.canReview ? (
                    <VerdictForm
                      claimId={c.id}
                      current={c.myVerdict}
                      suggested={c.suggestedVerdict}
                      version={c.version}
                      reviewer={me.name}
                      redirectTo={`${here}#claim-${c.id}`}
                      errors={actionData?.claimId === c.id ? actionData.errors : null}
                      conflictVersion={actionData?.claimId === c.id ? actionData.conflict?.version : null}
                    />
                  ) : null}
                </article>
              ))}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
