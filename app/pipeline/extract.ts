// The composed pipeline: clean → segment → subject → split → classify (values, hedges, stance) → claims.
// Spans index the stored text; for HTML they index the raw HTML through the main-text offset map.
import { cleanText, type Block } from "./clean";
import { classifyClause, FOUNDS_ORGANISATION, ledByOtherTerm, mayHoldClaim, prepare, prepareClause, type ClassifyContext, type Draft } from "./classify";
import { htmlToMainText, toRawSpan } from "./html";
import { segmentSentences } from "./segment";
import { parsePersons, parseYears } from "./values";
import { splitClauses, splitList, type Clause } from "./split";
import { findAliases, findSubjects, isAcronymOf, offTopicParagraphs, subjectMatcher } from "./subject";
import { attributeRelated } from "./related";
import { findHedges, hedgingCues } from "./hedges";
import { MODAL_HEDGES } from "./lexicon/hedges";
import { isCon, SAFETY_HEADING, sectionSafety } from "./stance";
import { firstComplaint, isComplaintWord } from "./health-words";
import { answeredClaims, asksWhatAnAnswerTells } from "./answers";
import { SECTION_BREAK_PATTERNS } from "./lexicon/chrome";
import { isEndTrim, isLeadTrim, isWide, plainReading } from "./chars";
import { alternation } from "./alternation";

const SECTION_BREAK = alternation(SECTION_BREAK_PATTERNS, "i");
const NEWS_TURN = /^(?:in (?:other|unrelated) news|elsewhere in (?:the )?news|on (?:an|a) unrelated note)\b/i;
import type { Category, ExtractedClaim, PersonValue, PipelineResult, SourceFormat, Span } from "./types";

export interface ExtractOptions {
  format?: SourceFormat;
  /** What the corpus is about, when the caller knows (the corpus name, e.g. "cupping"). Used as the main
   * subject when the text names it; otherwise the subject is found in the text itself. */
  subjects?: string[];
}

interface Sentence extends Span { paragraph: number; listItem: boolean; block: number }

// the use a paragraph names, which the counts and sessions in it are for: "When used for back pain, …", "For acne, …"
const USE_SCOPE_WITHIN = /\bwhen used (?:for|to treat|in)\s+([a-z][a-z -]{2,40}?)\s*,/i;
const USE_SCOPE_LEADING = /^for\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)(?:\s*,|\s+(?=(?:a|an|the)\s))/i;

const LINE_BREAK = /[\r\n\t]/g;
// a founder's life, not their work: "In 1940 Dr. Lee met a piano teacher", "after Dr. Lee's death in 1979"
// (and what a founder heard of, learned, opened or renamed: "In 1880 Lund heard of a healer", "renamed her clinic"; and
// what they said of it: "In 1973 Lee himself had referred to his ability to see 65 patients a day")
const CATEGORY_INDEX: Record<Category, number> = {
  efficacy: 0, origin_date: 1, practitioner_count: 2, founder: 3, recognition: 4, protocol: 5, safety: 6, other: 7,
};
const LIFE_EVENT = /\b(?:met|meets|married|died|death|born|graduated|qualified|studied|trained (?:at|as|in|under)|enrolled|emigrated|retired|moved|earned|received|attended|visited|travel(?:l)?ed|lived|grew up|passed away|heard (?:of|about)|learned|learnt|opened|renamed|changed the name|jailed|arrested|imprisoned|worked as|referred to|said|claimed|stated|told|remarked|boasted|admitted|insisted|complained|recalled|declared)\b/i;
// a glossary entry of another term ("Placebo: Refers to a dummy treatment …") defines it; it claims nothing
const GLOSSARY_ENTRY = /^([\p{L}][\p{L}'’ -]{1,40}):\s+(?:Consists? of|Refers? to|Means|Is defined as|Defined as|Describes?|Denotes)\b/u;
// a news dateline before the first sentence ("LONDON — The agency said …", "PARIS, France (AP) — ")
const DATELINE = /^[A-Z][A-Z.'’-]{3,}(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+(?=[A-Z“"])/;
/** What a list's lead (a line ending in a colon, or a heading) says of its items. */
type ListStance = { polarity: "pro" | "con"; hedged: boolean; hedges: string[] };
// a heading that names the benefits its list goes on to give: "Benefits of moonbathing", "Health benefits", "5 key
// benefits" (not a question: "What are the benefits?" is answered in prose, read as an answer)
const BENEFITS_HEADING = /^(?:(?:the|its|their|\d+|main|key|top|major|potential|possible|claimed|reported|proven|unproven|health|other)\s+)*benefits?\b(?!.*\?)/i;
// DATELINE's first two characters (keep in step): a quick test before slicing the sentence for it
const UPPER_AT = /^[A-Z]$/;
const DATELINE_SECOND = /^[A-Z.'’-]$/;
// a line that introduces a list of what others hold: "The assumptions underlying it are:", "Proponents say it can:"
const PREMISE_LEAD = /(?:\b(?:assumptions?|premises?|claims|beliefs?|theor(?:y|ies)|tenets?|principles)\b|\b(?:proponents|advocates|practitioners|supporters|believers|followers)\s+(?:\w+\s+)?(?:say|claim|believe|argue|maintain|contend|assert|hold))[^:]*:\s*$/i;
// a line that introduces a list of what it treats: "It is used for the following conditions:", "Benefits include:",
// "helps with conditions such as:"
// (not a list of who should avoid it: "conditions that would prevent anyone from receiving it:")
const TREATS_VERB_LEAD = "treats?|treating|treated|helps? (?:with|to)|relieves?|benefits? (?:include|are)|used (?:for|to treat)"
  + "|effective (?:for|against|in)|applied (?:for|in)|benefits?\\b[^:.]{0,80}\\binclude[sd]?(?: but (?:are|is) not limited to)?";
const CONDITIONS_LEAD = "(?:conditions|diseases|disorders|ailments|complaints|symptoms) (?:such as|including|like|we treat)";
const TREATS_LEAD = new RegExp(`^(?!.*\\b(?:prevent|avoid|contraindicat\\w*|should not|must not|not suitable|unsuitable|risks?|side effects)\\b).*(?:\\b(?:${TREATS_VERB_LEAD})|\\b${CONDITIONS_LEAD}\\b)[^:]{0,60}:\\s*$`, "i");
// …or what it can do, a modal ending the line: "Halo wraps can:", "It may also help you:" (not "It can not:")
// (or a benefit verb after it, or after "to": "is believed to support:", "may help improve:")
const CAN_DO_LEAD = /^(?!.*\b(?:prevent|avoid|contraindicat\w*|not|risks?|side effects)\b).*\b(?:can|may|will|could|to)(?:\s+also)?(?:\s+help(?:\s+(?:to|you))?)?(?:\s+(?:support|promote|improve|boost|reduce|ease|relieve|treat|benefit|enhance))?\s*:\s*$/i;
const introducesTreatedList = (line: string): boolean => TREATS_LEAD.test(line) || CAN_DO_LEAD.test(line);
// "It is an established treatment for a limited number of conditions. These include:": a bare lead whose sentence before
// says what it treats
const BARE_INCLUDE_LEAD = /^(?:these|they|this|examples|such conditions|the main ones|the conditions)\s+(?:\w+\s+)?(?:include[sd]?|are)(?: the following)?\s*:\s*$/i;
const TREATS_BEFORE = /\b(?:treatment|therapy|remedy|used|effective|indicated|approved|established|offered)\s+(?:\w+\s+){0,3}?(?:for|against|in)\b[^.;]{0,80}\b(?:conditions|diseases|disorders|ailments|complaints|symptoms|problems|illnesses|injuries|indications|uses)\b/i;
// a line that introduces who should not have it: "Please tell us before treatment if you:", "You should not have it if
// you:", "It is not suitable for people who:"
const CONTRAINDICATION_LEAD = /(?:\b(?:tell|inform|let)\s+(?:us|your\s+(?:doctor|therapist|practitioner|GP|nurse))\b[^:.;]{0,40}\bif\s+you|\b(?:should|must|cannot|can['’]t)\s+(?:not\s+|n['’]t\s+)?(?:have|use|undergo|try|receive)\b[^:.;]{0,40}\bif\s+you|\bnot\s+(?:\w+\s+)?(?:suitable|recommended|advised|safe)\s+(?:for\s+)?(?:people|anyone|those|patients|you)(?:\s+who)?|\bcontraindications?\b[^:.;]{0,40}\b(?:include|are)|^(?:please\s+)?(?:do\s+not|don['’]t|never|avoid)\s+(?:use|using|have|having|try|trying|undergo|undergoing|apply|applying|book|booking)\b[^:.;]{0,40})\s*:\s*$/i;
// a line that introduces the harms it may bring: "Side effects may include:", "The main risks are:", "You may experience:"
const HARMS_LEAD = /(?:\b(?:side[- ]effects?|risks?|reactions?|complications?|adverse (?:effects?|events?|reactions?)|safety concerns?|dangers?)\b[^:.;]{0,60}|\byou (?:may|might|could|can) (?:\w+ )?(?:experience|feel|notice|get|develop))\s*:\s*$/i;
// a list item under such a lead that says something (a few words), though no cue of its own: a premise held
const HOLDS_PREMISE = /\S+\s+\S+\s+\S+\s+\S+\s+\S+/;
// "He published his final list in 1936 and died later that year": a life's end told after the act; the act is read
const DIED_AFTER_ACT = /,?\s+and\s+(?:later\s+|then\s+|soon\s+|shortly\s+)?(?:died|passed away)\b.*$/i;
// a clause led by a pronoun that stands for a founder named just before ("In 1928 he gathered his first three flowers",
// "They presented it in Paris in 1936"): an act of the founder when it makes the treatment, or a first of it
const PRONOUN_ACT_LEAD = /^(?:he|she|they)\s/i;
const MAKES_IT = /\b(?:first|it|published|presented|introduced)\b/i;
// a word broken by a hyphen at a hard wrap: "recov-\nery", "ses-\nsions" (a lower-case letter on both sides)
const HYPHENATED_BREAK = /(\p{Ll})-\n(\p{Ll}+)/gu;
// a person's role in the treatment's history: "the father of", "the founder of", "a pioneer of"
// (the words without their first letter, which may be a capital; "mother" with its "of", as "other" is in most texts)
const ROLE_WORDS = ["ather", "other of", "others of", "ounder", "ioneer", "nventor", "riginator", "reator"];
const ROLE_OF = /\b(?:father|mother|founder|co-founder|pioneer|inventor|originator|creator|godfather|godmother)s?\s+of\b/i;
// a printed page's furniture: "Page 2 of 3", or a header or footer line printed again on another page
const PAGE_NUMBER = /\bpage\s+\d+\s+(?:of|\/)\s+\d+\b/i;
function onlyPageFurniture(text: string, blocks: readonly { start: number; end: number; kind: string }[], from: number, to: number): boolean {
  for (let b = from; b < to; b++) {
    const line = text.slice(blocks[b].start, blocks[b].end).trim();
    if (PAGE_NUMBER.test(line)) continue;
    const first = text.indexOf(line);
    if (line.length >= 12 && first >= 0 && text.indexOf(line, first + line.length) >= 0) continue;
    return false;
  }
  return true;
}
// a paragraph that is one short question: "And how long is a session with you?"
const ASKED_ALONE = /^[^.!?]{3,120}\?\s*$/;
// (an aside after the date may stand before the name: "In 1964, as the story is told in AK circles, Harbison treated …")
const FOUNDER_ACT_LEAD = /^(?:(?:in|by|around|about)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?\d{4}['’]?s?(?:,\s+[^,]{3,50},\s+|,?\s+))/i;
const CONDITIONAL = /^(?:if|unless|when(?:ever)?\b[^,]*\b(?:is|are)\s+used)\b/i;
/** Two spaces in a row, or a space other than " ": what normalising a claim's spaces changes. (One pattern scan:
 * JavaScript's \s is the set chars.ts's isSpace reads; four times quicker than a loop over the characters.) */
const ODD_SPACE = /[^\S ]| \s/;
const hasOddSpace = (text: string): boolean => ODD_SPACE.test(text);
// what splitClauses trims off a clause's ends: spaces and punctuation, none of them a word character
const TRIMMED = /^[\s,;:.!?–—-]*$/;
const FOUR_DIGITS = /\d{4}/;

/** A clause that is its whole sentence but for spaces and punctuation at the ends has the sentence's words,
 * and so its trigger mask. */
function sameWords(sentence: string, clause: Clause): boolean {
  return sentence.slice(clause.start, clause.end) === clause.text
    && TRIMMED.test(sentence.slice(0, clause.start)) && TRIMMED.test(sentence.slice(clause.end));
}

/** Trim a span of `text` to its words: no outer whitespace, no trailing full stop or comma. */
const CITATION_MARKS = /[.,;]?(?:\[\d+(?:[,–-]\s?\d+)*\]\s*)+$/;
const LIFE_DATES_AT_END = /\s*\(\s*(?:b\.\s*|born\s+|c\.\s*)?\d{3,4}\s*(?:[-–—]\s*(?:c\.\s*)?\d{2,4})?\s*\)[.,;]?\s*$/;
const ENDS_IN_INITIALS = /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u;

function tidy(text: string, s: number, e: number): Span {
  while (s < e && isLeadTrim(text.charCodeAt(s))) s++;
  // an encyclopedia's citation marks at the end ("… support.[3]", "[4][5]") are not part of the claim
  let last = e - 1;
  while (last > s && (text[last] === " " || text[last] === "\n")) last--;
  if (text[last] === "]") {
    for (let m = text.slice(s, e).match(CITATION_MARKS); m && m.index! > 0; m = text.slice(s, e).match(CITATION_MARKS)) e = s + m.index!;
  }
  // a person's life dates closing the claim ("… called Anna Lindgren (1916 – 1982)") are about the person, not the claim
  if (text[last] === ")" || text[last - 1] === ")") {
    const m = LIFE_DATES_AT_END.exec(text.slice(s, e));
    if (m && m.index > 0) e = s + m.index;
  }
  while (e > s && isEndTrim(text.charCodeAt(e - 1))) {
    // "the U.S." keeps its last dot
    if (text[e - 1] === "." && ENDS_IN_INITIALS.test(text.slice(Math.max(s, e - 12), e))) break;
    e--;
  }
  return { start: s, end: e };
}

// words that name no treatment on their own: a part of a name made only of these is not a name
const GENERIC_NAME_WORDS = new Set(["therapy", "therapies", "treatment", "treatments", "method", "technique", "medicine", "care", "the", "of", "and"]);

/** The longest run of two or more of the name's words (or one long, specific word) that the text uses as written. */
function partOfName(name: string, text: string): string | null {
  const words = name.split(/\s+/);
  const lower = text.toLowerCase();
  // the whole name with a word in a longer form: "magnet therapy" written "magnetic therapy"
  if (words.length >= 2) {
    const loose = new RegExp(`(?<![\\p{L}])${words.map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\p{L}{0,3}`).join("\\s+")}(?![\\p{L}])`, "u");
    const m = lower.match(loose);
    if (m) return m[0].replace(/\s+/g, " ");
  }
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len);
      if (part.every((w) => GENERIC_NAME_WORDS.has(w))) continue;
      if (len === 1 && part[0].length < 7) continue;
      const phrase = part.join(" ");
      if (new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(lower)) return phrase;
    }
  }
  // a word of the name by its root, as the text says it: "floatation therapy" written "float", "floats", "floating"
  // (the root a word at least twice, of four letters or more)
  for (const w of words) {
    const root = w.replace(DERIVED_ENDING, "");
    if (root === w || root.length < 4 || GENERIC_NAME_WORDS.has(w)) continue;
    const uses = lower.match(new RegExp(`(?<![\\p{L}])${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:s|ed|ing)?(?![\\p{L}])`, "gu"));
    if (uses && uses.length >= 2) return root;
  }
  return null;
}
const DERIVED_ENDING = /(?:ation|ition|ment|ing)$/;

const HEADS = "therapy|therapies|technique|method|treatment|system|massage|medicine";
const NAME_HEAD = new RegExp(`^(.+?)\\s+(?:${HEADS})$`);

/** The subject's name with other head nouns, as the text writes them: "palm technique" for "palm therapy". */
function otherHeads(name: string, text: string): string[] {
  const m = name.match(NAME_HEAD);
  if (!m) return [];
  const stem = m[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  const out = new Set<string>();
  for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}])${stem}\\s+(?:${HEADS})(?![\\p{L}])`, "giu"))) {
    const v = hit[0].toLowerCase().replace(/\s+/g, " ");
    if (v !== name) out.add(v);
  }
  return [...out];
}

/** Two names share a word's root: its first four letters ("thermal" and "thermotherapy", "herbal" and "herbalism"). */
function sharesRoot(a: string, b: string): boolean {
  const roots = (x: string) => x.toLowerCase().split(/\s+/).filter((w) => w.length >= 4).map((w) => w.slice(0, 4));
  const rb = roots(b);
  return roots(a).some((r) => rb.includes(r));
}

/** "Dr. Lee developed the ten-step series": a founder named by surname alone takes the full name the text gave
 * that person elsewhere ("Dr. Ann P. Lee was born in 1896"), when it gave exactly one. */
function fullFounderNames(claims: ExtractedClaim[], sentences: string[], notNames: ReadonlySet<string>): void {
  const lone = claims.filter((c) => c.category === "founder" && c.value?.kind === "person" && !c.value.name.includes(" "));
  if (lone.length === 0) return;
  // one pass over the text for all the surnames (a long text has many founder claims: not one pass each)
  const full = new Map<string, Set<string>>();
  for (const c of lone) full.set((c.value as { name: string }).name, new Set());
  const surnames = [...full.keys()];
  for (const s of sentences) {
    if (!surnames.some((n) => s.includes(n))) continue;
    for (const p of parsePersons(s, notNames, true)) {
      const words = p.value.name.split(" ");
      if (words.length > 1) full.get(words[words.length - 1])?.add(p.value.name);
    }
  }
  for (const c of lone) {
    // "Ann Lee" and "Ann P. Lee" are one person: the longest name holds the others' words
    const names = [...full.get((c.value as { name: string }).name)!].sort((a, b) => b.length - a.length);
    if (names.length && names.every((n) => n.split(" ").every((w) => names[0].split(" ").includes(w)))) c.value = { kind: "person", name: names[0] };
  }
}

/** A list item under a premise lead ("The assumptions underlying it are:"): what it says works is held by others,
 * and an item with no cue of its own is such a premise too. */
function underPremise(drafts: Draft[], clause: string, cue: string): Draft[] {
  if (drafts.some((d) => d.category === "efficacy")) {
    return drafts.map((d) => (d.category === "efficacy" && d.value?.kind === "stance" && d.value.polarity === "pro"
      ? { ...d, value: { ...d.value, hedged: true }, hedges: [...d.hedges, cue] } : d));
  }
  if (drafts.length > 0 || !HOLDS_PREMISE.test(clause)) return drafts;
  return [{ category: "efficacy", value: { kind: "stance", polarity: "pro", hedged: true }, facet: null, confidence: 0.45, hedges: [cue], atomise: false }];
}

// "It" and "This" that stand for the subject; not "It is not known whether …" (it stands for nothing) nor
// "This type of …" (this points at a noun of its own)
// (not an expletive "it", "It is estimated that …", "It has been claimed that …", "It seems that …"; not a "this" that
// stands for the previous sentence, "This may explain why …")
const EXPLETIVE_WORDS = "this|that|these|those|because|why|how|what|when|where|known|unknown|clear|unclear|uncertain|doubtful|debatable|thought|believed|said|claimed|likely|unlikely|possible|impossible|important|recommended|advisable|true|false|worth|best|hard|easy|difficult|necessary|essential|estimated|reported|suggested|assumed|expected|hoped|argued|alleged|rumou?red|noted|understood|known|common|rare|obvious|evident|interesting|surprising|no|vital|crucial|wise|safe to say|up to";
const SUBJECT_PRONOUN = new RegExp(`^(?:It(?!\\s+(?:(?:is|was|has been|had been|would be|may be|might be|can be|could be)\\s+(?:not\\s+)?(?:\\w+ly\\s+)?(?:${EXPLETIVE_WORDS})|seems|seemed|appears|appeared|turns out|follows|remains to be|remained for|remains for|took (?:until|another|many|some|a)|takes (?:a|some|many)|was(?:n['’]t| not) until|is(?:n['’]t| not) until|stands to reason|goes without saying|(?:is|was)\\s+(?:[\\w.’'-]+,?\\s+){1,8}?who)\\b)`
  + "|This(?:\\s+(?:treatment|technique|procedure|therapy|method))?(?=\\s+(?:is|was|has|had|can|could|may|might|will|would|helps|works|involves|uses|treats|relieves|requires|takes)\\b)(?!\\s+(?:\\w+\\s+)?(?:explain|explains|means?|meant|is why|is because|was why|was because|suggests?|shows?|implies)\\b)(?!\\s+(?:is|was)\\s+(?:not\\s+)?(?:\\w+\\s+)?(?:false|true|untrue|wrong|right|correct|incorrect|misleading|nonsense|inaccurate|accurate)\\b))\\s");

/** "It is used for …" → "Cupping is used for …": the subject's name for a pronoun that stands for it. */
function resolvePronoun(normalised: string, subject: string): string {
  return normalised.replace(SUBJECT_PRONOUN, `${capitalise(subject)} `);
}

// "It also improves sleep", "They also claim …", "The wraps are also said …": a sentence that goes on with the last
const GOES_ON = /^(?:It|They|These|The\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:is|are|can|may|will|would)\s+)?also\b/u;
// a second thing said or believed: ", and that …", "… and can be improved by …" after a verb of saying or believing
// earlier in the sentence
const SECOND_COMPLEMENT = /^(?:and\s+|but\s+)?(?:that|can|could|may|might|will|would)\s/i;
const SAID_BEFORE = /\b(?:said|says|say|claimed|claims|claim|stated|states|added|adds|insisted|insists|argued|argues|explained|explains|told|tells|wrote|writes|maintained|maintains|believed|believes|believe|thought|thinks)\b/i;
const CITATION_ONLY = /^[\s"“”'‘’]*\(\p{Lu}[\p{L}&.'’ -]{0,40},?\s+(?:1[6-9]|20)\d{2}[a-z]?\)[\s.,;"“”'‘’]*$/u;

/** "It is illegal to sell cupping as …", "It states that cupping …": a pronoun whose own clause names the subject a
 * few words on (before any comma) stands for something else. ("It is practised in Spain, where many use cupping"
 * names it in another clause.) */
function namesSubjectAfterPronoun(normalised: string, subjectRe: RegExp | null): boolean {
  if (!subjectRe) return false;
  const after = normalised.slice(3, 90);
  const at = after.search(subjectRe);
  return at >= 0 && !after.slice(0, at).includes(",") && after.slice(0, at).split(/\s+/).length <= 10;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// a question's word order: it opens (or its last clause opens) with an auxiliary or a question word
const ASKS = /(?:^|[,;:]\s*|\b(?:and|but|so|or)\s+)(?:(?:then|now|really|seriously|also)\s+)?(?:do|does|did|is|are|was|were|am|can|could|will|would|should|shall|may|might|must|has|have|had|how|what|why|when|where|who|whom|whose|which|isn['’]t|aren['’]t|doesn['’]t|don['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|right)\b[^,;:]*\?+["”’)]*\s*$/i;

/** "I assumed they were ancient, but apparently some guy came up with them in the sixties??": a statement told
 * with astonishment (doubled or mixed marks), not asked in a question's word order. */
function astonishedStatement(sentence: string): boolean {
  return /(?:\?\?|\?!|!\?)["”’)]*\s*$/.test(sentence) && !ASKS.test(sentence.trim());
}

export function extractClaims(stored: string, options: ExtractOptions = {}): PipelineResult {
  const format = options.format ?? "text";
  const html = format === "html" ? htmlToMainText(stored) : null;
  const text = html ? html.text : stored;
  const { blocks, metadata } = cleanText(text);
  if (html) {
    metadata.title = metadata.title ?? html.metadata.title;
    metadata.author = metadata.author ?? html.metadata.author;
    metadata.date = metadata.date ?? html.metadata.date;
  }

  // segment content lines, paragraph by paragraph
  const sentences: Sentence[] = [];
  const headings: string[] = [];
  const afterHeading = new Set<number>();
  const questionBefore = new Map<number, { start: number; text: string }>();
  const afterBreak = new Set<number>();
  let headingSeen = false;
  let breakSeen = false;
  // the list items under a heading that names benefits ("Benefits of X", "Health benefits"), with what the heading
  // says of them ("Claimed benefits" reports them, "Unproven benefits" denies them): its items are outcomes
  const benefitItems = new Map<number, ListStance>();
  let benefitHeading: ListStance | null = null;
  // the content blocks of a section a heading gives to safety ("Is it safe?", "Side effects"): what they say of harms,
  // reassurance or who should not have it is a safety claim even in words no cue lists
  const safetyBlocks = new Set<number>();
  let safetySection = false;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi] as Block;
    if (b.kind === "heading") {
      const heading = text.slice(b.start, b.end);
      headings.push(heading);
      headingSeen = true;
      safetySection = SAFETY_HEADING.test(heading.trim());
      if (BENEFITS_HEADING.test(heading.trim())) {
        const h = findHedges(heading);
        benefitHeading = { polarity: isCon(heading) ? "con" : "pro", hedged: h.hedged, hedges: h.cues };
      } else benefitHeading = null;
    } else if (b.kind === "content") {
      // (a leaflet's numbered heading or an FAQ's question set as a line of its own heads a section as a heading does:
      // "4. Are there any risks?", "Is it safe?")
      // (only a short line can be one: most blocks are not sliced)
      const line = b.end - b.start < 90 ? text.slice(b.start, b.end).trim() : "";
      const asksOrNumbered = line !== "" && line.length < 80 && (line.endsWith("?") || /^\d{1,2}[.)]\s/.test(text.slice(Math.max(0, b.start - 4), b.start + 4).trimStart()));
      if (asksOrNumbered && !/[.!]$/.test(line)) { safetySection = SAFETY_HEADING.test(line); if (safetySection) continue; }
      if (safetySection) safetyBlocks.add(bi);
      if (b.listItem && benefitHeading) benefitItems.set(bi, benefitHeading);
      else benefitHeading = null;
    }
    if ((b.kind === "heading" || b.kind === "chrome") && SECTION_BREAK.test(text.slice(b.start, b.end))) breakSeen = true;
    if (b.kind === "content" && headingSeen) { afterHeading.add(b.paragraph); headingSeen = false; }
    // a heading that asks a question an answer may follow ("How long does a session take?")
    // (a transcript's speaker label before a paragraph is chrome of its line: the block before it is the one asked)
    let bj = bi - 1;
    while (bj > 0 && (blocks[bj] as Block).kind === "chrome" && (blocks[bj] as Block).paragraph === b.paragraph) bj--;
    const before = bj >= 0 ? (blocks[bj] as Block) : null;
    // (or a short question of its own paragraph, as a transcript's or a forum's: "And how long is a session with you?")
    if (b.kind === "content" && (before?.kind === "heading" || (before?.kind === "content" && before.paragraph !== b.paragraph && text.charCodeAt(before.end - 1) === 63 /* ? */ && ASKED_ALONE.test(text.slice(before.start, before.end))))
      && asksWhatAnAnswerTells(text.slice(before.start, before.end).trim()))
      questionBefore.set(b.paragraph, { start: before.start, text: text.slice(before.start, before.end).trim() });
    if (b.kind === "content" && breakSeen) { afterBreak.add(b.paragraph); breakSeen = false; }
    // "In other news, the council voted …": a paragraph that turns to another story breaks off by its first words
    else if (b.kind === "content" && NEWS_TURN.test(text.slice(b.start, b.start + 40))) afterBreak.add(b.paragraph);
    if (b.kind !== "content") continue;
    // a content block is one logical line: any line break inside it is a hard wrap the cleaner joined
    for (const s of segmentSentences(text, b.start, b.end, false)) {
      // (a dateline opens on two capitals: most blocks are ruled out without slicing their first sentence)
      const dateline = s.start === b.start && UPPER_AT.test(text[s.start] ?? "") && DATELINE_SECOND.test(text[s.start + 1] ?? "")
        ? text.slice(s.start, s.end).match(DATELINE) : null;
      sentences.push({ start: s.start + (dateline ? dateline[0].length : 0), end: s.end, paragraph: b.paragraph, listItem: b.listItem === true, block: bi });
    }
  }
  // a hard-wrapped sentence reads with spaces where its lines broke ("dates\nback to" is "dates back to" to every
  // cue); one character for one, so offsets into the sentence still hold
  // (this function's arrays are built with push, not map/filter chains: the arrays those builtins return differ in
  // elements kind from text to text, which deoptimised this function while warming up, and recompiling it costs
  // about 0.2 s of CPU each time)
  // Typographic quotes and en dashes read as plain ones, in a one-byte string where the sentence allows it
  // (chars.ts says why); the claims' own text is still sliced from the stored text
  const wide = isWide(text);
  const sentenceText: string[] = [];
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    // (a word hyphenated across the break, "ses-\nsions", reads whole, "sessions", with the two characters it saves after
    // it: the words after keep their offsets)
    const read = !t.includes("\n") ? t : t.replace(HYPHENATED_BREAK, (_, a: string, rest: string) => `${a}${rest}  `).replace(LINE_BREAK, " ");
    sentenceText.push(wide ? plainReading(read) : read);
  }
  // a corpus name as typed ("dry_needling") names the subject as written ("dry needling")
  const hint: string[] = [];
  for (const x of options.subjects ?? []) { const h = x.toLowerCase().replace(/_+/g, " ").trim(); if (h) hint.push(h); }
  const hinted = hint.length > 0 && subjectMatcher(hint)!.test(text);
  const own = hinted ? hint : findSubjects({ sentences: sentenceText, headings: metadata.title ? [metadata.title, ...headings] : headings });
  // The caller said what the pile is about; a text that words it otherwise but shares a word's root with it
  // ("thermal bathing" in a corpus on thermotherapy) still speaks of it: the hint names the subject and
  // the text's own name is an alias. A text on something else entirely keeps its own subject.
  // "iv vitamin therapy" for a text that says "intravenous vitamin therapy": the longest part of the name it uses
  const unmatchedHint = !hinted && hint.length > 0;
  const partial = unmatchedHint ? partOfName(hint[0], text) : null;
  const ownVariant = unmatchedHint && own.length > 0 && (sharesRoot(own[0], hint[0]) || isAcronymOf(own[0], hint[0]));
  const variant = partial !== null || ownVariant;
  const found = variant ? [hint[0], ...own.filter((s) => s !== hint[0])] : own;
  const aliases = found.length ? findAliases(sentenceText, found[0]) : [];
  const ownNames = [...(partial ? [partial] : []), ...(ownVariant ? [own[0], ...findAliases(sentenceText, own[0])] : [])];
  // the main subject and the other names the text gives it ("also known as …", its own wording of the hint)
  // "Palm technique" on a page of a corpus named "Palm therapy": the name with another head noun is the same method
  const headVariants = found.length ? otherHeads(found[0], text) : [];
  const otherNames = [...new Set([...aliases, ...ownNames, ...headVariants])];
  const subjects = found.length ? [...new Set([found[0], ...otherNames, ...found.slice(1)])] : [];
  const names = subjects.length ? [subjects[0], ...otherNames] : [];
  const subjectRe = subjectMatcher(names);
  const mainSubject = subjects[0] ?? null;

  // paragraphs and their topic
  const paraIds: number[] = [];
  const paraSents: string[][] = [];
  sentences.forEach((s, i) => {
    if (paraIds[paraIds.length - 1] !== s.paragraph) { paraIds.push(s.paragraph); paraSents.push([]); }
    paraSents[paraSents.length - 1].push(sentenceText[i]);
  });
  const breaks = new Set<number>();
  paraIds.forEach((p, i) => { if (afterBreak.has(p)) breaks.add(i); });
  // (a heading starts a new section: a run off the topic ends there, as an FAQ's next question is on the treatment again)
  const sections = new Set<number>();
  paraIds.forEach((p, i) => { if (afterHeading.has(p)) sections.add(i); });
  const off = offTopicParagraphs(paraSents, names, breaks, sections);
  const paraIndex = new Map(paraIds.map((p, i) => [p, i]));
  const offByPara = new Map(paraIds.map((p, i) => [p, off[i]]));
  const notPlaces = new Set(names.flatMap((s) => s.split(" ")));
  const claims: ExtractedClaim[] = [];
  // whether sentence j names the subject: asked only of a claim led by "It" or "This" (the pattern has no g flag)
  const mentions = (j: number): boolean => j >= 0 && subjectRe !== null && subjectRe.test(sentenceText[j]);
  let useScope: string | null = null;
  let lastPara = -1;
  // clauses kept for the founders' pass below, of the sentences it reads (on topic, with a four-digit figure): the
  // others' clauses die young instead of being copied into the old generation by the garbage collector (a
  // sentence without kept clauses is split again there if need be)
  const clausesOf = new Map<number, Clause[]>();
  // the hedge a premise lead puts on the list that follows it, until a line that is no list item
  let premiseLead: string | null = null;
  // a lead that introduces what it treats ("It helps with the following conditions:"): its list items are outcomes
  let treatedLead = false;
  // what the lead says of its items: "Fans claim its benefits include:" reports them (hedged), "Unproven benefits
  // include:" denies them
  let treatedStance: ListStance = { polarity: "pro", hedged: false, hedges: [] };
  // a lead that introduces who should not have it ("Please tell us before treatment if you:"): its items are
  // contraindications (held for the items, as the treated lead is)
  // (or that introduces its harms, "Side effects may include:": its items are harms it may bring, hedged as the lead is)
  let cautionLead: { facet: string | null; hedged: boolean; hedges: string[] } | null = null;
  // the last sentence whose benefit claim someone else's word carried ("It states that it eases pain"): "It also
  // improves sleep" right after it goes on with that word
  let reportedSentence = -1;
  let reportedCues: string[] = [];
  // the last question asked that an answer may tell of (answers.ts)
  let askedAt = -1;
  // a sentence of a safety section that claims nothing else, on the subject: a safety claim when it tells of harm,
  // reassurance or who should not have it (stance.ts)
  const safetyOfSection = (i: number): void => {
    const sent = sentences[i];
    if (offByPara.get(sent.paragraph)) return;
    const sText = sentenceText[i];
    if (ledByOtherTerm(sText, subjectRe, notPlaces)) return;
    const complaint = (sText.match(/[\p{L}-]+/gu) ?? []).some(isComplaintWord);
    const h = findHedges(sText);
    const value = sectionSafety(sText, complaint, h.hedged);
    if (value === null) return;
    const item = tidy(text, sent.start, sent.end);
    const span = html ? toRawSpan(html, item.start, item.end) : item;
    if (!span || item.end <= item.start) return;
    claims.push({ start: span.start, end: span.end, text: text.slice(item.start, item.end).replace(/\s+/g, " "), category: "safety", value,
      hedges: h.cues, subject: mainSubject, facet: null, confidence: 0.4 });
  };
  for (let i = 0; i < sentences.length; i++) {
    const sent = sentences[i];
    const sText = sentenceText[i];
    const goesOnReporting = reportedSentence === i - 1 && i > 0 && sentences[i - 1].paragraph === sent.paragraph && GOES_ON.test(sText);
    // a list ends at a line that is no item of it: content, a heading or page chrome between (not a printed page's
    // header or footer: a list goes on over a page break, and a lower-case line after one goes on with its item)
    const acrossPage = i > 0 && sentences[i - 1].listItem && sent.block > sentences[i - 1].block + 1 && onlyPageFurniture(text, blocks, sentences[i - 1].block + 1, sent.block);
    const itemGoesOn = acrossPage && !sent.listItem && /^\p{Ll}/u.test(sText) && !/[.!?]$/.test(sentenceText[i - 1].trim());
    const listGoesOn = (sent.listItem || itemGoesOn) && !(i > 0 && sent.block > sentences[i - 1].block + 1 && !acrossPage);
    const heldCautionLead = listGoesOn ? cautionLead : null;
    if (!listGoesOn) { premiseLead = null; treatedLead = false; cautionLead = null; }
    const heldPremise = premiseLead;
    const underBenefits = sent.listItem ? benefitItems.get(sent.block) : undefined;
    const heldTreated = treatedLead || (underBenefits !== undefined && !offByPara.get(sent.paragraph));
    const heldStance = underBenefits ?? treatedStance;
    if (!sent.listItem && sText.endsWith(":") && (introducesTreatedList(sText)
      || (BARE_INCLUDE_LEAD.test(sText) && i > 0 && sentences[i - 1].paragraph === sent.paragraph && TREATS_BEFORE.test(sentenceText[i - 1])))) {
      treatedLead = !offByPara.get(sent.paragraph);
      const h = findHedges(sText);
      treatedStance = { polarity: isCon(sText) ? "con" : "pro", hedged: h.hedged, hedges: h.cues };
    }
    if (!sent.listItem && sText.endsWith(":") && !offByPara.get(sent.paragraph)) {
      if (CONTRAINDICATION_LEAD.test(sText)) cautionLead = { facet: "contraindications", hedged: false, hedges: [] };
      else if (HARMS_LEAD.test(sText)) { const h = findHedges(sText); cautionLead = { facet: null, hedged: h.hedged, hedges: h.cues }; }
    }
    // an item of a list of who should not have it ("- have epilepsy or have had a seizure before"): a contraindication
    if ((sent.listItem || itemGoesOn) && heldCautionLead !== null && !/[.!?]$/.test(sText.trim())) {
      const item = tidy(text, sent.start, sent.end);
      const span = html ? toRawSpan(html, item.start, item.end) : item;
      if (span && item.end > item.start) {
        claims.push({ start: span.start, end: span.end, text: text.slice(item.start, item.end).replace(/\s+/g, " "), category: "safety",
          value: { kind: "stance", polarity: "con", hedged: heldCautionLead.hedged }, hedges: heldCautionLead.hedges, subject: mainSubject,
          // (a harm's item is faceted by the complaint it names, as a harm claim is)
          facet: heldCautionLead.facet ?? firstComplaint(sText)?.text ?? null, confidence: 0.5 });
        continue;
      }
    }
    const premise = !sent.listItem && sText.endsWith(":") ? sText.match(PREMISE_LEAD) : null;
    if (premise) premiseLead = premise[0].split(/\s+/)[0].toLowerCase();
    if (sent.paragraph !== lastPara) {
      lastPara = sent.paragraph;
      if (afterHeading.has(sent.paragraph)) useScope = null; // a new section: the use named before no longer holds
      // the use a paragraph names: in any of its sentences, or leading its first
      const paraSentences = paraSents[paraIndex.get(sent.paragraph)!];
      let m: RegExpMatchArray | null = null;
      // (a quick test for the pattern's verb first: few sentences hold it)
      for (let k = 0; k < paraSentences.length && !m; k++) if (paraSentences[k].includes(" used ")) m = paraSentences[k].match(USE_SCOPE_WITHIN);
      m ??= paraSentences[0].match(USE_SCOPE_LEADING);
      if (m) useScope = m[1].trim().toLowerCase();
    }
    // a question ("Are foot baths approved by the FDA?") asks; it does not claim
    // (a statement ending in astonishment, "some guy came up with them in the sixties??", still states)
    if (sText.includes("?") && /\?["”’)]*\s*$/.test(sText) && !astonishedStatement(sText)) {
      if (asksWhatAnAnswerTells(sText)) askedAt = i;
      continue;
    }
    // …but answered ("Does it work? In a word, no."), it may: the question is the last sentence, or a page's
    // heading right before this paragraph (an FAQ)
    const firstOfParagraph = i === 0 || sentences[i - 1].paragraph !== sent.paragraph;
    const question = askedAt === i - 1 && !firstOfParagraph ? { start: sentences[i - 1].start, text: sentenceText[i - 1] }
      : firstOfParagraph ? questionBefore.get(sent.paragraph) : undefined;
    if (question && !offByPara.get(sent.paragraph)) {
      const ctx: ClassifyContext = { onTopic: true, subject: subjectRe, useScope, notPlaces, conditional: false };
      const aboutSubject = (subjectRe?.test(question.text) ?? false) || /\b(?:it|they|this|these)\b/i.test(question.text);
      const answered = answeredClaims(question.text, sText, ctx, aboutSubject);
      const span = html ? toRawSpan(html, question.start, sent.end) : { start: question.start, end: sent.end };
      if (answered.length && span) {
        const qa = text.slice(question.start, sent.end).replace(/\s+/g, " ");
        for (const a of answered) claims.push({ start: span.start, end: span.end, text: qa, ...a, subject: mainSubject });
        continue;
      }
    }
    const glossary = sText.includes(":") ? sText.match(GLOSSARY_ENTRY) : null;
    if (glossary && !subjectRe?.test(glossary[1])) continue;
    const pre = prepare(sText);
    // an item of a list of what it treats names an outcome; its span is the item, its facet the outcome's name
    // (an item of up to eight words is taken whole; a longer one, "Improving chronic conditions such as A, B and C",
    // is read as a clause first, and taken whole only when that finds no claim in it)
    let wholeItem: ExtractedClaim | null = null;
    if (heldTreated && !heldPremise && !/[.!?]$/.test(sText.trim())) {
      const item = tidy(text, sent.start, sent.end);
      const name = text.slice(item.start, item.end);
      const span = html ? toRawSpan(html, item.start, item.end) : item;
      const words = name.split(/\s+/).length;
      if (span && item.end > item.start && words <= 14) {
        wholeItem = { start: span.start, end: span.end, text: name.replace(/\s+/g, " "), category: "efficacy",
          value: { kind: "stance", polarity: heldStance.polarity, hedged: heldStance.polarity === "pro" && heldStance.hedged },
          hedges: heldStance.hedges, subject: mainSubject, facet: name.toLowerCase().replace(/\s+/g, " "), confidence: 0.5 };
        if (words <= 8) { claims.push(wholeItem); continue; }
      }
    }
    // a citation standing alone after a quotation, "(Marsh, 2019).”", dates the source, not the treatment
    if (sText.length < 60 && CITATION_ONLY.test(sText)) continue;
    const claimsBefore = claims.length;
    if (!heldPremise && !mayHoldClaim(sText, pre, subjectRe)) {
      if (wholeItem) claims.push(wholeItem);
      else if (safetyBlocks.has(sent.block)) safetyOfSection(i);
      continue;
    }
    const conditional = CONDITIONAL.test(sText);
    const ctx: ClassifyContext = { onTopic: !offByPara.get(sent.paragraph), subject: subjectRe, useScope, notPlaces, conditional };
    const cls = splitClauses(sText);
    // (four digits are a figure: the gate's figure test, read already, is a quick test before the pattern)
    if (ctx.onTopic && pre.digitish && FOUR_DIGITS.test(sText)) clausesOf.set(i, cls);
    for (const clause of cls) {
      const cStart = sent.start + clause.start;
      // "a spokesperson said the videos mislead, and that it is safe when done properly": the second thing said is
      // said too
      const saidToo = clause.start > 0 && SECOND_COMPLEMENT.test(clause.text) && SAID_BEFORE.test(sText.slice(0, clause.start));
      // a sentence that is one clause shares its words and trigger mask
      const classified = classifyClause(clause.text, ctx, cls.length === 1 && sameWords(sText, clause) ? pre : prepareClause(pre, clause));
      const ds = heldPremise && ctx.onTopic ? underPremise(classified, clause.text, heldPremise) : classified;
      for (const d of ds) {
        const atoms = d.start !== undefined && d.end !== undefined ? [{ start: d.start, end: d.end, item: null }]
          : d.atomise ? splitList(clause.text) : [{ start: 0, end: clause.text.length, item: null }];
        for (const atom of atoms) {
          const local = tidy(text, cStart + atom.start, cStart + atom.end);
          if (local.end <= local.start) continue;
          const span = html ? toRawSpan(html, local.start, local.end) : local;
          if (!span) continue;
          let normalised = text.slice(local.start, local.end);
          // (spaces are single already in most texts: then there is nothing to replace)
          if (hasOddSpace(normalised)) normalised = normalised.replace(HYPHENATED_BREAK, "$1$2").replace(/\s+/g, " ");
          // pronouns that stand for the subject are resolved in the normalised text (the span stays as written)
          if (mainSubject && atom.start === 0 && /^(?:It|This)\s/.test(normalised) && (mentions(i - 1) || mentions(i))
            && !namesSubjectAfterPronoun(normalised, subjectRe))
            normalised = resolvePronoun(normalised, mainSubject);
          const carried = ((goesOnReporting && d.category === "efficacy") || (saidToo && (d.category === "efficacy" || d.category === "safety")))
            && d.value?.kind === "stance" && !d.value.hedged && d.value.polarity === "pro";
          if (d.category === "efficacy" && d.value?.kind === "stance" && d.value.hedged && d.value.polarity === "pro") {
            const reporting = hedgingCues(d.hedges).filter((c) => !MODAL_HEDGES.includes(c));
            if (reporting.length) { reportedSentence = i; reportedCues = reporting; }
          }
          claims.push({
            start: span.start,
            end: span.end,
            text: normalised,
            category: d.category,
            value: carried && d.value?.kind === "stance" ? { ...d.value, hedged: true } : d.value,
            hedges: !carried ? d.hedges : saidToo ? [...d.hedges, "attributed"] : [...d.hedges, ...reportedCues.filter((c) => !d.hedges.includes(c))],
            subject: ctx.onTopic ? mainSubject : null,
            facet: atom.item && (d.category === "efficacy" || d.category === "safety") ? atom.item.toLowerCase() : d.facet,
            confidence: d.confidence,
          });
        }
      }
    }
    if (wholeItem && claims.length === claimsBefore) claims.push(wholeItem);
    // (a sentence that claims something else there may still tell of harm: one kept as "other" for a figure it holds,
    // "We don't offer it to anyone under 16"; one read as efficacy for the complaint it names, "Practitioners advise
    // against it in pregnancy")
    else if (safetyBlocks.has(sent.block) && claims.slice(claimsBefore).every((c) => c.category !== "safety")) safetyOfSection(i);
  }
  // a dated act of a founder the text has named ("In 1913 Smith mapped the body into ten regions") is an origin date
  // (a loop, not filter/map/filter: on a text with no founder the chain's empty array deoptimised this function)
  const founders = new Set<string>();
  for (const c of claims) {
    if (c.category !== "founder" || c.value?.kind !== "person") continue;
    const surname = c.value.name.split(" ").pop()!;
    if (surname.length >= 3) founders.add(surname);
  }
  if (founders.size) {
    const dated = new Set(claims.filter((c) => c.category === "origin_date").map((c) => c.start));
    // "In 1913 Smith …", "Smith …", "Dr. Jane Smith …": a founder's name among the clause's first words
    const foundersAct = (clause: string, pronounStandsForFounder: boolean): boolean => {
      const lead = clause.slice(0, 80).replace(FOUNDER_ACT_LEAD, "");
      const head = lead.split(/\s+/, 4);
      const byName = head.some((w) => founders.has(w.replace(/(?:['’]s)?[.,;:]*$/, "")) && /^\p{Lu}/u.test(w));
      const byPronoun = !byName && pronounStandsForFounder && PRONOUN_ACT_LEAD.test(lead) && MAKES_IT.test(clause);
      return (byName || byPronoun)
        && !/\b(?:study|studies|trial|trials|review|survey|researchers|participants)\b/i.test(clause) && !FOUNDS_ORGANISATION.test(clause)
        && !LIFE_EVENT.test(clause.replace(FOUNDER_ACT_LEAD, "").replace(DIED_AFTER_ACT, ""));
    };
    const founderNames = [...founders];
    // the paragraph where a founder was last named: a pronoun there, or in the next paragraph, may stand for them
    let founderParagraph = -2;
    for (let i = 0; i < sentences.length; i++) {
      const sent = sentences[i];
      // (a sentence that holds no founder's name anywhere cannot lead a clause with one: a substring test first)
      const namesFounder = founderNames.some((f) => sentenceText[i].includes(f));
      const pronounMayStand = !namesFounder && sent.paragraph - founderParagraph <= 1;
      if (namesFounder) founderParagraph = sent.paragraph;
      if (!namesFounder && !pronounMayStand) continue;
      if (offByPara.get(sent.paragraph) || !FOUR_DIGITS.test(sentenceText[i])) continue;
      for (const clause of clausesOf.get(i) ?? splitClauses(sentenceText[i])) {
        if (!foundersAct(clause.text, pronounMayStand)) continue;
        const year = parseYears(clause.text)[0];
        const local = tidy(text, sent.start + clause.start, sent.start + clause.end);
        const span = html ? toRawSpan(html, local.start, local.end) : local;
        if (!year || !span || dated.has(span.start)) continue;
        claims.push({ start: span.start, end: span.end, text: text.slice(local.start, local.end).replace(/\s+/g, " "),
          category: "origin_date", value: year.value, hedges: [], subject: mainSubject, facet: "origin", confidence: 0.55 });
      }
    }
  }
  // a person called the father, founder or pioneer of it ("he is still spoken of here as the founder of mud therapy",
  // the person named earlier in the sentence), or of anything, when the text has named them its founder already ("Mester
  // is widely regarded as the father of photobiomodulation")
  for (let i = 0; i < sentences.length; i++) {
    const t = sentenceText[i];
    // (a quick test for the role's word before the pattern: most sentences name none)
    if (!ROLE_WORDS.some((w) => t.includes(w))) continue;
    const role = ROLE_OF.exec(t);
    if (!role || offByPara.get(sentences[i].paragraph)) continue;
    const ofSubject = subjectRe !== null && subjectRe.test(t.slice(role.index + role[0].length, role.index + role[0].length + 60));
    const persons = parsePersons(t, notPlaces).filter((p) => p.end <= role.index + 4);
    const known = persons.filter((p) => founders.has(p.value.name.split(" ").pop()!));
    // (a founder named again by surname alone: "Mester is widely regarded as …")
    const bySurname = [...founders].filter((f) => new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(t.slice(0, role.index)))
      .map((f) => claims.find((c) => c.category === "founder" && c.value?.kind === "person" && c.value.name.split(" ").pop() === f)!.value as PersonValue)
      .map((value) => ({ start: 0, end: 0, value }));
    const named = ofSubject ? (persons.length ? persons : bySurname) : known.length ? known : bySurname;
    if (!named.length) continue;
    const local = tidy(text, sentences[i].start, sentences[i].end);
    const span = html ? toRawSpan(html, local.start, local.end) : local;
    if (!span || claims.some((c) => c.category === "founder" && c.start < span.end && c.end > span.start)) continue;
    const person = named[named.length - 1];
    claims.push({ start: span.start, end: span.end, text: text.slice(local.start, local.end).replace(/\s+/g, " "),
      category: "founder", value: person.value, hedges: [], subject: mainSubject, facet: null, confidence: 0.5 });
  }
  // founders and dates of a related method, and a source's earlier stage, are not the main subject's origin
  attributeRelated(claims, subjectRe, mainSubject);
  fullFounderNames(claims, sentenceText, notPlaces);
  // one claim per span and category, the first found, in the order of the text
  // (the sort is stable: claims of one span keep the order they were found in, so the first of each category in a
  // run of one span is the first found; no set of keys to build)
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  const unique: ExtractedClaim[] = [];
  for (let i = 0; i < claims.length;) {
    const { start, end } = claims[i];
    let categories = 0;
    for (; i < claims.length && claims[i].start === start && claims[i].end === end; i++) {
      const bit = 1 << CATEGORY_INDEX[claims[i].category];
      if ((categories & bit) === 0) { categories |= bit; unique.push(claims[i]); }
    }
  }
  return { claims: unique, metadata, subjects };
}
