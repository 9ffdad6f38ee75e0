// The text's main subject(s): the content term that is most frequent, weighted up when it leads sentences
// or stands in titles and headings. Then which paragraphs speak of it: a paragraph that defines another
// term and never names the subject starts an off-topic passage.
import { GENERIC_NOUNS, STOPWORDS } from "./lexicon/stopwords";

const STOP = new Set([...STOPWORDS, ...GENERIC_NOUNS]);
const WORD = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;

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

/** Main subject terms, most central first (lower case). */
export function findSubjects({ sentences, headings }: SubjectInput): string[] {
  const score = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  const bump = (w: string, by: number) => {
    const s = stem(w);
    if (s.length < 4 || STOP.has(s) || STOP.has(w.toLowerCase())) return;
    score.set(s, (score.get(s) ?? 0) + by);
    const forms = surface.get(s) ?? new Map<string, number>();
    forms.set(w.toLowerCase(), (forms.get(w.toLowerCase()) ?? 0) + 1);
    surface.set(s, forms);
  };
  for (const s of sentences) {
    const words = s.match(WORD) ?? [];
    words.forEach((w, i) => bump(w, i < 3 ? 3 : 1));
  }
  headings.forEach((h, i) => { for (const w of h.match(WORD) ?? []) bump(w, i === 0 ? 6 : 3); });
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const top = ranked[0][1];
  const out: string[] = [];
  for (const [s, v] of ranked.slice(0, 3)) {
    if (v < top * 0.5) break;
    const forms = [...surface.get(s)!].sort((a, b) => b[1] - a[1]);
    out.push(withCompound(forms[0][0], sentences));
  }
  return out;
}

/** "cupping" → "cupping therapy" when the pair is how the text mostly names it. */
function withCompound(term: string, sentences: string[]): string {
  const pairs = new Map<string, number>();
  let total = 0;
  const re = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b\\s+(\\p{L}+)`, "giu");
  for (const s of sentences) {
    total += (s.match(new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gi")) ?? []).length;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const next = m[1].toLowerCase();
      if (STOPWORDS.includes(next)) continue;
      pairs.set(next, (pairs.get(next) ?? 0) + 1);
    }
  }
  const best = [...pairs].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 2 && best[1] >= total * 0.6 && /^(therapy|medicine|treatment|massage|healing|technique|training|yoga)$/.test(best[0]))
    return `${term} ${best[0]}`;
  return term;
}

/** A matcher for mentions of any subject term (its first word, any inflection). */
export function subjectMatcher(subjects: string[]): RegExp | null {
  if (subjects.length === 0) return null;
  // the stem without its ending, so "reflexology" also finds "reflexologists"
  const heads = subjects.map((s) => {
    const st = stem(s.split(" ")[0]);
    return (st.length > 5 ? st.replace(/(?:y|e|ist|ists|s)$/, "") : st).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`(?<![\\p{L}])(?:${heads.join("|")})\\p{L}*`, "iu");
}

const DEFINES_OTHER = /^(?:the\s+)?([\p{L}-]+)(?:\s+(?:or|and)\s+[\p{L}-]+)?\s*(?:\([^)]*\)\s*)?(?:is|are|refers? to|means)\s+/iu;

/** For each paragraph (its sentences), whether it is off the main subject. */
export function offTopicParagraphs(paragraphs: string[][], subjects: string[]): boolean[] {
  const mention = subjectMatcher(subjects.slice(0, 1));
  const out: boolean[] = [];
  let off = false;
  for (const sents of paragraphs) {
    const text = sents.join(" ");
    const mentions = mention ? mention.test(text) : true;
    if (mentions) { off = false; out.push(false); continue; }
    const first = sents[0] ?? "";
    const d = first.match(DEFINES_OTHER);
    if (d) {
      const term = stem(d[1]);
      const count = (text.toLowerCase().match(new RegExp(`\\b${term.slice(0, Math.max(4, term.length - 1))}`, "g")) ?? []).length;
      if (!STOP.has(term) && term.length >= 4 && count >= 2) off = true;
    }
    out.push(off);
  }
  return out;
}
