// Re-extraction on a real SQLite file: stored claims that drifted from what the rules find now are brought up to
// date, and a reviewer's work is never lost.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getClaim, listGroups, replaceGroups } from "../../db/claims";
import type { DB } from "../../db/client";
import { createCorpus } from "../../db/corpora";
import type { ClaimRow, Corpus } from "../../db/schema";
import { recordVerdict, verdictHistory } from "../../db/verdicts";
import type { ImportDocument } from "~/import/documents";
import { importDocuments } from "~/import/import.server";
import { planSource, reextractCorpus } from "~/import/reextract.server";
import { tempDatabase } from "../helpers/db";

function doc(title: string, text: string): ImportDocument {
  return { title, origin: `${title}.txt`, format: "text", text, author: null, date: null, where: `${title}.txt` };
}

const TEXT_A =
  "Cupping therapy was developed in the 1950s by Dr. Jane Smith. More than 2,000 therapists practise cupping in Germany. " +
  "Cupping is highly effective in treating back pain.";
const TEXT_B = "Cupping originated in 1952. About 5,000 therapists practise it worldwide. It provided no measurable benefit in a 2019 trial.";

let db: DB;
let cleanup: () => Promise<void>;
let corpus: Corpus;
let sourceA: number;
let sourceB: number;

beforeEach(async () => {
  ({ db, cleanup } = await tempDatabase());
  corpus = await createCorpus(db, "Cupping");
  [sourceA, sourceB] = (await importDocuments(db, corpus.id, [doc("a", TEXT_A), doc("b", TEXT_B)])).map((r) => r.sourceId);
});
afterEach(async () => cleanup());

const claimsOf = (sourceId: number) =>
  db.selectFrom("claim").selectAll().where("source_id", "=", sourceId).orderBy("position").orderBy("id").execute();
const everything = async () => ({
  claims: await db.selectFrom("claim").selectAll().orderBy("id").execute(),
  verdicts: await db.selectFrom("verdict").selectAll().orderBy("id").execute(),
  groups: await db.selectFrom("claim_group").selectAll().orderBy("id").execute(),
});
const groupsOf = async () =>
  (await listGroups(db, corpus.id)).map(({ key, label, category, assessment, reason }) => ({ key, label, category, assessment, reason }));

/** A claim the current rules do not produce, at the start of a source. */
async function storeExtraClaim(sourceId: number, end: number, text: string): Promise<number> {
  const row = await db
    .insertInto("claim")
    .values({
      corpus_id: corpus.id,
      source_id: sourceId,
      position: 99,
      span_start: 0,
      span_end: end,
      text,
      category: "other",
      value_json: null,
      hedges_json: "[]",
      subject: null,
      facet: null,
      confidence: 0.5,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("reextractCorpus", () => {
  it("refreshes drifted claims in place, restores missing ones, and never loses a reviewer's work", async () => {
    const before = { a: await claimsOf(sourceA), b: await claimsOf(sourceB), groups: await groupsOf() };
    expect(before.a.length).toBeGreaterThanOrEqual(3);
    expect(before.groups.length).toBeGreaterThan(0);
    const [reviewed] = before.a;
    const deleted = before.a.at(-1)!;

    // a reviewed claim whose stored value and wording are out of date
    await recordVerdict(db, { claimId: reviewed.id, reviewer: "Ada", verdict: "supported", note: "checked" });
    await db
      .updateTable("claim")
      .set({ text: "stale wording", value_json: JSON.stringify({ kind: "year", min: 1900, max: 1900, approx: false }) })
      .where("id", "=", reviewed.id)
      .execute();
    // a claim the rules no longer give: unreviewed, reviewed, and named as another claim's evidence
    const bogus = await storeExtraClaim(sourceA, 7, "Cupping");
    const orphan = await storeExtraClaim(sourceB, 7, "Cupping (reviewed)");
    const cited = await storeExtraClaim(sourceB, 9, "Cupping o (cited)");
    await recordVerdict(db, { claimId: orphan, reviewer: "Ada", verdict: "contested" });
    await recordVerdict(db, { claimId: before.b[0].id, reviewer: "Bo", verdict: "supported", evidence: [{ kind: "claim", claimId: cited }] });
    // a claim the rules give that is missing, and groups that are gone
    await db.deleteFrom("claim").where("id", "=", deleted.id).execute();
    await replaceGroups(db, corpus.id, []);

    const progress: string[] = [];
    const summary = await reextractCorpus(db, corpus.id, (p) => progress.push(`${p.done}/${p.total} ${p.origin}`));

    const total = before.a.length + before.b.length;
    expect(summary).toEqual({ sources: 2, kept: total - 2, updated: 1, added: 1, removed: 1, keptReviewed: 2 });
    expect(progress).toEqual(["1/2 a.txt", "2/2 b.txt"]);

    // the reviewed claim keeps its id, its verdict and its history, with the current value and wording
    const after = await getClaim(db, reviewed.id);
    expect(after).toMatchObject({ verdict: "supported", note: "checked", text: reviewed.text, version: 1 });
    expect((await getClaim(db, reviewed.id))!.value).toEqual(JSON.parse(reviewed.value_json!));
    expect(await verdictHistory(db, reviewed.id)).toHaveLength(1);

    // source a: as imported, with the deleted claim back under a new id and the bogus claim gone
    const content = (c: ClaimRow) => [c.span_start, c.span_end, c.category, c.text, c.value_json, c.hedges_json, c.subject, c.facet, c.confidence];
    const a = await claimsOf(sourceA);
    expect(a.map(content)).toEqual(before.a.map(content));
    expect(a.map((c) => c.id).slice(0, -1)).toEqual(before.a.map((c) => c.id).slice(0, -1));
    expect(a.at(-1)!.id).not.toBe(deleted.id);
    expect(a.map((c) => c.position)).toEqual(a.map((_, i) => i));
    expect(await db.selectFrom("claim").select("id").where("id", "=", bogus).executeTakeFirst()).toBeUndefined();

    // source b: every claim kept, the two orphans untouched but for their place in the order, which follows the span
    const b = await claimsOf(sourceB);
    expect(b.map((c) => c.id).sort()).toEqual([...before.b.map((c) => c.id), orphan, cited].sort());
    expect(b.map((c) => c.position)).toEqual(b.map((_, i) => i));
    expect(b.map((c) => c.span_start)).toEqual([...b.map((c) => c.span_start)].sort((x, y) => x - y));
    expect(await getClaim(db, orphan)).toMatchObject({ text: "Cupping (reviewed)", start: 0, end: 7, verdict: "contested" });
    expect(await getClaim(db, cited)).toMatchObject({ text: "Cupping o (cited)", verdict: null });

    // the groups are rebuilt as the import made them, with the claims' group keys
    expect(await groupsOf()).toEqual(before.groups);
    const keys = (rows: ClaimRow[]) => rows.filter((c) => c.category !== "other").map((c) => [c.span_start, c.category, c.group_key]);
    expect(keys(a)).toEqual(keys(before.a));
    expect(keys(b)).toEqual(keys(before.b));

    // a second run finds everything as it is
    expect(await reextractCorpus(db, corpus.id)).toEqual({ sources: 2, kept: total, updated: 0, added: 0, removed: 0, keptReviewed: 2 });
  });

  it("changes nothing when it fails half-way, after claims were already rewritten", async () => {
    const [first, second] = await claimsOf(sourceA);
    await recordVerdict(db, { claimId: first.id, reviewer: "Ada", verdict: "supported" });
    await db.updateTable("claim").set({ value_json: null, text: "stale" }).where("id", "=", first.id).execute();
    await db.deleteFrom("claim").where("id", "=", second.id).execute();
    await storeExtraClaim(sourceB, 7, "Cupping");
    // a real constraint in the real database: regrouping, the transaction's last step, cannot store a group
    await sql`CREATE TRIGGER refuse_groups BEFORE INSERT ON claim_group
              BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`.execute(db);
    const snapshot = await everything();
    expect(snapshot.groups.length).toBeGreaterThan(0);

    await expect(reextractCorpus(db, corpus.id)).rejects.toThrow(/refused by test trigger/);
    expect(await everything()).toEqual(snapshot);
  });

  it("refuses a corpus that does not exist", async () => {
    await expect(reextractCorpus(db, 9999)).rejects.toThrow(/no corpus with id 9999/);
  });
});

describe("planSource", () => {
  const stored = (id: number, start: number, end: number, category: string, position: number, text = "t"): ClaimRow => ({
    id,
    corpus_id: 1,
    source_id: 1,
    position,
    span_start: start,
    span_end: end,
    text,
    category,
    value_json: null,
    hedges_json: "[]",
    subject: null,
    facet: null,
    confidence: 1,
    group_key: null,
    suggested_verdict: null,
    version: 0,
  });
  const fresh = (start: number, end: number, category: string, text = "t") => ({
    span_start: start,
    span_end: end,
    text,
    category,
    value_json: null,
    hedges_json: "[]",
    subject: null,
    facet: null,
    confidence: 1,
  });

  it.each<[string, ClaimRow[], ReturnType<typeof fresh>[], number[], Record<string, unknown>]>([
    ["same span and category: kept", [stored(1, 0, 5, "founder", 0)], [fresh(0, 5, "founder")], [], { kept: 1, deletes: [], inserts: [] }],
    ["new wording: updated in place", [stored(1, 0, 5, "founder", 0)], [fresh(0, 5, "founder", "new")], [], { kept: 0, updates: [{ id: 1, position: 0 }] }],
    ["another category at the span: a new claim", [stored(1, 0, 5, "founder", 0)], [fresh(0, 5, "other")], [], { deletes: [1], inserts: [{ category: "other" }] }],
    ["two at one key pair up in order", [stored(1, 0, 5, "other", 0), stored(2, 0, 5, "other", 1)], [fresh(0, 5, "other"), fresh(0, 5, "other")], [], { kept: 2, moves: [] }],
    ["an unmatched reviewed claim stays, placed by its span", [stored(1, 8, 9, "other", 0)], [fresh(0, 5, "founder"), fresh(10, 12, "other")], [1], { keptReviewed: 1, deletes: [], moves: [{ id: 1, position: 1 }] }],
  ])("%s", (_name, old, found, reviewed, expected) => {
    expect(planSource(old, found, new Set(reviewed))).toMatchObject(expected);
  });
});
