// The text's main subject(s): the content term that is most frequent, weighted up when it leads sentences
// or stands in titles and headings. Then which paragraphs speak of it: a paragraph that defines another
// term and never names the subject starts an off-topic passage.
import { DISCOURSE_NOUNS, GENERIC_NOUNS, STOPWORDS } from "./lexicon/stopwords";
import { OUTCOME_NOUNS } from "./lexicon/cues";
import { TREATMENT_SUFFIXES } from "./lexicon/stopwords";

// outcomes ("pain", "anxiety") are what a treatment acts on, never the subject of a claims corpus
const OUTCOME_WORDS = OUTCOME_NOUNS.filter((o) => /^[a-z ]+$/.test(o)).flatMap((o) => o.split(" "));
const STOP = new Set([...STOPWORDS, ...GENERIC_NOUNS, ...OUTCOME_WORDS]);
const DISCOURSE = new Set(DISCOURSE_NOUNS);
const TREATMENT_LIKE = new RegExp(`(?:${TREATMENT_SUFFIXES.join("|")})$`);

function stem(w: string): string {
  const l = w.toLowerCase().replace(/['’]s$/, "");
  if (l.length > 4 && l.endsWith("ies")) return l.slice(0, -3) + "y";
  if (l.length > 4 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("is") && !l.endsWith("us")) return l.slice(0, -1);
  return l;
}

export interface SubjectInput {
  sentences: string[];
  /** Title and headings of the page. */
  headings: string[];
}

const NON_WORD = /[^a-z\u00c0-\u024f'’-]+/;
// word → stem (null: never a subject), shared across documents; bounded so a huge vocabulary cannot grow it forever
const STEMS = new Map<string, string | null>();

function bump(score: Map<string, number>, forms: Map<string, number>, w: string, by: number): void {
  let s = STEMS.get(w);
  if (s === undefined) {
    s = STOP.has(w) ? null : stem(w);
    if (s !== null && (s.length < 4 || STOP.has(s))) s = null;
    if (STEMS.size > 100_000) STEMS.clear();
    STEMS.set(w, s);
  }
  if (s === null) return;
  score.set(s, (score.get(s) ?? 0) + by);
  forms.set(w, (forms.get(w) ?? 0) + 1);
}

const CANDIDATE_SENTENCES = 80;
const CAPITALISED = /\b[A-Z][a-z'’-]{3,}/g;

/** How often `term` occurs as a word (or the start of one: "naturopath" in "naturopaths"). */
function frequency(term: string, joinedLower: string): number {
  let n = 0;
  for (let i = joinedLower.indexOf(term); i >= 0; i = joinedLower.indexOf(term, i + term.length)) {
    if (i === 0 || !isLetter(joinedLower.charCodeAt(i - 1))) n++;
  }
  return n;
}

/** Main subject terms, most central first (lower case). Candidates are the words that lead sentences, stand in
 * headings or are capitalised; each is then scored by how often the whole text uses it. Linear in the text. */
export function findSubjects({ sentences, headings }: SubjectInput): string[] {
  const score = new Map<string, number>();
  const forms = new Map<string, number>();
  // candidates come from the first sentences (a text names its subject early); frequency is counted over all
  for (const s of sentences.length > CANDIDATE_SENTENCES ? sentences.slice(0, CANDIDATE_SENTENCES) : sentences) {
    // (only the first three words count: the split stops there)
    const lead = s.slice(0, 60).toLowerCase().split(NON_WORD, 3);
    let k = 0;
    for (const w of lead) { if (k >= 3) break; if (w.length >= 4) bump(score, forms, w, 3); k++; }
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(s); m; m = CAPITALISED.exec(s)) if (m.index > 0) bump(score, forms, m[0].toLowerCase(), 1);
  }
  headings.forEach((h, i) => { for (const w of h.toLowerCase().split(NON_WORD)) if (w.length >= 4) bump(score, forms, w, i === 0 ? 6 : 3); });
  if (score.size === 0) return [];
  const joined = sentences.join("\n").toLowerCase();
  // names of treatments look like them ("-therapy", "-puncture", "-ology"): they weigh double
  const candidates = [...score].sort((a, b) => b[1] - a[1]).slice(0, 8)
    .map(([st, v]) => [st, (v + frequency(st.length > 5 ? st.replace(/(?:y|e)$/, "") : st, joined)) * (TREATMENT_LIKE.test(st) ? 2 : 1)] as [string, number])
    .sort((a, b) => b[1] - a[1]);
  const top = candidates[0][1];
  const out: string[] = [];
  for (const [st, v] of candidates.slice(0, 3)) {
    if (v < top * 0.5) break;
    let best = st, bestN = -1;
    for (const [w, n] of forms) if (n > bestN && STEMS.get(w) === st) { best = w; bestN = n; }
    out.push(out.length === 0 ? withCompound(best, joined) : best);
  }
  // the two leading terms are one name when the text writes them together ("tongue" + "mapping")
  if (out.length >= 2 && !out[0].includes(" ")) {
    for (const pair of [`${out[0]} ${out[1]}`, `${out[1]} ${out[0]}`]) {
      const pairs = frequency(pair, joined);
      if (pairs >= 3 && pairs * 2 >= frequency(out[1], joined)) return [pair, ...out.slice(2)];
    }
  }
  return out;
}

const COMPOUND_HEADS = /^(therapy|medicine|treatment|massage|healing|technique|training|yoga)$/;
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** "cupping" → "cupping therapy" when the pair is how the text mostly names it. One indexOf pass. */
function withCompound(term: string, joinedLower: string): string {
  let total = 0;
  const pairs = new Map<string, number>();
  for (let i = joinedLower.indexOf(term); i >= 0; i = joinedLower.indexOf(term, i + term.length)) {
    const end = i + term.length;
    if ((i > 0 && isLetter(joinedLower.charCodeAt(i - 1))) || isLetter(joinedLower.charCodeAt(end))) continue;
    total++;
    const next = /^\s+([a-z]+)/.exec(joinedLower.slice(end, end + 24));
    if (next && COMPOUND_HEADS.test(next[1])) pairs.set(next[1], (pairs.get(next[1]) ?? 0) + 1);
  }
  const best = [...pairs].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 2 && best[1] >= total * 0.6) return `${term} ${best[0]}`;
  // any other word that follows the term most of the time is part of the name ("tongue mapping")
  const next = new Map<string, number>();
  for (let i = joinedLower.indexOf(term); i >= 0; i = joinedLower.indexOf(term, i + term.length)) {
    const end = i + term.length;
    if ((i > 0 && isLetter(joinedLower.charCodeAt(i - 1))) || isLetter(joinedLower.charCodeAt(end))) continue;
    const w = /^ ([a-z]{4,})\b/.exec(joinedLower.slice(end, end + 24))?.[1];
    if (w && !STOP.has(w) && !/(?:ed|ly)$/.test(w)) next.set(w, (next.get(w) ?? 0) + 1);
  }
  const top = [...next].sort((a, b) => b[1] - a[1])[0];
  if (top && top[1] >= 3 && top[1] >= total * 0.5) return `${term} ${top[0]}`;
  return term;
}

const ALIAS_LEAD = /\b(?:also (?:known as|called|named|referred to as)|formerly (?:called|known as)|otherwise known as|better known as|or simply)\s+([^.;)]+)/gi;
// whether a sentence holds an alias lead at all: one test, before lower-casing the sentence to look for the name
const HAS_ALIAS_LEAD = new RegExp(ALIAS_LEAD.source, "i");
// every acronym holds two capitals in a row: a quick test before the scan for them
const TWO_CAPITALS = /[A-Z]{2}/;

/** Other names the text gives its subject: "X, also known as A, B or C", "X (also called A)". Lower case. */
export function findAliases(sentences: string[], subject: string): string[] {
  const out: string[] = [];
  const head = subject.split(" ")[0];
  for (const s of sentences) {
    if (!HAS_ALIAS_LEAD.test(s) || !s.toLowerCase().includes(head)) continue;
    ALIAS_LEAD.lastIndex = 0;
    for (let m = ALIAS_LEAD.exec(s); m; m = ALIAS_LEAD.exec(s)) {
      const list = m[1].split(/,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+/);
      for (const raw of list) {
        const a = raw.trim().replace(/^(?:the|an?)\s+/i, "").toLowerCase();
        // a name is a few words; a clause ("is a form of …") ends the list
        if (!a || a.split(/\s+/).length > 3 || /\b(?:is|are|was|were|has|have)\b/.test(a)) break;
        if (a !== subject && !out.includes(a)) out.push(a);
      }
    }
  }
  // "Pulsed field therapy (PFT)": an abbreviation in brackets right after the name, or after the name and a word
  // or two that complete it ("cranial therapy (CT)" on a page whose subject reads "cranial"), starting with its letter
  const abbreviation = new RegExp(`(?<![\\p{L}])${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")}(?:\\s+[\\p{L}-]+){0,2}?\\s*\\(([A-Z][A-Z0-9]{1,5})\\)`, "iu");
  for (const s of sentences) {
    if (!s.includes("(")) continue; // (a quick test: no bracket, no abbreviation)
    const m = s.match(abbreviation);
    if (m && /^[A-Z0-9]+$/.test(m[1]) && m[1][0].toLowerCase() === subject[0] && !out.includes(m[1].toLowerCase())) out.push(m[1].toLowerCase());
  }
  // "HBOT" on a page about hyperbaric oxygen therapy: a capitalised acronym used at least twice whose letters
  // follow the name's, starting with its first letter and holding each word's initial in order
  const counts = new Map<string, number>();
  for (const s of sentences) {
    if (!TWO_CAPITALS.test(s)) continue;
    for (const m of s.matchAll(/\b[A-Z]{2,6}\b/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  for (const [acronym, n] of counts) {
    const lower = acronym.toLowerCase();
    if (n >= 2 && !out.includes(lower) && isAcronymOf(lower, subject)) out.push(lower);
  }
  return out;
}

/** "hbot" for "hyperbaric oxygen therapy", "emdr" for "eye movement desensitization and reprocessing": each content
 * word gives its initial, in order, and may give further letters of its own ("h-b" from "hyperbaric"). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter((w) => w && !/^(?:and|of|the|for|in|with|by|to|a)$/.test(w));
  if (words.length < 2 || acronym.length < words.length) return false;
  let i = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (acronym[i] !== w[0]) return false;
    i++;
    // further letters of this word, as long as the acronym has letters to spare for the words still to come
    for (let j = 1; j < w.length && acronym.length - i > words.length - k - 1; j++) if (w[j] === acronym[i]) i++;
  }
  return i === acronym.length;
}

/** The root a treatment's name shares with its derived words: "kinesiology" → "kinesiolog" (kinesiologists). */
export function mentionRoot(term: string): string {
  const st = stem(term.split(" ")[0]);
  // a practice named by its gerund ("needling", "cupping") is also spoken of by its instrument ("needles")
  if (st.length > 6 && st.endsWith("ing")) return st.slice(0, -3);
  return st.length > 5 ? st.replace(/(?:y|e|ist|ists|s)$/, "") : st;
}

/** A several-word name as its mentions read: its last word by its root ("dry needling" → "dry needl", which
 * also finds "dry needles"). */
function phraseRoot(term: string): string {
  const words = term.split(" ");
  return [...words.slice(0, -1), mentionRoot(words[words.length - 1])].join(" ");
}

/** A matcher for mentions of any subject term (its first word, any inflection). */
export function subjectMatcher(subjects: string[]): RegExp | null {
  if (subjects.length === 0) return null;
  // the stem without its ending, so "kinesiology" also finds "kinesiologists"; aliases of several words whole
  // a short name ("CST", "TENS") is matched whole: "tens" is not "tension"
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  const heads = subjects.map((s) => (s.includes(" ") ? escape(phraseRoot(s)) : s.length <= 5 ? `${escape(s)}(?![a-z])` : escape(mentionRoot(s))));
  // ASCII stems match without the (slow) Unicode flag
  return /^[\x00-\x7f]*$/.test(heads.join(""))
    ? new RegExp(`(?<![a-z])(?:${heads.join("|")})`, "i")
    : new RegExp(`(?<![\\p{L}])(?:${heads.join("|")})`, "iu");
}

// "Lotions or creams are …", "The left and right auricles are …": a paragraph that opens by defining a term
// (a lead that points back, "None of these assumptions are …", "Such claims are …", continues the text's topic)
// (not a report of what someone says of it, "Practitioners insist the testing itself is harmless", nor a judgement of it,
// "X is safe": an adjective tells what it is like, not what a new term means)
const DEFINES_OTHER = /^(?:the\s+)?(?!(?:none|some|all|most|many|each|both|neither|either|any|few|several|one|this|that|these|those|it|they|there|here|such|what|which|who|its|their|our|his|her)\b)(?!(?:[\p{L}-]+\s+){0,3}?(?:insists?|says?|said|claims?|believes?|argues?|thinks?|suggests?|notes?|admits?|agrees?|warns?)\b)((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s*(?:\([^)]*\)\s*)?(?:is|are|refers? to|means)\s+(?!(?:not\s+|never\s+|generally\s+|usually\s+|often\s+|rarely\s+|very\s+|quite\s+|completely\s+|entirely\s+|totally\s+|largely\s+|mostly\s+|perfectly\s+|relatively\s+|extremely\s+|highly\s+)?(?:harmless|safe|unsafe|rare|common|painless|painful|effective|ineffective|useless|dangerous|risky|unproven|popular|expensive|cheap)\b)/iu;

/** For each paragraph (its sentences), whether it is off the main subject: it never names the subject and
 * opens by defining another term, or it follows a section break such as "Also in the news" (`breaks`: indices
 * of paragraphs that follow one). An off-topic run lasts until a paragraph names the subject again.
 * (`texts`: each paragraph's sentences joined with a space, when the caller has them already.) */
export function offTopicParagraphs(paragraphs: string[][], subjects: string[], breaks: ReadonlySet<number> = new Set(), sections: ReadonlySet<number> = new Set()): boolean[] {
  const mention = subjectMatcher(subjects);
  // ("Hydrogen gas is flammable" in a text on hydrogen therapy defines the treatment's own agent, not another term)
  const ownStems = new Set(subjects.flatMap((name) => name.toLowerCase().split(/\s+/)).map(stem));
  // a paragraph that speaks of the treatment's own thing by a word of its name ("static magnets", "magnetic insoles" in a
  // text on magnet therapy) speaks of it (a distinctive word of five letters or more, not "therapy")
  const ownWords = [...ownStems].filter((w) => w.length >= 5 && !STOP.has(w));
  const ownWord = ownWords.length ? new RegExp(`(?<![\\p{L}])(?:${ownWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "iu") : null;
  const out: boolean[] = [];
  let off = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const sents = paragraphs[i];
    // (each sentence is asked in turn: a long text's paragraphs are not joined into copies of it)
    if (mention === null || sents.some((s) => mention.test(s) || (ownWord !== null && ownWord.test(s)))) { off = false; out.push(false); continue; }
    // (a section under a new heading starts on topic, unless a break turned it away)
    if (sections.has(i)) off = false;
    if (breaks.has(i)) off = true;
    const first = sents[0] ?? "";
    const d = first.match(DEFINES_OTHER);
    if (d) {
      // the defined term (any content word of the phrase, "lotions or creams") recurs in the paragraph
      const lower = sents.join(" ").toLowerCase();
      for (const w of d[1].toLowerCase().split(/\s+/)) {
        const term = stem(w);
        if (STOP.has(term) || term.length < 4 || ownStems.has(term) || DISCOURSE.has(term)) continue;
        // the whole stem at a word's start: "needles" recurs as "needle", not as "need"
        const prefix = term.length > 5 ? term.slice(0, term.length - 1) : term;
        let count = 0;
        for (let i = lower.indexOf(prefix); i >= 0; i = lower.indexOf(prefix, i + prefix.length)) {
          if (i === 0 || !/\p{L}/u.test(lower[i - 1])) count++;
        }
        if (count >= 2) { off = true; break; }
      }
    }
    out.push(off);
  }
  return out;
}
