// Routes through their real loaders and actions on a real SQLite file: what a browser's requests do.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/db";

const dir = tempDir("claimscope-routes-");
process.env.DATABASE_URL = path.join(dir, "routes.sqlite");

const home = await import("~/routes/_index");
const overview = await import("~/routes/c.$slug._index");
const sourcePage = await import("~/routes/c.$slug.sources.$sourceId");
const claimsPage = await import("~/routes/c.$slug.claims._index");
const claimPage = await import("~/routes/c.$slug.claims.$claimId");
const exportRoute = await import("~/routes/c.$slug.export.$format");

type Args = Parameters<typeof home.action>[0];
const BASE = "http://localhost";

function args(request: Request, params: Record<string, string> = {}): Args {
  return { request, params, context: {} } as Args;
}

function post(url: string, fields: Record<string, string>, cookie?: string) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return new Request(`${BASE}${url}`, { method: "POST", body, headers: cookie ? { Cookie: cookie } : {} });
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

const CLINIC_TEXT =
  "Cupping therapy was developed in the 1950s by Dr. Jane Smith. More than 2,000 therapists practise cupping in Germany. " +
  "Cupping is highly effective in treating back pain. Sessions last about 20 minutes.";

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("home", () => {
  it("says there is no corpus yet, then creates one and redirects to it", async () => {
    const empty = await body(await home.loader());
    expect(empty.corpora).toEqual([]);
    const res = await home.action(args(post("/", { intent: "create-corpus", name: "Cupping therapy" })));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/c/cupping-therapy");
  });

  it.each([
    [{ intent: "create-corpus", name: "   " }, /Give the corpus a name/],
    [{ intent: "create-corpus", name: "x".repeat(121) }, /under 120 characters/],
    [{ intent: "create-corpus", name: "!!!" }, /at least one letter or digit/],
    [{ intent: "create-corpus", name: "cupping THERAPY" }, /already exists/],
    [{ intent: "drop-tables", name: "x" }, /Invalid input/],
  ])("refuses %j with 400 and a message for the field", async (fields, message) => {
    const res = await home.action(args(post("/", fields)));
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(JSON.stringify(data.errors)).toMatch(message);
  });
});

describe("import on the corpus page", () => {
  function upload(files: Array<[string, BlobPart]>, fields: Record<string, string> = {}) {
    const body = new FormData();
    for (const [name, content] of files) body.append("files", new File([content], name));
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    return new Request(`${BASE}/c/cupping-therapy`, { method: "POST", body });
  }

  it("imports uploaded files and pasted text, and the sources appear with their claim counts", async () => {
    const res = await overview.action(
      args(upload([["clinic.txt", CLINIC_TEXT]], { title: "Pasted note", origin: "https://example.org/note", text: "Cupping originated in 1952." }), { slug: "cupping-therapy" }),
    );
    const data = await body(res);
    expect(data).toMatchObject({ ok: true, duplicates: [] });
    expect(data.added.map((a: { title: string }) => a.title).sort()).toEqual(["Pasted note", "clinic.txt"]);
    const page = await body(await overview.loader(args(new Request(`${BASE}/c/cupping-therapy`), { slug: "cupping-therapy" })));
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
    const before = (await body(await overview.loader(args(new Request(`${BASE}/c/cupping-therapy`), { slug: "cupping-therapy" })))).sources.length;
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
    const after = (await body(await overview.loader(args(new Request(`${BASE}/c/cupping-therapy`), { slug: "cupping-therapy" })))).sources.length;
    expect(after).toBe(before);
  });

  it("answers 404 in words for an unknown corpus", async () => {
    const res = await catchResponse(overview.loader(args(new Request(`${BASE}/c/nope`), { slug: "nope" })));
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/No corpus "nope"/);
  });
});

describe("verdicts", () => {
  let claimId: number;
  let sourceId: number;
  let cookie: string;

  beforeAll(async () => {
    const data = await body(await claimsPage.loader(args(new Request(`${BASE}/c/cupping-therapy/claims`), { slug: "cupping-therapy" })));
    claimId = data.claims[0].id;
    sourceId = data.claims[0].sourceId;
  });

  it("asks for a name before storing a verdict, and stores nothing", async () => {
    const res = await sourcePage.action(args(post(`/c/cupping-therapy/sources/${sourceId}`, { intent: "verdict", claimId: String(claimId), verdict: "supported" }), { slug: "cupping-therapy", sourceId: String(sourceId) }));
    expect(res.status).toBe(400);
    expect((await body(res)).errors.reviewer[0]).toMatch(/Enter your name/);
    const claim = await body(await claimPage.loader(args(new Request(`${BASE}/c/cupping-therapy/claims/${claimId}`), { slug: "cupping-therapy", claimId: String(claimId) })));
    expect(claim.history).toEqual([]);
  });

  it("stores the verdict with the reviewer's name, remembers the name in a cookie, and redirects back", async () => {
    const here = `/c/cupping-therapy/sources/${sourceId}?claim=${claimId}`;
    const res = await sourcePage.action(
      args(post(`/c/cupping-therapy/sources/${sourceId}`, { intent: "verdict", claimId: String(claimId), verdict: "contested", reviewer: "Ada", note: "one trial only", redirectTo: here }), { slug: "cupping-therapy", sourceId: String(sourceId) }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(here);
    cookie = res.headers.get("Set-Cookie")!.split(";")[0];
    expect(cookie).toMatch(/^claimscope_reviewer=/);
    const page = await body(await sourcePage.loader(args(new Request(`${BASE}${here}`, { headers: { Cookie: cookie } }), { slug: "cupping-therapy", sourceId: String(sourceId) })));
    expect(page.reviewer).toBe("Ada");
    expect(page.selected).toMatchObject({ id: claimId, verdict: "contested", reviewer: "Ada", note: "one trial only" });
  });

  it("appends to the history on the claim page, and never redirects off-site", async () => {
    const res = await claimPage.action(
      args(post(`/c/cupping-therapy/claims/${claimId}`, { intent: "verdict", claimId: String(claimId), verdict: "supported", redirectTo: "//evil.example/phish" }, cookie), { slug: "cupping-therapy", claimId: String(claimId) }),
    );
    expect(res.headers.get("Location")).toBe(`/c/cupping-therapy/claims/${claimId}`);
    const claim = await body(await claimPage.loader(args(new Request(`${BASE}/c/cupping-therapy/claims/${claimId}`), { slug: "cupping-therapy", claimId: String(claimId) })));
    expect(claim.history.map((h: { verdict: string }) => h.verdict)).toEqual(["supported", "contested"]);
    expect(claim.claim.verdict).toBe("supported");
  });

  it.each([
    [{ verdict: "true" }, "verdict", /Choose supported, contested or contradicted/],
    [{ verdict: "supported", reviewer: "<script>alert(1)</script>" }, "reviewer", /ordinary punctuation/],
    [{ verdict: "supported", note: "x".repeat(5001) }, "note", /under 5,000 characters/],
  ])("refuses %j with a message on the %s field", async (fields, field, message) => {
    const res = await claimPage.action(args(post(`/c/cupping-therapy/claims/${claimId}`, { intent: "verdict", claimId: String(claimId), ...fields }, cookie), { slug: "cupping-therapy", claimId: String(claimId) }));
    expect(res.status).toBe(400);
    expect((await body(res)).errors[field].join(" ")).toMatch(message);
  });

  it("refuses a verdict on a claim of another corpus", async () => {
    await home.action(args(post("/", { intent: "create-corpus", name: "Other" })));
    const res = await catchResponse(claimPage.action(args(post(`/c/other/claims/${claimId}`, { intent: "verdict", claimId: String(claimId), verdict: "supported" }, cookie), { slug: "other", claimId: String(claimId) })));
    expect(res.status).toBe(404);
  });

  it("filters the claims table by verdict and ignores a nonsense filter", async () => {
    const url = (q: string) => new Request(`${BASE}/c/cupping-therapy/claims?${q}`);
    const supported = await body(await claimsPage.loader(args(url("verdict=supported"), { slug: "cupping-therapy" })));
    expect(supported.claims.map((c: { id: number }) => c.id)).toEqual([claimId]);
    const nonsense = await body(await claimsPage.loader(args(url("category=bogus&page=-3"), { slug: "cupping-therapy" })));
    const all = await body(await claimsPage.loader(args(url(""), { slug: "cupping-therapy" })));
    expect(nonsense.total).toBe(all.total);
    expect(nonsense.page).toBe(1);
  });

  it("exports the verdict in the CSV download", async () => {
    const res = await exportRoute.loader(args(new Request(`${BASE}/c/cupping-therapy/export/csv`), { slug: "cupping-therapy", format: "csv" }));
    expect(res.headers.get("Content-Type")).toMatch(/text\/csv/);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="cupping-therapy.csv"');
    const text = await res.text();
    expect(text).toMatch(new RegExp(`\\n${claimId},[^\\n]*,supported,Ada,`));
    const unknown = await catchResponse(exportRoute.loader(args(new Request(`${BASE}/c/cupping-therapy/export/xlsx`), { slug: "cupping-therapy", format: "xlsx" })));
    expect(unknown.status).toBe(404);
  });
});
