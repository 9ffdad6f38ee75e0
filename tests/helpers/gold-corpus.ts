// A corpus built from a gold file: the fixture texts with the gold claims (exact spans, categories, values) and
// the gold groups (assessment, reason, conflicting pairs), written straight to the database. The views are then
// tested on known groups and conflicts, whatever the extraction and grouping rules of the day produce.
import fs from "node:fs";
import path from "node:path";
import { replaceGroups } from "../../db/claims";
import type { DB } from "../../db/client";
import { createCorpus } from "../../db/corpora";
import type { Corpus } from "../../db/schema";
import { insertSourceWithClaims } from "../../db/sources";
import { readImportDocuments } from "~/import/files.server";
import { contentHash } from "~/import/import.server";
import type { Assessment, Category, ClaimValue } from "~/pipeline/types";
import { FIXTURES } from "./db";

interface GoldFile {
  corpus: string;
  claims: Array<{ id: string; source: string; quote: string; start: number; end: number; category: Category; value: ClaimValue | null }>;
  groups: Array<{ key: string; label: string; assessment: Assessment; why: string; claims: string[]; conflicting_pairs: Array<[string, string]> }>;
}

const HEDGE = /\b(is said to|are said to|supposedly|allegedly|apparently)\b/i;

export interface GoldCorpus {
  corpus: Corpus;
  /** Database claim id of each gold claim id. */
  claimId: Map<string, number>;
  /** The groups as stored: keys are "<corpus>/<gold key>", so that they hold a slash like real keys. */
  groups: Array<{ key: string; label: string; assessment: Assessment; reason: string; claimIds: number[]; conflicts: Array<[number, number]>; sourceIds: number[] }>;
}

export async function seedGoldCorpus(db: DB, name: string, goldCorpus = "mesotherapy"): Promise<GoldCorpus> {
  const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, "gold", `${goldCorpus}.gold.json`), "utf8")) as GoldFile;
  const docs = readImportDocuments([path.join(FIXTURES, goldCorpus)]);
  const corpus = await createCorpus(db, name);
  const claimId = new Map<string, number>();
  const sourceOf = new Map<number, number>();
  await db.transaction().execute(async (trx) => {
    for (const doc of docs) {
      const claims = gold.claims.filter((c) => c.source === doc.origin);
      const moved = claims.find((c) => doc.text.slice(c.start, c.end) !== c.quote);
      if (moved) throw new Error(`gold claim ${moved.id} does not match the text of ${doc.origin} at ${moved.start}..${moved.end}`);
      const sourceId = await insertSourceWithClaims(trx, {
        corpusId: corpus.id,
        title: doc.title,
        origin: doc.origin,
        format: doc.format,
        text: doc.text,
        contentHash: contentHash(doc.text),
        author: doc.author,
        published: doc.date,
        claims: claims.map((c) => ({
          span_start: c.start,
          span_end: c.end,
          text: doc.text.slice(c.start, c.end),
          category: c.category,
          value_json: c.value ? JSON.stringify(c.value) : null,
          hedges_json: JSON.stringify(c.quote.match(HEDGE)?.slice(0, 1) ?? []),
          subject: goldCorpus,
          facet: null,
          confidence: 1,
        })),
      });
      const rows = await trx.selectFrom("claim").select(["id", "position"]).where("source_id", "=", sourceId).orderBy("position").execute();
      rows.forEach((r, i) => {
        claimId.set(claims[i].id, r.id);
        sourceOf.set(r.id, sourceId);
      });
    }
    await replaceGroups(
      trx,
      corpus.id,
      gold.groups.map((g) => ({
        key: `${goldCorpus}/${g.key}`,
        label: g.label,
        category: gold.claims.find((c) => c.id === g.claims[0])!.category,
        assessment: g.assessment,
        reason: g.why,
        claimIds: g.claims.map((id) => claimId.get(id)!),
        conflicts: g.conflicting_pairs.map(([a, b]) => [claimId.get(a)!, claimId.get(b)!] as [number, number]),
        suggestedVerdicts: {},
      })),
    );
  });
  return {
    corpus,
    claimId,
    groups: gold.groups.map((g) => {
      const ids = g.claims.map((id) => claimId.get(id)!);
      return {
        key: `${goldCorpus}/${g.key}`,
        label: g.label,
        assessment: g.assessment,
        reason: g.why,
        claimIds: ids,
        conflicts: g.conflicting_pairs.map(([a, b]) => [claimId.get(a)!, claimId.get(b)!] as [number, number]),
        sourceIds: [...new Set(ids.map((id) => sourceOf.get(id)!))],
      };
    }),
  };
}
