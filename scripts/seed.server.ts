// First run: load the demo corpus so that a new user sees real claims at once. Runs once per database: a user
// who deletes the demo does not get it back on the next start.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DB } from "../db/client";
import { findCorpus, findOrCreateCorpus, getMeta, setMeta } from "../db/corpora";
import { readImportDocuments } from "../app/import/files.server";
import { importDocuments } from "../app/import/import.server";
import { describeReextraction, reextractCorpus } from "../app/import/reextract.server";

export const DEMO_CORPUS = { name: "Mesotherapy", dir: "fixtures/mesotherapy" };

export async function seedDemoOnce(db: DB, root: string): Promise<string | null> {
  if (await getMeta(db, "demo_seeded")) return null;
  const corpus = await findOrCreateCorpus(db, DEMO_CORPUS.name);
  const results = await importDocuments(db, corpus.id, readImportDocuments([path.join(root, DEMO_CORPUS.dir)]));
  await setMeta(db, "demo_seeded", new Date().toISOString());
  await setMeta(db, "demo_rules", rulesFingerprint(root));
  const claims = results.reduce((n, r) => n + r.claimCount, 0);
  return `loaded the demo corpus "${corpus.name}": ${results.length} sources, ${claims} claims`;
}

/** A fingerprint of the extraction rules: the hash of every file under app/pipeline/. */
export function rulesFingerprint(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, "app/pipeline"));
  return hash.digest("hex").slice(0, 16);
}

/** When the extraction rules have changed since the demo corpus was last read, re-read it (claims found again keep
 * their ids and verdicts; reviewed claims are never removed). Other corpora are the users' own: they are left for
 * their owners to re-run from the corpus settings. Returns what was done, or null. */
export async function refreshDemoIfRulesChanged(db: DB, root: string): Promise<string | null> {
  const seeded = await getMeta(db, "demo_seeded");
  const fingerprint = rulesFingerprint(root);
  if (!seeded || (await getMeta(db, "demo_rules")) === fingerprint) return null;
  const corpus = await findCorpus(db, DEMO_CORPUS.name);
  await setMeta(db, "demo_rules", fingerprint);
  if (!corpus) return null;
  const summary = await reextractCorpus(db, corpus.id);
  return `the extraction rules changed, so the demo corpus "${corpus.name}" was re-read: ${describeReextraction(summary)}`;
}
