// Claims about a related method or an earlier stage, read per document after classification:
// 1. A founder or origin date attached to another named method ("meridian therapy, introduced by Dr. X";
//    "the Bates protocol, …, was created by Dr. Y in the 1970s") is about that method: its subject becomes
//    the method, so it is not compared with the main subject's founder and date.
// 2. A dated act of a person the text ties to such a method ("In 1913 X mapped the body into ten regions") follows.
// 3. A source that dates the main subject's origin twice, a decade or more apart, with a founder named at the
//    later date, tells of an earlier stage, not of two origins: the earlier date becomes a precursor, and a
//    person named only at that earlier date is no founder of the subject.
import { DERIVATION_CUES, DESCRIPTIVE_MODIFIERS, METHOD_HEADS } from "./lexicon/methods";
import { parseYears } from "./values";
import type { ExtractedClaim, PersonValue, YearValue } from "./types";

export interface NamedMethod { name: string; start: number; end: number }

const DESCRIPTIVE = new Set(DESCRIPTIVE_MODIFIERS);
const PREPOSITION = /^(?:on|in|at|for|to|with|from|by|into|about|as|like|than|via|through|over|under)$/i;
// up to three words (or a quoted name) before a head noun, with the word before them for the article test
const METHOD = new RegExp(
  `(?:(\\S+)\\s+)?([“"‘]?)((?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,2}[\\p{L}\\d][\\p{L}\\d'’-]*)\\s+(${METHOD_HEADS.join("|")})\\b([”"’]?)`,
  "giu",
);
// a quick test before METHOD, whose every match holds a head noun after a space: most clauses name no method
const SPACE_HEAD = new RegExp(`\\s(?:${METHOD_HEADS.join("|")})\\b`, "iu");
const QUOTED = /([“"‘])([^”"’]{2,40})([”"’])/gu;
const ENDS_IN_HEAD = new RegExp(`\\b(?:${METHOD_HEADS.join("|")})$`, "i");
// a derivation cue just before a method: "grew out of meridian therapy", "building on the “meridian therapy” of"
const DERIVED = new RegExp(`\\b(?:${DERIVATION_CUES.join("|")})\\s+(?:the\\s+|so-called\\s+)?$`, "i");

/** Methods named in a clause: a bare, definite or quoted name ("meridian therapy", "the Bates protocol",
 * "the “meridian therapy”"), not a description ("a manual therapy", "the modern method"). */
export function namedMethods(text: string): NamedMethod[] {
  const out: NamedMethod[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[2].trim();
    // a quoted name: a method's ("meridian therapy") or a few plain words ("animal magnetism"), not a scare-quoted
    // word ("“rediscovered”") or a phrase with a verb in it
    const words = inner.split(/\s+/);
    const plain = /^[\p{Ll}\s-]+$/u.test(inner) && words.length >= 2 && words.length <= 3 && !words.some((w) => /(?:ed|ing)$/.test(w));
    if (ENDS_IN_HEAD.test(inner) || plain)
      out.push({ name: inner.toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  }
  if (!SPACE_HEAD.test(text)) return out.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(METHOD)) {
    const [whole, before, , mods, head] = m;
    // the name is the words after the last descriptive one: "the older meridian therapy" → "meridian therapy"
    const modsAt = m.index! + whole.indexOf(mods, before ? before.length : 0);
    const words = [...mods.matchAll(/\S+/g)];
    let first = 0;
    // (a preposition ends what went before: "a course on cranial osteopathy" names "cranial osteopathy")
    words.forEach((w, i) => { if (DESCRIPTIVE.has(w[0].toLowerCase()) || PREPOSITION.test(w[0])) first = i + 1; });
    if (first === words.length) continue;
    // "a foot therapy developed by …" describes the subject
    const preceding = first > 0 ? words[first - 1][0] : before;
    if (preceding && /^(?:a|an)$/i.test(preceding)) continue;
    const start = modsAt + words[first].index!;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    out.push({ name: `${words.slice(first).map((w) => w[0]).join(" ")} ${head}`.toLowerCase(), start, end: m.index! + whole.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const surname = (p: PersonValue) => p.name.split(" ").pop()!;

/** Where in a claim's text its anchor lies: the person's surname (founder) or the year (origin date). */
function anchorOf(claim: ExtractedClaim): number {
  if (claim.category === "founder" && claim.value?.kind === "person") {
    const i = claim.text.indexOf(surname(claim.value));
    return i >= 0 ? i : claim.text.length;
  }
  const y = parseYears(claim.text)[0];
  return y ? y.start : claim.text.length;
}

/** The related method a founder or origin claim speaks of: one named before its anchor, with no mention of the
 * main subject between them, and not named after the person it credits ("the Smith method … by Smith"). */
export function relatedMethod(claim: ExtractedClaim, subject: RegExp | null, subjectName: string | null = null): string | null {
  if (claim.category !== "founder" && !(claim.category === "origin_date" && claim.facet === "origin")) return null;
  const named = namedMethods(claim.text);
  if (!named.length) return null;
  const at = anchorOf(claim);
  // the subject's own names do not count, unless the text derives the subject from that method
  const methods = named
    .filter((m) => m.end <= at && (!subject?.test(m.name) || DERIVED.test(claim.text.slice(Math.max(0, m.start - 40), m.start))));
  const last = methods[methods.length - 1];
  if (!last) return null;
  // "the Bowen Technique" in a text on Bowen therapy: the subject under another head noun
  const own = (subjectName ?? "").split(" ").filter((w) => w.length > 2);
  if (last.name.split(" ").slice(0, -1).some((w) => own.includes(w))) return null;
  if (subject && subject.test(claim.text.slice(last.end, at))) return null;
  if (claim.value?.kind === "person" && last.name.includes(surname(claim.value).toLowerCase())) return null;
  return last.name;
}

const yearOf = (c: ExtractedClaim): YearValue | null => (c.value?.kind === "year" ? c.value : null);
const overlaps = (a: ExtractedClaim, b: ExtractedClaim) => a.start < b.end && b.start < a.end;

/** For a claim, the founder claims that overlap it. A long text holds thousands of claims, so the founders are
 * sorted by start once instead of testing every pair: those that start before the claim ends are scanned
 * backwards while the largest end so far still reaches past the claim's start. */
function overlappingFounders(claims: ExtractedClaim[]): (c: ExtractedClaim) => ExtractedClaim[] {
  const founders = claims.filter((f) => f.category === "founder").sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  founders.forEach((f, i) => maxEnd.push(i === 0 ? f.end : Math.max(maxEnd[i - 1], f.end)));
  return (c) => {
    let lo = 0, hi = founders.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (founders[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    const out: ExtractedClaim[] = [];
    for (let j = lo - 1; j >= 0 && maxEnd[j] > c.start; j--) if (founders[j].end > c.start) out.push(founders[j]);
    return out;
  };
}

/** Re-read one document's claims (in place): related methods, their people's dated acts, earlier stages. */
export function attributeRelated(claims: ExtractedClaim[], subject: RegExp | null, mainSubject: string | null): void {
  // 1. a founder or origin date of a related method
  const methodOfPerson = new Map<string, string>();
  for (const c of claims) {
    const method = relatedMethod(c, subject, mainSubject);
    if (!method) continue;
    c.subject = method;
    if (c.category === "founder" && c.value?.kind === "person") methodOfPerson.set(surname(c.value), method);
  }
  // a person the text also credits with the main subject keeps their dated acts there
  for (const c of claims) {
    if (c.category === "founder" && c.value?.kind === "person" && c.subject === mainSubject) methodOfPerson.delete(surname(c.value));
  }
  // founders' spans and subjects stay as they are from here on
  const foundersOver = overlappingFounders(claims);
  const hasMainFounder = (c: ExtractedClaim) => foundersOver(c).some((f) => f.subject === mainSubject);
  // 2. a dated act of a related method's person: "In 1913 X mapped the body into ten regions"
  const personMentions = [...methodOfPerson].map(([name, method]) =>
    [new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"), method] as const);
  for (const c of claims) {
    if (c.category !== "origin_date" || c.facet !== "origin" || c.subject !== mainSubject || subject?.test(c.text)) continue;
    // "the early 1930s … Smith turned Lang's regions into …": the act of the subject's founder
    if (hasMainFounder(c)) continue;
    for (const [mention, method] of personMentions) {
      if (mention.test(c.text)) { c.subject = method; break; }
    }
  }
  // 3. an earlier stage told beside the founding, a decade or more before it
  const origins = claims.filter((c) => c.category === "origin_date" && c.facet === "origin" && c.subject === mainSubject && yearOf(c));
  const founded = origins.filter(hasMainFounder);
  for (const c of origins) {
    const y = yearOf(c)!;
    const later = founded.find((f) => f !== c && yearOf(f)!.min - y.max >= 10);
    if (!later) continue;
    c.facet = "precursor";
    for (const f of foundersOver(c)) if (!overlaps(f, later)) f.facet = "precursor";
  }
}
