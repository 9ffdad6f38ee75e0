// Values read off a clause: years (and year ranges, decades, centuries, BC), counts with qualifier / unit /
// scope, quantities with units (decimal commas), and persons (titles dropped, initials kept).
import type { CountValue, PersonValue, QuantityValue, Span, YearValue } from "./types";
import { DECADE_WORDS, MULTIPLIERS, NAMED_PERIODS, NUMBER_WORDS, ORDINAL_CENTURIES } from "./lexicon/numbers";
import { COUNT_FILLERS, PRACTITIONER_NOUNS, QUANTITY_UNITS, SESSION_NOUNS } from "./lexicon/units";
import { PRACTITIONER_PERSON_NOUNS } from "./lexicon/health-words";
import { NATIONALITIES, POST_NOMINALS, PROFESSIONS, TITLES } from "./lexicon/titles";
import { MONTHS } from "./lexicon/chrome";

export interface Found<V> { start: number; end: number; value: V }

const APOS = "['’]?";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------- years
const PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], middle: [4, 6], late: [7, 9] };
const ORDINAL_ALT = Object.keys(ORDINAL_CENTURIES).sort((a, b) => b.length - a.length).join("|");
// Each pattern may carry a quick test that every one of its matches passes (a literal it needs; keep the two in
// step): a clause that fails it is not scanned with the pattern. Most clauses with a figure hold no year, and these tests skip most
// of the thirteen scans.
const FOUR_DIGITS = /\d{4}/;
const DECADE_S = new RegExp(`0${APOS}s`, "i");
// the quick test before the BC patterns run: "BC", "BCE" or "B.C." (a bare "B" starts too many words)
const BC_MARK = /B\.?C/;
// a year before Christ and its mark ("3,600", "460"; "BC", "BCE", "B.C.", "B.C.E.")
const BC_YEAR = "\\d{1,3}(?:,\\d{3})+|\\d{1,5}";
const BC = "(?:BC|BCE|B\\.C\\.?(?:E\\.?)?)";
const AD_MARK = /AD|A\.D\.|CE/;
// a quick test before the calendar-date pattern
const ISO_DATE_MARK = /\d{4}[-/]\d\d[-/]\d/;
const ISO_DATE = /\b(?:1\d{3}|20\d{2})[-/](?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01])\b/g;
// the endings of the decades in words ("ties"): the quick test before "the fifties"
const DECADE_WORD_END = new RegExp(`(?:${[...new Set(Object.keys(DECADE_WORDS).map((w) => w.slice(-4)))].join("|")})\\b`, "i");
const YEAR_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => YearValue | "skip", RegExp?]> = [
  // "2025-05-05", "2025/05/05": a calendar date (a page's own, mostly) dates no event of the text's subject
  [ISO_DATE, () => "skip", ISO_DATE_MARK],
  // life spans "(1924-2003)", "(born 1924)" belong to a person, not to an event
  [/\(\s*(?:born\s+|b\.\s*)?\d{4}\s*(?:[-–—]\s*\d{0,4})?\s*\)/g, () => "skip", /\(/],
  // ("(AD 980 - 1037)", "(c. 980–1037)": a life span with an era or a three-digit year)
  [/\(\s*(?:AD|A\.D\.|CE|c\.|ca\.)?\s*\d{3,4}\s*[-–—]\s*(?:AD\s*)?\d{3,4}\s*\)/g, () => "skip", /\(/],
  // "the 1800s" is a century; "mid 1800s" is its middle decades (x4-x6 on the decade digit: 1840-1869)
  [new RegExp(`\\b(?:(early|mid|middle|late)[- ]?(?:in )?(?:the )?)?(1\\d)00${APOS}s\\b`, "gi"), (m) => {
    const base = +(m[2] + "00");
    if (!m[1]) return { kind: "year", min: base, max: base + 99, approx: true };
    const [a, b] = PART[m[1].toLowerCase()];
    return { kind: "year", min: base + a * 10, max: base + b * 10 + 9, approx: true };
  }, DECADE_S],
  [new RegExp(`\\b(early|mid|middle|late)[- ]?(?:in )?(?:the )?(1\\d|20)(\\d)0${APOS}s\\b`, "gi"), (m) => {
    const base = +(m[2] + m[3] + "0"); const [a, b] = PART[m[1].toLowerCase()];
    return { kind: "year", min: base + a, max: base + b, approx: true };
  }, DECADE_S],
  // "the 1920s and 30s": a second decade written short, in the same century
  [new RegExp(`\\b(1\\d|20)(\\d)0${APOS}s(?:\\s+(?:and|to|or|through)\\s+|\\s*[-–]\\s*)(?:the\\s+)?['’]?(\\d)0${APOS}s\\b`, "g"), (m) => {
    const from = +(m[1] + m[2] + "0"), to = +(m[1] + m[3] + "0");
    return to > from ? { kind: "year", min: from, max: to + 9, approx: true } : "skip";
  }, DECADE_S],
  [new RegExp(`\\b(1\\d|20)(\\d)0${APOS}s\\b`, "g"), (m) => {
    const base = +(m[1] + m[2] + "0"); return { kind: "year", min: base, max: base + 9, approx: true };
  }, DECADE_S],
  // "in the mid 50s", "the 70s": a decade of the twentieth century written short, led by "the" or a part of it (not
  // "in his 50s", an age)
  [/\b(?:(early|mid|middle|late)[- ](?:the )?|the (?:(early|mid|middle|late)[- ])?)([1-9])0s\b/gi, (m) => {
    const base = 1900 + +m[3] * 10;
    const part = m[1] ?? m[2];
    if (!part) return { kind: "year", min: base, max: base + 9, approx: true };
    const [a, b] = PART[part.toLowerCase()];
    return { kind: "year", min: base + a, max: base + b, approx: true };
  }, /0s/i],
  // "the '70s": a decade of the twentieth century written short
  [/(?<![\w'’])['’]([1-9])0s\b/g, (m) => {
    const base = 1900 + +m[1] * 10; return { kind: "year", min: base, max: base + 9, approx: true };
  }, DECADE_S],
  // "at the turn of the century", "the turn of the 20th century": the years either side of the century's start (the
  // century unnamed is the last one's turn, 1900); "the last decade of the 19th century": that decade
  [new RegExp(`\\bturn of the (?:(\\d{1,2}) ?(?:st|nd|rd|th)[- ]|(${ORDINAL_ALT})[- ]|last |previous )?century\\b`, "gi"), (m) => {
    const n = m[1] ? +m[1] : m[2] ? ORDINAL_CENTURIES[m[2].toLowerCase()] : 20;
    const turn = (n - 1) * 100;
    return { kind: "year", min: turn - 5, max: turn + 5, approx: true };
  }, /century/i],
  [new RegExp(`\\b(first|last|final) decade of the (?:(\\d{1,2}) ?(?:st|nd|rd|th)|(${ORDINAL_ALT}))[- ]century\\b`, "gi"), (m) => {
    const n = m[2] ? +m[2] : ORDINAL_CENTURIES[m[3].toLowerCase()];
    const start = (n - 1) * 100 + (/^f(?:irst)$/i.test(m[1]) ? 0 : 90);
    return { kind: "year", min: start, max: start + 9, approx: true };
  }, /century/i],
  // "the late 18th and early 19th centuries", "the 18 th and early 19 th century": from the first century's part to the
  // second's (read before a single century, which would take the second one alone)
  [new RegExp(`\\b(?:(early|mid|late)[- ])?(\\d{1,2}) ?(?:st|nd|rd|th) (?:and|to|or|-) (?:(early|mid|late)[- ])?(\\d{1,2}) ?(?:st|nd|rd|th)[- ]centur(?:y|ies)\\b`, "gi"), (m) => {
    const seg: Record<string, [number, number]> = { early: [0, 32], mid: [33, 66], late: [67, 99] };
    const [a] = m[1] ? seg[m[1].toLowerCase()] : [0, 99];
    const [, b] = m[3] ? seg[m[3].toLowerCase()] : [0, 99];
    return { kind: "year", min: (+m[2] - 1) * 100 + a, max: (+m[4] - 1) * 100 + b, approx: true };
  }, /centur/i],
  [new RegExp(`\\b(?:(early|mid|middle|late|first half of the|second half of the|latter half of the)[- ])?(?:(\\d{1,2}) ?(?:st|nd|rd|th)|(${ORDINAL_ALT}))[- ]century(?:\\s*(BC|BCE|B\\.C\\.|AD|CE))?`, "gi"), (m) => {
    const n = m[2] ? +m[2] : ORDINAL_CENTURIES[m[3].toLowerCase()];
    const bc = !!m[4] && /^b/i.test(m[4]);
    const seg: Record<string, [number, number]> = { early: [0, 32], mid: [33, 66], middle: [33, 66], late: [67, 99],
      "first half of the": [0, 49], "second half of the": [50, 99], "latter half of the": [50, 99] };
    const [a, b] = m[1] ? seg[m[1].toLowerCase()] : [0, 99];
    if (bc) return { kind: "year", min: -(n * 100 - a), max: -(n * 100 - b), approx: true };
    const lo = (n - 1) * 100 + a, hi = (n - 1) * 100 + b;
    return { kind: "year", min: lo, max: hi, approx: true };
  }, /century/i],
  // "in the fifties"
  [new RegExp(`\\bthe (${Object.keys(DECADE_WORDS).join("|")})\\b`, "gi"), (m) => {
    const base = DECADE_WORDS[m[1].toLowerCase()]; return { kind: "year", min: base, max: base + 9, approx: true };
  }, DECADE_WORD_END],
  // "during World War II", "in the Middle Ages"
  [new RegExp(`\\b(?:the )?(${NAMED_PERIODS.map(([names]) => names).join("|")})\\b`, "gi"), (m) => {
    // "a first renaissance" is a revival, not the Renaissance: a period is named with "the" or a capital
    if (!/^the /i.test(m[0]) && /^\p{Ll}/u.test(m[1])) return "skip";
    const hit = NAMED_PERIODS.find(([names]) => new RegExp(`^(?:${names})$`, "i").test(m[1]))!;
    return { kind: "year", min: hit[1], max: hit[2], approx: true };
  }],
  // "460-370 BC", "from 3000 to 1500 BC", "c. 460 – c. 370 BC": both ends before Christ
  [new RegExp(`\\b(?:c\\.\\s*|ca\\.\\s*)?(${BC_YEAR})(?:\\s?${BC})?\\s*(?:[-–—]|to|until|and)\\s*(?:c\\.\\s*|ca\\.\\s*)?(${BC_YEAR})\\s?${BC}(?![a-z])`, "g"), (m) => {
    const a = -Number(m[1].replace(/,/g, "")), b = -Number(m[2].replace(/,/g, ""));
    return { kind: "year", min: Math.min(a, b), max: Math.max(a, b), approx: true };
  }, BC_MARK],
  [new RegExp(`\\b(${BC_YEAR})\\s?${BC}(?![a-z])`, "g"), (m) => {
    const y = -Number(m[1].replace(/,/g, ""));
    return { kind: "year", min: y, max: y, approx: true };
  }, BC_MARK],
  // "between 500 and 1,500 AD", "AD 980–1037": both ends after Christ
  [/\b(\d,\d{3}|\d{1,4})\s*(?:[-–—]|to|until|and)\s*(\d,\d{3}|\d{1,4})\s?(?:AD|CE|A\.D\.)(?![a-z])|\b(?:AD|A\.D\.)\s?(\d{1,4})\s*(?:[-–—]|to|until)\s*(\d{1,4})\b/g, (m) => {
    const a = Number((m[1] ?? m[3]).replace(",", "")), b = Number((m[2] ?? m[4]).replace(",", ""));
    return { kind: "year", min: Math.min(a, b), max: Math.max(a, b), approx: false };
  }, AD_MARK],
  [/\b(?:AD|A\.D\.)\s?(\d{1,4})\b|\b(\d,\d{3}|\d{1,4})\s?(?:AD|CE|A\.D\.)(?![a-z])/g, (m) => {
    const y = Number((m[1] ?? m[2]).replace(",", "")); return { kind: "year", min: y, max: y, approx: false };
  }, AD_MARK],
  // "in 1949-50": a range whose second year keeps only its last two digits
  [/\b(1\d|20)(\d{2})\s*[-–]\s*(\d{2})\b(?![-–.,]?\d)/g, (m) => {
    const from = +(m[1] + m[2]), to = +(m[1] + m[3]);
    return { kind: "year", min: from, max: to > from ? to : from, approx: false };
  }, FOUR_DIGITS],
  [/\b(?:between\s+)?(1\d{3}|20\d{2})\s*(?:[-–—]|to|and|until)\s*(1\d{3}|20\d{2})\b/g, (m) => ({
    kind: "year", min: +m[1], max: +m[2], approx: false,
  }), FOUR_DIGITS],
  [/\b(circa|c\.|ca\.|around|about|approximately|roughly|some time in|sometime in)?\s*\b(1\d{3}|20\d{2})\b(?![.,]\d|\s?(?:%|mm|cm|kg|mg|ml)|[\s-]years?\b|\s+(?:[a-z]+\s+)?(?:practitioners|physicians|doctors|people|patients|users|members|sessions|treatments|students|clients|cases|pounds|lbs?|kilos|kilograms|grams|gallons|lit(?:re|er)s|feet|metres|meters|miles|calories|dollars|euros|times|hours|minutes|steps|points|pages|words|copies))/gi, (m) => {
    const y = +m[2]; return { kind: "year", min: y, max: y, approx: !!m[1] };
  }, FOUR_DIGITS],
];

// the quick tests, each once: several patterns share one (its index in YEAR_NEEDS, -1 for none)
const YEAR_NEEDS = [...new Set(YEAR_PATTERNS.flatMap(([, , need]) => (need ? [need] : [])))];
const NEED_INDEX = YEAR_PATTERNS.map(([, , need]) => (need ? YEAR_NEEDS.indexOf(need) : -1));

/** Every year expression in the text, left to right; life spans in brackets are skipped. */
export function parseYears(text: string): Found<YearValue>[] {
  const taken: Array<[number, number]> = [];
  const out: Found<YearValue>[] = [];
  // (bits of the quick tests read so far, and of those passed)
  let read = 0, passed = 0;
  for (let k = 0; k < YEAR_PATTERNS.length; k++) {
    const [re, make] = YEAR_PATTERNS[k];
    const n = NEED_INDEX[k];
    if (n >= 0) {
      const b = 1 << n;
      if ((read & b) === 0) { read |= b; if (YEAR_NEEDS[n].test(text)) passed |= b; }
      if ((passed & b) === 0) continue;
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index, e = m.index + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      const v = make(m);
      if (v !== "skip") out.push({ start: s, end: e, value: v });
    }
  }
  // a year that is a day of a date ("15 Mar 2013") is still a year; months alone are not
  void MONTHS;
  return mergePeriodLists(text, out.sort((a, b) => a.start - b.start));
}

// "the 1920s and 1930s", "the 1950s, 1960s, and into the 1970s", "between the 1950s and the 1970s": a list or
// range of decades (or of centuries) is one period, from the first to the last
const RANGE_JOIN = /^\s*(?:to|until|till|through|into|[-–])\s+(?:the\s+)?$/i;
const PERIOD_JOIN = /^(?:[\s,–-]|and\b|or\b|to\b|through\b|until\b|till\b|into\b|the\b)*$/i;
function mergePeriodLists(text: string, years: Found<YearValue>[]): Found<YearValue>[] {
  if (years.length < 2) return years;
  const out: Found<YearValue>[] = [];
  // the length of the periods merged into the last entry (9: decades, 99: centuries; -1: not a period)
  let lastSpan = -1;
  for (const y of years) {
    const last = out[out.length - 1];
    const span = y.value.max - y.value.min;
    const between = last ? text.slice(last.end, y.start) : "";
    // "from 1945 until the 1970s": a range from one date to another, whatever each one's length
    const range = last !== undefined && y.value.max > last.value.max && RANGE_JOIN.test(between) && /\bfrom(?:\s+the)?\s*$/i.test(text.slice(Math.max(0, last.start - 10), last.start));
    if (last && (range || ((span === 9 || span === 99) && span === lastSpan && y.value.min > last.value.max && PERIOD_JOIN.test(between)))) {
      out[out.length - 1] = { start: last.start, end: y.end, value: { ...last.value, max: y.value.max, approx: last.value.approx || y.value.approx } };
    } else {
      out.push(y);
      lastSpan = span;
    }
  }
  return out;
}

// ---------------------------------------------------------------- numbers and counts
const WORD_ALT = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).map(escape).join("|");
// "twenty-one", "eighty four": only a tens word takes a unit after it ("eight one-hour sessions" is eight)
const TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS = `(?:${TENS_WORDS.join("|")})`;
const UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
const MULT_ALT = Object.keys(MULTIPLIERS).filter((k) => k !== "k").join("|");
// "5.000 Heilpraktiker": a dot between thousands, as many European texts write it, before a word
const NUM_DIGIT_FORMS = `\\d+(?:\\.\\d+)?k(?![\\p{L}\\d])|\\d{1,3}(?:\\.\\d{3})+(?=\\s+\\p{L})|\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:\\s\\d{3})+(?![\\d,.])|\\d+(?:[.,]\\d+)?`;
const NUM_SRC = `(?:${NUM_DIGIT_FORMS}|${TENS}[- ]${UNITS}|(?:${WORD_ALT}))(?:\\s(?:${MULT_ALT})){0,2}`;
const NUM_DIGITS_SRC = `(?:${NUM_DIGIT_FORMS})(?:\\s(?:${MULT_ALT})){0,2}`;
// Every number starts with a digit or with the first letter of a number word: a lookahead on that letter before
// the lookbehind lets the engine skip the other positions quickly (same matches; almost twice as fast a scan).
const NUM_FIRST = [...new Set([...Object.keys(NUMBER_WORDS), ...TENS_WORDS].map((w) => w[0].replace(/[\]\\^-]/, "\\$&")))].join("");
const NUM_RE = new RegExp(`(?=[\\d${NUM_FIRST}])(?<![\\w.,])(${NUM_SRC})(?![\\w])`, "giu");
// NUM_RE without the number words, for a text that holds none: the same matches, found by a quicker scan
const NUM_DIGITS_RE = new RegExp(`(?=\\d)(?<![\\w.,])(${NUM_DIGITS_SRC})(?![\\w])`, "gu");

const MULT_AT_END = new RegExp(`\\s(${MULT_ALT})$`);

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "15,000" → 15000, "18 000" → 18000, "0,16" → 0.16, "ten" → 10, "two thousand" → 2000. */
export function parseNumber(raw: string): number | null {
  // plain digits, the most common form: every test below would come to +raw
  if (isDigits(raw)) return +raw;
  let s = raw.trim().toLowerCase();
  let mult = 1;
  // "one hundred thousand": each multiplier at the end multiplies what stands before it
  for (let mm = s.match(MULT_AT_END); mm; mm = s.match(MULT_AT_END)) { mult *= MULTIPLIERS[mm[1]]; s = s.slice(0, -mm[0].length); }
  // "10k", "2.5k"
  const k = /^(\d+(?:\.\d+)?)k$/.exec(s);
  if (k) return +k[1] * 1000;
  // "a thousand", "one million"
  if (mult > 1 && /^(?:a|one)$/.test(s)) return mult;
  let n: number | null = null;
  if (/^\d{1,3}(,\d{3})+$/.test(s) || /^\d{1,3}(\s\d{3})+$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s)) n = +s.replace(/[,.\s]/g, "");
  else if (/^\d+,\d+$/.test(s)) n = +s.replace(",", ".");
  else if (/^\d+(\.\d+)?$/.test(s)) n = +s;
  else {
    const parts = s.split(/[- ]/);
    if (parts.every((p) => p in NUMBER_WORDS)) n = parts.reduce((t, p) => t + NUMBER_WORDS[p], 0);
    else if (s in NUMBER_WORDS) n = NUMBER_WORDS[s];
  }
  return n === null ? null : n * mult;
}

export interface NumberMatch { start: number; end: number; min: number; max: number | null; raw: string; range: boolean }

/** Numbers and ranges: "5-15", "2 to 4", "between 0,16 and 0,51", "as few as 4 and as many as 10".
 * `numberWords`: false when the caller knows the text holds no number word as a whole word (the gates' test). */
export function findNumbers(text: string, numberWords = true): NumberMatch[] {
  const singles: Array<{ start: number; end: number; n: number; raw: string }> = [];
  const re = numberWords ? NUM_RE : NUM_DIGITS_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "a" / "one" as an article is not a count
    // "5.000 therapists": three digits after a dot, before a word, group thousands (a decimal would not be
    // written to three places before a counted noun)
    const n = /^\d{1,3}\.\d{3}$/.test(m[1]) && /^\s+\p{L}/u.test(text.slice(m.index + m[0].length)) ? +m[1].replace(".", "") : parseNumber(m[1]);
    if (n === null) continue;
    singles.push({ start: m.index, end: m.index + m[0].length, n, raw: m[1] });
  }
  const out: NumberMatch[] = [];
  for (let i = 0; i < singles.length; i++) {
    const a = singles[i], b = singles[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 14), a.start);
      const isRange = /^\s*(?:[-–—]|to)\s*$/i.test(gap) || (/^\s*and\s*$/i.test(gap) && /between\s*$/i.test(before))
        || /^\s*(?:and|to)\s+as many as\s*$/i.test(gap) || (/^\s*or\s*$/i.test(gap) && a.n < 100 && b.n === a.n + 1);
      if (isRange && b.n >= a.n) {
        const startAt = /between\s*$/i.test(before) ? a.start - (before.length - before.search(/between\s*$/i)) : a.start;
        out.push({ start: startAt, end: b.end, min: a.n, max: b.n, raw: text.slice(a.start, b.end), range: true });
        i++;
        continue;
      }
    }
    out.push({ start: a.start, end: a.end, min: a.n, max: a.n, raw: a.raw, range: false });
  }
  return out;
}

// ("roughly another 3,000": the qualifier may stand before "another")
const QUALIFIERS: Array<[RegExp, string, QualifierKind]> = [
  // ("no more than 3", "at most 3": a ceiling, read before "more than" would take it for a floor)
  [/\b(?:no|not) (?:more than|greater than|over)\s*$/i, "no more than", "upto"],
  [/\bat most\s*$/i, "at most", "upto"],
  [/\b(?:more than|greater than|upwards of|in excess of)\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "more than", "open"],
  [/\bover\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "over", "open"],
  [/\bat least\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "at least", "open"],
  [/\bas few as\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "as few as", "exact"],
  [/\b(?:about|around|approximately|approx\.?|roughly|some|an estimated|estimated|circa|c\.)\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "about", "about"],
  [/\b(?:nearly|almost|close to)\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "nearly", "about"],
  [/\b(?:up to|as many as)\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "up to", "upto"],
  [/\b(?:fewer than|less than|under|below)\s*(?:(?:another|an additional|a further|an extra)\s+)?$/i, "less than", "upto"],
];
// "20 or more sessions", "5 or fewer sessions": a floor or a ceiling, told after the number
const OR_MORE = /^\s+or (?:more|over|above|greater|fewer|less)\b/i;
// any of the qualifiers: most numbers have none, and one test of the union spares the eight tests in turn
const ANY_QUALIFIER = new RegExp(QUALIFIERS.map(([re]) => `(?:${re.source})`).join("|"), "i");
const FILLER_ALT = COUNT_FILLERS.map(escape).join("|");
// "six weekly 50-minute sessions": a length compound ("50-minute", "one-hour") does not change what is counted
const LENGTH_COMPOUND = "[\\p{L}\\d]+-(?:second|minute|hour|day|week|month)s?";
const NOUN_AFTER = new RegExp(`^\\s*(?:(?:${MULT_ALT})\\s+)?(?:(?:${FILLER_ALT}|${LENGTH_COMPOUND})\\s+){0,3}([a-z][a-z-]*)(?:\\s+([a-z][a-z-]*))?(?:\\s+([a-z][a-z-]*))?`, "iu");
// (people in training are counted nouns too: "9,000 reflexology students")
// (and the people a dictionary files as giving treatments: "4,000 certified Thai masseurs")
const COUNTED = new Set([...PRACTITIONER_NOUNS, ...PRACTITIONER_PERSON_NOUNS, ...SESSION_NOUNS, "students", "trainees", "graduates"]);

export interface CountFound extends Found<CountValue> { noun: string | null }

type QualifierKind = "open" | "about" | "upto" | "exact";
/** The qualifier that ends `before`, the text right before a figure ("more than", "up to", "no more than"), with what it
 * makes of the figure (a floor, an approximation, a ceiling) and where its words begin; null when none. */
export function qualifierBefore(before: string): { qualifier: string; kind: QualifierKind; at: number } | null {
  if (!ANY_QUALIFIER.test(before)) return null;
  for (const [re, qualifier, kind] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { qualifier, kind, at: m.index };
  }
  return null;
}

/** Counts with their qualifier and counted noun; the scope is read separately (it lives in the clause). */
// "thousands of practitioners": a magnitude without a figure, read as its span ("thousands" is 2,000–9,999)
// ("several thousand", as the gold files read it: 3,000-9,000, qualifier "several")
const VAGUE_COUNT = /\b(tens of thousands|hundreds of thousands|thousands|hundreds|millions|dozens)\s+of\s+|\b(several (?:hundred|thousand))(?!\s+(?:of|years|miles|pounds|dollars)\b)\s*/gi;
const VAGUE_SPAN: Record<string, [number, number]> = {
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 9999], "tens of thousands": [20000, 99999],
  "hundreds of thousands": [200000, 999999], millions: [2000000, 999999999],
  "several hundred": [300, 900], "several thousand": [3000, 9000],
};

/** `numberWords`: false when the caller knows the text holds no number word as a whole word (a vague count is made
 * of such words too: "thousands of", "several hundred"). */
const MONEY_BEFORE = /[$£€¥]\s*$|\b(?:USD|EUR|GBP|US\$|A\$|C\$)\s*$/;

export function parseCounts(text: string, numberWords = true): CountFound[] {
  const out: CountFound[] = [];
  VAGUE_COUNT.lastIndex = 0;
  for (let m = numberWords ? VAGUE_COUNT.exec(text) : null; m; m = VAGUE_COUNT.exec(text)) {
    const phrase = (m[1] ?? m[2]).toLowerCase();
    const several = m[1] === undefined;
    const [min, max] = VAGUE_SPAN[phrase];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).match(NOUN_AFTER);
    const noun = after ? (after[2] && !COUNTED.has(after[1].toLowerCase()) && COUNTED.has(after[2].toLowerCase()) ? after[2] : after[1]).toLowerCase() : null;
    out.push({ start: m.index, end: m.index + phrase.length, noun,
      value: { kind: "count", min, max, approx: true, qualifier: several ? "several" : `${phrase} of`, unit: noun, scope: null } });
  }
  // (the numbers of a calendar date, "2025-05-05", count nothing)
  const dates: Span[] = [];
  if (ISO_DATE_MARK.test(text)) for (const m of text.matchAll(ISO_DATE)) dates.push({ start: m.index!, end: m.index! + m[0].length });
  for (const n of findNumbers(text, numberWords)) {
    if (out.some((o) => n.start < o.end && n.end > o.start) || dates.some((d) => n.start < d.end && n.end > d.start)) continue;
    if (!n.range && n.min >= 1000 && n.min <= 2099 && !/[,.\s]/.test(n.raw)) {
      // a bare four-digit number is a year unless a counted noun follows
      const after = text.slice(n.end).match(NOUN_AFTER);
      if (!after || /^(?:and|or|to|in|on|when|the|a|by|with|for|as|it|he|she|they|that|which|until|at|of|his|her|its|their)$/i.test(after[1])
        || after[1].toLowerCase() in NUMBER_WORDS || !/s$/i.test(after[1])) continue;
    }
    const before = text.slice(Math.max(0, n.start - 24), n.start);
    // "COVID-19", "omega-3", "vitamin B-12": a number joined to a word by a hyphen is part of a name
    if (/\p{L}-$/u.test(before)) continue;
    // "1 in every 2,000 treatments", "one in ten patients": a rate, not a count
    if (/\b(?:\d+|one|a)\s+in\s+(?:every\s+)?$/i.test(before)) continue;
    // "(n = 42)" is a study's sample size, not a count the text claims
    if (/\bn\s*=\s*$/i.test(before)) continue;
    // "$150 a session", "£40 per visit": a price counts nothing
    if (MONEY_BEFORE.test(before)) continue;
    // "Step 1:", "Other 2:": a number that labels what follows counts nothing (not a ratio, "3:1", nor a time, "10:30")
    if (text.charCodeAt(n.end) === 58 && !/^:\d/.test(text.slice(n.end, n.end + 2))) continue;
    // "at 10:30", "a 3:1 ratio", "Sutra 16:20": the parts of a time, a ratio or a verse's number count nothing either
    if ((text.charCodeAt(n.end) === 58 && /^:\d/.test(text.slice(n.end, n.end + 2))) || /\d:$/.test(before)) continue;
    const q = qualifierBefore(before);
    let qualifier: string | null = q?.qualifier ?? null, kind: QualifierKind = q?.kind ?? "exact";
    // where the qualifier's words begin ("treated over 3,000": at "over", not at the verb before it)
    const qualifierAt = q ? n.start - before.length + q.at : n.start;
    // "20 or more sessions", "ten or more years": the number is a floor, and the noun follows the qualifier
    // (a quick test of the text right after the number first)
    // "1,000+ centres": a floor too, the noun after the plus
    const plus = !n.range && text.charCodeAt(n.end) === 43 ? /^\+/.exec(text.slice(n.end)) : null;
    const orMore = plus ?? (!n.range && qualifier === null && text.startsWith(" or ", n.end) ? OR_MORE.exec(text.slice(n.end, n.end + 12)) : null);
    if (plus) { qualifier = "more than"; kind = "open"; } else if (orMore) {
      const fewer = /fewer|less/i.test(orMore[0]);
      qualifier = fewer ? "or fewer" : "or more";
      kind = fewer ? "upto" : "open";
    }
    let noun: string | null = null;
    const after = text.slice(n.end + (orMore ? orMore[0].length : 0), n.end + 60).match(NOUN_AFTER);
    if (after) {
      noun = after[1].toLowerCase();
      // "12,000 health professionals", "2,000 brine floaters": the counted noun is the head of the compound
      const second = after[2]?.toLowerCase();
      const third = after[3]?.toLowerCase();
      if (second && !COUNTED.has(noun) && (COUNTED.has(second) || /(?:ists|ians|ioners|als|ers|ors|rooms|chambers|caves|tanks|pods|booths)$/.test(second))) noun = second;
      // "5,000 infrared sauna studios": a counted noun after a two-word modifier
      else if (third && !COUNTED.has(noun) && !COUNTED.has(second ?? "") && COUNTED.has(third)
        && !/^(?:per|a|an|each|every|of|in|for|to|at|on|by|with|and|or)$/.test(second ?? "")) noun = third;
    }
    // "treatments (5-15)": the noun stands before the bracket
    // (the closing bracket, a quick test, first)
    const bracket = /^\s*\)/.test(text.slice(n.end)) ? text.slice(Math.max(0, n.start - 40), n.start).match(/([a-z]+)\s*\(\s*$/i) : null;
    if (bracket) noun = bracket[1].toLowerCase();
    let value: CountValue;
    if (n.range) value = { kind: "count", min: n.min, max: n.max, approx: false, qualifier: qualifier === "as few as" ? null : qualifier, unit: noun, scope: null };
    else if (kind === "open") value = { kind: "count", min: n.min, max: null, approx: false, qualifier, unit: noun, scope: null };
    else if (kind === "about") value = { kind: "count", min: n.min, max: n.min, approx: true, qualifier, unit: noun, scope: null };
    else if (kind === "upto") value = { kind: "count", min: 0, max: n.min, approx: false, qualifier, unit: noun, scope: null };
    else value = { kind: "count", min: n.min, max: n.min, approx: false, qualifier: null, unit: noun, scope: null };
    out.push({ start: orMore ? n.start : qualifierAt, end: n.end, value, noun });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "13,000 patients a year", "65 patients per day", "treated 13.000 patients annualy": the period a count is a rate
// over, within a few words after it
const PERIOD_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:a|an|per|each|every)\s+(year|annum|month|week|day|night|hour)\b|(annual+y|yearly|monthly|weekly|daily|nightly|hourly)\b)/iu;
const PERIOD_OF_ADVERB: Record<string, string> = { yearly: "year", monthly: "month", weekly: "week", daily: "day", nightly: "night", hourly: "hour" };

/** The period a count just before `after` is counted over ("a year" -> "year"), or null. */
export function periodAfter(after: string): string | null {
  const m = PERIOD_AFTER.exec(after.slice(0, 60));
  if (!m) return null;
  if (m[1]) return m[1].toLowerCase() === "annum" ? "year" : m[1].toLowerCase();
  const adverb = m[2].toLowerCase();
  return adverb.startsWith("annual") ? "year" : PERIOD_OF_ADVERB[adverb];
}

const SCOPE_WORLD = /\b(worldwide|world-wide|globally|around the world|in the world|across the world|throughout the world|all over the world|internationally)\b/i;
// (the writer's own country, unnamed: "300 spas nationwide")
const SCOPE_NATION = /\b(?:nationwide|nation-wide|nationally|across the country|throughout the country|all over the country)\b/i;
const SCOPE_PLACE = /\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+((?:the\s+)?(?:[A-Z][\p{L}]*\.?(?:[A-Z]\.)*)(?:\s+(?:[A-Z][\p{L}]*\.?(?:[A-Z]\.)*))*)/gu;

/** Where a count holds: "worldwide", "France", "the U.S.", or null. Words in `exclude` (lower case) are not places. */
/** Where a count holds. With `at` (the count's position), the scope nearest to the count wins: "6,000 homeopaths
 * are registered in Germany, and 200 million people worldwide use remedies" puts the 6,000 in Germany. */
export function parseScope(text: string, exclude: ReadonlySet<string> = new Set(), at?: number): string | null {
  const found: Array<{ index: number; scope: string }> = [];
  const w = SCOPE_WORLD.exec(text);
  if (w) found.push({ index: w.index, scope: "worldwide" });
  const nation = SCOPE_NATION.exec(text);
  SCOPE_PLACE.lastIndex = 0;
  for (let m = SCOPE_PLACE.exec(text); m; m = SCOPE_PLACE.exec(text)) {
    const place = m[1].replace(/[.,]$/, (d) => (/\b[A-Z]\.[A-Z]\.$/.test(m![1]) ? d : ""));
    const bare = place.replace(/^the\s+/i, "").toLowerCase();
    if (exclude.has(bare) || bare.split(/\s+/).some((x) => exclude.has(x))) continue;
    if (bare in MONTHS) continue;
    found.push({ index: m.index, scope: place });
  }
  // (a country named is the nation "nationwide" means: "in the United States … nationwide")
  if (nation && !found.some((f) => f.scope !== "worldwide")) found.push({ index: nation.index, scope: "nationwide" });
  if (!found.length) return null;
  // without a position, a worldwide word outranks a place, as it always has
  if (at === undefined) return (found.find((f) => f.scope === "worldwide") ?? found[0]).scope;
  // a scope usually follows its count ("200 million people worldwide"): one before it counts as twice as far
  const distance = (f: { index: number }) => (f.index >= at ? f.index - at : (at - f.index) * 2);
  return found.reduce((best, f) => (distance(f) < distance(best) ? f : best)).scope;
}

// ---------------------------------------------------------------- quantities
const UNIT_ALT = Object.keys(QUANTITY_UNITS).filter((u) => u !== "in" && u !== '"')
  .sort((a, b) => b.length - a.length).map(escape).join("|");
const NUM_D = `\\d+(?:[.,]\\d+)?`;
// ("10 or more minutes": a floor, with no upper end)
// ("a 90-minute session": a hyphen may join the figure to its unit)
// ("-110 °C to -140 °C", "minus 110 °C": a temperature's sign, read for temperatures only)
const QTY_RE = new RegExp(`(?:between\\s+)?(${NUM_D})(?:\\s*(?:[-–—]|to|and)\\s*([-−]?${NUM_D}))?(\\s+or (?:more|longer))?(?:\\s*|-)(${UNIT_ALT})(?![a-z])`, "gi");
const TEMPERATURE_UNITS = new Set(["°C", "°F"]);
const SIGN_BEFORE = /(?:^|[^\d\s])\s*(?:[-−]|minus\s+)$|^\s*(?:[-−]|minus\s+)$/i;

/** Every quantity in the text with its normalised unit. */
// "about an hour", "half an hour", "two hours": a time written in words
// ("one to two hours", "two or three hours": a range in words)
// ("ninety minutes", "a forty-five-minute soak", "an hourlong class": minutes in words, joined by a hyphen or not)
// ("a quarter of an hour", "an hour and a half": a time told in fractions of an hour; "a twelve-week programme": weeks)
const WORD_TIME = /\b(?:(one|two|three|four|five|six|seven|eight)\s+(?:to|or|-)\s+)?(half an|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety|a couple of)[\s-]+(hours?|minutes?|days?|weeks?|months?)\b|\b(?:an?\s+)?(hour-?long|half-hour|quarter of an hour|three quarters of an hour|hour and a half|hour and a quarter|one and a half hours)\b/gi;
const TIME_UNIT_WORD = /hour|minute|day|week|month/i;
// (hasTimeInWords's quick test: a unit's word)
// (a session's length: hours, minutes or days; weeks and months are read by parseQuantities when a figure or a cue
// has opened the clause, as most sentences that say "week" or "month" give no time in words)
const TIME_UNIT_WHOLE = /hour|minute|\bdays?\b/i;
const WORD_SESSION_TIME = /\b(?:(one|two|three|four|five|six|seven|eight)\s+(?:to|or|-)\s+)?(half an|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety|a couple of)[\s-]+(hours?|minutes?|days?)\b|\b(?:an?\s+)?(hour-?long|half-hour|quarter of an hour|three quarters of an hour|hour and a half|hour and a quarter|one and a half hours)\b/i;
/** The text gives a time in words ("forty-five minutes", "an hourlong class", "five days"): the same words
 * parseQuantities reads, so what classify takes for a session's length is what gets a value. */
export const hasTimeInWords = (text: string): boolean => TIME_UNIT_WHOLE.test(text) && WORD_SESSION_TIME.test(text);
// a dose told in words: "half a teaspoon", "eight glasses", "two or three drops" (the units of QUANTITY_UNITS that a
// dose is counted in)
const WORD_DOSE = /\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:to|or|-)\s+)?(half a|a quarter of a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a)\s+(teaspoons?|tablespoons?|glass(?:es)?|drops?|sprays?|capsules?|tablets?)\b/gi;
const DOSE_UNIT_WORD = /teaspoon|tablespoon|glass|drop|spray|capsule|tablet/i;
const WORD_DOSE_ANY = new RegExp(WORD_DOSE.source, "i");
/** The text gives a dose in words ("half a teaspoon", "eight glasses"): what parseQuantities reads as one. */
export const hasDoseInWords = (text: string): boolean => DOSE_UNIT_WORD.test(text) && WORD_DOSE_ANY.test(text);
const WORD_DOSE_VALUE: Record<string, number> = {
  "half a": 0.5, "a quarter of a": 0.25, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
const WORD_TIME_VALUE: Record<string, number> = {
  "half an": 0.5, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
  twenty: 20, thirty: 30, "forty-five": 45, forty: 40, fifty: 50, sixty: 60, ninety: 90, "a couple of": 2,
};

const WORD_RANGE_FROM = /\b(one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\s*(?:to|or|-|–)\s*$/i;

/** Every quantity in the text with its normalised unit; "up to 20 gallons" runs from 0. */
export function parseQuantities(text: string): Found<QuantityValue>[] {
  const out: Found<QuantityValue>[] = [];
  QTY_RE.lastIndex = 0;
  for (let m = QTY_RE.exec(text); m; m = QTY_RE.exec(text)) {
    const unit = QUANTITY_UNITS[m[4].toLowerCase()];
    // "one to 3 minutes": a range whose first end is written in words
    const wordFrom = m[2] ? null : WORD_RANGE_FROM.exec(text.slice(Math.max(0, m.index - 16), m.index));
    let a = wordFrom ? WORD_TIME_VALUE[wordFrom[1].toLowerCase()] : parseNumber(m[1])!, b = parseNumber(m[2] ? m[2].replace(/^[-−]/, "") : m[1])!;
    if (TEMPERATURE_UNITS.has(unit)) {
      if (SIGN_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) a = -a;
      if (m[2] ? /^[-−]/.test(m[2]) : a < 0) b = -b;
    } else if (m[2] && /^[-−]/.test(m[2])) continue;
    const upTo = !m[2] && !wordFrom && /\bup to\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    const start = wordFrom ? m.index - wordFrom[0].length : m.index;
    out.push({ start, end: m.index + m[0].length, value: { kind: "quantity", min: upTo ? 0 : Math.min(a, b), max: m[3] ? null : Math.max(a, b), unit } });
  }
  WORD_TIME.lastIndex = 0;
  // (a time in words names its unit: a quick test for one first)
  for (let m = TIME_UNIT_WORD.test(text) ? WORD_TIME.exec(text) : null; m; m = WORD_TIME.exec(text)) {
    if (out.some((o) => m!.index < o.end && m!.index + m![0].length > o.start)) continue;
    if (m[4]) {
      const w = m[4].toLowerCase();
      const minutes = w.startsWith("half") ? 30 : w.startsWith("quarter") ? 15 : w.startsWith("three") ? 45 : /half hours?$|and a half$/.test(w) ? 90 : /quarter$/.test(w) ? 75 : 60;
      out.push({ start: m.index, end: m.index + m[0].length, value: { kind: "quantity", min: minutes, max: minutes, unit: "min" } });
      continue;
    }
    const n = WORD_TIME_VALUE[m[2].toLowerCase()];
    const from = m[1] ? WORD_TIME_VALUE[m[1].toLowerCase()] : n;
    // an hour is shown in minutes, the unit sessions are usually given in
    const days = /^d/i.test(m[3]);
    const perUnit = /^h/i.test(m[3]) ? 60 : 1;
    const calendar = /^w/i.test(m[3]) ? "week" : /^mo/i.test(m[3]) ? "month" : null;
    const upTo = /\bup to\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    out.push({ start: m.index, end: m.index + m[0].length,
      value: { kind: "quantity", min: upTo ? 0 : Math.min(from, n) * perUnit, max: Math.max(from, n) * perUnit, unit: calendar ?? (days ? "day" : "min") } });
  }
  // a dose in words: "half a teaspoon of salt", "eight glasses a day", "two or three drops"
  WORD_DOSE.lastIndex = 0;
  for (let m = DOSE_UNIT_WORD.test(text) ? WORD_DOSE.exec(text) : null; m; m = WORD_DOSE.exec(text)) {
    if (out.some((o) => m!.index < o.end && m!.index + m![0].length > o.start)) continue;
    const unit = QUANTITY_UNITS[m[3].toLowerCase()];
    const b = WORD_DOSE_VALUE[m[2].toLowerCase()];
    const a = m[1] ? WORD_DOSE_VALUE[m[1].toLowerCase()] : b;
    if (unit === undefined || a === undefined || b === undefined) continue;
    // ("up to eight glasses a day" runs from none, as "up to 20 gallons" does)
    const upTo = /\bup to\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    out.push({ start: m.index, end: m.index + m[0].length, value: { kind: "quantity", min: upTo ? 0 : Math.min(a, b), max: Math.max(a, b), unit } });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Quantities of one unit in a clause folded into one range ("0.1-0.2mm ... 2mm ... 4mm" → 0.1-4 mm). */
export function foldQuantities(found: Found<QuantityValue>[], unit?: string): QuantityValue | null {
  const pick = unit ? found.filter((f) => f.value.unit === unit) : found.filter((f) => f.value.unit === found[0]?.value.unit);
  if (pick.length === 0) return null;
  return {
    kind: "quantity", unit: pick[0].value.unit,
    // (one open-ended quantity, "10 or more minutes", leaves the fold open-ended)
    min: Math.min(...pick.map((f) => f.value.min)),
    max: pick.some((f) => f.value.max === null) ? null : Math.max(...pick.map((f) => f.value.max ?? f.value.min)),
  };
}

// ---------------------------------------------------------------- persons
const titleAlt = TITLES.map((t) => escape(t).replace(/^([a-z])/, (c) => `[${c.toUpperCase()}${c}]`))
  .sort((a, b) => b.length - a.length).join("|");
const NAME_TOKEN = `(?:[A-Z]\\.(?:\\s?[A-Z]\\.)*|[A-Z][\\p{Ll}'’-]+(?:-[A-Z][\\p{Ll}]+)?|(?<![\\p{L}])(?:van|von|de|da|di|du|le|la|del|der|ten|ter)(?=\\s[A-Z]))`;
const TITLED_RE = new RegExp(`(?<![\\p{L}])(?:${titleAlt})\\s+((?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+)`, "gu");
const NAT_ALT = NATIONALITIES.map((n) => `[${n[0].toUpperCase()}${n[0]}]${n.slice(1)}`).join("|");
// a profession by name, or by form: "biochemist", "anatomist", "osteopath", "physician", "naturopath"
const PROF_ALT = PROFESSIONS.join("|") + "|physiotherapist|therapist|masseur|nurse|herbalist|naturopath|homeopath|[a-z]{3,}(?:ist|ian|path)";
// "by (the American physiotherapist) Jane Smith", "by Smith"
// ("by the Canadian wellness coach Lily Tran": one word may qualify the profession)
const BY_NAME_RE = new RegExp(`\\bby\\s+(?:the\\s+)?(?:(?:${NAT_ALT})(?:-(?:${NAT_ALT}))?\\s+)?(?:(?:[a-z][a-z-]+\\s+)?(?:${PROF_ALT})\\s+)?((?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+)`, "gu");
// "the physiotherapist Jane D. Smith", "the American surgeon Dr. Smith" (titles are dropped by cleanName)
const PROF_NAME_RE = new RegExp(`\\b(?:(?:${NAT_ALT})(?:-(?:${NAT_ALT}))?\\s+)?(?:${PROF_ALT}),?\\s+((?:(?:Dr\\.?|Doctor|Prof\\.?|Professor)\\s+)?(?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+)`, "gu");
// "Jane Smith, a physiotherapist,", "Arkady Belousov, a Soviet sports scientist", "Anton Krištof, a Slovenian beekeeper":
// a full name described by what the person does (a profession listed, or an agent noun of "-er", "-or", "-ist", "-ian",
// up to two words qualifying it)
const NAME_APPOS_RE = new RegExp(`((?:${NAME_TOKEN}\\s+){1,3}[A-Z][\\p{Ll}'’-]+),\\s+an?\\s+(?:(?:${NAT_ALT})(?:-(?:${NAT_ALT}))?\\s+)?(?:[A-Za-z][a-z-]+\\s+){0,2}?(?:(?:${PROF_ALT})|[a-z]{3,}(?:er|or|ist|ian))\\b`, "gu");
// "by a Danish couple, Henrik and Karen Dalsgaard": people named after a noun of two or more of them, the first alone
// when a second follows with "and" (who takes the second's surname below)
// (or a plural trade before two names: "the sound researchers Delia and Curtis Morrow")
const PLURAL_TRADES = "doctors|physicians|therapists|researchers|scientists|engineers|chemists|nurses|physiotherapists|inventors|professors|surgeons|dentists";
const GROUP_NOUN = `(?:couple|pair|duo|brothers|sisters|twins|husband-and-wife team|husband and wife|team of (?:\\w+ )?(?:doctors|physicians|therapists|researchers|scientists)|(?:${PLURAL_TRADES})(?=,?\\s+\\p{Lu}\\p{Ll}+\\s+and\\s+\\p{Lu}))`;
const GROUP_NAMES_RE = new RegExp(`\\b${GROUP_NOUN},?\\s+((?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+)(?:\\s+and\\s+((?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+))?`, "gu");
// (the couple's first name alone before "and": the group's noun, or a plural trade, just before it)
const GROUP_BEFORE = new RegExp(`\\b(?:${GROUP_NOUN}|${PLURAL_TRADES}),?\\s+$`, "u");
// "the meridian therapy of W. H. Smith", "the ideas of Jane Smith"
// "an Australian called Thomas Ambrose Bowen", "named after Jane Smith"
const CALLED_NAME_RE = new RegExp(`\\b(?:called|named|named after|after)\\s+(?:(?:its|his|her|their) (?:creator|founder|inventor|developer),?\\s+)?((?:${NAME_TOKEN}\\s+){1,3}[A-Z][\\p{Ll}'’-]+)`, "gu");
// "The founder of zone therapy, Ann Lee, was …": the name in apposition to a founder's role
const ROLE_OF_NAME_RE = new RegExp(`\\b(?:founder|co-founder|originator|creator|inventor|developer|father|mother)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+,\\s+((?:${NAME_TOKEN}\\s+){1,3}[A-Z][\\p{Ll}'’-]+)(?=,|\\s+(?:was|is|had|has|who|lived|died|developed|created|founded)\\b)`, "gu");
// "originated with Jane Smith", "credit for the method goes to Jane Smith", "owes its name to Jane Smith", "It was Jane
// Smith who first …": a full name after words that hand a thing to a person
const HANDED_TO_NAME_RE = new RegExp(`\\b(?:(?:originated|originates|started|began|begun) with|(?:goes|go|went|belongs?) to|owes? (?:its|their) (?:name|existence|origins?) to|bears the name of (?:its |their )?(?:creator|founder|inventor|originator|developer)?,?|[Ii]t was)\\s+(?:the\\s+)?(?:(?:${NAT_ALT})(?:-(?:${NAT_ALT}))?\\s+)?(?:(?:[a-z][a-z-]+\\s+)?(?:${PROF_ALT})\\s+)?((?:${NAME_TOKEN}\\s+){1,3}[A-Z][\\p{Ll}'’-]+)`, "gu");
const OF_NAME_RE = new RegExp(`\\b(?:therapy|theory|theories|work|ideas?|system|method|teachings?|research)["”’]?\\s+of\\s+((?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+)`, "gu");
// ("Tom Lee was a physician who developed …": a copula and a profession before the act)
// ("George Lee, D.C. discovered …": a degree after the name; "made up", "is the creator of": plain words of invention)
const NAME_VERB_ACT = `(?:developed|invented|created|founded|pioneered|discovered|devised|conceived|originated|introduced|proposed|drew up|sketched|designed|described|formulated|is credited|was credited|first|made up|came up with|worked out|dreamed up|thought up|coined|(?:is|was) the (?:creator|inventor|founder|originator|developer|father|mother) of|(?:is|was) (?:therefore |thus |widely |often |generally |usually ){0,2}(?:considered|regarded as|seen as|known as|called|remembered as|credited as) (?:to be )?(?:the|one of the) (?:creator|inventor|founder|originator|developer|father|mother|pioneer)s? of|(?:is|was) the first (?:[\\w-]+ ){0,3}to (?:publish|describe|use|develop|introduce|teach|document|apply)|(?:began|started|founded|created|developed|devised) what (?:it )?(?:is|was|became)|(?:began|started) (?:to use|using|practi[sc]ing|offering|teaching|applying) what|published (?:an? |the |his |her |their )?(?:first )?(?:article|paper|book|report|account)s? (?:describing|introducing|outlining|proposing|presenting))`;
const NAME_VERB_RE = new RegExp(`((?:${NAME_TOKEN}\\s+){0,3}[A-Z][\\p{Ll}'’-]+)(?:\\s*\\([^)]*\\))?(?:,\\s*(?:[A-Z][A-Za-z]?\\.){2,3})?(?:,\\s+(?:a|an|the)\\s+(?:[\\w’'-]+\\s+){0,5}?[\\w’'-]+(?=,))?(?:\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\w’'-]+\\s+){0,4}?[\\w’'-]+\\s+who)?,?\\s+(?:\\w+ly\\s+)?${NAME_VERB_ACT}`, "gu");
// Each person pattern in turn, with a quick test that every match of it passes (the words it cannot match without,
// with its case rules, and without the lookbehinds and the name before them that make the full pattern slow to scan).
const PERSON_PATTERNS: ReadonlyArray<[RegExp, RegExp | null]> = [
  [TITLED_RE, new RegExp(`(?:${titleAlt})\\s`, "u")],
  // (a cheap test: the listed trades at a word's start, or a trade's ending anywhere)
  [PROF_NAME_RE, new RegExp(`\\b(?:${PROFESSIONS.join("|")}|physiotherapist|therapist|masseur|nurse|herbalist|naturopath|homeopath),?\\s|(?:ist|ian|path),?\\s`)],
  [BY_NAME_RE, null],
  [NAME_APPOS_RE, /,\s+an?\s/],
  [OF_NAME_RE, null],
  [NAME_VERB_RE, new RegExp(NAME_VERB_ACT, "u")],
  [CALLED_NAME_RE, null],
  [ROLE_OF_NAME_RE, null],
  [HANDED_TO_NAME_RE, /\b(?:with|to|of|[Ii]t was)\s/],
  [GROUP_NAMES_RE, new RegExp(`\\b(?:couple|pair|duo|brothers|sisters|twins|husband|team)\\b|\\b(?:${PLURAL_TRADES}),? [A-Z][a-z]+ and `)],
];
const NOT_NAME = new Set([...NATIONALITIES, ...PROFESSIONS, ...Object.keys(MONTHS), "the", "in", "on", "and", "this", "it",
  "his", "her", "their", "when", "where", "since", "after", "before", "during", "a", "an", "its", "our", "some", "many",
  "most", "these", "those", "during", "until", "though", "although", "while", "then", "there", "here",
  // pronouns stand for a person; they are not one's name
  "she", "he", "they", "we", "i", "you", "who", "him", "them", "one"]);
// (a husband and wife: "Dr. Emil and Mrs. Estrid Vodder"; the wife's title may start her name's span or not)
const TITLED_COUPLE = /^(?:Dr|Mr|Prof|Professor|Doctor)\.?\s+\p{Lu}\p{Ll}+\s+and\s+(?:Mrs|Madame|Mme)\.?\s+\p{Lu}/u;
const PROFESSION_NEXT = new RegExp(`^\\s+(?:${PROF_ALT})\\b`, "u");
const POST = new Set(POST_NOMINALS.map((p) => p.replace(/\./g, "")));

function cleanName(raw: string): string | null {
  const toks = raw.trim().split(/\s+/).filter((t) => !POST.has(t.toLowerCase().replace(/\./g, "")));
  while (toks.length && NOT_NAME.has(toks[0].toLowerCase().replace(/\.$/, ""))) toks.shift();
  if (toks.length === 0) return null;
  if (toks.some((t) => NOT_NAME.has(t.toLowerCase()))) return null;
  return toks.join(" ");
}

/** Push the person found at [start, end) unless it is no name (see parsePersons) or overlaps one found already.
 * (a module function, not a closure: under tsx every named closure costs a defineProperty per call) */
const PERIOD_NAME_WORD = /\b(?:War|Wars|Age|Ages|Era|Revolution|Dynasty|Empire|Period|Century|Renaissance)$/;

function addPerson(out: Found<PersonValue>[], start: number, end: number, raw: string, needTwo: boolean,
  notNames: ReadonlySet<string>, fullNamesPass: boolean, acts = false): void {
  const name = cleanName(raw);
  // ("developed after World War II", "in the Bronze Age": a period's name is no person's)
  if (!name || PERIOD_NAME_WORD.test(name)) return;
  const words = name.toLowerCase().split(" ");
  // (one word acting alone is a name only when it is the eponym's: "Lorimer developed his technique"; a name of one
  // word is the treatment itself, "Zonotherapy originated in France")
  const eponym = fullNamesPass && acts && words.length === 1 && notNames.has(words[0]) && notNames.size >= 2;
  if (needTwo && words.length < 2 && !eponym) return;
  // (a word of an eponymous treatment's name is its founder's surname where it acts as a person or has a title: "Dr.
  // Arden, its inventor", "Lorimer developed his technique" for "Lorimer technique")
  if (words.some((w) => notNames.has(w)) && !(fullNamesPass && words.length >= 2 && !notNames.has(words[0])) && !eponym) return;
  if (out.some((o) => start < o.end && end > o.start)) return;
  out.push({ start, end, value: { kind: "person", name } });
}

/** Persons named in the text: "Dr. M. Smith" → "M. Smith"; "by Jane Doe"; "Jane Doe developed". */
/** Persons named in the text. A name with a word in `notNames` (the subject's words) is no person, unless
 * `fullNamesPass` and it has a first name too ("Tom Bowen" for "Bowen therapy"). */
export function parsePersons(text: string, notNames: ReadonlySet<string> = new Set(), fullNamesPass = false): Found<PersonValue>[] {
  const out: Found<PersonValue>[] = [];
  for (const [re, need] of PERSON_PATTERNS) {
    if (need && !need.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index + m[0].lastIndexOf(m[1]);
      // a lone surname is a name only where a title, a profession or "by"/"of" stands before it
      // (a lone surname described in apposition, "Arden, a Shakespearean orator, worked out …", is a person too)
      const needTwo = (re === NAME_VERB_RE && !/\b(?:is|was)\s+(?:\w+\s+){0,2}credited\b/.test(m[0]) && !/^[A-Z][\p{Ll}'’-]+,\s+(?:a|an)\s+[^,]+,/u.test(m[0]))
        || re === NAME_APPOS_RE || re === HANDED_TO_NAME_RE;
      // (a person by act or title, unless the treatment's own name goes on after it: "Arden method developed")
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(s + m[1].length))?.[1]?.toLowerCase();
      const acts = (re === NAME_VERB_RE || re === TITLED_RE) && !(next !== undefined && notNames.has(next));
      addPerson(out, re === TITLED_RE ? m.index : s, s + m[1].length, m[1].replace(/^(?:Dr\.?|Doctor|Prof\.?|Professor)\s+/, ""), needTwo, notNames, fullNamesPass, acts);
      // (the second of a couple: "…, Henrik and Karen Dalsgaard")
      if (re === GROUP_NAMES_RE && m[2]) {
        const s2 = m.index + m[0].lastIndexOf(m[2]);
        addPerson(out, s2, s2 + m[2].length, m[2], false, notNames, fullNamesPass);
      }
    }
  }
  // "by Baltimore physician John Myers": a capitalised word right before a profession is a place or an adjective,
  // and the person is the name after the profession
  const persons = out.filter((p) => !(p.value.name.split(" ").length === 1 && PROFESSION_NEXT.test(text.slice(p.end)))).sort((a, b) => a.start - b.start);
  // "Dr. Emil and Mrs. Estrid Vodder": a couple named with one surname; the husband's given name takes it too
  for (let i = 0; i + 1 < persons.length; i++) {
    const p = persons[i], q = persons[i + 1];
    const qWords = q.value.name.split(" ");
    if (!p.value.name.includes(" ") && qWords.length >= 2 && (TITLED_COUPLE.test(text.slice(p.start, q.start + 10))
      || (GROUP_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) && /^\s+and\s+$/.test(text.slice(p.end, q.start))))) {
      persons[i] = { ...p, value: { kind: "person", name: `${p.value.name} ${qWords[qWords.length - 1]}` } };
    }
  }
  return persons;
}
