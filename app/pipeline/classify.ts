// Classification of one clause into claim categories, each with its value and facet. A clause may hold
// several (an origin date and a founder; an efficacy and a safety statement). Cue lists live in lexicon/.
import {
  ADVISED_AGAINST_CUES, WARNED_OFF_CUES, BENEFIT_VERBS, ORGAN_HARM, RISK_LOWERED, BODY_NOUNS, BODY_SHORT_NAMES, CONTRAINDICATION_CUES, STUDY_AIM, WORRY_REMOVED, DATELESS_ORIGIN_CUES, DATELESS_PRECURSOR_CUES, DEPTH_CUES, DOSE_CUES, DURATION_CUES, EFFICACY_BLOCKERS, EFFICACY_CUES, REPORTED_OUTCOME_CUES, SERIES_ONLY_VERBS, FOUNDER_CUES,
  FREQUENCY_CUES, FOUNDER_COMMON_CUES, GENERIC_SUBJECT_NOUNS, HELPED_TO_OUTCOME, NAMING_CUES, ORGANISATION_HEADS, ORIGIN_CUES, OUTCOME_NOUNS, PRACTICE_VERBS, PRECURSOR_CUES,
  OTHER_TREATMENT_CUES, POPULARITY, POPULARITY_NOT, ROUTE_OF_GIVING, GIVING_WORD, COUNT_IN_WORDS, MORE_EFFICACY_CUES, SETTING_OFF_VERBS, BODILY_PROCESS_NOUNS, HARMFUL_PROCESS_MODIFIERS, RECOGNITION_CUES, STATUTE, RELATIVE_AGE, STUDY_QUESTION_CUES, SAFETY_CON_CUES, SAFETY_CUES, SAFETY_HARM_CUES, SAFETY_PRO_CUES, SESSION_CUES, STUDY_FOUND_FALL, STUDY_FOUND_RISE,
} from "./lexicon/cues";
import { PRACTITIONER_NOUNS, SESSION_NOUNS } from "./lexicon/units";
import { findHedges } from "./hedges";
import { PEOPLE_GROUP } from "./lexicon/hedges";
import { namedMethods } from "./related";
import { actsOnComplaint, complaintDoneBy, complaintOfPeople, countedGiveIt, firstComplaint, hasHarmVerb, healthObject, isComplaintWord, isOccupation, namesComplaintByForm, namesNoTrade,
  originVerbAt, warnedOffIt, type HealthPhrase } from "./health-words";
import { PRACTITIONER_PERSON_NOUNS } from "./lexicon/health-words";
import { makeGates, maskWithin, type WordTable } from "./gate";
import { anyCues, anyCueSource } from "./alternation";
import { TRIGGERS } from "./lexicon/triggers";
import { DECADE_WORDS, NAMED_PERIODS, NUMBER_WORDS } from "./lexicon/numbers";
import { deniesWhatFollows, efficacyStance, HARM_AFTER_IT_RE, isCon, LEFT_IN_HARM_STATE_RE, safetyStance, tellsHarm } from "./stance";
import { measureParts, measuresIn, ownParts } from "./measures";
import { type Found, foldQuantities, hasDoseInWords, hasTimeInWords, parseCounts, parsePersons, parseQuantities, parseScope, parseYears, periodAfter } from "./values";
import type { Category, ClaimValue, CountValue, YearValue } from "./types";

// one alternation per cue list: a single regex pass per clause instead of one per cue
// (these lists are only tested or searched, through anyOf and firstIndex: their cues are grouped by first letter)
const res = (xs: readonly string[]) => anyCues(xs, "i");
const anyOf = (xs: RegExp[], s: string) => {
  for (const re of xs) if (re.test(s)) return true;
  return false;
};
const EFF = res(EFFICACY_CUES);
const EFF_MORE = res(MORE_EFFICACY_CUES);
// (the cues told through what people notice, then through a result's size: each read after a quick test for the words
// it cannot match without, keep in step with REPORTED_OUTCOME_CUES)
const [NOTICED_OUTCOME, SIZED_RESULT] = REPORTED_OUTCOME_CUES.map((c) => new RegExp(c, "i"));
const NOTICED_VERB = /report|notic|experienc|enjoy/i;
// a study's finding of a change in an outcome (lexicon/cues.ts), read after a quick test for the change's noun
const STUDY_FOUND_FALL_RE = new RegExp(STUDY_FOUND_FALL, "i"), STUDY_FOUND_RISE_RE = new RegExp(STUDY_FOUND_RISE, "i");
const CHANGE_IN = /(?:reduction|decrease|drop|fall|decline|lowering|increase|rise|gain|improvement)s?\s+in\s/i;
const RESULT_SIZE = /%|per ?cent|significant|marked|meaningful|substantial|major|dramatic|clinically/i;
const WEAK_EFF = res(["\\b(?:the |its )?results (?:are|were|include|last|can|may)\\b", "\\bdesired effects?\\b"]);
const BLOCK = res(EFFICACY_BLOCKERS);
// ("non-healed ligaments" is no benefit verb)
// (the verbs that lead a predicate of a series only name a benefit with an outcome too: "promotes lymphatic drainage",
// "lifts mood", "sharpens focus")
// the outcome nouns as one alternation (grouped by first letter), for every pattern that needs an outcome named
const OUTCOME_ALT = anyCueSource(OUTCOME_NOUNS.map((n) => `\\b${n}`), "i");
const BENEFIT = new RegExp(
  `(?<!-)(?:${anyCueSource([...BENEFIT_VERBS, ...SERIES_ONLY_VERBS].map((v) => `\\b${v}`), "iu")})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OUTCOME_ALT})\\b`, "iu");
const DATELESS_PRECURSOR = res(DATELESS_PRECURSOR_CUES), DATELESS_ORIGIN = res(DATELESS_ORIGIN_CUES);
const ORIGIN = res(ORIGIN_CUES), PRECURSOR = res(PRECURSOR_CUES), NAMING = res(NAMING_CUES);
const CONTRAINDICATION = res(CONTRAINDICATION_CUES), ADVISED_AGAINST = res(ADVISED_AGAINST_CUES), WARNED_OFF = res(WARNED_OFF_CUES);
const CONTRAINDICATED_WORD = /\bcontra-?indicat/i;
const WORRY_REMOVED_RE = new RegExp(WORRY_REMOVED, "i");
const ORGAN_HARM_RE = new RegExp(ORGAN_HARM, "i");
const RISK_LOWERED_RE = new RegExp(RISK_LOWERED, "i");
// "minimises the risk of infection" reassures about its own harms; "lowers the risk of falls" is a benefit
const removesWorry = (clause: string) => WORRY_REMOVED_RE.test(clause) && !RISK_LOWERED_RE.test(clause);
const SAFETY_LIST = /\binclude\b|\b(?:people|patients|those|anyone|women|men|children) with\b|\b(?:risks?|dangers?) of\b(?![^.;]*\b(?:especially|particularly|notably|from|in|for|with)\b)[^.;]*(?:,|\bas well as\b)/i;
const STUDY_AIM_RE = new RegExp(STUDY_AIM, "i");
const DOCUMENT_SAYS_WHAT_IT_COVERS = /^(?:this|the following|our) (?:leaflet|article|page|guide|review|post|fact ?sheet|booklet|section|chapter|paper|report|overview|brochure|faq) (?:\w+ )?(?:explains|summari[sz]es|describes|covers|looks at|discusses|reviews|outlines|sets out|tells you|gives|provides|examines|considers)\b/i;
// "Our studio has offered these sessions since 2009": when a place began to offer it, not when it began
const PLACE_OFFERED_SINCE = /^(?:we|(?:our|the|this|their|his|her) (?:\w+ )?(?:clinic|studio|centre|center|practice|spa|salon|team|company|shop|surgery|hospital))\s+(?:have|has)\s+(?:been\s+)?(?:offer|provid|practi[sc]|perform|us)\w*\b[^.;]{0,60}\bsince\b/i;
const FOUNDER = res(FOUNDER_CUES), RECOGNITION = res(RECOGNITION_CUES), SAFETY = res(SAFETY_CUES), SAFE_PRO = res(SAFETY_PRO_CUES), SAFE_CON = res(SAFETY_CON_CUES), HARM = res(SAFETY_HARM_CUES);
const FREQUENCY = res(FREQUENCY_CUES), DURATION = res(DURATION_CUES), DEPTH = res(DEPTH_CUES), DOSE = res(DOSE_CUES);
const SESSION = res(SESSION_CUES);
const STUDY_QUESTION = res(STUDY_QUESTION_CUES);
const OTHER_TREATMENT = res(OTHER_TREATMENT_CUES);
// (with the people a dictionary files as giving treatments: "masseurs", "midwives", "shamans")
const PRACTITIONER = new Set([...PRACTITIONER_NOUNS, ...PRACTITIONER_PERSON_NOUNS]);
// places that give treatments, counted as its practitioners where they are told as giving it (not a survey's)
const INSTITUTIONS = new Set(["hospitals", "clinics", "centres", "centers", "spas", "salons", "studios", "facilities", "surgeries",
  "pharmacies", "practices", "parlours", "parlors", "hotels", "resorts", "gyms", "hospices"]);
// people in training: counted as practitioners only where the clause speaks of training
const TRAINEES = new Set(["students", "trainees", "graduates", "apprentices", "pupils"]);
const TRAINING = /\b(?:train\w*|courses?|taught|teach\w*|certif\w*|graduat\w*|qualif\w*|schools?|colleges?|academy|enrolled|apprentic\w*)\b/i;
const SURVEY = /\b(?:survey\w*|questionnaires?|polled|interviewed)\b/i;
// "its use was dropped in the 1950s after newer drugs came": an end, not a beginning
// "In 1922, when the tomb was opened, jars of it were found": the year dates the finding, not the practice
const EXCAVATED = /\b(?:tombs?|graves?|excavat\w*|unearthed|archaeolog\w*|burial)\b[^.;]{0,80}\b(?:found|discovered|unearthed|opened|excavated)\b|\b(?:found|discovered|unearthed)\b[^.;]{0,60}\b(?:tombs?|graves?|excavations?|burial)\b/i;
// (the quick test first: the words of a finding)
const FINDING_WORD = /\b(?:tomb|grave|excavat|unearth|archaeolog|burial)/i;
const DECLINED = /\b(?:discontinued|abandoned|fell out of (?:use|favou?r|fashion)|died out|declined|waned|faded|superseded|replaced by|gave way to)\b/i;
// "140 students began the course": people beginning something, not the treatment's beginning
const PEOPLE_BEGAN = /\b(?:students|trainees|practitioners|people|teachers|members|patients|participants|clients|pupils)\s+(?:\w+\s+)?(?:began|started|joined|enrolled)\b/i;
// "trained the first group of 12 teachers": a small count is kept when the training verb governs it
const TRAINED_BEFORE = /\b(?:trained|taught|certified|qualified|graduated)\b[^.;]{0,30}$/i;
const PEOPLE_ONLY = new Set(["people", "patients", "users", "members", "clients", "consumers", "americans", "adults", "children", "women", "men", "participants", "subjects", "followers", "adherents"]);
const PRACTICE = new RegExp(`\\b(?:${PRACTICE_VERBS.join("|")})\\b`, "i");
const SESSIONS = new Set(SESSION_NOUNS);
const GENERIC_LEAD = new RegExp(`^(?:${GENERIC_SUBJECT_NOUNS.map((g) => g.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
const BODY = new RegExp(`\\b(?:${BODY_NOUNS.join("|")})\\b`, "i");
// (or an instruction to use it: "Use two to three times a week for the first month", "Rinse each nostril twice daily")
const TREATMENT_ACT = /\b(?:treatments?|sessions?|given|performed|applied|administered|injections?|infusions?|touch-?ups?|visits?|repeated|maintained|spaced|appointments?)\b|^(?:use|rinse|apply|repeat|practi[sc]e|massage|press|drink|irrigate|spray|wear|do it)\b/i;
// (with the vague counts: "tens of thousands of people", "millions of users")
// (every match of NUMBER_WORD and COUNT_WORD holds one of these whole words: their gate is a quick test before them)
const VAGUE_PLURALS = ["dozens", "hundreds", "thousands", "millions"], SEVERAL_OF = ["hundred", "thousand"];
const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")}|(?:${VAGUE_PLURALS.join("|")}) of|several (?:${SEVERAL_OF.join("|")}))\\b`, "i");
const COUNT_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).filter((w) => w !== "one").join("|")}|(?:${VAGUE_PLURALS.join("|")}) of|several (?:${SEVERAL_OF.join("|")}))\\b`, "i");
// the whole words of the number gate: each number word's last word ("a dozen": "dozen"), and the vague counts' words
const NUMBER_WORD_TRIGGERS = [...new Set([...Object.keys(NUMBER_WORDS).map((w) => w.split(" ").pop()!), ...VAGUE_PLURALS, ...SEVERAL_OF])]
  .map((w) => (w.length > 3 ? `${w}$` : w));
// (and one gate of the number words, read with the others: a quick test before NUMBER_WORD and COUNT_WORD)
// (exported for scripts/bench-gates.ts, which counts what each gate lets through)
export const GATES = makeGates({ ...TRIGGERS, numberWord: NUMBER_WORD_TRIGGERS });
const QUALIFIED_PEOPLE = /(?<!\b(?:has|have|had|been|was|were|is|are|began|begun|started|stopped)\s)\b(?:licen[sc]ed|registered|certified|accredited|qualified|trained)\s+(?:[a-z-]+\s+)?[a-z]+(?:ist|ian|itian|ioner|or|er|nurse|doctor)s?\b/gi;
const RECOGNISED_CREDENTIAL = /\b(?:officially\s+)?(?:recogni[sz]ed|accredited|approved|registered)\s+(?:[a-z-]+\s+)?(?:qualifications?|degrees?|diplomas?|certificates?|training|courses?|schools?|colleges?|universit(?:y|ies)|programmes?|programs?)\b/gi;
const RELATIVE = new RegExp(RELATIVE_AGE, "i");
const hasDigitOrAge = (c: string) => /\d|hundred|thousand|centur|millenn|years ago/i.test(c);
const DATED_STUDY = /\b(?:study|studies|trial|trials|review|reviews|survey|researchers|participants|meta-analysis|randomi[sz]ed|investigat\w*|inquiry|enquiry|case reports?|(?:a|one|the) (?:\d{4} )?report (?:described|found|noted|told|of)|reported (?:a|the|one|two|three|several) (?:case|patient|man|woman|child))\b/i;
// a figure, or a date in words ("the 18th century", "the fifties", "World War II")
const DIGITISH = new RegExp(`\\d|centur|\\bthe (?:${Object.keys(DECADE_WORDS).join("|")})\\b|\\b(?:${NAMED_PERIODS.map(([names]) => names).join("|")})\\b`, "i");
const DIGIT = /\d/;
const UNTIL = /\buntil\b/i;
// "introduced outside of Australia by practitioner", "brought to the West by his student": the person after "by" took it
// elsewhere (a populariser, not a founder)
const TAKEN_ELSEWHERE_BY = /\b(?:introduc\w*|brought|taken|spread|carried|exported|popularis\w*|populariz\w*)\b[^.;]{0,50}?\b(?:outside(?: of)?|beyond|abroad|overseas|internationally|worldwide|around the world|to the West|in the West|elsewhere|to other countries)\b[^.;]{0,40}?\bby\s+(?:(?:the\s+)?\p{Ll}+\s+){0,2}$/u;
const INTRODUCED_TO_PLACE = /\bintroduc\w* (?:in|into|to) (?:the )?(?:[A-Z][\p{L}.]*\s?){1,3}/u;
const BY_NAMED = /\bby\s+(?:Dr\.?\s+|Prof\.?\s+|(?:the\s+)?(?:\p{Ll}+\s+){1,2})?\p{Lu}/u;
// a verb of saying, and the person it names: "explains therapist A B", "according to Dr. B"
const SOURCE_BEFORE = /\b(?:explains?|explained|says|said|notes|noted|adds|added|according to|told|tells|writes|wrote|recalls|recalled|remembers|remembered|argues|argued)\b[^.;]{0,50}$/i;
const FEARED = /\b(?:fears?|worry|worries|concerns?)\s+that\b/i;
const SHAM_IS_PLACEBO = /^(?:the\s+)?(?:sham|fake|simulated|pretend)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|was|are|were)\s+(?:just |merely |only |simply |nothing more than |no more than |little more than )?(?:an? |the )?(?:[\w-]+ )?(?:placebo|inert)\b/i;
const COMMA_OR_SEMICOLON = /[,;]/;
/** DIGITISH.test, with the plain digit looked for first (most figures are digits: the scan for one stops there
 * instead of trying every alternative at each position before it). */
const isDigitish = (text: string) => DIGIT.test(text) || DIGITISH.test(text);
// "These were Dr. A of X, and B": a copula that identifies people by name
const IDENTIFYING_PERSONS = /^(?:These|They|The (?:two|three|four) (?:men|women))\s+(?:were|are)\s+(?:(?:Dr\.?|Doctor|Prof\.?|Professor)\s|[A-Z][\p{Ll}'’-]+\s+(?:(?:van|von|de|da)\s+)?[A-Z])/u;
// "She founded the Smith Institute in 1971": an organisation's founding, not the treatment's origin
export const FOUNDS_ORGANISATION = new RegExp(`(?:\\b(?:found(?:ed|s)?|establish(?:ed|es)?|set up|creat(?:e|ed|es)|open(?:ed|s)?|start(?:ed|s)?|launch(?:ed|es)?)\\s+(?:the\\s+|an?\\s+|her\\s+|his\\s+|their\\s+)?(?:first\\s+)?(?:[A-Z][\\p{L}'’-]*\\s+){0,5}(?:${ORGANISATION_HEADS.join("|")})\\b|\\b(?:found(?:ed|s)?|establish(?:ed|es)?|set up|open(?:ed|s)?|start(?:ed|s)?)\\s+(?:the|an?|her|his|their)\\s+first\\s+(?:[a-z][\\p{L}'’-]*\\s+){0,2}(?:${ORGANISATION_HEADS.map((h) => h.toLowerCase()).join("|")})s?\\b|(?:${ORGANISATION_HEADS.join("|")})\\b[^.;]{0,80}?\\b(?:was|were) (?:\\w+ )?(?:established|founded|set up|formed|created|launched|opened)\\b|\\b(?:found(?:ed|s)?|establish(?:ed|es)?|set up|open(?:ed|s)?|start(?:ed|s)?|launch(?:ed|es)?)\\s+(?:his|her|their|its)\\s+own\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${ORGANISATION_HEADS.map((h) => h.toLowerCase()).join("|")})s?\\b)`, "u");
// a company's founding told with where it is headquartered ("Founded in 2016 and headquartered in Austin, X designs
// devices"), or a bare name that is not the treatment's ("Kingsmead was founded in 2012 by Dr. A", on a page about PRP)
const FOUNDED_AND_HEADQUARTERED = /\b(?:founded|established)\b[^.;]{0,60}\bheadquartered\b|\bheadquartered\b[^.;]{0,60}\b(?:founded|established)\b/i;
const NAME_FOUNDED = /^\s*((?:[A-Z][\p{L}'’&-]*\s+){1,4})(?:was|were)\s+(?:\w+\s+)?(?:founded|established|set up|opened)\b/u;
const NOT_A_NAME = /^(?:The|This|That|These|Those|It|Its|Our|Their|His|Her|A|An|In|By|When|Since)\b/;
/** An organisation's founding, not the treatment's: one with an organisation's head noun, one headquartered somewhere,
 * or a bare name other than the treatment's. */
/** A count with the period it is a rate over, read right after it ("13,000 patients a year": not comparable with a
 * plain count), or as it was. */
function withPeriod(value: CountValue, after: string): CountValue {
  const per = periodAfter(after);
  return per ? { ...value, per } : value;
}

/** "Zone therapy, named for the woman who developed it in the '40s, was never popularized until the Zone Institute was
 * established in 1972": a clause that founds a body at one date and tells of the treatment's beginning at another. */
function begunApartFromBody(clause: string, years: Array<{ start: number; value: YearValue }>, subject: RegExp | null): boolean {
  const distinct = years.filter((y, i) => years.findIndex((z) => z.value.min === y.value.min && z.value.max === y.value.max) === i);
  if (distinct.length < 2) return false;
  return partsAround(clause, distinct.map((y) => y.start)).some(([a, b]) => {
    const part = clause.slice(a, b);
    return BEGUN.test(part) && !foundsOrganisation(part, subject);
  });
}

function foundsOrganisation(clause: string, subject: RegExp | null): boolean {
  if (FOUNDS_ORGANISATION.test(clause) || FOUNDED_AND_HEADQUARTERED.test(clause)) return true;
  const named = NAME_FOUNDED.exec(clause);
  return named !== null && !NOT_A_NAME.test(named[1]) && !(subject?.test(named[1]) ?? false);
}
// what a named body does about a treatment: recommends, funds, covers, bans, classifies it
const BODY_ACTS = /\b(?:(?:does|do|did) not (?:allow|permit|offer)|declined to|refused to|(?:should|must) not (?:be used to )?replace|(?:is )?not a substitute for|recommend\w*|fund(?:s|ed|ing)?|pays? for|paid for|cover(?:s|ed)?|ban(?:s|ned)?|prohibit\w*|regulat\w*|ruled|decreed|ordered|class(?:ed|ified|ifies) (?:it|the|them|as)\b|subsidi[sz](?:es|ed|e)|lists|rejected|brought (?:\w+ ){0,3}?under)/i;
// a body named by what it is rather than by its name: "Hungary's national health insurer", "several state physical therapy
// boards", "the health ministry", "insurers"
const UNNAMED_BODY = /\b(?:national|state|federal|government|public|regional|statutory|official|provincial)\s+(?:[\w-]+\s+){0,3}?(?:insurers?|insurance|health services?|health systems?|boards?|ministry|ministries|agenc(?:y|ies)|regulators?|councils?|authorit(?:y|ies)|commissions?)\b|\b(?:health|medical|professional|regulatory|licensing) (?:boards?|councils?|authorit(?:y|ies)|ministry|ministries|regulators?|insurers?)\b|\b(?:insurers|regulators)\b/i;
// "“nasya,” which means eliminating toxins through the nose": what a word means, not what the treatment does
const GLOSS = /^[“"‘]?[\p{L}-]+[”"’]?,?[”"’]?\s+(?:which\s+|that\s+)?(?:means|meaning|literally means|translates (?:to|as))\b/iu;
// a glossary's entry, "Therapy: Treatment intended to relieve or heal a disorder": what a word means, told by a class noun
// (not an entry for the subject itself, whose definition may claim something of it, nor a label that leads a claim
// naming it: "Conclusion: Zone therapy is considered a form of quackery")
// (the term capitalised, the definition's words in either case: "Therapy: Treatment intended to …", "a treatment …")
const CLASS_NOUNS = ["treatments?", "therapy", "therapies", "category", "form", "type", "kind", "method", "practice", "process", "substance", "gas", "compound", "system", "procedure", "technique", "term", "branch", "field", "use"]
  .map((n) => `[${n[0].toUpperCase()}${n[0]}]${n.slice(1)}`).join("|");
const GLOSSARY_ENTRY = new RegExp(`^\\s*(?:[-•*]\\s*)?(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3})\\s*:\\s+(?:[Aa]n?\\s+|[Tt]he\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${CLASS_NOUNS})\\b`, "u");
const glossaryEntryOfOther = (clause: string, subject: RegExp | null) => {
  const m = clause.includes(":") ? GLOSSARY_ENTRY.exec(clause) : null;
  return m !== null && !(subject?.test(clause) ?? false);
};
// what follows a count whose noun was named before it: "with more than 300 now operating", "and over 40 in Ireland"
const ELIDED_NOUN_AFTER = /^\s+(?:(?:now|currently|still|already)\s+)?(?:operat\w*|open(?:ed)?\b|in (?:operation|business|practice)|exist\w*|active|practi[sc]\w*|working|registered|today|nationwide|worldwide|across\b|in (?:the )?[A-Z])/;
const LISTICLE_OR_MEASURE = /^(?:reasons|ways|things|tips|facts|myths|questions|steps|secrets|signs|mistakes|benefits|k|atm|bar|kpa|°c|°f)$/i;
const MEASURE_AFTER = /^\s*(?:K|atm|bar|kPa|°[CF]|%)\b/;
// "in June 2022 proposals worth Rs 52 crore were formulated", "new guidelines were drafted in 2019": a document made,
// not the practice
const PAPERWORK_MADE = /\b(?:proposals?|plans?|budgets?|guidelines?|policies|policy|laws?|bills?|regulations?|rules|standards?|contracts?|agreements?|reports?|petitions?|applications?|memorand(?:um|a))\s+(?:\S+\s+){0,4}?(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?(?:formulated|drafted|developed|created|introduced|designed|written|proposed|prepared|drawn up|submitted|sent|approved|established)\b/i;
const ROUTE = new RegExp(ROUTE_OF_GIVING, "i"), GIVING = new RegExp(GIVING_WORD, "i"), COUNTED_IN_WORDS = new RegExp(COUNT_IN_WORDS, "i");
// "Public safety is paramount", "your safety is our first priority": safety held up as a value, not said of the treatment
const SAFETY_AS_VALUE = /\b(?:public|patient|client|customer|your|our) (?:health and |wellbeing and )?safety (?:is|remains|comes|must come) (?:always |our |the )?(?:paramount|(?:top |first |highest |number one |main )?priority|first|(?:of )?(?:the )?(?:utmost|prime|first|highest) (?:importance|concern))\b/i;
const NEGATED_GIVING = /\b(?:no|not|never|nor)\b|n['’]t\b/i;
const POPULAR = new RegExp(POPULARITY, "i"), NOT_POPULARITY = new RegExp(POPULARITY_NOT, "i");
const ATTRIBUTED_ORIGIN = /\b(?:originat\w* (?:with|from|among|in)|comes? from|came from|dates? (?:back )?to (?:the )?(?:oldest |ancient )?[A-Z]\w*|part of the (?:\w+ )?(?:medicine|tradition|culture|heritage|practice|rituals?) of|learn(?:ed|t) (?:about )?(?:it|this|the \w+) from|handed down)\b/i;
// "Some soreness for 24 to 48 hours is normal": how long a harm lasts, not how long a session takes
const LASTING_HARM = /\b(?:sore\w*|pain\w*|bruis\w*|swelling|redness|discomfort|tender\w*|ache\w*|stiff\w*|dizz\w*|nause\w*)\b/i;
// "lotions are not allowed after treatment for 6 hours": aftercare, not how long a session takes
const AFTERCARE = /\b(?:after(?:wards)?|following) (?:the |each |a |your )?(?:[\w-]+ )?(?:treatment|session|procedure|injections?)\b|\bafterwards\b/i;
// a loan's term, not the treatment's: "Spread the cost of a course over 12 months at 0% APR"
const FINANCE = /\b(?:spread the cost|APR|financ(?:e|ing)|instal(?:l)?ments?|interest[- ]free|monthly payments?|repaid|repayments?)\b/i;
// how long its results last, not how long it takes: "The results from a full course typically last six to twelve months"
const RESULTS_LAST = /\b(?:results?|effects?|benefits?|improvements?|relief)\b[^.;]{0,40}\blast(?:s|ed|ing)?\b/i;
/** A time in the clause that is no session's or course's: after it, a loan's term, how long its results last. */
const timeOfSomethingElse = (clause: string): boolean => AFTERCARE.test(clause) || FINANCE.test(clause) || RESULTS_LAST.test(clause);
// ("2 to 3 sessions a week, each around 45 to 60 minutes": each session's length after the count)
const SESSION_TIME_LEAD = /\b(?:takes?|took|lasts?|lasted|lasting|duration of|sessions? of|treatments? of|for|,\s*each)\s+(?:about |around |approximately |roughly |only |just |up to |between )?$/i;
const PRACTITIONERS_REGISTERED = /\b[\p{L}-]+(?:ists|ians|ers|ors|paths|ioners) (?:are|were|is|was) (?:\w+ )?(?:registered|licen[sc]ed|certified)\b/iu;
// every match of PRACTITIONERS_REGISTERED holds one of these words (folded alike: the same flags): a quick test before it
const REGISTERED_WORD = /registered|licen[sc]ed|certified/iu;
/** "6,000 homeopaths are registered in Germany": practitioners on a register no body is named for. */
function unnamedRegister(clause: string): boolean {
  return REGISTERED_WORD.test(clause) && PRACTITIONERS_REGISTERED.test(clause) && namedBody(clause) === null;
}
// verbs of a beginning; STRONG_ORIGIN adds "introduced", which may also tell of bringing it to a place (BEGUN leaves it out)
const BEGINNING_STEMS = ["originat", "develop", "invent", "founded", "creat", "devis", "conceiv", "pioneer", "discover", "formulat"];
const STRONG_ORIGIN = new RegExp(`\\b(?:${[...BEGINNING_STEMS, "introduc"].join("|")})\\w*`, "i");
const BEGUN = new RegExp(`\\b(?:${BEGINNING_STEMS.join("|")})\\w*`, "i");
// (and its spread: "the widespread of this technique began in 1986")
// ("began selling tanks", "commercialised it": a trade in it, later than its beginning)
const POPULARISED = /\b(?:populari[sz]\w*|commerciali[sz]\w*|(?:began|started|begun) (?:to )?(?:sell|market|offer|distribut|manufactur|mass-produc)\w*|put\b[^.;]{0,160}\bon the map|made (?:it )?(?:popular|famous|well[- ]known)|spread|widespread|revival|revived|resurgence|comeback)\b/i;
const PUBLISHED = /\bpublish(?:ed|es)?\b|\b(?:first|earliest|original) (?:[\w-]+ )?publications?\b|\bwrote (?:a|an|the|his|her|their) (?:[\w-]+ ){0,3}?(?:book|treatise|paper|article|manual)\b/i;
// "a 30-minute Harbour Spa Cure for $75", "The Cure of Tired Eyes by Salt Gazing": a cure in a product's or book's name
// (not a title-case heading that claims it: "Reflexology Can Cure Insomnia")
const NAMED_CURE = /(?:\p{Lu}[\p{Ll}'’-]*\s+){1,5}(?:Cure|Remedy)\b(?:\s+(?:of|for)\s+\p{Lu}[\p{Ll}'’-]*)?|\b(?:Cure|Remedy)\s+(?:of|for)\s+\p{Lu}[\p{Ll}'’-]*/gu;
const HEADLINE_VERB = /\b(?:Can|Will|May|Might|Does|Do|Helps?|To|Is|Are|That|Which)\b/;

/** The clause's benefit words are all in a name ("Spa Cure", "The Cure of Imperfect Sight"). */
function cureOnlyInName(clause: string): boolean {
  if (!clause.includes("Cure") && !clause.includes("Remedy")) return false;
  let named = false;
  const rest = clause.replace(NAMED_CURE, (m) => {
    if (HEADLINE_VERB.test(m)) return m;
    named = true;
    return " ".repeat(m.length);
  });
  return named && !namesBenefit(rest);
}

// "is a series of five actions", "consists of four stages", "involves three steps": the parts it is made of, counted
const PARTS_LEAD = /\b(?:is|are|was|were|consists? of|comprises?|involves?|follows?|has|have)\s+(?:an?\s+(?:series|set|sequence|combination|cycle|course)\s+of\s+)?$/i;
const PART_NOUN = /^(?:steps|stages|phases|actions|procedures|therapies|techniques|treatments|parts|elements|moves|movements|positions|components|levels|principles|processes)$/;
// the steps a session is counted in, right after a count: "3-6 sets", "30-40 deep breaths", "ten rounds"
const STEP_WORD = /\b(?:sets|rounds|cycles|repetitions|reps|breaths)\b/i;
const STEP_AFTER = /^\s+(?:(?:deep|slow|full|long|short|quick|rapid|powerful|controlled)\s+)?(sets|rounds|cycles|repetitions|reps|breaths)\b/i;
// what a reported clause says of its use, not its effect: "Spas claim it has been used throughout history", "The managers
// claim they have seen an increase in the number of women who request it", "videos give an impression of how to practise it";
// or what causes a complaint, in someone's theory: "He believed that eye problems are caused by strain"
const REPORTED_NOT_A_BENEFIT = /\b(?:is|are|was|were) (?:\w+ )?caused by\b|\b(?:has|have|had) been (?:used|practi[sc]ed|around|popular|known)\b|\b(?:increase|rise|growth|surge|boom|jump) in (?:the )?(?:number|demand|popularity|interest|sales|bookings)\b|\bimpression of (?:how|what|the way)\b|\b(?:based|founded) (?:\w+ )?(?:on|in)\b(?! (?:the )?(?:evidence|research|studies|science|results)\b)|\b(?:rooted|grounded) in\b|\b(?:derived|derives|descended|descends|adapted|grew|grown|evolved|stems|stemmed|sprang) (?:out of|from)\b|\b(?:inspired|influenced) by\b|\bmodell?ed (?:on|after)\b/i;
// a year that dates an achievement or a death, not a beginning: "setting his first world record in the year 2000",
// "popularised by A, who died in 1945"
// the founder cues led by a common word, as one pattern
const COMMON_FOUNDER_CUE = new RegExp(FOUNDER_COMMON_CUES.join("|"), "i");
// (not a written record of it: "written records from 168 BC")
const ACHIEVEMENT_BEFORE = /\b(?:(?:world )?(?<!\b(?:written|earliest|oldest|first|historical|medical|ancient) )(?:records?|awards?|prizes?|medals?|titles?|championships?|marathons?)\b[^.;]{0,25}|(?:died|death|passed away)\b[^.;]{0,10})$/i;
const BIOGRAPHY = /\b(?:to have|had|has|have) (?:first )?(?:learn(?:ed|t)|heard|read|visited|met|travel(?:l)?ed|studied|lived|worked|trained)\b/i;
// the first sighting of what the method rests on ("dates back to 1970, when Dr. A first witnessed …")
const OBSERVED = /\b(?:noted|noticed|observed|witnessed|encountered|came across|stumbled (?:up)?on)\b/i;
// "a course developed by Dr. A": the founder cue's agent; a person before it did something else
const PASSIVE_FOUNDER = /\b(?:developed|created|founded|invented|devised|pioneered|originated|conceived|formulated|introduced|designed|discovered)(?:\s+(?:in|during|around|about|from)\s+[^,;]{1,30}?)?\s+by\s+/gi;
// "patients were randomized to 8 weekly sessions or sham": a trial's design, not how the treatment is given
const USED_IN_PLACES = /\b(?:used|offered|practi[sc]ed|available|performed|given|provided|taught|in use|on offer)\s+(?:in|at|across)\s+(?:about |around |over |more than |nearly |almost |some |an estimated |as many as |up to |at least |roughly |approximately |well over )?$/i;
const REACHED_IN = /\b(?:(?:practitioners|teachers|therapists|instructors|clinics|centres|centers|schools|members|users|followers|students)|practi[sc]ed|taught|available|offered|used|represented|found|spread|present|operates?|active)\s+in\s+(?:about |around |over |more than |nearly |almost |some |at least |roughly |well over )?$/i;
const BEEN_TREATED_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|already\s+)?been\s+(?:treated|helped|seen)\b/i;
// ("the method has over 10,000 followers", "it now counts some 2,000 users": the treatment, or a word for it, holding them)
const HAS_BEFORE = /\s(?:now\s+|today\s+)?(?:has|have|had|boasts?|counts?|claims?)\s+(?:about |around |over |more than |nearly |almost |some |an estimated |well over )?$/;
const WORD_FOR_IT_HAS = /\b(?:it|the (?:method|technique|therapy|practice|treatment|system))\s+(?:now\s+|today\s+)?(?:has|have|had|boasts?|counts?|claims?)\s/i;
const TAKE_SESSIONS = /^\s+(?:[\w-]+\s+){0,2}?(?:take|took|taken|have taken|attend|attended|book|booked|receive|received|have had|sign(?:ed)? up for|enrol(?:l?ed)? (?:in|on|for)|join(?:ed)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:lessons?|sessions?|classes|class|treatments?|courses?|workshops?)\b/i;
const USED_BY = /\b(?:sought|used|tried|received|chosen|visited|consulted|practi[sc]ed|performed|learned|learnt|taken up)(?: out)? by\s+(?:about |around |over |more than |nearly |almost |some |an estimated |as many as |up to |at least |roughly |approximately |well over )?$/i;
// ("served more than 50,000 patients", "care offered to around 252 patients", "changed the lives of 2,000 patients")
// ("the resort receives around 35,000 guests a year", "lends the machines to around 650 patients each year")
const CASELOAD_VERB = /\b(?:treat|treated|treats|treating|see|saw|sees|seeing|average|averaged|averaging|serve[sd]?|serving|cared for|caring for|receive[sd]?|receiving|welcome[sd]?|welcoming|host(?:s|ed)?|(?:lends?|lent|loans?|loaned|hires? out|rents? out) (?:[\w-]+ ){0,3}?to|(?:offered|given|provided|administered|applied) to|(?:used|performed|tried|carried out|practi[sc]ed) on|the lives of)\s+(?:about |around |over |more than |nearly |some |up to |as many as |as )?$/i;
// "performing about 13,000 treatments a year": so many sessions in a year are one practitioner's caseload, not a course
// "has delivered more than 6,500 treatments": how many were given, a measure of its use (not a course's length)
const DELIVERED_BEFORE = /\b(?:delivered|performed|carried out|given|administered|provided|completed)\s+(?:(?:more than|over|about|around|nearly|almost|some|upwards of|in excess of)\s+)?$/i;
const CASELOAD_PERIOD = /^\s*(?:[a-z-]+\s+){0,2}?(?:a|per|each|every)\s+(?:year|annum)\b|^\s*(?:annually|yearly)\b/i;
const MEMBERSHIP_BEFORE = /\bmembership\b[^.;]{0,30}?\b(?:of|to|at|is|was|numbers?|numbered|reached|totals?|totalled|totaled|exceeds?|exceeded|tops|topped)\s+(?:about |around |over |more than |nearly |almost |some |an estimated |roughly |just over |just under )?$/i;
// the settings a session is given at: a temperature or a pressure
// a device's electrical supply, not a setting it is given at: "runs on mains power at 50 Hz", "220–240 V AC, 50 Hz"
const POWER_SUPPLY = /\b(?:mains|voltage|power supply|volts?|\d+\s?V|AC|plug)\b/i;
const SETTING_FACET: Record<string, string> = { ATA: "pressure", mbar: "pressure", nm: "wavelength", Hz: "pulse rate" };
const SETTING_UNIT = /^(?:°[CF]|ATA|nm|Hz|mbar)$/;
const CONDITION_NEEDS_COURSE = /^(?:[\w'’-]+,?\s+){1,6}?(?:may|might|will|usually|typically|often|generally|normally|can)?\s*(?:only\s+)?(?:need|needs|require|requires)\s+(?:only\s+|about\s+|around\s+|between\s+|up to\s+|as (?:few|many) as\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a (?:few|course|series|handful))/i;
const PATIENT_UNIT = /^(?:patients|people|clients|persons|individuals|americans|adults|children|women|men|visitors|users|guests|bathers)$/;
const TREATED_ON = /\b(?:performed|administered|given|treated|used|practi[sc]ed)\b[^.;]{0,60}\b(?:on|to|with)\s+(?:approximately |about |around |over |more than |nearly |some |an estimated )?[\d,.]+(?:\s+\S+)?$/i;
// a count set against an earlier or later one: "…, up from 100 in 1996", "…, down from", "compared with"
const GROWTH = /^[^.;]{0,40}\b(?:up|down|rising|risen|grown|growing|increased|fallen|dropped) from\b|^[^.;]{0,20}\bcompared (?:with|to)\b/i;
const PAPERS_APPROVED = /\b(?:proposals?|plans?|budgets?|funding|funds|loans?|grants?|permits?|projects?|construction|requests?|expansion|building)\s+(?:[\w-]+\s+){0,3}?(?:approved|sanctioned)\b|\b(?:approv\w*|sanction\w*)\s+(?:of\s+)?(?:the\s+|these\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:proposals?|plans?|budgets?|funding|funds|loans?|grants?|permits?|projects?|construction|requests?|expansion)\b/i;
const RECOGNISED_AS_VERDICT = /\b(?:recogni[sz]ed|acknowledged|classified|listed) as (?:an? )?(?:[\w-]+ )?(?:pseudo\w*|quack\w*|fraud\w*|ineffective|unproven|dangerous|harmful|scams?|hoax\w*)|\b(?:recogni[sz]ed|acknowledged|named|ranked) (?:as )?(?:one of )?(?:the )?(?:[\w'’-]+ )?(?:leading|best|top|foremost|premier|finest)\b|\b(?:widely|generally|commonly|universally|often) (?:recogni[sz]ed|acknowledged|accepted|regarded) (?:as|to be)\b/i;
// the thing that leads the clause came into being: "Oxygen was not discovered until 1773"
const PASSIVE_ORIGIN = /\s(?:was|were)\s+(?:not\s+|first\s+|only\s+|\w+ly\s+)?(?:discovered|invented|developed|isolated|identified|synthesi[sz]ed|described|introduced|created|found)\b/i;
const METHOD_WORD = /\b(?:therapy|therapies|treatment|technique|method|medicine|massage|system|practice|approach|healing|cure)\b/i;
// (a name of initials and words: "Ann P. Lee", "B.K. Lund,")
// "a Dane born in 1790", "a man born in 1851", "Lund, born in 1851,": a person's birth told beside the name
const BORN_APPOSITION = /\b(?:an?\s+[\w-]+|,)\s+born\s+(?:in\s+)?(?:about\s+|around\s+|c\.\s*)?\d{4}\b/i;
const PERSON_BORN = /(?:\b(?:he|she|who)|\b(?:(?:\p{Lu}\.)+\s*|\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+,?)\s+(?:was\s+)?born\b/u;
// a harm that befell a person, not one the treatment does: "after Dr. Lee's death", "whose arms had been injured"
// (a founder's own injury that led to the method, "A hip injury led her to …", is biography, not a risk)
const PERSONAL_HARM = /\b(?:\p{Lu}[\p{Ll}'’-]+['’]s|his|her|their) (?:death|passing|injur(?:y|ies)|illness)\b|\bwho (?:later |eventually )?(?:died|passed away)\b|\bwhose\b[^.;]{0,60}\b(?:injur\w*|died|death)\b|\b\p{Lu}[\p{Ll}'’-]+ (?:died|passed away)\b|\b(?:[Hh]e|[Ss]he) (?:\w+ ){0,2}?(?:died|passed away)\b|\bdied (?:later|earlier) (?:that|the same|the following|the next) year\b|\bdied in \d{4}\b(?![^.;]{0,40}\b(?:after|following|during|from|because)\b)|\b(?:injur(?:y|ies)|illness|accident|strokes?)\b[^.;]{0,60}\b(?:prompted|inspired|motivated|(?:led|drove|forced|caused) (?:him|her|them)|(?:development|creation|discovery) of (?:his|her|their|the))\b|\b(?:rehabilitated|recovered|healed|cured|treated) (?:himself|herself|themselves)\b|\bdeath of (?:the |this |that )?(?:[\p{L}-]+ ){0,3}?(?:therapy|treatment|practice|technique|method|movement|industry|era|idea|fad)\b/u;
// what says it works, beside a doubt about its safety
/** A literal every PRACTISED_BY alternative holds (keep in step): most clauses hold none. One case-sensitive
 * pattern of the literals, not a search for each: it reads the clause once instead of eight times. */
const USAGE_LITERAL = /by |[Pp]racti|using |[Ww]idely |how many |%|per ?cent|training to |qualifying to |learning to /;
function mayTellUsage(clause: string): boolean {
  return USAGE_LITERAL.test(clause);
}
const PRACTISED_BY = new RegExp(
  "\\b(?:used|practi[sc]ed|utili[sz]ed|offered|performed|employed|adopted|provided) (?:\\w+ )?by (?:many|most|some|numerous|several|a few|a (?:wide range|variety|large number|number|growing number|small number|handful|tiny group|minority|majority) of|thousands of|hundreds of|millions of) (?:[\\w-]+ ){0,3}?(?:practitioners|chiropractors|doctors|physicians|therapists|clinicians|nurses|dentists|osteopaths|naturopaths|professionals|providers|clinics|hospitals|people|patients|athletes)\\b"
  + "|\\b(?:most|many) of (?:the )?(?:people|those|practitioners) (?:using|practi[sc]ing|who use|who practi[sc]e) (?:it|this|[\\w-]+(?: [\\w-]+)?) are\\b"
  + "|\\bpracti[sc]ed (?:internationally|worldwide|around the world|all over the world|in (?:over |more than |some )?(?:\\d+|many|several|dozens of) countries)\\b"
  + "|\\b\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent) of (?:[\\w-]+ ){0,3}?(?:doctors|physicians|practitioners|therapists|clinicians|hospitals|clinics|nurses|dentists)\\b[^.;]{0,40}\\b(?:use|used|offer|offered|practi[sc]e|recommend|provide)"
  + "|\\b(?:no one|nobody) (?:is (?:certain|sure)|knows) how many (?:people|practitioners|therapists|clinics|users)\\b"
  + "|\\bwidely (?:used|practi[sc]ed|offered|available) (?:in|across|throughout) (?:many|several|most|numerous|\\d+) countries\\b|\\bwidely (?:used|practi[sc]ed) in (?:[\\w-]+, ){1,}[\\w-]+"
  // "more nurses are training to become therapists"
  + "|\\b(?:more and more|more|many|a growing number of) (?:people|practitioners|therapists|doctors|nurses) (?:are )?(?:training|qualifying|learning) to (?:become|be|practi[sc]e)\\b"
  + "|\\b(?:group|handful|number|community) of (?:[\\w-]+ )?(?:advocates|practitioners|followers|enthusiasts|devotees) (?:continued|continue|still) to (?:practi[sc]e|use|offer)\\b", "i");
const SAYS_WORKS = /\b(?:effective\w*|efficacy|benefit\w*|works?|helps?|results?)\b/i;
// (verbs of relief and cure only: "burns 600 calories" or "continued to grow" promise nothing about a complaint)
const SUBJECT_BENEFIT = new RegExp("^[^.;]{0,40}?(?<!\\b(?:be|been|being|is|are|was|were)\\s+(?:\\w+ly\\s+)?)\\b(?:reduc(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|cur(?:e|es|ed|ing)|heal(?:s|ed)?|alleviat(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|treat(?:s|ed|ing)?|restor(?:e|es|ed|ing)|balanc(?:es|ing)|eliminat(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|repair(?:s|ed|ing)?"
  // (verbs of stimulation and regulation in the active only: "is not regulated", "was boosted by a grant" are not
  // what it does)
  // (a harm it brings on is no benefit: "stimulates bleeding")
  + "|(?:stimulates?|modulates?|boosts?|activates?|enhances?|regulates?)(?! (?:the |more |further )?(?:bleeding|bruising|swelling|pain|inflammation|infections?|nausea|dizziness|soreness|blood clots|allergic|itching|irritation))"
  + "|detoxif(?:y|ies)|promotes? (?:the )?(?:healing|circulation|relaxation|recovery|blood|release|flow|well-?being|sleep)"
  // (what it does to the body told with a plain verb: "help tone facial muscles", "lifts the mood", "calms the mind")
  + "|(?:tone|tones|firm|firms|lift|lifts|sharpen|sharpens|calm|calms|soothe|soothes|aid|aids)(?= (?:the |your |their |facial |tired |sore )?[a-z]))\\b", "i");
const PER_SESSION_AFTER = /^\s*(?:[\w-]+\s+){0,4}?(?:per|in (?:a|each|one|every)|during (?:a|each|one)|each|every|a)\s+(?:session|treatment|visit|sitting|appointment)\b/i;
const SESSION_WORD = /\b(?:session|treatment|visit|sitting|appointment)\b/i;
const OUTCOME_MEASURE = /^(?:calories|kcal|pounds|lbs|kilos|kilograms|kg|inches|centimet(?:er|re)s|cm|points|percent)$/i;
const PER_SESSION_BEFORE = /\b(?:per|each|every|one|a single) (?:session|treatment|visit|sitting|appointment)\b[^.;]{0,30}$/i;
// (the words between describe the sessions: "600 calories per session" counts calories)
const SESSIONS_AHEAD = new RegExp(`^\\s+(?:(?!(?:per|a|an|each|every|the|this|that|in|of|during|one|for|after|before)\\b)[\\w-]+\\s+){1,4}?(?:${SESSION_NOUNS.join("|")})\\b`, "i");
const BY_PERSON = /\bby\s+(?:Dr\.?\s+|Prof\.?\s+|Professor\s+)?\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+/u;
// the patient's condition, not a harm: "victims who suffered from chronic pain", "patients with injured knees"
const CONDITION_LEAD = /\b(?:suffer(?:s|ed|ing)? from|patients with|people with|conditions?,? (?:including|such as|like)|victims|sufferers|diagnosed with|struggl(?:e|es|ed|ing) with|living with)\b/i;
const TREATS = /\b(?:helped|helps|eliminat(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing)|destroy(?:s|ed|ing)?|(?:remedy|remedies|cure) for|treat|treats|treating|treated|relieve|relieves|relieving|cure|cures|help with|helps with|used for|used on|used against|proposed for|recommended for|prescribed for|indicated for|recover(?:y|ing)? from|reduc\w*|lower(?:s|ed|ing)?(?! (?:back|legs?|limbs?|body|abdom\w*|half|part)\b)|combat\w*|fight(?:s|ing)?|sooth\w*|eas(?:e|es|ing)|alleviat\w*|prevent\w*|lessen\w*|decreas\w*|minimi[sz]\w*|rid (?:\w+ ){0,3}?of|free (?:\w+ )?(?:of|from)|improvements? in|remov(?:e|es|ed|ing)|flush(?:es|ed|ing)? out|detoxif\w*)\b/i;
const INSTRUCTION = /^(?:search|find|contact|call|visit|book|click|ask|choose|check|look for|make sure|ensure)\b/i;
const LEGAL_STATUS = /\b(?:banned|bans?|outlawed|prohibited|criminali[sz]ed|illegal|unlawful|misdemeanou?r)\b/i;
const STANDS_FOR_SUBJECT = /\b(?:it|this|the (?:practice|therapy|treatment|technique|method|procedure))\b/i;
// "For instance, a cold pack can help a sprain": an example led by something else, set beside the subject
const ANALOGY_LEAD = /^(?:for example|for instance|by contrast|in contrast|by comparison|likewise|similarly),?\s+(?!it\b|this\b|they\b|the (?:treatment|therapy|technique|practice|method|procedure)\b)/i;
// ("the number of registered practitioners has doubled since 2000 to about 3,000": grown to the figure)
const NUMBER_OF = /\bnumber of (?:(?:registered|qualified|certified|licensed|practising|practicing|active|trained|accredited)\s+)?(\w+)\b[^.;]{0,80}\b(?:is|are|was|were|stands at|reached|totals?|to be|(?:grown|grew|risen|rose|doubled|tripled|trebled|increased|climbed|jumped|fallen|fell|dropped|declined) (?:[^.;]{0,40}\s)?to)\b[^.;]{0,30}$/i;
const COUNTED_NOUN = /^(?:[a-z]+(?:ists|ians|ioners|ors|ers)|people|patients|members|users|clients|students)$/;
// "clients often feel some soreness after a session": a harm felt after it, beside what it achieves
// "a lung collapsed in a patient being treated for back pain": the patient was treated for the pain, the harm is
// what the treatment did (a harm named before such a phrase is a report of harm, not of benefit)
const TREATED_PATIENT = /\b(?:being|been|while|when|after|during)\s+(?:\w+\s+)?(?:treated|treatment) for\b|\b(?:patients?|people|clients?|someone|(?:a|one) (?:man|woman|patient|person|child)) (?:being |who (?:was|were|had been) )?treated (?:with (?:\w+ ){1,3})?for\b/i;
const EXPERIENCES_HARM = /\b(?:experience|feel|develop|suffer|notice)s?\s+(?:some\s+|mild\s+|slight\s+|temporary\s+)?(?:soreness|bruising|swelling|pain|discomfort|dizziness|nausea|numbness|redness|itching|tingling)\b/i;
const WEAR = /\b(?:worn|wear(?:s|ing)?|stays? (?:on|in place)|left (?:on|in place)|kept on|remains? (?:on|in place))\b/i;
const wearDays = (qs: ReturnType<typeof parseQuantities>) => qs.filter((q) => q.value.unit === "day");
// a course told in days, weeks or months: "a 12-day cleanse", "It's often 7 to 21 days", "the programme lasts six weeks"
const courseDays = (qs: ReturnType<typeof parseQuantities>) => qs.filter((q) => q.value.unit === "day" || q.value.unit === "week" || q.value.unit === "month");
const COURSE_NOUNS = "approach|course|programme|program|cleanse|detox|retreat|process|treatment|regimen|protocol|plan|cure|fast|stay|package|therapy|series";
const COURSE_COMPOUND = new RegExp(`\\b\\d+(?:\\s*(?:-|to|–)\\s*\\d+)?-(?:day|week|month)s?\\s+(?:[\\w-]+\\s+){0,2}?(?:${COURSE_NOUNS})\\b`, "i");
const COURSE_WORD = new RegExp(`\\b(?:${COURSE_NOUNS})\\b`, "i");
// "It's often 7 to 21 days depending on individual needs": the course itself, told as so many days
const COURSE_IS_DAYS = new RegExp(`^(?:it|this|the (?:whole |full |entire )?(?:${COURSE_NOUNS}))(?:['’]s|\\s+(?:is|lasts|takes|runs))\\s+(?:(?:often|usually|typically|generally|normally|about|around|roughly|between|anywhere from|from)\\s+)*\\d`, "i");
// "pain eased within three days", "results in 10 days": a time to a result, not how long it is given
const WITHIN_DAYS = /\b(?:within|in|after)\s+(?:just\s+|only\s+|about\s+)?\d+(?:\s*(?:-|to|–)\s*\d+)?\s+(?:days?|weeks?|months?)\b/i;
const PART_OF_SESSION = /\b(?:the|its|their)\s+(?:first|last|final|opening|closing)\s+$/i;
const PERSON_HELPED = /\b(?:he|she|I|we)\s+(?:[\w-]+\s+){0,5}?help(?:s|ed|ing)?\s+$/i;
// ("has made a difference in the lives of 50,000 patients", "3,000 patients have benefitted from it": the caseload
// and the good it did them)
const HELPED_TO = new RegExp(`${HELPED_TO_OUTCOME}|\\bdifference (?:in|to) (?:the )?lives\\b|\\bbenefit+(?:ed|ing) (?:\\w+ )?from\\b`, "i");
// ("after injury or disease", "recovery from injuries": the harm is the occasion, not what it does)
const FOR_HARM = /(?:\b(?:for|against|after|following|recovery from|recovering from|heal(?:ing)? from|prevents?|preventing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?|\banti-)$/i;
const DEATH_OF = /\bdeath of (?:the |this |that )?/i;
const CONDITION_FIRST = /^(?:if|unless)\b/i;
const TRIAL_ARMS = /\b(?:randomi[sz]ed|allocated|assigned) to\b/i;
const STUDY = /\b(?:study|studies|trial|trials|randomi[sz]ed|sample|cohort|enrolled|participants)\b/i;
// the word a count reads as its noun where the noun is left out ("and some 1,500 across Europe", "around 1,200 in the
// United States")
const ELIDED_NOUN = /^(?:in|across|at|on|throughout|within|outside|from|worldwide|nationwide|abroad|alone|each|more|elsewhere)$/i;
// a share of the counted, not a count: "four in five of them", "3 out of 4"
const SHARE_AFTER = /^\s*(?:in|out of)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|hundred)\b)/i;
// people asked, or a share of them: "300 hotels were asked about it", "Of 300 clients given it, 70% returned"
const SAMPLED = /\b(?:asked|questioned|respondents)\b|%|\bper ?cent\b/i;

export interface ClassifyContext {
  /** The clause's paragraph speaks of the main subject. */
  onTopic: boolean;
  /** Matches a mention of the main subject. */
  subject: RegExp | null;
  /** The use a paragraph is about ("skin rejuvenation"), for the scope of session counts. */
  useScope: string | null;
  /** Lower-case words that are not places (the subject's own words). */
  notPlaces: ReadonlySet<string>;
  /** The clause's sentence is led by a condition ("If …", "When it is used …"). */
  conditional?: boolean;
}

export interface Draft {
  category: Category;
  value: ClaimValue | null;
  facet: string | null;
  confidence: number;
  hedges: string[];
  /** Split the clause into list atoms for this category. */
  atomise: boolean;
  /** A part of the clause (offsets in it) when the clause holds several of these ("X proposed it in 1913, and
   * Y drew the charts in 1932" is two dates and two founders). */
  start?: number;
  end?: number;
}

/** Parts of a clause around anchors: part i runs from after the comma that follows anchor i-1 to the comma that
 * follows anchor i (the clause's ends for the first and last). */
export function partsAround(clause: string, anchors: number[]): Array<[number, number]> {
  const cuts: number[] = [];
  for (let i = 0; i < anchors.length - 1; i++) {
    const rest = clause.slice(anchors[i], anchors[i + 1]);
    const m = rest.search(/[,;]\s/);
    cuts.push(m >= 0 ? anchors[i] + m + 1 : anchors[i + 1]);
  }
  return anchors.map((_, i) => [i === 0 ? 0 : cuts[i - 1], i === anchors.length - 1 ? clause.length : cuts[i]]);
}

/** The clause speaks of something other than the subject: it is led by a bare noun that is not the subject,
 * not a generic stand-in, and nothing in it points back to the subject. */
export function ledByOtherTerm(clause: string, subject: RegExp | null, subjectWords: ReadonlySet<string> = new Set()): boolean {
  if (subject?.test(clause)) return false;
  // "Magnets are generally harmless" on a page about magnet therapy: the subject's own instrument
  const lead = clause.match(/^[A-Z][\p{Ll}-]+/u)?.[0].toLowerCase().replace(/s$/, "");
  if (lead && lead.length >= 4 && [...subjectWords].some((w) => w.length >= 4 && (w.startsWith(lead) || lead.startsWith(w)))) return false;
  if (GENERIC_LEAD.test(clause)) return false;
  if (/\b(?:it|this|they)\s+(?:is|are|was|gives?|has|have|can|does|works?|helps?)\b/i.test(clause)) return false;
  // ("Dehydration is the main hazard", "Hypothermia is rare": a complaint the dictionary knows leads what is said of its
  // harms; not "Pain was measured on a scale")
  const first = /^[A-Z][\p{Ll}-]+/u.exec(clause)?.[0];
  if (first !== undefined && HARM_TOLD.test(clause) && isComplaintWord(first)) return false;
  // "There is …", "Much is …": function words, not a term of their own; "Scientists are sceptical …": people who
  // judge it, not another term; "Infection is rare", "Bruising is common": a harm's name leads what is said of its
  // harms
  return /^(?!(?:There|Here|It|This|That|These|Those|What|Which|Who|Such|Much|Most|Many|Some|All|Each|Every|Both|Few|Nothing|Everything|Something|Little|More|Less|Scientists|Doctors|Experts|Critics|Researchers|Physicians|Studies|Reviews|Trials|Sceptics|Skeptics|Patients|Users|Practitioners|Proponents|Infections?|Bruising|Swelling|Soreness|Redness|Discomfort|Bleeding|Dizziness|Nausea|Itching|Scarring|Numbness|Tenderness|Irritation|Fainting|Blistering|Overheating)\b)[A-Z][\p{Ll}-]+(?:\s+(?:and|or)\s+[\p{L}-]+)?(?:\s+(?:treatments?|therapy|therapies|procedures?|devices?|creams?|injections?|surgery|peels?|fillers?|drugs?|medications?|pills?|supplements?))?(?:,[^,]*,)?\s+(?:is|are|was|were|remains?|results?|affects?|occurs?|has|have|can|may|requires?|needs?|carr(?:y|ies)|involves?)\b/u.test(clause);
}

const HARM_TOLD = /\b(?:hazards?|dangers?|risks?|side[- ]effects?|complications?|common|rare|uncommon|frequent|possible|reported|likely|unlikely)\b/i;

// (grouped by first letter: the same leftmost match, with the nouns of a letter in the order listed)
const OUTCOME = new RegExp(`(${OUTCOME_ALT})\\b`, "gi");
// ("founder of Clear Skin Clinic": an outcome's word written in capitals beside another such word is a name's)
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}&'’-]*\s$/u;
const NAME_WORD_AFTER = /^\s(?:&\s)?\p{Lu}/u;
// the subject's name as a global pattern, to skip the outcome words inside it ("Face gliding", "Frost breathing")
// (a WeakMap: each document makes its own subject pattern, which must not outlive it)
const GLOBAL_OF = new WeakMap<RegExp, RegExp>();
function subjectSpans(clause: string, subject: RegExp | null): Array<[number, number]> {
  if (!subject) return [];
  let g = GLOBAL_OF.get(subject);
  if (!g) GLOBAL_OF.set(subject, (g = new RegExp(subject.source, subject.flags.includes("g") ? subject.flags : subject.flags + "g")));
  const spans: Array<[number, number]> = [];
  g.lastIndex = 0;
  for (let m = g.exec(clause); m; m = g.exec(clause)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return spans;
}
// the object of a benefit verb when no outcome word names it: "can improve willpower", "helps cleanse the lungs
// leaving you refreshed" (up to three words, before a preposition, a conjunction or the clause's end); the verb after a
// modal, "to" or a helper, or in its "-s" form ("clear evidence", "the correct diagnosis" use the word as an adjective)
const VERB_OBJECT = new RegExp(`(?:\\b(?:to|can|may|might|could|will|would|helps?|helped|also|often|even|it|they|which|that)\\s+(?:${anyCueSource(BENEFIT_VERBS.map((v) => `\\b${v}`), "iu")})|\\b(?:improves|increases|reduces|eases|relieves|cures|heals|treats|cleanses|boosts|strengthens|restores|prevents|enhances|alleviates))\\s+(?:(?:the|your|their|its|his|her|our|one['’]s|a|an|any)\\s+)?(?!(?:of|in|to|for|by|with|on|at|from|into|and|or|the|a|an|up|down|out|off)\\b)((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]{3,})(?=\\s*(?:$|[,.;:!?)]|(?:in|of|for|by|with|to|through|and|or|while|leaving|without|naturally|so|which|that|who|when|after|before|during|within|from|because|as|at|on|over|into|than|more|better|faster)\\b))`, "iu");
// …or the subject of a passive benefit: "Through it, eye strain can be relieved"
const PASSIVE_OBJECT = /(?:^|,\s*)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,})\s+(?:(?:can|may|could|will|might)\s+be|is|are|was|were)\s+(?:\w+ly\s+)?(?:relieved|reduced|improved|eased|cured|healed|alleviated|resolved|lessened|corrected|restored|prevented)\b/u;
const RELIEF_PARTICIPLE = /relieved|reduced|improved|eased|cured|healed|alleviated|resolved|lessened|corrected|restored|prevented/i;
// what no object names: a pronoun, people, a vague whole, a measure of something else, the treatment itself, a word
const NO_OUTCOME_OBJECT = /^(?:it|them|this|that|these|those|you|people|patients|clients|users|someone|everyone|things|lives|life|results?|benefits?|effects?|everything|anything|something|nothing|none|little|much|many|more|lots?|all|one|health benefits|possibility|chances?|likelihood|risks?|amount|number|need|use|quantity|dose|frequency|evidence|claims?|word|name|term|(?:the )?(?:treatment|therapy|technique|method|practice|procedure)s?)$/i;
// a benefit told as the means of another ("decrease pain by increasing blood flow"): the outcome is not there
const BY_MEANS = /\bby\s+$/i;
const BENEFIT_ALL = new RegExp(BENEFIT.source, "giu");

/** Which of the dictionary's words a clause holds, by its gates: a verb of relief or bettering, a complaint. The
 * dictionary's readings (health-words.ts) run only when their words are there. */
interface HealthWords { verb: boolean; complaint: boolean }
const NO_HEALTH_WORDS: HealthWords = { verb: false, complaint: false };

/** The outcome a clause names: the one its benefit verb acts on ("uses cold water to improve sleep" is sleep), else
 * its first outcome word outside the subject's own name ("Face gliding helps the complexion") and outside a
 * capitalised name, else the object of a benefit verb that no outcome word names ("can improve willpower"), else a
 * complaint or body part the dictionary knows (health-words.ts). */
function outcomeFacet(clause: string, subject: RegExp | null = null, health: HealthWords = NO_HEALTH_WORDS): string | null {
  const named = namedOutcome(clause, subject, health);
  // "manage conditions such as asthma": a general word for what it treats, named by its example
  const example = named && GENERAL_OUTCOME.test(named) ? EXAMPLE_AFTER.exec(clause) : null;
  return example ? example[1].toLowerCase() : named;
}

// a general word for what it treats, and the example that names it
const GENERAL_OUTCOME = /^(?:conditions?|problems?|disorders?|ailments?|diseases?|illness(?:es)?|complaints?|symptoms?|issues?)$/;
const EXAMPLE_AFTER = /\b(?:such as|including|like|e\.g\.,?|especially|particularly)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]{3,})(?=\s*(?:$|[,.;:)]|(?:and|or)\b))/u;

const REASON_LEAD = /^(?:however,?\s+|but\s+|and\s+)?(?:because|since|as|given that|seeing that)\b[^,;]{3,120},/i;
function namedOutcome(clause: string, subject: RegExp | null, health: HealthWords): string | null {
  // (the subject's spans are read only once an outcome word is found: most clauses it is asked of name none)
  let inSubject: Array<[number, number]> | undefined;
  // ("Because aged clay holds a high sulfur concentration, it is effective against rashes": the reason's words name no
  // outcome)
  const reasonEnd = REASON_LEAD.exec(clause)?.[0].length ?? 0;
  const usable = (m: RegExpExecArray, offset: number): boolean => {
    const at = offset + m.index;
    if (at < reasonEnd) return false;
    if ((inSubject ??= subjectSpans(clause, subject)).some(([s, e]) => at >= s && at < e)) return false;
    const c = clause.charCodeAt(at);
    const capitalised = c >= 65 && c <= 90;
    return !capitalised || !(NAME_WORD_BEFORE.test(clause.slice(Math.max(0, at - 30), at)) || NAME_WORD_AFTER.test(clause.slice(at + m[0].length, at + m[0].length + 30)));
  };
  // the usable outcome words; with one, it is the answer whichever a benefit verb acts on (the verb's own outcome, if
  // usable, is that one; if not, the first usable word is taken): only with two or more is the verb asked
  let first: string | null = null;
  let several = false;
  OUTCOME.lastIndex = 0;
  for (let m = OUTCOME.exec(clause); m; m = OUTCOME.exec(clause)) {
    if (!usable(m, 0)) continue;
    if (first === null) first = m[1].toLowerCase();
    else { several = true; break; }
  }
  if (several) {
    BENEFIT_ALL.lastIndex = 0;
    for (let benefit = BENEFIT_ALL.exec(clause); benefit; benefit = BENEFIT_ALL.exec(clause)) {
      if (BY_MEANS.test(clause.slice(Math.max(0, benefit.index - 4), benefit.index))) continue;
      const acted = benefit[0];
      OUTCOME.lastIndex = 0;
      for (let m = OUTCOME.exec(acted); m; m = OUTCOME.exec(acted)) if (usable(m, benefit.index)) return m[1].toLowerCase();
    }
  }
  if (first !== null) return first;
  // a complaint or body part the dictionary knows, acted on by a verb of relief or bettering ("mitigates menstrual
  // cramps", "tones the thighs")
  const acted = health.verb ? healthObject(clause) : null;
  if (acted !== null && acted.start >= reasonEnd && !(subject?.test(acted.text) ?? false)) return acted.text;
  // (a quick test for a participle of relief before PASSIVE_OBJECT, which may start at any comma)
  const object = VERB_OBJECT.exec(clause) ?? (RELIEF_PARTICIPLE.test(clause) ? PASSIVE_OBJECT.exec(clause) : null);
  const named = object?.[1].toLowerCase().replace(/\s+/g, " ");
  if (named && !NO_OUTCOME_OBJECT.test(named) && !(subject?.test(named) ?? false)) return named;
  // or a complaint the treatment acts on, whatever the verb ("quashes sneezing")
  const relieved = health.complaint ? relievedComplaint(clause, subject) : null;
  if (relieved !== null && relieved.start >= reasonEnd) return relieved.text;
  // else the first complaint named anywhere outside the subject's name and a leading reason ("is no better than a
  // placebo for bursitis", "helps with chilblains")
  const anywhere = health.complaint ? firstComplaint(clause, [[0, reasonEnd], ...(inSubject ??= subjectSpans(clause, subject))]) : null;
  return anywhere?.text ?? null;
}

/** Of a clause's years (parseYears), the one a cue at `cueAt` speaks of. */
function pickYear(ys: Found<YearValue>[], cueAt: number): YearValue | null {
  if (ys.length === 0) return null;
  // the year nearest after the cue, else the nearest before it
  const after = ys.filter((y) => y.start >= cueAt);
  return (after[0] ?? ys[ys.length - 1]).value;
}

/** The clause speaks of the subject (classifyClause asks only when a category needs it). */
function isLinked(clause: string, ctx: ClassifyContext): boolean {
  return ctx.onTopic && !ledByOtherTerm(clause, ctx.subject, ctx.notPlaces);
}

/** Persons named right after "developed by", "created by" …: when the clause has them, they are its founders,
 * and a person named before the cue ("A attended a course developed by B") is not. */
function agentsOfPassiveFounder<T extends { start: number }>(clause: string, persons: T[]): T[] {
  if (persons.length < 2) return [];
  PASSIVE_FOUNDER.lastIndex = 0;
  let first = -1;
  let agent = false;
  for (let m = PASSIVE_FOUNDER.exec(clause); m; m = PASSIVE_FOUNDER.exec(clause)) {
    const at = m.index + m[0].length;
    if (first < 0) first = m.index;
    agent ||= persons.some((p) => p.start >= at && p.start <= at + 24);
  }
  // the persons from the first cue on ("developed by A …, which was developed in the 1930s by B": A and B)
  return agent ? persons.filter((p) => p.start > first) : [];
}

/** A person's birth ("Ann P. Lee was born in 1896"), not the treatment's ("Zone Therapy was born in 1917",
 * "Reflexology was born"): a pronoun or a name that is not the subject's and holds no word of a method. */
function personBorn(clause: string, subject: RegExp | null): boolean {
  if (!clause.includes("born")) return false;
  if (BORN_APPOSITION.test(clause)) return true;
  const m = clause.match(PERSON_BORN);
  if (!m) return false;
  const name = m[0].replace(/\s+(?:was\s+)?born$/, "");
  if (/^(?:he|she|who)$/i.test(name.trim())) return true;
  return !METHOD_WORD.test(name) && !(subject?.test(name.split(/\s+/)[0]) ?? false);
}

/** A harm word at `harmAt` that names what it is used against or the patient's condition ("used to treat painful
 * periods", "Recovery from injuries is its main purpose", "victims who suffered from chronic pain"). */
const TITLE_BEFORE_NAME = /\b(?:the|an?|famous|renowned|noted) (?:inventor|creator|founder|originator|pioneer)s? (?=(?:Dr\.? |Sir |Mr\.? |Mrs\.? |Ms\.? )?\p{Lu}\p{Ll})/gu;

// (each noun as the pattern needs it, before a space: "pioneered it" holds none)
const TITLE_NOUNS = ["inventor ", "inventors ", "creator ", "creators ", "founder ", "founders ", "originator ", "originators ", "pioneer ", "pioneers "];

function blankTitlesBeforeNames(clause: string): string {
  // (most clauses hold none of the nouns: a plain substring search is much cheaper than the pattern's scan)
  for (const noun of TITLE_NOUNS) if (clause.includes(noun)) return clause.replace(TITLE_BEFORE_NAME, (all) => " ".repeat(all.length));
  return clause;
}

/** "Aspirin should not be used in pregnancy": advice against something the clause names instead of the subject
 * (or a word that stands for it) warns of that thing. */
function advisesAgainstOther(clause: string, ctx: ClassifyContext): boolean {
  // (every such advice holds a "not" or an "n't": most clauses hold neither)
  return (clause.includes("not") || clause.includes("n't") || clause.includes("n’t")) && !CONTRAINDICATED_WORD.test(clause) && anyOf(ADVISED_AGAINST, clause)
    && !(ctx.subject?.test(clause) ?? false) && !STANDS_FOR_SUBJECT.test(clause) && !namesSubjectByItsVerb(clause, ctx.notPlaces) && !PROVIDER_REFUSES.test(clause);
}
// "We cannot accept guests with …", "Our clinic will not treat anyone under 16": the page's own provider turns people away
// from what it gives (the treatment, unnamed)
const PROVIDER_REFUSES = /^(?:we|i|our (?:[\w-]+ ){0,3}?(?:clinic|studio|centre|center|practice|spa|salon|team|therapists?|practitioners?|staff))\s+(?:do not|don['’]t|will not|won['’]t|cannot|can['’]t|never|are unable to|am unable to|is unable to)\b/i;

/** A practice named by a gerund ("floating", "cupping") spoken of by its verb: "are advised not to float". */
function namesSubjectByItsVerb(clause: string, subjectWords: ReadonlySet<string>): boolean {
  for (const w of subjectWords) {
    if (w.length < 6 || !w.endsWith("ing")) continue;
    // ("cupping" → "cup": a doubled consonant before the ending is one)
    const stem = w.slice(0, -3).replace(/([b-df-hj-np-tv-z])\1$/, "$1");
    if (new RegExp(`\\b${stem}[a-z]?(?:s|ed)?\\b`, "i").test(clause)) return true;
  }
  return false;
}

// "… injections of sheep cells that were purported to promote long life": a benefit reported of the noun before
const RELATIVE_REPORT = /\b(?:that|which)\s+(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:purported|said|claimed|believed|thought|supposed|reported|alleged|promoted|touted)\s+to\b/i;

// ("the treatments that are said to …", "a method which is claimed to …": the text's own subject in other words)
const TREATMENT_NOUN_BEFORE = /\b(?:treatment|therapy|technique|method|practice|procedure|sessions?|process|regimen|protocol|programme|program|cleanse)s?\s*,?\s*$/i;

/** A benefit reported in a relative clause of another thing: the clause names neither the subject nor a word that
 * stands for it before "that" ("X is a branch of Y which is purported to …" and "X is a tape that is purported to …"
 * describe the subject). */
function reportOfOtherThing(clause: string, subject: RegExp | null): boolean {
  if (!clause.includes("that ") && !clause.includes("which ")) return false;
  const m = RELATIVE_REPORT.exec(clause);
  if (!m) return false;
  const before = clause.slice(0, m.index);
  return !(subject?.test(before) ?? false) && !STANDS_FOR_SUBJECT.test(before) && !TREATMENT_NOUN_BEFORE.test(before);
}

// "The only way to improve wrinkles, besides surgery, is to use retinoid creams": the way named is something else
const ONLY_WAY = /^(?:but |and |however,? )?(?:the )?only (?:proven |real |effective |reliable )?(?:way|thing|treatment|method|option|remedy)s? (?:to|that|for)\b/i;
// "Runners know that stretching can improve flexibility": what people know of another thing, told beside the subject
const KNOWN_THAT = /^(?:[\p{L}'’-]+\s+){1,4}?(?:know|knows|knew|have long known|will tell you|understand|understands)\s+that\s+/iu;
// "… but a friendly chat can make you feel better": some thing, not the subject, does the good
const INDEFINITE_DOER = /^(?:(?:but|and|yet|while|whereas)\s+)?an?\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:can|could|may|might|will|would|does|helps?)\b/iu;
// what the doer of a benefit may be called when it is the subject in other words ("regular sessions", "a course")
const STANDS_FOR_TREATMENT = /\b(?:it|this|they|these|those|treatments?|therap(?:y|ies)|techniques?|methods?|practices?|procedures?|sessions?|courses?|visits?|appointments?|applications?|programmes?|programs?)\b/i;

// "Our kidneys, GI systems, and liver all work to … rid us of toxins", "Your body already detoxes itself": the body's own
// organs do the good (a sceptic's argument that the treatment is not needed, not a benefit of it)
const BODY_DOES_IT = /^[“"‘]?(?:(?:but|and|yet|in fact|actually),?\s+)?(?:our|your|the|their|a healthy|the human)\s+(?:own\s+)?(?:body|bodies|kidneys?|liver|lungs|skin|immune system|lymphatic system|gut|colon|digestive (?:system|tract)|organs)\b(?:,?\s+(?:and\s+)?(?:[\w-]+\s+){0,2}?(?:kidneys?|liver|lungs|skin|systems?|tracts?|gut|colon|organs)\b,?)*\s+(?:all\s+|already\s+|naturally\s+|are\s+|is\s+)*(?:work|works|do|does|detox\w*|remove|removes|filter|filters|eliminate|eliminates|clear|clears|designed|equipped|able|capable|perfectly)\b/i;

const EVERYDAY_DOER = /^(?:(?:but|and|yet|while|whereas|of course|similarly|likewise|in contrast|by contrast),?\s+)?(?:plain |regular |drinking |daily |moderate |good |enough |a healthy |a balanced |healthy |proper |gentle )?(water|exercise|sleep|rest|diet|food|fruits?|vegetables|stretching|walking|meditation|medications?|painkillers|surgery|physiotherapy|physical therapy|hydration)\s+(?:also\s+|can\s+|may\s+|will\s+|often\s+)?(?:helps?|improves?|reduces?|eases?|relieves?|boosts?|keeps?|lowers?|prevents?|promotes?|supports?)\b/i;

/** The good a clause tells is done by another thing: common knowledge of something else ("Swimmers know that
 * regular laps can lower blood pressure") or something met by chance ("a friendly chat can make you feel
 * better"). The subject, a word of its name or a word that stands for it as the doer keeps the claim its own. */
function benefitOfOtherDoer(clause: string, ctx: ClassifyContext): boolean {
  if (BODY_DOES_IT.test(clause)) return true;
  // "Plain water helps your body cool down", "Regular exercise improves sleep": an everyday thing does the good (not
  // when it is the subject's own word: "massage" on a page about Thai massage)
  const everyday = EVERYDAY_DOER.exec(clause);
  if (everyday && !(ctx.subject?.test(clause) ?? false) && ![...ctx.notPlaces].some((w) => w.length >= 4 && everyday[1].toLowerCase().startsWith(w.toLowerCase().replace(/s$/, "")))) return true;
  if (!clause.includes("that ") && !/^(?:(?:but|and|yet|while|whereas)\s+)?an?\s/i.test(clause)) return false;
  if (ctx.subject?.test(clause)) return false;
  const known = KNOWN_THAT.exec(clause);
  const doer = known ? clause.slice(known[0].length).split(/\s+(?:can|could|may|might|will|would|does|do|helps?|help)\b/i)[0]
    : INDEFINITE_DOER.exec(clause)?.[1];
  if (doer === undefined || doer.length > 80 || STANDS_FOR_TREATMENT.test(doer)) return false;
  const words = doer.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  return !words.some((w) => [...ctx.notPlaces].some((n) => n.length >= 4 && (n.startsWith(w.replace(/s$/, "")) || w.startsWith(n))));
}

const HAS_WORD = /\p{L}{2}/u;
// a credential between a count and its noun: "12 certified instructors", "40 qualified pebble pressing teachers"
const CREDENTIAL_BEFORE_NOUN = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:certified|qualified|registered|licensed|accredited)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:ers|ors|ists|ians|ioners|teachers|instructors|therapists|practitioners|trainers)\b/iu;
// how many there are now, told of the clause's people: "there are", "we have", "I have", "today", "now"
const HOW_MANY_THERE_ARE = /\b(?:there\s+(?:are|were)|(?:we|I|they|she|he|it)\s+(?:now\s+)?(?:have|has)|today|now|currently)\b/i;
// (and a quality it is known for, "has a reputation for being painful", "notorious for bruising")
const CAUSED_JUST_BEFORE = /\b(?:cause[sd]?|causing|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|trigger(?:s|ed|ing)?|bring(?:s|ing)? on|brought on|for being|(?:reputation|known|notorious|infamous|famous) for)\s+(?:\w+\s+)?$/i;

function harmBeforeTreatedPatient(clause: string): boolean {
  const treatedAt = clause.search(TREATED_PATIENT);
  if (treatedAt < 0) return false;
  const harmAt = firstIndex(HARM, clause);
  return harmAt >= 0 && harmAt < treatedAt;
}

// a complaint that does harm of its own, told before the treatment is named: "Carpal tunnel syndrome can cause numbness",
// "Sinus infections can be miserable, bringing headaches", "Chronic stress raises the risk of heart disease"
const DISEASE_LEAD = /^(?:(?:chronic|acute|severe|untreated|long-term|persistent|recurrent)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:syndrome|disease|infections?|disorders?|stress|inflammation|arthritis|diabetes|obesity|asthma|eczema|psoriasis|migraines?|insomnia|depression|anxiety|cancer|[a-z]{3,}itis|[a-z]{3,}osis)\s+(?:can|may|might|often|commonly|typically|also|will|itself)?\s*(?:cause[sd]?|bring(?:s|ing)?|raise[sd]?|lead(?:s)? to|trigger(?:s|ed)?|be)\b/iu;
function diseaseDoesHarm(clause: string, subject: RegExp | null): boolean {
  return DISEASE_LEAD.test(clause) && !(subject?.test(clause) ?? false);
}
// a complaint that comes with the treatment or after it: a time after a session, people who may get it, a side effect
const COMES_WITH_IT = /\b(?:after(?:wards)?|following|during) (?:(?:a|the|each|every|your|their|his|her|my|one|first|second)\s+)*(?:[\w-]+ )?(?:sessions?|treatments?|procedures?|injections?|applications?|use|visits?|appointments?|infusions?|drips?|baths?|soaks?|dives?|rounds?|courses?|massages?|adjustments?|manipulations?|exposures?|plunges?|floats?|classes?|sittings?|wraps?|peels?|stings?|workouts?)\b|\bafterwards\b|\bthe (?:next|following) (?:day|morning)\b|\bfor (?:a|one|two|a few|several|twenty-four|24|48) (?:days?|hours?)\b|\b(?:some|many|a few|most) (?:people|patients|users|clients|women|men|children)\s+(?:\w+\s+)?(?:feel|get|experience|develop|notice|suffer|have|report|complain)\b|\b(?:you|people|patients|users|clients|some)\s+(?:may|might|can|could|will|sometimes|occasionally|often)\s+(?:\w+\s+)?(?:feel|get|experience|develop|notice|suffer|have)\b|\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|reactions?)\b/i;
// a complaint told as one reported: "Rib fractures have been reported in older patients", "reports of seizures in infants"
const HARM_REPORTED = /\b(?:has|have|had) been (?:\w+ly )?(?:reported|documented|described|recorded|observed)\b|\breports? of\b/i;
// the complaint told as less, gone or eased: what it relieves
const RELIEVED_WORDS = /\b(?:less|fewer|reduced|reduction|relie(?:f|ved?)|eased?|gone|disappear\w*|better|improv\w*|cured?|free of|free from|no more|went down|subsided|lifted|helped|helps)\b/i;
// "no headaches afterwards", "without any nausea": a harm denied
const NEGATION_BEFORE_HARM = /\b(?:no|without|never|nor|not|n['’]t|free of|free from|zero)\b/i;
const PEOPLE_WITH_BEFORE = /\b(?:participants|subjects|volunteers|adults|women|men|patients|people) with (?:an? )?(?:[\w-]+ ){0,2}$/i;
function harmTreated(clause: string, harmAt: number): boolean {
  // ("… but often causes bruising": a harm it causes is no condition it treats, whatever came before)
  return harmAt >= 0 && !CAUSED_JUST_BEFORE.test(clause.slice(Math.max(0, harmAt - 30), harmAt)) && (TREATS.test(clause.slice(0, harmAt)) || CONDITION_LEAD.test(clause.slice(0, harmAt))
    // "a point for hiccups", "anti-snoring bands", "works against cramps": what it is for
    || FOR_HARM.test(clause.slice(Math.max(0, harmAt - 32), harmAt))
    // "22 participants with chronic knee discomfort": the complaint of the people it was tried on, named just before
    || PEOPLE_WITH_BEFORE.test(clause.slice(Math.max(0, harmAt - 50), harmAt)));
}

/** "marked the death of reflexology": the end of the practice itself, a figure of speech and no harm. */
function deathOfSubject(clause: string, subject: RegExp | null): boolean {
  const m = DEATH_OF.exec(clause);
  if (!m || !subject) return false;
  return clause.slice(m.index + m[0].length).search(subject) === 0;
}

// "a 5,000-year-old Ayurvedic therapy", "this 2000 year old practice": the age of a practice is when it began
// (not a person's: "a 45-year-old woman")
const AGE_OF_PRACTICE = /\byears?[\s-]old\s+(?:[\p{L}-]+\s+){0,3}?(?:therap(?:y|ies)|practices?|traditions?|systems?|techniques?|arts?|methods?|treatments?|remed(?:y|ies)|medicine|healing|disciplines?|science|wisdom|rituals?|customs?|procedures?)\b/iu;
// "Reflexology is over 2,000 years old": the subject's own age
const AGE_AFTER_SUBJECT = /^[\p{L}-]*(?:\s+(?:therapy|treatment|technique|method|practice))?\s+(?:is|are)\s+(?:[\w,.]+\s+){0,3}?years\s+old\b/iu;
function ageOfSubject(clause: string, subject: RegExp | null): boolean {
  const m = subject ? clause.match(subject) : null;
  return m !== null && AGE_AFTER_SUBJECT.test(clause.slice(m.index! + m[0].length));
}

/** The subject, then within a few words a benefit verb: "Chelation appeared to reduce angina". */
function subjectBenefits(clause: string, subject: RegExp | null): boolean {
  // ("It can improve athletic performance": a pronoun that leads the clause stands for the subject, as the extractor
  // reads it)
  const pronoun = PRONOUN_LEAD.exec(clause);
  if (pronoun && SUBJECT_BENEFIT.test(clause.slice(pronoun[0].length))) return true;
  if (!subject) return false;
  const m = clause.match(subject);
  if (!m) return false;
  const rest = clause.slice(m.index! + m[0].length);
  return SUBJECT_BENEFIT.test(rest) || SUBJECT_FEELS.test(rest) || SUBJECT_REMEDY.test(rest)
    || (DEFINED_AS_DOING.test(rest) && DEFINED_BENEFIT.test(rest.replace(BRACKETED, "")));
}
// "X (meaning “five actions”) refers to a sequence of deeply purifying treatments that remove toxins, restore
// digestion and balance …": the subject defined as treatments that do good, whatever the good is called
const DEFINED_AS_DOING = /\b(?:that|which)\b/;
const BRACKETED = /\s*\([^()]*\)/g;
const DEFINED_BENEFIT = /^[^.;]{0,30}?\b(?:is|are|refers? to|means|describes|involves|comprises|consists of)\s+(?:[\w-]+\s+){0,6}?(?:treatments?|therap(?:y|ies)|procedures?|techniques?|methods?|system|practices?|remed(?:y|ies)|regimens?|programmes?|programs?)\s+(?:that|which)\s+(?:\w+ly\s+)?(?:also\s+)?(?:remov(?:e|es)|restor(?:e|es)|balanc(?:e|es)|cleans(?:e|es)|purif(?:y|ies)|rejuvenat(?:e|es)|detoxif(?:y|ies)|eliminat(?:e|es)|heal(?:s)?|reliev(?:e|es)|reduc(?:e|es)|improv(?:e|es)|strengthen(?:s)?|revitali[sz](?:e|es)|renew(?:s)?)\b/i;
const PRONOUN_LEAD = /^(?:It|They|This (?:treatment|therapy|technique|method|practice)|These (?:treatments|sessions))\b/;
// "The clay, a natural remedy for acne and eczema, is sold …": the subject named a remedy in apposition (not another
// thing so named: "The X protocol, a treatment for addiction, was created …" is about X)
const SUBJECT_REMEDY = /^[\p{L}-]*(?:\s+(?:therapy|treatment|treatments))?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:treatment|remedy|cure)\s+for\b/iu;
// "Cupping is very relaxing": how the treatment itself feels, told as a benefit
// (the subject's pattern matches a stem: the rest of its word comes first)
const SUBJECT_FEELS = /^[\p{L}-]*(?:\s+(?:therapy|treatment|sessions?))?\s+(?:is|are|was|were|feels?|felt|can be)\s+(?:very |deeply |incredibly |extremely |so |really |quite |wonderfully )?(?:relaxing|soothing|calming|restful)\b/iu;

/** Led by the name of another thing that is not a method ("Oxygen was not discovered until 1773 by A"): its
 * dates and discoverers are that thing's. A named method ("Zone therapy was introduced by A") is kept: its
 * founder and date are read, then given to that method. */
function ledByOtherThing(clause: string, ctx: ClassifyContext): boolean {
  const m = clause.match(PASSIVE_ORIGIN);
  if (!m || !ledByOtherTerm(clause, ctx.subject, ctx.notPlaces)) return false;
  const lead = clause.slice(0, m.index! + 1);
  return namedMethods(lead).length === 0 && !METHOD_WORD.test(lead);
}

/** The clause names a benefit (an efficacy cue or a benefit verb with its outcome). */
function recognitionCue(clause: string): boolean {
  return anyOf(RECOGNITION, clause) || namesStatute(clause);
}
const namesStatute = (clause: string) => STATUTE_WORD.test(clause) && STATUTE_RE.test(clause);
const STATUTE_RE = new RegExp(STATUTE);
const STATUTE_WORD = /\b(?:Act|Law|Statute|Code|Decree|Regulations?)\b/;

function namesBenefit(clause: string, subject: RegExp | null = null, health: HealthWords = NO_HEALTH_WORDS): boolean {
  return anyOf(EFF, clause) || benefitNamed(clause) || (NOTICED_VERB.test(clause) && NOTICED_OUTCOME.test(clause))
    || (CHANGE_IN.test(clause) && (STUDY_FOUND_FALL_RE.test(clause) || STUDY_FOUND_RISE_RE.test(clause)))
    || anyOf(EFF_MORE, clause) || setsBodilyProcessGoing(clause, subject)
    || (clause.includes("ecommend") && recommendedFor(clause))
    || (RESULT_SIZE.test(clause) && SIZED_RESULT.test(clause))
    || (health.verb && subjectRelieves(clause, subject)) || (health.complaint && relievedComplaint(clause, subject) !== null) || complaintEased(clause, subject);
}

/** A complaint the dictionary knows, told as the one that eased, with the treatment beside it: "Monthly migraine days
 * fell by 3.1 with biofeedback", "After three months my migraines had all but disappeared" (not a complaint that passes
 * on its own, "Back pain often eases by itself", nor one that did not ease). */
function complaintEased(clause: string, subject: RegExp | null): boolean {
  const m = COMPLAINT_CHANGE.exec(clause);
  if (m === null || PASSES_ON_ITS_OWN.test(clause) || NOT_BEFORE_CHANGE.test(clause.slice(Math.max(0, m.index - 20), m.index))) return false;
  // (the complaint may qualify what is measured: "Monthly migraine days fell")
  const before = clause.slice(Math.max(0, m.index - 60), m.index);
  return (before.match(/[\p{L}-]+/gu) ?? []).some(isComplaintWord) && (subject?.test(clause) || TREATMENT_BESIDE.test(clause) || STANDS_FOR_TREATMENT.test(clause)) === true;
}
const COMPLAINT_CHANGE = /\b(?:fell|dropped|declined|decreased|diminished|lessened|disappeared|vanished|went away|went down|eased|subsided|improved|cleared up|settled down|calmed down|halved)\b/i;
const PASSES_ON_ITS_OWN = /\b(?:on (?:its|their) own|by (?:itself|themselves)|naturally|spontaneously|without (?:any )?(?:treatment|intervention)|in both groups|in (?:the )?(?:control|placebo|sham) group)\b/i;
const NOT_BEFORE_CHANGE = /\b(?:not|never|no|n['’]t|hardly|barely)\s+(?:\w+\s+)?$/i;
// the treatment beside the eased complaint: "with it", "after three months", "since I started"
const TREATMENT_BESIDE = /\b(?:with|after|since|following|thanks to|once (?:i|we|she|he|they))\b/i;

/** A practitioner named after the practice: "Rolfers" of Rolfing, "floaters" of brine floating, "cuppers" of cupping (an
 * agent ending on the subject's name, or on a stem of one of its words). */
function namedAfterPractice(noun: string, ctx: ClassifyContext): boolean {
  if (!AGENT_NOUN.test(noun)) return false;
  if (ctx.subject?.test(noun)) return true;
  for (const word of ctx.notPlaces) {
    if (word.length < 5) continue;
    const stem = word.toLowerCase().replace(/(?:ing|y|e)$/, "");
    if (stem.length >= 4 && noun.startsWith(stem) && AGENT_ENDING.test(noun.slice(stem.length))) return true;
  }
  return false;
}
const AGENT_NOUN = /(?:ers|ors|ists|ians)$/;
const AGENT_ENDING = /^(?:ers|ors|ists|ians)$/;
/** Places named for the practice, counted: "more than 60 cryochambers" (of cryotherapy), "300 salt rooms" (of salt
 * therapy), "1,000+ cryotherapy centres": the place's head noun, led by the subject's word or a stem of it. */
function placeNamedForPractice(noun: string, counted: string, ctx: ClassifyContext): boolean {
  const head = PLACE_HEAD.exec(noun);
  if (head === null) return false;
  const lead = noun.slice(0, head.index);
  const words = counted.toLowerCase().split(/[^\p{L}]+/u);
  for (const word of ctx.notPlaces) {
    if (word.length < 4 || GENERIC_HEAD.test(word)) continue;
    if ((lead.length >= 3 && word.startsWith(lead)) || words.includes(word.toLowerCase())) return true;
  }
  return false;
}
/** The words from a count's figure to its noun ("salt rooms" of "300 salt rooms"). */
function countedPhrase(clause: string, end: number, noun: string): string {
  const at = noun ? clause.toLowerCase().indexOf(noun, end) : -1;
  return at >= 0 && at - end < 40 ? clause.slice(end, at + noun.length) : "";
}
const PLACE_HEAD = /(?:centres|centers|clinics|rooms|chambers|caves|spas|salons|studios|tanks|pods|booths|cabins|suites|parlou?rs)$/;
// (the subject's head noun names no place of it: "therapy rooms" are any therapy's)
const GENERIC_HEAD = /^(?:therapy|therapies|treatment|treatments|technique|method|medicine|massage|care|healing)$/i;

/** How the treatment is told to work: it sets a process of the body going, "the injections provoke the proliferation
 * of tissue", "in order to provoke a regenerative tissue response", "it kick-starts the body's healing". Done by the
 * treatment: its name, a word standing for it, a means of giving it ("the needles", "the compound"), or no doer named;
 * or, after "to" of a purpose, with one of those before it ("an irritating compound to prompt the production of …").
 * Not "Stress triggers the release of cortisol", nor a harm, "can provoke an allergic response". */
function setsBodilyProcessGoing(clause: string, subject: RegExp | null): boolean {
  const m = SETS_PROCESS_GOING.exec(clause);
  if (m === null) return false;
  if (m[1].split(/\s+/).some((w) => HARMFUL_MODIFIER.has(w.toLowerCase()))) return false;
  const doer = clause.slice(0, m.index);
  if (NO_DOER.test(doer) || TREATMENT_MEANS_LAST.test(doer) || PRONOUN_LEAD.test(doer)) return true;
  const byTreatment = (subject?.test(doer) ?? false) || STANDS_FOR_TREATMENT.test(doer) || TREATMENT_MEANS.test(doer);
  return byTreatment && (PURPOSE_TO.test(doer) || (subject !== null && subject.test(doer.slice(doer.search(LAST_WORDS)))));
}
const SETS_PROCESS_GOING = new RegExp(`\\b(?:${SETTING_OFF_VERBS.join("|")})\\s+(?:(?:the|a|an|its|their|your|our|this|new|more|further|natural|own|body['’]s|bodys|(?:[\\w-]+|“[^”]*”|"[^"]*")\\s+or)\\s+){0,3}((?:[\\w-]+\\s+){0,2}?)(?:${BODILY_PROCESS_NOUNS.join("|")})\\b`, "i");
const HARMFUL_MODIFIER = new Set(HARMFUL_PROCESS_MODIFIERS);
// the means a treatment is given by, as the doer of what it does in the body
const TREATMENT_MEANS = /\b(?:injections?|needles?|needling|movements?|moves|touch(?:es)?|strokes?|pressure|manipulations?|massage|sessions?|lessons?|classes|treatments?|procedures?|techniques?|therap(?:y|ies)|methods?|tape|taping|cups|suction|oils?|solutions?|compounds?|irritants?|substances?|stimulation|heat)\b/i;
const TREATMENT_MEANS_LAST = new RegExp(`${TREATMENT_MEANS.source}(?:\\s+(?:\\w+ly|may|might|can|could|will|would|also|then|in turn|are said to|is said to|are thought to|is thought to|are meant to|is meant to|help|helps|help to|helps to))*\\s*$`, "i");
const PURPOSE_TO = /\b(?:to|in order to|so as to)\s+(?:\w+ly\s+)?$/i;
// the doer's last few words: the subject named among them does what follows ("… the newer concept, called X, is that
// it …" is read by the pronoun)
const LAST_WORDS = /(?:\S+\s+){0,4}$/;

/** A complaint the dictionary knows, acted on by the treatment with any verb but one that brings it on or only names
 * it: "<it> quashes sneezing", "because it hushes stomachaches", "Seasickness is thwarted by <it>". */
function relievedComplaint(clause: string, subject: RegExp | null): HealthPhrase | null {
  const spans = subjectSpans(clause, subject);
  const acted = actsOnComplaint(clause, treatmentEnds(clause, spans));
  if (acted !== null) return acted;
  for (const [start] of spans) {
    const done = complaintDoneBy(clause, start);
    if (done !== null) return done;
  }
  return null;
}
/** Where each mention of the treatment ends: its name (`spans`), or a word standing for it as a doer. */
function treatmentEnds(clause: string, spans: Array<[number, number]>): number[] {
  const ends = spans.map(([, e]) => e);
  DOER_PRONOUN.lastIndex = 0;
  for (let m = DOER_PRONOUN.exec(clause); m; m = DOER_PRONOUN.exec(clause)) {
    if (DOER_PRONOUN_LEAD.test(clause.slice(Math.max(0, m.index - 10), m.index))) ends.push(m.index + m[0].length);
  }
  return ends.sort((a, b) => a - b);
}
/** Where each mention of a means the treatment is given by ends ("the needles", "prolonged sessions", "the brew"). */
function meansEnds(clause: string): number[] {
  const ends: number[] = [];
  MEANS_DOER.lastIndex = 0;
  for (let m = MEANS_DOER.exec(clause); m; m = MEANS_DOER.exec(clause)) ends.push(m.index + m[0].length);
  return ends;
}
const MEANS_DOER = new RegExp(`${TREATMENT_MEANS.source}|\\b(?:brews?|drinks?|juices?|pastes?|steam|salt|spikes|tablets|pills|capsules|remed(?:y|ies)|supplements?|drips?|doses?|devices?|machines?|chambers?|candles?|cold|light|rays|currents?|vibrations?)\\b`, "gi");
const PAGE_OR_SHOP_TIME = /\b(?:min(?:ute)?s?\.?\s+read|read(?:ing)? time|opening|open (?:daily|from|until|till|\d)|hours a day|24\/7|deliver(?:y|ed)|dispatch(?:ed)?|shipping|ships|postage|returns? within|reply|replies|respond|response time|call us|phone lines?|video|podcast|episode|listen|parking|car park|permit|walk|drive|ride|journey|commute|flight|by (?:car|train|bus|bike|taxi)|from (?:the )?(?:station|airport|motorway|city|centre|center|town))\b/i;
const PRICE = /[£$€¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b/;

/** The measure a clause gives of how the treatment is given, with no cue of its own: a time, a volume or a dose
 * ("typically 20 minutes", "15 to 30 ml"), a count of times in a span ("three times a week"), or a count of what one
 * session uses or holds ("three and six seeds", "ten weekly lessons"); null when there is none. */
function measuresOfGiving(clause: string, quantities: ReturnType<typeof parseQuantities>, counts: ReturnType<typeof parseCounts>): { value: ClaimValue | null; facet: string } | null {
  // (not a time something else takes to pass: "returns to normal within six to eight weeks", "after two weeks")
  const time = quantities.filter((q) => GIVING_TIME_UNITS.has(q.value.unit) && !AGE_OR_PAST.test(clause.slice(q.end, q.end + 12))
    && !TIME_TO_PASS.test(clause.slice(Math.max(0, q.start - 24), q.start)));
  const dose = quantities.filter((q) => GIVING_DOSE_UNITS.has(q.value.unit));
  const times = counts.filter((c) => c.value.unit === "times" && PER_SPAN.test(clause.slice(c.end, c.end + 24)));
  const items = counts.filter((c) => GIVEN_ITEMS.test(c.value.unit ?? ""));
  if (times.length) return { value: { ...times[0].value, scope: null }, facet: "frequency" };
  if (dose.length) return { value: foldQuantities(dose), facet: "dose" };
  if (items.length) return { value: { ...items[0].value, scope: null }, facet: items[0].value.unit ?? "items" };
  if (time.length && GIVING_TIME_CONTEXT.test(clause)) return { value: foldQuantities(time), facet: "duration" };
  return null;
}
const GIVING_TIME_UNITS = new Set(["min", "h", "s", "day", "week", "month"]);
const TIME_TO_PASS = /\b(?:within|after|in|by|over)\s+(?:(?:about|around|roughly|up to|some|the first|the next|a further)\s+)?$/i;
const GIVING_DOSE_UNITS = new Set(["ml", "mg", "g", "mcg", "drops", "sprays", "capsules", "tablets", "tsp", "tbsp", "glasses"]);
// "for years", "years old", "ago": an age or a past, not a time it is given for
const AGE_OR_PAST = /^\s*(?:old|of age|ago|earlier|before|later)\b/i;
// a span a count of times falls in: "three times a week", "twice per day", "five times on each side"
const PER_SPAN = /^\s*(?:times?\s+)?(?:a|an|per|each|every)\s+(?:day|week|month|night|session|side|visit|treatment|year)\b|^\s*(?:times?\s+)?(?:daily|weekly|monthly|nightly|on each side)\b/i;
// what one is given or a course holds, counted: "six seeds", "ten weekly lessons", "12 treatments"
const GIVEN_ITEMS = /^(?:seeds|needles|cups|stings|drops|sessions|treatments|lessons|classes|visits|injections|applications|pellets|magnets|stones)$/i;
// a time told of the giving: a session, its use or wear, an instruction ("sleep on a pad for at least eight hours")
const GIVING_TIME_CONTEXT = /\b(?:sessions?|treatments?|use|used|using|wear|worn|apply|applied|hold|held|leave|left on|sit|sitting|lie|lying|sleep|breathe|soak|soaking|float|floating|stay|remain|lasts?|typically|usually|normally|each|every|per|daily|a day|a week|a night|loan|course)\b/i;

/** The clause's one protocol claim, when its clause gives several measures of giving (measures.ts): it keeps its own
 * measure's part, and each other measure becomes a claim on its own part. A frequency claim without a value takes the
 * figure of the frequency the clause tells. (Not a clause whose protocol claims have parts already, or none.) */
function splitMeasures(clause: string, out: Draft[], counts: ReturnType<typeof parseCounts>, quantities: ReturnType<typeof parseQuantities>, hedges: string[]): void {
  const protocols = out.filter((d) => d.category === "protocol");
  if (protocols.length !== 1 || protocols[0].start !== undefined) return;
  const primary = protocols[0];
  const kind = primary.facet === "frequency" || primary.facet === "duration" || primary.facet === "course length" || primary.facet === "dose" ? primary.facet
    : primary.facet === "sessions" || primary.facet?.startsWith("sessions:") ? "sessions" : null;
  if (kind === null) return;
  // (a harm's time is no measure of giving: "soreness lasting a day or two")
  const measures = measuresIn(clause, counts, quantities).filter((m) => m.kind !== "duration" || !LASTING_HARM.test(clause.slice(Math.max(0, m.start - 40), m.start)));
  const firstOf = primary.value === null || primary.value.kind !== "count" && primary.value.kind !== "quantity" ? null : primary.value.min;
  // (its own measure: of its kind, with its figure, or the one of its kind)
  const ofKind = measures.filter((m) => m.kind === kind);
  const mine = ofKind.find((m) => firstOf === null || m.value.min === firstOf) ?? (ofKind.length === 1 ? ofKind[0] : undefined);
  if (mine === undefined) return;
  const own = measures.indexOf(mine);
  // (a frequency's value as the measure reads it, with its span: "3-4 times per week")
  if (primary.value === null || kind === "frequency") primary.value = measures[own].value;
  if (measures.length < 2) return;
  const parts = ownParts(clause, measures, own);
  measures.forEach((m, i) => {
    if (i === own) Object.assign(primary, { start: parts[i][0], end: parts[i][1] });
    else out.push({ category: "protocol", value: m.value, facet: m.kind, confidence: 0.5, hedges, atomise: false, start: parts[i][0], end: parts[i][1] });
  });
}

// coming back for more of it: "clients are told to return weekly", "come back every two weeks"
const RETURN_FOR_MORE = /\b(?:return|returns|come back|comes back|coming back|go back|book in|top[- ]up)\b/i;

/** Whether the drafts claim it works (an efficacy claim, pro). */
const claimsRelief = (drafts: Draft[]): boolean => drafts.some((d) => d.category === "efficacy" && d.value?.kind === "stance" && d.value.polarity === "pro");
/** Whether a word standing for the treatment leads a clause of the text as its doer ("… because it hushes …"). */
const standsInAsDoer = (text: string): boolean => treatmentEnds(text, []).length > 0;
// a word standing for the treatment as the doer of what follows: at the clause's start, after a comma, or after a
// conjunction ("… because it hushes stomachaches")
const DOER_PRONOUN = /\b(?:it|this|they|these sessions|this treatment|the (?:treatment|therapy|technique|method|practice))\b/giu;
// (or after a verb of saying whose "that" is left out: "Some say it liberates …")
const DOER_PRONOUN_LEAD = /(?:^|[,;]\s*|\b(?:because|as|since|so|and|but|while|where|when|that|say|says|said|claim|claims|claimed|believe|believes|suggest|suggests|insist|insists|report|reports|think|thinks)\s+)$/iu;

/** A verb of relief on a complaint the dictionary knows, or of bettering on a body part ("assuages chilblains"), done
 * by the subject: its name, a word standing for it, or no doer named ("and reportedly staves off chilblains", a
 * predicate split from its subject). Not "woollen socks forestall chilblains", "gargling palliates tonsillitis":
 * another thing does the good. */
function subjectRelieves(clause: string, subject: RegExp | null): boolean {
  const acted = healthObject(clause);
  if (acted === null) return false;
  const doer = clause.slice(0, acted.verbStart);
  return (subject?.test(doer) ?? false) || STANDS_FOR_TREATMENT.test(doer) || NO_DOER.test(doer);
}
// words that name no doer: modals, hedges, adverbs and connectives ("It is said to", "may also", "and reportedly")
const NO_DOER = /^(?:[\s,]*(?:\p{L}+ly|and|or|but|also|even|often|still|further|then|so|thus|both|may|might|can|could|will|would|should|must|does|do|did|is|are|was|were|be|been|being|said|believed|thought|claimed|reported|supposed|alleged|purported|meant|known|held|to|help|helps|helped|which|that|who|in turn|not only))*[\s,]*$/iu;

/** "Naturopaths recommend it for asthma": a recommendation for a named outcome (not "six sessions for best results",
 * nor a body's refusal, "does not recommend it for heart disease"). Kept out of the cue lists: with every outcome in
 * it, the pattern would push the efficacy cues past the size V8 optimises. */
function recommendedFor(clause: string): boolean {
  const m = RECOMMENDED_FOR.exec(clause);
  if (m === null) return false;
  const rest = clause.slice(m.index + m[0].length);
  // (what a third party recommends it for is a use claimed, whatever the complaint is called: "Village midwives
  // recommend it for colic")
  return OUTCOME_AHEAD.test(rest) || (/^[a-z]/i.test(rest) && !NOT_A_USE.test(rest) && (PROPONENTS_RECOMMEND.test(clause.slice(0, m.index + 12))));
}
const NOT_A_USE = /^(?:(?:a|an|the|your|each|every|this|that)\s+)?(?:first|second|next|weekday|weekend|day|week|month|session|visit|appointment|hour|minute|time|while|moment|change|start)\b|^(?:at least|up to|more than)\b/i;
const PROPONENTS_RECOMMEND = new RegExp(String.raw`\b${PEOPLE_GROUP}\s*,?\s+(?:also\s+|often\s+|even\s+|still\s+|sometimes\s+)?recommend`, "iu");
const RECOMMENDED_FOR = /(?<!\b(?:not|never|n['’]t)\s+)\brecommend(?:s|ed)? (?:[\w-]+ ){1,3}?for (?!(?:best|optimal|good|lasting|the best) results\b|(?:a|the|your) (?:first|second|next)\b)/i;
const OUTCOME_AHEAD = new RegExp(`^(?:[\\w-]+ ){0,2}?(?:${OUTCOME_ALT})\\b`, "i");

/** A benefit verb acting on an outcome, not on a word of a name ("regulated under the Healing Professions Act"). */
function benefitNamed(clause: string): boolean {
  const m = BENEFIT.exec(clause);
  if (!m) return false;
  const outcome = OUTCOME_IN_NAME.exec(m[0]);
  return outcome === null || !CAPITALISED_AFTER.test(clause.slice(m.index + m[0].length));
}
// the outcome word ending a benefit's match, capitalised, and a capitalised word after it: a name
const OUTCOME_IN_NAME = /\s\p{Lu}[\p{Ll}-]*$/u;
const CAPITALISED_AFTER = /^\s+\p{Lu}/u;

function firstIndex(xs: RegExp[], s: string): number {
  let best = -1;
  for (const re of xs) { const i = s.search(re); if (i >= 0 && (best < 0 || i < best)) best = i; }
  return best;
}

/** False when no category's trigger word and no figure occurs in the sentence: it cannot hold a claim, and
 * the pipeline skips it without splitting or classifying (most sentences of a long text). */
export function mayHoldClaim(sentence: string, pre?: Prepared, subject: RegExp | null = null): boolean {
  // dates need a figure; every other category needs one of its trigger words (the words' mask is at hand:
  // it is read before the long number-word alternations)
  const p = pre ?? prepare(sentence);
  p.digitish ??= isDigitish(sentence);
  if (p.digitish || (p.mask & ~(NO_CLAIM_ALONE | CONFIRMED_ALONE | GATES.bit.complaint)) !== 0 || ((p.mask & GATES.bit.numberWord) !== 0 && COUNT_WORD.test(sentence)) || hasTimeInWords(sentence) || hasDoseInWords(sentence)) return true;
  // (words of popularity, of a count told in words or of a route of giving open the sentence only when their reading
  // matches it: "popular magazines" alone claims nothing, and such words are common)
  if ((p.mask & CONFIRMED_ALONE) !== 0 && (((p.mask & GATES.bit.popularity) !== 0 && POPULAR.test(sentence) && !NOT_POPULARITY.test(sentence))
    || ((p.mask & GATES.bit.countInWords) !== 0 && COUNTED_IN_WORDS.test(sentence)) || ((p.mask & GATES.bit.route) !== 0 && ROUTE.test(sentence)))) return true;
  // a complaint with no other word of a claim: only with the treatment named, or a word standing for it, to act on it
  // ("it quashes sneezing"; most sentences that name an ailment and nothing else are about the ailment)
  // (as the readings of a complaint need: the name, or a word standing for it as a doer, treatmentEnds)
  return ((p.mask & GATES.bit.complaint) !== 0 || namesComplaintByForm(sentence)) && ((subject?.test(sentence) ?? false) || standsInAsDoer(sentence));
}
// gates whose words alone make no claim: an origin needs a figure; a weak hedge or a study's wording needs a cue of
// some category besides ("some", "many" and "may" are in most sentences)
const CONFIRMED_ALONE = GATES.bit.popularity | GATES.bit.countInWords | GATES.bit.route;
const NO_CLAIM_ALONE = GATES.bit.origin | GATES.bit.weakHedge | GATES.bit.study | GATES.bit.numberWord | GATES.bit.harmEvent | GATES.bit.leftState | GATES.bit.founderCommon;

/** A clause's words and trigger mask, computed once and shared by the sentence-level check and the clause;
 * `digitish` (a figure or a date in words) once mayHoldClaim has read it. A clause that is its sentence but for
 * spaces and punctuation at the ends has the same: those characters hold no figure and make no word boundary. */
export interface Prepared { mask: number; digitish: boolean | null; words: WordTable | null }
/** A sentence's words and trigger mask; the table of its trigger words lets its clauses take theirs from it. */
export function prepare(text: string): Prepared {
  const words = GATES.table(text);
  return { mask: words.mask, digitish: null, words };
}
/** A clause's trigger mask, read off its sentence's table: the words that start within the clause and are not
 * blanked in its text (the clause's text is the sentence's characters at the same offsets, with cut-out asides and
 * citations overwritten by spaces; clauses begin and end between words). */
export function prepareClause(sentence: Prepared, clause: { start: number; end: number; text: string }): Prepared {
  const mask = sentence.words ? maskWithin(sentence.words, clause.start, clause.end, clause.text) : null;
  // (a clause of a sentence without a figure has none either: its text is the sentence's, or spaces)
  return { mask: mask ?? GATES.maskOf(clause.text), digitish: sentence.digitish === false ? false : null, words: null };
}

// A body's proper name: capitalised words ending in a body noun ("World Health Organization", "Complementary
// and Natural Healthcare Council"), or a body's acronym ("FDA").
const BODY_NAME = new RegExp(
  `(?:[A-Z][\\p{L}'’-]*\\s+(?:(?:of|for|and|on|de)\\s+)?){1,6}(?:${BODY_NOUNS.filter((n) => n.length > 3).map((n) => n[0].toUpperCase() + n.slice(1)).join("|")})\\b`
  + `|\\b(?:${[...new Set([...BODY_NOUNS.filter((n) => n.length <= 3).map((n) => n.toUpperCase()), ...BODY_SHORT_NAMES])].join("|")})\\b`, "u");

/** The official body a clause names, without a leading possessive or sentence-initial word ("UK's", "The"). */
// "Tom Reed, founder and director of the Salt Institute, says …": who founded something else, named by its capitals
const FOUNDER_OF_NAMED = /\b(?:[Cc]o-?)?[Ff]ounder(?:\s*(?:&|and)\s*[\p{L}-]+)*\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s*){1,6}/gu;
function withoutOrganisationFounders(clause: string, subject: RegExp | null): string {
  if (!clause.includes("ounder")) return clause;
  return clause.replace(FOUNDER_OF_NAMED, (m) => (subject?.test(m) ? m : " ".repeat(m.length)));
}

const CONCESSION_LEAD = /^(?:despite|in spite of|for all)\b[^,]{0,100},/i;
function concededPraise(clause: string): boolean {
  const lead = CONCESSION_LEAD.exec(clause);
  return lead !== null && !anyOf(RECOGNITION, clause.slice(lead[0].length)) && namedBody(lead[0]) === null;
}

export function namedBody(clause: string): string | null {
  const m = clause.match(BODY_NAME);
  if (!m) return null;
  const name = m[0].replace(/^(?:(?:The|In|On|Since|By|A|An)\s+|[\p{L}.]+['’]s\s+)+/u, "").trim();
  return name || null;
}

export function classifyClause(clause: string, ctx: ClassifyContext, pre?: Prepared): Draft[] {
  const out: Draft[] = [];
  const { mask } = pre ?? prepare(clause);
  const b = GATES.bit;
  // (a founder's cue led by a common word, "first used", "started with", is looked for only where that word is)
  const gOrigin = (mask & b.origin) !== 0, gFounder = (mask & b.founder) !== 0 || ((mask & b.founderCommon) !== 0 && COMMON_FOUNDER_CUE.test(clause)), gRecognition = (mask & b.recognition) !== 0;
  const gSafety = (mask & b.safety) !== 0, gFrequency = (mask & b.frequency) !== 0, gEfficacy = (mask & b.efficacy) !== 0;
  const gCon = (mask & b.con) !== 0;
  // (a harm that befell someone after it, "A woman in Spain died … after a session", a state of harm it leaves people in,
  // "can leave you dehydrated": read once, by the safety test, and only when their verbs' gate is open)
  let harmAfterIt: boolean | undefined, leftInHarmState: boolean | undefined;
  // a complaint the dictionary knows: the treatment acting on it may claim relief with any verb
  const gComplaint = (mask & b.complaint) !== 0 || namesComplaintByForm(clause);
  const gHealthVerb = (mask & b.healthVerb) !== 0;
  const health: HealthWords = { verb: gHealthVerb, complaint: gComplaint };
  const h = findHedges(clause, undefined, (mask & b.hedge) !== 0, (mask & b.weakHedge) !== 0);
  // whether the clause speaks of the subject: worked out only when a category needs it
  // (memos are plain variables, not closures: under tsx every named closure costs a defineProperty per call)
  let linked: boolean | undefined;
  // whether the clause tells of an organisation founded: read once, by the origin, founder and efficacy tests
  let foundsOrg: boolean | undefined;
  if (!ctx.onTopic) {
    return /\d/.test(clause) && (parseYears(clause).length || parseCounts(clause).length)
      ? [{ category: "other", value: null, facet: null, confidence: 0.2, hedges: h.cues, atomise: false }] : [];
  }
  // (unless the clause goes on to its answer: "a study to determine whether … found that …")
  if ((mask & b.study) !== 0 && anyOf(STUDY_QUESTION, clause) && !/\b(?:found|showed|shown|concluded|revealed|demonstrated|reported)\b/i.test(clause)) return [];
  // "This leaflet explains what it involves, its benefits and risks": the page telling what it covers claims nothing
  if (clause.length > 20 && DOCUMENT_SAYS_WHAT_IT_COVERS.test(clause)) return [];
  const hasDigit = pre?.digitish ?? isDigitish(clause);
  const years = hasDigit ? parseYears(clause) : [];
  // dates, founders, recognition and counts may be led by a person or a body ("Smith is credited with …")
  const onTopic = ctx.onTopic;
  // "licensed practitioners", "registered therapists": the people are qualified, the treatment is not recognised
  // "a recognised qualification": the diploma is recognised, not the treatment
  // "6,000 homeopaths are registered in Germany": practitioners on a register no body is named for
  // "It is recognized as a pseudoscience": a verdict on it, not a recognition of it
  // (the register test is read only for a clause with a recognition trigger: the pattern's open word run makes it a slow scan)
  // (a cue read on the clause as written first: blanking the qualified people and credentials only removes cues, and
  // most clauses with a recognition trigger hold no cue at all)
  const recognition = onTopic && gRecognition && (recognitionCue(clause) || (BODY_ACTS.test(clause) && (UNNAMED_BODY.test(clause) || namedBody(clause) !== null)))
    && !unnamedRegister(clause) && (anyOf(RECOGNITION, clause.replace(QUALIFIED_PEOPLE, " ").replace(RECOGNISED_CREDENTIAL, " ")) || namesStatute(clause)
    // "The American Heart Association does not recommend it": a named body's recommendation, for or against
    || (BODY_ACTS.test(clause) && (UNNAMED_BODY.test(clause) || namedBody(clause) !== null))) && !RECOGNISED_AS_VERDICT.test(clause)
    // "Find a listed therapist near you": an instruction to the reader, not a recognition
    && !INSTRUCTION.test(clause)
    // "to get these proposals approved": a plan or its money approved, not the treatment
    && !PAPERS_APPROVED.test(clause)
    // a ban names what is banned: "Smoking is banned in the clinic" is not about the treatment
    && (!LEGAL_STATUS.test(clause) || (ctx.subject?.test(clause) ?? false) || STANDS_FOR_SUBJECT.test(clause))
    // "Despite all the hype and endorsements, there is no evidence …": praise conceded, unnamed, is no recognition
    && !concededPraise(clause);

  // "In 1903 the inventor A B was growing desperate": a title before a name says what the person was, not that they
  // originated this (blanked, offsets kept, for the origin and founder cues)
  // (read only by a clause that reaches the origin or founder tests)
  let cueText: string | undefined;

  // ---- origin date: a cue of coming-into-being and a year
  // a dated study, trial or review is evidence, not an origin
  // (a person's birth, "Ida Lee was born in 1896", is not the treatment's)
  // ("Quinine was discovered in 1820 by A": a discovery of something else, led by its own name, that is no method)
  const otherThing = (gOrigin || gFounder) && years.length > 0 && (ledByOtherThing(clause, ctx) || PAPERWORK_MADE.test(clause));
  if (onTopic && years.length && !recognition && gOrigin && !otherThing && !DATED_STUDY.test(clause) && (!(foundsOrg ??= foundsOrganisation(clause, ctx.subject)) || begunApartFromBody(clause, years, ctx.subject)) && !personBorn(clause, ctx.subject) && !PEOPLE_BEGAN.test(clause) && !DECLINED.test(clause) && !PLACE_OFFERED_SINCE.test(clause)
    && !years.every((y) => ACHIEVEMENT_BEFORE.test(clause.slice(Math.max(0, y.start - 40), y.start)))) {
    cueText ??= blankTitlesBeforeNames(clause);
    const naming = firstIndex(NAMING, cueText), precursor = firstIndex(PRECURSOR, cueText);
    // (or a verb of bringing into being the dictionary knows: "was hatched in 1974", "masterminded in 2003")
    let origin = firstIndex(ORIGIN, cueText);
    if (origin < 0 && naming < 0 && precursor < 0) origin = originVerbAt(cueText);
    let facet: string | null = naming >= 0 ? "naming" : precursor >= 0 ? "precursor" : origin >= 0 ? "origin" : null;
    // making it popular and publishing a book on it are later events than its origin, each its own question
    // (read on the clause with titles blanked: "inventor Glen Pell began selling tanks" tells of a trade, not a beginning)
    if (facet === "origin" && !STRONG_ORIGIN.test(cueText)) facet = POPULARISED.test(clause) ? "popularised" : PUBLISHED.test(clause) ? "publication" : facet;
    // "was introduced in North America in the 1970s": brought to a place, not begun
    // (unless by the person who began it: "introduced in Paris in 1936 by A B")
    if (facet === "origin" && INTRODUCED_TO_PLACE.test(clause) && !BEGUN.test(clause) && !BY_NAMED.test(clause)) facet = "popularised";
    if (facet && FINDING_WORD.test(clause) && EXCAVATED.test(clause)) {
      // (what was found is older than the finding: a precursor without a date)
      out.push({ category: "origin_date", value: null, facet: "precursor", confidence: 0.5, hedges: h.cues, atomise: false });
    } else if (facet) {
      const at = facet === "naming" ? naming : facet === "precursor" ? precursor : origin;
      const distinct = years.filter((y, i) => years.findIndex((z) => z.value.min === y.value.min && z.value.max === y.value.max) === i);
      if (distinct.length >= 2) {
        // several dates, each with its own part of the clause
        const parts = partsAround(clause, distinct.map((y) => y.start));
        distinct.forEach((y, i) => {
          const part = clause.slice(parts[i][0], parts[i][1]);
          // (the part that tells of a body founded dates the body, not the treatment)
          if (foundsOrg && foundsOrganisation(part, ctx.subject)) return;
          let f = firstIndex(NAMING, part) >= 0 ? "naming" : firstIndex(PRECURSOR, part) >= 0 ? "precursor" : firstIndex(ORIGIN, part) >= 0 ? "origin" : facet;
          if (f === "origin" && !STRONG_ORIGIN.test(part)) f = POPULARISED.test(part) ? "popularised" : PUBLISHED.test(part) ? "publication" : f;
          out.push({ category: "origin_date", value: y.value, facet: f, confidence: 0.8, hedges: h.cues, atomise: false, start: parts[i][0], end: parts[i][1] });
        });
      } else {
        const value = pickYear(years, at);
        if (value) out.push({ category: "origin_date", value, facet, confidence: 0.85, hedges: h.cues, atomise: false });
      }
    }
  }

  // ---- an origin told only relative to the time of writing ("about 150 years ago"): a claim with no year
  if (onTopic && !years.length && gOrigin && hasDigitOrAge(clause) && RELATIVE.test(clause)) {
    const f = firstIndex(NAMING, clause) >= 0 ? "naming" : firstIndex(PRECURSOR, clause) >= 0 ? "precursor" : firstIndex(ORIGIN, clause) >= 0 ? "origin"
      : /\b(?:used|practi[sc]ed|known|employed|performed|around|studied|in use|existed|(?:a|an) (?:[\w-]+ ){0,2}?(?:habit|custom|tradition|craft|remedy|ritual))\b/i.test(clause) ? "precursor"
      : /\b(?:structured|systemati[sz]ed|formali[sz]ed|organi[sz]ed|codified)\b/i.test(clause) ? "origin"
      : AGE_OF_PRACTICE.test(clause) || ageOfSubject(clause, ctx.subject) || /\b(?:dates?|dated|dating|goes|go|went|gone|going|traces?|traced|tracing|stretch(?:es|ed)?|reach(?:es|ed)?) back\b/i.test(clause) ? "origin" : null;
    if (f) out.push({ category: "origin_date", value: null, facet: f, confidence: 0.5, hedges: h.cues, atomise: false });
  }

  // ---- an origin told without any date: "an ancient practice", "its exact origins are unknown"
  if (onTopic && !years.length && (mask & b.datelessOrigin) !== 0 && !out.some((d) => d.category === "origin_date") && (linked ??= isLinked(clause, ctx))) {
    const f = anyOf(DATELESS_ORIGIN, clause) ? "origin" : anyOf(DATELESS_PRECURSOR, clause) ? "precursor" : null;
    if (f) out.push({ category: "origin_date", value: null, facet: f, confidence: 0.45, hedges: h.cues, atomise: false });
  }

  // ---- founder: a person tied to the origin ("These were Dr. A and B": an identifying copula naming people;
  // "In the 1850s Dr. A, a physician, noticed …": a named person at a dated origin event)
  const identifies = IDENTIFYING_PERSONS.test(clause);
  // ("the first publication on it dates back to 1956, by Dr. A": a person named by "by" at a dated origin)
  const datedOrigin = out.some((d) => d.category === "origin_date" && d.facet === "origin") && (OBSERVED.test(clause) || BY_PERSON.test(clause));
  // (an organisation's founding, "In 1971 she founded the A Institute", makes no founder of the treatment)
  const founderText = onTopic && !otherThing && gFounder ? (cueText ??= blankTitlesBeforeNames(clause)) : clause;
  if (onTopic && !otherThing && ((gFounder && anyOf(FOUNDER, withoutOrganisationFounders((foundsOrg ??= foundsOrganisation(clause, ctx.subject)) ? founderText.replace(FOUNDS_ORGANISATION, " ").replace(NAME_FOUNDED, (m) => " ".repeat(m.length)).replace(FOUNDED_AND_HEADQUARTERED, (m) => " ".repeat(m.length)) : founderText, ctx.subject))) || identifies || datedOrigin)) {
    // a treatment named after its founder ("the Bowen technique … by Tom Bowen"): a full name is still a person
    // (a person who tells of it, "…, explains therapist A B", founded nothing)
    // (one who took it elsewhere, "introduced outside of Australia by practitioner A B", spread it; not its founder)
    let persons = parsePersons(clause, ctx.notPlaces, true).filter((p) => !SOURCE_BEFORE.test(clause.slice(Math.max(0, p.start - 60), p.start))
      && !TAKEN_ELSEWHERE_BY.test(clause.slice(Math.max(0, p.start - 120), p.start)));
    const agents = agentsOfPassiveFounder(clause, persons);
    if (agents.length) persons = agents;
    const distinct = persons.filter((p, i) => persons.findIndex((q) => q.value.name === p.value.name) === i);
    if (distinct.length >= 2) {
      const parts = partsAround(clause, distinct.map((p) => p.start));
      distinct.forEach((p, i) => out.push({ category: "founder", value: p.value, facet: null, confidence: 0.75, hedges: h.cues, atomise: false, start: parts[i][0], end: parts[i][1] }));
    } else if (persons.length) out.push({ category: "founder", value: persons[0].value, facet: null, confidence: 0.8, hedges: h.cues, atomise: false });
  }

  // ---- recognition by a body
  if (recognition) {
    const by = clause.match(/\bby\s+(?:the\s+)?((?:[A-Z“"‘«][^\s,;]*\s*(?:of\s+|de\s+|for\s+|and\s+)?){1,8})/u);
    const lead = clause.match(/((?:[A-Z][\p{L}-]*\s+(?:of\s+|de\s+|for\s+)?){1,6})(?:has\s+|have\s+)?(?:officially\s+)?(?:recogni[sz]ed|approved|accredited|endorsed|listed|cleared)/u);
    let facet: string | null = null;
    for (const cand of [by?.[1], lead?.[1]]) {
      if (cand && (BODY.test(cand) || /[“"«]/.test(cand) || cand.trim().split(/\s+/).length >= 2)) {
        facet = cand.replace(/[“”"«»‘’]/g, "").replace(/\s+/g, " ").replace(/\s+(?:in|as|on)$/i, "").trim();
        break;
      }
    }
    if (facet && /^(?:In|On|Since)\s+\d/.test(facet)) facet = facet.replace(/^(?:In|On|Since)\s+\d+\s*/, "");
    // "In 1990 a working group of the World Health Organization agreed …": the body named anywhere in the clause
    facet ||= namedBody(clause);
    // "Cancer Research UK[6] and": no citation marks, no dangling connective
    if (facet) facet = facet.replace(/\[\d+\]/g, "").replace(/^the\s+/i, "").replace(/(?:\s+(?:and|or|of|for|the|de))+$/i, "").trim();
    out.push({ category: "recognition", value: years[0]?.value ?? null, facet: facet || null, confidence: 0.75, hedges: h.cues, atomise: false });
  }

  // ---- counts: practitioners / users, or sessions of a protocol
  const numberWords = (mask & b.numberWord) !== 0;
  const counts = hasDigit || (numberWords && NUMBER_WORD.test(clause)) ? parseCounts(clause, numberWords) : [];
  let protocolDone = false;
  // where a count of sessions stands, when one was read (a session's length may stand beside it)
  let sessionsAt = -1;
  // whether the clause names a session (read once, by the first count that asks)
  let namesSession: boolean | undefined;
  // "done in 3-6 sets of 30-40 deep breaths": the steps of a session, counted, are how it is given
  if (onTopic && counts.length && STEP_WORD.test(clause)) {
    const steps: Array<{ count: (typeof counts)[number]; step: string }> = [];
    for (const c of counts) {
      const m = STEP_AFTER.exec(clause.slice(c.end, c.end + 30));
      if (m) steps.push({ count: c, step: m[1].toLowerCase() });
    }
    if (steps.length) {
      const parts = steps.length >= 2 ? partsAround(clause, steps.map((x) => x.count.start)) : null;
      steps.forEach(({ count, step }, i) => out.push({ category: "protocol", value: { ...count.value, unit: step, scope: null }, facet: step,
        confidence: 0.55, hedges: h.cues, atomise: false, ...(parts ? { start: parts[i][0], end: parts[i][1] } : {}) }));
      protocolDone = true;
    }
  }
  for (const c of counts) {
    // "the Teaching Center (227)": a number alone in brackets is a reference, not a count
    // ("15% of U.S. hospitals (over 800) offered it": a qualified figure in brackets counts the noun before them)
    const bracketed = clause[c.start - 1] === "(" && clause[c.end] === ")";
    if (bracketed && c.value.qualifier === null) continue;
    const nounBefore = bracketed && c.value.unit === null ? /([a-z]+)\s*\($/i.exec(clause.slice(0, c.start))?.[1].toLowerCase() : undefined;
    if (nounBefore && INSTITUTIONS.has(nounBefore)) c.value.unit = nounBefore;
    // "the number of therapists … is probably several hundred": the counted noun named before the figure
    const numberOf = clause.includes("number of") && !COUNTED_NOUN.test(c.value.unit ?? "") ? clause.slice(0, c.start).match(NUMBER_OF) : null;
    if (numberOf) c.value.unit = numberOf[1].toLowerCase();
    // "its membership has grown to 3,500", "a membership of over 2,000": the count is of members
    if (!numberOf && c.value.unit === null && clause.includes("membership") && MEMBERSHIP_BEFORE.test(clause.slice(Math.max(0, c.start - 60), c.start))) c.value.unit = "members";
    // "centres have sprung up across the country, with more than 300 now operating": the counted noun named before
    if (!numberOf && !PRACTITIONER.has(c.value.unit ?? "") && ELIDED_NOUN_AFTER.test(clause.slice(c.end))) {
      const before = [...clause.slice(0, c.start).matchAll(/\b[a-z]+s\b/gi)].map((m) => m[0].toLowerCase()).filter((w) => PRACTITIONER.has(w)).pop();
      if (before) c.value.unit = before;
    }
    const noun = c.value.unit ?? "";
    // practitioners by name ("physicians") or by form ("kinesiologists", "acupuncturists", "herbalists")
    // ("26.000 therapist using this technique": the singular, as non-native writers may)
    // "140 students began his teacher-training course", "he trained 12 teachers": people trained in it (how many
    // people a founder taught is a practitioner count)
    // ("9,000 reflexology students": students of the subject itself)
    // ("had taught only 7 people to give it": people taught it, counted)
    const trained = (TRAINEES.has(noun) || noun === "teachers" || (noun === "people" && TRAINED_BEFORE.test(clause.slice(Math.max(0, c.start - 40), c.start)))) && !SURVEY.test(clause)
      && (TRAINING.test(clause) || (ctx.subject?.test(clause.slice(c.end, c.end + 40).replace(/\s+students?\b.*$/i, "")) ?? false));
    // (by form, unless the dictionary knows the word for people of no trade: "motorists", "pensioners")
    const practitionerLike = PRACTITIONER.has(noun) || PRACTITIONER.has(`${noun}s`) || (/(?:ists|ians|ioners)$/.test(noun) && !/^(?:lists|artists|tourists)$/.test(noun) && !namesNoTrade(noun))
      // a practitioner named after the practice: "Rolfers", "kinesiologists"
      || namedAfterPractice(noun, ctx) || placeNamedForPractice(noun, countedPhrase(clause, c.end, noun), ctx) || trained
      // people of a trade told as giving it: "More than 400 vets across Bavaria now wield it", "it is plied by some 300
      // matrons" (not a poll's respondents or customers, whose nouns name no trade)
      || (isOccupation(noun) && !SURVEY.test(clause) && countedGiveIt(clause, c.start, c.end, ctx.subject))
      // places that give it: "Over 800 hospitals in the U.S. now offer it", "(over 800) offered it"
      || (INSTITUTIONS.has(noun) && !SURVEY.test(clause) && countedGiveIt(clause, c.start, c.end, ctx.subject, !bracketed))
      // ("It is used in more than 50 hospitals across Germany": the places it is used in)
      || (INSTITUTIONS.has(noun) && USED_IN_PLACES.test(clause.slice(Math.max(0, c.start - 40), c.start)) && !SURVEY.test(clause));
    // "he treated 13,000 patients a year", "able to treat as many as 14 patients an hour": a practitioner's caseload
    // ("she has used it to help thousands of people": a person's helping is a caseload; the treatment's is not)
    const caseload = PATIENT_UNIT.test(noun) && (CASELOAD_VERB.test(clause.slice(Math.max(0, c.start - 30), c.start))
      || PERSON_HELPED.test(clause.slice(Math.max(0, c.start - 60), c.start)));
    // "three practitioners examined the photographs" is not how many practise it
    // ("Now I have 12 certified instructors in Norway", "there are 40 qualified X teachers": a small body of
    // credentialled practitioners of it, told as how many there are, is its count)
    // (read last: most counts are sizeable or not for plainer reasons)
    const credentialled = () => c.value.min >= 2 && CREDENTIAL_BEFORE_NOUN.test(clause.slice(c.end, c.end + 60))
      && (HOW_MANY_THERE_ARE.test(clause.slice(0, c.start)) || parseScope(clause, ctx.notPlaces, c.start) !== null);
    const sizeable = c.value.min >= 50 || c.value.qualifier !== null || caseload
      || (trained && c.value.min >= 5 && TRAINED_BEFORE.test(clause.slice(Math.max(0, c.start - 40), c.start))) || credentialled();
    // "The association has more than 800 members": the members of a professional body practise it
    // ("STAT, the professional body, has over 900 members")
    const bodyMembers = noun === "members" && (BODY.test(clause) || /\bprofessional (?:body|bodies|organi[sz]ation)\b/i.test(clause));
    // "was sought by 1.2 million adult Americans": people who use it, told before the count
    // ("An estimated 20,000 people take lessons each year": people who have it, told by the sessions they take)
    // ("More than 50,000 people have been treated with it", "3,000 new students sign up for classes", "the method has over
    // 10,000 followers")
    const usedBy = caseload || USED_BY.test(clause.slice(Math.max(0, c.start - 40), c.start))
      || ((PEOPLE_ONLY.has(noun) || noun === "students") && (TAKE_SESSIONS.test(clause.slice(c.end, c.end + 50)) || BEEN_TREATED_AFTER.test(clause.slice(c.end, c.end + 50))))
      || (/^(?:followers|adherents|devotees|users|members)$/.test(noun) && HAS_BEFORE.test(clause.slice(Math.max(0, c.start - 60), c.start))
        && ((ctx.subject?.test(clause.slice(Math.max(0, c.start - 60), c.start)) ?? false) || WORD_FOR_IT_HAS.test(clause.slice(Math.max(0, c.start - 60), c.start))));
    // "guided more than 25,000 people through breathwork", "some 400 clinics across the country now offer cryotherapy":
    // a sizeable count of people or places with the treatment named by its name right after them (not a study's or a
    // survey's, nor a harm's)
    // (a small body of practitioners told so, "12 nurses have trained in it", was tried: it cost held-out precision)
    const namedAfterCount = (PEOPLE_ONLY.has(noun) || INSTITUTIONS.has(noun)) && c.value.min >= 100
      && ctx.subject !== null && ctx.subject.test(clause.slice(c.end, c.end + 60)) && !SURVEY.test(clause) && !SAMPLED.test(clause) && !anyOf(HARM, clause);
    // ("Tens of thousands of people float every year": the practice's own verb, of a practice named by its gerund)
    if (onTopic && ((practitionerLike && sizeable) || namedAfterCount) && !STUDY.test(clause) && (!PEOPLE_ONLY.has(noun) || bodyMembers || usedBy || namedAfterCount || PRACTICE.test(clause.slice(c.end))
      || namesSubjectByItsVerb(clause.slice(c.end, c.end + 40), ctx.notPlaces))) {
      const overPeriod = (v: CountValue, end: number) => withPeriod(v, clause.slice(end));
      const value: CountValue = overPeriod({ ...c.value, scope: parseScope(clause, ctx.notPlaces, c.start) }, c.end);
      out.push({ category: "practitioner_count", value, facet: null, confidence: 0.85, hedges: h.cues, atomise: false });
      // "more than 800 members, up from just 100 members in 1996": the earlier figure is a count of its own
      // "95 practitioners were estimated to have performed it on approximately 450,000 patients": whom they treated
      const earlier = counts.find((d) => d.start > c.end && ((d.value.unit === noun && d.value.min !== c.value.min
        && GROWTH.test(clause.slice(c.end, d.start))) || (PATIENT_UNIT.test(d.value.unit ?? "") && TREATED_ON.test(clause.slice(c.end, d.end)))));
      if (earlier) {
        const [[s0, e0], [s1, e1]] = partsAround(clause, [c.start, earlier.start]);
        Object.assign(out[out.length - 1], { start: s0, end: e0 });
        out.push({ category: "practitioner_count", value: overPeriod({ ...earlier.value, scope: null }, earlier.end), facet: null, confidence: 0.75, hedges: h.cues, atomise: false, start: s1, end: e1 });
      } else {
        // "more than 300 salt rooms in the U.S. and some 1,500 across Europe", "6,000 practitioners in 18 countries,
        // including around 1,200 in the United States": later counts of the same people or places, named again or left
        // out, each with its own scope, are counts of their own
        const more = counts.filter((d) => d.start > c.end && d.value.min >= 2 && (d.value.unit === noun || !d.value.unit || ELIDED_NOUN.test(d.value.unit))
          && !/^\s*(?:%|per ?cent)/.test(clause.slice(d.end)) && !(clause[d.start - 1] === "[" || clause[d.start - 1] === "(")
          // (not a share, "four in five of them", nor a year)
          && !SHARE_AFTER.test(clause.slice(d.end, d.end + 16)) && !years.some((y) => y.start < d.end && y.end > d.start));
        // (each with the scope its own part names)
        if (more.length) {
          const parts = measureParts(clause, [c, ...more]);
          const scopeIn = ([from, to]: [number, number], at: number) => parseScope(clause.slice(from, to), ctx.notPlaces, at - from);
          Object.assign(out[out.length - 1], { start: parts[0][0], end: parts[0][1], value: { ...value, scope: scopeIn(parts[0], c.start) } });
          more.forEach((d, i) => out.push({ category: "practitioner_count", value: overPeriod({ ...d.value, unit: noun, scope: scopeIn(parts[i + 1], d.start) }, d.end), facet: null,
            confidence: 0.7, hedges: h.cues, atomise: false, start: parts[i + 1][0], end: parts[i + 1][1] }));
        }
      }
      break;
    }
    // "It now has practitioners in more than 40 countries", "is taught in over 40 countries": how many countries it has
    // reached is a count of its reach
    if (onTopic && /^(?:countries|nations)$/.test(noun) && c.value.min >= 2 && REACHED_IN.test(clause.slice(Math.max(0, c.start - 50), c.start))
      && !out.some((d) => d.category === "practitioner_count") && !counts.some((d) => d !== c && PRACTITIONER.has(d.value.unit ?? ""))
      && !STUDY.test(clause) && (linked ??= isLinked(clause, ctx))) {
      out.push({ category: "practitioner_count", value: { ...c.value, scope: null }, facet: null, confidence: 0.6, hedges: h.cues, atomise: false });
      continue;
    }
    // "Reflexology is a series of five actions": how many parts it has is how it is given (led by the subject or a
    // word for it, not "the study was a series of three trials")
    if (onTopic && !protocolDone && PART_NOUN.test(noun) && c.value.min >= 2 && PARTS_LEAD.test(clause.slice(Math.max(0, c.start - 50), c.start))
      && !STUDY.test(clause) && (linked ??= isLinked(clause, ctx))) {
      out.push({ category: "protocol", value: { ...c.value, scope: null }, facet: "steps", confidence: 0.55, hedges: h.cues, atomise: false });
      protocolDone = true;
      continue;
    }
    // "taught in over 40 accredited courses": courses of study, not of treatment
    const studyCourses = /^courses?$/.test(noun) && /\b(?:taught|teach\w*|training|accredited|students?|universit\w*|degrees?)\b/i.test(clause);
    // "20 to 40 dives of 60–90 minutes each": whatever is counted, a unit that lasts minutes is a session
    // "repeated several times in one treatment": one session as the frame of something else, not a course length
    const framing = c.value.min === 1 && c.value.max === 1 && /\b(?:in|per|during|within|each|every|of)\s+$/i.test(clause.slice(Math.max(0, c.start - 8), c.start));
    const timedUnit = /^\s*[a-z-]+\s+of\s+\d+(?:\s*[-–]\s*\d+)?\s*(?:minutes?|mins?|hours?)\b/i.test(clause.slice(c.end));
    // "a series of ten hands-on manipulation sessions": the session noun a few words after the count
    // (not the people who take them: "20,000 people take lessons each year")
    const sessionsAhead = !SESSIONS.has(noun) && !PEOPLE_ONLY.has(noun) && !PRACTITIONER.has(noun) && SESSIONS_AHEAD.test(clause.slice(c.end, c.end + 60));
    if (onTopic && SESSIONS.has(noun) && c.value.min >= 500 && (CASELOAD_PERIOD.test(clause.slice(c.end)) || DELIVERED_BEFORE.test(clause.slice(Math.max(0, c.start - 40), c.start)))
      && !out.some((d) => d.category === "practitioner_count")) {
      out.push({ category: "practitioner_count", value: withPeriod({ ...c.value, scope: null }, clause.slice(c.end)), facet: null, confidence: 0.6, hedges: h.cues, atomise: false });
      continue;
    }
    // "between 2 and 10 cups are used per session", "each session uses about 20 leeches": how many of a thing one
    // session takes is how it is given
    // ("burns up to 600 calories per session" is what a session achieves, not what it takes)
    // (the clause's session word first: most clauses with a count have none)
    if (!protocolDone && onTopic && noun && !SESSIONS.has(noun) && (namesSession ??= SESSION_WORD.test(clause)) && !OUTCOME_MEASURE.test(noun)
      && (PER_SESSION_AFTER.test(clause.slice(c.end, c.end + 60)) || PER_SESSION_BEFORE.test(clause.slice(Math.max(0, c.start - 40), c.start))) && !STUDY.test(clause)) {
      out.push({ category: "protocol", value: { ...c.value, scope: null }, facet: `${noun} per session`, confidence: 0.6, hedges: h.cues, atomise: false });
      protocolDone = true;
      continue;
    }
    if (!protocolDone && !studyCourses && !framing && !TRIAL_ARMS.test(clause) && (SESSIONS.has(noun) || sessionsAhead || timedUnit || (/^\s*\)/.test(clause.slice(c.end)) && anyOf(SESSION, clause)))) {
      const value: CountValue = { ...c.value, unit: "sessions", scope: ctx.useScope };
      // "three sessions a week" is a frequency, not the length of a course
      const perPeriod = /^\s*(?:[a-z-]+\s+){0,2}?(?:a|per|each|every)\s+(?:day|week|month|year)\b/i.test(clause.slice(c.end));
      const facet = perPeriod ? "frequency" : ctx.useScope ? `sessions:${ctx.useScope}` : "sessions";
      out.push({ category: "protocol", value, facet, confidence: 0.7, hedges: h.cues, atomise: false });
      protocolDone = true;
      sessionsAt = c.start;
    }
  }

  // ---- who practises it, told without a figure: "used by many chiropractors", "practised internationally"
  if (onTopic && !out.some((d) => d.category === "practitioner_count") && mayTellUsage(clause) && PRACTISED_BY.test(clause)
    && !STUDY.test(clause) && (linked ??= isLinked(clause, ctx))) {
    out.push({ category: "practitioner_count", value: null, facet: null, confidence: 0.45, hedges: h.cues, atomise: false });
  }

  // ---- protocol quantities and frequency: in a paragraph on the subject, a measured step ("Needles are
  // inserted 1 to 2 mm deep") is about how it is given even when led by the instrument's name
  // (a time in words matters only without a figure; the clause's quantities are read once, for the volume too)
  const wordTime = !hasDigit && !protocolDone && (hasTimeInWords(clause) || hasDoseInWords(clause));
  let quantities: ReturnType<typeof parseQuantities> | undefined;
  // where a setting read as a protocol stands, a temperature or a pressure (another measure of the clause then gets its
  // own part)
  let settingAt = -1;
  let settingDraft: Draft | null = null;
  if (!protocolDone && (hasDigit || gFrequency || wordTime) && ctx.onTopic) {
    const qs = hasDigit || wordTime ? (quantities ??= parseQuantities(clause)) : [];
    const len = qs.filter((q) => ["mm", "cm", "in"].includes(q.value.unit));
    // ("a bell rings in the last three minutes": a part of the session, not its length)
    const time = qs.filter((q) => ["min", "h", "s"].includes(q.value.unit) && !PART_OF_SESSION.test(clause.slice(Math.max(0, q.start - 12), q.start)));
    const dose = qs.filter((q) => ["%", "ml", "mg", "g", "mcg", "mg/m3", "µg/ml", "mg/ml", "mg/l", "drops", "sprays", "capsules", "tablets", "tsp", "tbsp", "glasses", "ppm"].includes(q.value.unit));
    // "air chilled to -110 °C for 2-3 minutes", "runs at -110 °C to -140 °C", "2.0 to 2.4 atmospheres absolute": the
    // temperature or pressure it is given at, beside any other measure of the clause, each on its own part of it
    const setting = qs.filter((q) => SETTING_UNIT.test(q.value.unit));
    if (setting.length && (linked ??= isLinked(clause, ctx)) && !TRIAL_ARMS.test(clause) && !POWER_SUPPLY.test(clause)) {
      settingDraft = { category: "protocol", value: foldQuantities(setting), facet: SETTING_FACET[setting[0].value.unit] ?? "temperature", confidence: 0.55, hedges: h.cues, atomise: false };
      out.push(settingDraft);
      settingAt = setting[0].start;
    }
    if (len.length && anyOf(DEPTH, clause)) {
      // "the needles used are 0,16 to 0,51 inches long": how long the needle is, not how deep it goes
      const facet = /\b(?:long|length)\b/i.test(clause) && !/\b(?:depth|deep|penetrat\w*|insert\w*)\b/i.test(clause) ? "length" : "depth";
      out.push({ category: "protocol", value: foldQuantities(len), facet, confidence: 0.6, hedges: h.cues, atomise: false });
      protocolDone = true;
    } else if (time.length && anyOf(DURATION, clause) && !LASTING_HARM.test(clause) && !timeOfSomethingElse(clause) && !TRIAL_ARMS.test(clause)) {
      // "Treatment takes around 15 minutes and you are ready to go in 30-45 minutes": the time the verb of
      // lasting governs, not every time in the clause
      const governed = time.filter((q) => SESSION_TIME_LEAD.test(clause.slice(Math.max(0, q.start - 24), q.start)));
      out.push({ category: "protocol", value: foldQuantities(governed.length ? governed : time), facet: "duration", confidence: 0.6, hedges: h.cues, atomise: false });
      protocolDone = true;
    } else if (wearDays(qs).length && WEAR.test(clause)) {
      // "can be worn for up to six days", "designed to stay on for two to three days": how long it is left on
      out.push({ category: "protocol", value: foldQuantities(wearDays(qs)), facet: "wear time", confidence: 0.55, hedges: h.cues, atomise: false });
      protocolDone = true;
    } else if (courseDays(qs).length && !LASTING_HARM.test(clause) && !timeOfSomethingElse(clause) && !TRIAL_ARMS.test(clause) && !WITHIN_DAYS.test(clause)
      && (COURSE_COMPOUND.test(clause) || COURSE_IS_DAYS.test(clause) || (anyOf(DURATION, clause) && COURSE_WORD.test(clause)))) {
      // "Its 12-day approach", "It's often 7 to 21 days", "the programme lasts two weeks": how long a course runs
      out.push({ category: "protocol", value: foldQuantities(courseDays(qs)), facet: "course length", confidence: 0.55, hedges: h.cues, atomise: false });
      protocolDone = true;
    } else if (dose.length && anyOf(DOSE, clause)) {
      out.push({ category: "protocol", value: foldQuantities(dose), facet: "dose", confidence: 0.5, hedges: h.cues, atomise: false });
      protocolDone = true;
    // ("12,000 people receive treatment every year": how many are treated a year, not how often one is)
    } else if (gFrequency && anyOf(FREQUENCY, clause) && TREATMENT_ACT.test(clause) && !TRIAL_ARMS.test(clause) && !out.some((d) => d.category === "practitioner_count") && (linked ??= isLinked(clause, ctx))) {
      out.push({ category: "protocol", value: null, facet: "frequency", confidence: 0.5, hedges: h.cues, atomise: false });
      protocolDone = true;
    }
  }

  // a setting and another measure in one clause: each its own part ("chilled to -110 °C for just 2-3 minutes")
  // (the setting's own draft, whatever its facet: a temperature, a pressure, a wavelength, a pulse rate)
  if (settingAt >= 0 && settingDraft !== null) {
    const other = out.findIndex((d) => d.category === "protocol" && d !== settingDraft && d.start === undefined);
    const otherAt = other >= 0 ? (quantities ?? []).find((q) => !SETTING_UNIT.test(q.value.unit))?.start ?? -1 : -1;
    if (otherAt >= 0) {
      const [first, second] = partsAround(clause, settingAt < otherAt ? [settingAt, otherAt] : [otherAt, settingAt]);
      const [settingPart, otherPart] = settingAt < otherAt ? [first, second] : [second, first];
      Object.assign(settingDraft, { start: settingPart[0], end: settingPart[1] });
      Object.assign(out[other], { start: otherPart[0], end: otherPart[1] });
    }
  }

  // "A typical session lasts 45 minutes, and most people need six to eight sessions": a session's length beside the
  // course's count, each in its own part of the clause
  // (a harm lasting so long is read after the count: "for post-surgical swelling we start with 2 sessions a week, each 45
  // minutes" names the condition before it)
  if (sessionsAt >= 0 && ctx.onTopic && (hasDigit || hasTimeInWords(clause)) && anyOf(DURATION, clause) && !LASTING_HARM.test(clause.slice(sessionsAt)) && !timeOfSomethingElse(clause) && !TRIAL_ARMS.test(clause)) {
    const time = (quantities ??= parseQuantities(clause)).filter((q) => (q.value.unit === "min" || q.value.unit === "h")
      && SESSION_TIME_LEAD.test(clause.slice(Math.max(0, q.start - 24), q.start)));
    if (time.length) {
      const course = out.findIndex((d) => d.category === "protocol" && d.facet !== "frequency");
      const count = course >= 0 ? course : out.findIndex((d) => d.category === "protocol");
      const [first, second] = time[0].start < sessionsAt ? [time[0].start, sessionsAt] : [sessionsAt, time[0].start];
      const [a, b] = partsAround(clause, [first, second]);
      const [countPart, timePart] = time[0].start < sessionsAt ? [b, a] : [a, b];
      Object.assign(out[count], { start: countPart[0], end: countPart[1] });
      out.push({ category: "protocol", value: foldQuantities(time), facet: "duration", confidence: 0.6, hedges: h.cues, atomise: false, start: timePart[0], end: timePart[1] });
    }
  }

  // ---- volume: "uses up to 60 litres of water" measures what a session uses; it may share a clause with a
  // duration ("takes 30 to 45 minutes and uses up to 60 litres"), so it gets its own part of the clause
  const volume = hasDigit && ctx.onTopic ? (quantities ??= parseQuantities(clause)).filter((q) => q.value.unit === "l" || q.value.unit === "gal") : [];
  if (volume.length) {
    const lead = [...clause.slice(0, volume[0].start).matchAll(/(?:,\s+|\s+)(?:and|but|while)\s+|,\s+/g)].pop();
    const shared = out.some((d) => d.category === "protocol");
    out.push({ category: "protocol", value: foldQuantities(volume), facet: "volume", confidence: 0.5, hedges: h.cues, atomise: false,
      ...(shared && lead ? { start: lead.index! + lead[0].length, end: clause.length } : {}) });
  }

  // "it removes worries about infection" reassures about a risk: safety, not a benefit, and the harm is no list of
  // what it treats (read only when asked: most clauses never are)
  let worryRemoved: boolean | undefined;

  // ---- efficacy
  if ((gEfficacy || gCon || h.reporting || gComplaint || gHealthVerb) && (linked ??= isLinked(clause, ctx))) {
    // whether the clause names a benefit: several of the tests below ask, it is read once
    let benefit: boolean | undefined;
    // "Chelation appeared to reduce angina": the subject doing a benefit verb to anything at all
    const strongCue = h.reporting || ((gEfficacy || gComplaint || gHealthVerb) && (benefit ??= namesBenefit(clause, ctx.subject, health) || subjectBenefits(clause, ctx.subject)));
    const con = gCon && isCon(clause);
    const strong = strongCue || con;
    const weak = !strong && anyOf(WEAK_EFF, clause);
    // what blocks a cue is read only when there is one
    if (strong || weak) {
      // "It is said to be safe", "It is believed to cause infections": a safety reported at a distance, not a benefit
      const safetyOnly = h.reporting && gSafety && !(benefit ??= namesBenefit(clause, ctx.subject, health)) && (anyOf(SAFE_PRO, clause) || tellsHarm(clause));
      // "side effects include bruising, burns …" lists harms, not benefits
      // (not "used to treat conditions such as neck pain and headaches": a list of what it treats)
      // ("… 50,000 patients suffering from chronic and painful diseases": the harm is the patients' condition)
      const harmList = gSafety && anyOf(SAFE_CON, clause) && !h.reporting && !TREATS.test(clause) && !harmTreated(clause, firstIndex(SAFE_CON, clause));
      // "Cultures said to have used it include …", "X claims to have learned it from …": a history reported at a
      // distance, with no benefit named, is not a claim that it works
      // ("some 6,000 therapists are said to offer it" is a count at a distance, not a benefit)
      const reportedHistory = h.reporting && !(benefit ??= namesBenefit(clause, ctx.subject, health))
        && (out.some((d) => d.category !== "other") || BIOGRAPHY.test(clause) || REPORTED_NOT_A_BENEFIT.test(clause));
      // "patients delay effective treatment": the effective one is another treatment
      const otherTreatment = anyOf(OTHER_TREATMENT, clause) || (ANALOGY_LEAD.test(clause) && !(ctx.subject?.test(clause) ?? false))
        || reportOfOtherThing(clause, ctx.subject) || benefitOfOtherDoer(clause, ctx) || (ONLY_WAY.test(clause) && !(ctx.subject?.test(clause) ?? false));
      // "painless and has no side effects": the negation denies a harm, not an effect; "It is a myth that it is
      // painful", "The fear that the needles spread disease is unfounded": a harm dismissed reassures
      const deniesHarm = con && !strongCue && gSafety && (anyOf(SAFE_PRO, clause)
        || (deniesWhatFollows(clause) && (anyOf(HARM, clause) || anyOf(SAFE_CON, clause) || tellsHarm(clause) || FEARED.test(clause))));
      // "Sham cupping is an elaborate placebo": the sham is the placebo, not the treatment
      const shamIsPlacebo = con && SHAM_IS_PLACEBO.test(clause);
      // "useless and dangerous" says both that it does not work and that it harms
      // "went on to establish the A Institute to teach the benefits of it": a biography, not a claim that it works
      // (its founding verbs start with an origin or founder trigger: without one the pattern cannot match)
      const foundsBody = !con && (gOrigin || gFounder) && (foundsOrg ??= foundsOrganisation(clause, ctx.subject));
      // "able to treat as many as 14 patients an hour": how many he treated, not that it works
      // ("helped thousands of people beat their phobias" tells both how many and what it did for them)
      const caseloadOnly = !con && out.some((d) => d.category === "practitioner_count" && d.value?.kind === "count" && PATIENT_UNIT.test(d.value.unit ?? ""))
        && !HELPED_TO.test(clause);
      // "the safety of it has not been demonstrated" doubts its safety, not whether it works
      const safetyDoubt = con && gSafety && /\bsafety\b/i.test(clause) && !SAYS_WORKS.test(clause);
      const harmInTreatment = !con && gSafety && harmBeforeTreatedPatient(clause) && !RISK_LOWERED_RE.test(clause);
      // "once a week is enough until the symptoms are relieved": the benefit is where a course ends, not a result
      // claimed (unless one is named before it: "it eases back pain within weeks until …")
      // (the "until" part runs to the next comma: what follows it may claim a benefit of its own)
      const until = con ? -1 : clause.search(UNTIL);
      const untilEnd = until > 0 ? clause.slice(until).search(COMMA_OR_SEMICOLON) : -1;
      const untilPart = until > 0 ? clause.slice(until, untilEnd > 0 ? until + untilEnd : clause.length) : "";
      const outsideUntil = until > 0 ? clause.slice(0, until) + (untilEnd > 0 ? clause.slice(until + untilEnd) : "") : "";
      const endPointOnly = until > 0 && namesBenefit(untilPart, ctx.subject, health) && !namesBenefit(outsideUntil, ctx.subject, health) && !subjectBenefits(outsideUntil, ctx.subject);
      // ("if the wrap is too loose it will not ease the ache": a condition on a step, denied or not)
      const blocked = harmInTreatment || (worryRemoved ??= gSafety && removesWorry(clause)) || (harmList && !con) || (!con && !h.reporting && anyOf(BLOCK, clause)) || (con && CONDITION_FIRST.test(clause)) || ctx.conditional || safetyOnly || foundsBody || safetyDoubt || caseloadOnly
        || deniesHarm || reportedHistory || otherTreatment || endPointOnly || shamIsPlacebo || cureOnlyInName(clause)
        // "flushing out toxins can be hard on the kidneys": a warning, not the detox's benefit
        || (!con && gSafety && ORGAN_HARM_RE.test(clause));
      if (!blocked && !GLOSS.test(clause) && !glossaryEntryOfOther(clause, ctx.subject) && (strong || (weak && !protocolDone))) {
        out.push({
          category: "efficacy", value: efficacyStance(clause, h.hedged, gCon ? con : undefined), facet: outcomeFacet(clause, ctx.subject, health),
          confidence: strong ? 0.75 : 0.5, hedges: h.cues, atomise: true,
        });
      }
    }
  }

  // ---- safety: a safety cue, or a harm named outside a statement of what it treats
  // ("Carbon monoxide poisoning may need only one to three sessions": the harm is the condition a course is counted for)
  const treats = out.some((d) => d.category === "efficacy") || (out.some((d) => d.category === "protocol") && CONDITION_NEEDS_COURSE.test(clause));
  // "used to treat … painful periods": a safety word in the list of what it treats names a condition, not a harm
  const safetyAt = gSafety ? firstIndex(SAFETY, clause) : -1;
  // ("People with fragile skin shouldn't undergo it": the people a warning names are not a list of what it treats)
  const inTreatedList = harmTreated(clause, safetyAt) && !anyOf(CONTRAINDICATION, clause) && !(worryRemoved ??= gSafety && removesWorry(clause));
  // ("Recovery from injuries is its main purpose": the harm is what it is used against)
  if (gSafety && ((safetyAt >= 0 && (!inTreatedList || ORGAN_HARM_RE.test(clause))) || ((!treats || EXPERIENCES_HARM.test(clause) || (leftInHarmState ??= (mask & b.leftState) !== 0 && LEFT_IN_HARM_STATE_RE.test(clause)))
      && (anyOf(HARM, clause) || (harmAfterIt ??= (mask & b.harmEvent) !== 0 && HARM_AFTER_IT_RE.test(clause)) || (leftInHarmState ??= (mask & b.leftState) !== 0 && LEFT_IN_HARM_STATE_RE.test(clause)))
      && (!PERSONAL_HARM.test(clause) || (harmAfterIt ??= (mask & b.harmEvent) !== 0 && HARM_AFTER_IT_RE.test(clause))) && !deathOfSubject(clause, ctx.subject) && ((worryRemoved ??= gSafety && removesWorry(clause)) || !harmTreated(clause, firstIndex(HARM, clause)))))
    // ("lowers the risk of falls": a benefit, not its own risk; read last, as the rarest)
    && !STUDY_AIM_RE.test(clause) && !advisesAgainstOther(clause, ctx) && (linked ??= isLinked(clause, ctx)) && !RISK_LOWERED_RE.test(clause)
    && !diseaseDoesHarm(clause, ctx.subject) && !SAFETY_AS_VALUE.test(clause)) {
    const m = clause.match(/\b((?:collapsed|punctured)(?: an?| the)? lungs?|pneumothorax|(?:nerve|organ|tissue|liver|kidney|brain) damage|side[- ]effects?|risks?|pain(?:less|ful)?|discomfort|bruis\w*|swelling|infections?|injur(?:y|ies)|burns|complications?|down ?time|allergic reactions?|drug interactions?|scarring|redness|itching|irritation|numbness|ulcers?|tenderness|safe(?:ty)?)\b/i);
    let facet = m ? m[1].toLowerCase().replace("-", " ") : null;
    if (facet && /^pain/.test(facet)) facet = "pain";
    if (facet && /lung|pneumothora/.test(facet)) facet = "lung injury";
    if (!facet && anyOf(CONTRAINDICATION, clause)) facet = "contraindications";
    if (facet && /^bruis/.test(facet)) facet = "bruising";
    if (facet && /^safe/.test(facet)) facet = "safety";
    // (a list of harms, "include A, B", or of people it does not suit, "not suitable for people with A, B or C")
    out.push({ category: "safety", value: safetyStance(clause, h.hedged), facet, confidence: 0.6, hedges: h.cues, atomise: SAFETY_LIST.test(clause) });
  }

  // ---- a complaint the dictionary knows, brought on by the treatment: "It can trigger asthma" (a harm)
  if (onTopic && gComplaint && !out.some((d) => d.category === "safety") && !claimsRelief(out)) {
    // (done by the treatment, a word standing for it, or a means it is given by: "Prolonged sessions may lead to heat
    // exhaustion", "The brew can trigger serotonin syndrome")
    const harm = hasHarmVerb(clause) ? actsOnComplaint(clause, [...treatmentEnds(clause, subjectSpans(clause, ctx.subject)), ...meansEnds(clause)].sort((a, b) => a - b), true) : null;
    if (harm !== null && (linked ??= isLinked(clause, ctx)))
      out.push({ category: "safety", value: { kind: "stance", polarity: "con", hedged: h.hedged }, facet: harm.text, confidence: 0.55, hedges: h.cues, atomise: false });
  }

  // ---- a complaint the dictionary knows, told as one that comes with or after it: "Some people feel queasy for a day
  // or two afterwards", "Mild headaches are a common side effect", "You may get a sore throat after a session"
  // (not what it relieves: a claim of relief, or the complaint told as less, gone or eased)
  if (onTopic && gComplaint && !out.some((d) => d.category === "safety") && !claimsRelief(out) && (COMES_WITH_IT.test(clause) || HARM_REPORTED.test(clause))
    && !RELIEVED_WORDS.test(clause) && !NEGATION_BEFORE_HARM.test(clause) && !diseaseDoesHarm(clause, ctx.subject) && (linked ??= isLinked(clause, ctx))) {
    const harm = firstComplaint(clause, subjectSpans(clause, ctx.subject));
    if (harm !== null && !harmTreated(clause, harm.start) && !PEOPLE_WITH_BEFORE.test(clause.slice(Math.max(0, harm.start - 50), harm.start)))
      out.push({ category: "safety", value: { kind: "stance", polarity: "con", hedged: h.hedged }, facet: harm.text, confidence: 0.5, hedges: h.cues, atomise: false });
  }

  // ---- who should not have it, named by a complaint the dictionary knows: "It is inadvisable for anyone with glaucoma",
  // "Those with a hernia are told to refrain from it" (the hand-listed warnings are read above); the treatment named, or a
  // word standing for it, as what they are warned off (not "Children with impetigo must not eat sugar")
  // (a complaint named opens it too: "Anyone liable to sunstroke should not take part in it" has no other word of safety)
  if (onTopic && (gSafety || gComplaint) && !out.some((d) => d.category === "safety") && anyOf(WARNED_OFF, clause) && complaintOfPeople(clause) !== null
    && ((ctx.subject?.test(clause) ?? false) || STANDS_FOR_TREATMENT.test(clause)) && !advisesAgainstOther(clause, ctx)
    && !claimsRelief(out) && (linked ??= isLinked(clause, ctx))) {
    out.push({ category: "safety", value: { kind: "stance", polarity: "con", hedged: h.hedged }, facet: "contraindications", confidence: 0.55, hedges: h.cues, atomise: false });
  }
  // people told, by a dictionary verb or adjective, to keep away from it, warned off it, forbidden it or put in danger by
  // it: "Diabetics are urged to shun it", "it is best eschewed by toddlers", "vetoed it for octogenarians", "unsuited to
  // postpartum mothers" (led by the people, not by the treatment: what links the clause to the treatment is its being
  // what they keep away from)
  if (onTopic && gSafety && !out.some((d) => d.category === "safety") && !claimsRelief(out) && warnedOffIt(clause, ctx.subject)) {
    out.push({ category: "safety", value: { kind: "stance", polarity: "con", hedged: h.hedged }, facet: "contraindications", confidence: 0.5, hedges: h.cues, atomise: false });
  }

  // ---- how it is given, told by its measure alone: "Sessions for children are typically 20 minutes", "three times a
  // week", "usually 15 to 30 ml", "between three and six seeds on one ear", "two 45-minute sessions per week" (a clause
  // on the subject that claims nothing else; not a study's design or its people, "aged 65-89", "n = 48")
  // (nor a product's size beside its price, "Squalane facial oil, 30ml, £7.90", nor a page's or a shop's own times: "5 min
  // read", "Open 9am-5pm", "Delivery within 24 hours", "We reply within 2 hours", "a 10-minute walk from the station")
  if (out.length === 0 && onTopic && (hasDigit || numberWords) && !STUDY.test(clause) && !TRIAL_ARMS.test(clause) && !LASTING_HARM.test(clause) && !PRICE.test(clause)
    && !PAGE_OR_SHOP_TIME.test(clause)
    && !timeOfSomethingElse(clause) && (linked ??= isLinked(clause, ctx))) {
    const given = measuresOfGiving(clause, (quantities ??= parseQuantities(clause)), counts);
    // (or how often or how far apart, as measures.ts reads it, told of the giving: "return weekly for four to six
    // weeks", "repeated every two to three weeks")
    const measure = given === null && (TREATMENT_ACT.test(clause) || RETURN_FOR_MORE.test(clause))
      ? measuresIn(clause, counts, quantities).find((m) => m.kind === "frequency" || m.kind === "interval") : undefined;
    if (given !== null) out.push({ category: "protocol", value: given.value, facet: given.facet, confidence: 0.4, hedges: h.cues, atomise: false });
    else if (measure !== undefined) out.push({ category: "protocol", value: measure.value, facet: measure.kind, confidence: 0.4, hedges: h.cues, atomise: false });
  }

  // ---- the route by which it is given, without a measure: "There are several methods of introducing it into the body,
  // including intravenously, intramuscularly …", "When administered intravenously, the gas is dissolved into blood"
  // (a clause that claims something else, or denies the giving, "should not deliver medication intravenously", is not it)
  if (onTopic && out.length === 0 && (mask & b.route) !== 0 && ROUTE.test(clause) && GIVING.test(clause) && !STUDY.test(clause) && !NEGATED_GIVING.test(clause)) {
    out.push({ category: "protocol", value: null, facet: "route", confidence: 0.4, hedges: h.cues, atomise: false });
  }

  // ---- several measures of giving in one clause are as many claims, each on its part ("a course of 10 sessions over
  // two weeks, followed by 1-2 maintenance sessions per week"); a frequency read without its figure gets it
  // (asked only of a clause with a protocol claim: most have none, and their quantities are never read)
  if (onTopic && out.some((d) => d.category === "protocol")) splitMeasures(clause, out, counts, (quantities ??= parseQuantities(clause)), h.cues);

  // (figures with no word beside them, "1, 2" left by a page's citation marks, say nothing)
  // ("11 Reasons Why You Should Try It", "5 tips for your first session", "measured at 293 K, 1 atm": a title's count of
  // its own points, or a measurement's conditions, tells nothing of the treatment)
  // how many practise or use it, told without a figure: "Zone therapy is spreading throughout the world", "No one is certain how
  // many people employ this practice today" (a clause that names it, or stands for it, and claims nothing else)
  // (the clause names it, or a word stands for it: "the virus is spreading throughout the world" is another's spread)
  if (onTopic && out.length === 0 && (mask & b.countInWords) !== 0 && COUNTED_IN_WORDS.test(clause) && !STUDY.test(clause)
    && ((ctx.subject?.test(clause) ?? false) || STANDS_FOR_SUBJECT.test(clause) || /^\s*(?:it|they)\s/i.test(clause))) {
    out.push({ category: "practitioner_count", value: null, facet: null, confidence: 0.4, hedges: h.cues, atomise: false });
  }
  // ("became popular in the 1920s", "foot wraps are growing increasingly popular": how popular it is, with a date or
  // without, is a proposition of its own, grouped across sources by its facet)
  const popularity = out.length === 0 && (mask & b.popularity) !== 0 && POPULAR.test(clause) && !NOT_POPULARITY.test(clause);
  if (out.length === 0 && (popularity || years.length || (counts.length && !counts.every((c) => LISTICLE_OR_MEASURE.test(c.value.unit ?? "") || (c.value.unit === null && MEASURE_AFTER.test(clause.slice(c.end))))))
    && HAS_WORD.test(clause) && (linked ??= isLinked(clause, ctx))) {
    out.push({ category: "other", value: years[0]?.value ?? null, facet: popularity ? "popularity" : null, confidence: 0.3, hedges: h.cues, atomise: false });
  }
  // "It originates with the X tribe", "part of the medicine of the X": where it comes from, told without a date, is
  // a checkable assertion (category other) when the clause names the subject
  if (out.length === 0 && onTopic && ctx.subject?.test(clause) && ATTRIBUTED_ORIGIN.test(clause) && !/\b(?:word|term|name)\b/i.test(clause)) {
    out.push({ category: "other", value: null, facet: "attributed origin", confidence: 0.3, hedges: h.cues, atomise: false });
  }
  return out;
}
