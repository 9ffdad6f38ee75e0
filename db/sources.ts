import { insertClaimRows, type ClaimContent } from "./claims";
import type { DB } from "./client";
import type { Source } from "./schema";

export interface SourceSummary {
  id: number;
  title: string;
  origin: string;
  format: string;
  author: string | null;
  published: string | null;
  imported_at: string;
  length: number;
  claimCount: number;
}

export async function listSources(db: DB, corpusId: number): Promise<SourceSummary[]> {
  const rows = await db
    .selectFrom("source")
    .where("source.corpus_id", "=", corpusId)
    .select([
      "source.id",
      "source.title",
      "source.origin",
      "source.format",
      "source.author",
      "source.published",
      "source.imported_at",
      (eb) => eb.fn<number>("length", ["source.text"]).as("length"),
      (eb) =>
        eb
          .selectFrom("claim")
          .whereRef("claim.source_id", "=", "source.id")
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("claimCount"),
    ])
    .orderBy("source.origin")
    .orderBy("source.id")
    .execute();
  return rows.map((r) => ({ ...r, length: Number(r.length), claimCount: Number(r.claimCount ?? 0) }));
}

export async function getSource(db: DB, id: number): Promise<Source | undefined> {
  return db.selectFrom("source").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findSourceByHash(db: DB, corpusId: number, contentHash: string): Promise<Source | undefined> {
  return db
    .selectFrom("source")
    .selectAll()
    .where("corpus_id", "=", corpusId)
    .where("content_hash", "=", contentHash)
    .executeTakeFirst();
}

export interface NewSourceWithClaims {
  corpusId: number;
  title: string;
  origin: string;
  format: string;
  text: string;
  contentHash: string;
  author: string | null;
  published: string | null;
  claims: ClaimContent[];
}

/** Inserts one source and its claims. Call inside a transaction: a failure leaves neither behind. */
export async function insertSourceWithClaims(db: DB, input: NewSourceWithClaims): Promise<number> {
  const source = await db
    .insertInto("source")
    .values({
      corpus_id: input.corpusId,
      title: input.title,
      origin: input.origin,
      format: input.format,
      text: input.text,
      content_hash: input.contentHash,
      author: input.author,
      published: input.published,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertClaimRows(
    db,
    input.claims.map((c, position) => ({ ...c, corpus_id: input.corpusId, source_id: source.id, position })),
  );
  return source.id;
}
