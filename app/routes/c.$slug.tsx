import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireCorpus } from "~/corpus.server";
import { getReviewerName } from "~/reviewer.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.corpus.name}: Claimscope` : "Claimscope" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const corpus = await requireCorpus(params.slug);
  return json({ corpus: { id: corpus.id, name: corpus.name, slug: corpus.slug }, reviewer: await getReviewerName(request) });
}

export default function CorpusLayout() {
  const { corpus } = useLoaderData<typeof loader>();
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Corpora</Link> › {corpus.name}
      </nav>
      <h1>{corpus.name}</h1>
      <nav className="nav-tabs" aria-label="Corpus">
        <NavLink to={`/c/${corpus.slug}`} end>
          Overview
        </NavLink>
        <NavLink to={`/c/${corpus.slug}/claims`}>Claims</NavLink>
        <NavLink to={`/c/${corpus.slug}/groups`}>Where sources disagree</NavLink>
      </nav>
      <Outlet />
    </>
  );
}
