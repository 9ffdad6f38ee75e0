import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { listClaims } from "../../db/claims";
import { getSource, listSources } from "../../db/sources";
import { lastOwnVerdict } from "../../db/verdicts";
import { requireCorpusRole } from "~/auth.server";
import { CategoryBadge } from "~/components/Badges";
import { VERDICT_LABELS } from "~/components/labels";
import { useShortcuts } from "~/components/useShortcuts";
import { getDb } from "~/db.server";
import { formatValue } from "~/pipeline/grouping/format";
import { CATEGORIES, VERDICTS, type Verdict } from "~/pipeline/types";
import { verdictAction } from "~/verdict.server";
import { ClaimFilterFields } from "~/components/ClaimFilterFields";

export const meta: MetaFunction = () => [{ title: "Review queue: Claimscope" }];

const CONTEXT_CHARS = 200;

// Unknown filter values are ignored rather than refused: a stale bookmark still opens.
const filterSchema = z.object({
  category: z.enum(CATEGORIES).optional().catch(undefined),
  source: z.coerce.number().int().positive().optional().catch(undefined),
  claim: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The queue: claims the signed-in reviewer has not judged yet, one at a time, filters in the URL. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, user, viewer } = await requireCorpusRole(request, params.slug, "reviewer");
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filter = filterSchema.parse({ category: search.category || undefined, source: search.source || undefined, claim: search.claim || undefined });
  const db = await getDb();
  const [{ claims }, sources, last] = await Promise.all([
    listClaims(db, { corpusId: corpus.id, category: filter.category, sourceId: filter.source, unreviewedBy: user.id, viewer }),
    listSources(db, corpus.id),
    lastOwnVerdict(db, corpus.id, user.id),
  ]);
  const index = Math.max(0, claims.findIndex((c) => c.id === filter.claim));
  const current = claims[index] ?? null;
  const source = current ? await getSource(db, current.sourceId) : undefined;
  const filters = new URLSearchParams();
  if (filter.category) filters.set("category", filter.category);
  if (filter.source) filters.set("source", String(filter.source));
  const at = (id: number | undefined) => {
    const q = new URLSearchParams(filters);
    if (id !== undefined) q.set("claim", String(id));
    return `/c/${corpus.slug}/queue${q.size ? `?${q}` : ""}`;
  };
  return json({
    corpus: { slug: corpus.slug },
    me: user.name,
    remaining: claims.length,
    position: index + 1,
    current: current && {
      id: current.id,
      text: current.text,
      category: current.category,
      sourceId: current.sourceId,
      sourceTitle: current.sourceTitle,
      valueText: current.value ? formatValue(current.value) : null,
      hedges: current.hedges,
      suggestedVerdict: current.suggestedVerdict,
      version: current.version,
      before: source ? source.text.slice(Math.max(0, current.start - CONTEXT_CHARS), current.start) : "",
      quote: source ? source.text.slice(current.start, current.end) : current.text,
      after: source ? source.text.slice(current.end, current.end + CONTEXT_CHARS) : "",
      clippedStart: current.start > CONTEXT_CHARS,
      clippedEnd: !!source && current.end + CONTEXT_CHARS < source.text.length,
    },
    links: {
      previous: index > 0 ? at(claims[index - 1].id) : null,
      next: index + 1 < claims.length ? at(claims[index + 1].id) : null,
      // after a verdict the claim leaves the queue: carry on with the one after it
      afterVerdict: at(claims[index + 1]?.id),
      afterUndo: at(last?.claimId),
    },
    canUndo: !!last,
    sources: sources.map((s) => ({ id: s.id, title: s.title })),
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return verdictAction(request, params.slug, `/c/${params.slug}/queue`);
}

const SHORTCUTS: Array<[string, string]> = [
  ["j", "next claim"],
  ["k", "previous claim"],
  ["1", "supported"],
  ["2", "contested"],
  ["3", "contradicted"],
  ["a", "accept the suggestion"],
  ["n", "write a note"],
  ["u", "undo your last verdict"],
  ["?", "show these shortcuts"],
];

const VERDICT_KEYS: Record<Verdict, string> = { supported: "1", contested: "2", contradicted: "3" };

export default function QueuePage() {
  const { corpus, me, remaining, position, current, links, canUndo, sources } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  useShortcuts();
  const errors = actionData?.errors ?? null;
  return (
    <>
      <Form method="get" className="row card" aria-label="Filter the queue">
        <ClaimFilterFields idPrefix="q" sources={sources} />
        <button type="submit">Filter</button>
      </Form>

      <details className="card" data-shortcut="?" data-testid="shortcuts">
        <summary>
          Keyboard shortcuts <kbd className="kbd">?</kbd>
        </summary>
        <ul>
          {SHORTCUTS.map(([key, what]) => (
            <li key={key}>
              <kbd className="kbd">{key}</kbd> {what}
            </li>
          ))}
        </ul>
      </details>

      {errors ? (
        <p className="notice error" role="alert" data-testid="queue-errors">
          {Object.values(errors).flat().join(" ")}
        </p>
      ) : null}

      {current ? (
        <section className="card" aria-labelledby="queue-claim" data-testid="queue-claim" data-claim-id={current.id}>
          <p className="muted" role="status">
            Claim {position} of {remaining} you have not reviewed yet
          </p>
          <h2 id="queue-claim" style={{ marginTop: 0 }}>
            <CategoryBadge category={current.category} /> {current.text}
          </h2>
          <p className="muted">
            From <Link to={`/c/${corpus.slug}/sources/${current.sourceId}?claim=${current.id}`}>{current.sourceTitle}</Link> ·{" "}
            <Link to={`/c/${corpus.slug}/claims/${current.id}`}>claim {current.id}</Link>
            {current.valueText ? ` · ${current.valueText}` : ""}
            {current.hedges.length ? ` · hedged: ${current.hedges.join(", ")}` : ""}
          </p>
          <blockquote className="quote">
            {current.clippedStart ? "…" : ""}
            {current.before}
            <mark className={`cat-${current.category}`}>{current.quote}</mark>
            {current.after}
            {current.clippedEnd ? "…" : ""}
          </blockquote>
          <nav className="queue-actions" aria-label="Move through the queue">
            {links.previous ? (
              <Link to={links.previous} data-shortcut="k" className="button secondary">
                ← Previous <kbd className="kbd">k</kbd>
              </Link>
            ) : null}
            {links.next ? (
              <Link to={links.next} data-shortcut="j" className="button secondary">
                Next <kbd className="kbd">j</kbd> →
              </Link>
            ) : null}
          </nav>
          <Form method="post" aria-label={`Verdict on claim ${current.id}`}>
            <input type="hidden" name="intent" value="verdict" />
            <input type="hidden" name="claimId" value={current.id} />
            <input type="hidden" name="version" value={actionData?.conflict?.version ?? current.version} />
            <input type="hidden" name="redirectTo" value={links.afterVerdict} />
            <label htmlFor="queue-note">
              Note (optional) <kbd className="kbd">n</kbd>
            </label>
            <textarea id="queue-note" name="note" rows={2} maxLength={5000} data-shortcut="n" />
            <div className="queue-actions" role="group" aria-label="Verdict">
              {VERDICTS.map((v) => (
                <button key={v} type="submit" name="verdict" value={v} data-shortcut={VERDICT_KEYS[v]} disabled={busy}>
                  {VERDICT_LABELS[v]} <kbd className="kbd">{VERDICT_KEYS[v]}</kbd>
                </button>
              ))}
              {current.suggestedVerdict ? (
                <button type="submit" name="verdict" value={current.suggestedVerdict} data-shortcut="a" className="secondary" disabled={busy}>
                  Accept the suggestion: {VERDICT_LABELS[current.suggestedVerdict]} <kbd className="kbd">a</kbd>
                </button>
              ) : null}
            </div>
            <p className="muted">Signed as {me}.</p>
          </Form>
        </section>
      ) : (
        <p className="empty" data-testid="queue-empty">
          Nothing left to review{params.get("category") || params.get("source") ? " with these filters" : ""}: you have given a verdict on every
          claim.
        </p>
      )}
      {canUndo ? (
        <Form method="post" className="queue-actions">
          <input type="hidden" name="intent" value="undo" />
          <input type="hidden" name="redirectTo" value={links.afterUndo} />
          <button type="submit" className="secondary" data-shortcut="u" disabled={busy}>
            Undo my last verdict <kbd className="kbd">u</kbd>
          </button>
        </Form>
      ) : null}
    </>
  );
}
