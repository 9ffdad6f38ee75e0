// "Re-run extraction" on the corpus settings page, through the real action on a real SQLite file: only an owner,
// only from this site, and the answer says what changed.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/db";
import { BASE, formPost, routeArgs } from "../helpers/requests";

const dir = tempDir("claimscope-reextract-");
process.env.DATABASE_URL = path.join(dir, "reextract.sqlite");
delete process.env.SESSION_SECRET;

const home = await import("~/routes/_index");
const signup = await import("~/routes/signup");
const settings = await import("~/routes/c.$slug.settings");
const { getDb } = await import("~/db.server");
const { importDocuments } = await import("~/import/import.server");

const slug = "cupping";
const TEXT =
  "Cupping therapy was developed in the 1950s by Dr. Jane Smith. More than 2,000 therapists practise cupping in Germany. " +
  "Cupping is highly effective in treating back pain.";

const args = routeArgs;

const post = formPost;

/** The returned or thrown Response of an action. */
async function settle(p: Promise<Response>): Promise<Response> {
  try {
    return await p;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function signUp(name: string, email: string) {
  const res = await signup.action(args(post("/signup", { name, email, password: "correct horse battery", redirectTo: "/" })));
  expect(res.status).toBe(302);
  return res.headers.get("Set-Cookie")!.split(";")[0];
}

const reextract = (cookie: string, origin: string | null = BASE) =>
  settle(settings.action(args(post(`/c/${slug}/settings`, { intent: "reextract" }, cookie, origin), { slug })));
const claimCount = async () =>
  Number((await (await getDb()).selectFrom("claim").select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

let owner: string;
let reviewer: string;
let stranger: string;
let imported: number;

beforeAll(async () => {
  owner = await signUp("Ada", "ada@example.org");
  reviewer = await signUp("Rex", "rex@example.org");
  stranger = await signUp("Sam", "sam@example.org");
  expect((await home.action(args(post("/", { intent: "create-corpus", name: "Cupping" }, owner)))).status).toBe(302);
  const res = await settings.action(args(post(`/c/${slug}/settings`, { intent: "add-member", email: "rex@example.org", role: "reviewer" }, owner), { slug }));
  expect(res.status).toBe(302);
  const db = await getDb();
  const corpus = await db.selectFrom("corpus").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow();
  await importDocuments(db, corpus.id, [{ title: "a", origin: "a.txt", format: "text", text: TEXT, author: null, date: null, where: "a.txt" }]);
  imported = await claimCount();
  expect(imported).toBeGreaterThan(1);
  // one claim lost since the import: re-extraction brings it back
  const last = await db.selectFrom("claim").select("id").orderBy("id", "desc").executeTakeFirstOrThrow();
  await db.deleteFrom("claim").where("id", "=", last.id).execute();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("re-run extraction on the settings page", () => {
  it("answers 403 in words to a reviewer and to a non-member, and changes nothing", async () => {
    const asReviewer = await reextract(reviewer);
    expect(asReviewer.status).toBe(403);
    expect(await asReviewer.text()).toMatch(/You are a reviewer of “Cupping”: only a owner may change settings/);
    const asStranger = await reextract(stranger);
    expect(asStranger.status).toBe(403);
    expect(await asStranger.text()).toMatch(/not a member of “Cupping”/);
    expect(await claimCount()).toBe(imported - 1);
  });

  it("refuses the owner's POST from another site", async () => {
    const res = await reextract(owner, "https://evil.example");
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/sent from another site/);
    expect(await claimCount()).toBe(imported - 1);
  });

  it("lets the owner re-extract and answers with the summary in words", async () => {
    const res = await reextract(owner);
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.reextracted).toEqual({ sources: 1, kept: imported - 1, updated: 0, added: 1, removed: 0, keptReviewed: 0 });
    expect(data.words).toBe(`1 source re-read: ${imported - 1} claims unchanged, 0 updated, 1 added, 0 removed, 0 no longer found but kept because reviewed`);
    expect(await claimCount()).toBe(imported);
  });
});
