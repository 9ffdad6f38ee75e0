// Splitting a sentence into clauses (coordinated predicates, contrast, result clauses, long asides in brackets)
// and a clause's list into atoms ("effective in treating arthritis, joint and liver disorders" is three).
import { BENEFIT_VERBS, OUTCOME_NOUNS, SERIES_ONLY_VERBS } from "./lexicon/cues";
import type { Span } from "./types";
import { isEndTrim, isLeadTrim, isSpace } from "./chars";
import { anyCueSource } from "./alternation";

export interface Clause extends Span {
  /** The clause's words with any bracketed aside that became its own clause blanked out (offsets kept). */
  text: string;
}

const AUX = "(?:is|are|was|were|has|have|had|can|could|may|might|will|would|does|did|should|must|also|now|then|remains?)";
// "… and is listed …", "… and it has …", "… and traces of texts have been found …", "… and there is no …"
const NEW_PREDICATE = new RegExp(
  `^(?:(?:it|they|this|these|he|she|we|there)\\s+${AUX}\\b|${AUX}\\s+(?:\\w+ly\\s+)?(?:been\\s+|not\\s+|now\\s+|also\\s+)?(?:be\\s+)?[a-z]+(?:ed|en|n|t)\\b|${AUX}\\s+(?:a|an|the|very|often|now)\\b|(?!(?:into|to|in|on|with|by|from|at|for|of)\\b)[\\w’'-]+(?<!ed)\\s+(?:[\\w,’'-]+\\s+){0,4}(?:is|are|was|were|has|have|had|can|will)\\s+(?:been\\s+|not\\s+)?[a-z]+)`,
  "i",
);
// "… and over 3 000 therapists are registered …": a new subject with its own finite verb
const NEW_SUBJECT = new RegExp(
  `^(?:(?:it|they|this|these|he|she|we|there)\\s+${AUX}\\b|(?:the|a|an)\\s+(?:[\\w’'-]+\\s+){0,4}(?:reported|found|showed|shows|said|says|stated|states|concluded|noted|estimated|suggested)\\b|(?:the|a|an|some|many|most|about|over|more than|around|nearly|up to|\\d[\\d,. ]*)\\s+(?:[\\w’'-]+\\s+){0,4}(?:(?:is|are|was|were|has|have|had|can|will)\\s+(?:been\\s+|not\\s+)?[a-z]+|remains?\\s+[a-z]+))`,
  "i",
);
// "…, and it's generally very safe": a pronoun with its verb contracted
const CONTRACTED_SUBJECT = /^(?:it|they|this|that|there|he|she|we)['’](?:s|re|ll|ve|d)\s+(?!(?:own|self)\b)/i;
// (or told as one that comes all the same: "Fainting is uncommon but does happen", "rare but can occur")
const RARE_BUT_REPORTED = /^(?:(?:has|have|had)\s+(?:also\s+|occasionally\s+|nonetheless\s+)?been\s+(?:reported|documented|described|seen|observed|recorded)|(?:does|do|can|may|did|will)\s+(?:still\s+|sometimes\s+|occasionally\s+)?(?:happen|occur))\b/i;
const RARE_LAST = /\b(?:rare|uncommon|unusual|infrequent|very rare|extremely rare|exceptional)\s*$/i;
const COLON_CLAUSE = /:\s+(?=(?:some|many|most|several|few|other|the|a|an|it|they|this|these|there|we|you|studies|trials|researchers|patients|people)\b(?:\s+[\w’'-]+){0,4}?\s+(?:is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did|suggests?|shows?|showed|found|finds|reports?|reported)\b)/gi;
const LIST_COLON_LEFT = /\b(?:include[sd]?|including|such as|following|as follows|are|is|were|was)\s*$/i;
// "…, and most people need between 6 and 10 sessions": a share of the people treated, with a plain verb of their own
const PEOPLE_SUBJECT = /^(?:most|many|some|few|all|the majority of)\s+(?:people|patients|clients|users|women|men|customers|participants)\s+(?:\w+ly\s+)?(?:need|needs|require|requires|come|return)\b/i;
const CONCESSIVE_LEAD = /^\s*(?:even though|although|though|while|whereas|despite the fact that)\s/i;
// the first ", <subject> <finite verb>" after a leading concession
const MAIN_AFTER_COMMA = new RegExp(
  // (the main clause's subject may be any word: "Although …, aromatherapy is used by some people")
  // (or a pronoun and any verb: "Even though it is regarded as harmless, it delays proper care")
  `,\\s+(?=[\\w’'-]+\\s+(?:[\\w’'-]+\\s+){0,3}?(?:${AUX}|never|cannot|does not|do not)\\b|(?:it|they|this|he|she|we|you)\\s+[a-z]+(?:s|ed)\\b)`,
  "g",
);
// "… to feel the movements and supposedly adjust the joints": a predicate the writer distances is a claim of its own
const HEDGED_PREDICATE = /^(?:supposedly|allegedly|purportedly|reportedly|apparently|ostensibly)\s+[a-z]+/i;
const RELATIVE_AHEAD = /^(?:[\w’'-]+\s+){1,4}?(?:that|which|who|whom)\s+(?:have|has|had|is|are|was|were)\b/i;
const PROPER_LAST = /\p{Lu}[\p{L}'’-]*$/u;
const PROPER_NEXT = /^(?!(?:It|They|This|These|Those|There|He|She|We|The|A|An|Its|Their|His|Her|Our|Some|Many|Most|All)\b)\p{Lu}/u;
// a bracket that opens on a capital and holds a year, closed or running to the sentence's end or a lower-case word
const CITATION_ASIDE = /\((?=[^()]{0,60}\b(?:1[6-9]|20)\d{2}\b)\p{Lu}[^()]{0,80}?(?:\([^()]{0,10}\)[^()]{0,30}?)?(?:\)|$|(?=\s+\p{Ll}))/gu;
const NUMBERED_REFERENCES = /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?:\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])*/g;
// what makes such a bracket a citation: a volume and issue, pages, "et al."
const CITATION_MARK = /;|\d\(\d|:\s?\d|\bet al\b/;
// or an author (or body) and a year and nothing else: "(Smith 2019)", "(Oils Academy, 2019a)"
const AUTHOR_YEAR = /^\((?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}\p{Lu}[\p{L}&.'’-]*,?\s+(?:1[6-9]|20)\d{2}[a-z]?\)$/u;
const NEW_COUNT = /^(?:(?:about|over|more than|around|nearly|almost|some|up to|at least|approximately|roughly)\s+)?\d[\d,. ]*\s+[a-z]+\s+[a-z]+/i;
const LEFT_VERB = new RegExp(`\\b(?:${AUX}|[a-z]{3,}ed)\\b`, "i");
// a sentence without a semicolon, comma, bracket, a colon or a spaced "and"/"but" has no cut: it is one clause
const MAY_CUT = /[;,(]|: |\s(?:and|but|while)\s/i;
// at least three words (runs of non-space): two spaces between words
const THREE_WORDS = /\S\s+\S+\s+\S/;
// "not X, but rather Y" corrects X within one claim: no cut before "but rather" / "but instead"
const AND = /,?\s+(?:and|but(?!\s+(?:rather|instead)\b))\s+/gi;
const COMMA_OR_SEMICOLON = /[,;]/;
const TRAILING_CONNECTIVE = /,?\s+(?:and|but)\s+$/i;
// (", however, its form dates to …" starts a clause; "Popularity, however, is not evidence" does not)
// (every alternative starts at a comma or semicolon, so the scan only stops there; a contrast of two camps joined by
// "while" without a comma is WHILE_CAMPS, read only when the sentence holds " while ")
const WHILE_CAMPS = /(?<!,)\s+(?=while (?:other|others|some|many|most|critics|sceptics|skeptics|proponents|opponents|supporters|detractors)\b)/gi;
// (the lookbehind is read at a semicolon only: "include but are not limited to; A, B" keeps its list)
const HARD = /;(?<!\b(?:include|includes|including|limited to|such as|following)\s*;)\s+|,\s+(?=however,\s+(?!(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|may|might|remains?)\b)|even (?:though|if|when)\b|(?:(?:probably|perhaps|possibly|likely|partly|mainly) because|but(?!\s+(?:rather|instead)\b)|resulting in|leading to|which (?:again |also )?(?:reduces|means|results|avoids|allows)|whereas|while|although|though|yet(?!\s+(?:[\w-]+\s+){0,2}(?:continues?|persists?|remains?|(?:is|are) still)\b))\b)/gi;

// (patterns of the per-clause tests are module constants: a literal in a loop is a new object each time round)
const ENDS_IN_INITIALS = /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u;
// (a connective alone is no clause: ", but there is …" is cut both before and after "but")
const LEAD_CONNECTIVE = /^(?:(?:and|but|although|though|whereas|while|yet)(?:\s+|$)|however,\s+)/i;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s*$/u;
const SENTENCE_END = /^\s*[.!?]?\s*$/;

// a list's lead before a semicolon, and an item after it: a few words with no verb of their own
const LIST_LEAD_BEFORE = /\b(?:including|includes?|included|such as|like|namely)\b/i;
const ITEM_VERB = /\b(?:is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did|it|they|this)\b/i;

/** The semicolon at `at` separates items of a list ("including A; B; and C"), not clauses. */
function semicolonListItem(masked: string, at: number): boolean {
  if (!LIST_LEAD_BEFORE.test(masked.slice(Math.max(0, at - 200), at))) return false;
  const next = masked.indexOf(";", at + 1);
  const item = masked.slice(at + 1, next < 0 ? masked.length : next).replace(/^\s*(?:and|or)\s+/i, "").trim();
  return item.length > 0 && item.split(/\s+/).length <= 6 && !ITEM_VERB.test(item);
}

function isCitationAtEnd(sentence: string, at: number, length: number): boolean {
  return SENTENCE_END.test(sentence.slice(at + length)) && !NAME_BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}

function pushClause(out: Clause[], a: number, b: number, src: string): void {
  let s = a, e = b;
  while (s < e && isLeadTrim(src.charCodeAt(s))) s++;
  while (e > s && isEndTrim(src.charCodeAt(e - 1))) {
    if (src[e - 1] === "." && ENDS_IN_INITIALS.test(src.slice(Math.max(s, e - 12), e))) break;
    e--;
  }
  // a clause that starts at a connective ("and", "but", "although") keeps it out of its span
  let text = src.slice(s, e);
  const lead = LEAD_CONNECTIVE.exec(text);
  if (lead) { s += lead[0].length; text = src.slice(s, e); }
  if (e > s && LETTER_OR_DIGIT.test(text)) out.push({ start: s, end: e, text });
}

/** arr.sort(cmp), skipped when arr is in order already (most are: cuts are found left to right): the sort is
 * stable, so it would leave an ordered array as it is, but it allocates a work array even for two elements. */
function sortInPlace<T>(arr: T[], cmp: (a: T, b: T) => number): T[] {
  for (let i = 1; i < arr.length; i++) if (cmp(arr[i - 1], arr[i]) > 0) return arr.sort(cmp);
  return arr;
}

/** Clause spans relative to `sentence` (trimmed, non-empty). */
export function splitClauses(sentence: string): Clause[] {
  if (!MAY_CUT.test(sentence)) {
    const whole: Clause[] = [];
    pushClause(whole, 0, sentence.length, sentence);
    return whole;
  }
  // 0. an inline citation ("(J Clin Pract 2008 Jun;62(6):947-54)", "(Lee et al. 2012)") is no part of any claim:
  // blanked, and the claim around it cut in two
  const cites: Span[] = [];
  // (numbered references, "wounds,[1][2] there is …", are blanked first: they hide the comma they follow)
  const unnumbered = !sentence.includes("[") ? sentence : sentence.replace(NUMBERED_REFERENCES, (all: string) => " ".repeat(all.length));
  const uncited = !unnumbered.includes("(") ? unnumbered : unnumbered.replace(CITATION_ASIDE, (all: string, at: number) => {
    // (an author and year ends the sentence and follows no name: "Ann Lee (Japan, 1922) in Kyoto" dates a person)
    if (!CITATION_MARK.test(all) && !(AUTHOR_YEAR.test(all) && isCitationAtEnd(unnumbered, at, all.length))) return all;
    cites.push({ start: at, end: at + all.length });
    return " ".repeat(all.length);
  });
  // 1. bracketed asides of 4+ words with a verb are their own clause
  const asides: Span[] = [];
  const masked = !uncited.includes("(") ? uncited : uncited.replace(/\(([^()]{12,})\)/g, (all, inner: string, at: number) => {
    const n = inner.trim().split(/\s+/).length;
    if (n >= 6 || (n >= 4 && LEFT_VERB.test(inner))) {
      asides.push({ start: at + 1, end: at + 1 + inner.length });
      return " ".repeat(all.length);
    }
    return all;
  });
  // 2. hard boundaries: semicolons, contrast and result clauses after a comma
  const cuts: number[] = [0];
  for (const c of cites) cuts.push(c.start, c.end);
  HARD.lastIndex = 0;
  for (let m = HARD.exec(masked); m; m = HARD.exec(masked)) {
    // "benefits, including more willpower; fat loss; and less inflammation": semicolons between the items of a list
    // are no clause boundaries
    if (masked[m.index] === ";" && semicolonListItem(masked, m.index)) continue;
    cuts.push(m.index + m[0].length);
  }
  // a colon between two clauses: "In knee osteoarthritis the results are mixed: some studies suggest it may ease pain"
  // (not a list's lead, "Benefits include: …", nor a label, "Note: …": a verb on the left, a subject and verb on the right)
  if (masked.includes(": ")) {
    COLON_CLAUSE.lastIndex = 0;
    for (let m = COLON_CLAUSE.exec(masked); m; m = COLON_CLAUSE.exec(masked)) {
      const at = m.index + m[0].length;
      if (LEFT_VERB.test(masked.slice(0, m.index)) && THREE_WORDS.test(masked.slice(0, m.index)) && !LIST_COLON_LEFT.test(masked.slice(0, m.index))) cuts.push(at);
    }
  }
  if (masked.includes(" while ")) {
    WHILE_CAMPS.lastIndex = 0;
    for (let m = WHILE_CAMPS.exec(masked); m; m = WHILE_CAMPS.exec(masked)) cuts.push(m.index + m[0].length);
  }
  // 2b. a leading concession ends where the main clause begins: "Even though it is an ancient practice used
  // to treat a, b and c, the agency has never cleared it" is two clauses
  if (CONCESSIVE_LEAD.test(masked)) {
    MAIN_AFTER_COMMA.lastIndex = 0;
    const m = MAIN_AFTER_COMMA.exec(masked);
    if (m) cuts.push(m.index + m[0].length);
  }
  // 3. coordinated predicates: "… and (aux|pronoun aux|new subject + aux) …" with a verb on the left
  AND.lastIndex = 0;
  for (let m = AND.exec(masked); m; m = AND.exec(masked)) {
    const from = m.index + m[0].length;
    const stop = masked.slice(from, from + 120).search(COMMA_OR_SEMICOLON);
    const right = masked.slice(from, stop < 0 ? from + 120 : from + stop);
    let lastCut = 0;
    for (const c of cuts) if (c <= m.index && c > lastCut) lastCut = c;
    const left = masked.slice(lastCut, m.index);
    if (!THREE_WORDS.test(left)) continue; // too short a left side to stand alone
    // "colorful and mythical tales that have lasted": the verb belongs to a relative clause of the noun, no new subject
    if (RELATIVE_AHEAD.test(right)) continue;
    // "the Ministry of Trade and Rural Affairs": an "and" inside a proper name
    // (the right side's test first: anchored at its start it is quick; the left side's runs along it)
    if (PROPER_NEXT.test(right) && PROPER_LAST.test(left)) continue;
    // "… and nearly 40 000 people visit …" starts a new count; "between 0,16 and 0,51" does not
    const newCount = NEW_COUNT.test(right) && !/(?:\d|between\s+\S+)\s*$/i.test(left);
    // "Bowel perforation is uncommon but has been reported": the concession and the report are one claim of the harm
    if (RARE_BUT_REPORTED.test(right) && RARE_LAST.test(left)) continue;
    if (newCount || NEW_SUBJECT.test(right) || PEOPLE_SUBJECT.test(right) || CONTRACTED_SUBJECT.test(right) || HEDGED_PREDICATE.test(right) || (NEW_PREDICATE.test(right) && LEFT_VERB.test(left))) cuts.push(m.index + m[0].length);
  }
  sortInPlace(cuts, (a, b) => a - b);
  const out: Clause[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i];
    const b = i + 1 < cuts.length ? cuts[i + 1] : masked.length;
    // strip the connective that led the next clause from this one's end
    let end = b;
    // (only a clause that ends in a space can end in a connective)
    const tail = isSpace(masked.charCodeAt(b - 1)) ? masked.slice(a, b).match(TRAILING_CONNECTIVE) : null;
    if (tail) end = b - tail[0].length;
    pushClause(out, a, end, masked);
  }
  for (const a of asides) pushClause(out, a.start, a.end, sentence);
  return sortInPlace(out, (x, y) => x.start - y.start);
}

// (its alternatives grouped by first letter: at any place only one letter's group can match, in the order listed,
// so exec finds what the plain alternation would, and the engine rules a letter's cues out at once)
// words that judge effects rather than name them (after "the effects are")
const EFFECTS_JUDGED = /^\s*(?:\w+ly\s+)?(?:proven|proved|established|documented|demonstrated|confirmed|consistent|clear|real|genuine|modest|limited|small|slight|large|significant|unclear|unknown|uncertain|unproven|doubtful|disputed|temporary|short-lived|long-lasting|lasting|permanent|immediate|noticeable|visible|dramatic|remarkable|impressive|minimal|mild|negligible|subtle|cumulative|gradual)\b/i;
const LIST_LEAD = new RegExp(`(?:${anyCueSource([
  "\\b(?:rang(?:e|es|ing)|var(?:y|ies|ying)) from",
  "\\b(?:benefits|applications|uses|indications|conditions|effects|results|outcomes|improvements|complaints|ailments|problems|disorders|diseases|illnesses|symptoms|risks|dangers|complications|contraindications),?\\s+(?:of\\s+(?:[\\w-]+\\s+){1,4}?)?(?:\\w+\\s+)?(?:including|includes?|such as|are|like)",
  "\\b(?:conditions|ailments|problems|disorders|complaints|issues|symptoms):",
  "\\b(?:remedy|remedies|treatment|cure|therapy) for",
  // "poses a risk of drowning, as well as heart-rhythm problems"
  "\\b(?:risks?|dangers?) of",
  "\\bin treating",
  // "no evidence that it works for gout, eczema or asthma", "effective for cramps, gout and colds"
  "\\bworks? (?:for|on|against)",
  "\\b(?:effective|useful|helpful|beneficial|efficacious) (?:for|against)",
  // what it is not shown or recommended for: "has not been shown to help asthma, eczema or anxiety", "evidence to
  // recommend it for asthma, eczema or anxiety", "no evidence for its use in gout, eczema or asthma"
  "\\bto help(?! (?:you|them|people|him|her|us|me|your|the body)\\b)",
  "\\brecommend(?:s|ed|ing)? (?:it|them|this|[\\w-]+(?: [\\w-]+)?) for",
  "\\bevidence (?:for|of) (?:its |their )?(?:use|benefit|effect|effectiveness|efficacy)s? (?:in|for|on)",
  "\\btreating",
  "\\btreat",
  "\\bsuffering from",
  "\\b(?:people|patients|those|anyone) with",
  "\\brelief (?:from|of)",
  "\\bbenefit those",
  "\\bby(?=\\s+\\w+ing\\b)",
  "\\brejuvenate",
  "\\brelieve",
  "\\brelieves",
  "\\btreats?",
  "\\bcures?",
  "\\balleviates?",
  "\\beases?",
  "\\bhelp with",
  "\\bhelps with",
  "\\bimproves?",
  "\\breduces?",
  "\\bsoothes?",
  "\\bcalms?",
  "\\bfights?",
  "\\bcombats?",
  "\\bprevents?",
  "\\bheals?",
], "i")})\\s+`, "gi");
const BRACKETED = /\([^()]*\)/g;
// how fast or cheaply an outcome comes is not its name: "improve sleep in just minutes", "clear skin for a fraction
// of the cost", "smoother skin overnight"
const HOW_FAST_OR_CHEAP = /\s+(?:in (?:just |only |as little as |under |less than )?(?:a (?:few |couple of )?|\d+ |one |two |three |four |five |six |ten |a matter of )?(?:seconds|minutes|hours|days|weeks|sessions|minute|hour|day|week|session)|for a fraction of the (?:cost|price)|overnight|in no time|instantly|immediately|fast|quickly)$/i;
/** The item without the tails that tell how fast or cheaply it comes ("sleep in just minutes for a fraction of the cost"). */
function withoutHowFast(item: string): string {
  let out = item;
  for (let m = HOW_FAST_OR_CHEAP.exec(out); m && m.index > 0; m = HOW_FAST_OR_CHEAP.exec(out)) out = out.slice(0, m.index);
  return out;
}

// ("…, better moods and sounder sleep, practitioners say": who says so is no item)
// (", experts say", ", states a drugstore chain", ", reports HealthPages.com": who said it, told after it)
const SAYS_TAG = /,\s+(?:[\w-]+\s+){0,2}(?:say|says|said|claim|claims|claimed|report|reports|believe|believes|insist|insists)\s*[.!]?$|,\s+(?:says|said|states|stated|reports|reported|writes|wrote|notes|noted|explains|explained|adds|added|according to)\s+[^,;]{1,60}$/i;
const NAMING_ITEM = /^(?:and\s+)?that(?:\s+[\p{L}-]+){1,3}$/u;
const NOT_LIMITED = /^(?:but\s+)?(?:(?:are|is)\s+)?not\s+limited\s+to\s*[:;,]?\s*/i;
const PREDICATE_RESUMES = /,\s+(?:is|are|was|were|has|have|had|can|could|may|might|will|would)\s.*$/i;
// ("…relieves back pain, despite being cheap", "…for migraine, despite reviewing the literature": a clause of
// concession or cause after the list is no item of it)
const SUBORDINATE_TAIL = /,\s+(?:despite|in spite of|although|though|even though|even if|whereas|because|since|unless|regardless of)\s.*$/i;
// (not the comma of a figure: "more than 8,000 physicians")
const ITEM_SEP = /\s*[,;]?\s+as well as\s+|\s*(?:;|(?<!\d),|,(?!\d))\s*(?:and\s+|or\s+)?|\s+(?:and|or)(?:\s*[,;])?\s+/g;
// a range's two ends are items too: "ranging from A and B to C"
const RANGE_LEAD = /^(?:rang|var)/i;
// (only a range whose ends are phrases or lists: not "from 50 to 90", "from person to person", "from mild to severe")
const RANGE_FROM = /\b(?:benefits?|effects?|results|improvements|gains|claims|uses|conditions|complaints|ailments|problems|issues|symptoms|disorders|diseases|outcomes)\s+(?:[\w-]+\s+)?(?:rang(?:e|es|ing)|var(?:y|ies|ying)) from\s+(?!\d)(?:\S+(?:,|\s+and)?\s+)+?\S+\s+to\s+\S+(?:,|\s+and)?\s+\S/i;
const RANGE_SEP = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)(?:\s*,)?\s+/g;
// a list of means ("by relaxing muscles, easing tension …"): its lead, and what each item must be (a verb in -ing
// whose next word is no verb of its own: "cupping reduces pain" is a clause)
const BY_LEAD = /^by\s/i;
const ING_ITEM = /^(?:[a-z]+ly\s+)?[a-z]+ing\b/i;
const FINITE_SECOND = new RegExp(`^\\S+\\s+(?:is|are|was|were|has|have|can|may|will|${BENEFIT_VERBS.join("|")})\\b`, "i");
// a clause led by its means: "By improving blood flow, it …"
const MEANS_LEAD = /^by\s+(?:[a-z]+ly\s+)?[a-z]+ing\b/i;
// an auxiliary: an item that holds one is a clause, not an outcome
// "from gout to insomnia" after "many ailments", "a wide range of conditions"
const RANGE_ITEM = /^from\s+(.+?)\s+to\s+(.+)$/i;
const GENERAL_ITEM = /^(?:.*\s)?(?:(?:a |an |the )?(?:wide |broad |whole |huge |large )?(?:range|variety|host|number|list|array) of |many |several |numerous |various |all (?:kinds|sorts) of |countless )(?:[\w-]+ )?(?:ailments|conditions|problems|illnesses|diseases|complaints|disorders|issues)$/i;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|can|will|would|may|might|does|do|did)\s/i;
const COUNTED_OR_DOING_IT = /^(?:(?:more than|over|about|around|nearly|almost|some|up to|at least)\s+)?\d|\b[a-z]+\s+(?:it|them)\b(?!\s+(?:to|easier|harder|possible)\b)/i;
const LIST_INTRO = /^(?:including|such as|like|especially|particularly|notably|e\.g\.)\s/i;
const ASIDE_ITEM = /^(?:most importantly|above all|in particular|particularly|especially|notably|for example|for instance|of course|in some cases|perhaps|possibly)$/i;
// "such as asthma", "and even cancer": the words that lead an item are not its name
const ITEM_LEAD = /^(?:(?:e\.g\.|i\.e\.|such as|including|like|especially|particularly|notably|even|also|possibly|perhaps|as well as)\s+)+/i;
// (at the list's end only: "back pain, knee pain and other knee disorders, hip disorders, headaches" goes on)
// ("and more" ends a list only as its last words: "and more energy" is an item)
const LIST_END = /,?\s+(?:(?:among other\w*|and other\w*|or other\w*|etc\.?)\b[^,]*|(?:or|and (?:much |many |so )?)more\b[\s.!?]*)$/i;

// "or"/"and" alone between two items (no comma)
const BARE_COORDINATOR = /^\s+(?:or|and)\s+$/i;
// a noun phrase of three words or more, with no preposition, article or figure: "clinical mental health problems"
const HEADED_PHRASE = /^(?!.*\b(?:between|during|in|on|at|for|with|from|after|before|under|over|up|of|to|the|a|an)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){2,}$/iu;
const ONE_WORD = /^[\p{L}'’-]+$/u;
// Two items joined by "and"/"or" alone are two outcomes only when they are bare noun phrases that share nothing:
// not a lone word before a longer phrase, whose head noun it shares ("joint and liver disorders", "back and neck
// pain"), not a determiner that governs both ("the frequency and severity"), not a phrase with a preposition, whose
// object the "and" extends ("tightness of the neck and lower back", "frequency and severity of colds").
const SHARED_PART = /^(?:the|a|an|its|their|your|his|her|our|this|these|those|any|all|both|more|less)\s|\s(?:of|in|on|at|to|for|with|from|around|across|between|into)\s/i;
const OUTCOME_WORD = new RegExp(`^(?:${OUTCOME_NOUNS.join("|")})$`, "i");
const TWO_OUTCOMES = (clause: string, first: Span, second: Span) => {
  const a = clause.slice(first.start, first.end), b = clause.slice(second.start, second.end);
  // (a lone outcome noun shares nothing: "improve concentration and well being" is two)
  return !(ONE_WORD.test(a) && !ONE_WORD.test(b) && !OUTCOME_WORD.test(a)) && !SHARED_PART.test(a) && !SHARED_PART.test(" " + b);
};

export interface Atom extends Span {
  /** The list item, as written. */
  item: string | null;
}

/** A clause's list as atoms: the first atom runs from the clause start to the end of the first item (so the
 * lead-in stays with it), the others are the items alone. A clause without a list is one atom. */
export function splitList(clause: string): Atom[] {
  // "benefits ranging from less pain and better moods to deeper sleep": a range's ends are items, not predicates
  if (clause.includes(" from ") && RANGE_FROM.test(clause)) {
    const range = outcomeList(clause, 0);
    if (range) return splitSlashed(clause, range);
  }
  const atoms = verbSeries(clause) ?? outcomeList(clause, 0) ?? [{ start: 0, end: clause.length, item: null }];
  return clause.includes("/") ? splitSlashed(clause, atoms) : atoms;
}

// "ease pain/tension": two outcomes written with a slash (single words, not "and/or")
const SLASHED = /^([\p{L}-]{3,})\/([\p{L}-]{3,})$/u;
const SLASH_WORD = /(?<![\p{L}-])[\p{L}-]{3,}\/[\p{L}-]{3,}$/u;

function splitSlashed(clause: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const m = a.item ? SLASHED.exec(a.item) : null;
    const words = clause.slice(a.start, a.end);
    if (!m || /^and\/or$/i.test(a.item!) || !SLASH_WORD.test(words.replace(/[.;:!?]+$/, ""))) { out.push(a); continue; }
    const slash = a.start + words.lastIndexOf("/");
    out.push({ start: a.start, end: slash, item: m[1] }, { start: slash + 1, end: a.end, item: m[2] });
  }
  return out;
}

/** The outcomes listed after a benefit word ("effective in treating gout, hip and knee disorders"), as atoms whose
 * offsets are `offset` plus their place in `clause`; null when the clause lists none. */
function outcomeList(clause: string, offset: number): Atom[] | null {
  LIST_LEAD.lastIndex = 0;
  let best: Atom[] | null = null;
  for (let m = LIST_LEAD.exec(clause); m; m = LIST_LEAD.exec(clause)) {
    let from = m.index + m[0].length;
    // "can prevent, treat and even cure colds": a lead followed by "and"/"or" is a verb sharing the next one's
    // object, not the head of a list
    if (COORDINATOR_NEXT.test(clause.slice(from, from + 4))) continue;
    let rest = clause.slice(from);
    // "Its effects are proven, consistent and lasting": what is said of the effects, not a list of them
    if (/\bare\s*$/i.test(m[0]) && EFFECTS_JUDGED.test(rest)) continue;
    // (a list in apposition ends where the main clause's verb resumes: "the clay, a remedy for acne and ulcers, is sold …")
    rest = rest.replace(PREDICATE_RESUMES, "").replace(SUBORDINATE_TAIL, "").replace(SAYS_TAG, "").replace(LIST_END, "");
    // ("include but are not limited to: A, B": the hedge on the list's length leads it in)
    const notLimited = NOT_LIMITED.exec(rest);
    if (notLimited) { rest = rest.slice(notLimited[0].length); from += notLimited[0].length; }
    const items: Span[] = [];
    // (", and, most importantly, X": the "and" before an aside's comma separates too)
    const range = RANGE_LEAD.test(m[0]);
    if (range && !RANGE_FROM.test(clause)) continue;
    const SEP = range ? RANGE_SEP : ITEM_SEP;
    SEP.lastIndex = 0;
    // "pain (including headache and arthritis)": what a bracket lists belongs to the item it follows
    const scan = rest.includes("(") ? rest.replace(BRACKETED, (all) => "(" + "x".repeat(all.length - 2) + ")") : rest;
    let at = 0;
    for (let s = SEP.exec(scan); s; s = SEP.exec(scan)) {
      items.push({ start: from + at, end: from + s.index });
      at = s.index + s[0].length;
    }
    items.push({ start: from + at, end: from + rest.length });
    // ("…, most importantly, severe pain": an aside between commas is no item)
    // ("…, and that modern craze, “cleansing”": an item in apposition names the next one, and is no item itself)
    let listed = items.filter((it, i) => it.end > it.start && !ASIDE_ITEM.test(clause.slice(it.start, it.end))
      && !(i + 1 < items.length && NAMING_ITEM.test(clause.slice(it.start, it.end))));
    // "diseases and conditions, including infections, colds and flu": the list proper starts at "including"; the
    // general nouns before it lead it in
    const including = listed.findIndex((it, i) => i > 0 && LIST_INTRO.test(clause.slice(it.start, it.end)));
    if (including > 0) listed = listed.slice(including);
    // "cure many ailments, from gout to insomnia": the range's two ends are the items, and the general noun before
    // it only leads them in
    const rangeAt = listed.findIndex((it, i) => i > 0 && RANGE_ITEM.test(clause.slice(it.start, it.end)));
    if (rangeAt > 0 && GENERAL_ITEM.test(clause.slice(listed[rangeAt - 1].start, listed[rangeAt - 1].end).trim())) {
      const it = listed[rangeAt];
      const m = RANGE_ITEM.exec(clause.slice(it.start, it.end))!;
      const to = it.start + m.index! + m[0].indexOf(" to ", m[1].length + 5);
      const from = it.start + /^from\s+/i.exec(clause.slice(it.start))![0].length;
      listed = [...listed.slice(0, rangeAt - 1), { start: from, end: to }, { start: to + 4, end: it.end }, ...listed.slice(rangeAt + 1)];
    }
    // "works by relaxing muscles, easing tension and calming nerves" lists means; "By applying cups to the back
    // and shoulders, the therapist …" leads a clause with one (every item of a list of means is a verb in -ing)
    // (not "cupping reduces pain": a noun in -ing with its own verb is a clause)
    if (BY_LEAD.test(m[0]) && !listed.every((it) => ING_ITEM.test(clause.slice(it.start, it.end)) && !FINITE_SECOND.test(clause.slice(it.start, it.end)))) continue;
    const hasComma = /,/.test(rest);
    // two items with no comma may be two outcomes: "cures back pain and migraines" (TWO_OUTCOMES)
    // (a list of means needs three items or a comma: "by blocking A and triggering B" tells how, as one claim)
    if (listed.length < 2 || (listed.length === 2 && !hasComma && (BY_LEAD.test(m[0]) || !TWO_OUTCOMES(clause, listed[0], listed[1])))) continue;
    const good = mergeCoordinatedAdjectives(clause, listed);
    if (good.length < 2) continue;
    if (good.some((it) => clause.slice(it.start, it.end).split(/\s+/).length > 9)) continue;
    // "by creating warmth and pressure that helps draw wax, dirt and debris": a relative clause inside an item
    // means the commas and "and"s belong to its phrases, not to one list
    if (good.some((it) => /\b(?:that|which|who)\s/i.test(clause.slice(it.start, it.end)))) continue;
    // "… treat infections, cupping is said to draw out disease": an item with its own finite verb is a clause
    if (good.some((it) => FINITE_VERB.test(clause.slice(it.start, it.end)))) continue;
    // "… treat back pain, and more than 8,000 physicians apply it today": an item led by a figure, or with a verb
    // taking "it" as its object, is a clause of its own
    if (good.some((it) => COUNTED_OR_DOING_IT.test(clause.slice(it.start, it.end)))) continue;
    const atoms: Atom[] = good.map((it, i) => ({
      start: offset + (i === 0 ? 0 : it.start),
      end: offset + it.end,
      item: withoutHowFast(clause.slice(it.start, it.end).replace(/\[\d+(?:[,–-]\s?\d+)*\]/g, "").replace(ITEM_LEAD, "").replace(/[.;:!?]+$/, "").trim()),
    }));
    // (on a tie the later lead wins: "treats skin conditions such as A and B" lists A and B)
    if (!best || atoms.length >= best.length) best = atoms;
  }
  return best;
}

// "the vascular and lymphatic flows": adjectives that share the next item's noun are one item with it
const LONE_ADJECTIVE = /^(?:the |a |an |its |their )?[\p{L}-]+(?:al|ic|ous|ive|ary|ar|ful|ile)$/iu;

function mergeCoordinatedAdjectives(clause: string, items: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    // "severe or clinical mental health problems": a lone word joined by "or"/"and" alone to a longer phrase shares
    // its head noun
    if (i + 1 < items.length && ONE_WORD.test(clause.slice(it.start, it.end)) && BARE_COORDINATOR.test(clause.slice(it.end, items[i + 1].start))
      && HEADED_PHRASE.test(clause.slice(items[i + 1].start, items[i + 1].end).trim())) {
      items[i + 1] = { start: it.start, end: items[i + 1].end };
      continue;
    }
    // (only before a phrase whose head it can share, or another such adjective: "colic, reflux" are two nouns)
    const next = i + 1 < items.length ? clause.slice(items[i + 1].start, items[i + 1].end) : "";
    if (next && LONE_ADJECTIVE.test(clause.slice(it.start, it.end)) && (/\s/.test(next.trim()) || LONE_ADJECTIVE.test(next))) {
      items[i + 1] = { start: it.start, end: items[i + 1].end };
      continue;
    }
    out.push(it);
  }
  return out;
}

// a benefit verb leads a predicate of a series ("…, boosts circulation", "and even cures colds"); "lower back pain"
// is a noun phrase
// (a series may also be led by verbs that are no benefit cue alone, "promotes detoxification, encourages healing", with
// their object: "improves mood, balance and coordination" lists nouns)
// words that may stand before a predicate's verb: "and even cures colds", "and to relieve cramps", "and thus restores"
const PREDICATE_LEAD_WORDS = "also|even|then|further|to|thus|hence|therefore";
const BENEFIT_VERB_LEAD = new RegExp(
  `^(?:(?:${PREDICATE_LEAD_WORDS})\\s+)?(?!lower (?:back|leg|limb|body|abdom))(?:(?:${BENEFIT_VERBS.join("|")})\\b|(?:${SERIES_ONLY_VERBS.join("|")})\\s+\\S)`,
  "i",
);
// (searched only: grouped by first letter, as anyCueSource writes them)
const BENEFIT_VERB_ANY = new RegExp(`(?:${anyCueSource([...BENEFIT_VERBS, ...SERIES_ONLY_VERBS].map((v) => `\\b${v}`), "i")})\\b`, "i");
// (a predicate's verb: a benefit verb first, "promotes" only where there is none)
const BENEFIT_VERB_ONLY = new RegExp(`(?:${anyCueSource(BENEFIT_VERBS.map((v) => `\\b${v}`), "i")})\\b`, "i");
const SERIES_ONLY_VERB_LEAD = new RegExp(
  `^(?:(?:${PREDICATE_LEAD_WORDS})\\s+)?(?:${SERIES_ONLY_VERBS.join("|")})\\s+(?:(?:and|or)\\s+(?:${SERIES_ONLY_VERBS.join("|")})\\s+)?`, "i");
// a benefit verb alone, its object shared with the next verb ("prevent, treat and cure colds", "improve or restore
// balance"); a verb of another kind ("regulate", "normalise") only before "or", where a noun of that form is rare
const BARE_BENEFIT_VERB = new RegExp(`^(?:(?:also|even)\\s+)?(?:${BENEFIT_VERBS.join("|")})$`, "i");
const BARE_OTHER_VERB = /^[a-z]{3,}(?:ate|ize|ise|ify)$/i;
const ENDS_IN_BENEFIT_VERB = new RegExp(`\\b(?:${BENEFIT_VERBS.join("|")})$`, "i");
const COORDINATOR_NEXT = /^(?:and|or)\s/i;
// what leads an item of a series and is not its object: "also", "even", the verbs, "help to", "the"
const SERIES_ITEM_LEAD = new RegExp(
  `^(?:(?:${PREDICATE_LEAD_WORDS}|so)\\s+|(?:${BENEFIT_VERBS.join("|")})\\s+(?:(?:up|out|off|away)\\s+)?(?:(?:and|or)\\s+)?|[a-z]{3,}(?:ate|ize|ise|ify)\\s+or\\s+|the\\s+)+`,
  "i",
);
const SERIES_SEP = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g;
const SERIES_MAY = /,|\s(?:and|or)\s/i;

// ("the immune system, thereby removing …": a clause of its own after a comma, not more of the object)
const CLAUSE_AFTER_COMMA = /,\s+(?:thereby|thus|hence|which|while|so that|[a-z]+ing\b)/i;
// (a head of one or two words, no adverb: "various ailments specially in …" names none)
const BEFORE_PREPOSITION = /^((?:[\p{L}'’-]+\s+)?[\p{L}'’-]+)\s+(?:in|for|with|within|without|at|by|from|during|after|before|while|when)\s/iu;
function headBeforePreposition(object: string): string | null {
  // ("the immune system, thereby removing …": what comes before a comma first)
  const after = CLAUSE_AFTER_COMMA.exec(object);
  if (after && object.slice(0, after.index).split(/\s+/).length <= 4) return object.slice(0, after.index).replace(/^the\s+/i, "");
  const m = BEFORE_PREPOSITION.exec(object);
  return m && !/\b(?:that|which|who)\b|ly$/i.test(m[1]) ? m[1] : null;
}

/** "It removes toxins, boosts circulation and relieves muscle pain": a series of predicates, each led by a benefit
 * verb with its object, is one claim per predicate, and each predicate's own list is split in turn ("reduces pain,
 * stiffness and swelling, and improves mobility" is four). Phrases between the verbs belong to the predicate before
 * them ("treat stiffness of the neck and upper back"); a verb alone shares the next one's object ("prevent, treat
 * or cure any disease" is one claim). The first atom keeps the lead-in. */
function verbSeries(clause: string): Atom[] | null {
  // (a clause without a comma, "and" or "or" has one predicate)
  if (!SERIES_MAY.test(clause)) return null;
  const parts: Array<Span & { joinedBy: string }> = [];
  let at = 0;
  let joinedBy = "";
  SERIES_SEP.lastIndex = 0;
  for (let s = SERIES_SEP.exec(clause); s; s = SERIES_SEP.exec(clause)) {
    parts.push({ start: at, end: s.index, joinedBy });
    at = s.index + s[0].length;
    joinedBy = s[0];
  }
  parts.push({ start: at, end: clause.length, joinedBy });
  if (parts.length < 2) return null;
  // group the parts into predicates: a part led by a benefit verb starts one, any other part continues the last;
  // a verb alone joins the part after it
  const groups: Array<{ start: number; end: number }> = [{ start: parts[0].start, end: parts[0].end }];
  let afterBareVerb = false;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const words = clause.slice(p.start, p.end);
    const next = parts[i + 1];
    const bare = next !== undefined && (BARE_BENEFIT_VERB.test(words) || (BARE_OTHER_VERB.test(words) && /\bor\s+$/i.test(next.joinedBy)));
    // (after a verb alone, the next part is that verb's object: "treat and cure colds")
    if (!afterBareVerb && (bare || BENEFIT_VERB_LEAD.test(words))) groups.push({ start: p.start, end: p.end });
    else groups[groups.length - 1].end = p.end;
    afterBareVerb = bare;
  }
  // "is beneficial in preventing, treating, or curing any disease": the first part's verb shares the object too
  if (groups.length > 1 && ENDS_IN_BENEFIT_VERB.test(clause.slice(groups[0].start, groups[0].end))) {
    groups[0].end = groups[1].end;
    groups.splice(1, 1);
  }
  // a lead-in without a benefit verb ("Cupping, an old practice, reduces pain …"), or one that tells the means ("By
  // improving blood flow, it reduces pain …"), is no predicate of its own
  if (groups.length > 1 && (!BENEFIT_VERB_ANY.test(clause.slice(groups[0].start, groups[0].end))
    || (groups[0].end === parts[0].end && MEANS_LEAD.test(clause.slice(groups[0].start, groups[0].end))))) {
    groups[1].start = groups[0].start;
    groups.shift();
  }
  if (groups.length < 2) return null;
  const atoms: Atom[] = [];
  for (const g of groups) {
    const words = clause.slice(g.start, g.end);
    const listed = outcomeList(words, g.start);
    if (listed) {
      atoms.push(...listed);
      continue;
    }
    // (after a means that leads the clause: "By improving blood flow, it reduces pain" acts on pain)
    const from = g === groups[0] && MEANS_LEAD.test(words) ? words.indexOf(",") + 1 : 0;
    const benefitAt = words.slice(from).search(BENEFIT_VERB_ONLY);
    const found = benefitAt >= 0 ? benefitAt : words.slice(from).search(BENEFIT_VERB_ANY);
    const verbAt = found < 0 ? -1 : from + found;
    // the item is what the verb acts on ("toxins", "circulation"), as for an outcome list
    // (a group without a verb of the series has no object to name: the claim's own facet stands)
    const object = verbAt < 0 ? "" : withoutHowFast(words.slice(verbAt).replace(SERIES_ONLY_VERB_LEAD, "").replace(SERIES_ITEM_LEAD, "").replace(/[.;:!?]+$/, "").trim());
    // (an object of many words names its outcome before its first preposition, "sleep in just minutes for a fraction of
    // the cost" is sleep; one with no such head, "healing technique that has been used …", names none)
    atoms.push({ start: g.start, end: g.end, item: object && object.split(/\s+/).length <= 8 && !CLAUSE_AFTER_COMMA.test(object) ? object : headBeforePreposition(object) });
  }
  atoms[0].start = 0;
  return atoms;
}
