import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { findUserByEmail } from "../../db/users";
import { createUserSession, getUser } from "~/auth.server";
import { safeRedirectPath } from "~/corpus.server";
import { assertSameOrigin } from "~/csrf.server";
import { getDb } from "~/db.server";
import { DUMMY_HASH, verifyPassword } from "~/password.server";

export const meta: MetaFunction = () => [{ title: "Sign in: Claimscope" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) {
    throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/"));
  }
  return json({});
}

const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320),
  password: z.string().min(1, "Enter your password.").max(1000),
});

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const parsed = loginSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
    return json({ errors }, { status: 400 });
  }
  const user = await findUserByEmail(await getDb(), parsed.data.email);
  // an unknown email costs as much time as a wrong password, so that timing does not tell which it was
  const ok = await verifyPassword(parsed.data.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) return json({ errors: { form: ["That email and password do not match an account."] } as Record<string, string[]> }, { status: 400 });
  return createUserSession(request, user.id, safeRedirectPath(form.get("redirectTo"), "/"));
}

export default function Login() {
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const errors = data?.errors ?? {};
  return (
    <section className="card auth-card" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in</h1>
      <Form method="post">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <label htmlFor="login-email">Email</label>
        <input id="login-email" type="email" name="email" autoComplete="email" required maxLength={320} />
        {errors.email ? <p className="field-error">{errors.email.join(" ")}</p> : null}
        <label htmlFor="login-password">Password</label>
        <input id="login-password" type="password" name="password" autoComplete="current-password" required />
        {errors.password ? <p className="field-error">{errors.password.join(" ")}</p> : null}
        {errors.form ? (
          <p className="field-error" role="alert">
            {errors.form.join(" ")}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            Sign in
          </button>
        </p>
      </Form>
      <p className="muted">
        No account yet? <Link to={`/signup?${params}`}>Create one</Link>
      </p>
    </section>
  );
}
