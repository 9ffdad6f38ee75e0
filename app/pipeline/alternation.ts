// One regular expression for a list of pattern sources ("any of these cues"), written so that the regex engine
// scans it fast. Consecutive sources that open with a word boundary share it: "(?:\ba)|(?:\bb)" is written
// "\b(?:a|b)". A boundary takes no characters, so both forms match the same text at the same places with the
// same alternative winning (capture groups keep their order and numbers); but V8 tests the boundary once per
// position instead of once per cue, and the long cue lists run two to three times faster.

/** The source has a "|" outside any group or character class: its alternatives do not all share its lead. */
function hasTopLevelBar(src: string): boolean {
  return splitBars(src).length > 1;
}

/** A source that opens with a plain "\b" (not quantified, not the whole pattern's alternative): its rest. */
function afterBoundary(src: string): string | null {
  if (!src.startsWith("\\b") || src.length === 2 || /^[*+?{]/.test(src.slice(2)) || hasTopLevelBar(src)) return null;
  return src.slice(2);
}

/** new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags), with runs of "\b"-led sources sharing the "\b". */
export function alternation(sources: readonly string[], flags: string): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) parts.push(`\\b(?:${run.join("|")})`);
    run = [];
  };
  for (const src of sources) {
    const rest = afterBoundary(src);
    if (rest !== null) { run.push(rest); continue; }
    flush();
    parts.push(`(?:${src})`);
  }
  flush();
  return new RegExp(parts.join("|"), flags);
}

// ---- cue lists that are only tested (test or search, never match): alternatives grouped by their first letter
// Whether a pattern matches anywhere, and the leftmost place it does, do not depend on the order of its
// alternatives; only which alternative wins does. So a list read with test() or search() alone may be reordered:
// "\b(?:no a|not b|unproven)" is written "\b(?:n(?:o a|ot b)|u(?:nproven))", and at each place the engine reads
// one letter to rule out a whole group instead of trying every cue in turn (CON_CUES has some hundred).

/** Where the group that opens at `src[at]` ("(") closes, or -1. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") { i++; continue; }
    if (inClass) { if (c === "]") inClass = false; continue; }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a group's inner source. */
function splitBars(inner: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\") { i++; continue; }
    if (inClass) { if (c === "]") inClass = false; continue; }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { out.push(inner.slice(from, i)); from = i + 1; }
  }
  out.push(inner.slice(from));
  return out;
}

const QUANTIFIER = /^[*+?{]/;

/** A "\b"-led cue's rest by the letter it opens with, each letter's part written once, or null when it cannot be
 * written so: "(?:does|do|can) not x" is "d(?:oes|o) not x" and "can not x" (a leading non-capturing group, not
 * quantified, is split by its alternatives' first letters, and what follows the group is written once per letter,
 * not once per alternative: a cue led by a dozen auxiliaries would otherwise copy its tail a dozen times). */
function byFirstLetter(rest: string, fold: boolean): Map<string, string> | null {
  if (/^[A-Za-z]/.test(rest) && !QUANTIFIER.test(rest.slice(1))) return new Map([[fold ? rest[0].toLowerCase() : rest[0], rest.slice(1)]]);
  if (!rest.startsWith("(?:")) return null;
  const end = groupEnd(rest, 0);
  if (end < 0 || QUANTIFIER.test(rest.slice(end + 1))) return null;
  const after = rest.slice(end + 1);
  const parts = new Map<string, string[]>();
  for (const alt of splitBars(rest.slice(3, end))) {
    const split = byFirstLetter(alt, fold);
    if (!split) return null;
    for (const [letter, part] of split) parts.set(letter, [...(parts.get(letter) ?? []), part]);
  }
  const out = new Map<string, string>();
  for (const [letter, ps] of parts) out.set(letter, (ps.length === 1 ? ps[0] : `(?:${ps.join("|")})`) + after);
  return out;
}

/** A pattern that matches where any of `sources` does, for test() and search() only (not match or exec: another
 * cue than the first listed may be the one that matches). Cues that open with "\b" and a letter are grouped by
 * that letter; the others are tried as they are. */
export function anyCue(sources: readonly string[], flags: string): RegExp {
  return new RegExp(anyCueSource(sources, flags), flags);
}

/** The source of anyCue(sources, flags). */
export function anyCueSource(sources: readonly string[], flags: string): string {
  const fold = flags.includes("i");
  const byLetter = new Map<string, string[]>();
  const others: string[] = [];
  for (const src of sources) {
    const rest = afterBoundary(src);
    const split = rest === null ? null : byFirstLetter(rest, fold);
    if (!split) { others.push(`(?:${src})`); continue; }
    for (const [letter, part] of split) {
      const group = byLetter.get(letter) ?? [];
      group.push(part);
      byLetter.set(letter, group);
    }
  }
  const grouped = [...byLetter].map(([letter, rests]) => `${letter}(?:${rests.join("|")})`);
  const parts = grouped.length ? [`\\b(?:${grouped.join("|")})`, ...others] : others;
  return parts.join("|");
}

// V8 stops optimising a pattern whose source passes 20 kB (RegExpImpl::kRegExpTooLargeToOptimize, 20 * 1024
// characters): a cue list that grew past it ran five times slower. Lists are cut into patterns below it, as few as
// possible: one 20,368-character pattern of the con cues ran 20% faster than the same cues as 19,274 + 1,134, and
// 20,598 characters ran twelve times slower (scripts/bench-cue-chunks.ts). (A little margin under the limit.)
const MAX_SOURCE = 20_400;

/** anyCue over `sources`, as several patterns when one would be too long to be optimised: the text matches the
 * list where any of them matches. */
export function anyCues(sources: readonly string[], flags: string): RegExp[] {
  const out: RegExp[] = [];
  let chunk: string[] = [];
  for (const src of sources) {
    // (the size that counts is the grouped pattern's: cues that share a first letter share it)
    if (chunk.length && anyCueSource([...chunk, src], flags).length > MAX_SOURCE) { out.push(anyCue(chunk, flags)); chunk = []; }
    chunk.push(src);
  }
  if (chunk.length) out.push(anyCue(chunk, flags));
  return out;
}
