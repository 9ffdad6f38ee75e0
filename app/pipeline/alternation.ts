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

/** A "\b"-led cue's rest as alternatives that each open with a plain letter, or null when it cannot be written so:
 * "(?:does|do) not x" is "does not x" and "do not x" (a leading non-capturing group, not quantified, is spread). */
function letterLed(rest: string): string[] | null {
  if (/^[A-Za-z]/.test(rest) && !QUANTIFIER.test(rest.slice(1))) return [rest];
  if (!rest.startsWith("(?:")) return null;
  const end = groupEnd(rest, 0);
  if (end < 0 || QUANTIFIER.test(rest.slice(end + 1))) return null;
  const out: string[] = [];
  for (const alt of splitBars(rest.slice(3, end))) {
    const spread = letterLed(alt + rest.slice(end + 1));
    if (!spread) return null;
    out.push(...spread);
  }
  return out;
}

/** A pattern that matches where any of `sources` does, for test() and search() only (not match or exec: another
 * cue than the first listed may be the one that matches). Cues that open with "\b" and a letter are grouped by
 * that letter; the others are tried as they are. */
export function anyCue(sources: readonly string[], flags: string): RegExp {
  const fold = flags.includes("i");
  const byLetter = new Map<string, string[]>();
  const others: string[] = [];
  for (const src of sources) {
    const rest = afterBoundary(src);
    const alts = rest === null ? null : letterLed(rest);
    if (!alts) { others.push(`(?:${src})`); continue; }
    for (const alt of alts) {
      const letter = fold ? alt[0].toLowerCase() : alt[0];
      const group = byLetter.get(letter) ?? [];
      group.push(alt.slice(1));
      byLetter.set(letter, group);
    }
  }
  const grouped = [...byLetter].map(([letter, rests]) => `${letter}(?:${rests.join("|")})`);
  const parts = grouped.length ? [`\\b(?:${grouped.join("|")})`, ...others] : others;
  return new RegExp(parts.join("|"), flags);
}

// V8 stops optimising a pattern whose source passes 20 kB (RegExpImpl::kRegExpTooLargeToOptimize): a cue list that
// grew past it ran five times slower. Lists are cut into patterns well below it.
const MAX_SOURCE = 12_000;

/** anyCue over `sources`, as several patterns when one would be too long to be optimised: the text matches the
 * list where any of them matches. */
export function anyCues(sources: readonly string[], flags: string): RegExp[] {
  const out: RegExp[] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const src of sources) {
    // (the letter grouping spreads a cue's leading group: its grouped size is what counts)
    const weight = anyCue([src], flags).source.length;
    if (chunk.length && size + weight > MAX_SOURCE) { out.push(anyCue(chunk, flags)); chunk = []; size = 0; }
    chunk.push(src);
    size += weight;
  }
  if (chunk.length) out.push(anyCue(chunk, flags));
  return out;
}
