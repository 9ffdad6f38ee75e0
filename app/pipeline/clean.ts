// Cleaning: the stored text stays intact; each line is classified as content, heading or page chrome, and a
// byline gives the source's author and date. Nothing is removed: later steps simply read only content lines.
import {
  BREADCRUMB_SEPARATORS, BYLINE_LEAD, CHROME_LINE_PATTERNS, CHROME_MAX_WORDS, DATE_LEAD, MONTHS, REFERENCE_LINE_PATTERNS, REVISION_LINE,
} from "./lexicon/chrome";
import { endsInOpenAbbreviation } from "./segment";
import type { SourceMetadata } from "./types";
import { isSpace } from "./chars";
import { alternation } from "./alternation";
import { BENEFIT_VERBS } from "./lexicon/cues";

// a subject of one to four words, then a verb of being or having and what is said of it
const ASSERTING = /^[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,3}\s+(?:is|are|was|were|has|have|does|do|can|cannot|can't|won't|doesn't|don't|isn't|aren't|(?:claimed|said|shown|found|proven|proved|reported) to)\s+\S/iu;
// a line led by a benefit verb in the third person ("Reduces joint stiffness", "Improves sleep"): an item of a
// list of what it does, with its subject left out, not a heading
const BENEFIT_LED = new RegExp(`^(?:${BENEFIT_VERBS.join("|")})(?<=s)\\s+\\S`, "i");
// a heading that names a section of any page, not this one
const SECTION_NAME = /^\W*(?:abstract|introduction|summary|overview|contents|table of contents|discovery|history|background|references|methods|results|conclusions?|discussion|home|menu|navigation|\d+)\W*$/i;
const LEADS_LIST = /^(?=(?:\S+\s+){3,})(?=.*\s\p{Ll})[^:]*:$/u;
const BLANK_LINE = /\n[ \t\r]*\n/;
// a section's name after a list whose items stand apart: "Side Effects", "How It Works", "Risks" (words in title case,
// or the name of a section a page on a treatment has)
const TITLE_CASE = /^(?:\p{Lu}[\p{Ll}'’-]*\s+)+\p{Lu}[\p{Ll}'’-]*$/u;
const SECTION_OF_A_PAGE = /^(?:risks?|safety|side[- ]effects?|precautions?|contraindications?|warnings?|benefits?|costs?|prices?|faqs?|how it works|what to expect|sources)$/i;
// exactly one blank line between two lines
const ONE_BLANK_LINE = /^[ \t\r]*\n[ \t\r]*\n[ \t\r]*$/;
// a lead into a list of what it does or treats: "… benefits … which include:", "Uses include:", "It treats:"
const LEADS_BENEFIT_LIST = /\b(?:benefits?|uses|advantages|effects|conditions|indications|applications|helps?|treats?|relieves?|improves?)\b[^:]*\b(?:include[sd]?|including|such as|are|like|to|for|with)\b[^:]{0,40}:$/i;
// the words a question opens with
const QUESTION_OPENER = /^(?:how|what|why|when|where|who|which|is|are|was|were|does|do|did|can|could|should|will|would)\b/i;

export type BlockKind = "content" | "heading" | "chrome" | "byline" | "breadcrumb";

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Lines of one paragraph share an index; a blank line or a heading starts a new one. */
  paragraph: number;
  /** A list item ("- …", "1. …"), its marker left out of the span. */
  listItem?: true;
}

export interface CleanResult {
  blocks: Block[];
  metadata: SourceMetadata;
}

const CHROME_RE = alternation(CHROME_LINE_PATTERNS, "i");
const REVISION_RE = new RegExp(REVISION_LINE);
const REFERENCE_RE = new RegExp(REFERENCE_LINE_PATTERNS.map((p) => `(?:${p})`).join("|"), "iu");
const BYLINE_RE = new RegExp(BYLINE_LEAD + "((?:[A-Z][\\p{L}'’.-]*\\.?\\s?){1,4})", "iu");
const DATED_LEAD_LINE = new RegExp("^(?:" + BYLINE_LEAD.slice(1) + "|" + DATE_LEAD + ")", "i");
// "Posted on March 14, 2023 by Linda K. | Filed under: …": the date first, then the author
const DATED_BY_RE = new RegExp("^" + DATE_LEAD + "[^|·]{6,30}?\\s+by\\s+((?:[A-Z][\\p{L}'’.-]*\\.?\\s?){1,4})", "iu");
const DATE_FORMS = "(\\d{1,2}\\s+[A-Za-z]{3,9}\\.?,?\\s+\\d{4}|[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";
const DATE_RE = new RegExp(DATE_LEAD + DATE_FORMS, "i");
// in a line that is a byline already, a date needs no lead: "By Ana Ruiz · June 1, 2020"
const DATE_ANY = new RegExp("(?:^|[\\s,·|–—-])" + DATE_FORMS + "\\s*$", "i");
// "Wednesday, June 09, 2010": a line that is only a date is the page's date
const DATE_ONLY = new RegExp("^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?" + DATE_FORMS + "\\s*$", "i");
// "Sam Reed | Published 3 February 2019": a name before the separator of a dated line
const NAME_BEFORE_SEPARATOR = /^((?:[A-Z][\p{L}'’.-]*\s?){2,4})\s*[|·•–—-]\s*/u;
// "March 1, 2022 -- Green Bay …", "LONDON, 3 May 2019 — …", "date: 2022-01-03 March 1, 2022 -- …": a news item's
// dateline leads its first paragraph; it is the page's date, and no part of the sentence after it (a dateline of a
// place alone, "RIYADH —", gives no date: extract.ts leaves it out of the sentence's span)
// ("AUSTIN, Texas, March 11, 2025 /PRNewswire/ -- …": a press release's, with the wire service that sent it)
const DATELINE = new RegExp("^(?:[Dd]ate:?\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?(?:\\p{Lu}[\\p{L}.()' ]{0,40}?,\\s+){0,2}" + DATE_FORMS + "(?:\\s*/[\\p{L} .-]{2,30}/)?\\s*(?:--|—|–|-)\\s+(?=\\p{Lu})", "u");
// A transcript's line lead: a timestamp, a speaker's name in capitals (or Q / A) and a colon. A name is a speaker's only
// when three or more lines open with it ("ROSIE:", "MARCUS:"), not a notice's label ("WARNING: do not …"), unless a
// timestamp leads it.
// ("A (PureFlow Support): …": an answer's label may name who answers)
const SPEAKER_PREFIX = /^(\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s+)?(\p{Lu}[\p{Lu}.'’ -]{0,24}|Q|A)(?:\s*\([^()\n]{1,40}\))?:\s+(?=\S)/u;
const SPEAKER_LINE = /^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s+)?(\p{Lu}[\p{Lu}.'’ -]{0,24}|Q|A)(?:\s*\([^()\n]{1,40}\))?:[ \t]+\S/gmu;
/** The speakers' names that open three or more lines of the text. */
function speakerLabels(text: string): Set<string> {
  const counts = new Map<string, number>();
  SPEAKER_LINE.lastIndex = 0;
  for (let m = SPEAKER_LINE.exec(text); m; m = SPEAKER_LINE.exec(text)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 3).map(([name]) => name));
}
// a dateline further down a page (after its headline and standfirst) when it is one beyond doubt: a city in capitals,
// or a wire service's tag
const PRESS_DATELINE = /^\p{Lu}{2,}[\p{Lu} .'-]*,|\/[\p{L} .-]{2,30}\/\s*(?:--|—|–)/u;
const FINITE = /\b(is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|does|do|did|should|must)\b|\b[a-z]{3,}(ed|es)\b/;
const AUX_VERB = /\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|does|do|did|should|must)\b/i;
const SEP_RE = new RegExp(
  "\\s(" + BREADCRUMB_SEPARATORS.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|") + ")\\s",
  "g",
);

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
}

/** Word count without building the words: runs of non-space holding a letter or digit. */
function wordCount(line: string, stopAt = Infinity): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < line.length && n < stopAt; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) { inWord = false; continue; }
    if (!inWord) { inWord = true; counted = false; }
    // a word holds a letter or a digit: bare dashes and bullets are not words
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192)) { n++; counted = true; }
  }
  return n;
}

/** "15 Mar 2013" → "2013-03-15"; unknown shapes are returned as written. */
export function normaliseDate(s: string): string {
  const iso = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return s;
  let m = s.match(/^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/);
  let day: number, mon: number | undefined, year: number;
  if (m) { day = +m[1]; mon = MONTHS[m[2].toLowerCase()]; year = +m[3]; }
  else {
    m = s.match(/^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/);
    if (!m) return s;
    mon = MONTHS[m[1].toLowerCase()]; day = +m[2]; year = +m[3];
  }
  if (!mon) return s;
  return `${year}-${String(mon).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A byline's author and date, or null when the line is not a byline. */
export function parseByline(line: string): { author: string | null; date: string | null } | null {
  const t = line.trim();
  if (wordCount(t, 17) > 16) return null;
  const by = t.match(BYLINE_RE) ?? t.match(DATED_BY_RE);
  const date = t.match(DATE_RE) ?? (by ? t.match(DATE_ANY) : t.match(DATE_ONLY));
  if (!by && !(date && words(t).length <= 8)) return null;
  if (by && words(t).length > 16) return null;
  const named = !by && date ? t.match(NAME_BEFORE_SEPARATOR) : null;
  const author = by ? by[1].trim().replace(/\s*[-–|,·]$/, "").replace(/\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/, "").trim()
    : named ? named[1].trim() : null;
  // a name is capitalised words or initials ("By the 1950s it had spread" is a sentence, not a byline)
  if (by && !author!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return null;
  return { author: author || null, date: date ? normaliseDate(date[1].replace(/,/g, "").replace(/\s+/g, " ")) : null };
}

export function isBreadcrumb(line: string): boolean {
  SEP_RE.lastIndex = 0;
  if (!SEP_RE.test(line)) return false;
  const parts = line.split(SEP_RE).filter((_, i) => i % 2 === 0);
  if (parts.length < 3) return false;
  return parts.every((p) => words(p).length > 0 && words(p).length <= 8) && !/[.!?]\s*$/.test(parts[0]);
}

// (or a warning's lead, "Do not use TENS:", "Avoid it if you:")
const LIST_LEAD_END = /\b(?:can|may|will|could|helps?|include[sd]?|such as|including)\s*:\s*$|^(?:do\s+not|don['’]t|never|avoid)\s+\S/i;

// a whole sentence of four words or more, ended, at the start of a line
const SENTENCE_FIRST = /^(?:\S+\s+){3,}\S*[.!?]["”’)]?\s/;

/** "It eases tension. Click here to read more": a sentence of the text before the chrome on its line (a stored copy
 * cut off mid-line); the line is content, and the chrome after the sentence claims nothing anyway. */
function sentenceBeforeChrome(line: string): boolean {
  const at = line.search(CHROME_RE);
  return at > 0 && SENTENCE_FIRST.test(line.slice(0, at));
}

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t, CHROME_MAX_WORDS + 1);
  if (n === 0) return true;
  if (n <= CHROME_MAX_WORDS && CHROME_RE.test(t) && !sentenceBeforeChrome(t)) return true;
  // (a reference entry is a line of its own; a page pasted as one long line may cite inside it)
  if (n <= CHROME_MAX_WORDS && REFERENCE_RE.test(t)) return true;
  if (n > CHROME_MAX_WORDS && wordCount(t, 81) <= 80 && REFERENCE_RE.test(t)) return true;
  // no sentence structure: a bracketed aside, a form label, a lone fragment
  if (/^\(.*\)$/.test(t) && n <= 4) return true;
  // (not a list's lead: "Halo wraps can:", "Benefits include:")
  if (/:\s*$/.test(t) && n <= 4 && !LIST_LEAD_END.test(t)) return true;
  if (n <= 2 && !/[.!?]$/.test(t) && /^[a-z]/.test(t)) return true;
  return false;
}

/** A headline that asserts something of its subject ("What a shock: hot stones are useless", "Cupping Is Not
 * Safe"): a verb of being or having after a subject of its own, no question. */
export function isAssertion(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, "");
  if (/\?\s*$/.test(t)) return false;
  const tail = t.includes(": ") ? t.slice(t.lastIndexOf(": ") + 2) : t;
  return !QUESTION_OPENER.test(tail) && (ASSERTING.test(tail) || BENEFIT_LED.test(tail));
}

/** A list item in title case ("Five Myths About Hot Stones"): three or more long words, nearly all capitalised,
 * with no full stop: the title of another page. */
function isTitleList(line: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  const long = words(line).filter((x) => x.replace(/\W/g, "").length >= 4);
  if (long.length < 3) return false;
  return long.filter((x) => /^[\p{Lu}\d]/u.test(x)).length / long.length >= 0.8;
}

/** A heading: short, no terminal full stop, and either a question, title case or no finite verb. */
export function isHeading(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, "");
  if (wordCount(t, 13) > 12) return false;
  const w = words(t);
  if (w.length === 0 || w.length > 12) return false;
  if (/[.!;,]$/.test(t)) return false;
  if (/^#/.test(line.trim())) return true;
  if (/\?$/.test(t) && w.length <= 10) return true;
  if (/^(what|how|why|who|when|where|which|is|are|can|does|do)\b/i.test(t) && w.length <= 8) return true;
  const long = w.filter((x) => x.replace(/\W/g, "").length >= 4);
  const caps = long.filter((x) => /^[\p{Lu}\d]/u.test(x));
  if (long.length > 0 && caps.length / long.length >= 0.6) return true;
  if (!FINITE.test(t) && w.length <= 6) return true;
  // "Efficacy of X for Y: a randomised controlled trial": a title and its subtitle, with no verb
  if (!AUX_VERB.test(t) && /^(?:\S+\s+){2,}\S+:\s+\S/.test(t) && !/[.!?]$/.test(t)) return true;
  // a short line with no auxiliary and no punctuation at its end is a heading ("Cupping therapy explained")
  return w.length <= 6 && !AUX_VERB.test(t) && /^\p{Lu}/u.test(t) && !/[.!?:;,]$/.test(t);
}

// (a constant: a pattern literal in a loop is a new object each time round)

// the words a sentence cannot stop on, as written in prose (lower case): articles, prepositions, conjunctions, auxiliaries
const OPEN_END = /(?:^|[\s,;(])(?:a|an|the|of|in|on|at|to|for|from|with|by|into|onto|upon|about|between|through|during|without|within|and|or|nor|but|as|than|that|which|who|whose|is|are|was|were|be|been|has|have|had|its|their|his|her|our|your|this|these|those)$/;
/** The next line when text[s, e) is a line of prose cut off mid-sentence by a hard wrap and the next line carries
 * on: no terminal punctuation, and the next line starts in lower case, or both are long (a wrapped paragraph,
 * not a heading over one). Null otherwise. */
/** The line after a list item's, when it is indented and lower-case at its start (the item wrapped): its end. */
function indentedGoOn(text: string, e: number): { end: number; lineEnd: number } | null {
  if (text[e] !== "\n" && !(text[e] === "\r" && text[e + 1] === "\n")) return null;
  const nextStart = text.indexOf("\n", e) + 1;
  const nl = text.indexOf("\n", nextStart);
  const lineEnd = nl < 0 ? text.length : nl;
  const m = /^[ \t]{2,}(?=\p{Ll})/u.exec(text.slice(nextStart, lineEnd));
  if (!m) return null;
  let ne = lineEnd;
  while (ne > nextStart && isSpace(text.charCodeAt(ne - 1))) ne--;
  return { end: ne, lineEnd };
}

/** Whether some line of the text runs to 200 characters or more: such a text is not hard-wrapped (wrap widths are
 * well under that), so two long lines in a row are two paragraphs, not one cut in two. */
function hasUnwrappedLine(text: string): boolean {
  let at = 0;
  for (let nl = text.indexOf("\n"); ; nl = text.indexOf("\n", at)) {
    const end = nl < 0 ? text.length : nl;
    if (end - at >= 200) return true;
    if (nl < 0) return false;
    at = nl + 1;
  }
}

function wrappedLine(text: string, s: number, e: number, unwrapped: boolean): { end: number; lineEnd: number } | null {
  if (text[e] !== "\n" && !(text[e] === "\r" && text[e + 1] === "\n")) return null;
  const line = text.slice(s, e);
  // "… a course developed by Dr." goes on with the name on the next line
  const openAbbreviation = endsInOpenAbbreviation(line);
  if ((!openAbbreviation && /[.!?:;"”’)\]]$/.test(line)) || isBreadcrumb(line) || isChromeLine(line)) return null;
  const nextStart = text.indexOf("\n", e) + 1;
  const nl = text.indexOf("\n", nextStart);
  const lineEnd = nl < 0 ? text.length : nl;
  let ns = nextStart, ne = lineEnd;
  while (ns < ne && isSpace(text.charCodeAt(ns))) ns++;
  while (ne > ns && isSpace(text.charCodeAt(ne - 1))) ne--;
  if (ne <= ns) return null; // a blank line ends the paragraph
  const next = text.slice(ns, ne);
  if (/^(?:#{1,6}\s|[-*+•]\s|\d+[.)]\s|>)/.test(next)) return null;
  if (openAbbreviation) return { end: ne, lineEnd };
  // (a title goes on into no byline: "My Two Years with X" over "Posted on March 14, 2023 by A B | Filed under: …")
  if (DATED_LEAD_LINE.test(next) && parseByline(next)) return null;
  const words = wordCount(line, 4);
  // a question cut in two ("How Did the Method\nBegin?"): the first line asks, the short next one closes it
  const questionCut = QUESTION_OPENER.test(line) && next.endsWith("?") && wordCount(next, 8) < 8;
  // a short line is a heading unless the next line plainly goes on with it ("The method dates\nback to …")
  if (words < 4 && !questionCut && !(words >= 3 && /^\p{Ll}/u.test(next))) return null;
  // a line of prose that stops on a word no sentence or heading ends with ("… is thought to have originated in")
  // goes on with the next line, whatever that line starts with ("China and is")
  const openEnd = wordCount(line, 6) >= 6 && OPEN_END.test(line);
  // (two long lines in a row are one paragraph wrapped only in a text that is wrapped at all: "… I found on
  // www.example.com" over "The method is …" in a forum post are two)
  const carriesOn = questionCut || openEnd || /^[\p{Ll}\d(“"‘']/u.test(next) || (!unwrapped && line.length >= 50 && next.length >= 20 && !isHeading(next));
  return carriesOn ? { end: ne, lineEnd } : null;
}

/** Split the text into lines, classify each, and read a title and byline off the page. */
export function cleanText(text: string): CleanResult {
  const blocks: Block[] = [];
  // (the speakers are counted once, when a line first opens like a transcript's: most texts have none)
  let speakers: Set<string> | undefined;
  const metadata: SourceMetadata = { title: null, author: null, date: null };
  let paragraph = 0;
  let blank = true;
  // whether the text has lines too long to be hard-wrapped (read when a line first might go on in the next)
  let unwrapped: boolean | undefined;
  let seenContent = false;
  // after a line that ends in a colon, short lines without a blank between are the items of its list
  // ("… with conditions such as:\nMigraines\nOsteoarthritis"), bullets or none
  let colonRun = false;
  // whether the list's lead names benefits, uses or conditions: its items may stand a blank line apart
  let colonParagraphs = false;
  // the items read so far under the lead, and whether the first stood a blank line apart from it
  let itemsSoFar = 0, itemsApart = false;
  let prevEnd = 0;
  const lineRe = /[^\n]*/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (m[0].length === 0) {
      if (lineRe.lastIndex >= text.length) break;
      lineRe.lastIndex++;
      if (!blank) paragraph++;
      blank = true;
      continue;
    }
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) { if (!blank) paragraph++; blank = true; continue; }
    // markdown markers: heading hashes, list bullets, quote marks lead the line but are not its words
    const md = text.slice(s, e).match(/^(#{1,6}\s+|[-*+•]\s+|\d+[.)]\s+|>\s*)/);
    // hard-wrapped text: a line that stops mid-sentence goes on in the next one ("… was developed by\nDr. Smith …")
    // (a list item goes on in an indented line under it: "- if you have a pacemaker or any other\n  device, such as …")
    if (md && /^[-*+•]\s|^\d+[.)]\s/.test(md[1])) {
      for (let next = indentedGoOn(text, e); next; next = indentedGoOn(text, e)) {
        e = next.end;
        lineRe.lastIndex = next.lineEnd;
      }
    }
    if (!md) {
      for (let next = wrappedLine(text, s, e, (unwrapped ??= hasUnwrappedLine(text))); next; next = wrappedLine(text, s, e, unwrapped)) {
        e = next.end;
        lineRe.lastIndex = next.lineEnd;
      }
    }
    const markdownHeading = !!md && md[1].startsWith("#");
    // "- Relieves joint pain": a list item is content, however short
    const bulleted = !!md && /^(?:[-*+•]|\d+[.)])\s/.test(md[1]);
    // (a blank line between ends the list, unless every item stands in its own paragraph, as a page's list items
    // often do once they are text: a bare fragment after one blank line goes on with the list of a lead that ended
    // in a colon, "… which include:" / "Post-operative healing" / "Swelling relief after surgery")
    // (such items run to 14 words: "Clearing areas of congestion such as swollen ankles, puffy eyes and swollen legs")
    const itemWords = colonParagraphs ? 14 : 8;
    const fragment = wordCount(text.slice(s, e), itemWords + 1) <= itemWords && !/[.!?:]$/.test(text.slice(s, e));
    // (only a list whose first item stood a blank line from its lead goes on so, and not into a section's name)
    if (colonRun && BLANK_LINE.test(text.slice(prevEnd, s))) {
      const apart = colonParagraphs && fragment && ONE_BLANK_LINE.test(text.slice(prevEnd, s)) && !SECTION_NAME.test(text.slice(s, e))
        && !TITLE_CASE.test(text.slice(s, e)) && !SECTION_OF_A_PAGE.test(text.slice(s, e));
      if (apart && itemsSoFar === 0) itemsApart = true;
      if (!apart || !itemsApart) colonRun = false;
    }
    const bare = !md && colonRun && fragment;
    if (bare) itemsSoFar++;
    const listItem = bulleted || bare;
    if (md) s += md[1].length;
    // (the dateline becomes a block of its own: the page's date, and no words of the sentence after it)
    const dateline = !md && (!seenContent || PRESS_DATELINE.test(text.slice(s, Math.min(e, s + 120)))) ? DATELINE.exec(text.slice(s, e)) : null;
    if (dateline) {
      const dateEnd = s + dateline[0].trimEnd().length;
      blocks.push({ start: s, end: dateEnd, kind: "byline", paragraph });
      if (!metadata.date) metadata.date = normaliseDate(dateline[1].replace(/,/g, "").replace(/\s+/g, " "));
      s += dateline[0].length;
    }
    // a transcript's timestamp and speaker ("[00:05:27] MARCUS: Yeah so, …"): chrome before the words spoken
    const speaker = !md ? SPEAKER_PREFIX.exec(text.slice(s, Math.min(e, s + 60))) : null;
    if (speaker && (speaker[1] !== undefined || (speakers ??= speakerLabels(text)).has(speaker[2]))) {
      blocks.push({ start: s, end: s + speaker[0].trimEnd().length, kind: "chrome", paragraph });
      s += speaker[0].length;
    }
    const line = text.slice(s, e);
    // a line of more than CHROME_MAX_WORDS words is no byline (16 words at most), chrome or heading (12): only a
    // breadcrumb or a markdown heading is left to tell apart from content (most lines of prose are this long;
    // keep in step with the word limits of parseByline, isChromeLine and isHeading)
    const long = wordCount(line, CHROME_MAX_WORDS + 1) > CHROME_MAX_WORDS;
    let kind: BlockKind;
    if (isBreadcrumb(line)) kind = "breadcrumb";
    else if (long) kind = markdownHeading ? "heading" : REVISION_RE.test(line) ? "chrome" : "content";
    else if (parseByline(line)) kind = "byline";
    else if (isChromeLine(line)) kind = "chrome";
    // ("It helps with conditions such as:" leads into a list: a sentence cut by its colon, not a heading)
    else if ((markdownHeading || (!listItem && isHeading(line) && !LEADS_LIST.test(line))) && !isAssertion(line)) kind = "heading";
    // "- The Ridiculous Truth About Hot Stones": a list of titles is a list of links to other pages
    else if (listItem && isTitleList(line)) kind = "chrome";
    else kind = "content";
    if (kind === "byline" && !metadata.author && !metadata.date) {
      const b = parseByline(line)!;
      metadata.author = b.author;
      metadata.date = b.date;
    }
    // (a section's name, "Abstract", "History", or a page number is no title; wiki markup "= Title =" is dropped)
    if (kind === "heading" && !metadata.title && !seenContent && !SECTION_NAME.test(line)) metadata.title = line.replace(/^=+\s*|\s*=+$/g, "").replace(/[:\s]+$/, "").replace(/\s+/g, " ");
    // a headline that asserts ("Hot Stones Are Useless") is the page's title and its first claim
    if (kind === "content" && !seenContent && !metadata.title && blocks.length === 0 && isHeading(line)) metadata.title = line.replace(/\s+/g, " ");
    if (kind === "content") seenContent = true;
    if (kind === "heading" && !blank) paragraph++;
    blocks.push(listItem && kind === "content" ? { start: s, end: e, kind, paragraph, listItem } : { start: s, end: e, kind, paragraph });
    if (kind === "content" && line.endsWith(":")) { colonRun = true; colonParagraphs = LEADS_BENEFIT_LIST.test(line); itemsSoFar = 0; itemsApart = false; }
    else if (!listItem) colonRun = false;
    prevEnd = e;
    if (kind === "heading") paragraph++;
    blank = false;
  }
  return { blocks, metadata };
}
