import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { createUser, EmailTakenError } from "../../db/users";
import { createUserSession, getUser, hashPassword } from "~/auth.server";
import { safeRedirectPath } from "~/corpus.server";
import { assertSameOrigin } from "~/csrf.server";
import { getDb } from "~/db.server";
import { PASSWORD_MIN_LENGTH } from "~/account";
import { accountSchema } from "~/account.server";

export const meta: MetaFunction = () => [{ title: "Create an account: Claimscope" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const parsed = accountSchema.safeParse({ name: form.get("name") ?? "", email: form.get("email") ?? "", password: form.get("password") ?? "" });
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
    return json({ errors }, { status: 400 });
  }
  try {
    const user = await createUser(await getDb(), { ...parsed.data, passwordHash: await hashPassword(parsed.data.password) });
    return createUserSession(request, user.id, safeRedirectPath(form.get("redirectTo"), "/"));
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return json({ errors: { email: ["An account with this email already exists: sign in instead."] } as Record<string, string[]> }, { status: 400 });
    }
    throw error;
  }
}

export default function Signup() {
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const errors = data?.errors ?? {};
  return (
    <section className="card auth-card" aria-labelledby="signup-heading">
      <h1 id="signup-heading">Create an account</h1>
      <Form method="post">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <label htmlFor="signup-name">Name</label>
        <input id="signup-name" type="text" name="name" autoComplete="name" required maxLength={80} />
        {errors.name ? <p className="field-error">{errors.name.join(" ")}</p> : null}
        <label htmlFor="signup-email">Email</label>
        <input id="signup-email" type="email" name="email" autoComplete="email" required maxLength={320} />
        {errors.email ? <p className="field-error">{errors.email.join(" ")}</p> : null}
        <label htmlFor="signup-password">Password (at least {PASSWORD_MIN_LENGTH} characters)</label>
        <input id="signup-password" type="password" name="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />
        {errors.password ? <p className="field-error">{errors.password.join(" ")}</p> : null}
        <p>
          <button type="submit" disabled={busy}>
            Create account
          </button>
        </p>
      </Form>
      <p className="muted">
        Already have an account? <Link to={`/login?${params}`}>Sign in</Link>
      </p>
    </section>
  );
}
