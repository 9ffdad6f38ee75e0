// Stance of an efficacy or safety claim: pro or con, with negation read from general cue lists.
import { BENEFIT_VERBS, CON_CUES, HARM_AFTER_IT, LEFT_IN_HARM_STATE, SAFETY_CON_CUES, SAFETY_HARM_CUES, SAFETY_PRO_CUES } from "./lexicon/cues";
import type { StanceValue } from "./types";
import { anyCues, cueTester } from "./alternation";
import { READER_MODAL } from "./hedges";

// (these lists are only tested: their cues are grouped by first letter)
const one = (xs: readonly string[]) => anyCues(xs, "i");
// (the con cues, some two hundred, are tried word by word: see cueTester)
const namesConCue = cueTester(CON_CUES, "i");
// (the two lists share cues: each is read once)
const SAFE_CON = one([...new Set([...SAFETY_CON_CUES, ...SAFETY_HARM_CUES, "\\bcause[sd]?\\b"])]);
const SAFE_PRO = one(SAFETY_PRO_CUES);
// "not erased but it gives ...": what follows a contrast decides
const CONTRAST = /\b(?:but|however|yet|although|though)\b/i;
// what a contrast must say to end a denial on a benefit: "not erased but it gives an impression of freshness" does;
// "studies remain rare but the sector wants more research" does not
const BENEFIT_AFTER = new RegExp(
  `\\b(?:${BENEFIT_VERBS.join("|")}|gives?|provides?|offers?|brings?|helps?|works?|effective|benefi\\w*|relief|lift\\w*)\\b`, "i");
// "… has been refuted, yet it continues to exist": what follows tells that the practice survives, not that it works
const PERSISTS = /\b(?:continues?|persists?|goes on) to (?:exist|be (?:used|practi[sc]ed|offered|popular|sold))\b|\bis still (?:used|practi[sc]ed|offered|popular|sold)\b/i;

// how sure a writer is that it does not work
// ("there have been no such trials, to my knowledge": the writer's verdict as far as they know)
const EPISTEMIC = /\b(?:probably|likely|may|might|perhaps|possibly|suggest(?:s|ed|ing)?|appear(?:s|ed)?|seem(?:s|ed)?|think|to (?:my|our) knowledge|as far as (?:i|we) know)\b/i;
// "no evidence suggests that it works", "the evidence is insufficient to suggest that it works" are sure
// "no benefit beyond techniques that may be provided": a modal inside a relative clause of a noun hedges that
// clause, not the writer's verdict (after a verb of saying or showing, "that" opens the verdict itself)
const RELATIVE_MODAL = /(?<!\b(?:suggests?|suggested|shows?|showed|shown|found|finds|says?|said|believes?|believed|thinks?|thought|claims?|claimed|argues?|argued|indicates?|indicated|concluded|possible|likely|clear|evidence|proof|hope|fear|chance|so) )\b(?:that|which|who) (?:may|might|could|would|possibly|perhaps|probably)\b[^,;]*/gi;
// "explanations as to how it might work are insufficient": a modal inside an indirect question is no doubt of the verdict
const HOW_IT_MIGHT = /\b(?:how|why|whether) (?:[\w-]+ ){0,3}?(?:may|might|could) (?:work|help|act)\b/gi;
const NO_SUGGESTION = /\b(?:no|insufficient|not enough|little|too (?:little|weak|few))\b[^.;]{0,40}\bsuggest/i;

// "Far from being “pseudoscience,” it is now studied": a doubt named to be denied (not "far from proven": that is one)
const FAR_FROM_DOUBT = /\bfar from (?:being )?(?:an? |the |just |mere )?[“"‘]?(?:pseudo-?scien\w*|myths?|useless|ineffective|placebos?|quack\w*|fads?|nonsense|bogus|scams?|unscientific|fiction|folklore|superstitions?|hocus[- ]pocus|mumbo[- ]jumbo|snake oil)[”"’]?/gi;

/** True when the clause says the treatment does not work. */
export function isCon(clause: string): boolean {
  let read = clause.includes("far from") || clause.includes("Far from") ? clause.replace(FAR_FROM_DOUBT, " ") : clause;
  // ("can register with the pointless Complementary Healthcare Council": the scorn is for the body it names)
  if (SCORN_WORD.test(read)) read = read.replace(SCORN_BEFORE_NAME, " ");
  return namesConCue(read);
}
const SCORN_WORD = /less|worthless|useless|bogus|dubious|questionable/;
const SCORN_BEFORE_NAME = /\b(?:pointless|worthless|useless|bogus|dubious|questionable)\s+(?=(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|&)\s+)?\p{Lu})/gu;

/** `con`: isCon(clause), when the caller has read it already. */
export function efficacyStance(clause: string, hedged: boolean, con = isCon(clause)): StanceValue {
  let polarity: "pro" | "con" = con ? "con" : "pro";
  const c = clause.search(CONTRAST);
  if (polarity === "con" && c > 0) {
    // a con cue before "but" and none after it: the clause ends on the benefit
    const tail = clause.slice(c);
    if (!isCon(tail) && !PERSISTS.test(tail) && BENEFIT_AFTER.test(tail) && namesConCue(clause.slice(0, c))) polarity = "pro";
  }
  // a writer who says it does not work asserts that ("the claim that … is unfounded" is not a hedged claim),
  // unless they say it only probably holds: "is not likely to respond", "probably because it is a scam"
  // (nor does the reader's modal, "Despite what you may have read, …")
  return { kind: "stance", polarity, hedged: polarity === "con" ? EPISTEMIC.test(clause.replace(RELATIVE_MODAL, " ").replace(READER_MODAL, " ").replace(HOW_IT_MIGHT, " ")) && !NO_SUGGESTION.test(clause) : hedged };
}

/** Safety stance: pro = safe / mild / painless; con = harms named. */
// "not a safe option", "is not safe", "no longer considered safe"
const NOT_SAFE = /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}?(?:a\s+)?safe\b|\b(?:neither|nor)\s+(?:\w+\s+)?safe\b|\b(?:another|a|the|one|main|chief|biggest|real) (?:danger|risk|hazard|drawback|concern)(?: of(?: [\w-]+){1,3})? (?:is|was|lies in) that\b|\bnot worth (?:it|the risks?)\b|\bnot (?:\w+ )?suitable\b|\bnot known to be safe\b|\b(?:not|never|isn['’]t|aren['’]t|far from)\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:risk[- ]free|low[- ]risk|harmless|non-?toxic)\b/i;

// a harm named with nothing said to make it small: "Bruising and swelling are possible"
const HARM_NAMED = /\b(?:dangers?|dangerous|hazards?|hazardous|bruis\w*|swelling|infections?|allergic|complications?|necrosis|scarring|discomfort|pain(?!less)\w*|soreness|side[- ]effects?|adverse|risks?|toxic\w*|died|deaths?|fatal\w*|kill(?:s|ed|ing)?(?! (?:off )?(?:[\w-]+ ){0,2}?(?:bacteria|germs|microbes|microorganisms|viruses|fungi|pathogens|parasites|mites|lice|mou?ld|yeasts?|candida|(?:cancer|tumou?r) cells)))\b/i;

// "The most common complaint is mild discomfort after the session": which harm people report, however mild
const COMMON_HARM = /\b(?:most )?(?:common|frequent|usual) (?:complaints?|side[- ]effects?|adverse (?:effects?|events?|reactions?)|problems?)\b[^.;]{0,80}\b(?:is|are|was|were|include[sd]?)\b/i;

// "its safety has not been proven", "it is not known whether it is safe": safety not shown is no reassurance
const SAFETY_UNPROVEN = /\bno (?:\w+ )?evidence\b[^.;]{0,60}\bsafe\b|\bsafety\b[^.;]{0,100}\b(?:has|have|had)? ?(?:not|never) (?:yet )?(?:been )?(?:proven|established|demonstrated|shown|evaluated|studied|confirmed|verified|tested|assessed)\b|\bsafety\b[^.;]{0,100}\b(?:is|are|remains?) (?:\w+ )?(?:not|poorly) (?:well |fully |yet |clearly |properly )?(?:understood|known|studied|established|defined|clear)\b|\b(?:not known|unknown|unclear|uncertain) (?:whether|if)\b[^.;]{0,40}\bsafe\b|\bwhether\b[^.;]{0,40}\bsafe\b[^.;]{0,30}\b(?:never|not) (?:yet )?(?:been )?(?:established|proven|shown|demonstrated)\b|\bnot (?:\w+ ){0,3}?(?:proven|proved|shown|demonstrated|established|determined|approved|found)\b[^.;]{0,60}\bsafe\b|\b(?:little|no|scant|limited) (?:\w+ )?(?:research|evidence|data|studies) (?:\w+ ){0,2}?(?:proving|showing|that (?:it|they) (?:is|are))[^.;]{0,40}\bsafe\b|\bnot (?:always )?based on (?:\w+ )?safety\b|\bnot (?:legally )?(?:claim|say|advertise)\w* (?:\w+ ){0,3}?safe\b|\bthan (?:that which |what )?can be safely\b/i;

// "patients may incorrectly believe it has been proven safe": the safety is a mistaken belief
const MISBELIEF = /\b(?:incorrectly|wrongly|mistakenly|falsely|erroneously) (?:believe|believes|believed|think|thinks|assume|assumes)\b/i;
// "was not outright harmful", "is not dangerous": a harm denied
const NOT_HARMFUL = /\b(?:not|never|isn['’]t|wasn['’]t|aren['’]t|won['’]t|cannot|can['’]t|doesn['’]t|don['’]t)\s+(?!only\b)(?:\w+\s+){0,2}?(?:harmful|dangerous|toxic|risky|unsafe|hazardous|painful|uncomfortable|unpleasant|harm|hurt|injure|burn)\b|\b(?:not|never|n['’]t)\s+(?:usually\s+|normally\s+|generally\s+|to\s+)?(?:cause|lead to|result in|trigger)s?\s+(?:any\s+|much\s+|serious\s+|significant\s+)?(?:\w+\s+)?(?:bruis\w*|swelling|pain\w*|infections?|burns?|bleeding|reactions?|dizziness|nausea|soreness|discomfort|scarring|blisters?|rash\w*|injur(?:y|ies)|side[- ]effects?|harm|damage)\b|\bno (?:real |serious |great )?(?:danger|risk) (?:that|of)\b|\b(?:not|never|n['’]t) (?:\w+ )?(?:increase|raise)s? (?:the |your )?(?:risks?|chances?|likelihood|rates?) of\b|\b(?:not|no)\s+(?:\w+\s+){0,4}?(?:poses?|carr(?:y|ies))\s+(?:any\s+)?(?:serious|significant|major|real)\s+(?:health\s+)?risks?\b|\bno (?:\w+ )?reports? of (?:any )?(?:serious |major |significant |severe )?(?:side[- ]effects?|harm|adverse|complications?|injur\w*)/i;
// a harm it causes, however mild, and harms that reach shock or death: "may cause mild bruising", "from mild
// swelling to anaphylactic shock, or even death"
// "it will harm you", "can burn the skin": a harm it does, told with a verb
// ("harm can be done if it is not used carefully": the harm told in the passive, and the use that risks it)
const DOES_HARM = /\b(?:will|can|could|may|might|would|does|do|did|to)\s+(?:also\s+|even\s+|easily\s+|seriously\s+)?(?:harm|hurt|injure|burn|damage|scald|bruise)\b|\b(?:harm|damage|injury)\s+(?:can|could|may|might|will)\s+(?:\w+\s+)?(?:be done|be caused|occur|result|happen)\b|\bif\b[^.;]{0,60}\bnot\s+(?:\w+\s+)?(?:used|done|performed|applied|administered|practi[sc]ed)\s+(?:carefully|properly|correctly|safely|responsibly)\b/i;
const CAUSES_HARM = /\b(?:cause[sd]?|causing|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|trigger(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:bruis\w*|swelling|pain\w*|infections?|burns?|bleeding|reactions?|dizziness|nausea|soreness|discomfort|scarring|blisters?|rash\w*|injur(?:y|ies)|redness|itch\w*|irritation|numbness|ulcers?|tenderness|faint\w*|vomit\w*|headaches?|cramp\w*|allerg\w*|inflammation|seizures?|convulsions?|strokes?|embolisms?|blood clots?)\b|\b(?:anaphyla\w*|death|fatal\w*|life-threatening)\b/i;

/** The clause tells of a harm it causes or does ("causes bruising", "can burn the skin"), whatever else it says. */
export function tellsHarm(clause: string): boolean {
  return CAUSES_HARM.test(clause) || DOES_HARM.test(clause);
}

// "It is not true that …", "It is a myth that …", "The fear that … is unfounded": what follows is denied
const DENIED_THAT = /\b(?:it\s+is|it['’]s|that\s+is|this\s+is)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false|a\s+myth|a\s+misconception|wrong|nonsense)\s+that\b/i;
const DISMISSED_THAT = /\b(?:fears?|worry|worries|concerns?|idea|notion|belief|claims?)\s+that\b[^.;]{0,100}\b(?:is|are|was|were)\s+(?:(?:just|merely|simply|only|largely|pure|an?|completely|totally|entirely)\s+)*(?:myths?|misconceptions?|unfounded|baseless|groundless|exaggerated|overblown|untrue|false|fiction|fantasy|nonsense)\b/i;
/** The clause denies what it reports: "It is a myth that it is painful", "The fear that it spreads disease is unfounded". */
export function deniesWhatFollows(clause: string): boolean {
  return DENIED_THAT.test(clause) || DISMISSED_THAT.test(clause);
}

// "prefer this gentle method rather than potentially harmful cotton buds": what follows the contrast is the
// alternative's, not the treatment's (a contrast that opens the clause, "Rather than easing pain, it …", is read whole)
const ALTERNATIVE_AFTER = /\b(?:rather than|instead of|as opposed to|unlike)\b/i;

export function safetyStance(clause: string, hedged: boolean): StanceValue {
  const contrast = ALTERNATIVE_AFTER.exec(clause);
  const stance = plainSafetyStance(contrast && contrast.index > 10 ? clause.slice(0, contrast.index) : clause, hedged);
  // a safety statement denied turns round: "It is a myth that it is painful" reassures
  return deniesWhatFollows(clause) ? { ...stance, polarity: stance.polarity === "pro" ? "con" : "pro" } : stance;
}

// harms named as ones that occur, however mild or rare: "Mild side effects can include redness, tingling and numbness",
// "Rarely, frostbite or cold burns have been reported" (not "no burns have been reported", nor a harm given as an
// example of a reassurance, "Adverse effects are usually minor, such as local soreness")
const HARM_WORDS = "burning|stinging|damage|perforations?|dehydration|(?:kidney|liver|heart|organ) failure|strokes?|seizures?|granulomas?|redness|tingling|numbness|bruis\\w*|swelling|soreness|stiffness|pain(?!less)\\w*|headaches?|dizziness|nausea|irritation|burns?|frostbite|blisters?|infections?|bleeding|fatigue|tiredness|itch\\w*|rash\\w*|cramp\\w*|coughing|bronchospasm|fainting|vomiting|diarrh\\w*|reactions?|complications?|injur(?:y|ies)|deaths?";
const HARMS_OCCUR = new RegExp(`\\b(?:include[sd]?|(?:linked|associated|tied) (?:to|with)|feel(?:s)? (?:a|some) (?=(?:mild |slight |light |brief |temporary )?\\w+ing\\b)|report(?:s|ed)?|experienc(?:e|es|ed)|develop(?:s|ed)?|suffer(?:s|ed)?|complain(?:s|ed)? of|notic(?:e|es|ed))\\b[^.;]{0,40}?\\b(?:${HARM_WORDS})\\b|\\b(?:${HARM_WORDS})\\b[^.;]{0,40}?\\b(?:(?:has|have) been|were|was|are|is) (?:\\w+ )?(?:reported|documented|described|seen|observed|noted|frequent|common|commonplace)\\b`, "i");
const NEGATION_WORD = /\b(?:no|none|never|nor|not|without|n['’]t)\b/i;
// a harm told as mild or passing, but told as one that comes: "Temporary numbness can last several weeks", "Mild aches are
// normal after a session" (not a reassurance, "side effects are mild and temporary", which says how they are)
const MILD_HARM_COMES = new RegExp(`\\b(?:temporary|transient|mild|slight|minor|short-lived|brief)\\s+(?:[\\w-]+\\s+)?(?:${HARM_WORDS}|aches?|light-?headedness)\\b[^.;]{0,60}?\\b(?:lasts?|persists?|lingers?|occurs?|develops?|happens?|follows?|appears?|sets? in|(?:is|are) (?:\\w+ )?(?:common|normal|usual|expected|possible|to be expected))\\b`, "i");
// a harm that befell someone after it, a state of harm it leaves people in (lexicon/cues.ts)
export const HARM_AFTER_IT_RE = new RegExp(HARM_AFTER_IT, "i"), LEFT_IN_HARM_STATE_RE = new RegExp(LEFT_IN_HARM_STATE, "i");
// a harm told as rare, but as one that comes: "Fainting is uncommon but does happen"
const RARE_BUT_COMES = /\b(?:rare|uncommon|infrequent|unusual)\b[^.;]{0,30}\bbut\b[^.;]{0,30}\b(?:does|do|can|may|did|has|have|will)\s+(?:still\s+|sometimes\s+|occasionally\s+)?(?:happen|occur|be (?:serious|severe|fatal|dangerous)|been reported)\b/i;

// "are unlikely to harm you", "shouldn't leave marks": a harm said not to come
const HARM_UNLIKELY = /\bunlikely to (?:\w+ )?(?:harm|hurt|injure|damage|cause (?:\w+ )?(?:harm|problems|side[- ]effects|injur\w*))\b|(?:\bnot|n['’]t|\bnever) (?:\w+ )?leave (?:any )?(?:\w+ )?(?:marks|bruises|bruising|scars|scarring)\b/i;
// "can dangerously lower blood calcium"
const DANGEROUSLY = /\b(?:dangerously|harmfully|seriously|severely|fatally)\s+(?:\w+\s+)?(?:lower|raise|increase|decrease|reduce|deplete|drop|damage|injure|affect)\w*\b/i;

// "the order was necessary to protect public health and safety": an authority acting against it to keep people safe
const PROTECTS_PUBLIC = /\b(?:order|ban|prohibition|action|closure|suspension|measure|warning|recall|injunction)s?\b[^.;]{0,60}\bto (?:protect|safeguard) (?:the )?(?:public|patients|consumers|the community|members of the public)(?:['’]s?)?\b/i;

// "I may be laid up for a day or so after each session": laid low by it
const LAID_LOW = /\b(?:laid up|bedridden|bed-ridden|out of action|knocked out)\b/i;

// "Rarely, it can make existing back pain worse": a harm however rare
const MAKES_WORSE = /\bmak(?:e|es|ing|ed|de) (?:[\w'’-]+ ){0,4}?worse\b|\bworsen(?:s|ed|ing)?\b|\b(?:aggravat|exacerbat)(?:e|es|ed|ing)\b/i;

function plainSafetyStance(clause: string, hedged: boolean): StanceValue {
  if (PROTECTS_PUBLIC.test(clause) || LAID_LOW.test(clause) || MAKES_WORSE.test(clause)) return { kind: "stance", polarity: "con", hedged };
  if (NOT_HARMFUL.test(clause) || HARM_UNLIKELY.test(clause)) return { kind: "stance", polarity: "pro", hedged };
  if (DANGEROUSLY.test(clause) || MILD_HARM_COMES.test(clause) || RARE_BUT_COMES.test(clause) || HARM_AFTER_IT_RE.test(clause) || LEFT_IN_HARM_STATE_RE.test(clause)) return { kind: "stance", polarity: "con", hedged };
  if (NOT_SAFE.test(clause) || COMMON_HARM.test(clause) || (HARMS_OCCUR.test(clause) && !NEGATION_WORD.test(clause)) || SAFETY_UNPROVEN.test(clause) || MISBELIEF.test(clause) || CAUSES_HARM.test(clause) || DOES_HARM.test(clause)) return { kind: "stance", polarity: "con", hedged };
  const pro = SAFE_PRO.some((re) => re.test(clause));
  // (con matters only without pro)
  const con = !pro && (SAFE_CON.some((re) => re.test(clause)) || HARM_NAMED.test(clause));
  return { kind: "stance", polarity: con ? "con" : "pro", hedged };
}

// ---- a sentence in a section a heading gives to safety ("Is it safe?", "Side effects", "Who should not have it?")

// a heading of a few words that names the treatment's safety, its harms or who should not have it
export const SAFETY_HEADING = /^(?:\W*\s*)?(?:[\p{L}'’-]+\s+){0,6}?(?:safe(?:ty)?|risks?|side[- ]effects?|dangers?|cautions?|warnings?|contra-?indications?|precautions?|adverse (?:effects|events|reactions)|who should(?:n['’]t| not)|not (?:a )?(?:good |suitable )?candidates?|who (?:can(?:not|['’]t)|should avoid)|does it hurt|is it painful)\b(?!\s+(?:letters?|notices?|labels?|signs?|lights?)\b)(?:[^.!]{0,40})$/iu;
// what a sentence must name to tell of safety there: a harm, a word of safety, or someone it may not suit (complaint
// words of the dictionary are asked apart, by the caller)
const SAFETY_SIGNAL = /\b(?:safe\w*|unsafe|risk\w*|harm\w*|hurt\w*|pain\w*|injur\w*|danger\w*|side[- ]effects?|adverse|reactions?|contra-?indicat\w*|complications?|discomfort|sore\w*|bruis\w*|dizz\w*|nause\w*|faint\w*|tired\w*|fatigue|bleed\w*|burns?|irritat\w*|infect\w*|pregnan\w*|breastfeed\w*|children|under \d+|elderly|pacemakers?|implants?|blood[- ]thinners?|anticoagulants?|medications?|medicines|epilep\w*|seizures?|diabet\w*|heart|kidneys?|liver|allerg\w*|sensitiv\w*|condition|disorders?|gentle|mild\w*)\b/i;

const EFFICACY_TALK = /\b(?:improv\w*|benefi\w*|effective\w*|efficacy|relie\w*|helps?|helped|works?|worked|results?|evidence|studies|trials?|reviews?|treats?|cures?|diagnos\w*|prevents?)\b/i;
const HARM_TALK = /\b(?:side[- ]effects?|adverse|harm\w*|risk\w*|injur\w*|danger\w*|unsafe|complications?|contra-?indicat\w*|should(?:n['’]t| not)|must(?:n['’]t| not)|avoid\w*)\b/i;

/** A sentence under a safety heading that claims nothing else: whether it tells of safety, and how. Reassurance
 * ("It is gentle and painless") is pro; anything else it names there, a harm, who should avoid it, a care to take, is
 * a caution (con). `complaint`: whether it names a complaint the dictionary knows. Null when it names nothing of
 * safety ("Our therapists are all certified"). */
export function sectionSafety(sentence: string, complaint: boolean, hedged: boolean): StanceValue | null {
  if (!complaint && !SAFETY_SIGNAL.test(sentence)) return null;
  // (what it does for a complaint, or what the evidence says, is no harm: "some small trials reported improvements in
  // anxiety", "It is not intended to treat any disease")
  if (EFFICACY_TALK.test(sentence) && !HARM_TALK.test(sentence)) return null;
  const reassures = NOT_HARMFUL.test(sentence) || HARM_UNLIKELY.test(sentence) || SAFE_PRO.some((re) => re.test(sentence));
  const stance = safetyStance(sentence, hedged);
  return { kind: "stance", polarity: reassures && stance.polarity === "pro" ? "pro" : "con", hedged };
}