// First run: load the demo corpus so that a new user sees real claims at once. Runs once per database: a user
// who deletes the demo does not get it back on the next start.
import path from "node:path";
import type { DB } from "../db/client";
import { findOrCreateCorpus, getMeta, setMeta } from "../db/corpora";
import { readImportDocuments } from "../app/import/files.server";
import { importDocuments } from "../app/import/import.server";

export const DEMO_CORPUS = { name: "Mesotherapy", dir: "fixtures/mesotherapy" };

export async function seedDemoOnce(db: DB, root: string): Promise<string | null> {
  if (await getMeta(db, "demo_seeded")) return null;
  const corpus = await findOrCreateCorpus(db, DEMO_CORPUS.name);
  const results = await importDocuments(db, corpus.id, readImportDocuments([path.join(root, DEMO_CORPUS.dir)]));
  await setMeta(db, "demo_seeded", new Date().toISOString());
  const claims = results.reduce((n, r) => n + r.claimCount, 0);
  return `loaded the demo corpus "${corpus.name}": ${results.length} sources, ${claims} claims`;
}
