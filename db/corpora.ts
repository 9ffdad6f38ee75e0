import { sql } from "kysely";
import type { DB } from "./client";
import type { Corpus } from "./schema";

/** "Mesotherapy & Co." → "mesotherapy-co": the corpus's address in URLs and its handle on the command line. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "corpus";
}

export class CorpusExistsError extends Error {
  constructor(public readonly corpus: Corpus) {
    super(`a corpus named "${corpus.name}" already exists`);
  }
}

export async function findCorpus(db: DB, nameOrSlug: string): Promise<Corpus | undefined> {
  const slug = slugify(nameOrSlug);
  return db
    .selectFrom("corpus")
    .selectAll()
    .where((eb) => eb.or([eb("slug", "=", slug), eb("name", "=", nameOrSlug.trim())]))
    .orderBy("id")
    .executeTakeFirst();
}

export async function getCorpus(db: DB, id: number): Promise<Corpus | undefined> {
  return db.selectFrom("corpus").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function createCorpus(db: DB, name: string): Promise<Corpus> {
  const clean = name.trim();
  const existing = await findCorpus(db, clean);
  if (existing) throw new CorpusExistsError(existing);
  return db
    .insertInto("corpus")
    .values({ name: clean, slug: slugify(clean) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The CLI's and the importer's "find it or make it". */
export async function findOrCreateCorpus(db: DB, name: string): Promise<Corpus> {
  return (await findCorpus(db, name)) ?? createCorpus(db, name);
}

export interface CorpusSummary extends Corpus {
  sourceCount: number;
  claimCount: number;
  reviewedCount: number;
}

/** Every corpus, or with a user id only those the user is a member of. */
export async function listCorpora(db: DB, forUserId?: number): Promise<CorpusSummary[]> {
  let query = db.selectFrom("corpus");
  if (forUserId !== undefined) {
    query = query.where("corpus.id", "in", (eb) =>
      eb.selectFrom("membership").select("membership.corpus_id").where("membership.user_id", "=", forUserId),
    );
  }
  const rows = await query
    .select([
      "corpus.id",
      "corpus.name",
      "corpus.slug",
      "corpus.created_at",
      "corpus.blind_review",
      (eb) =>
        eb
          .selectFrom("source")
          .whereRef("source.corpus_id", "=", "corpus.id")
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("sourceCount"),
      (eb) =>
        eb
          .selectFrom("claim")
          .whereRef("claim.corpus_id", "=", "corpus.id")
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("claimCount"),
      (eb) =>
        eb
          .selectFrom("claim")
          .whereRef("claim.corpus_id", "=", "corpus.id")
          .where(({ exists, selectFrom }) =>
            exists(selectFrom("verdict").select(sql.lit(1).as("one")).whereRef("verdict.claim_id", "=", "claim.id")),
          )
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("reviewedCount"),
    ])
    .orderBy("corpus.name")
    .execute();
  return rows.map((r) => ({
    ...r,
    sourceCount: Number(r.sourceCount ?? 0),
    claimCount: Number(r.claimCount ?? 0),
    reviewedCount: Number(r.reviewedCount ?? 0),
  }));
}

export async function getMeta(db: DB, key: string): Promise<string | undefined> {
  const row = await db.selectFrom("app_meta").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: DB, key: string, value: string): Promise<void> {
  await db
    .insertInto("app_meta")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}

export async function setBlindReview(db: DB, corpusId: number, on: boolean): Promise<void> {
  await db.updateTable("corpus").set({ blind_review: on ? 1 : 0 }).where("id", "=", corpusId).execute();
}
