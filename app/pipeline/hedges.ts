// Hedge cues of a clause. Distancing cues ("is said to", "allegedly") and epistemic modals ("may", "might",
// "could") make the claim hedged; "can" (ability) and other weak cues are recorded but leave it unhedged.
import { DISTANCING_HEDGES, MODAL_HEDGES, PEOPLE_GROUP, REPORTING_HEDGES, WEAK_HEDGES } from "./lexicon/hedges";
import { makeGates, wordsOf } from "./gate";
import { TRIGGERS } from "./lexicon/triggers";

const GATES = makeGates({ hedge: TRIGGERS.hedge, weak: TRIGGERS.weakHedge });

/** Cues as one pattern: any of the words as written, not inside a longer word. The cues share the guards on either
 * side ("(?<![\\w-])(?:a|b)(?![\\w-])", not one pair per cue), and are grouped by first letter, longest first within a
 * letter: the same matches, with the same cue winning at each place (only one letter's group can match there), but
 * the lookbehind is tested once per place and the other letters are ruled out at once. */
const escapeCue = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function scanner(cues: readonly string[], flags = "gi"): RegExp {
  const byLetter = new Map<string, string[]>();
  for (const c of [...cues].sort((x, y) => y.length - x.length)) {
    const first = c[0].toLowerCase();
    byLetter.set(first, [...(byLetter.get(first) ?? []), escapeCue(c.slice(1))]);
  }
  const groups = [...byLetter].map(([first, rests]) => `${escapeCue(first)}(?:${rests.join("|")})`);
  return new RegExp(`(?<![\\w-])(?:${groups.join("|")})(?![\\w-])`, flags);
}
const SCAN_DISTANCING = scanner(DISTANCING_HEDGES);
const SCAN_WEAK = scanner(WEAK_HEDGES);
const DIST_LOOKUP = new Map(DISTANCING_HEDGES.map((c) => [c, c]));
const WEAK_LOOKUP = new Map(WEAK_HEDGES.map((c) => [c, c]));
const COULD_NOT = /\bcould(?:\s+not|n['’]t)\b/gi;
const YOU_SUPPOSED = /\byou(?:['’]re| are) supposed to\b/gi;
// "Despite what you may have read online, …", "You might think it would hurt": the modal is the reader's reading or
// thinking, not a doubt the writer casts on the claim
export const READER_MODAL = /\byou\s+(?:may|might|could)\s+(?:well\s+|also\s+)?((?:have\s+)?(?:read|heard|hear|been told|be told|think|thought|wonder|come across|seen (?:online|on social media|in (?:ads|adverts|advertisements|magazines))))\b/gi;
// one alternation of the reporting cues: whether any occurs is one pass over the clause
const REPORTING = scanner(REPORTING_HEDGES, "i");
// attribution to a named person or to a group of practitioners: "Smith believed that …", "herbalists claim “…”"
const ATTRIBUTION = /(?:^|[\s,;(])(?:[A-Z][\p{Ll}'’-]+|\p{Ll}+(?:ists|ians|ioners|ers|ents|ates))\s+(?:also\s+|have\s+long\s+|long\s+)?(?:(?:believed?s?|claim(?:s|ed)?|maintain(?:s|ed)?|contend(?:s|ed)?|assert(?:s|ed)?|argue[sd]?|hold|holds|held|teach(?:es)?|taught|postulate[sd]?|theori[sz]ed|hypothesi[sz]ed|speculated)\s+(?:that\b|[“"])|(?<!\b(?:These|Those|The|Such|Many|Some|Its|Their|His|Her|Our|Your|Other|Similar|Vague|Bold|Health|Medical|All|Most|Both|No|Any|Unsupported|Unproven|False|Outlandish|Extravagant|Dubious)\s+)claim(?:s|ed)\s+(?!(?:to|that|the|it|this|its|their|a|an|are|is|were|was|have|has|had|of|about|for|made|responsibility|credit)\b)(?=\p{L})|(?:believe[sd]?|claim(?:s|ed)?|tout(?:s|ed)?)\s+(?:the|it|this|its|their)\s)/u;
// "Doctors who treat patients with it claim great success": an unnamed group's claim, however far from its verb
// "Practitioners maintain it eases migraines", "Some people report that it helps", "Advocates argue it works": those
// who practise, sell or favour it, saying so (not doctors, experts or researchers: their word is evidence)
// ("Some holistic practitioners even recommend it to help treat cancer", "holistic healing practices recommend it",
// "advocates consider the nutrients a health benefit": a recommendation or a view of its own side)
const PROPONENTS_SAY = /\b(?:practitioners|proponents|advocates|supporters|users|clients|customers|fans|believers|followers|devotees|enthusiasts|sellers|vendors|manufacturers|makers|companies|brands|spas|clinics|salons|therapists|influencers|celebrities|healers|herbalists|naturopaths|homeopaths|practices|traditions|(?:some|many|other) (?:people|patients|women|men|parents|athletes)),?\s+(?:also\s+|often\s+|still\s+|now\s+|even\s+)?(?:maintain|maintains|argue|argues|argued|contend|contends|believe|believes|say|said|insist|insists|swear|tout|touts|promise|promises|suggest|suggests|recommend|recommends|consider|considers|prescribe|prescribes)\b/i;
// "Ember gazing sharpens memory, claims its inventor Rosa Klein": the claim's owner named after it
const SAID_AFTER = /,\s+(?:claims?|claimed|insists?|insisted|maintains?|maintained|says|said|argues?|argued|according to)\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+)?(?:inventor|founder|creator|maker|developer|manufacturer|company|seller|proponents?|advocates?|supporters?|practitioners?)\b|,\s+(?:proponents|advocates|supporters|fans|practitioners|users|devotees|enthusiasts)\s+(?:say|claim|argue|insist|maintain|believe)\s*[.!]?$/i;
// "A spa owner told the magazine: 'It will banish your wrinkles.'": a quotation introduced by its speaker and a colon
const SPEAKER_THEN_QUOTE = /\b(?:said|says|told|tells|wrote|writes|explained|explains|added|adds|claimed|claims|insisted|insists|promised|promises|boasted|boasts)\b[^:“"‘.;]{0,60}:\s*[“"‘']/i;
// quick tests before PROPONENTS_SAY and SAID_AFTER (a stem of each of their verbs) and SEEN_AS_REMEDY (its nouns)
const SAYING_VERB = /maintain|argu|contend|believ|say|said|insist|swear|tout|promis|suggest|claim|according|recommend|consider|prescrib|advise|credit/i;
const REMEDY_WORD = /remed|cure|treatment|panacea|answer|solution/i;
// "He saw the wraps as remedies for inflammation": a person's view of it as a remedy
const SEEN_AS_REMEDY = /\b(?:saw|sees|see|viewed|views|regarded|regards|considered|considers|thought of|hailed)\s+(?:it|them|this|[\w-]+(?:\s+[\w-]+){0,3})\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:remed(?:y|ies)|cures?|treatments?|panacea|answer|solution|cure-all)\b/i;
// "Village midwives recommend it for colic", "Many herbalists credit it with curing warts": a group of people (by the
// form of its noun) who recommend, advise or credit it; not doctors, researchers or bodies, whose word is evidence
// (praise is the writer's report of a view: "Some midwives still praise it as a valuable tool" stays unhedged)
const GROUP_RECOMMENDS = new RegExp(String.raw`\b(?!(?:doctors|physicians|researchers|scientists|experts|clinicians|nurses|authorities|regulators|others|members|numbers|orders|papers|centers|centres|officers)\b)${PEOPLE_GROUP}\s*,?\s+(?:also\s+|often\s+|even\s+|still\s+|now\s+|long\s+|have\s+long\s+|sometimes\s+)?(?:recommend(?:s|ed)?|advise[sd]?|credit(?:s|ed)?|prescribe[sd]?|tout(?:s|ed)?|swear)\b`, "iu");
// GROUP_RECOMMENDS's verbs, a quick test before its scan of every word's ending
const GROUP_VERB = /recommend|advise|credit|prescrib|tout|swear/i;
const GROUP_CLAIMS = /\b(?:doctors|practitioners|physicians|therapists|proponents|advocates|supporters|users|patients|clients|people|fans|believers|followers)\b[^.;]{0,80}?\b(?:claim|claims|claimed|insist|insists|insisted)\b/i;
// "Those who promote it claim …", "People who sell it say …", "Spa owners say …": those with a stake in it, reported
// (a hedge only: what they say is a claim when it names a benefit, not because they said it)
const STAKE_SAYS = /\b(?:those|people|sellers|vendors|promoters|marketers|companies|clinics|manufacturers|makers|owners|providers|operators|retailers)\s+(?:who\s+(?:promote|sell|offer|market|run|provide|make)\b[^.;,]{1,60}?\s+)?(?:say|says|said|claim|claims|claimed|insist|insists|promise|promises)\b/i;
const STAKE_VERB = /\b(?:say|says|said|claim|claims|claimed|insist|insists|promise|promises)\b/i;
// "According to its website, …", "according to the maker's leaflet": the seller's own word
// "According to Lena Ortiz, …": a person's word, named (not a body's: "According to the Cancer Society", "the FDA")
const ACCORDING_TO_PERSON = /\b[Aa]ccording to (?:(?:Dr|Prof|Mr|Mrs|Ms|Professor|Doctor)\.?\s+)?(?!(?:The|Harvard|Mayo|Cleveland|WebMD|Wikipedia|Healthline)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*)){0,3}\s*,/u;
const BODY_WORD = /\b(?:Society|Association|Institutes?|Organi[sz]ation|Administration|Agency|Council|College|University|Clinic|Foundation|Health|Review|Study|Research|Journal|Service|Center|Centre|Academy|Board|Department|Ministry|Network|News|Times|Post|Group|Survey)\b/;
const SELLERS_WORD = /\baccording to (?:its|their|the|a|an)\s+(?:[\w-]+(?:['’]s?)?\s+){0,3}(?:website|site|web ?page|brochure|leaflet|flyer|label|packaging|advert\w*|ads?|marketing|promotional|makers?|manufacturers?|sellers?|vendors?|promoters?|marketers?|founders?|inventors?|creators?|company|brand|developers?)\b/i;
// 'to "cure" jet lag': a benefit word in scare quotes is the writer's doubt
// (not the treatment's own name quoted, "this so-called “treatment”": a doubt that it is one, not of a benefit)
const SCARE_QUOTED = /[“"‘]\s?(?:cures?|cured|heals?|healing|treats?|detox\w*|cleans\w*|boosts?|works?|benefits?|miracle)\s?[”"’]/i;
// a quick test before ATTRIBUTION: a stem of each of its verbs, as written (keep in step with ATTRIBUTION)
const ATTRIBUTION_VERB = /believ|claim|maintain|contend|assert|argue|hold|held|teach|taught|tout|postulat|theori|hypothesi|speculat|insist/;
// "She says it flushes out toxins": a person's word, reported
// ("Anna says it cured her insomnia", "Anna says the mat cured her insomnia": a person's word, whatever it is about)
const SAYS = /(?:^|[\s,;(])(?:She|He|They|(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:inventor|founder|creator|maker|developer|owner|daughter|son|wife|husband|mother|father)|(?!(?:The|This|That|It|There|Research|Science|Evidence|Studies|Data)\b)[A-Z][\p{Ll}'’-]+)\s+(?:says|said|tells|told)\s+(?:that\s+|me\s+|us\s+)?(?:it|they|this|he|she|[“"]|(?:the\s+|her\s+|his\s+|their\s+|my\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:cured|cures|helped|helps|healed|heals|relieved|relieves|eased|eases|improved|improves|fixed|fixes|works|worked|changed|disappeared|vanished|cleared|went away|subsided)\b)/u;
// a quick test before SAYS: its verbs, as written (keep in step with SAYS)
const SAYS_VERB = /says|said|tells|told/;
// "Ancient texts explain how it cures fever", "Legend has it that …": what a text or a tradition tells, reported
// ("Ayurvedic texts describe the benefits of …": what they describe is theirs to vouch for, with or without "that")
const SOURCE_SAYS = /\b(?:texts?|scriptures?|writings|books?|manuscripts?|treatises?|teachings|traditions?|legends?|folklore|lore|myths?)\s+(?:(?!(?:to|could|can|cannot|couldn['’]t|can['’]t|do|does|did|not|never|fail|failed|failing)\b)\w+\s+)?(?:explain|describe|say|state|tell|teach|hold|claim|recount|relate|record|mention|list|praise|speak of|tell of)(?:s|es)?\b|\blegend has it\b/i;
// '"Patients feel better within hours," says Dr. Grant': a quotation attributed after it
// ('"My back pain is gone," said one client': or an unnamed witness)
const QUOTE_THEN_SAYS = /[”"’'],?\s+(?:says|said|according to|claims|explains|adds)\s+(?:(?:Dr\.?\s+|Prof\.?\s+)?[A-Z]|(?:one|a|another|the|this|that)\s+(?:[\w-]+\s+)?(?:client|patient|user|customer|woman|man|mother|father|reader|visitor|guest|fan|devotee|convert|practitioner|therapist|owner|nurse)\b)/;

// "A man thought the tea would cure his gout", "she hoped it would ease the pain": a hope told, not a result
const HOPED_WOULD = /\b(?:thought|hoped)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?would\b/iu;

const COPULA_ADVERB = /\b(is|are|was|were)\s+(?:also|often|widely|commonly|generally|sometimes|even|still|frequently|traditionally|popularly|usually|largely|now)\s+(?=(?:said|claimed|believed|thought|reported|reputed|supposed|considered|intended)\b)/gi;

export interface HedgeResult {
  /** Every cue found, as listed in the lexicon. */
  cues: string[];
  /** A distancing cue governs the clause. */
  hedged: boolean;
  /** A reporting cue ("is said to", "allegedly") marks a reported benefit. */
  reporting: boolean;
}

/** The clause is led by "According to <a person's name>," (a quick test for the words first). */
function personAccordingTo(clause: string): boolean {
  if (!clause.includes("ccording to")) return false;
  const m = ACCORDING_TO_PERSON.exec(clause) ?? ACCORDING_TO_NAME_AT_END.exec(clause);
  return m !== null && !BODY_WORD.test(m[0]);
}
// "… is done to detoxify the body according to Ayurveda", "… according to Galen": a teaching or a person named by a
// capitalised name at the clause's end (not a body, "according to the NHS", nor research)
const ACCORDING_TO_NAME_AT_END = /\baccording to (?!(?:The|A|An|Its|Their|His|Her|Our|This|These|Those|Some|Many|Most)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}\s*[.!]?$/u;

const BELIEF_WORD = /^believ(?:e|es|ed|ers)$/i;
const DESCRIBED_BELIEVERS = /\b(?:who|by|among)\s+(?:many\s+|some\s+|its\s+|their\s+)?$/i;

/** Push the cues found into `cues`; overlapping cues ("it is thought" / "is thought to") count once, the
 * earlier one. True when any was found. */
function scanCues(clause: string, re: RegExp, lookup: Map<string, string>, cues: string[]): boolean {
  let lastEnd = -1;
  let any = false;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (m.index < lastEnd) continue;
    // "patients who believe in it", "stones used by believers": the people described hold the belief; the writer
    // reports no claim of theirs
    if (BELIEF_WORD.test(m[0]) && DESCRIBED_BELIEVERS.test(clause.slice(Math.max(0, m.index - 16), m.index))) continue;
    const cue = lookup.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (cue && !cues.includes(cue)) cues.push(cue);
    lastEnd = m.index + m[0].length;
    any = true;
  }
  return any;
}

export function findHedges(clause: string, words?: readonly string[], maybeDistancing?: boolean, maybeWeak?: boolean): HedgeResult {
  if (maybeDistancing === undefined || maybeWeak === undefined) {
    const m = GATES.mask(words ?? wordsOf(clause));
    maybeDistancing = (m & GATES.bit.hedge) !== 0;
    maybeWeak = (m & GATES.bit.weak) !== 0;
  }
  // "is also said to", "are widely believed to": the adverb does not change the cue. Each word it stands before
  // ("said", "claimed", …) starts with a distancing trigger, so without one there is nothing to replace.
  if (maybeDistancing) clause = clause.replace(COPULA_ADVERB, "$1 ");
  // "you are supposed to place it in a dark jar": an instruction to the reader, not a claim at a distance
  if (maybeDistancing && clause.includes("supposed") && YOU_SUPPOSED.test(clause)) clause = clause.replace(YOU_SUPPOSED, "you should");
  if (maybeWeak && clause.includes("ou ") && READER_MODAL.test(clause)) clause = clause.replace(READER_MODAL, "you $1");
  // "said they could not comment": "could" denied tells what someone was unable to do, not a doubt
  if (maybeWeak && clause.includes("ould") && COULD_NOT.test(clause)) clause = clause.replace(COULD_NOT, "cannot");
  const cues: string[] = [];
  let hedged = false;
  if (maybeDistancing) hedged = scanCues(clause, SCAN_DISTANCING, DIST_LOOKUP, cues);
  if (maybeWeak) scanCues(clause, SCAN_WEAK, WEAK_LOOKUP, cues);
  // "may", "might", "could" hedge a claim as much as "is said to"; "can" does not
  if (!hedged && cues.some((c) => MODAL_HEDGES.includes(c))) hedged = true;
  let reporting = hedged && REPORTING.test(clause);
  // a benefit word in scare quotes (a quick test for a quotation mark first: most clauses hold none)
  if (!hedged && (clause.includes('"') || clause.includes("“") || clause.includes("‘")) && SCARE_QUOTED.test(clause)) {
    hedged = true;
    cues.push("scare quotes");
  }
  // a quotation attributed after it hedges what it says, without making it a claim about effects by itself; so do
  // the words of those who sell it
  if (!hedged && (QUOTE_THEN_SAYS.test(clause) || (clause.includes(":") && SPEAKER_THEN_QUOTE.test(clause)) || (maybeDistancing && STAKE_VERB.test(clause) && STAKE_SAYS.test(clause)) || (maybeDistancing && SELLERS_WORD.test(clause))
    || (maybeDistancing && HOPED_WOULD.test(clause)) || personAccordingTo(clause)
    || (maybeDistancing && SAYING_VERB.test(clause) && (PROPONENTS_SAY.test(clause) || (GROUP_VERB.test(clause) && GROUP_RECOMMENDS.test(clause)) || (clause.includes(", ") && SAID_AFTER.test(clause))))
    || (clause.includes(" as ") && REMEDY_WORD.test(clause) && SEEN_AS_REMEDY.test(clause)))) {
    hedged = true;
    if (!hedgingCues(cues).length) cues.push("attributed");
  }
  if (!reporting && (maybeDistancing && ATTRIBUTION_VERB.test(clause) && (ATTRIBUTION.test(clause) || GROUP_CLAIMS.test(clause))
    || SAYS_VERB.test(clause) && SAYS.test(clause) || maybeDistancing && SOURCE_SAYS.test(clause))) {
    hedged = true;
    reporting = true;
    if (!hedgingCues(cues).length) cues.push("attributed");
  }
  return { cues, hedged, reporting };
}

// recorded but not hedging: "can" (ability), "suggests", "some studies" (see WEAK_HEDGES and MODAL_HEDGES)
const NOT_HEDGING = new Set(WEAK_HEDGES.filter((c) => !MODAL_HEDGES.includes(c)));

/** The cues of a claim that hedge it: a reader is told "hedged: “is said to”", never "hedged: “can”". */
export function hedgingCues(hedges: readonly string[]): string[] {
  return hedges.filter((h) => !NOT_HEDGING.has(h.trim().toLowerCase()));
}
