// Scoring of the team's probe documents (fixtures/probes/): whole web-style pages written by the team, each with a
// hand-made list of the claims a careful reader would list, made before any rule was tuned on it. The list is a
// tab-separated file, one claim a line — CATEGORY, an exact QUOTE of the page, the VALUE as the writer put it — and
// NOISE lines (a quote from chrome or an unrelated passage that must yield no claim). Pure: texts and claims in,
// figures out. The matching is looser than the gold files' rule (any overlap of the quote by a claim of the same
// category is a find), as the quotes are short and the writers' value conventions are their own.
import type { ExtractedClaim } from "../pipeline/types";

export interface ProbeLine { category: string; quote: string; value: string }
export interface ProbeList { claims: ProbeLine[]; noise: string[] }

/** The claims and noise quotes of a probe's claims file. */
export function parseProbeList(tsv: string): ProbeList {
  const claims: ProbeLine[] = [];
  const noise: string[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    const [category, quote, value = ""] = line.split("\t");
    if (!quote) continue;
    if (category === "NOISE") noise.push(quote);
    else claims.push({ category, quote, value: value.trim() });
  }
  return { claims, noise };
}

export interface ProbeScore {
  claims: number;
  found: number;
  valueRight: number;
  /** claims in the pipeline's mission-like categories that overlap no listed quote at all */
  unmatched: number;
  noiseHits: number;
  /** quotes not found in the page (a broken list) */
  missingQuotes: string[];
  perCategory: Record<string, { claims: number; found: number }>;
  misses: ProbeLine[];
  wrongValues: Array<{ line: ProbeLine; got: unknown }>;
  extras: ExtractedClaim[];
  noiseHit: string[];
}

const LISTED_CATEGORIES = new Set(["efficacy", "origin_date", "practitioner_count", "founder", "safety", "recognition", "protocol"]);

/** Score the pipeline's claims of one page against its list. */
export function scoreProbe(text: string, list: ProbeList, extracted: readonly ExtractedClaim[]): ProbeScore {
  const out: ProbeScore = { claims: 0, found: 0, valueRight: 0, unmatched: 0, noiseHits: 0, missingQuotes: [], perCategory: {}, misses: [], wrongValues: [], extras: [], noiseHit: [] };
  const overlaps = (c: ExtractedClaim, at: number, quote: string) => c.start < at + quote.length && c.end > at;
  const used = new Set<ExtractedClaim>();
  for (const line of list.claims) {
    const at = text.indexOf(line.quote);
    if (at < 0) { out.missingQuotes.push(line.quote); continue; }
    out.claims++;
    const row = (out.perCategory[line.category] ??= { claims: 0, found: 0 });
    row.claims++;
    const hits = extracted.filter((c) => c.category === line.category && overlaps(c, at, line.quote));
    if (!hits.length) { out.misses.push(line); continue; }
    out.found++;
    row.found++;
    hits.forEach((c) => used.add(c));
    // (as the gold files' rule has it, ../shared/README.md: the value is right when one of the claims on the quote
    // carries it)
    if (hits.some((c) => valueAgrees(line, c.value))) out.valueRight++;
    else out.wrongValues.push({ line, got: hits[0].value });
  }
  for (const quote of list.noise) {
    const at = text.indexOf(quote);
    if (at < 0) { out.missingQuotes.push(quote); continue; }
    if (extracted.some((c) => c.category !== "other" && overlaps(c, at, quote))) { out.noiseHits++; out.noiseHit.push(quote); }
  }
  const listed = list.claims.map((l) => ({ at: text.indexOf(l.quote), quote: l.quote })).filter((l) => l.at >= 0);
  for (const c of extracted) {
    if (used.has(c) || !LISTED_CATEGORIES.has(c.category)) continue;
    if (listed.some((l) => overlaps(c, l.at, l.quote))) continue;
    out.unmatched++;
    out.extras.push(c);
  }
  return out;
}

/** Whether a claim's value agrees with the writer's: a stance's polarity and hedge; a year range's ends; a person's
 * surname; a count's or a quantity's first figure. A value the writer left empty or "none" agrees with any. */
export function valueAgrees(line: ProbeLine, value: unknown): boolean {
  const want = line.value.trim();
  const v = value as Record<string, unknown> | null;
  if (!want || want === "none") return true;
  switch (line.category) {
    case "efficacy": case "safety":
      return v?.kind === "stance" && want.startsWith(String(v.polarity)) && /hedged/.test(want) === v.hedged;
    case "origin_date": case "recognition": {
      const m = /^(-?\d+)(?:-(-?\d+))?$/.exec(want);
      return !m || (v?.kind === "year" && v.min === Number(m[1]) && v.max === Number(m[2] ?? m[1]));
    }
    case "founder":
      return v?.kind === "person" && want.toLowerCase().includes(String(v.name).toLowerCase().split(" ").pop() ?? "");
    case "practitioner_count": {
      const m = /^(\d+)/.exec(want);
      return v?.kind === "count" && (!m || v.min === Number(m[1]) || v.max === Number(m[1]));
    }
    case "protocol": {
      const m = /^-?(\d+(?:[.,]\d+)?)/.exec(want);
      const n = m ? Number(m[1].replace(",", ".")) : NaN;
      return !m || (v !== null && v !== undefined && (Math.abs(Number(v.min)) === n || Math.abs(Number(v.max)) === n));
    }
    default:
      return true;
  }
}

// ---- sentence banks (fixtures/probes/sentences/<category>.tsv): one sentence a line, written by someone who had not
// read the rules, each on its own treatment — SUBJECT, SENTENCE, EXPECTED (the category, or "none" for a look-alike
// that claims nothing of it), and the writer's polarity or value. Even lines are tuned on, odd lines held aside.

export interface BankRow { subject: string; sentence: string; expected: string; value: string; heldAside: boolean }

/** The rows of a sentence bank; the odd ones (second, fourth, …) held aside. */
export function parseSentenceBank(tsv: string): BankRow[] {
  const rows: BankRow[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    const [subject, sentence, expected, value = ""] = line.split("\t");
    if (!sentence || !expected) continue;
    rows.push({ subject: subject.trim(), sentence, expected: expected.trim(), value: value.trim(), heldAside: rows.length % 2 === 1 });
  }
  return rows;
}

/** A page as a reader meets the sentence: a first paragraph that names the treatment, then the sentence (many bank
 * sentences say "it" or name nothing, as a page's later sentences do). */
export function pageOf(row: BankRow): { text: string; sentenceStart: number } {
  const lead = `${row.subject.charAt(0).toUpperCase()}${row.subject.slice(1)} is offered by many clinics.\n\n`;
  return { text: lead + row.sentence, sentenceStart: lead.length };
}

export interface BankScore { listed: number; found: number; valueRight: number; lookalikes: number; falseHits: number; misses: BankRow[]; hits: BankRow[] }

/** How many of the rows expecting `category` got a claim of it on their sentence (and with the writer's polarity, for a
 * stance), and how many look-alikes got one they should not. `claimsOf`: the claims on each row's page. */
export function scoreSentenceBank(rows: readonly BankRow[], category: string, claimsOf: (row: BankRow) => readonly ExtractedClaim[]): BankScore {
  const score: BankScore = { listed: 0, found: 0, valueRight: 0, lookalikes: 0, falseHits: 0, misses: [], hits: [] };
  for (const row of rows) {
    const start = pageOf(row).sentenceStart;
    const claims = claimsOf(row).filter((c) => c.category === category && c.start >= start);
    if (row.expected === category) {
      score.listed++;
      if (!claims.length) { score.misses.push(row); continue; }
      score.found++;
      // (a stance by its polarity alone: the banks' writers gave no hedge; any other value as the probe pages' are read,
      // right when one of the sentence's claims carries it)
      const agrees = (value: unknown) => {
        const v = value as { kind?: string; polarity?: string } | null;
        return v?.kind === "stance" ? v.polarity === row.value : valueAgrees({ category, quote: row.sentence, value: row.value }, value);
      };
      if (claims.some((c) => agrees(c.value))) score.valueRight++;
    } else {
      score.lookalikes++;
      if (claims.length) { score.falseHits++; score.hits.push(row); }
    }
  }
  return score;
}
