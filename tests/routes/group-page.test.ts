// The group page's loader and action, called directly against a real SQLite file: a corpus built from the gold
// file (known groups, reasons and conflicts), and the demo texts imported through the real pipeline.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, FIXTURES } from "../helpers/db";

const dir = tempDir("claimscope-routes-");
// Before the first getDb(): the app's database handle reads DATABASE_URL once.
process.env.DATABASE_URL = path.join(dir, "routes.sqlite");

const { getDb } = await import("~/db.server");
const { loader, action } = await import("~/routes/c.$slug.groups.$");
const { loader: overviewLoader } = await import("~/routes/c.$slug._index");
const { seedGoldCorpus } = await import("../helpers/gold-corpus");
const { MIXED_UNITS, seedMixedUnitsCorpus } = await import("../helpers/seed-corpus");
const { importDocuments } = await import("~/import/import.server");
const { readImportDocuments } = await import("~/import/files.server");
const { createCorpus } = await import("../../db/corpora");
const { listClaims, listGroups } = await import("../../db/claims");
const { createUser } = await import("../../db/users");
const { createUserSession } = await import("~/auth.server");

/** The session cookie of a signed-in user, as the browser would send it back. */
let cookie = "";
const headers = (extra: Record<string, string> = {}) => ({ Cookie: cookie, ...extra });

type GroupData = Awaited<ReturnType<typeof loader>> extends Response ? any : never;

async function load(slug: string, key: string): Promise<GroupData> {
  const response = await loader({ request: new Request(`http://test/c/${slug}/groups/${key}`, { headers: headers() }), params: { slug, "*": key }, context: {} } as any);
  return response.json();
}

async function status(fn: () => Promise<unknown>): Promise<{ status: number; text: string }> {
  try {
    await fn();
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, text: await thrown.text() };
    throw thrown;
  }
  return { status: 200, text: "" };
}

let gold: Awaited<ReturnType<typeof seedGoldCorpus>>;
let mixed: Awaited<ReturnType<typeof seedMixedUnitsCorpus>>;
let demoSlug: string;

beforeAll(async () => {
  const db = await getDb();
  gold = await seedGoldCorpus(db, "Gold mesotherapy");
  mixed = await seedMixedUnitsCorpus(db, "Depth in two units");
  const demo = await createCorpus(db, "Demo mesotherapy");
  demoSlug = demo.slug;
  await importDocuments(db, demo.id, readImportDocuments([path.join(FIXTURES, "mesotherapy")]));
  // The first account owns every corpus that has no owner yet: both of these.
  const user = await createUser(db, { email: "route@example.org", name: "Route Tester", passwordHash: "scrypt$16384$8$1$x$y" });
  const session = await createUserSession(new Request("http://test/login"), user.id, "/");
  cookie = session.headers.get("Set-Cookie")!.split(";")[0];
});

afterAll(async () => {
  await (await getDb()).destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("group page loader", () => {
  it("answers every gold group with its question, assessment, reason and one card per source", async () => {
    for (const g of gold.groups) {
      expect(g.key).toContain("/");
      const data = await load(gold.corpus.slug, g.key);
      expect(data.group).toMatchObject({ key: g.key, label: g.label, assessment: g.assessment, reason: g.reason });
      expect(data.sources.map((s: { id: number }) => s.id).sort()).toEqual([...g.sourceIds].sort());
      const ids = data.sources.flatMap((s: { claims: Array<{ id: number }> }) => s.claims.map((c) => c.id));
      expect(ids.sort()).toEqual([...g.claimIds].sort());
      expect(data.conflicts).toHaveLength(g.conflicts.length);
    }
  });

  it("quotes each claim in its context, the quote exactly the source's text at the span", async () => {
    const db = await getDb();
    const g = gold.groups.find((x) => x.key === "mesotherapy/practitioner_count")!;
    const data = await load(gold.corpus.slug, g.key);
    const { claims } = await listClaims(db, { corpusId: gold.corpus.id, groupKey: g.key });
    for (const source of data.sources) {
      const text = (await db.selectFrom("source").select("text").where("id", "=", source.id).executeTakeFirstOrThrow()).text;
      for (const c of source.claims) {
        const stored = claims.find((x) => x.id === c.id)!;
        expect(c.context.quote).toBe(text.slice(stored.start, stored.end));
        expect(text).toContain(`${c.context.before}${c.context.quote}${c.context.after}`);
        expect(c.context.before.length + c.context.after.length).toBeGreaterThan(0);
        expect(c.context.before.length).toBeLessThanOrEqual(160);
        expect(c.valueText).toMatch(/\d/);
      }
    }
  });

  it("marks the claims of a conflicting pair and names both sides", async () => {
    const g = gold.groups.find((x) => x.assessment === "conflicting" && x.conflicts.length)!;
    const data = await load(gold.corpus.slug, g.key);
    const flagged = data.sources.flatMap((s: any) => s.claims.filter((c: any) => c.inConflict).map((c: any) => c.id));
    expect(flagged.sort()).toEqual([...new Set(g.conflicts.flat())].sort());
    for (const [a, b] of data.conflicts) {
      expect(a.source).toBeTruthy();
      expect(b.source).toBeTruthy();
      expect(g.conflicts).toContainEqual([a.id, b.id]);
    }
  });

  it.each([
    ["an unknown group", () => "Gold mesotherapy", "mesotherapy/no-such-question", /No group "mesotherapy\/no-such-question"/],
    ["an empty key", () => "Gold mesotherapy", "", /No group/],
    ["an unknown corpus", () => "no-such-corpus", "mesotherapy/founder", /No corpus "no-such-corpus"/],
  ])("answers 404 in words for %s", async (_, slug, key, words) => {
    const s = slug() === "Gold mesotherapy" ? gold.corpus.slug : slug();
    const result = await status(() =>
      loader({ request: new Request(`http://test/c/${s}/groups/${key}`, { headers: headers() }), params: { slug: s, "*": key }, context: {} } as any),
    );
    expect(result.status).toBe(404);
    expect(result.text).toMatch(words);
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const g = gold.groups[0];
    const result = await loader({ request: new Request(`http://test/c/${gold.corpus.slug}/groups/${g.key}`), params: { slug: gold.corpus.slug, "*": g.key }, context: {} } as any).catch((r: unknown) => r);
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("stores a verdict from the group page and sends the reviewer back to that claim", async () => {
    const g = gold.groups.find((x) => x.key === "mesotherapy/practitioner_count")!;
    const claimId = g.claimIds[0];
    const before = await load(gold.corpus.slug, g.key);
    const version = before.sources.flatMap((s: any) => s.claims).find((c: any) => c.id === claimId).version;
    const body = new URLSearchParams({ intent: "verdict", claimId: String(claimId), version: String(version), verdict: "contested", redirectTo: `/c/${gold.corpus.slug}/groups/${g.key}#claim-${claimId}` });
    const response = (await action({
      request: new Request(`http://test/c/${gold.corpus.slug}/groups/${g.key}`, { method: "POST", body, headers: headers({ Origin: "http://test" }) }),
      params: { slug: gold.corpus.slug, "*": g.key },
      context: {},
    } as any)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/c/${gold.corpus.slug}/groups/${g.key}#claim-${claimId}`);
    const data = await load(gold.corpus.slug, g.key);
    const claim = data.sources.flatMap((s: any) => s.claims).find((c: any) => c.id === claimId);
    expect(claim).toMatchObject({ verdict: "contested", reviewer: "Route Tester", myVerdict: "contested" });
  });

  it("answers every group the pipeline makes of the demo texts, one card per source of its claims", async () => {
    const db = await getDb();
    const demo = (await db.selectFrom("corpus").selectAll().where("slug", "=", demoSlug).executeTakeFirstOrThrow());
    const groups = await listGroups(db, demo.id);
    const { claims } = await listClaims(db, { corpusId: demo.id });
    for (const g of groups) {
      const data = await load(demoSlug, g.key);
      const sources = new Set(claims.filter((c) => c.groupKey === g.key).map((c) => c.sourceId));
      expect(data.sources).toHaveLength(sources.size);
      expect(data.group.label).toBe(g.label);
    }
  });
});

describe("the overview's chart data", () => {
  async function charts(slug: string) {
    const response = await overviewLoader({ request: new Request(`http://test/c/${slug}`, { headers: headers() }), params: { slug }, context: {} } as any);
    return (await response.json()).charts;
  }

  it("has one disagreement bar per group, conflicts first, and splits each group's sources by the rule", async () => {
    const data = await charts(gold.corpus.slug);
    expect(data.disagreement).toHaveLength(gold.groups.length);
    const order = { conflicting: 0, divergent: 1, consistent: 2, single: 3 } as const;
    const ranks = data.disagreement.map((r: { assessment: keyof typeof order }) => order[r.assessment]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const row of data.disagreement) {
      const g = gold.groups.find((x) => x.key === row.key)!;
      expect(row.agreeing.length + row.disagreeing.length).toBe(g.sourceIds.length);
      if (g.assessment === "consistent") expect(row.disagreeing).toEqual([]);
    }
    // 18,000 worldwide (002) against about 50,000 (004): those two disagree, 000 (more than 15,000 in France) does not.
    const practitioners = data.disagreement.find((r: { key: string }) => r.key === "mesotherapy/practitioner_count")!;
    expect(practitioners.disagreeing).toHaveLength(2);
    expect(practitioners.agreeing).toHaveLength(1);
  });

  it("counts every claim once in the verdicts by source, and plots every dated claim on the timeline", async () => {
    const db = await getDb();
    const data = await charts(gold.corpus.slug);
    const { claims } = await listClaims(db, { corpusId: gold.corpus.id });
    expect(data.verdicts).toHaveLength(5);
    const total = data.verdicts.reduce((n: number, v: any) => n + v.supported + v.contested + v.contradicted + v.unreviewed, 0);
    expect(total).toBe(claims.length);
    expect(data.verdicts.reduce((n: number, v: any) => n + v.contested, 0)).toBe(1); // the verdict given above
    expect(data.timeline.points).toHaveLength(claims.filter((c) => c.value?.kind === "year").length);
    for (const p of data.timeline.points) expect(p.at).toBeGreaterThanOrEqual(data.timeline.domain[0]);
  });

  it("draws each numeric group once, with open ranges marked and every figure inside the axis", async () => {
    const data = await charts(gold.corpus.slug);
    const keys = data.numeric.map((n: { key: string }) => n.key);
    expect(keys).toEqual(expect.arrayContaining(["mesotherapy/practitioner_count", "mesotherapy/origin_date", "mesotherapy/sessions"]));
    expect(new Set(keys).size).toBe(keys.length);
    const practitioners = data.numeric.find((n: { key: string }) => n.key === "mesotherapy/practitioner_count")!;
    // practitioners and physicians are both counted: one axis
    expect(practitioners.panels).toHaveLength(1);
    expect(practitioners.panels[0].points).toHaveLength(3);
    expect(practitioners.panels[0].points.filter((p: { hi: number | null }) => p.hi === null)).toHaveLength(1);
    for (const group of data.numeric) {
      for (const panel of group.panels) {
        for (const p of panel.points) {
          expect(p.lo).toBeGreaterThanOrEqual(panel.domain[0]);
          expect(p.hi ?? panel.cap).toBeLessThanOrEqual(panel.domain[1]);
        }
      }
    }
  });

  it("draws a group's figures in every unit they are stated in, one panel per unit, the most used first", async () => {
    const data = await charts(mixed.corpus.slug);
    const [depth] = data.numeric;
    expect(depth.key).toBe(MIXED_UNITS.groupKey);
    expect(depth.panels.map((p: { kind: string; unit: string | null }) => `${p.kind} ${p.unit}`)).toEqual(["quantity mm", "quantity in"]);
    expect(depth.panels.map((p: { points: unknown[] }) => p.points.length)).toEqual([2, 1]);
    const [inches] = depth.panels[1].points;
    expect(inches).toMatchObject({ source: "Wellness Weekly", quote: MIXED_UNITS.inches, lo: 0.16, hi: 0.16 });
    expect(inches.valueText).toContain("0.16 in");
    expect(depth.panels[1].rows).toEqual(["Wellness Weekly"]);
    // each panel's axis is its own: inches are not squeezed onto the millimetre axis
    expect(depth.panels[1].domain[1]).toBeLessThan(1);
    expect(depth.panels[0].domain[1]).toBeGreaterThanOrEqual(4);
  });
});
