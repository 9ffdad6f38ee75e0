// Accounts in the app: signed, HttpOnly, SameSite=Lax session cookies holding the user's id, and the role
// checks every loader and action starts with.
import { createCookieSessionStorage, redirect, type SessionStorage } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { findCorpus, getMeta, setMeta } from "../db/corpora";
import type { Corpus, User } from "../db/schema";
import { getRole, getUserById, roleAtLeast, viewerFor, type Role } from "../db/users";
import type { Viewer } from "./review/verdicts";
import { assertSameOrigin } from "./csrf.server";
import { getDb } from "./db.server";

export { hashPassword, verifyPassword } from "./password.server";

const SESSION_DAYS = 30;

declare global {
  // eslint-disable-next-line no-var
  var __claimscopeSessions: { key: string; storage: Promise<SessionStorage> } | undefined;
}

/** SESSION_SECRET, else a random secret made once and kept in the database, so sessions survive restarts. */
async function sessionSecret(): Promise<string> {
  if (process.env.SESSION_SECRET?.trim()) return process.env.SESSION_SECRET.trim();
  const db = await getDb();
  const existing = await getMeta(db, "session_secret");
  if (existing) return existing;
  const secret = randomBytes(32).toString("hex");
  await db.insertInto("app_meta").values({ key: "session_secret", value: secret }).onConflict((oc) => oc.column("key").doNothing()).execute();
  return (await getMeta(db, "session_secret")) ?? secret;
}

function sessionStorage(): Promise<SessionStorage> {
  const key = `${process.env.DATABASE_URL ?? ""}|${process.env.SESSION_SECRET ?? ""}`;
  if (!globalThis.__claimscopeSessions || globalThis.__claimscopeSessions.key !== key) {
    globalThis.__claimscopeSessions = {
      key,
      storage: sessionSecret().then((secret) =>
        createCookieSessionStorage({
          cookie: {
            name: "claimscope_session",
            httpOnly: true,
            sameSite: "lax",
            path: "/",
            maxAge: 60 * 60 * 24 * SESSION_DAYS,
            secrets: [secret],
          },
        }),
      ),
    };
  }
  return globalThis.__claimscopeSessions.storage;
}

/** Secure cookies only where the browser reached us over https (tests and local use run on plain http). */
function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get("X-Forwarded-Proto")?.split(",")[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")) === "https";
}

export async function getUser(request: Request): Promise<User | null> {
  const storage = await sessionStorage();
  const session = await storage.getSession(request.headers.get("Cookie"));
  const id = session.get("userId");
  if (typeof id !== "number") return null;
  return (await getUserById(await getDb(), id)) ?? null;
}

/** The signed-in user, or a redirect to the sign-in page that comes back here. Refuses cross-site POSTs. */
export async function requireUser(request: Request): Promise<User> {
  assertSameOrigin(request);
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return user;
}

export interface CorpusAccess {
  corpus: Corpus;
  user: User;
  role: Role;
  /** What the user may see of others' verdicts (blind review). */
  viewer: Viewer;
}

const ROLE_WORDS: Record<Role, string> = {
  viewer: "read and export",
  reviewer: "give verdicts",
  owner: "change settings, share and adjudicate",
};

export function forbidden(message: string): Response {
  return new Response(message, { status: 403, statusText: "Forbidden" });
}

/** The corpus a URL names and the user's role in it; 403 in words when the role is not enough. */
export async function requireCorpusRole(request: Request, slug: string | undefined, minimum: Role): Promise<CorpusAccess> {
  const user = await requireUser(request);
  const db = await getDb();
  const corpus = slug ? await findCorpus(db, slug) : undefined;
  if (!corpus) throw new Response(`No corpus "${slug ?? ""}". It may have been renamed or never created.`, { status: 404, statusText: "Not Found" });
  const role = await getRole(db, corpus.id, user.id);
  if (!role) throw forbidden(`You are not a member of “${corpus.name}”. Ask one of its owners to share it with you.`);
  if (!roleAtLeast(role, minimum)) {
    throw forbidden(`You are a ${role} of “${corpus.name}”: only a ${minimum} may ${ROLE_WORDS[minimum]} here. Ask an owner for that role.`);
  }
  return { corpus, user, role, viewer: viewerFor(corpus, user.id, role) };
}

/** Signs the user in and sends them on. */
export async function createUserSession(request: Request, userId: number, redirectTo: string): Promise<Response> {
  const storage = await sessionStorage();
  const session = await storage.getSession(request.headers.get("Cookie"));
  session.set("userId", userId);
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await storage.commitSession(session, { secure: servedOverHttps(request) }) },
  });
}

export async function logout(request: Request): Promise<Response> {
  const storage = await sessionStorage();
  const session = await storage.getSession(request.headers.get("Cookie"));
  return redirect("/login", { headers: { "Set-Cookie": await storage.destroySession(session, { secure: servedOverHttps(request) }) } });
}
