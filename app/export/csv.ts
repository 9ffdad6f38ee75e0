// The CSV evidence table of DESIGN.md: one row per claim, papaparse for quoting, UTF-8 with a BOM so that
// spreadsheets keep accents, and every cell neutralised against formula injection.
import Papa from "papaparse";
import { formatValue } from "~/pipeline/grouping/format";
import type { ClaimValue } from "~/pipeline/types";
import type { CorpusExport } from "./types";

export const CSV_COLUMNS = [
  "claim_id",
  "source_title",
  "source_origin",
  "category",
  "group_label",
  "assessment",
  "claim_text",
  "value",
  "value_min",
  "value_max",
  "unit",
  "scope",
  "hedged",
  "verdict",
  "reviewer",
  "note",
  "evidence",
  "span_start",
  "span_end",
] as const;

const BOM = "\uFEFF";

/** A cell a spreadsheet would run as a formula (= + - @, or a leading tab / carriage return) gets a leading
 * apostrophe, which spreadsheets show as text. Plain numbers like -3600 stay numbers. */
export function neutraliseCell(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) return `'${cell}`;
  return cell;
}

function bounds(value: ClaimValue | null): { min: string; max: string; unit: string; scope: string } {
  if (!value) return { min: "", max: "", unit: "", scope: "" };
  if (value.kind === "year" || value.kind === "count" || value.kind === "quantity") {
    return {
      min: value.min == null ? "" : String(value.min),
      max: value.max == null ? "" : String(value.max),
      unit: value.kind === "year" ? "year" : (value.unit ?? ""),
      scope: value.kind === "count" ? (value.scope ?? "") : "",
    };
  }
  return { min: "", max: "", unit: "", scope: "" };
}

function isHedged(value: ClaimValue | null, hedges: string[]): boolean {
  return value?.kind === "stance" ? value.hedged : hedges.length > 0;
}

/** The contract's columns, then one `reviewer:<name>` column per reviewer with that reviewer's current verdict. */
export function reviewerColumns(data: CorpusExport): string[] {
  const names = new Set<string>();
  for (const c of data.claims) for (const r of c.reviewerVerdicts ?? []) names.add(r.reviewer);
  return [...names].sort((a, b) => a.localeCompare(b)).map((n) => `reviewer:${n}`);
}

export function renderCsv(data: CorpusExport): string {
  const extra = reviewerColumns(data);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const groups = new Map(data.groups.map((g) => [g.key, g]));
  const rows = data.claims.map((c) => {
    const source = sources.get(c.sourceId);
    const group = c.groupKey ? groups.get(c.groupKey) : undefined;
    const b = bounds(c.value);
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      claim_id: String(c.id),
      source_title: source?.title ?? "",
      source_origin: source?.origin ?? "",
      category: c.category,
      group_label: group?.label ?? "",
      assessment: group?.assessment ?? "",
      claim_text: c.text,
      value: c.value ? formatValue(c.value) : "",
      value_min: b.min,
      value_max: b.max,
      unit: b.unit,
      scope: b.scope,
      hedged: isHedged(c.value, c.hedges) ? "yes" : "no",
      verdict: c.verdict ?? "",
      reviewer: c.reviewer ?? "",
      note: c.note ?? "",
      evidence: c.evidence ?? "",
      span_start: String(c.start),
      span_end: String(c.end),
    };
    const byReviewer = new Map((c.reviewerVerdicts ?? []).map((r) => [`reviewer:${r.reviewer}`, r.verdict]));
    return [...CSV_COLUMNS.map((col) => neutraliseCell(cells[col])), ...extra.map((col) => neutraliseCell(byReviewer.get(col) ?? ""))];
  });
  return BOM + Papa.unparse({ fields: [...CSV_COLUMNS, ...extra.map(neutraliseCell)], data: rows }, { newline: "\r\n" });
}
