import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { listClaims } from "../../db/claims";
import { listSources } from "../../db/sources";
import { CategoryBadge, VerdictBadge } from "~/components/Badges";
import { CATEGORY_LABELS, VERDICT_LABELS } from "~/components/labels";
import { requireCorpus } from "~/corpus.server";
import { getDb } from "~/db.server";
import { formatValue } from "~/pipeline/grouping/format";
import { CATEGORIES, VERDICTS } from "~/pipeline/types";

const PAGE_SIZE = 50;

// Unknown filter values are ignored rather than refused: a stale bookmark still opens.
const filterSchema = z.object({
  category: z.enum(CATEGORIES).optional().catch(undefined),
  source: z.coerce.number().int().positive().optional().catch(undefined),
  verdict: z.enum([...VERDICTS, "unreviewed"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const corpus = await requireCorpus(params.slug);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filter = filterSchema.parse({ ...search, source: search.source || undefined, category: search.category || undefined, verdict: search.verdict || undefined });
  const db = await getDb();
  const [{ claims, total }, sources] = await Promise.all([
    listClaims(
      db,
      { corpusId: corpus.id, category: filter.category, sourceId: filter.source, verdict: filter.verdict },
      { offset: (filter.page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    ),
    listSources(db, corpus.id),
  ]);
  return json({
    corpus: { slug: corpus.slug },
    claims: claims.map((c) => ({ ...c, valueText: c.value ? formatValue(c.value) : "" })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    sources: sources.map((s) => ({ id: s.id, title: s.title })),
  });
}

export default function ClaimsTable() {
  const { corpus, claims, total, page, pages, sources } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(n));
    return `?${next}`;
  };
  return (
    <>
      <Form method="get" className="row card" aria-label="Filter claims">
        <div>
          <label htmlFor="f-category">Category</label>
          <select id="f-category" name="category" defaultValue={params.get("category") ?? ""}>
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-source">Source</label>
          <select id="f-source" name="source" defaultValue={params.get("source") ?? ""}>
            <option value="">All sources</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-verdict">Verdict</label>
          <select id="f-verdict" name="verdict" defaultValue={params.get("verdict") ?? ""}>
            <option value="">Any verdict</option>
            <option value="unreviewed">Unreviewed</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
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
        <table data-testid="claims-table">
          <thead>
            <tr>
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
                  <VerdictBadge verdict={c.verdict} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
