import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { getClaimRow, listClaims } from "../../db/claims";
import { recordVerdicts, VersionConflictError } from "../../db/verdicts";
import { requireCorpusRole } from "~/auth.server";
import { VerdictSummary } from "~/components/VerdictHistory";
import { listSources } from "../../db/sources";
import { CategoryBadge, VerdictBadge } from "~/components/Badges";
import { VERDICT_LABELS } from "~/components/labels";
import { safeRedirectPath } from "~/corpus.server";
import { getDb } from "~/db.server";
import { formatValue } from "~/pipeline/grouping/format";
import { CATEGORIES, VERDICTS } from "~/pipeline/types";
import { maskForViewer } from "~/review/verdicts";
import { conflictMessage } from "~/verdict.server";
import { ClaimFilterFields } from "~/components/ClaimFilterFields";
import { TableScroll } from "~/components/TableScroll";

const PAGE_SIZE = 50;

// Unknown filter values are ignored rather than refused: a stale bookmark still opens.
const filterSchema = z.object({
  category: z.enum(CATEGORIES).optional().catch(undefined),
  source: z.coerce.number().int().positive().optional().catch(undefined),
  verdict: z.enum([...VERDICTS, "unreviewed"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, role, viewer } = await requireCorpusRole(request, params.slug, "viewer");
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filter = filterSchema.parse({ ...search, source: search.source || undefined, category: search.category || undefined, verdict: search.verdict || undefined });
  const db = await getDb();
  const [{ claims, total }, sources] = await Promise.all([
    listClaims(
      db,
      { corpusId: corpus.id, category: filter.category, sourceId: filter.source, verdict: filter.verdict, viewer },
      { offset: (filter.page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    ),
    listSources(db, corpus.id),
  ]);
  return json({
    corpus: { slug: corpus.slug },
    canReview: role !== "viewer",
    claims: claims.map((c) => ({ ...c, valueText: c.value ? formatValue(c.value) : "" })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    sources: sources.map((s) => ({ id: s.id, title: s.title })),
  });
}

const bulkSchema = z.object({
  verdict: z.enum(VERDICTS, { message: "Choose the verdict to give the selected claims." }),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").optional(),
  // "claimId:version" per ticked claim: the versions the reviewer saw
  picks: z
    .array(z.string().regex(/^\d+:\d+$/, "A selected claim was not understood; reload the page."))
    .min(1, "Tick at least one claim.")
    .max(500, "Give at most 500 verdicts at once."),
});

/** Bulk verdicts on the ticked claims: all or none, each checked against the version the reviewer saw. */
export async function action({ params, request }: ActionFunctionArgs) {
  const { corpus, user, viewer } = await requireCorpusRole(request, params.slug, "reviewer");
  const form = await request.formData();
  if (form.get("intent") !== "bulk") throw new Response(`Unknown form intent "${form.get("intent") ?? ""}".`, { status: 400 });
  const parsed = bulkSchema.safeParse({
    verdict: form.get("verdict") ?? "",
    note: String(form.get("note") ?? ""),
    picks: form.getAll("pick").map(String),
  });
  if (!parsed.success) {
    return json({ errors: parsed.error.issues.map((i) => i.message) }, { status: 400 });
  }
  const db = await getDb();
  const picks = parsed.data.picks.map((p) => p.split(":").map(Number) as [number, number]);
  for (const [id] of picks) {
    const claim = await getClaimRow(db, id);
    if (!claim || claim.corpus_id !== corpus.id) return json({ errors: [`There is no claim ${id} in ${corpus.name}.`] }, { status: 400 });
  }
  try {
    await recordVerdicts(
      db,
      picks.map(([claimId, version]) => ({
        claimId,
        reviewer: user.name,
        userId: user.id,
        verdict: parsed.data.verdict,
        note: parsed.data.note,
        expectedVersion: version,
        blind: !viewer.seesAll,
      })),
    );
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const message = conflictMessage(maskForViewer(error.state, viewer)).replace("this claim's", `claim ${error.claimId}'s`);
      return json({ errors: [`${message} No verdict was stored.`] }, { status: 409 });
    }
    throw error;
  }
  const back = safeRedirectPath(form.get("redirectTo"), `/c/${corpus.slug}/claims`);
  return redirect(back);
}

export default function ClaimsTable() {
  const { corpus, claims, total, page, pages, sources, canReview } = useLoaderData<typeof loader>();
  const bulk = useActionData<typeof action>();
  const [params] = useSearchParams();
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(n));
    return `?${next}`;
  };
  return (
    <>
      <Form method="get" className="row card" aria-label="Filter claims">
        <ClaimFilterFields idPrefix="f" sources={sources} withVerdict />
        <button type="submit">Filter</button>
      </Form>
      <p className="muted" role="status">
        {total} claim{total === 1 ? "" : "s"}
        {pages > 1 ? ` · page ${page} of ${pages}` : ""}
      </p>
      {claims.length === 0 ? (
        <p className="empty">
          {total === 0 && !params.toString() ? "No claims yet: import sources on the overview page." : "No claim matches these filters."}
        </p>
      ) : (
        <TableScroll label="Claims table">
          <table data-testid="claims-table">
            <thead>
              <tr>
                {canReview ? <th aria-label="Select">✓</th> : null}
                <th>Claim</th>
                <th>Source</th>
                <th>Category</th>
                <th>Value</th>
                <th>Verdict</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id}>
                  {canReview ? (
                    <td>
                      <input type="checkbox" name="pick" value={`${c.id}:${c.version}`} form="bulk-form" aria-label={`Select claim ${c.id}`} />
                    </td>
                  ) : null}
                  <td>
                    <Link to={`/c/${corpus.slug}/sources/${c.sourceId}?claim=${c.id}`}>{c.text}</Link>
                    {c.hedges.length ? <div className="muted">hedged: {c.hedges.join(", ")}</div> : null}
                  </td>
                  <td className="muted">{c.sourceTitle}</td>
                  <td>
                    <CategoryBadge category={c.category} />
                  </td>
                  <td>{c.valueText}</td>
                  <td>
                    <VerdictSummary claim={{ ...c, note: null, reviewer: null }} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canReview && claims.length ? (
        <Form method="post" id="bulk-form" className="row card" aria-label="Verdict on the selected claims">
          <input type="hidden" name="intent" value="bulk" />
          <input type="hidden" name="redirectTo" value={`/c/${corpus.slug}/claims${params.toString() ? `?${params}` : ""}`} />
          <div>
            <label htmlFor="bulk-verdict">Verdict on the selected claims</label>
            <select id="bulk-verdict" name="verdict" defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {VERDICT_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="bulk-note">Note (optional)</label>
            <input id="bulk-note" type="text" name="note" maxLength={5000} />
          </div>
          <button type="submit">Give this verdict to the selected claims</button>
        </Form>
      ) : null}
      {bulk?.errors ? (
        <p className="notice error" role="alert" data-testid="bulk-errors">
          {bulk.errors.join(" ")}
        </p>
      ) : null}
      {pages > 1 ? (
        <nav className="pager" aria-label="Pages">
          {page > 1 ? <Link to={pageLink(page - 1)}>← Previous</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link to={pageLink(page + 1)}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
