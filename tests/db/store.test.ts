// The database layer on a real SQLite file: schema, imports all-or-nothing, dedupe, verdict history.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getClaim, listClaims, listGroups } from "../../db/claims";
import type { DB } from "../../db/client";
import { resolveDatabasePath } from "../../db/client";
import { createCorpus, CorpusExistsError, findCorpus, listCorpora, slugify } from "../../db/corpora";
import { listSources } from "../../db/sources";
import { recordVerdict, verdictHistory } from "../../db/verdicts";
import type { ImportDocument } from "~/import/documents";
import { ImportError } from "~/import/decode";
import { importDocuments } from "~/import/import.server";
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

beforeEach(async () => {
  ({ db, cleanup } = await tempDatabase());
});
afterEach(async () => cleanup());

describe("database location", () => {
  it.each([
    [undefined, "data/claimscope.sqlite"],
    ["", "data/claimscope.sqlite"],
    ["/tmp/x.sqlite", "/tmp/x.sqlite"],
    ["file:data/other.sqlite", "data/other.sqlite"],
    ["file:///var/lib/claims%20db.sqlite", "/var/lib/claims db.sqlite"],
  ])("DATABASE_URL %j is the file %j", (url, file) => {
    expect(resolveDatabasePath(url)).toBe(file);
  });

  it("refuses a PostgreSQL URL with a reason instead of creating a file of that name", () => {
    expect(() => resolveDatabasePath("postgres://u@h/db")).toThrow(/PostgreSQL/);
  });
});

describe("the schema", () => {
  it("runs with foreign keys on and write-ahead logging", async () => {
    const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db);
    const wal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db);
    expect(fk.rows[0].foreign_keys).toBe(1);
    expect(wal.rows[0].journal_mode).toBe("wal");
  });
});

describe("corpora", () => {
  it.each([
    ["Mesotherapy", "mesotherapy"],
    ["Ear candling & Co.", "ear-candling-co"],
    ["Académie", "academie"],
    ["!!!", "corpus"],
  ])("slug of %j is %j", (name, slug) => expect(slugify(name)).toBe(slug));

  it("refuses a second corpus of the same name and finds one by name or slug", async () => {
    await createCorpus(db, "Cupping therapy");
    await expect(createCorpus(db, "cupping   therapy")).rejects.toBeInstanceOf(CorpusExistsError);
    expect((await findCorpus(db, "cupping-therapy"))?.name).toBe("Cupping therapy");
    expect((await findCorpus(db, "Cupping therapy"))?.slug).toBe("cupping-therapy");
  });
});

describe("importing", () => {
  it("stores each source exactly as given, with claims whose spans quote it", async () => {
    const corpus = await createCorpus(db, "Cupping");
    const text = "  Line one.\r\n\r\nCupping was developed in 1952 by Dr. Jane Smith.\u00a0Accents: é, ü.\n";
    const [result] = await importDocuments(db, corpus.id, [doc("a", text)]);
    expect(result.status).toBe("added");
    const source = await db.selectFrom("source").selectAll().where("id", "=", result.sourceId).executeTakeFirstOrThrow();
    expect(source.text).toBe(text);
    const { claims } = await listClaims(db, { corpusId: corpus.id });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      const quote = text.slice(c.start, c.end);
      expect(quote.length).toBeGreaterThan(0);
      expect(quote.trim()).toBe(quote);
    }
  });

  it("names the file whose claims could not be extracted, and stores none of the batch", async () => {
    const corpus = await createCorpus(db, "Cupping");
    await importDocuments(db, corpus.id, [doc("a", TEXT_A)]);
    // a document whose text is no string (a caller's bug) makes the pipeline throw on it
    const broken = { ...doc("broken", TEXT_B), text: null as unknown as string, where: "broken.txt" };
    const attempt = importDocuments(db, corpus.id, [doc("b", TEXT_B), broken]);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(importDocuments(db, corpus.id, [broken])).rejects.toThrow(/^broken\.txt: its claims could not be extracted \(.+\); nothing was imported/);
    // what was stored before is intact, and the good file of the failed batch was not stored either
    expect((await listSources(db, corpus.id)).map((s) => s.title)).toEqual(["a"]);
  });

  it("adds nothing when the same content is imported again, even under another name", async () => {
    const corpus = await createCorpus(db, "Cupping");
    await importDocuments(db, corpus.id, [doc("a", TEXT_A), doc("b", TEXT_B)]);
    const again = await importDocuments(db, corpus.id, [doc("renamed", TEXT_A), doc("b", TEXT_B), doc("b-twice", TEXT_B)]);
    expect(again.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate"]);
    expect(await listSources(db, corpus.id)).toHaveLength(2);
  });

  it("the same text may live in two corpora", async () => {
    const one = await createCorpus(db, "One");
    const two = await createCorpus(db, "Two");
    await importDocuments(db, one.id, [doc("a", TEXT_A)]);
    const [r] = await importDocuments(db, two.id, [doc("a", TEXT_A)]);
    expect(r.status).toBe("added");
  });

  it("is all or nothing: a failure on the second source leaves no trace of the first", async () => {
    const corpus = await createCorpus(db, "Cupping");
    await importDocuments(db, corpus.id, [doc("kept", TEXT_B)]);
    // a real constraint in the real database stands in for any failure half-way through
    await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON source WHEN NEW.title = 'boom'
              BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`.execute(db);
    await expect(importDocuments(db, corpus.id, [doc("first", TEXT_A), doc("boom", "Another text entirely.")])).rejects.toThrow(
      /refused by test trigger/,
    );
    const sources = await listSources(db, corpus.id);
    expect(sources.map((s) => s.title)).toEqual(["kept"]);
    const claimCount = await db.selectFrom("claim").select((e) => e.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(claimCount.n)).toBe(sources[0].claimCount);
  });

  it("groups the corpus's claims after an import and counts sources, claims and reviewed claims", async () => {
    const corpus = await createCorpus(db, "Cupping");
    await importDocuments(db, corpus.id, [doc("a", TEXT_A), doc("b", TEXT_B)]);
    const groups = await listGroups(db, corpus.id);
    const { claims } = await listClaims(db, { corpusId: corpus.id });
    for (const g of groups) {
      for (const id of g.claimIds) expect(claims.find((c) => c.id === id)?.groupKey).toBe(g.key);
    }
    await recordVerdict(db, { claimId: claims[0].id, reviewer: "Ada", verdict: "supported" });
    const [summary] = await listCorpora(db);
    expect(summary).toMatchObject({ sourceCount: 2, claimCount: claims.length, reviewedCount: 1 });
  });
});

describe("verdicts", () => {
  it("keep every change in an append-only history; each reviewer's newest row is their verdict", async () => {
    const corpus = await createCorpus(db, "Cupping");
    await importDocuments(db, corpus.id, [doc("a", TEXT_A)]);
    const { claims } = await listClaims(db, { corpusId: corpus.id });
    const id = claims[0].id;
    await recordVerdict(db, { claimId: id, reviewer: "Ada", verdict: "supported", note: "two sources", at: new Date("2026-01-01T10:00:00Z") });
    expect(await getClaim(db, id)).toMatchObject({ verdict: "supported", reviewer: "Ada", note: "two sources", disagreement: false });
    await recordVerdict(db, { claimId: id, reviewer: "Grace", verdict: "contradicted", evidence: "https://example.org/trial", at: new Date("2026-01-02T10:00:00Z") });
    // two reviewers who disagree: the claim is contested, shown as "reviewers disagree" (docs/decisions/003)
    expect(await getClaim(db, id)).toMatchObject({ verdict: "contested", disagreement: true, reviewer: "Ada, Grace", note: null });
    await recordVerdict(db, { claimId: id, reviewer: "Grace", verdict: "supported", evidence: "https://example.org/trial", at: new Date("2026-01-03T10:00:00Z") });
    expect(await getClaim(db, id)).toMatchObject({ verdict: "supported", reviewer: "Ada, Grace", evidence: "https://example.org/trial", note: null });
    await recordVerdict(db, { claimId: id, reviewer: "Grace", verdict: null });
    await recordVerdict(db, { claimId: id, reviewer: "Ada", verdict: null });
    expect((await getClaim(db, id))?.verdict).toBeNull();
    const history = await verdictHistory(db, id);
    expect(history.map((h) => [h.reviewer, h.previousVerdict, h.verdict])).toEqual([
      ["Ada", "supported", null],
      ["Grace", "supported", null],
      ["Grace", "contradicted", "supported"],
      ["Grace", null, "contradicted"],
      ["Ada", null, "supported"],
    ]);
    expect(history[2].evidenceItems).toEqual([{ kind: "url", url: "https://example.org/trial" }]);
  });

  it("filter the claims table by verdict, category and source, with pagination", async () => {
    const corpus = await createCorpus(db, "Cupping");
    await importDocuments(db, corpus.id, [doc("a", TEXT_A), doc("b", TEXT_B)]);
    const all = await listClaims(db, { corpusId: corpus.id });
    await recordVerdict(db, { claimId: all.claims[1].id, reviewer: "Ada", verdict: "contested" });
    expect((await listClaims(db, { corpusId: corpus.id, verdict: "contested" })).claims.map((c) => c.id)).toEqual([all.claims[1].id]);
    expect((await listClaims(db, { corpusId: corpus.id, verdict: "unreviewed" })).total).toBe(all.total - 1);
    const firstSource = all.claims[0].sourceId;
    const bySource = await listClaims(db, { corpusId: corpus.id, sourceId: firstSource });
    expect(bySource.claims.every((c) => c.sourceId === firstSource)).toBe(true);
    const category = all.claims[0].category;
    const byCategory = await listClaims(db, { corpusId: corpus.id, category });
    expect(byCategory.claims.every((c) => c.category === category)).toBe(true);
    const page2 = await listClaims(db, { corpusId: corpus.id }, { offset: 1, limit: 2 });
    expect(page2.claims.map((c) => c.id)).toEqual(all.claims.slice(1, 3).map((c) => c.id));
    expect(page2.total).toBe(all.total);
  });
});
