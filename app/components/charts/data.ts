// The shapes the corpus charts draw, and the pure rules that shape them: which sources of a group agree, when a
// numeric axis goes logarithmic, how far an open "more than" range is drawn. Shared by the server (which
// computes the data) and the browser (which draws it), so nothing here touches the database or the DOM.
import type { Assessment, ClaimValue, Verdict } from "~/pipeline/types";

// ---- data shapes (plain JSON: they travel from the loader to the page) ----

/** A mark that stands for one claim: hovering it names the source and quotes the claim; clicking opens it. */
export interface ClaimMark {
  claimId: number;
  sourceId: number;
  source: string;
  quote: string;
  valueText: string;
}

export interface DisagreementRow {
  key: string;
  label: string;
  assessment: Assessment;
  agreeing: string[];
  disagreeing: string[];
}

export interface VerdictRow {
  sourceId: number;
  source: string;
  supported: number;
  contested: number;
  contradicted: number;
  unreviewed: number;
}

/** A claim placed on a numeric axis: [lo, hi] is what it states; an open range ("more than") has hi null. */
export interface RangePoint extends ClaimMark {
  lo: number;
  hi: number | null;
  /** Where the dot sits: the middle of a closed range, the stated bound of an open one. */
  at: number;
  /** The row it is drawn on (0 = top), and its offset inside the row when a row holds several claims. */
  row: number;
  y: number;
  /** Set when the claim lies beyond the axis (a far outlier): it is drawn at that edge with an arrow. */
  beyond?: "before" | "after";
}

export interface TimelineData {
  rows: string[];
  points: RangePoint[];
  domain: [number, number];
  ticks: number[];
}

/** One axis of a numeric group: the figures it states in one kind and unit (years; counts; quantities in mm). */
export interface NumericPanel {
  kind: "year" | "count" | "quantity";
  /** The quantity's unit ("mm"), or the counted nouns ("practitioners or physicians"); null for years. */
  unit: string | null;
  log: boolean;
  domain: [number, number];
  /** Where an open range ends on the chart (the right edge of the data): drawn with an arrow, labelled open. */
  cap: number;
  ticks: number[];
  rows: string[];
  points: RangePoint[];
}

export interface NumericGroupData {
  key: string;
  label: string;
  assessment: Assessment;
  /** One panel per unit the group's figures are stated in, the most used first: every figure is drawn once,
   * and figures in different units never share an axis. */
  panels: NumericPanel[];
}

export interface CorpusChartsData {
  disagreement: DisagreementRow[];
  verdicts: VerdictRow[];
  timeline: TimelineData;
  numeric: NumericGroupData[];
}

// ---- links ----

export const claimHref = (slug: string, claimId: number) => `/c/${slug}/claims/${claimId}`;
/** Group keys hold slashes ("mesotherapy/efficacy"): each segment is encoded, the slashes kept. */
export const groupHref = (slug: string, key: string) => `/c/${slug}/groups/${key.split("/").map(encodeURIComponent).join("/")}`;
export const sourceClaimsHref = (slug: string, sourceId: number, verdict?: Verdict | "unreviewed") =>
  `/c/${slug}/claims?source=${sourceId}${verdict ? `&verdict=${verdict}` : ""}`;

// ---- words ----

/** Shortens a text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Units as people say them, for chart titles and axes; a unit not listed is shown as written. */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  mm: "millimetres (mm)", cm: "centimetres (cm)", in: "inches (in)", min: "minutes", h: "hours", "%": "percent (%)",
  ml: "millilitres (ml)", mg: "milligrams (mg)", g: "grams (g)", mcg: "micrograms (mcg)", day: "days", week: "weeks",
  month: "months",
};

/** What a panel's axis measures, in words: "years", "practitioners", "millimetres (mm)", "count". */
export function panelUnitName(panel: Pick<NumericPanel, "kind" | "unit">): string {
  if (panel.kind === "year") return "years";
  if (!panel.unit) return panel.kind === "count" ? "count" : "value";
  return panel.kind === "quantity" ? UNIT_NAMES[panel.unit] ?? panel.unit : panel.unit;
}

/** A panel's title: "Years", "Number of practitioners", "In millimetres (mm)". */
export function panelTitle(panel: Pick<NumericPanel, "kind" | "unit">): string {
  if (panel.kind === "year") return "Years";
  if (panel.kind === "count") return panel.unit ? `Number of ${panel.unit}` : "Counts";
  return `In ${panelUnitName(panel)}`;
}

/** What a mark says to a screen reader and in its tooltip: the source, then the claim in quotes. */
export function claimMarkLabel(m: ClaimMark): string {
  return `${m.source}: “${m.quote}”${m.valueText ? ` (${m.valueText})` : ""}`;
}

// ---- who agrees ----

/** The core of a value, without scope or wording: two sources "say the same" when these are equal. */
export function valueKey(v: ClaimValue | null): string | null {
  if (!v) return null;
  switch (v.kind) {
    case "year":
    case "count":
    case "quantity":
      return `${v.kind}:${v.min}:${v.max}`;
    case "person":
      return `person:${v.name.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim()}`;
    case "stance":
      return `stance:${v.polarity}`;
  }
}

export interface AgreementClaim {
  id: number;
  sourceId: number;
  value: ClaimValue | null;
}

/**
 * Which sources of a group agree and which disagree:
 * - consistent or single: every source agrees.
 * - conflicting: a source disagrees when one of its claims is in a conflicting pair (group.conflicts); the
 *   others agree. A conflicting group without recorded pairs falls back to the divergent rule.
 * - divergent: the most common value (held by strictly more sources than any other) is the agreed one; a
 *   source disagrees when one of its values differs from it. With no such majority (a tie) every source that
 *   states a value disagrees. Claims without a value never make their source disagree.
 * Returns source ids in the order the claims come, each once, in exactly one of the two lists.
 */
export function splitAgreement(
  assessment: Assessment,
  conflicts: Array<[number, number]>,
  claims: AgreementClaim[],
): { agreeing: number[]; disagreeing: number[] } {
  const sources = [...new Set(claims.map((c) => c.sourceId))];
  const against = new Set<number>();
  const inPairs = new Set(conflicts.flat());
  if (assessment === "conflicting" && inPairs.size) {
    for (const c of claims) if (inPairs.has(c.id)) against.add(c.sourceId);
  } else if (assessment === "divergent" || assessment === "conflicting") {
    const holders = new Map<string, Set<number>>();
    for (const c of claims) {
      const k = valueKey(c.value);
      if (k) holders.set(k, (holders.get(k) ?? new Set()).add(c.sourceId));
    }
    const ranked = [...holders].sort((a, b) => b[1].size - a[1].size);
    const majority = ranked.length && (ranked.length === 1 || ranked[0][1].size > ranked[1][1].size) ? ranked[0][0] : null;
    for (const c of claims) {
      const k = valueKey(c.value);
      if (k && k !== majority) against.add(c.sourceId);
    }
  }
  return { agreeing: sources.filter((s) => !against.has(s)), disagreeing: sources.filter((s) => against.has(s)) };
}

const ASSESSMENT_ORDER: Record<Assessment, number> = { conflicting: 0, divergent: 1, consistent: 2, single: 3 };

/** Conflicts first, then divergent, consistent, single; inside each, the most disagreement first. Stable. */
export function disagreementOrder(a: DisagreementRow, b: DisagreementRow): number {
  return ASSESSMENT_ORDER[a.assessment] - ASSESSMENT_ORDER[b.assessment] || b.disagreeing.length - a.disagreeing.length;
}

// ---- numeric axes ----

/** A year, count or quantity as a range on a number line; null for values that are not numbers. */
export function valueRange(v: ClaimValue | null): { lo: number; hi: number | null } | null {
  if (!v || (v.kind !== "year" && v.kind !== "count" && v.kind !== "quantity")) return null;
  if (!Number.isFinite(v.min)) return null;
  if (v.max === null) return { lo: v.min, hi: null };
  return { lo: Math.min(v.min, v.max), hi: Math.max(v.min, v.max) };
}

/** A log axis when every value is positive and the largest is at least 100 times the smallest. */
export function shouldUseLogScale(values: number[]): boolean {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2 || finite.some((v) => v <= 0)) return false;
  return Math.max(...finite) / Math.min(...finite) >= 100;
}

/**
 * Where open ranges end on the chart: the largest stated figure, or, when an open range starts at or beyond
 * it, a step past its start (×2 on a linear axis, ×10 on a log one) so that the open bar is visible.
 */
export function openRangeCap(ranges: Array<{ lo: number; hi: number | null }>, log: boolean): number {
  const finite = ranges.flatMap((r) => (r.hi === null ? [r.lo] : [r.lo, r.hi]));
  const largest = Math.max(...finite);
  const open = ranges.filter((r) => r.hi === null).map((r) => r.lo);
  if (!open.length) return largest;
  const widest = Math.max(...open);
  if (widest < largest) return largest;
  return log ? widest * 10 : widest + Math.max(Math.abs(widest), 1);
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) that cuts a span into about `count` parts. */
export function niceStep(span: number, count: number, integer: boolean): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/**
 * The axis: powers of ten around the data on a log axis; on a linear one, round ticks around the data with a
 * little room either side (counts and quantities start at zero when the data is small next to its spread, or
 * is a single figure).
 */
export function numericAxis(
  lo: number,
  hi: number,
  log: boolean,
  kind: "year" | "count" | "quantity",
): { domain: [number, number]; ticks: number[] } {
  if (log) {
    const a = 10 ** Math.floor(Math.log10(lo));
    let b = 10 ** Math.ceil(Math.log10(hi));
    if (b <= a) b = a * 10;
    return { domain: [a, b], ticks: logTicks([a, b]) };
  }
  let a = lo;
  let b = hi;
  if (a === b) {
    // One figure alone (often the only one in its unit): half its size either side, so 0.16 in is not drawn
    // on an axis from -1 to 1.5.
    const pad = kind === "year" ? 5 : Math.abs(a) * 0.5 || 1;
    a -= pad;
    b += pad;
  }
  if (kind !== "year" && lo >= 0 && (lo === hi || lo <= (hi - lo) * 1.5)) a = 0;
  const step = niceStep(b - a, 5, kind === "year");
  const from = Number((Math.floor(a / step) * step).toPrecision(12));
  const to = Number((Math.ceil(b / step) * step).toPrecision(12));
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 1e6; t += step) ticks.push(Number(t.toPrecision(12)));
  return { domain: [from, to], ticks };
}

/**
 * The years a timeline should span: all of them, unless a few lie far from the rest (3600 BC among 20th-century
 * dates), which would squeeze every other claim into one spot. Far means beyond three interquartile ranges
 * (at least 50 years) from the middle half; those claims are drawn at the edge with an arrow instead.
 */
export function focusRange(values: number[]): [number, number] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return [0, 1];
  if (sorted.length < 4) return [sorted[0], sorted[sorted.length - 1]];
  const q = (p: number) => sorted[Math.floor(p * (sorted.length - 1))];
  const [q1, q3] = [q(0.25), q(0.75)];
  const fence = Math.max(50, 3 * (q3 - q1));
  const kept = sorted.filter((v) => v >= q1 - fence && v <= q3 + fence);
  return [kept[0], kept[kept.length - 1]];
}

/** A point moved inside the axis when it lies beyond it, remembering which side it came from. */
export function clampToDomain<T extends { lo: number; hi: number | null; at: number }>(p: T, [a, b]: [number, number]): T & { beyond?: "before" | "after" } {
  if (p.at < a) return { ...p, lo: a, hi: p.hi === null ? null : Math.max(a, Math.min(b, p.hi)), at: a, beyond: "before" };
  if (p.at > b) return { ...p, lo: Math.max(a, Math.min(b, p.lo)), hi: p.hi === null ? null : b, at: b, beyond: "after" };
  return { ...p, lo: Math.max(a, p.lo), hi: p.hi === null ? null : Math.min(b, p.hi) };
}

/** Ticks of a log axis: each power of ten inside the domain. */
export function logTicks([a, b]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(a)); 10 ** p <= b * 1.0001; p++) if (10 ** p >= a * 0.9999) ticks.push(10 ** p);
  return ticks;
}

/** Spreads several marks of one row apart vertically: y offsets centred on the row, at most 0.6 of a row in all. */
export function rowOffsets(count: number): number[] {
  if (count <= 1) return [0];
  const step = Math.min(0.6 / (count - 1), 0.22);
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * step);
}

/** Lays claims with ranges out on rows (one row per label), in the order the rows are given. */
export function layoutRows<T extends { row: string; lo: number; hi: number | null }>(
  items: T[],
  rows: string[],
): Array<T & { rowIndex: number; y: number; at: number }> {
  const out: Array<T & { rowIndex: number; y: number; at: number }> = [];
  rows.forEach((row, rowIndex) => {
    const inRow = items.filter((i) => i.row === row).sort((a, b) => a.lo - b.lo);
    const offsets = rowOffsets(inRow.length);
    inRow.forEach((item, k) => out.push({ ...item, rowIndex, y: rowIndex + offsets[k], at: item.hi === null ? item.lo : (item.lo + item.hi) / 2 }));
  });
  return out;
}

/** The year as people write it: 1952, 3600 BC. */
export function yearTick(n: number): string {
  const y = Math.round(n);
  return y < 0 ? `${-y} BC` : String(y);
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
export function numberTick(n: number): string {
  return compact.format(n);
}
