// Routes through their real loaders and actions on a real SQLite file: what a browser's requests do, signed in
// with a session cookie the sign-up and sign-in actions set.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/db";
import { BASE, formPost, routeArgs } from "../helpers/requests";

const dir = tempDir("claimscope-routes-");
process.env.DATABASE_URL = path.join(dir, "routes.sqlite");
delete process.env.SESSION_SECRET;

const home = await import("~/routes/_index");
const signup = await import("~/routes/signup");
const login = await import("~/routes/login");
const logout = await import("~/routes/logout");
const overview = await import("~/routes/c.$slug._index");
const settings = await import("~/routes/c.$slug.settings");
const sourcePage = await import("~/routes/c.$slug.sources.$sourceId");
const claimsPage = await import("~/routes/c.$slug.claims._index");
const claimPage = await import("~/routes/c.$slug.claims.$claimId");
const exportRoute = await import("~/routes/c.$slug.export.$format");


const args = routeArgs;

const post = formPost;

function get(url: string, cookie?: string) {
  return new Request(`${BASE}${url}`, { headers: cookie ? { Cookie: cookie } : {} });
}

/** Loader and action payloads, read as plain data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function body(res: Response): Promise<any> {
  return res.json();
}

async function catchResponse(p: Promise<unknown>): Promise<Response> {
  try {
    await p;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("expected a thrown Response");
}

/** The returned or thrown Response of a loader or action. */
async function settle(p: Promise<Response>): Promise<Response> {
  try {
    return await p;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function signUp(name: string, email: string, password = "correct horse battery") {
  const res = await signup.action(args(post("/signup", { name, email, password, redirectTo: "/" })));
  expect(res.status).toBe(302);
  return res.headers.get("Set-Cookie")!.split(";")[0];
}

const CLINIC_TEXT =
  "Cupping therapy was developed in the 1950s by Dr. Jane Smith. More than 2,000 therapists practise cupping in Germany. " +
  "Cupping is highly effective in treating back pain. Sessions last about 20 minutes.";

let ada: string; // the first account: owner of what she creates
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("accounts", () => {
  it("sends a visitor without a session to the sign-in page, coming back afterwards", async () => {
    const res = await catchResponse(home.loader(args(get("/c/x?y=1"))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Fc%2Fx%3Fy%3D1");
  });

  it("signs up with a hashed password and a signed, HttpOnly, SameSite=Lax session cookie (not Secure over http)", async () => {
    const res = await signup.action(args(post("/signup", { name: "Ada", email: "Ada@Example.org", password: "correct horse battery", redirectTo: "/c/x" })));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/c/x");
    const setCookie = res.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^claimscope_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(setCookie).not.toContain("correct");
    ada = setCookie.split(";")[0];
    const { getDb } = await import("~/db.server");
    const row = await (await getDb()).selectFrom("user").selectAll().where("email", "=", "ada@example.org").executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[^$]+\$[^$]+$/);
    expect(row.password_hash).not.toContain("correct horse");
  });

  it("marks the cookie Secure when the app is reached over https", async () => {
    const req = post("/login", { email: "ada@example.org", password: "correct horse battery" }, undefined, BASE);
    req.headers.set("X-Forwarded-Proto", "https");
    const res = await login.action(args(req));
    expect(res.headers.get("Set-Cookie")).toMatch(/Secure/);
  });

  it.each([
    [{ name: "", email: "a@b.org", password: "long enough" }, "name", /Enter your name/],
    [{ name: "B", email: "not an email", password: "long enough" }, "email", /valid email/],
    [{ name: "B", email: "b@b.org", password: "short" }, "password", /at least 8 characters/],
    [{ name: "B", email: "ADA@example.org", password: "long enough" }, "email", /already exists/],
  ])("refuses the sign-up %j with a message on the %s field", async (fields, field, message) => {
    const res = await signup.action(args(post("/signup", fields)));
    expect(res.status).toBe(400);
    expect((await body(res)).errors[field].join(" ")).toMatch(message);
  });

  it("signs in with the right password only, and signs out with a POST", async () => {
    const wrong = await login.action(args(post("/login", { email: "ada@example.org", password: "wrong password" })));
    expect(wrong.status).toBe(400);
    expect((await body(wrong)).errors.form[0]).toMatch(/do not match/);
    const unknown = await login.action(args(post("/login", { email: "nobody@example.org", password: "wrong password" })));
    expect((await body(unknown)).errors.form[0]).toMatch(/do not match/);
    const ok = await login.action(args(post("/login", { email: " ADA@example.org ", password: "correct horse battery", redirectTo: "//evil.example" })));
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/");
    const cookie = ok.headers.get("Set-Cookie")!.split(";")[0];
    expect((await body(await home.loader(args(get("/", cookie))))).corpora).toEqual([]);
    // a GET cannot sign anyone out; the POST clears the cookie
    expect((await logout.loader()).headers.get("Location")).toBe("/");
    const out = await logout.action(args(post("/logout", {}, cookie)));
    expect(out.headers.get("Location")).toBe("/login");
    expect(out.headers.get("Set-Cookie")).toMatch(/claimscope_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it.each([
    ["another site's Origin", "https://evil.example"],
    ["no Origin nor Referer", null],
    ["an opaque Origin", "null"],
  ])("refuses a POST with %s with 403 before doing anything", async (_name, origin) => {
    const res = await settle(home.action(args(post("/", { intent: "create-corpus", name: "Forged" }, ada, origin))));
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/sent from another site/);
    const signupForged = await settle(signup.action(args(post("/signup", { name: "X", email: "x@x.org", password: "long enough" }, undefined, origin))));
    expect(signupForged.status).toBe(403);
    expect((await body(await home.loader(args(get("/", ada))))).corpora).toEqual([]);
  });

  it("accepts a same-site POST that only carries a Referer", async () => {
    const req = post("/", { intent: "create-corpus", name: "   " }, ada, null);
    req.headers.set("Referer", `${BASE}/`);
    expect((await home.action(args(req))).status).toBe(400);
  });
});

describe("home", () => {
  it("lists no corpus yet, then creates one, owned by its creator, and redirects to it", async () => {
    const empty = await body(await home.loader(args(get("/", ada))));
    expect(empty.corpora).toEqual([]);
    const res = await home.action(args(post("/", { intent: "create-corpus", name: "Cupping therapy" }, ada)));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/c/cupping-therapy");
    const members = await body(await settings.loader(args(get("/c/cupping-therapy/settings", ada), { slug: "cupping-therapy" })));
    expect(members.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([["Ada", "owner"]]);
  });

  it.each([
    [{ intent: "create-corpus", name: "   " }, /Give the corpus a name/],
    [{ intent: "create-corpus", name: "x".repeat(121) }, /under 120 characters/],
    [{ intent: "create-corpus", name: "!!!" }, /at least one letter or digit/],
    [{ intent: "create-corpus", name: "cupping THERAPY" }, /already exists/],
    [{ intent: "drop-tables", name: "x" }, /Invalid input/],
  ])("refuses %j with 400 and a message for the field", async (fields, message) => {
    const res = await home.action(args(post("/", fields, ada)));
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(JSON.stringify(data.errors)).toMatch(message);
  });
});

describe("import on the corpus page", () => {
  function upload(files: Array<[string, BlobPart]>, fields: Record<string, string> = {}, cookie = ada) {
    const body = new FormData();
    for (const [name, content] of files) body.append("files", new File([content], name));
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    return new Request(`${BASE}/c/cupping-therapy`, { method: "POST", body, headers: { Cookie: cookie, Origin: BASE } });
  }
  const overviewData = async () => body(await overview.loader(args(get("/c/cupping-therapy", ada), { slug: "cupping-therapy" })));

  it("imports uploaded files and pasted text, and the sources appear with their claim counts", async () => {
    const res = await overview.action(
      args(upload([["clinic.txt", CLINIC_TEXT]], { title: "Pasted note", origin: "https://example.org/note", text: "Cupping originated in 1952." }), { slug: "cupping-therapy" }),
    );
    const data = await body(res);
    expect(data).toMatchObject({ ok: true, duplicates: [] });
    expect(data.added.map((a: { title: string }) => a.title).sort()).toEqual(["Pasted note", "clinic.txt"]);
    const page = await overviewData();
    expect(page.sources.map((s: { origin: string }) => s.origin).sort()).toEqual(["clinic.txt", "https://example.org/note"]);
  });

  it("reports a re-upload as already present", async () => {
    const data = await body(await overview.action(args(upload([["again.txt", CLINIC_TEXT]]), { slug: "cupping-therapy" })));
    expect(data).toMatchObject({ ok: true, added: [] });
    expect(data.duplicates).toHaveLength(1);
  });

  it.each<[string, Array<[string, BlobPart]>, RegExp]>([
    ["nothing chosen", [], /choose one or more files, or paste a text/],
    ["an empty file", [["empty.txt", ""]], /empty\.txt: the file is empty/],
    ["a binary file", [["photo.txt", new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10])]], /photo\.txt: the file is binary/],
    ["an unsupported type", [["slides.pdf", "%PDF-1.4"]], /slides\.pdf: unsupported file type/],
    ["a CSV without a text column", [["rows.csv", "title,body\nA,B\n"]], /rows\.csv: a CSV of sources needs a "text" column/],
  ])("refuses %s with 400, names the file, and stores nothing", async (_name, files, message) => {
    const before = (await overviewData()).sources.length;
    const res = await overview.action(args(upload([["good.txt", "A new good text about cupping in 1960."], ...files]), { slug: "cupping-therapy" }));
    if (files.length === 0) {
      // the good file alone is a valid import; ask again with nothing at all
      const none = await overview.action(args(upload([]), { slug: "cupping-therapy" }));
      expect(none.status).toBe(400);
      expect((await body(none)).error).toMatch(message);
      return;
    }
    expect(res.status).toBe(400);
    expect((await body(res)).error).toMatch(message);
    const after = (await overviewData()).sources.length;
    expect(after).toBe(before);
  });

  it("answers 404 in words for an unknown corpus", async () => {
    const res = await catchResponse(overview.loader(args(get("/c/nope", ada), { slug: "nope" })));
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/No corpus "nope"/);
  });
});

describe("verdicts", () => {
  let claimId: number;
  let otherClaimId: number;
  let sourceId: number;
  let vic: string; // a viewer
  let rex: string; // a reviewer
  const claimArgs = (cookie: string, fields: Record<string, string>, id = claimId) =>
    args(post(`/c/cupping-therapy/claims/${id}`, { intent: "verdict", claimId: String(id), ...fields }, cookie), { slug: "cupping-therapy", claimId: String(id) });
  const claimData = async (cookie = ada) =>
    body(await claimPage.loader(args(get(`/c/cupping-therapy/claims/${claimId}`, cookie), { slug: "cupping-therapy", claimId: String(claimId) })));

  beforeAll(async () => {
    const data = await body(await claimsPage.loader(args(get("/c/cupping-therapy/claims", ada), { slug: "cupping-therapy" })));
    claimId = data.claims[0].id;
    otherClaimId = data.claims[1].id;
    sourceId = data.claims[0].sourceId;
    vic = await signUp("Vic", "vic@example.org");
    rex = await signUp("Rex", "rex@example.org");
    for (const [email, role] of [["vic@example.org", "viewer"], ["rex@example.org", "reviewer"]]) {
      const res = await settings.action(args(post("/c/cupping-therapy/settings", { intent: "add-member", email, role }, ada), { slug: "cupping-therapy" }));
      expect(res.status).toBe(302);
    }
  });

  it("stores the verdict signed by the signed-in account and redirects back", async () => {
    const here = `/c/cupping-therapy/sources/${sourceId}?claim=${claimId}`;
    const res = await sourcePage.action(
      args(post(`/c/cupping-therapy/sources/${sourceId}`, { intent: "verdict", claimId: String(claimId), verdict: "contested", note: "one trial only", version: "0", redirectTo: here }, ada), { slug: "cupping-therapy", sourceId: String(sourceId) }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(here);
    const page = await body(await sourcePage.loader(args(get(here, ada), { slug: "cupping-therapy", sourceId: String(sourceId) })));
    expect(page.me.name).toBe("Ada");
    expect(page.selected).toMatchObject({ id: claimId, verdict: "contested", reviewer: "Ada", note: "one trial only", version: 1 });
  });

  it("appends to the history on the claim page with who, when, from and to, and never redirects off-site", async () => {
    const res = await claimPage.action(claimArgs(ada, { verdict: "supported", version: "1", redirectTo: "//evil.example/phish" }));
    expect(res.headers.get("Location")).toBe(`/c/cupping-therapy/claims/${claimId}`);
    const claim = await claimData();
    expect(claim.history.map((h: { previousVerdict: string | null; verdict: string }) => [h.previousVerdict, h.verdict])).toEqual([
      ["contested", "supported"],
      [null, "contested"],
    ]);
    expect(claim.history[0]).toMatchObject({ reviewer: "Ada", adjudicated: false });
    expect(claim.claim.verdict).toBe("supported");
  });

  it("answers 409 with the current state when the claim changed since the page was loaded", async () => {
    const res = await claimPage.action(claimArgs(rex, { verdict: "contradicted", version: "1" }));
    expect(res.status).toBe(409);
    const data = await body(res);
    expect(data.errors.version[0]).toBe(
      "Someone else changed this claim's verdict while you were looking: it is now supported by Ada. Review again.",
    );
    expect(data.conflict).toMatchObject({ version: 2, verdict: "supported", reviewer: "Ada" });
    expect((await claimData()).history).toHaveLength(2);
    // with the version now shown, the verdict goes through
    expect((await claimPage.action(claimArgs(rex, { verdict: "contradicted", version: "2" }))).status).toBe(302);
    expect((await claimData()).claim).toMatchObject({ verdict: "contested", disagreement: true });
  });

  it("stores evidence: a URL, a quote and a link to another claim of the corpus", async () => {
    const res = await claimPage.action(
      claimArgs(rex, { verdict: "supported", version: "3", evidenceUrl: "https://example.org/trial", evidenceQuote: "no effect", evidenceClaims: `#${otherClaimId}` }),
    );
    expect(res.status).toBe(302);
    const [newest] = (await claimData()).history;
    expect(newest.evidenceItems).toEqual([
      { kind: "url", url: "https://example.org/trial" },
      { kind: "quote", text: "no effect" },
      { kind: "claim", claimId: otherClaimId },
    ]);
    expect(newest.evidence).toBe(`https://example.org/trial; “no effect”; claim #${otherClaimId}`);
  });

  it.each([
    [{ verdict: "true" }, "verdict", /Choose supported, contested or contradicted/],
    [{ verdict: "supported", note: "x".repeat(5001) }, "note", /under 5,000 characters/],
    [{ verdict: "supported", evidenceUrl: "javascript:alert(1)" }, "evidenceUrl", /http:\/\/ or https:\/\//],
    [{ verdict: "supported", evidenceClaims: "999999" }, "evidenceClaims", /no claim 999999 in this corpus/],
    [{ verdict: "supported", evidenceClaims: "drop table" }, "evidenceClaims", /claim numbers/],
  ])("refuses %j with a message on the %s field", async (fields, field, message) => {
    const res = await claimPage.action(claimArgs(ada, fields));
    expect(res.status).toBe(400);
    expect((await body(res)).errors[field].join(" ")).toMatch(message);
  });

  it("lets a viewer read and export, and answers 403 in words when a viewer posts a verdict", async () => {
    expect((await claimData(vic)).claim.id).toBe(claimId);
    expect((await claimData(vic)).me.canReview).toBe(false);
    const res = await settle(claimPage.action(claimArgs(vic, { verdict: "supported" })));
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/You are a viewer of “Cupping therapy”: only a reviewer may give verdicts/);
    const csv = await exportRoute.loader(args(get("/c/cupping-therapy/export/csv", vic), { slug: "cupping-therapy", format: "csv" }));
    expect(csv.status).toBe(200);
    // a reviewer may not change the settings, a non-member may not even read
    expect((await settle(settings.loader(args(get("/c/cupping-therapy/settings", rex), { slug: "cupping-therapy" })))).status).toBe(403);
    const stranger = await signUp("Stranger", "stranger@example.org");
    const res2 = await settle(claimPage.loader(args(get(`/c/cupping-therapy/claims/${claimId}`, stranger), { slug: "cupping-therapy", claimId: String(claimId) })));
    expect(res2.status).toBe(403);
    expect(await res2.text()).toMatch(/not a member/);
    expect((await body(await home.loader(args(get("/", stranger))))).corpora).toEqual([]);
    // a reviewer may not import
    const importAsRex = new Request(`${BASE}/c/cupping-therapy`, { method: "POST", body: new FormData(), headers: { Cookie: rex, Origin: BASE } });
    expect((await settle(overview.action(args(importAsRex, { slug: "cupping-therapy" })))).status).toBe(403);
  });

  it("refuses a verdict on a claim of another corpus", async () => {
    await home.action(args(post("/", { intent: "create-corpus", name: "Other" }, ada)));
    const res = await catchResponse(
      claimPage.action(args(post(`/c/other/claims/${claimId}`, { intent: "verdict", claimId: String(claimId), verdict: "supported" }, ada), { slug: "other", claimId: String(claimId) })),
    );
    expect(res.status).toBe(404);
  });

  it("filters the claims table by verdict and ignores a nonsense filter", async () => {
    const url = (q: string) => get(`/c/cupping-therapy/claims?${q}`, ada);
    const supported = await body(await claimsPage.loader(args(url("verdict=supported"), { slug: "cupping-therapy" })));
    expect(supported.claims.map((c: { id: number }) => c.id)).toEqual([claimId]);
    const nonsense = await body(await claimsPage.loader(args(url("category=bogus&page=-3"), { slug: "cupping-therapy" })));
    const all = await body(await claimsPage.loader(args(url(""), { slug: "cupping-therapy" })));
    expect(nonsense.total).toBe(all.total);
    expect(nonsense.page).toBe(1);
  });

  it("exports the verdict in the CSV download, with a column per reviewer after the contract's", async () => {
    const res = await exportRoute.loader(args(get("/c/cupping-therapy/export/csv", ada), { slug: "cupping-therapy", format: "csv" }));
    expect(res.headers.get("Content-Type")).toMatch(/text\/csv/);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="cupping-therapy.csv"');
    const text = await res.text();
    expect(text.split("\r\n")[0]).toMatch(/,span_start,span_end,reviewer:Ada,reviewer:Rex$/);
    expect(text).toMatch(new RegExp(`\\n${claimId},[^\\n]*,supported,"Ada, Rex",[^\\n]*,supported,supported\\r`));
    const unknown = await catchResponse(exportRoute.loader(args(get("/c/cupping-therapy/export/xlsx", ada), { slug: "cupping-therapy", format: "xlsx" })));
    expect(unknown.status).toBe(404);
  });
});

describe("team review: blind review, queue, bulk verdicts, adjudication, exports", () => {
  const queue = () => import("~/routes/c.$slug.queue");
  const disagreements = () => import("~/routes/c.$slug.disagreements");
  const slug = "cupping-therapy";
  let rex: string;
  let claims: Array<{ id: number; version: number }>;

  async function signIn(email: string) {
    const res = await login.action(args(post("/login", { email, password: "correct horse battery" })));
    return res.headers.get("Set-Cookie")!.split(";")[0];
  }
  const claimsTable = async (cookie: string, q = "") => body(await claimsPage.loader(args(get(`/c/${slug}/claims${q}`, cookie), { slug })));

  beforeAll(async () => {
    rex = await signIn("rex@example.org");
    claims = (await claimsTable(ada)).claims;
    const res = await settings.action(args(post(`/c/${slug}/settings`, { intent: "blind-review", blind: "on" }, ada), { slug }));
    expect(res.status).toBe(302);
  });

  it("under blind review, sends a reviewer no other verdict or note on a claim until they give theirs", async () => {
    const [, second] = claims;
    const give = await claimPage.action(
      args(post(`/c/${slug}/claims/${second.id}`, { intent: "verdict", claimId: String(second.id), verdict: "contradicted", note: "ADA-PRIVATE-NOTE", version: String(second.version) }, ada), { slug, claimId: String(second.id) }),
    );
    expect(give.status).toBe(302);
    const loaders = [
      claimPage.loader(args(get(`/c/${slug}/claims/${second.id}`, rex), { slug, claimId: String(second.id) })),
      sourcePage.loader(args(get(`/c/${slug}/sources/${claims[0] && (await claimsTable(ada)).claims[1].sourceId}?claim=${second.id}`, rex), { slug, sourceId: String((await claimsTable(ada)).claims[1].sourceId) })),
      claimsPage.loader(args(get(`/c/${slug}/claims`, rex), { slug })),
      overview.loader(args(get(`/c/${slug}`, rex), { slug })),
      exportRoute.loader(args(get(`/c/${slug}/export/json`, rex), { slug, format: "json" })),
    ];
    for (const res of await Promise.all(loaders)) expect(await res.text()).not.toContain("ADA-PRIVATE-NOTE");
    const page = await body(await claimPage.loader(args(get(`/c/${slug}/claims/${second.id}`, rex), { slug, claimId: String(second.id) })));
    expect(page.claim).toMatchObject({ hidden: true, verdict: null, reviews: [] });
    expect(page.history).toEqual([]);
    // the owner sees everything
    const owner = await body(await claimPage.loader(args(get(`/c/${slug}/claims/${second.id}`, ada), { slug, claimId: String(second.id) })));
    expect(owner.claim.note).toBe("ADA-PRIVATE-NOTE");
  });

  it("queues the claims the reviewer has not judged, with filters in the URL, and moves on after a verdict", async () => {
    const q = await queue();
    const data = await body(await q.loader(args(get(`/c/${slug}/queue`, rex), { slug })));
    expect(data.current.id).toBe(claims[1].id); // rex judged the first claim already
    expect(data.remaining).toBe(claims.length - 1);
    const filtered = await body(await q.loader(args(get(`/c/${slug}/queue?category=founder`, rex), { slug })));
    expect(filtered.links.afterVerdict).toMatch(/^\/c\/cupping-therapy\/queue\?category=founder/);
    const res = await q.action(
      args(post(`/c/${slug}/queue`, { intent: "verdict", claimId: String(data.current.id), verdict: "supported", version: String(data.current.version), redirectTo: data.links.afterVerdict }, rex), { slug }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(data.links.afterVerdict);
    const after = await body(await q.loader(args(get(res.headers.get("Location")!, rex), { slug })));
    expect(after.remaining).toBe(claims.length - 2);
    // now that rex has judged it, he sees Ada's verdict: they disagree
    const page = await body(await claimPage.loader(args(get(`/c/${slug}/claims/${claims[1].id}`, rex), { slug, claimId: String(claims[1].id) })));
    expect(page.claim).toMatchObject({ hidden: false, verdict: "contested", disagreement: true });
    // undo takes it back: the claim returns to rex's queue
    const undo = await q.action(args(post(`/c/${slug}/queue`, { intent: "undo", redirectTo: `/c/${slug}/queue` }, rex), { slug }));
    expect(undo.status).toBe(302);
    expect((await body(await q.loader(args(get(`/c/${slug}/queue`, rex), { slug })))).remaining).toBe(claims.length - 1);
    // a viewer has no queue
    const vic = await signIn("vic@example.org");
    expect((await settle(q.loader(args(get(`/c/${slug}/queue`, vic), { slug })))).status).toBe(403);
  });

  it("gives bulk verdicts to the ticked claims, all or none, checked against the versions seen", async () => {
    const fresh = (await claimsTable(rex)).claims as Array<{ id: number; version: number }>;
    const [a, b, c] = fresh.slice(2);
    const bulk = (picks: string[], cookie = rex) => {
      const form = new FormData();
      form.append("intent", "bulk");
      form.append("verdict", "supported");
      for (const p of picks) form.append("pick", p);
      return claimsPage.action(args(new Request(`${BASE}/c/${slug}/claims`, { method: "POST", body: form, headers: { Cookie: cookie, Origin: BASE } }), { slug }));
    };
    const stale = await bulk([`${a.id}:${a.version}`, `${b.id}:${b.version + 5}`]);
    expect(stale.status).toBe(409);
    expect((await body(stale)).errors[0]).toMatch(/No verdict was stored/);
    const foreign = await bulk([`${a.id}:${a.version}`, "999999:0"]);
    expect(foreign.status).toBe(400);
    expect((await body(foreign)).errors[0]).toMatch(/no claim 999999/);
    expect((await bulk([])).status).toBe(400);
    const ok = await bulk([`${a.id}:${a.version}`, `${b.id}:${b.version}`]);
    expect(ok.status).toBe(302);
    const after = (await claimsTable(rex)).claims as Array<{ id: number; verdict: string | null }>;
    expect(after.filter((x) => [a.id, b.id, c.id].includes(x.id)).map((x) => x.verdict)).toEqual(["supported", "supported", null]);
    const vic = await signIn("vic@example.org");
    expect((await settle(bulk([`${c.id}:0`], vic))).status).toBe(403);
  });

  it("lists disagreements for the owner, whose adjudicated verdict is final and marked", async () => {
    const d = await disagreements();
    // rex gives his verdict again so that he and Ada disagree on the second claim
    const second = (await claimsTable(ada)).claims[1];
    await claimPage.action(args(post(`/c/${slug}/claims/${second.id}`, { intent: "verdict", claimId: String(second.id), verdict: "supported" }, rex), { slug, claimId: String(second.id) }));
    const list = await body(await d.loader(args(get(`/c/${slug}/disagreements`, ada), { slug })));
    const item = list.disputed.find((x: { id: number }) => x.id === second.id);
    expect(item.reviews.map((r: { reviewer: string; verdict: string }) => [r.reviewer, r.verdict])).toEqual([
      ["Ada", "contradicted"],
      ["Rex", "supported"],
    ]);
    expect((await settle(d.loader(args(get(`/c/${slug}/disagreements`, rex), { slug })))).status).toBe(403);
    const forged = await settle(
      d.action(args(post(`/c/${slug}/disagreements`, { intent: "adjudicate", claimId: String(second.id), verdict: "supported", version: String(item.version) }, rex), { slug })),
    );
    expect(forged.status).toBe(403);
    const res = await d.action(
      args(post(`/c/${slug}/disagreements`, { intent: "adjudicate", claimId: String(second.id), verdict: "contradicted", note: "the 2019 trial", version: String(item.version) }, ada), { slug }),
    );
    expect(res.status).toBe(302);
    const claim = await body(await claimPage.loader(args(get(`/c/${slug}/claims/${second.id}`, rex), { slug, claimId: String(second.id) })));
    expect(claim.claim).toMatchObject({ verdict: "contradicted", adjudicated: true, reviewer: "Ada" });
    expect(claim.history[0]).toMatchObject({ adjudicated: true, previousVerdict: "contested", verdict: "contradicted" });
  });

  it("exports every reviewer's verdicts, the adjudications and the agreement figures", async () => {
    const res = await exportRoute.loader(args(get(`/c/${slug}/export/json`, ada), { slug, format: "json" }));
    const data = JSON.parse(await res.text());
    expect(Object.keys(data.reviews[0]).sort()).toEqual(
      ["adjudicated", "claimId", "evidence", "note", "previousVerdict", "reviewer", "role", "time", "verdict"].sort(),
    );
    expect(data.reviews.some((r: { adjudicated: boolean; role: string }) => r.adjudicated && r.role === "owner")).toBe(true);
    expect(data.agreement.overall).toMatchObject({ method: "cohen", rowRater: "Ada", columnRater: "Rex" });
    expect(data.agreement.overall.confusion).toHaveLength(3);
    expect(data.agreement.byCategory.length).toBeGreaterThan(0);
    const adjudicated = data.claims.find((c: { adjudicated: boolean }) => c.adjudicated);
    expect(adjudicated.verdict).toBe("contradicted");
  });
});
