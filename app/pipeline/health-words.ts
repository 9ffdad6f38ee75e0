// Complaints and body parts named in a clause, by a dictionary's word lists (lexicon/health-words.ts, read from
// WordNet) rather than the hand-made outcome list: "mitigates menstrual cramps", "staves off chilblains", "strengthens
// the kidneys". The hand list (OUTCOME_NOUNS) is read first everywhere; these lists answer where it names nothing.
import { AT_RISK_PERSON_NOUNS, AVOIDING_VERB_FORMS, BETTERING_VERB_FORMS, BODY_PART_NOUNS, CAUSING_VERB_FORMS, COMPLAINT_NOUNS, ENDANGERING_VERB_FORMS,
  FORBIDDING_VERB_FORMS, GIVING_VERB_FORMS, HARM_VERB_FORMS, NOT_TRADE_PERSON_NOUNS, OCCUPATION_NOUNS, ORIGIN_VERB_FORMS, PROVIDING_VERB_FORMS, RELIEF_VERB_FORMS,
  UNWISE_ADJECTIVES, WARNING_VERB_FORMS } from "./lexicon/health-words";
import { FITNESS_STEMS, HARM_VERBS, NEGATING_PREFIXES, NOT_RELIEF_VERBS } from "./lexicon/cues";

export type HealthWordKind = "complaint" | "body part";
/** A complaint or body part named in a text: its noun phrase (with the words that qualify it, "menstrual cramps") and
 * where it stands. */
export interface HealthPhrase { kind: HealthWordKind; text: string; start: number; end: number }

const COMPLAINTS = new Set(COMPLAINT_NOUNS);
const BODY_PARTS = new Set(BODY_PART_NOUNS);
const RELIEF = new Set(RELIEF_VERB_FORMS);
const BETTERING = new Set(BETTERING_VERB_FORMS);
// the first words of the verbs, looked up before any verb of several words is spelt out
const VERB_FIRST_WORDS = new Set([...RELIEF_VERB_FORMS, ...BETTERING_VERB_FORMS].map((v) => v.split(" ")[0]));
// the most words an entry is looked up with (the lists' few longer entries are named by a shorter one too)
const MAX_WORDS = 4;

interface Word { lower: string; start: number; end: number }
const WORD = /[\p{L}][\p{L}'’-]*/gu;
// (the readings below each split the same clause into words, one after another: the last split is kept)
let lastText: string | null = null;
let lastWords: Word[] = [];
function wordsOf(text: string): Word[] {
  if (text === lastText) return lastWords;
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ lower: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  lastText = text;
  lastWords = out;
  return out;
}

/** The singular forms a plural noun may have ("cramps", "bruises", "allergies", "teeth"): the word itself first. */
function singulars(w: string): string[] {
  const out = [w];
  if (w.endsWith("ies")) out.push(w.slice(0, -3) + "y");
  if (w.endsWith("es")) out.push(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss")) out.push(w.slice(0, -1));
  if (w.endsWith("ae")) out.push(w.slice(0, -1));
  if (w.endsWith("i") && w.length > 4) out.push(w.slice(0, -1) + "us");
  if (w === "teeth") out.push("tooth");
  if (w === "feet") out.push("foot");
  return out;
}

// a complaint by the form of its name, where the dictionary files it elsewhere or not at all: the suffixes of medical
// names of inflammations, diseased states, pains and growths ("pruritus" is filed as a sensation, "hyperhidrosis" as a
// process) and the prefixes of too much, too little and faulty working ("hyperacusis", "dysphagia")
// (not the words of method and thought that share the forms: "diagnosis", "hypnosis", "osmosis", "dystopia", "hypothesis")
const NOT_COMPLAINT_FORMS = new Set(["diagnosis", "prognosis", "osmosis", "symbiosis", "hypnosis", "apotheosis", "metamorphosis",
  "mitosis", "meiosis", "dystopia", "hypothesis", "hypotheses"]);
// the forms' ends and starts, found first (a literal scan), then the word around each read whole
const COMPLAINT_FORM_MARK = /(?:itis|osis|iasis|algia|aemia|emia|rrhoea|rrhea|plegia|phobia|ectasis|penia|cytosis|ritus|uria|oedema|edema|ptosis|spasm)\b|\b(?:hyper|hypo|dys)(?=[a-z])/gi;
const COMPLAINT_FORM = /^(?:[a-z]{3,}(?:itis|osis|iasis|algia|aemia|emia|rrhoea|rrhea|plegia|phobia|ectasis|penia|cytosis|ritus|uria|oedema|edema|ptosis|spasm)|(?:hyper|hypo|dys)[a-z]*(?:ia|sis|ism|tension|function))$/;
const isComplaintForm = (w: string): boolean => COMPLAINT_FORM.test(w) && !NOT_COMPLAINT_FORMS.has(w);
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Whether a text names a complaint by the form of its name ("pruritus", "hyperacusis"): such words open no gate of
 * their own (the gates read a word's start, these are known by their end). */
export function namesComplaintByForm(text: string): boolean {
  COMPLAINT_FORM_MARK.lastIndex = 0;
  for (let m = COMPLAINT_FORM_MARK.exec(text); m; m = COMPLAINT_FORM_MARK.exec(text)) {
    let s = m.index, e = m.index + m[0].length;
    while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    if (isComplaintForm(text.slice(s, e).toLowerCase())) return true;
    COMPLAINT_FORM_MARK.lastIndex = Math.max(COMPLAINT_FORM_MARK.lastIndex, e);
  }
  return false;
}

/** words[i .. i + n), lower case, joined by spaces: how the lists write an entry of several words. */
const spell = (words: Word[], i: number, n: number): string => words.slice(i, i + n).map((w) => w.lower).join(" ");

/** The kind of the entry that words[i .. i + n) spell (the last word may be plural), or null. */
function entryKind(words: Word[], i: number, n: number): HealthWordKind | null {
  const lead = spell(words, i, n - 1);
  const word = words[i + n - 1].lower;
  // (a hyphen the dictionary does not write: "light-headedness", "short-sightedness")
  const forms = word.includes("-") ? [...singulars(word), ...singulars(word.replace(/-/g, ""))] : singulars(word);
  for (const last of forms) {
    const key = lead ? `${lead} ${last}` : last;
    if (COMPLAINTS.has(key)) return "complaint";
    if (BODY_PARTS.has(key)) return "body part";
  }
  if (n === 1 && isComplaintForm(words[i].lower)) return "complaint";
  return null;
}

/** Whether the dictionary knows `word` (one word, any case, plural or hyphenated) as a complaint: "Overheating" leads a
 * clause about a harm, not about another thing. */
export function isComplaintWord(word: string): boolean {
  const w = word.toLowerCase();
  return [...singulars(w), ...(w.includes("-") ? singulars(w.replace(/-/g, "")) : [])].some((f) => COMPLAINTS.has(f)) || isComplaintForm(w);
}

// what may follow the head of a noun phrase: nothing, punctuation, or a word that does not go on with the noun
// ("eases gout in the elderly", "soothes chilblains and chapped hands"); not another noun ("soothes the throat lozenge")
// (an adverb ends it too: "vanquishes sunburn overnight", "toughens the nails considerably")
const PHRASE_END = /^\s*(?:$|[,.;:!?)\]"”]|(?:in|of|for|by|with|to|through|and|or|but|while|leaving|without|so|which|that|who|when|after|before|during|within|from|because|as|at|on|over|into|than|more|better|faster|too|also|fast|overnight|again|forever|altogether|now|today|soon|among|amongst|across|around|throughout|like|such|including|especially|via|per|where|whereas|if|unless|until|since|though|although|whether|caused|brought|linked|associated|related|due|\p{L}{2,}ly|is|are|was|were|should|must|ought|can|cannot|could|may|might|need|needs|have|has|had|will|would|do|does|did)\b)/iu;
// words that may stand between a verb and its object's head: articles, possessives and modifiers, not words that end
// the object or begin another ("relieves it in gout": "it" is the object)
const NOT_IN_OBJECT = new Set(["it", "them", "you", "me", "us", "him", "her", "this", "that", "these", "those", "which", "who",
  "and", "or", "but", "not", "no", "in", "of", "for", "by", "with", "to", "through", "from", "on", "at", "as", "into", "over",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "may", "will", "would", "could", "should",
  "might", "than", "if", "when", "while", "because", "people", "patients", "clients", "users"]);
// articles and possessives, left out of the phrase's text
const DETERMINER = new Set(["the", "a", "an", "your", "their", "its", "his", "her", "our", "my", "one's", "any", "some", "all", "both",
  "either", "many", "most", "several", "such"]);

/** The complaint or body part whose noun phrase begins at words[from] (after at most `gap` modifier words), or null. */
function phraseFrom(text: string, words: Word[], from: number, gap: number, kinds: readonly HealthWordKind[]): HealthPhrase | null {
  let lead = from;
  while (lead < words.length && DETERMINER.has(words[lead].lower)) lead++;
  for (let i = lead; i < words.length && i <= lead + gap; i++) {
    if (NOT_IN_OBJECT.has(words[i].lower)) return null;
    // (between words, only spaces and hyphens: a comma or a bracket ends the object)
    if (i > lead && /[^\s-]/.test(text.slice(words[i - 1].end, words[i].start))) return null;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const kind = entryKind(words, i, n);
      if (kind === null || !kinds.includes(kind)) continue;
      const end = words[i + n - 1].end;
      if (!PHRASE_END.test(text.slice(end))) continue;
      const start = words[lead].start;
      return { kind, text: text.slice(start, end).toLowerCase().replace(/\s+/g, " "), start, end };
    }
  }
  return null;
}

/** A complaint or body part acted on, and where its verb starts. */
export interface ActedOn extends HealthPhrase { verbStart: number }

/** The first verb of relief ("mitigates", "staves off") acting on a named complaint, or of bettering ("strengthens",
 * "tones") acting on a body part, within three words after the verb: the complaint or part. Null when there is none. */
export function healthObject(text: string): ActedOn | null {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    if (!VERB_FIRST_WORDS.has(words[i].lower)) continue;
    // a verb of one to three words ("wards off", "gets rid of")
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const verb = spell(words, i, n);
      const relief = RELIEF.has(verb), bettering = BETTERING.has(verb);
      if (!relief && !bettering) continue;
      const kinds: HealthWordKind[] = relief && bettering ? ["complaint", "body part"] : relief ? ["complaint"] : ["body part"];
      const found = phraseFrom(text, words, i + n, 2, kinds);
      if (found) return { ...found, verbStart: words[i].start };
      break;
    }
  }
  return null;
}

/** The first complaint a text names as a noun phrase's head, outside the spans in `skip` (the subject's own name), or
 * null. (Not a body part: a part named anywhere is as often where the treatment is given, "presses the feet", as what
 * it betters.) */
export function firstComplaint(text: string, skip: ReadonlyArray<readonly [number, number]> = []): HealthPhrase | null {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    if (skip.some(([s, e]) => words[i].start >= s && words[i].start < e)) continue;
    // (a word in "-ing" named anywhere is as often a verb as the complaint: "who, suffering from …", "bleeding it")
    if (words[i].lower.endsWith("ing")) continue;
    const found = phraseFrom(text, words, i, 0, ["complaint"]);
    if (found && !skip.some(([s, e]) => found.start < e && found.end > s)) return found;
  }
  return null;
}

// people named by a complaint they have or had: "anyone with glaucoma", "those who suffer from gout", "children prone
// to croup", "anyone recovering from pleurisy", "patients with a history of gout"
const PEOPLE_WITH = /\b(?:anyone|anybody|everyone|people|persons?|patients?|clients?|customers|users|those|children|kids|infants|babies|women|men|adults|individuals|sufferers|someone|mothers|athletes)\s+(?:who\s+(?:have|has|had|suffer\s+from|suffers\s+from|are\s+(?:prone|liable|susceptible)\s+to|are\s+recovering\s+from)|(?:with\s+)?a\s+history\s+of|with|suffering\s+from|recovering\s+from|(?:prone|liable|susceptible)\s+to|affected\s+by|diagnosed\s+with|living\s+with)\s+/giu;

/** The complaint that names the people a text speaks of ("anyone with glaucoma": glaucoma), or null. */
export function complaintOfPeople(text: string): HealthPhrase | null {
  PEOPLE_WITH.lastIndex = 0;
  const words = wordsOf(text);
  for (let m = PEOPLE_WITH.exec(text); m; m = PEOPLE_WITH.exec(text)) {
    const after = m.index + m[0].length;
    const from = words.findIndex((w) => w.start >= after);
    if (from < 0) return null;
    const found = phraseFrom(text, words, from, 2, ["complaint"]);
    if (found) return found;
  }
  return null;
}

// words between the treatment and its verb that name no other doer: modals, hedges, adverbs ("is believed to", "may",
// "reportedly", ", which")
const BETWEEN_DOER_AND_VERB = new Set(["is", "are", "was", "were", "be", "been", "believed", "said", "thought", "claimed", "reported",
  "supposed", "alleged", "purported", "known", "meant", "to", "may", "might", "can", "could", "will", "would", "does", "do", "did",
  "also", "even", "often", "really", "actually", "both", "further", "which", "that", "indeed", "apparently", "supposedly",
  "seems", "seem", "appears", "appear", "helps", "help", "able", "not", "only", "first"]);
const PARTICLE = new Set(["in", "off", "out", "up", "down", "away", "back"]);
const RID_PEOPLE = new Set(["people", "patients", "clients", "sufferers", "users", "you", "them", "us", "him", "her", "children", "adults", "women", "men"]);
const RID_OF = new Set(["from", "of"]);
// (a relative clause, or a source told in passing: "X, which is sold at spas, …", "X, the studio's website explains, …")
const RELATIVE_ASIDE = /^[^,]{0,3},\s*(?:(?:which|who|that)\s+[^,;]{3,80}|(?:[\p{L}'’-]+\s+){1,6}(?:explains?|says?|said|claims?|notes?|insists?|writes?|wrote|reports?|reported|argues?|adds?|added|suggests?|suggested))\s*,/u;
// (the dictionary's verbs of bringing on, and the first word of those told with a particle: "brings on", "sets off",
// "stirs up", not "calls" of "call forth"; and the verbs of making, causing or fostering by their place in it: "begets",
// "fosters")
const HARM_PARTICLES = /^\S+ (?:on|off|up|out|in|down|away|back)$/;
const HARM = new Set([...HARM_VERBS, ...HARM_VERB_FORMS.filter((v) => !v.includes(" ") || HARM_PARTICLES.test(v)).map((v) => v.split(" ")[0]),
  ...CAUSING_VERB_FORMS]);
const NOT_RELIEF = new Set([...NOT_RELIEF_VERBS, ...HARM]);
// verbs that bring a complaint on with their preposition: "leads to", "resulted in", "contributes to"
const LEADS_TO = new Map([...["lead", "leads", "led", "leading", "contribute", "contributes", "contributed"].map((v) => [v, "to"] as const),
  ...["result", "results", "resulted", "resulting"].map((v) => [v, "in"] as const)]);
const LOWER_WORD = /^[a-z][a-z-]{2,}$/;

/** Whether the text holds a verb that brings a complaint on ("triggers", "leads to"): actsOnComplaint with `harm`
 * reads nothing without one. */
export function hasHarmVerb(text: string): boolean {
  return wordsOf(text).some((w) => HARM.has(w.lower) || LEADS_TO.has(w.lower));
}

/** The treatment acting on a complaint the dictionary knows, whatever its verb: "<it> quashes sneezing", "<it>, which
 * routs pimples", "<it> is believed to rein in bronchitis". `doerEnds`: where a mention of the treatment (its name, or a
 * word standing for it) ends. Not a verb that brings on, worsens, detects or only names the complaint ("causes gout",
 * "mimics gout"): NOT_RELIEF_VERBS. With `harm`, only the verbs that bring a complaint on (HARM_VERBS). */
export function actsOnComplaint(text: string, doerEnds: readonly number[], harm = false): HealthPhrase | null {
  if (doerEnds.length === 0) return null;
  const words = wordsOf(text);
  for (const end of doerEnds) {
    // the first word after the doer's (whose word may go on past the match: "reflexolog" + "y")
    const first = words.findIndex((w) => w.start >= end);
    if (first < 0) continue;
    const doerEnd = first > 0 ? Math.max(end, words[first - 1].end) : end;
    // read from there, and past a relative clause between commas, which may say something else of it ("X, which is offered
    // at spas, obliterates styes") or be the claim itself ("X, which routs pimples, is sold in salons")
    const starts = [first];
    const aside = RELATIVE_ASIDE.exec(text.slice(doerEnd));
    if (aside) starts.push(words.findIndex((w) => w.start >= doerEnd + aside[0].length));
    for (let i of starts) {
      if (i < 0) continue;
      let skipped = 0;
      while (i < words.length && skipped < 6 && (BETWEEN_DOER_AND_VERB.has(words[i].lower) || /^\p{L}{3,}ly$/u.test(words[i].lower))) { i++; skipped++; }
      if (i >= words.length - 1) continue;
      const verb = words[i];
      if (!LOWER_WORD.test(text.slice(verb.start, verb.end)) || NOT_IN_OBJECT.has(verb.lower) || DETERMINER.has(verb.lower)) continue;
      // (with `harm`, the verbs that bring a complaint on: "can trigger asthma", "may lead to heat exhaustion")
      const preposition = harm ? LEADS_TO.get(verb.lower) : undefined;
      if (preposition !== undefined && words[i + 1]?.lower !== preposition) continue;
      if (preposition === undefined && (harm ? !HARM.has(verb.lower) : NOT_RELIEF.has(verb.lower))) continue;
      let next = i + 1;
      if (preposition !== undefined) next++;
      else if (PARTICLE.has(words[next]?.lower ?? "")) next++;
      // (the people rid of it between: "liberates people from agoraphobia", "frees sufferers of gout")
      else if (RID_PEOPLE.has(words[next]?.lower ?? "") && RID_OF.has(words[next + 1]?.lower ?? "")) next += 2;
      const found = next < words.length ? phraseFrom(text, words, next, 2, ["complaint"]) : null;
      if (found) return found;
    }
  }
  return null;
}

// a complaint, then a passive verb done by something: "Seasickness is thwarted by <the treatment>"
// (the treatment may come as a dose of it: "by a short bout of <it>", "by weekly sessions of <it>")
const PASSIVE_BY = /\s(?:is|are|was|were|gets|get|got|(?:can|may|could|might|will) be)\s+(?:\p{L}+ly\s+)?([a-z]+(?:ed|en))\s+(?:[\p{L}-]+\s+){0,3}?by\s+(?:(?:the|a|an|regular|weekly|daily|gentle|repeated)\s+)?(?:(?:[\p{L}-]+\s+){0,2}?of\s+)?$/u;

/** The complaint a passive verb names as done to by the treatment that starts at `doerStart`: "Seasickness (on long
 * flights) is thwarted by <it>" (not "is caused by"): the first complaint of the words before the verb. */
export function complaintDoneBy(text: string, doerStart: number): HealthPhrase | null {
  const from = Math.max(0, doerStart - 160);
  const m = PASSIVE_BY.exec(text.slice(from, doerStart));
  if (m === null || NOT_RELIEF.has(m[1].toLowerCase())) return null;
  // (from the clause's start, or the last comma or semicolon before the verb)
  const before = text.slice(0, from + m.index);
  const lead = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const found = firstComplaint(before.slice(lead));
  return found ? { ...found, start: found.start + lead, end: found.end + lead } : null;
}

const ORIGIN_VERBS = new Set(ORIGIN_VERB_FORMS);
const ORIGIN_FIRST_WORDS = new Set(ORIGIN_VERB_FORMS.map((v) => v.split(" ")[0]));

// the pronouns a verb of two words takes between them ("whipped it up", "dreamt them up")
const SPLIT_BY = new Set(["it", "them", "this"]);

/** Where the first of the dictionary's verbs of bringing something into being stands ("was hatched", "concocted",
 * "masterminded", "whipped it up"), or -1. */
export function originVerbAt(text: string): number {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    if (!ORIGIN_FIRST_WORDS.has(words[i].lower)) continue;
    for (let n = Math.min(2, words.length - i); n >= 1; n--) {
      if (ORIGIN_VERBS.has(spell(words, i, n))) return words[i].start;
    }
    if (i + 2 < words.length && SPLIT_BY.has(words[i + 1].lower) && ORIGIN_VERBS.has(`${words[i].lower} ${words[i + 2].lower}`)) return words[i].start;
  }
  return -1;
}

const OCCUPATIONS = new Set(OCCUPATION_NOUNS);
// (the hand-picked verbs of giving, using, selling and practising, and those a dictionary files under possession or contact)
const PROVIDING = new Set([...PROVIDING_VERB_FORMS, ...GIVING_VERB_FORMS]);
const PROVIDING_FIRST_WORDS = new Set([...PROVIDING].map((v) => v.split(" ")[0]));
// the words that stand for the treatment as what is given ("wield it", "furnish the technique")
const TREATMENT_OBJECT = new Set(["it", "this", "them", "these", "treatment", "treatments", "therapy", "therapies", "technique",
  "techniques", "method", "methods", "practice", "procedure", "procedures", "routine", "remedy", "remedies", "service", "services",
  "session", "sessions"]);
const OBJECT_LEAD = new Set(["to", "on", "with", "out", "up", "the", "this", "that", "these", "its", "their", "such", "a"]);
// how far after the counted people their verb may stand ("More than 400 vets across Bavaria now wield it")
const VERB_WITHIN = 8;
const PASSIVE_AUXILIARY = new Set(["is", "are", "was", "were", "be", "been", "being", "gets", "get", "got"]);
const RELATIVE_BEFORE = /\b(?:which|that)\s+(?:[a-z]+\s+){0,2}$/i;

/** Whether a plural noun names people of a trade or profession ("farriers", "hairdressers", "caretakers"). */
export function isOccupation(noun: string): boolean {
  return OCCUPATIONS.has(noun);
}

const NOT_TRADES = new Set(NOT_TRADE_PERSON_NOUNS);
/** Whether a noun that ends as practitioners' names do names people of no trade ("motorists", "pensioners"). */
export function namesNoTrade(noun: string): boolean {
  return NOT_TRADES.has(noun);
}

/** The dictionary's verb of giving, using, selling or practising among `words` from `from` (at most VERB_WITHIN on): its
 * index and how many words it takes, or null. */
function providingVerb(words: Word[], from: number): { at: number; n: number } | null {
  for (let i = from; i < Math.min(words.length, from + VERB_WITHIN); i++) {
    if (!PROVIDING_FIRST_WORDS.has(words[i].lower)) continue;
    for (let n = Math.min(2, words.length - i); n >= 1; n--) if (PROVIDING.has(spell(words, i, n))) return { at: i, n };
    // ("dole it out": the verb's two words with the treatment between, read as the verb and then its object)
    if (i + 2 < words.length && SPLIT_BY.has(words[i + 1].lower) && PROVIDING.has(`${words[i].lower} ${words[i + 2].lower}`)) return { at: i, n: 1 };
  }
  return null;
}

/** Whether the people or places counted at [countStart, countEnd) of `text` (the figure; their noun follows it, unless
 * `nounFollows` is false: "hospitals (over 800)") are told as giving the treatment, by a dictionary verb of giving, using
 * on others, selling or practising: "More than 400 vets across Bavaria now wield it", "it is plied by some 300 matrons",
 * "the technique, which over 650 farriers now deploy, …". The treatment is what is given: "it" or a word for it, the
 * subject's name (`subject`), or the relative pronoun before the count. */
export function countedGiveIt(text: string, countStart: number, countEnd: number, subject: RegExp | null, nounFollows = true): boolean {
  const before = text.slice(Math.max(0, countStart - 40), countStart);
  const words = wordsOf(text);
  // the people after "by" (the count's own qualifier, "some", "more than", may stand between): "plied by some 300
  // matrons", or a passive verb a few words before its "by", "is lavished on weary passers-by by about 150 greengrocers"
  const by = words.findLastIndex((w) => w.end <= countStart && w.lower === "by");
  if (by >= 1 && countStart - words[by].end <= 20) {
    if (PROVIDING.has(words[by - 1].lower)) return true;
    for (let i = by - 2; i >= Math.max(1, by - 6); i--) if (PROVIDING.has(words[i].lower) && PASSIVE_AUXILIARY.has(words[i - 1].lower)) return true;
  }
  // (the first word after the figure is the counted noun, unless it came before: "hospitals (over 800)")
  const first = words.findIndex((w) => w.start >= countEnd) + (nounFollows ? 1 : 0);
  if (first < (nounFollows ? 1 : 0)) return false;
  const verb = providingVerb(words, first);
  if (verb === null) return false;
  if (RELATIVE_BEFORE.test(before)) return true;
  for (let i = verb.at + verb.n; i < Math.min(words.length, verb.at + verb.n + 3); i++) {
    if (TREATMENT_OBJECT.has(words[i].lower) || (subject !== null && text.slice(words[i].start).search(subject) === 0)) return true;
    if (!OBJECT_LEAD.has(words[i].lower)) return false;
  }
  return false;
}

const AT_RISK = new Set(AT_RISK_PERSON_NOUNS);
const AVOIDING = new Set(AVOIDING_VERB_FORMS);
const WARNING = new Set(WARNING_VERB_FORMS);
const FORBIDDING = new Set(FORBIDDING_VERB_FORMS);
const ENDANGERING = new Set(ENDANGERING_VERB_FORMS);
const UNWISE = new Set(UNWISE_ADJECTIVES);
// a word of fitness or safety negated by its prefix: "unsuited", "inadvisable", "irresponsible", "impermissible"
const NEGATED_FITNESS = new RegExp(`^(?:${NEGATING_PREFIXES.join("|")})(?:${FITNESS_STEMS.join("|")})`);
const unwiseWord = (w: string) => UNWISE.has(w) || NEGATED_FITNESS.test(w);
const NEGATION = /^(?:not|never|hardly|scarcely|no|neither|nor)$|n['’]t$/;
const isWarningVerb = (v: string) => AVOIDING.has(v) || WARNING.has(v) || FORBIDDING.has(v) || ENDANGERING.has(v);
const WARNED_OFF_FIRST_WORDS = new Set([...AVOIDING_VERB_FORMS, ...WARNING_VERB_FORMS, ...FORBIDDING_VERB_FORMS, ...ENDANGERING_VERB_FORMS]
  .map((v) => v.split(" ")[0]));
// people a warning names in everyday words, besides the dictionary's ("diabetics", "toddlers"): who they are, or the
// word that says what state they are in ("pregnant women", "anyone with …", "those on blood thinners")
const PEOPLE_WORDS = new Set(["people", "persons", "anyone", "anybody", "those", "patients", "women", "men", "mothers", "children",
  "kids", "infants", "babies", "newborns", "toddlers", "adults", "teens", "teenagers", "seniors", "elderly", "pensioners",
  "sufferers", "individuals", "clients", "pregnant", "expectant", "breastfeeding", "nursing"]);
// what may stand between a verb of keeping away and the treatment: "steer clear of it", "abstain from the sessions"
const BEFORE_TREATMENT = new Set(["of", "from", "away", "clear", "the", "this", "these", "such", "any", "all", "a", "an"]);

const namesPeople = (words: Word[], from: number, to: number): boolean =>
  words.slice(from, to).some((w) => PEOPLE_WORDS.has(w.lower) || AT_RISK.has(w.lower));

/** Whether words[at ..] (after at most three of BEFORE_TREATMENT, or one verb in "-ing": "against booking a session")
 * name the treatment: "it", a word for it, its name. */
function treatmentAt(text: string, words: Word[], at: number, subject: RegExp | null): boolean {
  let gerund = false;
  for (let i = at; i < Math.min(words.length, at + 4); i++) {
    if (TREATMENT_OBJECT.has(words[i].lower) || (subject !== null && text.slice(words[i].start).search(subject) === 0)) return true;
    if (!gerund && i === at && /^[a-z]{3,}ing$/.test(words[i].lower)) { gerund = true; continue; }
    if (!BEFORE_TREATMENT.has(words[i].lower)) return false;
  }
  return false;
}

/** Whether the treatment is named before words[end] (see treatmentAt). */
function treatmentBefore(text: string, words: Word[], end: number, subject: RegExp | null): boolean {
  for (let k = 0; k < end; k++) if (treatmentAt(text, words, k, subject)) return true;
  return false;
}

/** Where "for" (or "to") + people follows words[from] within a few words ("vetoed it for octogenarians", "inimical to
 * anyone on anticoagulants"): the index of the preposition, or -1. */
function forPeople(text: string, words: Word[], from: number): number {
  const at = words.slice(from, from + 5).findIndex((w) => w.lower === "for" || w.lower === "to");
  if (at < 0) return -1;
  const start = from + at + 1;
  return namesPeople(words, start, start + 4) || (start < words.length && complaintOfPeople(text.slice(words[from + at].start)) !== null) ? from + at : -1;
}

/** "It would be foolhardy for lactating women to try it", "deemed impermissible for anyone undergoing radiotherapy": an
 * adjective of unwisdom or risk for people, said of the treatment ("It is unwise for diabetics to eat sugar" is not: what
 * they would do is something else). */
function unwiseFor(text: string, words: Word[], subject: RegExp | null): boolean {
  for (let i = 0; i < words.length; i++) {
    const prep = unwiseWord(words[i].lower) ? forPeople(text, words, i + 1) : -1;
    // ("not inappropriate for seniors": a reassurance)
    if (prep < 0 || words.slice(Math.max(0, i - 2), i).some((w) => NEGATION.test(w.lower))) continue;
    // "… for them to <verb> X": X must be the treatment
    const to = words.slice(prep + 2, prep + 10).findIndex((w) => w.lower === "to");
    if (to >= 0) return treatmentAt(text, words, prep + 2 + to + 2, subject);
    return treatmentBefore(text, words, i, subject);
  }
  return false;
}

/** Whether people named by an illness, their age or their state are told to keep away from the treatment, warned off it,
 * forbidden it or put in danger by it, by a dictionary verb or adjective: "Diabetics are urged to shun it", "anyone
 * recovering from pleurisy should forgo the sessions", "it is best eschewed by toddlers", "epileptics are cautioned against
 * it", "vetoed it for octogenarians", "can imperil those with porphyria", "foolhardy for lactating women to try it" (not
 * "avoid coffee before a session": what they keep away from is not the treatment). */
export function warnedOffIt(text: string, subject: RegExp | null): boolean {
  const words = wordsOf(text);
  if (unwiseFor(text, words, subject)) return true;
  for (let i = 0; i < words.length; i++) {
    if (!WARNED_OFF_FIRST_WORDS.has(words[i].lower)) continue;
    let n = Math.min(3, words.length - i);
    while (n >= 1 && !isWarningVerb(spell(words, i, n))) n--;
    if (n === 0) continue;
    const verb = spell(words, i, n);
    const after = i + n;
    // ("need not avoid it", "is not forbidden for children": the warning denied)
    if (words.slice(Math.max(0, i - 2), i).some((w) => NEGATION.test(w.lower))) continue;
    // (the people named before the verb: read last, as the dearest test)
    const peopleBefore = (): boolean => namesPeople(words, 0, i) || complaintOfPeople(text.slice(0, words[i].start)) !== null;
    if (FORBIDDING.has(verb)) {
      // "Geriatricians have vetoed it for octogenarians", "it is proscribed for anyone with grommets", "barred from it"
      if ((treatmentAt(text, words, after, subject) || treatmentBefore(text, words, i, subject)) && forPeople(text, words, after) >= 0) return true;
      if (words[after]?.lower === "from" && treatmentAt(text, words, after + 1, subject) && peopleBefore()) return true;
      continue;
    }
    if (ENDANGERING.has(verb)) {
      // "it may jeopardise the health of anyone fitted with stents", "can imperil those with porphyria"
      if (treatmentBefore(text, words, i, subject) && (namesPeople(words, after, after + 6) || complaintOfPeople(text.slice(words[after]?.start ?? text.length)) !== null)) return true;
      continue;
    }
    if (AVOIDING.has(verb)) {
      // "it is best eschewed by toddlers": the people after "by", the treatment before
      if (words[after]?.lower === "by" && namesPeople(words, after + 1, after + 4) && treatmentBefore(text, words, i, subject)) return true;
      if (treatmentAt(text, words, after, subject) && peopleBefore()) return true;
    } else {
      // "epileptics are cautioned against it", "doctors counsel diabetics against the therapy"
      const against = words.slice(after, after + 4).findIndex((w) => w.lower === "against");
      if (against >= 0 && treatmentAt(text, words, after + against + 1, subject) && (namesPeople(words, after, after + against) || peopleBefore())) return true;
    }
  }
  return false;
}
