// A small corpus written straight to the database: texts, their claims (found by quote) with known values, and
// groups of those claims. For views that need a case the demo texts may not hold, whatever the pipeline of the
// day extracts from them.
import { replaceGroups } from "../../db/claims";
import type { DB } from "../../db/client";
import { createCorpus } from "../../db/corpora";
import type { Corpus } from "../../db/schema";
import { insertSourceWithClaims } from "../../db/sources";
import { contentHash } from "~/import/import.server";
import type { Assessment, Category, ClaimValue } from "~/pipeline/types";

export interface SeedSource {
  title: string;
  origin: string;
  text: string;
  /** Each claim is the first occurrence of its quote in the text. */
  claims: Array<{ quote: string; category: Category; value: ClaimValue | null }>;
}

export interface SeedGroup {
  key: string;
  label: string;
  assessment: Assessment;
  reason: string;
  /** The quotes of its claims. */
  claims: string[];
}

export async function seedCorpus(db: DB, name: string, sources: SeedSource[], groups: SeedGroup[]): Promise<{ corpus: Corpus; claimId: Map<string, number> }> {
  const corpus = await createCorpus(db, name);
  const claimId = new Map<string, number>();
  const categoryOf = new Map<string, Category>();
  await db.transaction().execute(async (trx) => {
    for (const s of sources) {
      const spans = s.claims.map((c) => {
        const start = s.text.indexOf(c.quote);
        if (start < 0) throw new Error(`“${c.quote}” is not in the text of ${s.origin}`);
        return { ...c, start, end: start + c.quote.length };
      });
      const sourceId = await insertSourceWithClaims(trx, {
        corpusId: corpus.id,
        title: s.title,
        origin: s.origin,
        format: "text",
        text: s.text,
        contentHash: contentHash(s.text),
        author: null,
        published: null,
        claims: spans.map((c) => ({
          span_start: c.start,
          span_end: c.end,
          text: c.quote,
          category: c.category,
          value_json: c.value ? JSON.stringify(c.value) : null,
          hedges_json: "[]",
          subject: null,
          facet: null,
          confidence: 1,
        })),
      });
      const rows = await trx.selectFrom("claim").select(["id", "position"]).where("source_id", "=", sourceId).orderBy("position").execute();
      rows.forEach((r, i) => {
        claimId.set(spans[i].quote, r.id);
        categoryOf.set(spans[i].quote, spans[i].category);
      });
    }
    await replaceGroups(
      trx,
      corpus.id,
      groups.map((g) => ({
        key: g.key,
        label: g.label,
        category: categoryOf.get(g.claims[0])!,
        assessment: g.assessment,
        reason: g.reason,
        claimIds: g.claims.map((q) => {
          const id = claimId.get(q);
          if (id === undefined) throw new Error(`group ${g.key}: no claim quotes “${q}”`);
          return id;
        }),
        conflicts: [],
        suggestedVerdicts: {},
      })),
    );
  });
  return { corpus, claimId };
}

/** One group whose figures come in two units: two sources give the needle's depth in mm, one in inches. */
export const MIXED_UNITS = {
  groupKey: "mesotherapy/protocol/depth",
  label: "How deep the needle goes",
  inches: "The needle goes 0.16 inches deep",
  sources: [
    {
      title: "Clinic A",
      origin: "https://clinic-a.example/mesotherapy",
      text: "Mesotherapy uses fine needles. Injections are given 2 mm deep into the skin.",
      claims: [{ quote: "Injections are given 2 mm deep into the skin", category: "protocol", value: { kind: "quantity", min: 2, max: 2, unit: "mm" } }],
    },
    {
      title: "Clinic B",
      origin: "https://clinic-b.example/treatments",
      text: "Each session takes half an hour. The injections reach 1 to 4 mm below the surface.",
      claims: [{ quote: "The injections reach 1 to 4 mm below the surface", category: "protocol", value: { kind: "quantity", min: 1, max: 4, unit: "mm" } }],
    },
    {
      title: "Wellness Weekly",
      origin: "https://wellness.example/article",
      text: "The needle goes 0.16 inches deep, our reporter was told.",
      claims: [{ quote: "The needle goes 0.16 inches deep", category: "protocol", value: { kind: "quantity", min: 0.16, max: 0.16, unit: "in" } }],
    },
  ] satisfies SeedSource[],
} as const;

export async function seedMixedUnitsCorpus(db: DB, name: string) {
  return seedCorpus(db, name, MIXED_UNITS.sources.map((s) => ({ ...s, claims: [...s.claims] })), [
    {
      key: MIXED_UNITS.groupKey,
      label: MIXED_UNITS.label,
      assessment: "divergent",
      reason: "The sources give different depths, in millimetres and in inches.",
      claims: MIXED_UNITS.sources.flatMap((s) => s.claims.map((c) => c.quote)),
    },
  ]);
}
