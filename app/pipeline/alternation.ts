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

// ---- long cue lists read word by word: a cue is tried only where a word it can open with starts
// A cue that opens with "\b" and a plain word can only match where a word starts with that word ("\bno (?:\w+ )?
// proof" where a word is "no", "\b(?:is|are) …" where one is "is" or "are"). So instead of one scan of the whole
// list at every place of the clause, cueTester looks up each word's first three letters in a table of the cues that
// can open with them, and runs only those cues (one sticky pattern per set of cues), and only at that word. A cue
// whose opening word cannot be read off its source is tried over the whole clause as before.
// (A cue led by a group of words is filed by each word's part only, "\b(?:is|are) x" as "\bi(?:s) x" and
// "\ba(?:re) x": filed whole under every word, the con cues' patterns took three times the native code of the one
// list, and V8 compiles patterns without optimising once some 16 MB of code is in use.)

/** A word a cue's match may open with: its first letters (lower case, at most three kept), and whether the word must
 * end there (the letters are followed by a space or "\b") or may go on. */
interface Lead { letters: string; whole: boolean }

const NON_WORD_LITERAL = /^[^\w\\^$.|?*+()[\]{}]/;

/** The words a match of `src` (read from its start, with `acc` letters already read) may open with, or null when
 * they cannot be told. Over-reads: a lead may be wider than the cue (its lookarounds are ignored), never narrower. */
function leadsOf(src: string, acc: string): Lead[] | null {
  const stop = (): Lead[] | null => (acc ? [{ letters: acc, whole: false }] : null);
  if (acc.length >= 3) return [{ letters: acc, whole: false }];
  if (src === "") return stop();
  const c = src[0];
  if (/[A-Za-z]/.test(c)) return QUANTIFIER.test(src.slice(1)) ? stop() : leadsOf(src.slice(1), acc + c.toLowerCase());
  // a space, "\\s", "\\b" or a literal such as "-" ends the word, unless it may be left out ("non-?scien")
  const ender = c === " " || NON_WORD_LITERAL.test(src) ? 1 : src.startsWith("\\b") || src.startsWith("\\s") ? 2 : 0;
  if (ender) return acc && !QUANTIFIER.test(src.slice(ender)) ? [{ letters: acc, whole: true }] : stop();
  if (c === "(") {
    const end = groupEnd(src, 0);
    if (end < 0) return null;
    // a lookaround takes no characters: skipped (the cue's own pattern still reads it)
    if (/^\(\?<?[=!]/.test(src)) return leadsOf(src.slice(end + 1), acc);
    if (!src.startsWith("(?:")) return stop();
    let after = src.slice(end + 1);
    const optional = /^\?\??/.exec(after);
    if (!optional && QUANTIFIER.test(after)) return stop();
    if (optional) after = after.slice(optional[0].length);
    const out: Lead[] = [];
    for (const alt of [...splitBars(src.slice(3, end)), ...(optional ? [""] : [])]) {
      const leads = leadsOf(alt + after, acc);
      if (leads === null) return null;
      out.push(...leads);
    }
    return out;
  }
  return stop();
}

/** The words a cue can open with, when it opens with "\b" (lookbehinds aside) and a plain word; else null. */
export function cueLeads(src: string): Lead[] | null {
  let rest = src;
  let bounded = false;
  for (;;) {
    if (rest.startsWith("\\b")) { bounded = true; rest = rest.slice(2); continue; }
    if (rest.startsWith("(?<!") || rest.startsWith("(?<=")) {
      const end = groupEnd(rest, 0);
      if (end < 0 || QUANTIFIER.test(rest.slice(end + 1))) return null;
      rest = rest.slice(end + 1);
      continue;
    }
    break;
  }
  if (!bounded || hasTopLevelBar(src)) return null;
  return leadsOf(rest, "");
}

// a character's class in a word's first three: 0 not a word character (as "\b" reads words: ASCII letters, digits and
// "_"), 1-26 a letter (either case), 27 a digit or "_"
const LEAD_CLASSES = 28;
const leadClass = (c: number) => {
  const l = c | 32;
  return l >= 97 && l <= 122 ? l - 96 : (c >= 48 && c <= 57) || c === 95 ? 27 : 0;
};

/** test() of the list: whether any of `sources` matches `s` (case-insensitive: `flags` "i"). */
export function cueTester(sources: readonly string[], flags: string): (s: string) => boolean {
  // (the classes above are ASCII's: under "u" with "i", "\w" also takes "ſ" and the Kelvin sign)
  if (flags !== "i") throw new Error(`cueTester: flags "${flags}"`);
  // each cue as its parts by first letter ("\\b(?:is|are) x" is "\\bi(?:s) x" and "\\ba(?:re) x"), each part under the
  // slots of the words it can open with
  const slots: number[][] = Array.from({ length: LEAD_CLASSES ** 3 }, () => []);
  const parts: string[] = [];
  const unindexed: string[] = [];
  for (const src of sources) {
    if (cueLeads(src) === null) { unindexed.push(src); continue; }
    const tail = afterBoundary(src);
    const split = tail === null ? null : byFirstLetter(tail, true);
    for (const part of split ? [...split].map(([l, p]) => `\\b${l}${p}`) : [src]) {
      const i = parts.push(part) - 1;
      for (const { letters: w, whole } of cueLeads(part)!) {
        const [a, b, c] = [0, 1, 2].map((k) => (k < w.length ? w.charCodeAt(k) - 96 : -1));
        // a word shorter than three: past its end the class is 0 (it must end there) or anything (it may go on)
        const any = Array.from({ length: LEAD_CLASSES }, (_, k) => k);
        for (const bb of b >= 0 ? [b] : whole ? [0] : any) {
          for (const cc of c >= 0 ? [c] : whole || bb === 0 ? [0] : any) {
            const slot = slots[(a * LEAD_CLASSES + bb) * LEAD_CLASSES + cc];
            if (slot.at(-1) !== i) slot.push(i);
          }
        }
      }
    }
  }
  // one sticky pattern (tried at one place) per set of parts that share a slot
  const patterns: RegExp[] = [];
  const bySet = new Map<string, number>();
  const table = new Int16Array(LEAD_CLASSES ** 3).fill(-1);
  slots.forEach((ps, slot) => {
    if (!ps.length) return;
    const key = ps.join(",");
    let at = bySet.get(key);
    if (at === undefined) { at = patterns.push(anyCue(ps.map((i) => parts[i]), "iy")) - 1; bySet.set(key, at); }
    table[slot] = at;
  });
  const rest = unindexed.length ? anyCues(unindexed, flags) : [];
  return (s: string) => {
    const n = s.length;
    let prev = 0;
    for (let p = 0; p < n; p++) {
      const a = leadClass(s.charCodeAt(p));
      if (a === 0 || prev !== 0) { prev = a; continue; }
      prev = a;
      if (a === 27) continue;
      // (past the word's end every class is 0)
      const b = p + 1 < n ? leadClass(s.charCodeAt(p + 1)) : 0;
      const c = b !== 0 && p + 2 < n ? leadClass(s.charCodeAt(p + 2)) : 0;
      const at = table[(a * LEAD_CLASSES + b) * LEAD_CLASSES + c];
      if (at >= 0) {
        const re = patterns[at];
        re.lastIndex = p;
        if (re.test(s)) return true;
      }
    }
    for (const re of rest) if (re.test(s)) return true;
    return false;
  };
}
