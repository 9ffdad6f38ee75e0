// A file (or a pasted text) becomes one or more documents to import. Pure: no file system here.
import Papa from "papaparse";
import { cleanText, isBreadcrumb, isChromeLine } from "~/pipeline/clean";
import type { SourceFormat } from "~/pipeline/types";
import { ImportError } from "./decode";
import { extensionOf } from "./extensions";

export interface ImportDocument {
  title: string;
  origin: string;
  format: SourceFormat;
  text: string;
  author: string | null;
  date: string | null;
  /** Where errors about this document point: "notes.csv row 3". */
  where: string;
}

export { IMPORTABLE_EXTENSIONS, extensionOf, isImportable } from "./extensions";

export function formatOf(fileName: string): SourceFormat {
  const ext = extensionOf(fileName);
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "text";
}

/** A title for a text without one: HTML's <title>; else the text's first heading; else a first line that reads as
 * a heading (short, not a sentence, not a breadcrumb or page chrome); else the fallback (the file name), which says more than the
 * first words of a paragraph. */
export function guessTitle(text: string, format: SourceFormat, fallback: string): string {
  if (format === "html") {
    const m = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(text);
    if (m && m[1].trim()) return decodeBasicEntities(m[1].trim().replace(/\s+/g, " "));
  }
  // the page's own title as the pipeline reads it: its first heading, past breadcrumbs, bylines and chrome
  if (format !== "html") {
    const heading = cleanText(text).metadata.title;
    if (heading && heading.length <= 120) return heading;
  }
  const firstLine = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^#+\s*/, "").trim())
    // (not a page's chrome: "Skip to main content", "Share this article")
    .find((l) => l.length > 0 && !/^</.test(l) && !isBreadcrumb(l) && !isChromeLine(l));
  if (!firstLine || firstLine.length > 90 || /[.!?;:,]$/.test(firstLine)) return fallback;
  return firstLine;
}

function decodeBasicEntities(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

/** One file's text to its documents: one per file, or one per row of a CSV (title, origin, text, author, date). */
export function documentsFromFile(fileName: string, text: string): ImportDocument[] {
  const baseName = fileName.split(/[\\/]/).pop() || fileName;
  if (extensionOf(baseName) === ".csv") return documentsFromCsv(baseName, text);
  const format = formatOf(baseName);
  return [
    {
      title: guessTitle(text, format, baseName),
      origin: baseName,
      format,
      text,
      author: null,
      date: null,
      where: baseName,
    },
  ];
}

const CSV_COLUMNS = ["title", "origin", "text", "author", "date"] as const;

export function documentsFromCsv(fileName: string, csv: string): ImportDocument[] {
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("text")) {
    throw new ImportError(
      fileName,
      `a CSV of sources needs a "text" column (and may have ${CSV_COLUMNS.filter((c) => c !== "text").join(", ")}); found ${fields.length ? fields.map((f) => `"${f}"`).join(", ") : "no header"}`,
    );
  }
  const serious = parsed.errors.find((e) => e.type !== "FieldMismatch" || e.code === "TooManyFields");
  if (serious) {
    // papaparse's row numbers depend on the error kind; the character index does not
    const line = typeof serious.index === "number" ? csv.slice(0, serious.index).split("\n").length : null;
    throw new ImportError(`${fileName}${line ? ` line ${line}` : ""}`, `malformed CSV: ${serious.message}`);
  }
  const docs: ImportDocument[] = [];
  parsed.data.forEach((row, index) => {
    const where = `${fileName} row ${index + 2}`;
    const text = row.text ?? "";
    if (!text.trim()) throw new ImportError(where, `the "text" cell is empty`);
    const origin = (row.origin ?? "").trim() || `${fileName}#${index + 2}`;
    docs.push({
      title: (row.title ?? "").trim() || guessTitle(text, "text", origin),
      origin,
      format: /^\s*</.test(text) && /<\/(p|div|html|body)>/i.test(text) ? "html" : "text",
      text,
      author: (row.author ?? "").trim() || null,
      date: (row.date ?? "").trim() || null,
      where,
    });
  });
  if (docs.length === 0) throw new ImportError(fileName, "the CSV has a header but no rows");
  return docs;
}
