// Import = decode → documents → pipeline → one transaction that stores every source with its claims and
// regroups the corpus. The CLI and the upload form both call importDocuments.
import { createHash } from "node:crypto";
import { replaceGroups, listGroupableClaims, type ClaimContent } from "../../db/claims";
import type { DB } from "../../db/client";
import { getCorpus } from "../../db/corpora";
import type { Corpus } from "../../db/schema";
import { findSourceByHash, insertSourceWithClaims } from "../../db/sources";
import { extractClaims, groupClaims, type ExtractedClaim, type PipelineResult, type SourceFormat } from "~/pipeline";
import { ImportError } from "./decode";
import type { ImportDocument } from "./documents";

export interface ImportedDocument {
  origin: string;
  title: string;
  status: "added" | "duplicate";
  sourceId: number;
  claimCount: number;
}

export interface ImportProgress {
  done: number;
  total: number;
  origin: string;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Extracts the claims of one of a corpus's texts: the same options on import and on re-extraction. The corpus
 * is named after its topic by the user: the best hint there is for each text's main subject. */
export function extractForCorpus(corpus: Pick<Corpus, "name"> | undefined, text: string, format: SourceFormat): PipelineResult {
  return extractClaims(text, { format, subjects: corpus ? [corpus.name] : undefined });
}

/** extractForCorpus for one named text: a fault of the pipeline on it is told as an ImportError naming the text, so
 * that the user learns which file could not be read (nothing is stored: extraction runs before any write). */
export function extractNamed(corpus: Pick<Corpus, "name"> | undefined, text: string, format: SourceFormat, where: string): PipelineResult {
  try {
    return extractForCorpus(corpus, text, format);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(where, `its claims could not be extracted (${reason}); nothing was imported. Please report this file to the Claimscope team.`);
  }
}

/** An extracted claim as the claim table stores it. */
export function claimContent(c: ExtractedClaim): ClaimContent {
  return {
    span_start: c.start,
    span_end: c.end,
    text: c.text,
    category: c.category,
    value_json: c.value ? JSON.stringify(c.value) : null,
    hedges_json: JSON.stringify(c.hedges),
    subject: c.subject,
    facet: c.facet,
    confidence: c.confidence,
  };
}

/** Stores the documents that are new to the corpus (by content hash) and regroups it. All or nothing. */
export async function importDocuments(
  db: DB,
  corpusId: number,
  docs: ImportDocument[],
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportedDocument[]> {
  const corpus = await getCorpus(db, corpusId);
  // Extraction is pure and may take a while on big files: do it before the write transaction opens.
  const prepared = docs.map((doc, i) => {
    const result = extractNamed(corpus, doc.text, doc.format, doc.where ?? doc.origin);
    onProgress?.({ done: i + 1, total: docs.length, origin: doc.origin });
    return { doc, result, hash: contentHash(doc.text) };
  });
  return db.transaction().execute(async (trx) => {
    const out: ImportedDocument[] = [];
    const seen = new Map<string, number>();
    for (const { doc, result, hash } of prepared) {
      const existing = seen.get(hash) ?? (await findSourceByHash(trx, corpusId, hash))?.id;
      if (existing !== undefined) {
        out.push({ origin: doc.origin, title: doc.title, status: "duplicate", sourceId: existing, claimCount: 0 });
        continue;
      }
      const sourceId = await insertSourceWithClaims(trx, {
        corpusId,
        title: result.metadata.title && doc.title === doc.origin ? result.metadata.title : doc.title,
        origin: doc.origin,
        format: doc.format,
        text: doc.text,
        contentHash: hash,
        author: doc.author ?? result.metadata.author,
        published: doc.date ?? result.metadata.date,
        claims: result.claims.map(claimContent),
      });
      seen.set(hash, sourceId);
      out.push({ origin: doc.origin, title: doc.title, status: "added", sourceId, claimCount: result.claims.length });
    }
    if (out.some((d) => d.status === "added")) await regroupCorpus(trx, corpusId);
    return out;
  });
}

/** Recomputes the corpus's groups from its stored claims (after an import, or when the rules change). */
export async function regroupCorpus(db: DB, corpusId: number): Promise<void> {
  const claims = await listGroupableClaims(db, corpusId);
  await replaceGroups(db, corpusId, groupClaims(claims));
}
