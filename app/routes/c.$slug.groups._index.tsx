import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCorpusRole } from "~/auth.server";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listGroups } from "../../db/claims";
import { AssessmentBadge, CategoryBadge } from "~/components/Badges";
import { TableScroll } from "~/components/TableScroll";
import { getDb } from "~/db.server";

const ORDER = { conflicting: 0, divergent: 1, consistent: 2, single: 3 } as const;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus } = await requireCorpusRole(request, params.slug, "viewer");
  const db = await getDb();
  const groups = (await listGroups(db, corpus.id)).sort((a, b) => ORDER[a.assessment] - ORDER[b.assessment] || a.position - b.position);
  return json({ corpus: { slug: corpus.slug }, groups });
}

export default function GroupsPage() {
  const { corpus, groups } = useLoaderData<typeof loader>();
  if (groups.length === 0) {
    return <p className="empty">No groups yet: groups appear once the corpus has claims from its sources.</p>;
  }
  return (
    <TableScroll label="Groups table">
      <table data-testid="groups-table">
        <thead>
          <tr>
            <th>Question</th>
            <th>Category</th>
            <th>Assessment</th>
            <th>Why</th>
            <th>Claims</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <td>
                <Link to={`/c/${corpus.slug}/groups/${g.key}`}>{g.label}</Link>
              </td>
              <td>
                <CategoryBadge category={g.category} />
              </td>
              <td>
                <AssessmentBadge assessment={g.assessment} />
              </td>
              <td>{g.reason}</td>
              <td>{g.claimIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
