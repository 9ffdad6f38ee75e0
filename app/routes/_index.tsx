import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { createCorpus, CorpusExistsError, listCorpora } from "../../db/corpora";
import { setMembership } from "../../db/users";
import { requireUser } from "~/auth.server";
import { getDb } from "~/db.server";

export const meta: MetaFunction = () => [{ title: "Claimscope: corpora" }];

/** The corpora the signed-in user is a member of. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = await getDb();
  return json({ corpora: await listCorpora(db, user.id) });
}

const createCorpusSchema = z.object({
  intent: z.literal("create-corpus"),
  name: z
    .string()
    .trim()
    .min(1, "Give the corpus a name, such as the topic its texts are about.")
    .max(120, "Keep the name under 120 characters.")
    .refine((s) => /[\p{L}\p{N}]/u.test(s), "The name needs at least one letter or digit."),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = Object.fromEntries(await request.formData());
  const parsed = createCorpusSchema.safeParse(form);
  if (!parsed.success) {
    return json({ errors: { name: parsed.error.issues.map((i) => i.message) } }, { status: 400 });
  }
  const db = await getDb();
  try {
    // whoever creates a corpus owns it
    const corpus = await db.transaction().execute(async (trx) => {
      const created = await createCorpus(trx, parsed.data.name);
      await setMembership(trx, created.id, user.id, "owner");
      return created;
    });
    return redirect(`/c/${corpus.slug}`);
  } catch (error) {
    if (error instanceof CorpusExistsError) {
      return json({ errors: { name: [`A corpus called "${error.corpus.name}" already exists.`] } }, { status: 400 });
    }
    throw error;
  }
}

export default function Home() {
  const { corpora } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <h1>Corpora</h1>
      {corpora.length === 0 ? (
        <p className="empty">
          No corpus yet. Create one below, then import the texts about its topic; or ask an owner to share theirs with you.
        </p>
      ) : (
        <div className="grid">
          {corpora.map((c) => (
            <article className="card" key={c.id}>
              <h2 style={{ marginTop: 0 }}>
                <Link to={`/c/${c.slug}`}>{c.name}</Link>
              </h2>
              <div className="stats">
                <span>
                  <strong>{c.sourceCount}</strong> sources
                </span>
                <span>
                  <strong>{c.claimCount}</strong> claims
                </span>
                <span>
                  <strong>{c.reviewedCount}</strong> reviewed
                </span>
              </div>
            </article>
          ))}
        </div>
      )}
      <section className="card" aria-labelledby="new-corpus">
        <h2 id="new-corpus" style={{ marginTop: 0 }}>
          New corpus
        </h2>
        <Form method="post" className="row">
          <input type="hidden" name="intent" value="create-corpus" />
          <div>
            <label htmlFor="corpus-name">Name</label>
            <input
              id="corpus-name"
              type="text"
              name="name"
              required
              maxLength={120}
              placeholder="e.g. Cupping therapy"
              aria-invalid={actionData?.errors.name ? true : undefined}
              aria-describedby={actionData?.errors.name ? "corpus-name-error" : undefined}
            />
          </div>
          <button type="submit" disabled={busy}>
            Create corpus
          </button>
        </Form>
        {actionData?.errors.name ? (
          <p className="field-error" id="corpus-name-error">
            {actionData.errors.name.join(" ")}
          </p>
        ) : null}
      </section>
    </>
  );
}
