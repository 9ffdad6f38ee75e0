import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireCorpusRole } from "~/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.corpus.name}: Claimscope` : "Claimscope" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, role } = await requireCorpusRole(request, params.slug, "viewer");
  return json({ corpus: { id: corpus.id, name: corpus.name, slug: corpus.slug, blindReview: Number(corpus.blind_review) === 1 }, role });
}

export default function CorpusLayout() {
  const { corpus, role } = useLoaderData<typeof loader>();
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Corpora</Link> › {corpus.name}
      </nav>
      <h1>{corpus.name}</h1>
      <p className="muted" data-testid="my-role">
        Your role: {role}
        {corpus.blindReview ? " · blind review: others' verdicts show once you have given yours" : ""}
      </p>
      <nav className="nav-tabs" aria-label="Corpus">
        <NavLink to={`/c/${corpus.slug}`} end>
          Overview
        </NavLink>
        <NavLink to={`/c/${corpus.slug}/claims`}>Claims</NavLink>
        <NavLink to={`/c/${corpus.slug}/groups`}>Where sources disagree</NavLink>
        {role !== "viewer" ? <NavLink to={`/c/${corpus.slug}/queue`}>Review queue</NavLink> : null}
        {role === "owner" ? <NavLink to={`/c/${corpus.slug}/disagreements`}>Reviewers disagree</NavLink> : null}
        {role === "owner" ? <NavLink to={`/c/${corpus.slug}/settings`}>Sharing</NavLink> : null}
      </nav>
      <Outlet />
    </>
  );
}
