// The measures of how a treatment is given that one clause holds, each where it stands: a course's count of sessions,
// how often they come, how far apart, how long one lasts, how long the course runs, a dose. A clause that gives
// several ("a course of 10 sessions over two weeks, followed by 1-2 maintenance sessions per week") holds as many
// checkable claims; classify.ts gives each its own part of the clause.
import type { CountValue, QuantityValue } from "./types";
import { parseNumber, qualifierBefore, type Found } from "./values";
import { NUMBER_WORDS } from "./lexicon/numbers";
import { SESSION_NOUNS } from "./lexicon/units";

export type MeasureKind = "sessions" | "frequency" | "interval" | "duration" | "course length" | "dose";

export interface Measure {
  kind: MeasureKind;
  /** Where the measure's words stand in the clause. */
  start: number;
  end: number;
  value: CountValue | QuantityValue;
}

const SPANS = "day|week|month|year|night|morning|evening";
const SPAN_ADVERB: Record<string, string> = { daily: "day", weekly: "week", monthly: "month", nightly: "night", yearly: "year", annually: "year" };
const WORD_NUMBER = Object.keys(NUMBER_WORDS).filter((w) => !w.includes(" ")).join("|");
const N = `(?:\\d+|${WORD_NUMBER})`;
// "once a week", "twice per day", "three to five times a week", "once or twice a week", "2-3 times weekly"
const TIMES_PER = new RegExp(`\\b(?:(once|twice|thrice)(?:\\s+or\\s+(twice|thrice|${N}\\s+times))?|(${N})(?:\\s*(?:-|–|to|or)\\s*(${N}))?\\s+times)\\s+(?:(?:a|an|per|each|every)\\s+(${SPANS})\\b|(daily|weekly|monthly|nightly|yearly))`, "gi");
// "weekly", "given daily" (alone: "8 to 12 weekly sessions" is one a week; not everyday life told so, "daily use can
// leave you light-headed", "daily activities")
const ADVERB = /\b(?<!(?:bi|tri|semi)-?)(daily|weekly|monthly|nightly|yearly|annually)\b(?!\s+(?:use|usage|life|lives|living|routines?|activities|chores|tasks|news|newsletter|papers?)\b)/gi;
// "every two to eight weeks", "every 3 days", "every other week", "four to six weeks apart", "a week apart",
// "at two-week intervals", "fortnightly"
const EVERY = new RegExp(`\\bevery\\s+(?:(other)\\s+|(${N})(?:\\s*(?:-|–|to|or)\\s*(${N}))?\\s+)?(day|week|month)s?\\b`, "gi");
const APART = new RegExp(`\\b(?:(an?|${N})(?:\\s*(?:-|–|to|or)\\s*(${N}))?)\\s+(day|week|month)s?\\s+apart\\b|\\bat\\s+(${N})[- ](day|week|month)\\s+intervals\\b|\\b(fortnightly)\\b`, "gi");
// a time that passes before something, not a time the treatment is given for ("within two weeks", "after 30 minutes")
const TIME_TO_PASS = /\b(?:within|after|in|by|until|till|before|since|ago|later)\s+(?:(?:about|around|roughly|up to|some|the first|the next|a further|just|only)\s+)?$/i;
// a course's time: "over two weeks", "for 8 to 16 weeks", "across six months"
const COURSE_LEAD = /\b(?:over|for|across|during|lasting|spanning|spread over)\s+(?:(?:about|around|roughly|up to|some|a period of|the (?:first|next)|at least|a minimum of|a maximum of)\s+)*$/i;
const TIME_UNITS = new Set(["min", "h", "s"]);
const COURSE_UNITS = new Set(["day", "week", "month"]);
const DOSE_UNITS = new Set(["ml", "mg", "g", "mcg", "drops", "sprays", "capsules", "tablets", "tsp", "tbsp", "glasses"]);
const SESSIONS = new Set(SESSION_NOUNS);
// a count of sessions told per span is a frequency ("1-2 maintenance sessions per week", "two sessions weekly"; not
// "eight weekly sessions", a course of eight given weekly)
const PER_SPAN_AFTER = new RegExp(`^\\s*(?:[\\w-]+\\s+){0,3}?(?:${SESSION_NOUNS.join("|")})\\s+(?:(?:a|an|per|each|every)\\s+(${SPANS})\\b|(daily|weekly|monthly|nightly)\\b)`, "i");

// (the words of once, twice and a single span; any other figure as values.ts reads it)
const ONCE: Record<string, number> = { a: 1, an: 1, once: 1, twice: 2, thrice: 3 };
const numberOf = (w: string | undefined): number | null => (w === undefined ? null : ONCE[w.toLowerCase()] ?? parseNumber(w));
const frequency = (min: number, max: number, span: string): CountValue =>
  ({ kind: "count", min, max, approx: false, qualifier: null, unit: `times per ${span.toLowerCase()}`, scope: null });
const interval = (min: number, max: number, unit: string): QuantityValue => ({ kind: "quantity", min, max, unit: unit.toLowerCase() });

/** The measures of giving a clause holds, in the order they stand, one per place (`counts` and `quantities`: the
 * clause's, from values.ts). */
export function measuresIn(clause: string, counts: readonly Found<CountValue>[], quantities: readonly Found<QuantityValue>[]): Measure[] {
  const found: Measure[] = [];
  const taken = (start: number, end: number) => found.some((m) => m.start < end && m.end > start);
  const add = (m: Measure) => { if (!taken(m.start, m.end)) found.push(m); };
  // (with its bound, as a count's is read: "at least 4 times a day", "no more than twice a week")
  const addFrequency = (start: number, end: number, min: number, max: number, span: string) => {
    const before = clause.slice(Math.max(0, start - 24), start);
    const bound = qualifierBefore(before);
    const value = frequency(min, max, span);
    if (bound?.kind === "open") Object.assign(value, { max: null, qualifier: bound.qualifier });
    else if (bound?.kind === "upto") Object.assign(value, { min: 0, qualifier: bound.qualifier });
    else if (bound?.kind === "about") Object.assign(value, { approx: true, qualifier: bound.qualifier });
    add({ kind: "frequency", start: bound && bound.kind !== "exact" ? start - before.length + bound.at : start, end, value });
  };
  // (each pattern after a quick test for a word it cannot match without: most clauses hold none)
  const lower = clause.toLowerCase();
  if (lower.includes("time") || lower.includes("once") || lower.includes("twice") || lower.includes("thrice")) for (const m of clause.matchAll(TIMES_PER)) {
    const span = m[5] ?? SPAN_ADVERB[m[6].toLowerCase()];
    const first = numberOf(m[1] ?? m[3]);
    const second = m[2] ? numberOf(m[2].split(/\s+/)[0]) : numberOf(m[4]);
    if (first === null || !span) continue;
    addFrequency(m.index!, m.index! + m[0].length, first, second ?? first, span);
  }
  if (lower.includes("every")) for (const m of clause.matchAll(EVERY)) {
    if (!m[1] && !m[2]) { add({ kind: "frequency", start: m.index!, end: m.index! + m[0].length, value: frequency(1, 1, m[4]) }); continue; }
    const first = m[1] ? 2 : numberOf(m[2]);
    if (first === null) continue;
    add({ kind: "interval", start: m.index!, end: m.index! + m[0].length, value: interval(first, numberOf(m[3]) ?? first, m[4]) });
  }
  if (lower.includes("apart") || lower.includes("interval") || lower.includes("fortnight")) for (const m of clause.matchAll(APART)) {
    if (m[6]) { add({ kind: "interval", start: m.index!, end: m.index! + m[0].length, value: interval(2, 2, "week") }); continue; }
    const first = numberOf(m[1] ?? m[4]);
    if (first === null) continue;
    add({ kind: "interval", start: m.index!, end: m.index! + m[0].length, value: interval(first, numberOf(m[2]) ?? first, m[3] ?? m[5]) });
  }
  for (const c of counts) {
    if (!SESSIONS.has(c.value.unit ?? "")) continue;
    const per = PER_SPAN_AFTER.exec(clause.slice(c.end));
    // (the count read its own bound: "no more than three sessions per week" is at most three)
    if (per) add({ kind: "frequency", start: c.start, end: c.end + per[0].length,
      value: { ...frequency(c.value.min, c.value.max ?? c.value.min, per[1] ?? SPAN_ADVERB[per[2].toLowerCase()]), max: c.value.max, approx: c.value.approx, qualifier: c.value.qualifier ?? null } });
    else add({ kind: "sessions", start: c.start, end: c.end, value: { ...c.value, scope: null } });
  }
  if (lower.includes("ly")) for (const m of clause.matchAll(ADVERB)) add({ kind: "frequency", start: m.index!, end: m.index! + m[0].length, value: frequency(1, 1, SPAN_ADVERB[m[1].toLowerCase()]) });
  for (const q of quantities) {
    const before = clause.slice(Math.max(0, q.start - 30), q.start);
    if (TIME_UNITS.has(q.value.unit) && !TIME_TO_PASS.test(before)) add({ kind: "duration", start: q.start, end: q.end, value: q.value });
    else if (COURSE_UNITS.has(q.value.unit) && COURSE_LEAD.test(before)) {
      // (with its lead: "over two weeks")
      const lead = before.length - before.search(COURSE_LEAD);
      add({ kind: "course length", start: q.start - lead, end: q.end, value: q.value });
    }
    // (not "a glass of water" to take it in)
    else if (DOSE_UNITS.has(q.value.unit) && !/^an?\s/i.test(clause.slice(q.start, q.end))) add({ kind: "dose", start: q.start, end: q.end, value: q.value });
  }
  return found.sort((a, b) => a.start - b.start);
}

// what ends one measure's part of the clause and starts the next's: a comma or semicolon, or a word that goes on to
// another measure ("10 sessions over two weeks, followed by …", "45 minutes and given weekly")
const PART_BREAK = /[,;]\s|\s(?:and|then|followed by|plus|with)\s/;

/** The parts of the clause the measures speak in: measures with nothing between them that ends a part ("ten 50-minute
 * sessions") share one. Each part runs from the end of the last to the end of its own (the clause's ends first and
 * last). Of measures sharing a part, the caller gives one the whole part and the others their words on (`ownParts`). */
export function measureParts(clause: string, measures: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const cuts: Array<number | null> = [];
  for (let i = 0; i < measures.length - 1; i++) {
    const between = clause.slice(measures[i].end, measures[i + 1].start);
    const m = PART_BREAK.exec(between);
    cuts.push(m ? measures[i].end + m.index + (m[0].startsWith(",") || m[0].startsWith(";") ? 1 : 0) : null);
  }
  const parts: Array<[number, number]> = [];
  let from = 0;
  let group: number[] = [];
  for (let i = 0; i < measures.length; i++) {
    group.push(i);
    const cut = i < measures.length - 1 ? cuts[i] : clause.length;
    if (cut === null) continue;
    for (const _ of group) parts.push([from, cut as number]);
    from = cut as number;
    group = [];
  }
  return parts;
}

/** Each measure's own part: its share of the clause (measureParts), unless another measure that shares it is the
 * one given the whole (`whole`): then from its own words to the end of the shared part ("ten 50-minute sessions": the
 * count has it all, the time "50-minute sessions"), or its words alone where they open the shared part. Parts are
 * told apart, as one claim is kept per span and category. */
export function ownParts(clause: string, measures: readonly Measure[], whole: number): Array<[number, number]> {
  const parts = measureParts(clause, measures);
  return parts.map(([from, to], i) => {
    if (i === whole || !parts.some(([f, t], j) => j !== i && f === from && t === to)) return [from, to];
    const start = clause.slice(from, measures[i].start).trim() === "" ? null : measures[i].start;
    return start === null ? [measures[i].start, measures[i].end] : [start, to];
  });
}
