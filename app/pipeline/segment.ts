// Sentence segmentation of one block (a paragraph or a line), never of a whole document: cost is linear in the
// text's length. Robust to abbreviations (Dr., U.S., e.g., M.D.), initials, decimals, and a missing space after
// a full stop ("formed.The").
import { ABBREVIATIONS } from "./lexicon/abbreviations";
import { isSpace } from "./chars";
import type { Span } from "./types";

const ABBREV = new Set(ABBREVIATIONS);
// abbreviations that can close a sentence ("… and so on, etc.", "… in the U.S."); the rest ("Dr.", "e.g.") never do
const CLOSING_ABBREVIATION = /^(etc|al|inc|ltd|co|corp|u\.s|u\.k|e\.u|u\.s\.a|approx)$/;
// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space(s) or a capital.
// (a citation may follow as bare numbers: "… in clinical practice.3, 4 A survey …")
// (a numbered reference after the full stop, spaced or not, belongs to the sentence it closes: "… relaxation. [2]")
const BOUNDARY = /([.!?…]+)((?:["'”’)\]]| ?\[\d+(?:[,–-]\s?\d+)*\]|(?<=[a-z)]\.)\d{1,3}(?:[,–-]\s?\d{1,3})*(?=\s+[A-Z]))*)(\s+|(?=[A-Z“"‘(])|$)/g;
// words that start sentences: after "U.S." or "etc." one of these means the sentence ended there
const SENTENCE_STARTERS = /^(?:The|This|That|These|Those|It|Its|In|On|At|For|Another|A|An|Some|Many|Most|However|But|And|Yet|They|He|She|We|There|Since|After|Before|As|When|While|Although|If|Other|Such|Today|Also|Only|Both|All|Each|One|No|Not)\b/;

/** The word that ends just before position `i` (the dot excluded), lower-cased, with inner dots kept. */
function wordBefore(text: string, i: number): string {
  let j = i;
  // letters, digits, inner dots, apostrophes and hyphens (char codes: no regex per character)
  while (j > 0 && i - j < 40) {
    const c = text.charCodeAt(j - 1);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45
      || c === 0x2019 || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f);
    if (!ok) break;
    j--;
  }
  return text.slice(j, i).toLowerCase().replace(LEADING_DOTS, "");
}

// the tests of a candidate boundary, as constants (a pattern literal is a new object each time it is evaluated)
const LEADING_DOTS = /^\.+/;
const DIGIT_NEXT = /^\s*\d/;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;
const CAPITALISED_WORD = /^[A-Z][a-z]/;
const FIRST_AFTER_QUOTES = /^[“"‘'(\[]*(.)/;
const LOWER = /[a-z]/;
const DEGREE_BEFORE = /°\s?$/;
const CAPITAL_NEXT = /^[“"‘(]?\p{Lu}/u;

/** The line ends in an abbreviation that never ends a sentence ("… developed by Dr.", "… such as e.g."): what
 * follows on the next line carries the sentence on. */
export function endsInOpenAbbreviation(line: string): boolean {
  if (!line.endsWith(".")) return false;
  const w = wordBefore(line, line.length - 1);
  return ABBREV.has(w) && !CLOSING_ABBREVIATION.test(w) && w !== "no" && w !== "nos";
}

function isBoundary(text: string, punctStart: number, punct: string, after: number, spaced: boolean): boolean {
  const next = text.slice(after, after + 2);
  if (after >= text.length) return true;
  if (punct === "." || punct === "..") {
    const w = wordBefore(text, punctStart);
    // "No. 5" abbreviates "number"; "No. Dry needling was …" answers a question
    if ((w === "no" || w === "nos") && !DIGIT_NEXT.test(text.slice(after, after + 3))) return true;
    // a temperature's unit, "at -110 °C.", is neither an abbreviation ("c." for circa) nor an initial
    const degrees = w.length === 1 && DEGREE_BEFORE.test(text.slice(Math.max(0, punctStart - 3), punctStart - 1));
    if (ABBREV.has(w) && !degrees) {
      // "Dr. Smith" never ends; "etc. The" and "the U.S. Another" may: only abbreviations that can close a
      // sentence end one, and only before a word that starts sentences
      if (!CLOSING_ABBREVIATION.test(w)) return false;
      // "… back pain, etc. Samuel Weed coined …": a list closed by "etc." before a capital ends its sentence
      if (w === "etc") return CAPITAL_NEXT.test(text.slice(after, after + 2));
      return SENTENCE_STARTERS.test(text.slice(after, after + 16));
    }
    if (w.length === 1 && !degrees && ONE_CAPITAL.test(text.slice(punctStart - 1, punctStart))) return false; // initials: "M. Smith"
    if (DOTTED.test(w)) return false; // "U.S", "i.e" not in the list: an abbreviation
    if (!spaced) {
      // a missing space: only "word.Capitalised" after a real word of 3+ letters, never "site.com" or "3.5"
      if (!CAPITALISED_WORD.test(next)) return false;
      // "formed.The", "1932.Neither": a real word or a year before the dot; never "e.g.The" or "3.5"
      if (w.length < 3) return false;
    }
  }
  // the next sentence starts with a capital, a digit, a quote or a bracket; a lower-case word continues
  const first = text.slice(after, after + 6).match(FIRST_AFTER_QUOTES)?.[1] ?? "";
  if (LOWER.test(first)) return false;
  return true;
}

/** Sentences of text[start, end) as spans of `text`, trimmed. Newlines split, unless `lineBreaksEnd` is false
 * (a block of hard-wrapped lines, joined by the cleaner). */
export function segmentSentences(text: string, start = 0, end = text.length, lineBreaksEnd = true): Span[] {
  const out: Span[] = [];
  // a block the cleaner joined from hard-wrapped lines: its line breaks are spaces
  if (!lineBreaksEnd) {
    segmentLine(text, start, end, out);
    return out;
  }
  // lines first: a line break inside a block still ends a sentence (headings, list items)
  for (let lineStart = start; lineStart <= end;) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    segmentLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

// (a constant: a pattern literal in a loop is a new object each time round)

/** text[a, b) trimmed into `out`, unless nothing is left. (A function, not a closure: under tsx a named closure
 * costs a defineProperty per call.) */
function pushTrimmed(out: Span[], text: string, a: number, b: number): void {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}

function segmentLine(text: string, start: number, end: number, out: Span[]): void {
  const line = text.slice(start, end);
  let sentStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    if (m[0].length === 0) { BOUNDARY.lastIndex++; continue; }
    const punctStart = m.index;
    const after = m.index + m[0].length;
    const endOfSentence = m.index + m[1].length + m[2].length;
    if (isBoundary(line, punctStart, m[1], after, m[3].length > 0)) {
      pushTrimmed(out, text, start + sentStart, start + endOfSentence);
      sentStart = after;
    }
  }
  pushTrimmed(out, text, start + sentStart, end);
}
