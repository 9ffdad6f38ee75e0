// Queries the corpus views need beyond claims.ts and sources.ts.
import type { DB } from "./client";

/** The stored texts of some sources of one corpus, in one query (the group page quotes each claim in context). */
export async function listSourceTexts(
  db: DB,
  corpusId: number,
  sourceIds: number[],
): Promise<Array<{ id: number; title: string; origin: string; text: string }>> {
  if (!sourceIds.length) return [];
  return db
    .selectFrom("source")
    .select(["id", "title", "origin", "text"])
    .where("corpus_id", "=", corpusId)
    .where("id", "in", [...new Set(sourceIds)])
    .orderBy("origin")
    .orderBy("id")
    .execute();
}
