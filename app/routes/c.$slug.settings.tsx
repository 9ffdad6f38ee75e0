import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { setBlindReview } from "../../db/corpora";
import { countOwners, findUserByEmail, getRole, listMembers, removeMembership, ROLES, setMembership } from "../../db/users";
import { requireCorpusRole } from "~/auth.server";
import { TableScroll } from "~/components/TableScroll";
import { getDb } from "~/db.server";
import { describeReextraction, reextractCorpus, type ReextractSummary } from "~/import/reextract.server";

export const meta: MetaFunction = () => [{ title: "Sharing: Claimscope" }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, user } = await requireCorpusRole(request, params.slug, "owner");
  const db = await getDb();
  return json({
    corpus: { slug: corpus.slug, name: corpus.name, blindReview: Number(corpus.blind_review) === 1 },
    members: await listMembers(db, corpus.id),
    me: user.id,
  });
}

const ROLE_WORDS = {
  owner: "owner: settings, sharing, adjudication, and all a reviewer may do",
  reviewer: "reviewer: gives verdicts, and all a viewer may do",
  viewer: "viewer: reads and exports",
} as const;

const schemas = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add-member"),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter the email address of an account.")),
    role: z.enum(ROLES, { message: "Choose owner, reviewer or viewer." }),
  }),
  z.object({ intent: z.literal("set-role"), userId: z.coerce.number().int().positive(), role: z.enum(ROLES, { message: "Choose owner, reviewer or viewer." }) }),
  z.object({ intent: z.literal("remove-member"), userId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("blind-review"), blind: z.enum(["on", "off"]) }),
  z.object({ intent: z.literal("reextract") }),
]);

type ActionData = { error: string } | { reextracted: ReextractSummary; words: string };

export async function action({ params, request }: ActionFunctionArgs) {
  const { corpus } = await requireCorpusRole(request, params.slug, "owner");
  const parsed = schemas.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json<ActionData>({ error: parsed.error.issues.map((i) => i.message).join(" ") }, { status: 400 });
  const db = await getDb();
  const data = parsed.data;
  const here = `/c/${corpus.slug}/settings`;
  if (data.intent === "blind-review") {
    await setBlindReview(db, corpus.id, data.blind === "on");
    return redirect(here);
  }
  if (data.intent === "reextract") {
    // answered with the summary rather than a redirect, so the page can say what changed
    const summary = await reextractCorpus(db, corpus.id);
    return json<ActionData>({ reextracted: summary, words: describeReextraction(summary) });
  }
  if (data.intent === "add-member") {
    const member = await findUserByEmail(db, data.email);
    if (!member) return json<ActionData>({ error: `No account uses ${data.email}. Ask them to create one (Sign in › Create one), then add them here.` }, { status: 400 });
    await setMembership(db, corpus.id, member.id, data.role);
    return redirect(here);
  }
  const current = await getRole(db, corpus.id, data.userId);
  if (!current) return json<ActionData>({ error: "That person is not a member of this corpus." }, { status: 400 });
  const demotesOwner = current === "owner" && (data.intent === "remove-member" || data.role !== "owner");
  if (demotesOwner && (await countOwners(db, corpus.id)) <= 1) {
    return json<ActionData>({ error: "A corpus needs at least one owner: make someone else owner first." }, { status: 400 });
  }
  if (data.intent === "remove-member") await removeMembership(db, corpus.id, data.userId);
  else await setMembership(db, corpus.id, data.userId, data.role);
  return redirect(here);
}

export default function SettingsPage() {
  const { corpus, members, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const reextracting = navigation.state === "submitting" && navigation.formData?.get("intent") === "reextract";
  return (
    <>
      {result && "error" in result ? (
        <p className="notice error" role="alert">
          {result.error}
        </p>
      ) : null}
      <section className="card" aria-labelledby="blind-heading">
        <h2 id="blind-heading" style={{ marginTop: 0 }}>
          Blind dual review
        </h2>
        <p>
          {corpus.blindReview
            ? "On: a reviewer does not see others' verdicts on a claim until they have given their own. Owners see everything."
            : "Off: every member sees every verdict."}
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="blind-review" />
          <input type="hidden" name="blind" value={corpus.blindReview ? "off" : "on"} />
          <button type="submit">{corpus.blindReview ? "Turn blind review off" : "Turn blind review on"}</button>
        </Form>
      </section>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading" style={{ marginTop: 0 }}>
          Members
        </h2>
        <TableScroll label="Members table">
          <table data-testid="members">
            <thead>
              <tr>
                <th>Name</th>
                <th>Email</th>
                <th>Role</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId}>
                  <td>
                    {m.name}
                    {m.userId === me ? " (you)" : ""}
                  </td>
                  <td className="muted">{m.email}</td>
                  <td>
                    <Form method="post" className="row" aria-label={`Role of ${m.name}`}>
                      <input type="hidden" name="intent" value="set-role" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <select name="role" defaultValue={m.role} aria-label={`Role of ${m.name}`}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="secondary">
                        Change
                      </button>
                    </Form>
                  </td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove-member" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <button type="submit" className="secondary">
                        Remove
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <h3>Add a member</h3>
        <Form method="post" className="row">
          <input type="hidden" name="intent" value="add-member" />
          <div>
            <label htmlFor="member-email">Email of their account</label>
            <input id="member-email" type="email" name="email" required maxLength={320} />
          </div>
          <div>
            <label htmlFor="member-role">Role</label>
            <select id="member-role" name="role" defaultValue="reviewer">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_WORDS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Add member</button>
        </Form>
      </section>
      <section className="card" aria-labelledby="extraction-heading">
        <h2 id="extraction-heading" style={{ marginTop: 0 }}>
          Extraction
        </h2>
        {result && "reextracted" in result ? (
          <p className="notice" role="status" data-testid="reextract-result">
            {result.words}.
          </p>
        ) : null}
        <p>Re-reads every source with the current extraction rules. Claims you reviewed keep their verdicts.</p>
        <Form method="post">
          <input type="hidden" name="intent" value="reextract" />
          <button type="submit" disabled={reextracting}>
            {reextracting ? "Re-reading the sources…" : "Re-run extraction"}
          </button>
        </Form>
      </section>
    </>
  );
}
