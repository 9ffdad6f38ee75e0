// Route glue: find the corpus a URL names, or answer 404 in words.
import { findCorpus } from "../db/corpora";
import type { Corpus } from "../db/schema";
import { getDb } from "./db.server";

export async function requireCorpus(slug: string | undefined): Promise<Corpus> {
  const db = await getDb();
  const corpus = slug ? await findCorpus(db, slug) : undefined;
  if (!corpus) throw new Response(`No corpus "${slug ?? ""}". It may have been renamed or never created.`, { status: 404, statusText: "Not Found" });
  return corpus;
}

/** A positive integer from a URL parameter or form field, or a 400/404 Response. */
export function requireId(value: string | null | undefined, what: string, status = 404): number {
  const n = Number(value);
  if (!value || !Number.isSafeInteger(n) || n <= 0) {
    throw new Response(`${what} "${value ?? ""}" is not a valid id.`, { status });
  }
  return n;
}

/** Only same-site relative paths: a redirect target taken from a form must not send users elsewhere. */
export function safeRedirectPath(value: FormDataEntryValue | null, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}
