// Category cues as data: regular-expression sources (case-insensitive, matched on one clause). General English
// of health, practice and history writing; nothing here names a particular treatment, person or site.

/** Nouns of outcomes and conditions that a treatment may act on. */
export const OUTCOME_NOUNS: readonly string[] = [
  // compounds first, so the whole name wins where its first word is an outcome too ("tension headaches", "joint
  // mobility", "digestive health"); written as patterns, their words are not outcome words of their own
  "(?:tension|sinus|cluster|migraine) headaches?", "(?:muscle|muscular) (?:tension|pain|aches?|stiffness|soreness)", "joint (?:mobility|pain|stiffness)",
  "(?:cardiovascular|heart|digestive|gut|mental|oral|bone|immune|respiratory|sexual|reproductive|skin|brain|eye|liver|kidney) health",
  "(?:respiratory|digestive|immune|nervous|lymphatic) system", "(?:hay) fever", "(?:free) radicals", "(?:blood|lymph|lymphatic) (?:circulation|flow|drainage)",
  "skin (?:conditions?|diseases?|problems?|disorders?|complaints?)", "rash(?:es)?", "warts?", "phlegm", "mucus", "dandruff", "hives",
  "fat", "fats", "cellulite", "wrinkles?", "lines", "pain", "aches?", "inflammation", "swelling", "weight",
  "scars?", "scarring", "acne", "hair loss", "hair", "skin", "circulation", "blood flow", "blood supply",
  "drainage", "flow", "symptoms?", "stress", "anxiety", "depression", "insomnia", "sleep", "arthritis", "migraines?",
  "headaches?", "fatigue", "mood", "function", "mobility", "stiffness", "tension", "spasms?", "problems?",
  "conditions?", "disorders?", "ailments?", "diseases?", "illness(?:es)?", "injur(?:y|ies)", "complaints?",
  "appearance", "elasticity", "tone", "texture", "firmness", "volume", "deposits?", "nodules", "lumps",
  "bumps", "divots", "unevenness", "pigmentation", "spots", "stretch marks", "sagging", "laxity", "aging",
  "ageing", "tissues?", "muscles?", "joints?", "posture", "balance", "strength", "flexibility", "healing", "well being",
  "recovery", "immunity", "immune system", "energy", "wellbeing", "well-being", "quality of life", "health",
  "blood pressure", "cholesterol", "glucose", "infections?", "allerg(?:y|ies)", "asthma", "nausea",
  "vomiting", "cramps?", "libido", "fertility", "memory", "cognition", "concentration", "focus", "fitness",
  "endurance", "body", "face", "neck", "complexion", "contours?", "collagen", "metabolism", "digestion", "toxins", "bloating", "obesity", "fibrosis",
  // ailments and parts a benefit is often told of: "clears sinus congestion", "regenerates cartilage", "dissolves stones"
  "congestion", "sinus(?:es)?", "pores", "ligaments?", "tendons?", "cartilage", "stamina", "cravings?", "hangovers?", "jet lag",
  "constipation", "colds", "(?:a|the common) cold", "coughs?", "eczema", "psoriasis", "gout", "tinnitus", "fevers?", "stones",
  "recovery time", "mind", "nerves", "puffiness", "water retention", "dark circles", "imbalances?", "impurities", "waste products", "inflammatory (?:[\\w-]+ ){0,2}?(?:imbalances?|responses?|markers?|conditions?)",
  "seizures?", "eyesight", "vision", "heart rate variability", "heart rate", "blood sugar", "breathing(?! exercises?| techniques?| practices?| methods?| patterns?| sessions?| work)",
  // (not organs, "the lower bowel", "the brain": a procedure's or an anatomy's words as often as an outcome's)
  "hearing", "performance",
];


/** Benefit verbs that take an outcome as object ("reduces pain", "shrinks the fat cells"). */
export const BENEFIT_VERBS: readonly string[] = [
  "reduc(?:e|es|ed|ing)", "improv(?:e|es|ed|ing)", "eliminat(?:e|es|ed|ing)", "dissolv(?:e|es|ed|ing)",
  "melt(?:s|ed|ing)?", "shrink(?:s|ing)?", "tighten(?:s|ed|ing)?", "relie(?:ve|ves|ved|ving)",
  "alleviat(?:e|es|ed|ing)", "eas(?:e|es|ed|ing)", "lessen(?:s|ed|ing)?", "boost(?:s|ed|ing)?",
  "restor(?:e|es|ed|ing)", "repair(?:s|ed|ing)?", "rejuvenat(?:e|es|ed|ing)", "revitaliz(?:e|es|ed|ing)",
  "smooth(?:s|es|ed|ing)?", "firm(?:s|ed|ing)?", "remov(?:e|es|ed|ing)", "clear(?:s|ed|ing)?(?! (?:by|for|as|to)\\b)",
  "flush(?:es|ed|ing)?(?: out)?", "detoxif(?:y|ies|ied|ying)", "cleans(?:e|es|ed)", "purif(?:y|ies|ied|ying)",
  "break(?:s|ing)? down", "burn(?:s|ed|ing)? (?:off |up to |over |about |more than )?(?:[\\d,]+ )?(?:the )?(?:fat|calories)", "lower(?:s|ed|ing)?", "increas(?:e|es|ed|ing)", "enhanc(?:e|es|ed|ing)",
  "strengthen(?:s|ed|ing)?", "cur(?:e|es|ed|ing)", "heal(?:s|ed|ing)?", "correct(?:s|ed|ing)?", "fight(?:s|ing)?",
  "prevent(?:s|ed|ing)?", "stimulat(?:e|es|ed|ing) (?:the )?(?:growth|regrowth|healing|production)",
  "regrow(?:s|ing)?", "grow(?:s|ing)?", "contour(?:s|ed|ing)?", "sculpt(?:s|ed|ing)?", "treat(?:s|ed|ing)?",
  "help(?:s|ed)? (?:to )?(?:reduce|improve|treat|relieve|heal|break|restore|maintain|prevent)",
  // "stops hiccups", "releases tension", "supports the healing of"
  "stop(?:s|ped|ping)?", "resolv(?:e|es|ed|ing)", "facilitat(?:e|es|ed|ing)", "support(?:s|ed|ing)?",
  // "halves recovery time", "regenerates cartilage", "reverses ageing"
  "halv(?:e|es|ed|ing)", "regenerat(?:e|es|ed|ing)", "revers(?:e|es|ed|ing)",
  // "targets the subtle imbalances that precede disease", "balances hormones"
  // (not "balance" itself: "restores balance" names an outcome)
  "target(?:s|ed|ing)?", "balanc(?:es|ing)",
  // "realigns and balances your body", "rebalances the nervous system"
  "realign(?:s|ed|ing)?", "rebalanc(?:e|es|ed|ing)",
  // "minimize swelling", "combats hay fever", "neutralises free radicals", and the other verbs that lessen a complaint
  // ("wards off colds", "dampens inflammation", "tames anxiety", "curbs cravings", "counteracts fatigue"; not "relaxes",
  // "settles", "cools": "relaxed ligaments", "settles the account" name no good)
  "minimi[sz](?:e|es|ed|ing)", "combat(?:s|ed|ing|ted|ting)?", "neutrali[sz](?:e|es|ed|ing)", "wards? off", "warded off", "warding off",
  "dampen(?:s|ed|ing)?", "tam(?:e|es|ed|ing)", "quell(?:s|ed|ing)?", "curb(?:s|ed|ing)?", "banish(?:es|ed|ing)?", "tackl(?:e|es|ed|ing)",
  "counteracts?", "counteracted",
  // "might slim down the face", "slims the waist" (not the adjective: "slim evidence")
  "slim(?:s|med|ming)(?: down)?", "slim down",
  // "speeds healing", "speeds up recovery"
  "speed(?:s|ed|ing)?(?: up)?",
  // "can manage conditions such as asthma", "helps remedy infections", "acts to detox the body"
  "manag(?:e|es|ed|ing)", "remed(?:y|ies|ied|ying)", "detox(?:es|ed|ing)?",
  // "draws out toxins", "pulls out impurities"
  "draw(?:s|ing)? out", "pull(?:s|ing)? out",
];

/** Efficacy cues told through what people notice or achieve, kept apart from EFFICACY_CUES (whose one pattern they
 * would push past V8's size for optimised patterns, see alternation.ts) and read only after a quick test for their
 * words (two cues, in this order: keep NOTICED_VERB and RESULT_SIZE in classify.ts in step). */
/** Verbs of setting a process going or furthering it, every form: "provokes", "prompted", "triggering", "kick-starts". */
export const SETTING_OFF_VERBS: readonly string[] = ["provoke", "provokes", "provoked", "provoking", "prompt", "prompts",
  "prompted", "prompting", "trigger", "triggers", "triggered", "triggering", "induce", "induces", "induced", "inducing",
  "spark", "sparks", "sparked", "sparking", "spur", "spurs", "spurred", "spurring", "elicit", "elicits", "elicited",
  "eliciting", "evoke", "evokes", "evoked", "evoking", "initiate", "initiates", "initiated", "initiating", "activate",
  "activates", "activated", "activating", "reactivate", "reactivates", "reactivated", "reactivating", "awaken", "awakens",
  "awakened", "awakening", "kick-start", "kick-starts", "kick-started", "kick-starting", "kickstart", "kickstarts",
  "kickstarted", "kickstarting", "jump-start", "jump-starts", "jump-started", "jump-starting", "stimulate", "stimulates",
  "stimulated", "stimulating", "promote", "promotes", "promoted", "promoting", "encourage", "encourages", "encouraged",
  "encouraging", "accelerate", "accelerates", "accelerated", "accelerating", "boost", "boosts", "boosted", "boosting",
  "enhance", "enhances", "enhanced", "enhancing", "increase", "increases", "increased", "increasing", "speed up",
  "speeds up", "sped up", "speeding up"];
/** Processes of the body a treatment is said to set going: how it is told to work ("provoke the proliferation of
 * tissue", "prompt the production of new collagen", "trigger a regenerative response"), singular and plural. */
export const BODILY_PROCESS_NOUNS: readonly string[] = ["proliferation", "regeneration", "healing", "repair", "repairs",
  "growth", "regrowth", "renewal", "recovery", "response", "responses", "secretion", "secretions", "circulation",
  "metabolism", "flow", "turnover", "remodelling", "remodeling", "production", "formation", "synthesis", "release",
  "rebuilding", "restoration", "detoxification", "drainage", "elimination"];
/** Words before such a process that make it a harm ("an allergic response", "the release of histamine" is not). */
export const HARMFUL_PROCESS_MODIFIERS: readonly string[] = ["allergic", "inflammatory", "toxic", "adverse", "anaphylactic",
  "stress", "pain", "painful", "abnormal", "uncontrolled", "excessive", "harmful", "dangerous", "autoimmune", "histamine",
  "fight-or-flight", "gag", "vomiting"];

export const REPORTED_OUTCOME_CUES: readonly string[] = [
  // a benefit told through what people notice: "some users report better sleep", "clients notice less bloating"
  `\\b(?:report|reports|reported|notice|notices|noticed|experience|experiences|experienced|enjoy|enjoys|enjoyed) (?:much |significantly |far )?(?:better|improved|less|reduced|deeper|fewer|sounder|more restful|greater|increased) (?:[\\w-]+ )?(?:${OUTCOME_NOUNS.join("|")})\\b`,
  // a result told as its size: "40% of patients achieved a 50% reduction in migraine frequency", "saw a marked
  // improvement in mobility", "achieving ≥50% seizure reduction" (not "saw a 30% increase in side effects")
  "\\b(?:achieved|achieving|achieve|saw|had|experienced|showed|reported|obtained) (?:an? |the )?(?:(?:≥|>|at least |over |more than )?\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent)(?: or (?:greater|more))?|significant|marked|meaningful|substantial|major|dramatic|clinically [\\w-]+) (?:[\\w-]+ )?(?:reduction|decrease|drop|fall|improvement)s?\\b(?![^.;]{0,30}\\b(?:side[- ]effects?|adverse|complications?|risks?|harms?|injur\\w*)\\b)",
];

/** Verbs that lead a predicate of a series of benefits without being a benefit cue by themselves ("promotes
 * detoxification, encourages healing and supports the immune system" is three claims; "promotes the practice" alone is
 * none): read by the splitter only, after a clause is an efficacy claim. */
export const SERIES_ONLY_VERBS: readonly string[] = [
  // (finite forms only: "…, stimulating the body to grow hair" tells how, and "Stimulating the points calms cravings"
  // names the act)
  "promot(?:e|es|ed)", "encourag(?:e|es|ed)", "aid(?:s|ed)?", "calm(?:s|ed)?", "sooth(?:e|es|ed)", "balanc(?:e|es|ed)",
  // (not "stimulates" of anything: "stimulate the vagus nerve and calm the body" tells the means, then the benefit;
  // "stimulate digestion" names a good)
  "stimulat(?:e|es|ed)(?= (?:the |your )?(?:digestion|circulation|blood (?:flow|circulation)|immune system|metabolism|lymph\\w*|appetite|collagen|hair growth|recovery)\\b)",
  "regulat(?:e|es|ed)", "energi[sz](?:e|es|ed)", "brighten(?:s|ed)?", "hydrat(?:e|es|ed)",
  "accelerat(?:e|es|ed)", "speeds? up", "unblock(?:s|ed)?", "optimi[sz](?:e|es|ed)", "normali[sz](?:e|es|ed)",
  "revitalis(?:e|es|ed)", "deepen(?:s|ed)?", "lift(?:s|ed)?", "sharpen(?:s|ed)?", "help(?:s|ed)? with",
  // "… and help you sleep better", "can benefit your heart, and reduce inflammation"
  "help(?:s|ed)? (?:you|people|them|patients|clients|users|women|men|children|babies|infants|kids|athletes|seniors|adults|sufferers)(?: to)?", "benefit(?:s|ed)? (?:your|the|their|our|his|her)",
];

/** Cues that by themselves make a clause an efficacy claim (pro or con). */
/** "helped thousands of people overcome their phobias": a benefit told through the people helped (also read by
 * classify, where it keeps the benefit beside a caseload). */
export const HELPED_TO_OUTCOME = "\\bhelp(?:s|ed|ing)? (?:[\\w-]+ ){1,6}?(?:resolve|overcome|recover|heal|cope|beat|quit|get over|feel better|sleep better)\\b";

export const RISK_LOWERED = "\\b(?:lower|lowers|lowered|lowering|reduce[sd]?|reducing|cut(?:s|ting)?|decrease[sd]?|decreasing|halve[sd]?|halving|minimi[sz]e[sd]?) (?:the |your |their |a person['’]s )?(?:risk|chance|likelihood|odds|incidence) of (?!(?:[\\w-]+ )?(?:side[- ]effects?|complications?|adverse|harm|injur\\w*|bruis\\w*|bleeding|burns?|infections?|scarring)\\b)";

/** More efficacy cues, a second alternation beside EFFICACY_CUES: one holding both would pass the size V8 optimises
 * (alternation.test.ts). */
// a study's finding of a change in an outcome: "found a large drop in anxiety scores", "observed a modest rise in bone
// density" (a fall in any outcome named; a rise only in one that is good to have more of; not a harm's). Read by
// classify.ts after a quick test for the change's noun before "in": as cues, with the outcome nouns in them, they cost
// every clause whose efficacy gate opens.
export const STUDY_FOUND_FALL = `\\b(?:found|finds|showed|shows|shown|reported|observed|saw|noted|recorded|demonstrated|documented)\\s+(?:an?\\s+|the\\s+)?(?:[\\w%.-]+\\s+){0,2}?(?:reduction|decrease|drop|fall|decline|lowering)s?\\s+in\\s+(?:[\\w-]+\\s+){0,2}?(?:${OUTCOME_NOUNS.join("|")})\\b(?![^.;]{0,30}\\b(?:side[- ]effects?|adverse|complications?|harms?|injur\\w*)\\b)`;
export const STUDY_FOUND_RISE = "\\b(?:found|finds|showed|shows|shown|reported|observed|saw|noted|recorded|demonstrated|documented)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:increase|rise|gain|improvement)s?\\s+in\\s+(?:[\\w-]+\\s+){0,2}?(?:density|strength|mobility|flexibility|range of motion|sleep quality|sleep|energy|mood|quality of life|function|circulation|blood flow|well-?being|performance|endurance|healing)\\b";

export const MORE_EFFICACY_CUES: readonly string[] = [
  // the evidence for it told as good: "The evidence for neck pain is encouraging"
  "\\b(?:evidence|research|results|data|findings)(?: (?:for|on|in) (?:[\\w'’-]+ ){1,3})? (?:is|are|looks?|seems?|remains?) (?:(?!not\\b|never\\b|hardly\\b)\\w+ )?(?:encouraging|promising|strong|positive|compelling|convincing|robust|solid|impressive)\\b",
  // its outcome named as its result: "the overall result is the release of muscle tension"
  "\\b(?:the )?(?:overall |end |net |main |usual )?results? (?:is|are|was|were) (?:a |an |the )?(?:[\\w-]+ )?(?:release|relief|reduction|easing|improvement|loosening|lessening|relaxation) (?:of|in|from)\\b",
  // its effects vouched for: "Its effects are proven, consistent", "the benefits have been well documented"
  "\\b(?:its|their|the) (?:[\\w-]+ )?(?:effects?|benefits?|efficacy|effectiveness) (?:are|is|have been|has been) (?:\\w+ )?(?:proven|proved|established|demonstrated|documented|well[- ]documented|confirmed)\\b(?! to be\\b)",
  // a share of the people treated who respond, get better or see a benefit: "About 70% of patients respond", "Nine out
  // of ten clients improved", "most sufferers get better", "two-thirds of them saw an improvement"
  "\\b(?:\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent)|(?:one|two|three|four|five|six|seven|eight|nine|\\d+) (?:out of|in) (?:three|four|five|ten|\\d+)|(?:a|one|two) (?:third|quarter)s?|two-thirds|three-quarters|half|most|many|the (?:vast |great )?majority)"
    + " (?:of (?:them|those (?:treated|who (?:tried|had|received|underwent) it)|(?:the )?(?:[\\w-]+ ){0,2}?(?:patients|people|users|clients|participants|subjects|cases|sufferers|women|men|children))|(?:[\\w-]+ ){0,2}?(?:patients|users|clients|participants|sufferers))"
    + " (?:(?:were|are|have|had|will|would|typically|usually|often|quickly|soon|also|all|generally|eventually)\\s+){0,2}(?:respond(?:s|ed|ing)?\\b(?! (?:to (?:a |the )?(?:survey|questionnaire|poll|question)))|improv(?:e|es|ed)\\b|(?:got|get|gets|feel|felt|were feeling|are feeling) better\\b|benefit(?:s|ed|ted)?\\b|recover(?:s|ed)?\\b|(?:saw|see|sees|report(?:s|ed)?|experienc(?:e|es|ed)|notic(?:e|es|ed)|felt|feel|gain(?:s|ed)?) (?:an? |some |significant |marked |lasting |real |visible |noticeable |clear |measurable )?(?:improvement|results?|benefits?|relief|reduction|difference|changes?)s?\\b)",
  // people telling of more or better of something ("Our clients report more energy, better sleep and faster recovery",
  // "users notice deeper sleep"; not "their lower backs")
  "\\b(?:reports?|notice[sd]?|experiences?|enjoy(?:s|ed)?)\\b[^.;]{0,50}\\b(?:higher|lower(?! (?:backs?|legs?|limbs?|body|abdom\\w*|half|part|jaws?|lips?|eyelids?|teeth|arms?)\\b)|better|greater|less|fewer|more|improved|reduced|faster|deeper|stronger|calmer)\\b",
  // a measure of it that changed for the better: "TUG time improved by 1.8 s", "Pain intensity fell by 32% in the
  // treated group", "an 18% lower rate of a combined endpoint"
  "\\bimprov(?:ed|es|ing) (?:significantly |markedly |substantially |modestly )?by (?:an average of |a mean of |about |around |nearly |almost )?\\d",
  "\\b(?:pain|symptoms?|fear|anxiety|stiffness|fatigue|disability|depression|stress|swelling|itch\\w*|nausea|insomnia|frequency|severity|intensity)\\b[^.;]{0,40}?\\b(?:fell|dropped|declined|decreased|diminished|(?:was|were) (?:reduced|cut|lowered)|went down)\\b(?: [\\w-]+){0,3}? by\\b",
  "\\b\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent) (?:lower|reduced|smaller|fewer)\\b(?: [\\w-]+){0,2}? (?:rates?|risks?|incidence|numbers?|odds)\\b",
  // a measure that got better, told without a figure: "Participants' sleep quality also improved", "pain intensity
  // dropped as well"
  "\\b(?:sleep quality|quality of life|mood|function|balance|mobility|flexibility|range of motion|wellbeing|well-being)\\s+(?:\\w+\\s+){0,2}?(?:improved|increased|rose|got better)\\b",
  "\\b(?:pain|anxiety|stress|fatigue|stiffness|depression|tension|blood pressure)\\s+(?:intensity\\s+|levels?\\s+|scores?\\s+|ratings?\\s+)?(?:\\w+\\s+){0,2}?(?:dropped|fell|decreased|declined|eased|subsided|went down)\\b",
  // a first-person account of feeling better after it: "I sleep better for two or three days afterwards", "it has
  // helped my anxiety too"
  "\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:sleep|slept|feel|felt|breathe|breathed|move|moved|walk|walked)\\s+(?:much |so |far |a lot |noticeably |a bit )?(?:better|calmer|lighter|easier|more relaxed|less (?:stressed|anxious|stiff|tense|sore))\\b",
  "\\bhelp(?:s|ed|ing)? (?:my|your|his|her|their|our) (?:[\\w-]+ ){0,2}?(?:pain|anxiety|sleep|insomnia|stress|back|knees?|joints?|skin|mood|depression|migraines?|headaches?|arthritis|symptoms?|recovery|breathing|circulation|digestion)\\b",
  // what it is said to offer, what people use it for, where the evidence is best: "may offer short-term pain relief",
  // "athletes use the method to refine their performance", "Evidence appears strongest for neck and shoulder pain"
  "\\boffers? (?:[\\w-]+ ){0,3}?(?:relief|benefits?|improvements?|protection)\\b",
  "\\b(?:use|used|uses|using) (?:it|this|them|the (?:method|technique|therapy|treatment|practice)) to (?:improve|refine|enhance|boost|reduce|ease|treat|relieve|manage|prevent|speed up|heal|calm|help)\\b",
  "\\bevidence (?:[\\w-]+ ){0,4}?(?:is|appears|seems|looks) (?:to be )?(?:strongest|strong|best|most convincing|most promising|good|encouraging) for\\b",
  // a study's finding of a gain: "A small 2015 study found improvements in balance", "trials showed reductions in pain"
  "\\b(?:found|find|finds|showed|shows|show|reported|noted|observed|demonstrated|documented|recorded)\\s+(?:\\w+\\s+){0,2}?(?:improvements?|reductions?|benefits?|gains?|decreases?|relief)\\s+(?:in|of|from|for)\\b",
  // a complaint that came less often or less hard: "their gout flare-ups are less frequent after 6 to 8 sessions"
  "\\b(?:flare-?ups?|attacks?|episodes?|migraines?|headaches?|symptoms?|pain|seizures?|cravings?|hot flushes|hot flashes)\\b[^.;]{0,20}\\b(?:are|were|became|become|got|get|is|was)\\s+(?:\\w+\\s+)?(?:less (?:frequent|severe|intense|painful|common|often)|fewer|rarer|milder|shorter)\\b",
  // detox and balance claims: "Draws toxins and heavy metals out through the sweat glands", "Rebalances your body's pH"
  "\\b(?:draws?|drew|drawing|pulls?|pulling|flush(?:es|ed|ing)?|sweats?|leach(?:es|ed)?) (?:[\\w-]+ ){1,5}?out\\b(?=[^.;]{0,60}\\b(?:body|system|blood|skin|pores|feet|glands?|organs?|tissues?|cells?|liver|kidneys?)\\b)|\\b(?:draws?|pulls?) (?:out )?(?:the )?(?:toxins?|impurities|heavy metals|waste|poisons)\\b",
  "\\b(?:re)?balanc(?:e|es|ed|ing) (?:your |the )?(?:body['’]s |bodily )?(?:ph|hormones?|energy|chakras?|meridians?|nervous system|immune system|blood sugar|metabolism)\\b",
  // a plain account that it helped: "honestly I think it helped", "the sessions really worked for me"
  "\\b(?:it|this|they|the (?:treatment|sessions?|therapy|technique|remedy|remedies))\\s+(?:really\\s+|definitely\\s+|actually\\s+|genuinely\\s+|certainly\\s+)?(?:helped|worked)(?=\\s*(?:[,.;!?]|$|\\s+(?:a lot|a bit|a little|so much|immediately|wonders|for me|me\\b)))",
  // helping the body mend: "to help injured tendons, ligaments and joints heal", "helps the skin repair itself"
  "\\bhelp(?:s|ed|ing)? (?:to )?(?:[\\w-]+,? (?:and |or )?){1,6}?(?:heal|recover|mend|repair|regenerate)\\b",
  // a sized gain: "study reports 38% reduction in wrinkle depth"
  "\\b(?:reports?|reported|showed|shows|found|finds|saw|sees|achieved|recorded)\\s+(?:an?\\s+)?(?:average\\s+|mean\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent)\\s+(?:reduction|improvement|decrease|drop|fall)s?\\s+in\\b",
  // people telling how the treated part looks or feels now: "87% said their skin looked firmer", "patients often report
  // their limbs feel lighter"
  "\\b(?:said|say|says|reported|report|reports|noticed|notice|notices|felt|feel|feels)\\s+(?:that\\s+)?(?:their|his|her|my|our|the)\\s+(?:[\\w-]+\\s+){1,2}?(?:looked|looks?|felt|feels?|was|were|became|got|seemed)\\s+(?:\\w+\\s+)?(?:firmer|better|smoother|brighter|younger|healthier|clearer|tighter|softer|stronger|calmer|lighter|looser|more (?:relaxed|supple|even|radiant|flexible|mobile)|less (?:tight|stiff|sore|painful|swollen|puffy|tense|wrinkled))\\b",
  // a person free of the complaint after it: "I'm back playing squash pain-free" (not "the procedure is pain-free")
  "\\b(?:i['’]m|i am|i was|i['’]ve been|i have been|(?:s?he|they|we)['’](?:s|re|ve been)|(?:s?he|they|we) (?:is|are|was|were|has been|have been)|patients were|now|back)\\b[^.;]{0,30}\\b(?:pain|symptom|migraine|headache|itch)[- ]free\\b",
  // better than a control, or as good as a standard: "acupuncture was superior to both sham and no-acupuncture control",
  // "the herb has performed about as well as standard antidepressants" (as well as a sham is a con cue)
  // (each of these opens with its rarer word and reads the common one behind it: the cues are tried at every word their
  // first letter opens)
  "\\b(?:superior|better) (?:to|than) (?:both )?(?:[\\w-]+ ){0,2}?(?:sham|placebo|control|usual care|standard care|no[- ]treatment|waiting[- ]list|dummy|fake)\\b",
  "\\bwell as\\b(?<=\\b(?:performed|performs|performing|worked|works|working|did|does|fared|fares|faring) (?:about |roughly |just |almost |nearly |every bit )?as well as)",
  // relief told by an idiom, a gain by its size or share: "took the edge off my panic", "fat reductions of 10 to 25
  // percent", "lose about a fifth of the fat", "halved their anxiety scores"
  "\\b(?:take|takes|taken|taking|took) the edge off\\b",
  "\\b(?:reductions?|improvements?|decreases?|drops?|falls?) (?:in (?:[\\w-]+ ){1,2})?of (?:about |around |up to |between |roughly |nearly )?\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|and)\\s*\\d+(?:[.,]\\d+)?)?\\s?(?:%|per ?cent)",
  "\\b(?:lose|loses|lost|losing|shed|sheds) (?:about |around |up to |roughly |an average of |on average )?(?:a (?:third|quarter|fifth|tenth)|half|\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent)) of (?:the |their |its )?(?:[\\w-]+ )?(?:fat|weight|pain|symptoms|wrinkles)\\b",
  "\\b(?:halved|halves|halving|slashed|slashes) (?:the |their |his |her |patients['’] |people['’] )?(?:[\\w-]+ ){0,2}?(?:scores?|levels?|symptoms|pain|attacks|episodes|frequency|intensity|risk|use)\\b",
  // milder or fewer complaints in those who had it: "had milder flu-like symptoms", "reported fewer migraine attacks"
  "\\b(?:milder|fewer|shorter|less severe|less frequent) (?:[\\w-]+ ){0,2}?(?:symptoms|pain|attacks|episodes|migraines|headaches|colds|infections|flare-?ups|days off)\\b(?<=\\b(?:had|have|has|reported|showed|experienced|developed|suffered) (?:significantly |markedly |much |far |noticeably )?(?:milder|fewer|shorter|less severe|less frequent) (?:[\\w-]+ ){0,2}?[\\w-]+)",
  // a complaint gone since one started it, a sickness that did not come: "My migraines have all but disappeared since I
  // started seeing a chiropractor", "wasn't sick once"
  "\\b(?:disappeared|vanished|gone away|cleared up|stopped|eased|subsided)\\b(?<=\\b(?:have|has|had) (?:all but |almost |nearly |completely |totally |largely |pretty much |virtually )?[\\w ]+)[^.;]{0,40}\\b(?:since|after|when|once) (?:i|we|he|she|they|you)\\b",
  "\\b(?:sick|seasick|ill|nauseous|in pain)(?: once| at all| even once)\\b(?<=\\b(?:i|he|she|we|they) (?:was|were)(?:n['’]t| not) [\\w ]+)",
  // a use told by whom relies on it: "Plastic surgeons rely on leeches to rescue reattached fingers"
  "\\b(?:rely|relies|relied|depend|depends|depended) on (?:[\\w-]+ ){1,3}?to (?:rescue|save|treat|heal|drain|restore|relieve|prevent|control|manage)\\b",
  // life lengthened, or not: "did not extend survival"
  "\\b(?:extend|extends|extended|extending|prolong|prolongs|prolonged|prolonging|lengthen|lengthens|lengthened) (?:\\w+ )?(?:survival|life expectancy|lifespan|life|lives)\\b",
  // what it does not do, told of a benefit a claim names: "Steam cannot 'cleanse' the uterus", "does not target cancer
  // cells", "won't shift large amounts of fat", "will not sweat out toxins"
  "\\b(?:cleanse|target|shift|sweat out|flush out|draw out|detoxify|melt|dissolve|kill|shrink)['’\"”]?\\s(?<=\\b(?:cannot|can['’]t|does not|doesn['’]t|do not|don['’]t|will not|won['’]t|never|did not|didn['’]t) (?:\\w+ )?['‘\"“]?\\w+(?: out)?['’\"”]?\\s)",
  // people given a sham reporting the same: "Volunteers holding fake crystals reported the same tingling and warmth as
  // those holding real quartz"
  "\\b(?:same|similar|as much|as many) (?:[\\w-]+ ){0,4}?as (?:those|people|patients|volunteers|participants|subjects|the (?:group|ones))\\b",
  // a first-person account that nothing changed: "I honestly can't say anything changed", "didn't notice any difference"
  "\\b(?:can['’]t|cannot|couldn['’]t) (?:honestly |really |truthfully )?say (?:that )?(?:anything|much|it) (?:has |had |really )?(?:changed|helped|worked|made (?:a|any|much of a) difference)\\b",
];

export const EFFICACY_CUES: readonly string[] = [
  // how it feels, told as a benefit: "is very relaxing", "clients find the sessions soothing", "reach a deep relaxed state"
  // (the treatment, its sessions or "it" feels so: not "the waiting room is very relaxing"; the subject named is read
  // by subjectBenefits)
  "\\b(?:it|this|they|(?:the |a |each |every |its |these )?(?:sessions?|treatments?|therapy|therapies|procedure|massage|experience|technique|method)) (?:is|are|was|were|feels?|felt|can be) (?:very |deeply |incredibly |extremely |so |really |quite |wonderfully )?(?:relaxing|soothing|calming|restful)\\b",
  "\\bfind (?:it|them|the (?:\\w+ )?(?:sessions?|treatments?)|(?:\\w+ )?sessions?|(?:\\w+ )?treatments?) (?:very |deeply |incredibly |extremely |so |really |quite |wonderfully )?(?:relaxing|soothing|calming|restful)\\b",
  "(?<!\\b(?:rarely|seldom|never|not|cannot|hardly|barely|fail to|n['’]t) )\\b(?:achieve|reach|enter|experience|fall into|slip into|drift into)(?:s|ed|ing)? an? (?:\\w+ )?(?:deep(?:ly)?|profound(?:ly)?|state of) ?(?:relaxed|relaxing|meditative|restful|relaxation)(?: state)?\\b",
  // "prompts the body to heal itself", "were responding after three visits"
  "\\bheal(?:s|ing)? (?:it|them|your|him|her)sel(?:f|ves)\\b", "\\b(?:were|are|was|is) (?:all |mostly |largely )?responding\\b", "\\bresponded (?:well|positively|quickly)\\b",
  // benefits told in other words: "helped other complaints", "proven capable of easing", "keeps chills at bay",
  // "it changed his life", "raises your energy", "has stood the test of time", "brings about improvements in sleep"
  "\\bhelp(?:s|ed)? (?:with )?(?:many |other |various |several |numerous |a (?:wide )?(?:range|variety|number) of )?(?:conditions|ailments|problems|disorders|diseases|complaints|illnesses)\\b",
  "\\bprove[dn]? (?:\\w+ )?(?:capable of|able to)\\b", "\\bkeeps? (?:[\\w-]+ ){1,2}at bay\\b", "\\bchang(?:e|es|ed|ing) (?:\\w+ )?body chemistry\\b", "\\b(?:it|they|this (?:therapy|treatment|technique|method|practice)) (?:has |have |had |really |truly )*chang(?:e|es|ed) (?:\\w+ )?(?:lives?|life)\\b",
  "\\brais(?:e|es|ed|ing) (?:\\w+ )?energy\\b", "\\bstood the test of time\\b", "\\bbring(?:s|ing)? about (?:\\w+ )?improvements?\\b",
  // "helped thousands of people beat their phobias": a benefit told through the people helped
  HELPED_TO_OUTCOME,
  // a risk it lowers, of something other than its own harms: "lowers the risk of falls", "cuts the odds of a relapse"
  RISK_LOWERED,
  // "may be the secret to deeper sleep", "is the key to clearer skin"
  "\\b(?:is|are|may be|might be|could be|was|were) (?:the |a )?(?:[\\w-]+ )?(?:secret|key) to (?:a |an |the |your )?(?:[\\w-]+ )?(?:better|deeper|good|great|stellar|clearer|younger|healthier|sounder|restful|pain-free)\\b",
  // "backed by dozens of studies showing improvements in sleep"
  "\\bbacked by (?:[\\w-]+ ){0,3}?(?:studies|research|trials|science|evidence)\\b",
  // a benefit told as a story: "his asthma disappeared after a month on it", "my migraines went away"
  "\\b(?:his|her|my|their|our|your|the (?:patient|child|client|boy|girl|man|woman)['’]s) (?:[\\w-]+ ){0,2}?(?:disappeared|went away|cleared up|vanished|subsided|was cured|were cured|was gone|were gone|is gone|are gone|stopped)\\b",
  // "releases tension", "supports the healing of", "provides short relief"
  "\\breleas(?:e|es|ed|ing) (?:\\w+ )?(?:trauma|tension|stress|blockages?|emotions?|toxins|endorphins)\\b", "\\bsupport(?:s|ed|ing)? (?:the )?(?:body's )?(?:healing|recovery|immune)\\b",
  "\\bprovid(?:e|es|ed|ing) (?:\\w+ )?relief\\b",
  // killing germs: "kills germs on contact", "destroys yeasts and moulds"
  "\\b(?:kill(?:s|ed|ing)?|destroy(?:s|ed|ing)?|eradicat(?:e|es|ed|ing)) (?:off )?(?:[\\w-]+ ){0,2}?(?:bacteria|germs|microbes|microorganisms|viruses|fungi|pathogens|parasites|mites|lice|mou?ld|yeasts?|candida|(?:cancer|tumou?r) cells)\\b",
  "\\b(?:amazing|great|excellent|remarkable|impressive|dramatic|incredible|fantastic|outstanding|proven|visible|astounding|astonishing|spectacular|positive|promising|encouraging|good) results\\b", "\\b(?<!cost-)effective(?:ly|ness)?\\b", "\\befficac(?:y|ious)\\b", "\\bineffective\\b", "\\bbenefits?\\b(?! of the doubt)",
  "\\bbeneficial\\b", "\\bworks(?: well| wonders)?(?: for| in| on| as|[.,;!]|$)", "\\b(?:it|they|this|that) (?:really |actually |also )?work(?:ed)?\\b(?! (?:in|at|as|with|from|on) (?:the|a|an)\\b)", "\\b(?:may|might|can|could|does|do|did|will|would) (?:\\w+ly )?(?:also )?work(?: (?:for|against|on|in)\\b(?! (?:the|a|an)\\b)|[.,;!]|$| according)", "\\bsuccessful(?:ly)?\\b",
  "\\bnotic\\w*\\s+(?:an?\\s+|some\\s+|significant\\s+|visible\\s+)?(?:improve\\w*|difference|results?|change)",
  "\\b(?:can|could|may) (?:also )?be (?:\\w+ly )?(?:treated|cured|relieved|improved|obtained|achieved|corrected)\\b",
  "\\b(?:obtained|achieved) (?:with|by|through|using)\\b",
  "\\b(?:produc|caus|lead|result)\\w* (?:in |to )?(?:an? )?(?:increased|improved|better|reduced|decreased|lower|higher|faster)\\b",
  "\\bresult(?:s|ing)? in\\b[^,;]{0,160}\\b(?:effects?|improve\\w*|better|reduc\\w*|relief|results?|powerful|faster)\\b",
  "\\b(?:applications|uses|indications) (?:including|include|such as|for)\\b", "\\b(?:medicinal|therapeutic|medical|clinical) uses\\b",
  "\\bhelps? (?:patients|people|users|clients|women|men|the body|you)\\b", "\\bcan benefit\\b",
  // "thousands of patients have benefitted from it" (either spelling), "has made a remarkable difference in the lives of"
  // "has been shown to lower cortisol levels", "was found to ease stiffness": a result, whatever it is measured in
  // (its denial, "has not been shown to", is read by the con cues)
  "\\b(?:shown|proven|found|demonstrated) to (?:significantly |markedly |modestly |slightly )?(?:lower|reduce|improve|increase|boost|ease|relieve|help|benefit|decrease|raise|enhance|speed up|shorten|strengthen|prevent|alleviate)\\b",
  // "they act as a relaxant", "works as an antioxidant", "has strong antibacterial and antiviral effects",
  // "assists in cleansing the lungs", "gives you glowing skin"
  "\\b(?:works?|acts?|functions?|serves?) as an? (?:[\\w-]+ )?(?:anti-?(?:oxidant|inflammatory|septic|bacterial)|relaxant|analgesic|painkiller|sedative|detoxifier|tonic|remedy|cure|diuretic|decongestant)\\b",
  "\\b(?:anti-?(?:bacterial|viral|fungal|inflammatory|oxidant|septic|microbial|ag(?:e)?ing|biotic)|analgesic|detoxifying|soothing|calming) (?:and (?:[\\w-]+ )?)?(?:effects?|properties|action|activity|benefits)\\b",
  "\\bassist(?:s|ed|ing)? (?:in|with) (?:the )?(?:[\\w-]+ )?(?:clear\\w*|cleans\\w*|eliminat\\w*|remov\\w*|heal\\w*|recover\\w*|reduc\\w*|reliev\\w*|detox\\w*|digest\\w*|improv\\w*|treat\\w*|fight\\w*|weight loss|circulation)\\b",
  "\\b(?:glowing|radiant|clearer|smoother|younger[- ]looking|healthier|brighter|firmer) (?:skin|complexion)\\b",
  // "it's preventive medicine", "works as a preventative treatment": it keeps illness away
  "\\b(?:is|are|it['’]s|as) (?:an? |a form of |a kind of |a type of )?(?:(?!(?:not|no|never)\\b)[\\w-]+ )?(?:preventive|preventative) (?:medicine|care|health ?care|treatments?|therap(?:y|ies)|measures?|tools?)\\b",
  "\\bbenefit+(?:ed|ing) (?:greatly |a lot |enormously |immensely |hugely )?from\\b",
  "\\bma(?:de|kes?|king) (?:an? |the )?(?:[\\w-]+ )?difference (?:in|to) (?:the |their |my |his |her |your |our |people['’]s |patients['’] )?(?:lives|life|health|pain|symptoms|well-?being|recovery|quality of life)\\b",
  // "purges toxins from the body", "eliminate the vitiated humours from the body": a detox claim, whatever is removed
  // (not an instrument taken off: "removed the cups from the body")
  "\\b(?:eliminat|remov|flush|expel|clear|draw|purg|drain|extract)\\w* (?:out )?(?!(?:the )?(?:cups?|needles?|tapes?|stones?|pads?|wraps?|packs?)\\b)(?:[\\w-]+ ){0,4}?(?:from|out of) (?:the |your |their |our )?(?:body|system|blood|bloodstream|organs|tissues|cells|lymph)\\b", "\\b(?:was|were|been|are|is|being) helped\\b",
  "\\b(?:relief|improvement|regrowth) (?:of|in|from)\\b", "\\bsignificant(?:ly)? (?:[\\w-]+ )?(?:improve|reduc|better)\\w*\\b",
  "\\b(?:for|in) the treatment of\\b", "\\bindicated for\\b", "\\b(?<!\\bnot )(?:is|are|as) (?:an? |the )?(?:\\w+ )?(?:treatment|remedy|cure) for\\b", "\\beffective in\\b", "\\bin treating\\b", "\\bto treat\\b",
  "\\b(?:cure|cures|cured|curing)\\b", "\\bhelps? (?:with|to|in|relieve|reduce|ease|treat|improve)\\b",
  "\\b(?:rated|reported|scored|felt|showed|experienced)\\b[^.;]{0,50}\\b(?:higher|lower|better|greater|less|fewer|more|improved|reduced)\\b",
  // a share of the people treated who report a benefit: "40% said their sleep had improved", "a third reduced their
  // medication"
  "\\b\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent)(?: of (?:[\\w-]+ ){0,3}?(?:patients|people|users|clients|participants|subjects|respondents|guests|women|men|children))?,? (?:[\\w-]+ ){0,3}?(?:said|say|says|reported|reports?|felt|noticed|found|saw|had|have|has)\\b[^.;]{0,50}?\\b(?:improv\\w*|better|reliev\\w*|decreas\\w*|reduc\\w*|eased|disappear\\w*|went away|less|fewer)\\b",
  "\\b\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent)(?: of (?:[\\w-]+ ){0,3}?(?:patients|people|users|clients|participants|subjects|cases))? (?:had |have |were |was )?(?:returned to normal|recovered|(?:were |was )?cured|(?:became |were |are )?(?:pain|symptom)-free|healed)\\b",
  "\\b(?:improvement|reduction|decrease|increase)s? in\\b[^.;]{0,40}\\b(?:pain|symptoms?|scores?|quality|function)\\b",
  "\\b(?:relieves?|alleviates?|eases?|soothes?|calms?)\\b",
  "\\b(?:feel|feels|felt|see|sees|notice|notices)\\s+(?:a |the |an? real )?(?:difference|benefit|improvement|results?)\\b",
  "\\bimprovements? (?:persisted|lasted|were maintained|continued|remained)\\b",
  "\\b(?:useful|helpful|valuable|worthwhile|promising) (?:adjunct|addition|complement|tool|option|treatment|therapy|alternative)\\b",
  "\\b(?:significantly|markedly|substantially) (?:reduced|improved|lowered|increased|decreased)\\b",
  "\\b(?:feel|feels|felt|feeling)\\s+(?:much\\s+|a lot\\s+|far\\s+)?(?:better|calmer|more|less|relaxed|rested|energi[sz]ed|refreshed|lighter|healthier)\\b",
  "\\bhelp(?:s|ed)?\\s+(?:[\\w-]+\\s+){0,4}?(?:overcome|recover|cope|lose|quit|stop|reduce|improve|manage|relieve|beat)\\b",
  "\\b(?:healing|curative|therapeutic|medicinal|restorative) (?:properties|powers?|effects?|benefits?|value|qualities)\\b",
  // what a reader is promised it reveals: "can provide valuable information about musculoskeletal conditions"
  "\\b(?:provide|provides|give|gives|offer|offers|yield|yields) (?:\\w+ )?(?:valuable|useful|important|accurate|reliable) (?:information|insights?|data) (?:about|into|on)\\b",
  // praise of it as a means: "surgeons praise it as an important tool"
  "\\bprais(?:e|es|ed|ing)\\b[^.;]{0,60}?\\bas (?:an? |the )?(?:\\w+ )?(?:important|valuable|useful|effective|powerful|excellent|great|safe|reliable|indispensable|essential) (?:\\w+ )?(?:tool|treatment|remedy|therapy|method|technique|aid|option)\\b",
  // "helps rid the body of heavy metals", "offers improvements in soreness"
  "\\b(?:get |gets |getting |help |helps |helping |to )?rid (?:\\w+ ){0,3}?of\\b", "\\b(?:offers?|brings?|provides?|gives?|yields?) (?:\\w+ )?improvements?\\b",
  "\\b(?:panacea|cure-all|miracle cure|wonder cure)\\b", "\\b(?:great|remarkable|tremendous|considerable|much|enormous|high|some|good) success\\b", "\\bsuccess rates?\\b",
  // "provides positive effects for your skin"
  "\\b(?:positive|beneficial|healing|therapeutic|good) effects? (?:on|for|in|of)\\b",
  // "has measurable physiological effects", "is often one of the results of the therapy"
  "\\b(?:has|have|had|produces?|produced|shows?|showed) (?:\\w+ ){0,2}?(?:measurable|proven|real|positive|significant|beneficial|therapeutic|physiological|demonstrable) (?:\\w+ )?effects?\\b",
  "\\b(?:is|are) (?:often |usually |commonly |frequently |typically )?(?:one of )?the (?:results|benefits|effects|outcomes) of\\b",
  // what studies found: "Studies have shown that it can neutralize bacteria", "recent studies confirmed the effects"
  "\\b(?:studies|research|trials|evidence|experiments)\\b[^.;]{0,30}?\\b(?:have |has )?(?:shown|show|shows|demonstrated|demonstrate|proven|confirmed|confirm|support|supports|supported)\\b",
  // a benefit in the passive: "Symptoms of back pain are alleviated", "pain was relieved"
  // (in the present: "had been relieved by a lay healer" tells a story, not a claim)
  // (of a complaint: "the amount of medication can be reduced" is a dose, not a benefit)
  "\\b(?:symptoms?|pain|aches?|conditions?|complaints?|problems?|inflammation|swelling|stress|anxiety|diseases?|illness(?:es)?|disorders?|[a-z]+itis)\\b[^.;]{0,40}\\b(?:is|are|can be|may be) (?:\\w+ly )?(?:alleviated|relieved|reduced|improved|eased|cured|healed|resolved|lessened)\\b",
  // a study's result told as its size: "significant and clinically relevant effects on pain", "clinically important differences"
  "\\b(?:significant|clinically (?:relevant|meaningful|important)|substantial|marked|positive) (?:and (?:clinically )?[\\w-]+ )?(?:effects?|differences?|improvements?|benefits?|reductions?) (?:on|in)\\b",
  // a mechanism told as fact: "the candles work by creating a chimney effect that helps draw wax out"
  "\\bwork(?:s|ed)? by [a-z]+ing\\b",
  "\\bhelps? (?:to )?(?:relax|draw|remove|clear|flush|drain|detoxif\\w*|cleanse|unblock|stimulate|balance|restore|release|strengthen|boost|promote|prevent|heal|regulate|soothe|calm|lower|increase|decrease|eliminate|counteract|combat|fight|protect|support|address|tackle|control|alleviate|minimi[sz]e)\\b",
  // what a diagnostic method claims to achieve
  "\\b(?:detect|detects|detected|detecting|diagnose|diagnoses|diagnosed|diagnosing|reveal|reveals|identify|identifies|predict|predicts|spot|spots|recogni[sz]e|recogni[sz]es)\\b[^.;]{0,40}\\b(?:disease|illness|conditions?|problems?|weakness(?:es)?|disorders?|health|imbalances?|cancer|tumou?rs?|inflammation|toxins|organs?)\\b",
];

/** Verbs that find or only name a complaint, or do something else to it than relieve it (the treatment doing these to
 * one claims no relief): "mimics gout", "detects diabetes". The verbs that bring one on are a harm: HARM_VERBS and the
 * dictionary's (lexicon/health-words.ts), read as not relief too where these are read (health-words.ts). */
export const NOT_RELIEF_VERBS: readonly string[] = ["increase", "increases", "increased", "raise", "raises", "raised",
  "heighten", "heightens", "heightened", "amplify", "amplifies", "prolong", "prolongs", "spread", "spreads", "transmit",
  "transmits", "create", "creates", "created", "mimic", "mimics", "mimicked", "mask", "masks", "masked", "hide", "hides",
  "conceal", "conceals", "resemble", "resembles", "detect", "detects", "detected", "diagnose", "diagnoses", "diagnosed",
  "reveal", "reveals", "revealed", "predict", "predicts", "identify", "identifies", "identified", "screen", "screens",
  "test", "tests", "measure", "measures", "assess", "assesses", "examine", "examines", "study", "studies", "studied",
  "investigate", "investigates", "explore", "explores", "describe", "describes", "discuss", "discusses", "mention",
  "mentions", "name", "names", "involve", "involves", "require", "requires", "include", "includes", "mean", "means",
  "affect", "affects", "risk", "risks", "carry", "carries", "has", "have", "had", "get", "gets", "got", "suffer",
  "suffers", "experience", "experiences", "develop", "develops", "developed", "like", "likes", "resembled", "attract",
  "attracts", "accompany", "accompanies", "follow", "follows", "precede", "precedes", "become", "becomes", "became",
  "turn", "turns", "turned", "seem", "seems", "feel", "feels", "felt", "look", "looks", "sound", "sounds", "remain",
  "remains", "stay", "stays", "see", "sees", "saw", "hear", "hears", "recognise", "recognises", "recognize",
  "recognizes", "confuse", "confuses", "blame", "blames", "link", "links", "linked", "tie", "ties", "associate",
  "associates", "fake", "fakes", "simulate", "simulates", "explain", "explains", "imitate", "imitates", "stimulate",
  "stimulates", "stimulated", "promote", "promotes", "promoted", "encourage", "encourages", "fuel", "fuels", "fuelled",
  "fueled", "feed", "feeds", "boost", "boosts", "enhance", "enhances", "accelerate", "accelerates", "unleash",
  "unleashes", "invite", "invites", "expose", "exposes", "exposed", "end", "ends"];

/** Verbs that bring a complaint on or make it worse (a harm of the treatment: "can give you headaches"), beside the
 * dictionary's verbs of causing ("cause", "trigger", "provoke", "aggravate" … in HARM_VERB_FORMS). */
export const HARM_VERBS: readonly string[] = ["intensify", "intensifies", "intensified", "give", "gives", "gave",
  "produce", "produces", "produced", "lead", "leads", "led", "result", "results", "resulted", "contribute",
  "contributes", "contributed"];

/** Words for being of no use (the plain ones, "useless", "ineffective", are cues of their own). */
export const INEFFICACY_ADJECTIVES: readonly string[] = ["powerless", "futile", "impotent", "toothless", "unavailing", "fruitless",
  "bootless", "nugatory", "otiose", "inefficacious", "unhelpful", "valueless", "ineffectual", "ineffective", "useless", "worthless"];
/** Words for a state no change has reached. */
export const NO_CHANGE_ADJECTIVES: readonly string[] = ["unchanged", "unaltered", "untouched", "unaffected", "unimproved",
  "undiminished", "unabated", "unrelieved", "unmitigated", "unresolved"];

/** Cues that an efficacy claim says the treatment does NOT work (con stance). */
export const CON_CUES: readonly string[] = [
  // support denied or thin: "are not backed by any human studies", "has never been put to a controlled trial", "rests on
  // one small study and little else"
  "\\b(?:backed|supported|borne out) by (?:any |a single |much |good |solid |reliable )?(?:[\\w-]+ ){0,2}?(?:studies|study|research|trials?|science|evidence|data)\\b(?<=\\b(?:not|never|isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:been )?(?:backed|supported|borne out) by [\\w -]+)",
  "\\b(?:put to|subjected to|tested in|examined in) (?:a |any |the )?(?:[\\w-]+ ){0,2}?(?:trials?|tests?|stud(?:y|ies))\\b(?<=\\bnever been (?:put to|subjected to|tested in|examined in) [\\w -]+)",
  "\\b(?:rests?|rested|relies|rely|relied) (?:solely |only |entirely |largely )?on (?:just |only )?(?:a|one|two|a single|a handful of|a few|a couple of) (?:[\\w-]+ ){0,3}?(?:study|studies|trials?|anecdotes?|reports?|case reports?|experiments?)\\b(?=[^.;]{0,30}\\b(?:little else|nothing (?:else|more)|and no more|alone)\\b)",
  // as good as a sham, the same as those given a sham, nothing changed: "reported the same tingling as those holding
  // fake quartz", "performed no better than dummy pills", "I can't say anything changed"
  "\\bwell as (?:a |the )?(?:sham|placebo|fake|dummy|inactive)\\b", "\\bsame (?:[\\w-]+ ){0,4}?as (?:those|people|patients|volunteers|participants|subjects) (?:\\w+ ){0,2}?(?:sham|fake|placebo|dummy|inactive|real)\\b",
  "\\b(?:can['’]t|cannot|couldn['’]t) (?:honestly |really |truthfully )?say (?:that )?(?:anything|much|it) (?:has |had |really )?(?:changed|helped|worked|made (?:a|any|much of a) difference)\\b",
  "\\b(?:cleanse|target|shift|sweat out|flush out|draw out|detoxify|melt|dissolve|kill|shrink|extend|prolong|lengthen)['’\"”]?\\s(?<=\\b(?:cannot|can['’]t|does not|doesn['’]t|do not|don['’]t|will not|won['’]t|never|did not|didn['’]t) (?:\\w+ )?['‘\"“]?\\w+(?: out)?['’\"”]?\\s)",
  "\\binferior to\\b",
  // "larger trials have not confirmed this", "no longer statistically significant at 12 weeks", "results remain
  // inconsistent", "unlikely to do anything for your pain"
  "\\b(?:trials|studies|research|reviews?|results|findings)\\b[^.;]{0,30}\\b(?:have|has|had) (?:not|never|yet to|failed to) (?:been )?(?:confirm|replicat|reproduc|repeat)\\w*",
  "\\bno longer (?:statistically )?significant\\b", "\\b(?:results|evidence|findings|data|trials|studies)\\b[^.;]{0,40}\\b(?:remain|are|is|were|was|have been|has been) (?:\\w+ )?(?:inconsistent|inconclusive|conflicting|contradictory|equivocal|mixed)\\b",
  // a study's design that cannot tell it from placebo, or results that fall short: "The study did not include a placebo
  // group", "trials are less impressive than people think", "Researchers put whatever benefit people notice down to the
  // placebo effect"
  "\\b(?:did|does|do|had|has|have)(?: not|n['’]t) (?:include|use|have|involve) (?:a |an |any )?(?:placebo|control|sham|comparison) (?:group|arm)s?\\b", "\\b(?:no|without (?:a|any)) (?:placebo|control|sham|comparison) (?:group|arm)s?\\b",
  "\\bless (?:impressive|convincing|promising|encouraging|robust) than\\b",
  // what comes out is not what it is said to draw out: "are not toxins drawn from the body"
  // (led by the rarer word, read back to the negation: a pattern led by "is" would be tried at every "is")
  "\\b(?:toxins?|impurities|poisons|waste products|heavy metals)\\b(?<=\\b(?:is|are|was|were)(?: not|n['’]t) (?:\\w+ )?(?:toxins?|impurities|poisons|waste products|heavy metals))",
  "\\b(?:put|puts|putting|chalk(?:s|ed)? up|ascrib(?:e|es|ed)|attribut(?:e|es|ed))\\b[^.;]{0,60}\\bto (?:the |a )?(?:placebo|power of suggestion)\\b",
  "\\b(?:unlikely to|not likely to|won['’]t|will not|does not|doesn['’]t|do not|don['’]t) (?:\\w+ )?do (?:anything|much|a thing) for\\b",
  // the same change in the treated and the control group: "Pain dropped in both groups equally"
  "\\b(?:equally|similarly|alike) (?:in|across) (?:both|all) (?:groups|arms)\\b|\\b(?:in|across) both (?:groups|arms) (?:equally|alike|similarly)\\b",
  "\\bno (?:\\w+ )?changes?\\b",
  // "it cures nothing", "the mats do nothing"
  "\\b(?:cures?|cured|heals?|healed|helps?|helped|treats?|treated|does|did|do|achieves?|achieved|changes?|changed|fixes|fixed) (?:absolutely |precisely |exactly |little or )?nothing\\b",
  // "led to no increase in blood flow", "showed no reduction in pain" (not "no increase in side effects": a harm not
  // raised reassures)
  "\\bno (?:significant |measurable |noticeable |meaningful |real |clear |extra |additional |further |added )?(?:decrease|reduction|drop|fall|improvement)s? in\\b",
  "\\bno (?:significant |measurable |noticeable |meaningful |real |clear )?(?:increase|rise|gain)s? in\\b(?! (?:the )?(?:risks?|rates? of|side[- ]effects?|adverse|complications?|harms?|injur\\w*|pain|infections?|bleeding))", "\\bno (?:[\\w-]+ ){0,3}?(?:effect|benefit|improvement|difference|evidence|proof)s?\\b",
  "\\bnot (?:significantly |statistically )?(?:different|better|superior)\\b", "\\b(?:not|no|nowhere near) (?:\\w+ )?(?:as|so) (?:effective|good|useful|helpful|successful|reliable) as\\b", "\\bless (?:effective|useful|helpful|successful|reliable) than\\b", "\\bstop(?:s|ped)? working\\b", "\\b(?:high|serious|substantial|considerable) (?:risk|likelihood|probability) of bias\\b", "\\bprone to (?:error|bias)\\b",
  // "questionable practices", "has not gained much support among clinicians"
  // a ruling that sellers may not claim it works: "may not claim it is safe or effective"
  "\\b(?:can|could|may|must)(?: not|n['’]t|not) (?:legally )?(?:claim|say|advertise|market|promote)\\b",
  // "The Directorate is not aware of any adequate clinical evidence that …": evidence its reader has never met
  "\\b(?:not|n['’]t|un)\\s?aware of any (?:[\\w-]+ ){0,3}?(?:evidence|studies|trials|research|data|proof)\\b",
  // "a gentle support, not a treatment for any illness", "they are never a cure for it" (not "not only a cure for …")
  "\\b(?:not|never) (?:an? |the )?(?!only\\b)(?:[\\w-]+ )?(?:cure|treatment|remedy) for\\b",
  // "the evidence that it does anything at all is scant", "the stuff doesn't really do anything"
  "\\bevidence\\b[^.;]{0,80}\\b(?:is|are|remains?|was|seems) (?:\\w+ )?(?:scant|scarce|thin|weak|lacking|limited|sparse|poor|meagre|meager|inconclusive|insufficient|slim)\\b",
  "\\b(?:does|do|did)(?:n['’]t| not) (?:really |actually |much |even )?do (?:anything|much|a thing)\\b",
  // "Proof? As good as none."
  "\\b(?:as good as|next to|virtually|practically) (?:none|nothing|non-?existent)\\b",
  // weak or uncertain evidence: "few studies prove", "not enough trials", "conflicting evidence", "it is uncertain whether",
  // "the evidence is mixed", "studies remain rare", "only a handful of trials support it"
  // (not "a few small trials suggest it may ease pain", "a handful of small studies have reported modest benefits": some
  // evidence for it, however thin)
  "\\b(?:(?<!\\ba )few|not enough|not many|only a few|only a handful of|too few) (?:[\\w-]+,? (?:and )?){0,4}?(?:studies|trials|research|evidence)\\b",
  "\\bconflicting (?:evidence|results|findings|data|studies)\\b", "\\b(?:it is|it's|it remains) (?:still )?(?:uncertain|unclear|unknown|not known|not clear) (?:whether|if)\\b",
  "\\bevidence (?:\\w+ ){0,3}?(?:is|remains|was) (?:\\w+ )?mixed\\b", "\\b(?:studies|trials|research) (?:\\w+ ){0,3}?(?:remain|are|is|were) (?:\\w+ )?(?:rare|scarce|sparse|lacking|limited|few)\\b",
  // "found no efficacy over a sham", "do not show any differences between the drops and a sham"
  "\\bno (?:\\w+ )?(?:efficacy|effectiveness)\\b", "\\b(?:do|does|did)(?: not|n['’]t) (?:\\w+ )?(?:show|find|reveal|demonstrate|produce) (?:any )?(?:significant )?(?:differences?|effects?|benefits?|improvements?)\\b",
  "\\bquestionable (?:methods|practices|claims|science|theories|efficacy|value|benefits?|techniques)\\b",
  "\\b(?:not|never|yet to) (?:\\w+ )?(?:garnered|gained|received|won|found|attracted|garner|gain|receive|win|find|attract) (?:\\w+ )?(?:scientific |empirical |clinical )?(?:support|backing)\\b", "\\bnon-?scientific\\b", "\\bunscientific\\b",
  "\\bpseudo-?(?:scien|medic)\\w*\\b", "\\bquack\\w*\\b", "\\bineffective\\b", "\\bnot effective\\b", "\\bineffectual\\b",
  "\\b(?:does|do|did) not (?:necessarily )?(?:work|help|improve|reduce|cure)\\b", "\\bdoesn't work\\b", "\\bdon't work\\b",
  // a modal or auxiliary denied before a benefit verb: "will not cure", "cannot relieve", "can't help with", "never heals",
  // "could not be shown to relieve" (not "will not only help … but", not "can't help but notice")
  "\\b(?:(?:will|would|can|could|does|do|did|is|are|was|were|shall|should|might|may)(?: not|n['’]t)|cannot|can['’]t|won['’]t)(?:\\s+(?!only\\b)\\w+ly)?(?:\\s+(?:be (?:shown|proven|proved|expected|said|relied upon) )?to)?\\s+[\"“‘']?(?:help(?:s)?(?! but\\b)|cure|treat|relieve|work|heal|improve|reduce|prevent|ease|alleviate|benefit|fix|resolve|boost|restore|remove|eliminate|detoxify|change|affect|stimulate|modulate|regulate|activate|enhance|support|rid|increase|decrease|lower|raise|shorten|speed up|melt|reshape|dissolve|shrink|tighten|lift|firm|slim|smooth|erase|reverse|regrow|repair|strengthen|sculpt|contour|unblock|flush|draw out|get rid of)\\b(?! (?:the |your |their )?(?:risks?|chances?|likelihood|rates?|number) of (?:\\w+ )?(?:infections?|side effects|complications|adverse|harm|injur))",
  "\\bnever (?:(?!only\\b)\\w+ly )?(?:cure[sd]?|help(?:s|ed)?|works?|worked|heal(?:s|ed)?|treat(?:s|ed)?|relieve[sd]?|improve[sd]?|reduce[sd]?|prevent(?:s|ed)?|stimulate[sd]?|modulate[sd]?|regulate[sd]?|boost(?:s|ed)?)\\b",
  "\\b(?:cannot|can['’]t|could not|couldn['’]t) (?:possibly )?be (?:correct|true|right|valid|accurate)\\b",
  "\\b(?:scams?|fraud\\w*|hoax(?:es)?|snake oil|rip-?offs?|charlatan\\w*)\\b", "\\bunsupported (?:\\w+ )?claims\\b", "\\b(?:is|are|was|were) (?:\\w+ )?unnecessary\\b",
  "\\b(?:scant|scarce|meagre|meager|thin|slim) (?:\\w+ )?evidence\\b", "\\b(?:is|are) (?:disputed|contested|questioned|controversial)\\b",
  "\\bnot (?:\\w+ )?likely to (?:respond|benefit|improve|help|work)\\b", "\\b(?:do|does|did) not respond\\b",
  "\\bno (?:[\\w-]+ ){0,3}(?:has|have) ever (?:observed|found|seen|shown|demonstrated|documented|proven)\\b", "\\bzero (?:\\w+ )?evidence\\b", "\\b(?:useless|worthless|pointless)\\b", "\\ba waste of (?:time|money)\\b", "\\bof no (?:use|benefit)\\b", "\\bunproven\\b",
  "\\bnever (?:been )?(?:properly |scientifically |rigorously )?(?:tested|proven|shown|demonstrated|validated|studied)\\b",
  // "there has been no clinical research done to prove a link between it and weight loss", "no studies showing it helps"
  // (not "no studies showing harm": a harm not shown reassures)
  // effects told as too small or passing: "its effect on body weight appears to be negligible", "any lifting effect
  // fades within a few hours"
  "\\b(?:effects?|benefits?|improvements?|gains?|changes?) (?:on (?:[\\w-]+ ){1,3})?(?:is|are|was|were|(?:appears?|seems?|proved|proves?) to be|remains?) (?:\\w+ )?(?:negligible|trivial|marginal|minimal|tiny|clinically (?:irrelevant|insignificant|meaningless))\\b",
  "\\b(?:effects?|benefits?|results?|improvements?) (?:\\w+ )?(?:fades?|faded|wears? off|wore off|disappears?|disappeared|vanish(?:es|ed)?) (?:within|after|in) (?:a |an |the )?(?:few |couple of |matter of )?(?:minutes|hours|days|weeks)\\b",
  // trials too weak to tell: "a lot of the trials are small", "some have no proper control group", "the benefit barely
  // squeaked past the statistical threshold"
  "\\b(?:trials|studies|experiments)\\b[^.;]{0,20}\\b(?:are|were) (?:\\w+ )?(?:small|tiny|poor|weak|flawed|low[- ]quality|poorly (?:designed|conducted|controlled)|uncontrolled)\\b",
  "\\bno (?:proper |adequate |real |suitable )?(?:control|placebo|comparison) (?:groups?|arms?)\\b",
  "\\bbarely (?:squeaked|scraped|crept|made it) (?:past|over|across) (?:the |a )?(?:statistical |significance )?(?:threshold|line|bar|significance)\\b|\\bbarely (?:statistically )?significant\\b",
  // the evidence told as not good: "The best evidence is not encouraging"
  "\\b(?:evidence|research|results|data|findings)\\b[^.;]{0,30}\\b(?:is|are|looks?|seems?|was|were) (?:not|hardly|far from) (?:very |particularly |at all )?(?:encouraging|promising|strong|positive|compelling|convincing|robust|solid|impressive)\\b",
  // its benefit no more than another's, or dismissed, or its claims untested: "the benefits are no greater than those of
  // ordinary exercise", "Sceptics dismiss it as expensive relaxation", "None of these claims has been tested"
  "\\b(?:benefits?|effects?|results?|improvements?|gains?) (?:\\w+ ){0,2}?(?:is|are|was|were) no (?:greater|better|larger|bigger|different) than\\b",
  "\\b(?:dismiss(?:es|ed)?|writes? off|wrote off|written off) (?:it|them|this|the (?:method|technique|therapy|practice|treatment)) as\\b",
  "\\bnone of (?:these|the|its|their|those) (?:[\\w-]+ )?claims (?:has|have) (?:ever )?been (?:\\w+ )?(?:tested|proven|proved|substantiated|verified|confirmed|demonstrated)\\b",
  // a study too small to tell: "It covered 18 patients, not nearly enough to declare the therapy a success"
  // at odds with what medicine knows: "The principles of X contradict established medical knowledge", "the idea runs
  // counter to current medical dogma"; its theory doubted: "While the theory is suspect"
  "\\b(?:contradicts?|contradicted|runs? counter to|ran counter to|(?:is|are) at odds with|(?:is|are) incompatible with|flies in the face of|fly in the face of) (?:\\w+ ){0,2}?(?:medical|scientific|anatomical|physiological|biological)? ?(?:knowledge|understanding|science|dogma|consensus|principles|anatomy|physiology|evidence|facts)\\b",
  "\\b(?:theory|theories|premise|premises|principles?|rationale|basis|science|idea) (?:behind (?:it|this|them) )?(?:is|are|remains?|seems?) (?:highly |deeply |rather |somewhat |still )?suspect\\b",
  // ("speculative explanations as to how it might work are insufficient to recommend it")
  "\\b(?:not (?:nearly |remotely |anywhere near |large |big )?(?:enough|sufficient)|(?:is|are|was|were|remains?) (?:\\w+ )?insufficient) to (?:declare|call|conclude|show|prove|say|claim|establish|demonstrate|judge|recommend|support|justify|warrant|endorse)\\b",
  // trials said not to exist: "There have been no gold standard human trials", "there are no controlled studies of it"
  "\\bthere (?:have|has|had) (?:never )?been no (?:[\\w-]+ ){0,4}?(?:trials?|studies)\\b(?![^.;]{0,40}\\b(?:harms?|harmful|risks?|side[- ]effects?|adverse|dangers?|safety|toxic\\w*)\\b)",
  "\\bthere (?:are|is|were|was) no (?:[\\w-]+ ){1,4}?(?:trials?|studies)\\b(?![^.;]{0,40}\\b(?:harms?|harmful|risks?|side[- ]effects?|adverse|dangers?|safety|toxic\\w*)\\b)",
  "\\bno (?:[\\w-]+ ){0,2}?(?:research|studies|study|trials?|data|science)(?: (?:has|have) been| (?:was|were))?(?: done| conducted| carried out| published| performed)? (?:to (?:prove|show|support|demonstrate|confirm|back up|document|verify|substantiate|validate)|proving|showing|supporting|demonstrating|confirming|documenting|(?:that|which) (?:\\w+ )?(?:prove|proves|proved|show|shows|showed|support|supports|demonstrate|demonstrates|confirm|confirms|confirmed|document|documents|back up|backs up))\\b(?![^.;]{0,30}\\b(?:harm|harmful|risks?|side[- ]effects?|adverse|dangers?|dangerous|injur\\w*|unsafe|toxic)\\b)",
  "\\bno (?:[\\w-]+ ){0,3}for which there (?:is|was|are|were) (?:\\w+ ){0,2}evidence\\b", "(?<!\\bif )\\bnot (?:been )?(?:\\w+ly )?(?:proven|proved|shown|demonstrated|supported|established)\\b",
  // "has not approved any device as safe and effective", "has not determined that the products are safe and effective"
  "\\bnot (?:\\w+ ){0,2}?(?:approved|determined|found|cleared|shown|accepted)\\b[^.;]{0,60}\\b(?:safe and effective|effective)\\b",
  "\\b(?:still |hotly |widely )?being (?:debated|disputed|questioned|contested)\\b",
  "\\bnot (?:\\w+ ){0,2}?(?:FDA[- ])?(?:approved|cleared) (?:to treat|for (?:the treatment of|treating|any))\\b", "\\bremains? (?:\\w+ )?(?:debated|disputed|contested|controversial|unproven)\\b", "\\b(?:lack|absence) of (?:\\w+ )?evidence\\b",
  "\\black(?:s|ed|ing)? (?:any )?(?:[\\w-]+ ){0,2}?(?:support|evidence|basis|proof|backing)\\b",
  // "is not a cure for diabetes", "isn't a treatment for gout" (not "not only a cure")
  "\\b(?:is|are|was|were)(?:n['’]t| not) (?:a |an |the )?(?:[\\w-]+ )?(?:cure|treatment|remedy) for\\b",
  // "don't expect it to cure your back pain"
  "\\b(?:don['’]t|do not|shouldn['’]t|should not|never) expect (?:it|them|this|these|the [\\w-]+|[\\w-]+ [\\w-]+)? ?to (?:cure|help|work|heal|fix|relieve|treat|ease|reduce|improve)\\b",
  // "Anyone who tells you it cures migraines is mistaken": a claim rebutted
  "\\b(?:anyone|whoever|those|people|someone) (?:who (?:tells?|says?|claims?|promises?)|telling|saying|claiming|promising)\\b[^.;]{0,120}\\b(?:is|are) (?:simply |just |plain |badly |sadly )?(?:mistaken|wrong|lying|misinformed|deluded|a fraud|selling snake oil)\\b",
  // "There's no science behind it"
  "\\bno (?:real |hard |solid |good |sound )?(?:science|scientific basis|evidence) (?:behind|for) (?:it|this|that|them)\\b",
  // "No type of training has been shown to change the shape of the eye": a verdict on every kind of it
  "\\bno (?:type|form|kind|amount|sort|method|technique)s? of (?:[\\w-]+ ){1,3}?(?:has|have) (?:ever )?been (?:shown|proven|proved|found|demonstrated)\\b",
  // "most of his claims have been considered false by practically all scientists"
  "\\b(?:considered|deemed|judged|regarded as|shown to be|proven|proved|found to be) (?:to be )?(?:false|untrue|wrong|invalid|baseless|unfounded|incorrect|erroneous)\\b",
  // "the jury is still out on whether it has any benefits", "it remains to be seen whether it helps", "remains an open
  // question", "benefits attributed to it have been rejected by researchers", "there is no device that is effective against X"
  "\\bjury is (?:still )?out\\b", "\\bremains to be (?:seen|proven|shown|demonstrated)\\b",
  "\\b(?:an open|an unanswered|an unresolved) question\\b", "\\bremains? (?:unclear|uncertain|unknown)\\b",
  "\\b(?:rejected|dismissed|discounted) by (?:\\w+ ){0,3}?(?:researchers|scientists|doctors|physicians|experts|reviewers|studies|trials|the (?:medical|scientific) (?:community|establishment))\\b",
  "\\b(?:there is|there are|there's|there isn['’]t) no (?:[\\w-]+ ){1,6}?(?:that is |which is |that are |which are )?(?:effective|proven|shown to work)\\b",
  // "it is hard to say whether it works": no verdict either way is no claim that it works
  "\\b(?:hard|difficult|impossible) to (?:say|tell|know|judge|determine) (?:whether|if)\\b",
  // "a fad lacking any demonstrable benefit", "lacks any proven effect on gout" (not "lacks the side effects of drugs")
  "\\black(?:s|ed|ing)? (?:any )?(?:(?!side\\b)[\\w-]+ ){0,2}?(?:benefits?|effects?|efficacy|effectiveness|value)\\b",
  // "is no miracle cure for arthritis", "it's no cure-all" (not "there is no cure for arthritis": the disease's)
  "(?<!\\bthere )\\b(?:is|are|was|were)(?: \\w+)? no (?:[\\w-]+ )?(?:cure|cure-all|panacea|magic bullet|silver bullet|miracle|quick fix)\\b", "\\bit['’]s no (?:[\\w-]+ )?(?:cure|cure-all|panacea|magic bullet|silver bullet|miracle|quick fix)\\b", "\\b(?:did|does|do|could) not (?:confirm|replicate|reproduce)\\b",
  "\\bfailed to (?:confirm|replicate|reproduce)\\b",
  "\\binsufficient (?:\\w+ )?evidence\\b", "\\blittle (?:or no )?(?:[\\w-]+ ){0,2}?(?:evidence|research|data|studies|proof)\\b", "\\bno better than (?:a )?placebo\\b",
  "\\bfailed to\\b",
  // study results: a low hit rate, chance-level accuracy, an inability to tell groups apart, refutation
  "\\bonly (?:\\d+(?:\\.\\d+)? ?(?:%|per ?cent)|\\d+ (?:out )?of (?:the )?\\d+)(?! (?:of )?(?:the )?(?:surveys?|questionnaires?|responses?|forms|invitations?)\\b)", "\\bno (?:different|better) (?:from |than )(?:chance|guessing|random)\\b",
  "\\b(?:at|near) chance(?:[- ]levels?)?\\b", "\\bchance[- ]level\\b", "\\b(?:unable|not able) to (?:determine|distinguish|tell|identify|detect|differentiate|diagnose|predict|separate)\\b",
  "\\bcould not (?:determine|distinguish|tell|identify|detect|differentiate|separate)\\b",
  "\\b(?:disproven|disproved|refuted|discredited)\\b", "\\bof (?:no|little) (?:\\w+ )?value\\b",
  "\\bno (?:scientific|clinical|good|reliable|convincing) (?:evidence|support|basis)\\b",
  "\\bwithout (?:scientific|clinical) (?:evidence|basis|support)\\b", "\\bbogus\\b",
  // "were quick to debunk it", "debunks its claims" (not "debunks myths about it": the myths are the doubts)
  "\\bdebunk(?:s|ed|ing)?\\b(?! (?:the |some |common |these |a few |popular )?(?:myths?|misconceptions?|fears?|worries|concerns?|rumou?rs?)\\b)",
  "\\bnot (?:an? )?(?:valid|legitimate|proven)\\b",
  // "the health benefit of drinking it remains questionable"
  // (not a doubt about its history: "The very origin of it is questionable")
  "(?<!\\b(?:origins?|history|histories|dates?|age|founding|founders?|story|stories|names?|roots|beginnings?)\\b[^.;]{0,40})\\b(?:remains?|is|are|seems?|appears?) (?:still |highly |very |deeply )?(?:questionable|doubtful|dubious|debatable|in doubt|unproven)\\b",
  // "does not contain enough tannin to heal the skin", "these claims are backed up by insufficient research",
  // "based on pre-scientific notions of a vital force"
  "\\b(?:does|do|did) not (?:contain|have|hold|provide|deliver|carry) (?:nearly )?(?:enough|sufficient|adequate)\\b[^.;]{0,50}\\bto\\b",
  "\\b(?:backed|supported) (?:up )?by (?:insufficient|little|limited|weak|poor|scant|no) (?:\\w+ )?(?:research|evidence|data|studies|science)\\b",
  "\\binsufficient (?:\\w+ )?(?:research|data|studies|proof)\\b", "\\bpre-?scientific\\b",
  // "none of this holds up", "the theory doesn't add up"
  "\\bnone of (?:this|it|these|that|them|the claims)\\b[^.;]{0,20}\\b(?:holds? up|stands? up|adds? up|is true|are true|checks? out)\\b",
  "\\b(?:does|do|did)(?:n['’]t| not) (?:\\w+ )?(?:hold up|stand up|add up|check out)\\b",
  // "only two small trials, both run by people who sell the forks"
  "\\bonly (?:one|two|three|a few|a handful of) (?:small |tiny |poor(?:ly[- ]designed)? |low-quality )*(?:studies|trials|papers|experiments)\\b",
  "\\b(?:run|funded|paid for|sponsored|conducted) by (?:people|those|companies|firms) (?:who|that) (?:sell|make|market|profit from|manufacture)\\b", "\\bfar from (?:being )?(?:\\w+ly )?(?:proven|proved|established|demonstrated|certain|conclusive|settled|convincing)\\b", "\\bno better than (?:a |the )?(?:sham|control|placebo|dummy)\\b",
  "\\b(?:did|does|do) not (?:significantly )?(?:differ|change|improve|reduce|outperform|affect|alter|remove|extract|draw)\\b",
  "\\bno (?:statistically )?significant (?:difference|effect|change|improvement|benefit)s?\\b",
  "\\b(?:worse|no more (?:effective|useful|accurate|reliable)) than\\b", "\\bfalse hopes?\\b",
  // "neither safe nor effective", "neither effective nor safe"
  "\\bneither (?:\\w+ )?(?:effective|useful|beneficial|helpful)\\b", "\\bneither\\b[^.;]{0,40}\\b(?:led to|resulted in|produced|showed|caused) (?:an? |any )?(?:increase|improvement|reduction|decrease|change|difference|benefit)", "\\bnor (?:\\w+ )?(?:effective|useful|beneficial|helpful)\\b",
  // "offers little benefit", "the effects are due only to placebo", "any effect is a placebo effect"
  // (not "a little benefit", nor "not due only to placebo")
  "\\b(?:little|scant|negligible|minimal) (?:\\w+ )?benefits?\\b(?<!\\ba little (?:\\w+ )?benefits?)",
  "\\b(?:due|attributable|owing) (?:only |solely |entirely |wholly |simply |merely )?to (?:the |a )?placebo\\b(?<!\\bnot (?:\\w+ )?(?:due|attributable|owing) (?:only |solely |entirely |wholly |simply |merely )?to (?:the |a )?placebo)",
  "\\b(?:is|are|was|were) (?:just |merely |only |simply |nothing more than |no more than )?(?:an? |the )?placebo(?: effects?| responses?)?\\b(?! (?:group|arm|controlled|treatment|pill|injection)s?\\b)",
  // a placebo with a word before it: "is an elaborate placebo", "is nothing more than a glorified placebo", "is pure
  // placebo" (not "were given a placebo", "is no placebo", "is better than placebo", nor a placebo-controlled trial)
  "\\b(?:is|are|was|were) (?:just |merely |only |simply |nothing (?:more|other) than |no more than |little more than )?(?:an? |the )(?:[\\w-]+ ){1,2}?placebo\\b(?!-)(?! (?:group|arm|controlled|treatment|pill|injection)s?\\b)",
  "\\b(?:is|are) (?!(?:no|not|never|given|receiving|like|than|more|less|better|worse|superior|inferior|compared)\\b)[a-z]+ placebo\\b(?!-)(?! (?:group|arm|controlled|treatment|pill|injection)s?\\b)",
  // "the idea that it cures X is pure bunk", "the notion that it clears toxins is a myth": a claim dismissed
  "\\b(?:bunk|hogwash|baloney|balderdash|poppycock|claptrap|twaddle|humbug)\\b",
  "\\b(?:is|are|was|were) (?:just |merely |simply |only |nothing (?:more|other) than |no more than )?(?:an? |the |pure |sheer )?(?:[\\w-]+ )?(?:myth|fallacy|fiction|fantasy|falsehood|misconception|fairy tale)s?\\b", "\\b(?:was|were|is|are) not (?:any )?more (?:effective|beneficial|helpful) than\\b", "\\bno better than\\b", "\\b(?:scientifically )?(?:unfounded|baseless|groundless|implausible)\\b",
  "\\bno (?:[\\w-]+ ){0,2}?(?:anatomical|scientific|physiological|biological|histological) basis\\b", "\\b(?:do|does) not exist\\b",
  "\\b(?:evidence|science|research|data) (?:\\w+ ){0,4}?(?:is|was|are|were|remains) (?:\\w+ )?(?:[\\w-]+ (?:but|yet) (?:still )?)?(?:weak|poor|limited|lacking|inconsistent|inconclusive|scant|thin|sparse|insufficient|inadequate|scarce|low)\\b",
  // "is poorly supported by scientific evidence", "not well-documented for most conditions", "there isn’t evidence"
  "\\b(?:poorly|weakly|not well|barely|scarcely) (?:supported|backed|evidenced|researched|documented)\\b", "\\bnot (?:yet )?well[- ](?:documented|established|supported|studied|researched|proven)\\b",
  "\\b(?:isn['’]t|is not|aren['’]t|are not|wasn['’]t|was not)(?: (?:currently|yet|any|much|enough|sufficient|good|reliable|strong|convincing|scientific|clinical))* evidence\\b",
  "\\bnot worth (?:it|the (?:risk|bother|money|cost))\\b",
  "\\b(?:does|do|did) not (?:\\w+ )?(?:support|back|justify|bear out)\\b",
  "\\b(?:weak|poor|limited|inconsistent|inconclusive) evidence\\b", "\\blow[- ]quality (?:\\w+ )?evidence\\b",
  "\\b(?:rated|graded|judged|considered|found) (?:the )?evidence (?:[\\w-]+ ){0,3}?(?:as |to be )?(?:of )?(?:very )?(?:low|poor|weak)\\b",
  "\\bno (?:\\w+ )?(?:study|studies|trial|trials|research|review|evidence) (?:has |have )?(?:ever )?(?:shown|showing|shows|found|finding|demonstrated|demonstrating|proved|proven|confirmed|supported)\\b",
  // the premise is wrong: "based on fundamental misconceptions", "the basic assumptions are not true",
  // "non-existent movements", "conflicting and mutually exclusive diagnoses of the same patients"
  "\\b(?:based|rests?|resting|relies|relying|founded|built) (?:on|in|upon) (?:[\\w-]+ ){0,2}(?:misconceptions?|misunderstandings?|myths?|false (?:premises?|assumptions?|beliefs?)|errors?|fallac(?:y|ies)|superstitions?|folklore|magical thinking)\\b",
  "\\bno place in (?:[\\w-]+ )?(?:medicine|health ?care|clinical practice)\\b",
  // the studies behind it are unsound: "with all studies at high risk for bias", "most positive studies were funded by
  // tank manufacturers"
  "\\b(?:studies|trials|research|evidence)\\b[^.;]{0,30}\\b(?:funded|sponsored|paid for|financed|conducted|run) by (?:the )?(?:[\\w-]+ ){0,2}?(?:manufacturers?|makers?|companies|company|industry|sellers?|vendors?|firms?|brands?)\\b",
  "\\b(?:high|serious|substantial|considerable) risk (?:of|for) bias\\b",
  // ("the idea that our bodies are full of toxins is simply incorrect", "All of it is misguided")
  "\\b(?:assumptions?|premises?|claims|theor(?:y|ies)|principles?|beliefs?|tenets?|ideas?|notions?|concepts?)\\b[^.;]{0,40}\\b(?:is|are|was|were) (?:simply |just |demonstrably |plainly |completely |entirely )?(?:not true|untrue|false|wrong|mistaken|incorrect|misguided|misleading|absurd)\\b",
  "\\b(?:it|this|they|all of (?:it|this|them)|the (?:whole |entire )?(?:thing|practice|approach|idea|premise)) (?:is|are|was|were) (?:simply |just |completely |entirely |deeply |totally )?misguided\\b",
  "\\bnon-?existent\\b", "\\b(?:conflicting|contradictory|mutually exclusive|inconsistent|unreliable) (?:and (?:[\\w-]+ ){1,2})?(?:diagnoses|diagnosis|readings|assessments)\\b",
  // "studies reporting positive effects had methodological flaws"; "“not recommended” as a treatment"; "functions as a placebo"
  "\\b(?:had|have|has|with|showed|contain(?:ed|s)?) (?:serious |major |significant |important |many )?(?:methodological|design) (?:flaws|weaknesses|problems|limitations|shortcomings)\\b", "\\bmethodologically (?:flawed|weak|poor)\\b",
  "\\bnot (?:\\w+ )?recommended[”\"’]? (?:as an? (?:treatment|therapy|remedy)|for (?:the )?treatment)\\b",
  "\\b(?:functions?|works?|acts?|operates?) (?:\\w+ )?(?:as|through|via|by) (?:a |the )?placebo\\b", "\\b(?:merely|just|only|nothing more than|no more than|little more than) (?:a |the )?placebo\\b",
  // "it is not known whether it is safe or effective", "only effective when the practitioner knows", "fool themselves",
  // "death rates similar to those of untreated patients", "the technique fails", "no basis in reality", "had been wrong"
  "\\b(?:not known|unknown|unclear|uncertain) (?:whether|if)\\b[^.;]{0,60}\\b(?:effective|works?|helps?|beneficial)\\b",
  "\\bonly (?:seems to |appears to )?(?:be )?(?:effective|works?|worked) (?:when|if)\\b",
  "\\bfool(?:s|ed|ing)? (?:themselves|himself|herself|people|patients|you|us|the public)\\b", "\\bnonsense\\b", "\\bnot an? (?:panacea|cure-all|miracle cure)\\b",
  "\\b(?:similar|comparable|equal|identical) to (?:those (?:of|in) |that (?:of|in) )?(?:the )?(?:untreated|placebo|control|sham|no[- ]treatment)\\b",
  "\\b(?:it|technique|method|treatment|therapy|test|practice|approach|medicine) fail(?:s|ed)\\b", "\\bfail(?:s|ed)? (?:a|the|every|any) (?:[\\w-]+ ){0,2}tests?\\b",
  "\\bno (?:\\w+ )?basis in (?:reality|fact|science|evidence)\\b",
  "\\b(?:had been|have been|has been|were|was|proved|proven|shown to be) (?:\\w+ )?wrong\\b",
  // "claims … are unsupported by the collective weight of evidence", "trial results are contradictory",
  // "patients may incorrectly believe it has been proven"
  "\\bunsupported by\\b",
  // "Claims that it can cure allergies are unsupported", "the notion that it flushes toxins remains unproven": a claim
  // reported, then dismissed by what the sentence says of it
  "\\b(?:claims?|assertions?|suggestions?|promises?|idea|notion|belief|theory) that\\b[^.;]{0,120}\\b(?:is|are|was|were|remains?|remained) (?:\\w+ )?(?:unsupported|unproven|unsubstantiated|unverified|unfounded|baseless|groundless|untrue|false|exaggerated|overblown|overstated|misleading|dubious|not (?:supported|backed|borne out|proven|true))\\b", "\\b(?:results|evidence|findings|data|studies)(?: (?:on|of|for|about)(?: [\\w-]+){1,2}?)? (?:are|is|were|was|remain) (?:\\w+ )?(?:contradictory|conflicting|equivocal)\\b",
  "\\b(?:incorrectly|wrongly|mistakenly|falsely|erroneously) (?:believe|believes|believed|think|thinks|assume|assumes|claim|claims)\\b",
  // "attributed to the power of suggestion", "requires more rigorous research", "studies were flawed"
  "\\battributed to (?:the )?(?:power of suggestion|placebo|suggestion|chance|natural (?:healing|recovery))\\b", "\\bpower of suggestion\\b",
  "\\b(?:requires?|needs?|warrants?|calls? for) (?:more|further|additional|larger) (?:\\w+ )?(?:research|study|studies|trials|evidence)\\b", "\\b(?:more|further|additional|larger) (?:\\w+ ){0,3}(?:research|study|studies|trials) (?:is|are) (?:needed|required|warranted)\\b",
  "\\b(?:studies|trials|research|evidence)\\b[^.;]{0,40}\\b(?:flawed|of poor quality|of low quality|biased)\\b",
  // "skepticism regarding their health benefits", "doctors are still hesitant to recommend it"
  "\\b(?:skepticism|scepticism|doubts?|controversy) (?:about|regarding|over|on|concerning|as to) (?:their|its|the) (?:[\\w-]+ ){0,4}?(?:benefits?|effectiveness|efficacy|claims?|value)\\b",
  "\\b(?:hesitant|reluctant|unwilling) to (?:recommend|endorse|use|prescribe|offer)\\b",
  // "no studies have been presented to back these claims"
  "\\bno (?:[\\w-]+ ){0,3}?(?:studies|trials|evidence|research|data)\\b[^.;]{0,40}\\bto (?:back|support|confirm|substantiate)\\b",
  // "few studies exist to support the therapy", "many experts remain skeptical"
  "\\b(?:few|no|little) (?:\\w+ )?(?:studies|trials|research|evidence|data) (?:exists?|to support|supports?)\\b",
  "\\b(?:experts|scientists|doctors|critics|physicians|researchers|clinicians|sceptics|skeptics)\\b[^.;]{0,20}\\b(?:remain|remains|are|were|is|have been|has been) (?:\\w+ )?(?:skeptical|sceptical|unconvinced|doubtful|dubious)\\b",
  "\\bnothing (?:\\w+ ){0,2}?(?:resembling|like) (?:\\w+ )?evidence\\b",
  // "None of these assumptions are supported by evidence"
  "\\b(?:none|neither) of (?:these|those|the|its|their|them)\\b[^.;]{0,60}\\b(?:is|are|was|were|has|have) (?:been )?(?:\\w+ )?(?:supported|proven|backed|confirmed|shown|demonstrated|true)\\b",
  // a verdict of no use, against what it is used for: "is powerless against colds", "deemed futile for back pain" (not
  // people's feeling, "patients felt powerless against the disease")
  `\\b(?:is|are|was|were|be|been|being|proved|proves|prove|proven|remains?|remained|seems?|seemed|appears?|appeared|deems?|deemed|judged|considered|rated|branded|called)\\s+(?:[\\w-]+\\s+){0,3}?(?:${INEFFICACY_ADJECTIVES.join("|")}) (?:against|for|in|at|on)\\b`,
  // the complaint left as it was: "left the warts completely untouched" (not "the price remained unchanged": what is
  // left so is what it acted on)
  `\\b(?:left|leaves|leaving)\\s+(?:[\\w-]+\\s+){0,4}?(?:${NO_CHANGE_ADJECTIVES.join("|")})\\b`,
];


/** A study's aim says what it set out to learn, not what it found: "Our objective was to review the efficacy and
 * safety of …" (neither an efficacy nor a safety claim). */
export const STUDY_AIM = "\\b(?:objective|aim|purpose|goal)s? (?:of (?:this|the|our) (?:\\w+ )?(?:study|review|trial|paper|article) )?(?:was|were|is|are) to (?:review|assess|evaluate|determine|examine|investigate|compare|summari[sz]e|explore|test|establish)\\b";

/** Clauses led by or holding these are not efficacy claims: purpose, intention, obligation, condition, background. */
/** "Patients delay effective treatment": the effective treatment is another one. */
export const OTHER_TREATMENT_CUES: readonly string[] = [
  // "other beverages with antioxidant properties sold more cheaply": other things have the good too
  "\\bother (?:[\\w-]+ )?(?:beverages|drinks|products|foods|treatments|therapies|remedies|supplements|teas|oils) with\\b",
  // what real medicine does, set against it: "Real medicine treats a named illness"
  "^(?:(?:for example|for instance|by contrast|in contrast|by comparison),?\\s+)?(?:real|genuine|actual|proper|conventional|modern|evidence-based|mainstream|scientific|western|allopathic) (?:(?:preventive|preventative|clinical|medical|general) )?(?:medicines?|drugs?|treatments?|health ?care)\\b(?! (?:such as|like|including)\\b)",
  "\\b(?:delay(?:s|ed|ing)?|instead of|rather than|in place of|forgo(?:es|ing)?|avoid(?:s|ing)?|abandon(?:s|ed|ing)?|replac(?:e|es|ed|ing)) (?:\\w+ )?(?:effective|proven|conventional|evidence-based|real|standard) (?:medical )?(?:treatments?|care|medicine|therapy)\\b",
];
/** A study's question is not its answer: "Objective: to assess whether wristbands reduce nausea". */
export const STUDY_QUESTION_CUES: readonly string[] = [
  "\\b(?:to )?(?:assess|evaluate|determine|investigate|examine|test|compare|explore|study)(?:es|ed|ing)? (?:whether|if|(?:the|its|their) (?:effects?|efficacy|effectiveness|safety))\\b",
  "^(?:objectives?|aims?|purpose|question)\\s*:",
  // research on whether it works, not its answer: "Studies of its effectiveness involve three areas",
  // "Five reviews evaluated trials of the effectiveness of …"
  "\\b(?:studies|trials|reviews|research) (?:of|on|into) (?:[\\w'’-]+ ){0,3}(?:effectiveness|efficacy)\\b",
  "\\b(?:evaluated|assessed|examined|investigated|tested|compared|studied) (?:[\\w-]+ ){0,4}?(?:the )?(?:effectiveness|efficacy)\\b",
  // what a trial measured is not what it found: "secondary outcomes included pain on movement, …"
  "\\b(?:primary|secondary|main) (?:outcomes?|measures?|endpoints?)(?: measures?)? (?:was|were|is|are|included|include|comprised)\\b",
  "\\boutcomes? (?:was|were) (?:assessed|measured|recorded|evaluated)\\b",
  // the writer setting out to look: "I decided to see what evidence is available for the effectiveness of this therapy"
  // (the clause may start at the verb: "… I decided to | see what evidence is available …")
  "(?:\\bto |^\\s*)(?:see|find out|look (?:at|into)|check|learn|discover) (?:what|whether|if|how much) (?:[\\w-]+ ){0,3}?(?:evidence|research|studies|science|data)\\b",
];
export const EFFICACY_BLOCKERS: readonly string[] = [
  // the page telling its reader what comes: "Read on as we cover the possible benefits of X in this article"
  "\\b(?:read on|keep reading)\\b|\\b(?:we|I)(?:['’]ll| will)? (?:cover|look at|explore|discuss|examine|review|explain|go over)\\b[^.;]{0,80}\\bin this (?:article|post|guide|piece)\\b",
  // a title-like fragment: "3. Benefits of X", "The health benefits of X"
  "^(?:\\d+[.)]\\s*)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?benefits?\\s+of\\s+[^.;,:]{1,40}$",
  STUDY_AIM,
  // what people seek, not what it does: "a workout for those seeking to lift and sculpt their face"
  "\\b(?:those|people|anyone|women|men|clients|patients) (?:seeking|looking|wanting|hoping|trying) to\\b",
  // a warning to the reader is no claim that it works: "WARNING: Do not do a pack to detox your liver without …"
  "^(?:warning:?\\s*|caution:?\\s*|important:?\\s*)?(?:do not|don['’]t|never)\\s+(?!expect\\b)",
  // what an approach set out to do, not what it did: "Parts of his approach to correcting posture were based on …"
  "\\b(?:approach(?:es)?|attempts?|efforts?|bids?|quest) to (?:[\\w-]+ing)\\b(?![^.;]*\\b(?:works?|worked|effective|succeed\\w*|helps?|helped)\\b)",
  // the writer's own writing about its benefits: "I have written about the benefits of it before"
  "\\b(?:written|wrote|write|writes|writing|talked|talk|talks|spoken|blogged|posted) (?:\\w+ )?about (?:the |its |their |some of the |all the )?(?:health |many )?benefits\\b",
  // how popular a use is, not whether it works: "popular, particularly as a hangover cure"; a heading that asks how it
  // works: "2. How and why the wraps work:"
  "\\bpopular\\b[^.;]{0,40}\\bas an? (?:[\\w-]+ ){0,5}?(?:cure|remedy|fix|treatment)\\b",
  "^(?:\\d+[.)]\\s*)?(?:how|why)\\b(?:\\s+and\\s+(?:how|why))?\\s+(?:[\\w-]+\\s+){0,4}?works?\\s*:?$",
  // a use forbidden is no use claimed: "it is illegal to sell it as a cure for diabetes", "banned from being marketed
  // as a treatment for eczema"
  "\\b(?:illegal|unlawful|banned|prohibited|forbidden|barred|not (?:allowed|permitted))\\b[^.;]{0,60}\\bas an? (?:[\\w-]+ )?(?:cure|treatment|remedy|therapy)\\b",
  "\\bas an? (?:[\\w-]+ )?(?:cure|treatment|remedy|therapy)\\b[^.;]{0,60}\\b(?:is|are|was|were|has been|have been) (?:\\w+ )?(?:illegal|unlawful|banned|prohibited|forbidden)\\b",
  // the lead of a list that follows on the next lines: "The benefits of it include:" names no benefit itself
  "\\b(?:benefits?|advantages|uses|applications|indications|effects)\\b[^.;:]{0,80}\\b(?:include[sd]?|are|such as|including)\\s*:?\\s*$",

  "^(?:if|unless|whether)\\b", "^when\\b[^,]*\\b(?:is|are) used\\b", "\\b(?:was|were) (?:\\w+ly |once |formerly |previously |originally |first )?used to\\b",
  // (what it "is used to treat" says what it is for, not that it works; what it "can be used to treat" is a claim)
  "\\b(?:is|are|be|being) (?:\\w+ly )?used to\\b(?<!\\b(?:can|could|may|might)(?: also)? be used to)(?! (?:successfully|effectively)\\b)",
  "\\bneeds? to be\\b", "\\blooking for (?:new |better |a )?ways?\\b", "\\bsearch(?:ed|ing)? for (?:a |new |better )?(?:ways?|means|methods?)\\b", "\\b(?:idea|aim|goal|purpose|intention) (?:was|is) to\\b", "\\battempt to\\b",
  // (a purpose with a benefit is a claim, hedged: "is meant to ease the joints, improve sleep")
  "\\b(?:designed|intended|meant) to\\b(?! (?:\\w+ly )?(?:facilitate|support|improve|reduce|relieve|ease|help|heal|treat|cure|increase|decrease|stimulate|promote|restore|boost|enhance|alleviate|prevent)\\b)",
  // (what it "is used to successfully treat" is a claim that it works)
   "\\baims? to\\b", "\\bmust\\b", "\\bshould\\b", "\\bmost effective\\b",
  "\\b(?<!\\bable )to (?:determine|ensure|prove|find|choose|select|decide)\\b",
  // ("helps lower swelling caused by stings": what the benefit verb acts on may be a harm's effect)
  "\\bcaused by\\b(?<!\\b(?:treat|treats|treating|relieve|relieves|relieving|reduce|reduces|reducing|lower|lowers|lowering|ease|eases|easing|alleviate|alleviates|prevent|prevents|fight|fights|combat|combats|soothe|soothes|with|against) (?:[\\w'’-]+ ){0,4}caused by)", "\\bresults? from\\b", "\\boccurs? from\\b",
  "\\bis (?:a|an) condition\\b", "\\b(?:does|do|did) not (?:necessarily )?(?:imply|mean|prove|show|indicate) that\\b",
  "^[^,]{0,60}?(?:,[^,]*,)?\\s*(?:is|are) (?:a|an) (?!(?:[\\w-]+,? ){0,3}?(?:promising|effective|useful|valuable|proven|successful|viable|helpful|beneficial|excellent|good)\\b)(?:[\\w-]+,? ){0,4}?(?:form|type|kind|branch|system|technique|method|practice|therapy|treatment|procedure|approach|discipline|modality) (?:of|that|which|in which|based)\\b(?![^.;]{0,80}\\bto (?:ease|relieve|reduce|treat|heal|improve|cure|restore|alleviate|promote|boost|stimulate)\\b)"
    // (unless what it is does good itself: "is a therapy that relieves back pain", "a system of massage that realigns and
    // balances your body")
    + `(?!(?:[^.;]{0,60}?\\b(?:that|which))? (?:(?:can|may|will|also|often|gently|effectively|naturally)\\s+)?(?:${BENEFIT_VERBS.join("|")})\\b)`, "\\b(?:practitioners|therapists|physicians|doctors|clinics|professionals) (?:\\w+ )?(?:work|practi[sc]e)\\b", "\\b(?:word|term|name)\\b[^.;]{0,160}\\b(?:derived|dervided|comes|coined)\\b", "\\bfrom (?:the )?(?:greek|latin)\\b", "\\bis classified\\b", "\\bdepends? (?:up)?on\\b", "\\bis needed to\\b", "\\bworks to\\b",
];

/** "what is now known as X": a name given later to what someone began (an origin cue and a founder cue). */
export const NOW_KNOWN_AS = "\\bwhat (?:it )?(?:is|was|became|would become|has become) (?:now |later |today )?(?:known as|called|termed)\\b";

/** Origin: the subject itself came into being ("facet origin"). */
export const ORIGIN_CUES: readonly string[] = [
  // "The first tanks were built in 1954 by A": the first of its kind made
  "\\bthe first (?:[\\w-]+ ){0,3}(?:was|were) (?:built|made|constructed|designed|opened|developed|produced)\\b",
  // "In 1978 Dr. A started using what is now known as X": what later took the name began then
  NOW_KNOWN_AS,
  // "was the first nurse to publish the method in 1931"
  "\\bthe first (?:[\\w-]+ ){0,3}to (?:publish|describe|use|develop|introduce|document|apply)\\b",
  // "In 1891, A published an article describing X"
  "\\bpublished (?:an? |the |his |her |their )?(?:first )?(?:article|paper|book|report|account)s? (?:describing|introducing|outlining|proposing|presenting)\\b",
  // "When I started in 2005, there was nobody practising it": a start when no one else did it is its beginning
  // (a quick gate: "nobody" or "else", not the common "one")
  "\\b(?:nobody(?: else)?|no one else) (?:was |were )?(?:practi[sc]\\w+|doing|teaching|offering|using)\\b",
  // "has been developing the wraps since the late 1960s"
  "\\bbeen (?:\\w+ )?developing\\b[^.;]{0,60}\\bsince\\b",
  "\\boriginat\\w*\\b", "\\bdevelop(?:ed|ment)\\b", "\\bpioneer\\w*\\b", "\\bborn\\b", "\\bcreat(?:ed|ion|or)\\b",
  "\\binvent(?:ed|ion|or)\\b", "\\bintroduc(?:ed|tion)\\b", "\\bfounded\\b", "\\bdiscover(?:ed|y)\\b", "\\bdevised\\b",
  "\\bconceived\\b", "\\bpatent(?:s|ed)\\b", "\\b(?:develops|invents|creates|devises|founds)\\b", "\\bfirst (?:used|described|performed|practi[sc]ed|developed|introduced|appeared|documented|reported|applied|offered|taught|tested|employed)\\b",
  "\\bstart(?:ed|ing) in\\b", "\\bbegan\\b", "\\bbegin(?:s|ning)? in\\b", "\\borigins?\\b", "\\bcame into (?:being|use)\\b",
  "\\bemerged\\b", "\\bdates? (?:back )?(?:to|from)\\b",
  // "is believed to go back to around 3000 BC", "can be traced to Bronze Age China", "first appeared in France in the
  // 1930s", "with written records from 168 BC"
  "\\b(?:goes|go|went|gone|going|reaches|reach|stretches|stretch) back to\\b", "\\b(?:traces?|traced|can be traced) to\\b", "\\b(?:first )?appeared\\b",
  "\\b(?:written |earliest |first |oldest )?(?:records?|references?|mentions?|accounts?|descriptions?) (?:of it )?(?:from|dating from|dating back to|going back to)\\b",
  "\\bfirst (?:prescribed|injected|administered|tried|recommended|sold|marketed|put)\\b", "\\bfather of\\b", "\\bmother of\\b", "\\bbirth of\\b",
  "\\bestablished\\b", "\\bformulated\\b", "\\bproposed\\b", "\\bdescribed\\b(?! (?:[\\w.’'-]+ ){0,5}?as\\b)",
  "\\b(?:made|dreamed|dreamt|thought|cooked) up\\b", "\\bcame up with\\b", "\\bsystemati[sz]ed\\b",
  "\\bformali[sz]ed\\b", "\\bpopulari[sz]ed\\b", "\\bevolved\\b", "\\bdated\\b", "\\bproduct of the\\b",
  // a dated revival is a stage of its origin as "popularised" is: "made its modern comeback in 1985", "was revived in the
  // 1990s" (not a rise in popularity: "became popular in the 1920s, and has recently undergone a resurgence" tells how
  // popular it is)
  "\\brevived\\b", "\\brevival\\b", "\\b(?:made|staged|mounted) (?:a |an |its |their )?(?:\\w+ )?comeback\\b", "\\bresurrected\\b",
  "\\bturned\\b[^.;]{0,160}\\binto\\b", "\\bdrew up\\b", "\\bbased on\\b[^.;]{0,160}\\b(?:work|ideas?|theory)\\b",
  "\\b(?:sketched|drafted|designed|charted|mapped|outlined)\\b",
  "\\bpublished\\b[^.;]{0,160}\\b(?:first|book|atlas|chart|map|manual|treatise|textbook)\\b",
  "\\bre-?discover(?:ed|y)\\b", "\\b(?:first )?(?:noticed|observed|realised|realized) that\\b", "\\b(?:noted|noticed|observed)\\b[^.;]{0,160}\\b(?:in|on) (?:the |a |an |his |her |their )?(?:[\\w-]+ )?(?:patients?|man|woman|boy|girl|child|animal|body|eye|eyes|foot|feet|hand|hands|ear|ears|skin)\\b", "\\bpropounded\\b", "\\bput forward\\b", "\\bput\\b[^.;]{0,160}\\bon the map\\b", "\\bsaw the light of day\\b",
  "\\bfirst (?:[\\w-]+ ){0,2}(?:explanation|description|account|mention|record|reference|publication|treatise|textbook)s?\\b",
];
/** An age given relative to the time of writing: an origin claim whose year the text does not give. */
export const RELATIVE_AGE = "\\b(?:(?:\\d[\\d,]*|hundreds|thousands|several hundred|several thousand|a few hundred|(?:some |about |nearly |almost |over )?(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred))(?:\\s+(?:of\\s+)?years\\s+(?:ago|old)|[\\s-](?:plus-)?years?-old)"
  // "dates back 5,000 years", "goes back some two thousand years"
  + "|\\b(?:over |more than |about |around |nearly |almost |some )?(?:a|one|two|three|four|five|a few) (?:hundred|thousand) years ago"
  // "over a century ago", "nearly two centuries ago"
  + "|\\b(?:over |more than |about |around |nearly |almost |some |well over )?(?:a|one|two|three|several|a few|a couple of) centur(?:y|ies) ago"
  + "|back (?:some |about |around |over |more than |nearly |almost |at least )?(?:\\d[\\d,]*|hundreds of|thousands of|several (?:hundred|thousand)|(?:two|three|four|five|six|seven|eight|nine|ten) (?:hundred|thousand)) years|for (?:at least |more than |over |nearly |some |approximately |about |around |roughly |almost |well over )?(?:\\d[\\d,]*|hundreds of|thousands of) years|for centuries|for millennia|(?:\\d+|two|three|four|five|several|many|twenty|twenty-five) (?:centuries|millennia) ago|for (?:about |nearly |over |more than |almost |around )?(?:a|one|two|several) centur(?:y|ies))\\b";

/** An origin told without a date. Precursor: "an ancient practice", "used by many ancient civilisations",
 * "the ancient Egyptians used …", "used for centuries", "rock paintings depicting …". */
export const DATELESS_PRECURSOR_CUES: readonly string[] = [
  "\\bancient (?:[\\w-]+ )?(?:practice|tradition|art|technique|method|remedy|remedies|therapy|ritual|custom|healing|treatment|form|system|medicine|discipline)s?\\b",
  "\\b(?:practi[sc]ed|used|known|employed|performed) (?:by|in|among) (?:many |several |various |the )?(?:ancient|early|old|indigenous|traditional|native) (?:civili[sz]ations?|cultures?|peoples?|societies|tribes|healers|physicians)\\b",
  "\\bancient [\\w-]+ (?:used|practi[sc]ed|knew|employed|performed|applied)\\b",
  "\\b(?:used|practi[sc]ed|known|employed|performed) (?:by|in|among) (?:the )?ancient [\\w-]+\\b",
  "\\b(?:since|from|in) (?:early |ancient |biblical |prehistoric |medieval |roman |egyptian )?(?:[\\w-]+ )?times\\b(?<!\\b(?:modern|recent|our|these|those|some|many|several|all|other) times)",
  "\\b(?:existed|exists?|been around) (?:since|for)\\b",
  "\\b(?:cultures|civili[sz]ations|peoples|societies|tribes) (?:that|which|who) (?:were |are |have been )?(?:said to have |believed to have |thought to have |known to have )?(?:used|practi[sc]ed|employed)\\b",
  "\\bfor (?:centuries|millennia|thousands of years|hundreds of years|generations)\\b",
  "\\b(?:dates?|dating|goes|going|traced?|reaches?|reaching) back to (?:the )?(?:ancient|antiquity|prehistor\\w*|biblical|classical)\\b",
  "\\b(?:rock|cave|wall) (?:paintings?|drawings?|art|carvings?)\\b", "\\b(?:petroglyphs?|hieroglyph\\w*)\\b",
  // "mentioned in ancient texts like …", "described in classical Chinese writings"
  "\\b(?:mentioned|described|recorded|documented|referred to|written about|prescribed|found) in (?:the )?(?:ancient|classical|old|early|traditional|medieval|sacred|historical) (?:[\\w-]+ ){0,2}?(?:texts?|scriptures?|writings?|manuscripts?|books?|treatises?|literature|sources|records|scrolls?)\\b",
];
/** Origin, without a date: the origin is said to be unknown, disputed, or told in legend. */
export const DATELESS_ORIGIN_CUES: readonly string[] = [
  "\\borigins? (?:of [^.;]{1,40} )?(?:is|are|was|were|remains?) (?:\\w+ )?(?:unknown|unclear|obscure|uncertain|disputed|lost|debated|murky|a mystery|questionable|debatable|contested|unverified|legendary)\\b",
  "\\b(?:unknown|unclear|obscure|uncertain|disputed|mysterious) origins?\\b",
  "\\bhistory of\\b[^.;]{0,60}\\b(?:is|was|remains) (?:surrounded|shrouded|steeped|lost|clouded)\\b",
];

/** Precursor: earlier use by others, ancient traces. */
export const PRECURSOR_CUES: readonly string[] = [
  // "have been around since the 1950s": it existed then (told of its existence, not of its making)
  "\\bbeen around (?:since|for)\\b",
  "\\bdating (?:back )?(?:from|to)\\b", "\\b(?:has|have|had) (?:its |their )?roots in\\b", "\\brooted in\\b", "\\b(?:had|have|has) (?:been )?(?:used|practi[sc]ed|taught|applied|known|drunk|consumed|taken|eaten|worn|sold|offered|prescribed|enjoyed|valued|prized|revered|trusted|favou?red|popular|performed|made|brewed|cultivated)\\b[^.;]{0,160}\\bsince\\b",
  // "has been a medical practice since the 1700s", "has been a folk remedy since antiquity"
  "\\b(?:had|have|has) been (?:an? |the )?(?:[\\w-]+ ){0,2}?(?:practice|tradition|remedy|treatment|custom|therapy)\\b[^.;]{0,60}\\bsince\\b",
  "\\btraces?\\b", "\\bancient\\b", "\\bprecursors?\\b", "\\bforerunners?\\b", "\\bearlier (?:forms?|versions?|use)\\b",
  "\\bas early as\\b", "\\bfor (?:centuries|millennia|thousands of years)\\b", "\\bhistorically\\b",
  "\\bdated to\\b", "\\b(?:tomb|wall painting|papyrus|manuscript|scroll)s?\\b", "\\b(?:was|were|been) known\\b",
  "\\bpractised (?:in|by)\\b[^.;]{0,160}\\b(?:ancient|centur)", "\\bearlier\\b",
];
/** Naming: the name was coined. */
export const NAMING_CUES: readonly string[] = [
  "\\b(?:name|term|word)\\b[^.;]{0,160}\\b(?:coined|propounded|first used|introduced|given|adopted|came into (?:\\w+ )?use)\\b", "\\bcoined\\b", "\\bwas named\\b", "\\bnamed it\\b", "\\brenamed\\b",
];

/** Heads of an organisation's name: founding one ("she founded the Smith Institute in 1971") is not the
 * treatment's origin. */
export const ORGANISATION_HEADS: readonly string[] = [
  "Institute", "Institut", "School", "Clinic", "Foundation", "Society", "Association", "College", "Academy", "Center",
  "Centre", "Council", "Federation", "Guild", "Journal", "Company", "Corporation", "Inc", "Ltd", "University", "Hospital",
  "Register", "Network", "Alliance", "Trust",
];

/** Founder: who originated it. Verbs / phrases that tie a person to the origin. */
/** The founder cues led by a common word ("first", "started"): read only where the cue itself stands (classify.ts), so
 * that every clause with "first" does not open the founder readings. "It all started with A B", "originated with yoga
 * teacher A B", "first used the bowls this way", "first prescribed as a medical treatment by the spa physician A B". */
export const FOUNDER_COMMON_CUES: readonly string[] = [
  "\\b(?:all )?(?:started|began|begun|originated|originates) with\\b",
  "\\bfirst (?:used|prescribed|applied|administered|tried|recommended|injected|offered|practi[sc]ed)\\b",
];
export const FOUNDER_CUES: readonly string[] = [
  // the credit or the name handed to a person: "Credit for the method goes to A B", "owes its name to A B", "bears the
  // name of its creator, A B", "It was A B who first described it", "goes back to the work of A B", "A B worked out
  // the principles"
  "\\bcredit for (?:[\\w-]+ ){0,4}?(?:goes|went|belongs) to\\b", "\\bowes (?:its|their) (?:name|existence|origins?) to\\b",
  "\\bbears the name of (?:its|their) (?:creator|founder|inventor|originator|developer)\\b",
  "\\bit was (?:[\\w.'’-]+ ){1,4}who (?:first )?(?:developed|invented|created|founded|devised|described|discovered|introduced|pioneered|came up with|worked out)\\b",
  "\\b(?:goes|go|went|dates?|dated|traces?|traced) back to the (?:work|ideas?|teachings?|research|experiments?) of\\b",
  "\\bworked out (?:the |its |his |her |a )?(?:principles?|method|technique|system|approach|ideas?)\\b",
  // "In 1891, A published an article describing X": the first account of it, by its author
  "\\bpublished (?:an? |the |his |her |their )?(?:first )?(?:article|paper|book|report|account)s? (?:describing|introducing|outlining|proposing|presenting)\\b",
  "\\bthe first (?:[\\w-]+ ){0,3}(?:was|were) (?:built|made|constructed|designed|developed|produced) (?:[\\w-]+ ){0,4}?by\\b",
  "\\bthe first (?:[\\w-]+ ){0,3}to (?:publish|describe|develop|introduce|document)\\b", "\\b(?:one of the )?pioneers of\\b",
  "\\bbeen (?:\\w+ )?developing\\b",
  "\\bpatent(?:s|ed)\\b", "\\b(?:develops|invents|creates|devises|founds)\\b", "\\boriginated by\\b", "\\boriginated (?!(?:in|from|with|during|around|as|among|at|on|about|before|after|when|between)\\b)(?:the |modern |a )?\\w", "\\bdeveloped\\b", "\\bpioneered\\b", "\\binvented\\b", "\\bcreated\\b", "\\bfounded\\b",
  "\\bdiscovered\\b", "\\bdevised\\b", "\\bconceived\\b", "\\bcredited with\\b", "\\bfather of\\b", "\\bmother of\\b",
  "\\bintroduced\\b", "\\bcreat(?:ion|or)\\b", "\\binvent(?:ion|or)\\b", "\\bfounder\\b", "\\boriginator\\b", "\\bpioneer\\b",
  "\\bproposed\\b", "\\bdescribed\\b(?! (?:[\\w.’'-]+ ){0,5}?as\\b)", "\\b(?:made|dreamed|dreamt|thought|cooked) up\\b", "\\bcame up with\\b", "\\bdrew up\\b", "\\bturned\\b[^.;]{0,160}\\binto\\b", "\\bsystemati[sz]ed\\b",
  "\\bformulated\\b", "\\bmapped\\b", "\\b(?:sketched|drafted|designed|charted|outlined)\\b", "\\bbuilding on\\b", "\\bbased on the\\b[^.;]{0,160}\\bof\\b", "\\b(?:ideas?|work|theory|system|method) of\\b",
  "\\bre-?discovered\\b", "\\bpropounded\\b", "\\bput forward\\b", "\\bfounding (?:father|mother|figure)s?\\b", "\\bclaims? to the title\\b",
  "\\bput\\b[^.;]{0,160}\\bon the map\\b",
  // "The halogenerator is credited to Pavel P. Gorbenko", "The modern version goes back to an Austrian doctor, A B"
  "\\bcredited to\\b", "\\b(?:goes|go|went|dates?|dating|traces?|traced|harks?|harked) back to (?:an? |the )?(?:[\\w-]+,? ){0,3}?(?:doctor|physician|surgeon|professor|chemist|scientist|healer|practitioner|monk|priest|nurse|therapist|engineer|biochemist|pharmacist|dr|prof)\\b",
  // "The method traces back to Walter J. Harbison, a chiropractor in Michigan", "EFT was put together by a guy called A B"
  // (a person described after the name: parsePersons finds the name, or there is no founder)
  "\\b(?:traces?|traced|can be traced) back to\\b(?=[^;]{3,60}?,\\s+an?\\s)", "\\bput together by\\b",
  // who named it: "Dr. Lee coined the term"; whom it is named after
  "\\bcoined\\b", "\\bnamed after\\b",
  // "Dr. A started using what is now known as X": the person began what later took the name
  NOW_KNOWN_AS,
  // "grew out of the work of A", "stems from the teachings of A"
  "\\b(?:grew|grown|emerged|evolved|arose|stems?|stemmed|sprang|springs|came|comes) (?:out of|from) the (?:work|teachings?|ideas?|research|writings?|practice) of\\b",
  // "is attributed to the chemist A B" (not to the placebo or chance), "owes its origins to A B", "It all started with A B",
  // "originated with yoga teacher A B" (a person found there is its founder; with none, no founder is read)
  "\\battributed to\\b(?! (?:the )?(?:power of suggestion|placebo|suggestion|chance|natural (?:healing|recovery)|the (?:fact|effect))\\b)",
  "\\bowes? (?:its |their )?(?:\\w+ )?(?:origins?|existence|birth|beginnings?|name) to\\b",
  // "is often traced to A B, a Slovenian beekeeper" (a person described after the name)
  "\\b(?:traces?|traced|can be traced) to\\b(?=[^;]{3,60}?,\\s+an?\\s)",
  ...FOUNDER_COMMON_CUES,
];

/** Recognition: an official body approved, recognised, listed, reimbursed it. */
/** A statute that names or governs it: "regulated under the Healing Professions Act of 2011", "according to the
 * Traditional Medical Professions Act" (read case-sensitively: the statute's name is in capitals). */
export const STATUTE = "\\b(?:regulated|recogni[sz]ed|covered|governed|listed|defined|licensed|protected|named) (?:under|by|in) (?:the )?(?:[A-Z][\\w'’-]* ){1,6}(?:Act|Law|Statute|Code|Decree|Regulations?)\\b|\\b(?:according to|under) the (?:[A-Z][\\w'’-]* ){1,6}Act\\b";
export const RECOGNITION_CUES: readonly string[] = [
  // "now an accepted form of treatment all over Europe"
  "\\ban accepted (?:form of )?(?:medical )?(?:treatment|therapy|medicine|practice)\\b",
  "\\brecogni[sz]\\w*\\b", "\\bapprov\\w*\\b", "\\bCE[- ]mark(?:ed|ing)?\\b", "\\baccredit\\w*\\b", "\\bcleared (?:by|for|as)\\b", "\\b(?:not|never) (?:been |yet )?cleared\\b", "\\bclearance\\b",
  "\\blicen[sc]ed\\b", "\\bregist(?:ered|ering|ers|ration)\\b", "\\bregister\\b", "\\blisted (?:as|by|in|among)\\b", "\\bendorse(?:d|ment|ments|s)?\\b",
  "\\bcertified by\\b", "\\breimburs\\w*\\b",
  // a body's certificate of what it does, or its seizure of the kit: "the agency certifies the gas as destroying germs",
  // "regulators seized 77 of the machines"
  "\\bcertif(?:y|ies|ied) (?:it|them|this|[\\w-]+(?: [\\w-]+)?) as\\b", "\\bseiz(?:ed|es|ing)\\b(?= (?:[\\w-]+ ){0,3}?(?:devices?|machines?|generators?|units?|equipment|products?|kits?|supplies|stock)\\b)",
  // a legal class it is sold in, and insurers' differing cover: "sold as food supplements", "Private insurers vary wildly"
  "\\b(?:sold|marketed|classed|classified|regulated) as (?:an? )?(?:(?:food|dietary|nutritional|herbal) supplements?|cosmetics?|cosmetic products?|wellness (?:devices?|products?))\\b",
  "\\binsurers?\\b[^.;]{0,20}\\b(?:vary|varies|differ|differs)\\b",
  // a body's guidance on its use: "NICE guidance says PRP should only be used with special arrangements"
  "\\b(?:guidance|guidelines?)\\b[^.;]{0,40}\\b(?:says?|states?|recommends?|advises?)\\b[^.;]{0,80}\\bshould (?:only |not )?(?:be )?(?:used|offered|given|provided|performed)\\b",
  // "It remains unregulated in most countries": no body oversees it
  // (not "unlicensed practitioners": the people lack a licence)
  "\\b(?:unregulated|unlicensed|unaccredited)\\b(?!\\s+(?:[\\w-]+\\s+)?[a-z]+(?:ers?|ors?|ists?|ians?|ioners?)\\b)", "\\bnot (?:\\w+ )?(?:regulated|licensed)\\b",
  // a listing or its funding withdrawn: "removed it from the list of rebated treatments", "stopped funding it"
  "\\b(?:removed|dropped|delisted|excluded|struck off|taken off)\\b[^.;]{0,60}\\b(?:from|off) (?:the |its |their )?(?:[\\w-]+ ){0,2}?(?:list|register|registry|schedule|coverage|formulary|scheme|rebates?|funding)\\b",
  "\\b(?:stopped|ended|withdrew|withdrawn|cut|scrapped) (?:\\w+ )?(?:funding|coverage|rebates?|reimbursement|subsidies)\\b",
  "\\binsurers?\\b[^.;]{0,40}\\b(?:cover|covers|pay|pays|reimburse)\\b", "\\b(?:do|does|will|did) not (?:cover|pay for|reimburse)\\b", "\\bcovered by (?:the )?(?:state|national|public|health|insurance)\\b",
  // ("officially" with an act of recognition: not "officially became popular", "officially re-entered the mainstream")
  "\\bofficially (?:\\w+ ){0,2}?(?:recogni[sz]\\w*|approv\\w*|accept\\w*|list\\w*|regist\\w*|licen[sc]\\w*|adopt\\w*|endors\\w*|sanction\\w*|includ\\w*|regulat\\w*|classif\\w*|designat\\w*|declar\\w*|bann?\\w*|permit\\w*|allow\\w*|(?:a )?part of|integrated|certif\\w*|accredit\\w*|authori[sz]\\w*|endorsed|offered|available|covered|reimburs\\w*)\\b", "\\bofficial recognition\\b", "\\backnowledged\\b(?<!\\b(?:should|must|to) be acknowledged)(?! that\\b)", "\\bstandardi[sz]ed\\b(?! (?:mean|effect|difference|scores?|measures?|questionnaires?|protocols?|assessments?|tests?|instruments?)\\b)", "\\bsanctioned\\b", "\\bavailable (?:on|through|under|via) the\\b", "\\bprescribed by\\b", "\\bpaid for by\\b", "\\bauthori[sz]ed\\b", "\\badopted by\\b", "\\bincluded in the\\b[^.;]{0,160}\\b(?:guidelines|pharmacopoeia|register)\\b",
  "\\b(?:found|gained|won|achieved|lacks?|lacked|enjoys?) (?:\\w+ ){0,2}acceptance\\b",
  // states or authorities that license or regulate it: "several provinces license or regulate it"
  "\\b(?:states?|countries|provinces|governments?|authorities|boards?|laws?|legislat\\w+)\\b[^.;]{0,40}\\b(?:licens(?:e|es|ed|ing)|regulat(?:e|es|ed|ing)|permits?|permitted)\\b",
  // a legal status: "was banned in Ruritania in 1999", "is illegal in two states", "accepted as a medical treatment in Freedonia"
  "\\b(?:banned|outlawed|prohibited|criminali[sz]ed)\\b", "\\bbans?\\b", "\\b(?:illegal|unlawful)\\b(?! (?:drugs?|substances?|narcotics|immigrants?|migrants?|activit(?:y|ies)|weapons?|downloads?|copies))", "\\ba misdemeanou?r\\b",
  "\\baccepted as (?:an? )?(?:\\w+ )?(?:medical |standard |legitimate |mainstream )?(?:treatment|therapy|practice|medicine)\\b",
  // "the FDA cleared medicinal leeches as a medical device"; "UNESCO added it to its list of …"; "offered on the NHS";
  // "the title is not protected by law"
  "\\bcleared\\b(?= (?:[\\w-]+ ){0,4}?(?:as|for)\\b)", "\\badded\\b[^.;]{0,80}\\bto (?:its|the|their) (?:official )?(?:[\\w-]+ ){0,3}?(?:list|register|registry|schedule|formulary)\\b",
  "\\b(?:offered|available|funded|provided|prescribed) (?:\\w+ ){0,3}?(?:on|through|under) the (?:NHS|national health service)\\b",
  "\\b(?:title|profession|name|job title)\\b[^.;]{0,20}\\bnot (?:legally |statutorily )?protected\\b",
  // "is not subject to statutory regulation", "there is no national licensing requirement", "authorise physical therapists
  // to perform it"
  "\\bnot subject to (?:\\w+ )?(?:regulation|licensing|oversight|registration)\\b",
  // "Its teachers need no licence to practise"
  "\\b(?:needs?|needed|requires?|required) no (?:formal )?(?:licen[cs]e|licensing|registration|certification|accreditation|qualifications?)\\b", "\\bno (?:\\w+ )?(?:licensing|certification|registration)(?: or (?:licensing|certification|registration))? requirements?\\b",
  "\\bauthori[sz]e[sd]?\\b(?= (?:[\\w-]+ ){0,4}?to (?:perform|practi[sc]e|use|offer|provide|administer)\\b)",
  // "would not qualify for insurance subsidy"
  "\\bqualif(?:y|ies|ied) for (?:\\w+ ){0,2}?(?:insurance|subsid\\w*|rebates?|funding|reimbursement)\\b",
  // insurers' view: "it is not covered", "insurance companies consider it investigational"
  "\\b(?:is|are) not (?:\\w+ )?covered\\b", "\\b(?:insurers|insurance compan\\w+)\\b[^.;]{0,60}\\b(?:consider|deem|classify|regard)\\w* it\\b",
  // a body that licenses those who practise it: "issues licenses to practitioners", "licensing was carried out by the Ministry"
  "\\bissu(?:es|ed|ing)? licen[cs]es\\b", "\\blicen[cs](?:ing|es?) (?:is|was|are|were|will be) (?:\\w+ )?(?:carried out|done|handled|issued|granted|overseen|regulated|run) by\\b",
];
/** Words that name an official body (for the recognition facet). */
export const BODY_NOUNS: readonly string[] = [
  "academy", "association", "ministry", "agency", "administration", "society", "college", "council", "board",
  "institute", "organi[sz]ation", "department", "authority", "commission", "system", "service", "fda", "nhs",
  "who", "government", "federation", "union", "court", "committee",
];

/** Official bodies and public payers known by a short name, as written: regulators, health services, guideline
 * bodies ("NICE has never recommended it", "Medicare has declined to cover it"). */
export const BODY_SHORT_NAMES: readonly string[] = ["FDA", "NHS", "WHO", "NICE", "CDC", "EMA", "MHRA", "TGA", "NIH", "NCCIH", "FTC",
  "ASA", "AMA", "BMA", "Medicare", "Medicaid"];

/** Practitioner counts: verbs of practice near a count of people. */
export const PRACTICE_VERBS: readonly string[] = [
  "practi[sc]e", "practi[sc]es", "practi[sc]ing", "practi[sc]ed", "use", "uses", "used(?! to\\b)", "using", "utili[sz]e", "utili[sz]es", "provide", "provides",
  "offer", "offers", "perform", "performs", "administer", "administers", "trained", "registered", "employ",
  "work", "working", "licensed", "certified", "received", "receive", "undergo", "underwent", "undergone", "visit", "visited", "tried",
  // people who learned it or trained in it: "two million people have learned the method", "completing therapist training"
  "learned", "learnt", "learn", "learning", "completed", "completing", "qualified",
];

/** Protocol cues: frequency, duration, depth, dose. */
export const FREQUENCY_CUES: readonly string[] = [
  "\\bonce (?:a|per|every)\\b", "\\btwice (?:a|per|every)\\b", "\\b(?:three|four|\\d+) times (?:a|per)\\b",
  "\\bevery (?:\\w+ ){0,3}?(?:day|days|week|weeks|month|months|year|years|morning|evening|night)\\b", "\\b(?:\\w+ (?:or|to) \\w+|\\d+|up to \\w+|two|three|four|five|six) times (?:a|per|each|every|daily|weekly)\\b", "\\b(?:a|one|two|\\d+) weeks? (?:apart|intervals?)\\b",
  "\\b(?:once|twice) (?:daily|weekly|monthly|nightly|fortnightly)\\b", "\\bfortnightly\\b", "\\bevery other (?:day|week|month)\\b",
  "\\bweekly\\b", "\\bmonthly\\b", "\\bspaced\\b", "\\bintervals?\\b", "\\btouch-?ups?\\b",
];
export const DURATION_CUES: readonly string[] = ["\\btakes?\\b", "\\blast(?:s|ing)?\\b", "\\bduration\\b", "\\bfor (?:at least |about |around |up to |just |only |roughly |approximately )?(?:\\d|(?:one|two|three|four|five|six|ten|fifteen|twenty|thirty) (?:to|or) \\d|(?:an?|half an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)[\\s-]+(?:hours?|minutes?)\\b)",
  // "a standard session is 60 minutes"
  "\\b(?:is|are|runs?) (?:usually |typically |normally |generally |about |around |roughly |approximately |just )?\\d+(?:\\s*(?:-|–|to)\\s*\\d+)?\\s*(?:minutes?|mins?|hours?)\\b",
  // "A full course usually runs about 8 to 12 weeks"
  "\\b(?:runs?|ran|running) (?:for )?(?:about |around |roughly |approximately |up to |over )?(?:\\d|one|two|three|four|five|six|eight|ten|twelve)",
  // time spent on it, and how soon it is over: "Spend three to five minutes brushing", "It's over in two to three
  // minutes", "Beginners shouldn't stay in longer than a quarter of an hour", "Half an hour every morning is enough"
  "\\bspend(?:s|ing)? (?:about |around |roughly |up to |at least |no more than )?(?:\\d|one|two|three|four|five|ten|fifteen|twenty|thirty|half an|an)",
  "\\b(?:is|it['’]s|are|it is) (?:all )?over (?:with )?in (?:about |around |roughly |just |under )?(?:\\d|one|two|three|four|five|ten|fifteen|twenty|thirty|half an|an)",
  "\\bstay (?:in|inside|on) (?:for )?(?:longer than|more than|no longer than|up to|about|around|at least|for)\\b",
  "^(?:about |around |roughly |just |only )?(?:half an hour|an hour|a quarter of an hour|\\d+(?:\\s*(?:-|–|to)\\s*\\d+)? (?:minutes|mins)|(?:ten|fifteen|twenty|thirty|forty|forty-five|sixty) minutes) (?:a|per|each|every)\\b",
  // a course told by its length: "the full twelve-week programme", "a 6-week course"
  "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ](?:week|month|day)s? (?:[\\w-]+ )?(?:programmes?|programs?|courses?|plans?|protocols?|cures?|regimens?|blocks?)\\b",
  // a question of length answered: "How long is a session with you: Usually an hour" (answers.ts reads the two as one)
  "\\bhow long (?:is|are|does|do|will|would) (?:a |an |the |each |one |your )?(?:\\w+ )?(?:sessions?|treatments?|appointments?|visits?|courses?|class(?:es)?)\\b",
  // "2 to 3 sessions a week, each around 45 to 60 minutes"
  ",\\s*each (?:lasting |one )?(?:about |around |approximately |roughly |up to |between )?\\d+(?:\\s*(?:-|–|to|and)\\s*\\d+)?\\s*(?:minutes?|mins?|hours?)\\b",
  // "ten sessions of 60 to 90 minutes each"
  "\\b(?:sessions?|treatments?|visits?|appointments?) of (?:about |around |approximately |roughly |up to |between )?\\d+(?:\\s*(?:-|–|to|and)\\s*\\d+)?\\s*(?:minutes?|mins?|hours?)\\b",
  // a session told by its length: "90-minute sessions", "an hourlong class"
  "-(?:minute|hour)s? (?:[\\w-]+ ){0,2}?(?:sessions?|treatments?|appointments?|events?|class(?:es)?|visits?|baths?|massages?|soaks?|infusions?|drips?|stimulations?|exposures?|applications?|rounds?|cycles?|bursts?|routines?|exercises?|workouts?|practices?|programmes?|sequences?)\\b",
  "\\bhour-?long\\b", "\\bhalf-hour (?:[\\w-]+ ){0,2}?(?:sessions?|treatments?|appointments?|events?|class(?:es)?|visits?)\\b",
  // "infused over 3 to 4 hours"
  "\\bover (?:a period of |the course of )?(?:about |around |roughly )?(?:\\d|(?:one|two|three|four|five|six|half an|an) (?:to |or )?)"];
export const DEPTH_CUES: readonly string[] = ["\\bdepth\\b", "\\bdeep\\b", "\\bneedles?\\b", "\\bpenetrat\\w*\\b", "\\blong\\b", "\\bsuperficial\\b"];
export const DOSE_CUES: readonly string[] = [
  // a dose told with a verb of giving or taking it: "Pour roughly 240 ml of the saline solution", "A typical push
  // contains 600 mg", "Use one or two sprays", "100 to 200 ml of blood is drawn"
  "\\b(?:pour|pours|take|takes|taking|drink|drinks|swallow|use|uses|apply|applies|add|adds|mix|inject|injects|give|gives|spray|place|put|dissolve|contains?|administer(?:ed|s)?)\\s+(?:\\w+\\s+){0,2}?\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|or)\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:ml|mg|g|mcg|µg|drops?|capsules?|tablets?|sprays?|puffs?|pills?|teaspoons?|tablespoons?|glass(?:es)?|ppm)\\b",
  // (told in words: "Dissolve half a teaspoon of salt", "drink six to eight glasses a day", "Put two or three drops")
  "\\b(?:pour|take|drink|swallow|use|apply|add|mix|give|spray|place|put|dissolve|sip)\\s+(?:\\w+\\s+){0,2}?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:to|or|-)\\s+)?(?:half a|a quarter of a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a)\\s+(?:teaspoons?|tablespoons?|glass(?:es)?|drops?|sprays?|capsules?|tablets?)\\b",
  "\\bconcentrations? of (?:at least |about |around |up to |over )?\\d",
  "\\b\\d+(?:\\s*(?:-|–|to)\\s*\\d+)?\\s*(?:ml|mg|g|l|litres?|liters?)\\b[^.;]{0,30}\\b(?:is|are|gets?) (?:\\w+ )?(?:drawn|taken|removed|collected|infused|injected|given|administered|used)\\b","\\b\\d+(?:\\s*(?:-|–|to|or)\\s*\\d+)? drops\\b", "\\bdose\\b", "\\bdosage\\b", "\\bquantity\\b", "\\bamount\\b", "\\binject(?:ed|s|ing)?\\b", "\\binjections? of\\b", "\\bconcentrations?\\b", "\\bhumidity\\b"];
export const SESSION_CUES: readonly string[] = ["\\bseries of\\b", "\\bsessions?\\b", "\\btreatments\\b", "\\bvisits\\b", "\\bcycle\\b", "\\bcourse of\\b"];

/** Safety: side effects, pain, risk. Pro = it is safe / mild; con = harms named. */
/** A worry removed: "this obviates worries about infection", "eliminates the risk of burns" (safety, pro; not a
 * benefit of the treatment). */
export const WORRY_REMOVED = "\\b(?:obviat|remov|eliminat|avoid|minimi[sz]|lower)\\w* (?:\\w+ ){0,2}?(?:worries|concerns?|risks?|fears?|dangers?) (?:about|of|over)\\b";

/** Advice against having it: a risk for those named (safety, con), when it is the subject that is advised against
 * ("Aspirin should not be used in pregnancy" warns of something else). */
export const ADVISED_AGAINST_CUES: readonly string[] = [
  "\\b(?:should|must)(?: not|n['’]t| never) (?:\\w+ )?(?:undergo|receive|have|try|use)\\b",
  "\\b(?:should|must)(?: not|n['’]t) be (?:used|given|performed|done|applied|practi[sc]ed|administered) (?:on|in|for|by|during|if|when|with)\\b",
  "\\bnot (?:\\w+ )?(?:recommended|advised|advisable) (?:for|in|during|if)\\b",
  // "may not be appropriate for recovering alcoholics", "is not safe during pregnancy"
  "\\bnot (?:be )?(?:\\w+ )?(?:appropriate|safe|ideal|wise) (?:for|in|during|if|while)\\b(?! (?:(?:the|a|an|any)\\s+)?(?:treatments?|therap(?:y|ies)|procedures?|sessions?|it)\\b)",
  // "Nobody with kidney disease should be hooked up to a drip", "No one under 18 should use it"
  "\\b(?:nobody|no one|no-one)\\b(?: (?:with|who|under|on|taking|over)\\b[^.;]{0,60})?\\s(?:should|must|ought to)\\b",
  // "kidney patients are warned off it", "told to keep away from it"
  "\\b(?:are|is|were|was|get|gets|been) (?:\\w+ )?(?:warned|steered|told to (?:keep|stay)) (?:off|away from|clear of) (?:it|them|this|these|the)\\b",
  // "People with open wounds … are advised not to float", "are warned against it"
  "\\b(?:are|is) (?:\\w+ )?(?:advised|told|warned|asked|urged|cautioned) (?:not to|against)\\b",
  // "Pregnant women should avoid it", "People with epilepsy must stay away from it", "you should avoid the treatment"
  // (not "you should avoid caffeine afterwards": aftercare, not who should not have it)
  "\\b(?:should|must) (?:\\w+ )?(?:avoid|stay away from|steer clear of) (?:it|them|this|these|the (?:[\\w-]+ )?(?:treatments?|therap(?:y|ies)|procedures?|practice|technique|method|sessions?))\\b",
  "\\b(?:pregnant (?:women|mothers)|(?:people|patients|anyone|those|children|women|men|individuals)(?: who (?:are|have) [\\w -]{3,30}?| with [\\w -]{3,30}?)?) (?:should|must) (?:\\w+ )?(?:avoid|stay away from|steer clear of)\\b",
  // "Practitioners advise against applying it during pregnancy", "Some manufacturers advise against using the pads …"
  "\\b(?:advise[sd]?|advising|recommend(?:s|ed)?|warn(?:s|ed)?|caution(?:s|ed)?) against (?:using|applying|having|taking|trying|doing|undergoing|receiving|giving)\\b",
  // "it is not a good idea for people with asthma", "a bad idea for anyone with a pacemaker"
  "\\b(?:not (?:a )?(?:good|great|wise) idea|a bad idea|best avoided|off-limits|off limits) (?:for|if|during|in) (?:\\w+ )?(?:people|anyone|those|patients|pregnant|children|women|men|individuals|you|someone|babies|the elderly|older)\\b",
  // "We don't offer it to anyone under 16", "not given to children under 12", "won't treat pregnant women"
  "\\b(?:do not|don['’]t|will not|won['’]t|cannot|can['’]t|never|not|are unable to|is unable to) (?:\\w+ )?(?:offer|give|treat|provide|administer|perform|recommend|accept|admit|book|see|take on)\\b[^.;]{0,40}\\b(?:anyone|people|patients|clients|guests|customers|children|women|men|those|individuals) (?:under|over|younger than|older than|aged|with|who are|who have|on)\\b",
  // "Patients on blood thinners are not candidates for it", "make poor candidates for the procedure"
  "\\b(?:not|poor|unsuitable|bad) (?:good |suitable |ideal |appropriate |suitable )?candidates? for\\b",
  // "Patients with heart conditions should consult their doctor before trying it"
  "\\b(?:should|must) (?:first |always )?(?:consult|check with|talk to|speak to|speak with|ask) (?:their|your|a|the) (?:own )?(?:doctor|physician|GP|healthcare provider|health care provider|midwife|cardiologist|specialist)\\b[^.;]{0,40}\\bbefore\\b",
];
/** Words that warn people off something: with people named by a complaint ("anyone with glaucoma"), who should not
 * have it (safety, con): "is inadvisable for anyone with glaucoma", "people with gout must abstain from it". */
export const WARNED_OFF_CUES: readonly string[] = [
  "\\b(?:should|must|ought(?: to)?|need|may|can)(?: not|n['’]t| never)\\b", "\\bcannot\\b",
  "\\b(?:inadvisable|unadvisable|unwise|unsuitable|inappropriate|off-limits|contra-?indicated|forbidden|prohibited|barred)\\b",
  // unwise or harmful for them: "imprudent for anyone recovering from …", "deleterious for people with …"
  "\\b(?:imprudent|injudicious|ill-advised|ill-judged|harmful|detrimental|deleterious|injurious|hazardous|dangerous|unsafe|risky|perilous) (?:for|to)\\b",
  "\\bnot (?:\\w+ )?(?:suitable|advisable|recommended|appropriate|safe|advised|allowed|permitted)\\b",
  "\\b(?:should|must|ought to|need to|have to|(?:are|is) (?:\\w+ )?(?:told|advised|asked|urged|warned|instructed|encouraged) to)\\s+(?:\\w+\\s+)?(?:avoid|shun|eschew|refrain|abstain|forgo|forego|skip|steer clear|stay away|keep away|stay clear|keep clear|give up|pass up|do without)\\b",
];
/** Stems of words of fitness or safety that a negating prefix ("un", "in", "ir", "im", "il") turns into a warning:
 * "unsuited", "inadvisable", "irresponsible", "impermissible" (for people of some state). */
export const FITNESS_STEMS: readonly string[] = ["suit", "advis", "responsib", "permiss", "safe", "wise", "prudent", "appropriat",
  "accept", "recommend", "allow", "sound", "healthy"];
export const NEGATING_PREFIXES: readonly string[] = ["un", "in", "ir", "im", "il"];

/** Who should not have it: a risk for them (safety, con). */
export const CONTRAINDICATION_CUES: readonly string[] = ["\\bcontra-?indicat\\w*\\b", ...ADVISED_AGAINST_CUES,
  // "Should be avoided by those with recent joint replacements"
  "\\b(?:should|must|needs? to|has to|have to|is to|are to|is best|are best) be avoided (?:by|in|during|if|when|for|with)\\b",
  // a warning to the reader: "DO NOT use during pregnancy", "Avoid it if you have a fever"
  "^(?:warning:?\\s*|caution:?\\s*|important:?\\s*|note:?\\s*|and\\s+)?(?:do not|don['’]t|never|avoid|skip)\\s+(?:use|using|apply|applying|try|trying|do|doing|have|having|undergo|give|giving|it|them|this)\\b[^.;]{0,60}\\b(?:during|if|when|while|on|with|without|before|after|in case of|pregnan\\w*|to (?:children|babies|infants|kids|pets|anyone|people))\\b",
  // "check with your GP first if you take blood thinners"
  "^(?:and\\s+|please\\s+)?(?:check|consult|talk|speak)\\s+(?:with\\s+|to\\s+)?(?:your|a)\\s+(?:GP|doctor|physician|pharmacist|midwife|dermatologist|specialist|healthcare provider|health care provider)\\b(?:\\s+first)?\\s+(?:before|if you (?:take|are taking|are pregnant|are breastfeeding|suffer|have (?:a |an |any )?(?!(?:questions?|queries|concerns?|doubts?)\\b)\\w+))\\b",
  // "Avoid the wraps if you are pregnant": the treatment named between
  "^(?:warning:?\\s*|caution:?\\s*)?(?:do not (?:use|try|have)|don['’]t (?:use|try|have)|never (?:use|try|have)|avoid|skip)\\s+(?:[\\w-]+\\s+){1,4}?(?:if|when|while|during)\\s+(?:you|pregnan\\w*|breastfeed\\w*)"];

/** "It is a gentle, non-invasive treatment", "non-invasive and painless": said of it, a reassurance (not "new
 * non-invasive wearables promise …", a kind of device named). */
// (the match starts at the word itself, as the plain cue's did: the lookbehind after it is read only there)
export const NON_INVASIVE_SAID = "\\bnon-?invasive(?:(?:,| and| or)|\\b(?<=\\b(?:is|are|was|were|it['’]s|being|as) (?:a |an |completely |totally |entirely |fully )?(?:[\\w-]+,? ){0,2}?non-?invasive))";

/** A harm that befell someone after or during it: "died in 2015 after using a chamber", "have drowned after blacking out",
 * "were diagnosed with HIV after having the facials", "fainted during the session" (told of a named person too: what
 * befell them came of the treatment, not of their life). Read by its own test (classify.ts, stance.ts), not in the cue
 * lists: grouped by first letter, its long tail would be copied under each of its verbs' letters. */
export const HARM_AFTER_IT = "\\b(?:died|drowned|fainted|collapsed|passed out|blacked out|stopped breathing|went into (?:shock|cardiac arrest|anaphyla\\w*)|(?:were|was) (?:later )?(?:hospitali[sz]ed|admitted to hospital|diagnosed with|rushed to hospital|taken to hospital)|ended up in (?:hospital|intensive care|the emergency room|A&E|the ER))\\b[^.;]{0,80}?\\b(?:after|during|following|while)\\s+(?:(?:having|using|taking|receiving|undergoing|trying|doing|getting|a|an|the|their|his|her|my|one|two|a single|several|repeated)\\b|[\\w-]+ing\\b)";
/** Harms told by their course rather than by name: a strain put on an organ ("puts a sudden strain on the heart"),
 * feeling worse before better and a healing crisis ("Some feel worse for a day before they feel better"). */
export const HARM_COURSE_CUES: readonly string[] = [
  // "Hypothermia is the main hazard", "Infection is one of the biggest risks"
  "\\b(?:is|are|was|were|remains?)\\s+(?:the|a|one of the)\\s+(?:main|chief|biggest|greatest|major|most (?:common|serious|frequent)|commonest|principal|real)\\s+(?:hazards?|dangers?|risks?|concerns?|side[- ]effects?|complications?)\\b",
  // harms it leaves people with: "leaving some users with deep wounds and disfiguring scars"
  "\\b(?:leaving|leaves|left|leave)\\s+(?:[\\w-]+\\s+){0,3}?with\\s+(?:[\\w-]+\\s+){0,3}?(?:wounds|scars|scarring|burns|bruises|blisters|infections?|injur(?:y|ies)|damage|ulcers|lesions|sores)\\b",
  // "received reports of seizures in infants", "reports of burns"
  "\\breports? of (?:[\\w-]+ ){0,3}?(?:seizures?|deaths?|injur(?:y|ies)|infections?|burns?|poisonings?|complications?|side[- ]effects|adverse (?:events|effects|reactions)|allergic reactions?|harm)\\b",
  // a harm done to the body by a verb: "the steam can scald delicate tissue", "can destroy red blood cells", "the salt will sting"
  "\\b(?:will|can|could|may|might|would|is known to|are known to)\\s+(?:also |even |easily |sometimes |occasionally )?(?:scald|burn|destroy|damage|thin|erode|strip|eat away)\\s+(?:the |your |their |his |her |its |some |healthy |delicate |sensitive )?(?:[\\w-]+ ){0,2}?(?:tissues?|cells|skin|enamel|lining|membranes?|nerves?|hair|nails|teeth|gums|eyes?|ears?)\\b",
  "\\b(?:will|can|may|might|could|would|usually|often|tends? to|does|do)\\s+(?:\\w+\\s+)?sting\\b(?! (?:relief|operations?)\\b)", "\\bstings? for (?:the first|a few|several|up to|about|a (?:minute|moment|while|second))\\b",
  "\\b(?:puts?|putting|places?|placing|imposes?|imposing) (?:\\w+ ){0,3}?(?:strain|burden|load) on (?:the |your |our |their )?(?:liver|kidneys?|heart|cardiovascular system|circulation|lungs?|joints?|spine|back|organs?|body)\\b",
  "\\b(?:feel|feels|felt|feeling|get|gets|got|getting|seem|seems|become|becomes)\\s+(?:\\w+\\s+){0,4}?worse\\b[^.;]{0,40}\\bbefore (?:\\w+\\s+){0,3}?(?:better|improv\\w*)\\b",
  "\\bhealing (?:crisis|crises|reactions?)\\b", "\\b(?:temporary|initial|brief|short-lived|transient) (?:worsening|flare-?ups?|aggravation) (?:of|in) (?:the |your |their )?(?:symptoms|condition|pain)\\b",
];
/** A harm to an organ: "can be damaging for the kidneys", "is hard on the liver" (a warning, whatever benefit the
 * clause names besides). */
export const ORGAN_HARM = "\\b(?:damaging|harmful|toxic|dangerous|hard|harsh|taxing|tough) (?:for|to|on) (?:the |your |our |their )?(?:liver|kidneys?|heart|skin|brain|lungs?|organs?|teeth|gums|nerves?|stomach|gut|eyes?)\\b";

// a harm word that names what the treatment acts against, after a verb of removing, fighting or shielding ("removes
// harmful toxins", "targets the most harmful free radicals", "protects against dangerous UV rays"), unless it is said
// of something ("… but can be harmful", "harmful to the kidneys")
// (a verb, a few words before: not the noun "cleanse", nor across "… but can be harmful")
const notAttacked = (word: string) => "(?:(?<!\\b(?:remov|eliminat|neutrali[sz]|kill|destroy|flush|fight|combat|target|protect|shield|guard|block|draw|pull|clear|detoxif|expel|rid|attack|counteract|absorb|bind|filter)\\w*"
  + "(?:\\s+(?!(?:be|is|are|was|were|been|being|can|could|may|might|will|would|have|has|had|but|and|or|yet)\\b)[\\w'’-]+){0,3}\\s+" + word + ")|(?=\\s+(?:to|for|if|when|in|and|or|unless|because)\\b|\\s*[,.;:!?)]|\\s*$))";
/** No interaction, no harmful emission, no harm it can do: "can be taken alongside other medicines", "does not emit UV
 * light and will not tan or burn the skin" (a safety claim, pro). */
export const HARMLESS_CUES: readonly string[] = [
  // "Lessons carry little risk"
  "\\b(?:carr(?:y|ies)|pose[sd]?|involves?) (?:very )?(?:little|no|minimal|low|negligible) (?:\\w+ )?risks?\\b",
  "\\b(?:can|may) (?:safely |usually |generally )?be (?:taken|used|combined|given) (?:safely )?(?:alongside|with|together with|in combination with|at the same time as) (?:(?:other|your|any|most|regular|prescription|conventional) )*(?:medicines|medications|drugs|treatments?)\\b",
  "\\b(?:does not|doesn['’]t|do not|don['’]t|will not|won['’]t|cannot|can['’]t) (?:emit|produce|give off|release) (?:any |harmful )?(?:UV|ultraviolet|radiation|x-rays|ionizing|ionising)\\b",
  "\\b(?:will not|won['’]t|does not|doesn['’]t|do not|don['’]t|cannot|can['’]t) (?:tan|burn|scar|damage|harm|hurt|injure)(?: or (?:tan|burn|scar|damage|harm|hurt|injure))? (?:the |your )?(?:skin|eyes|tissues?|body)\\b", "\\bwithout (?:\\w+ ){0,2}?(?:side effects|risks?|complications)\\b",
];

/** Precautions told to the reader: "Do not stare directly into the LEDs", "protective eyewear should be worn during every
 * session", "they are not a substitute for seeing your doctor". */
export const PRECAUTION_CUES: readonly string[] = [
  // "Pregnant women should consult their doctor first"
  "\\b(?:should|must|need to|are advised to|is advised to) (?:first |always )?(?:consult|check with|talk to|speak to|speak with|see) (?:their|your|his|her|a) (?:own )?(?:doctor|gp|physician|midwife|consultant|specialist)\\b",
  // "Stop ginkgo two days before any surgery", "stop taking it a week before an operation"
  "\\b(?:stop|discontinue|pause|come off) (?:taking |using )?(?:[\\w-]+ ){0,3}?(?:(?:at least |about )?(?:\\w+ ){1,2}(?:days?|weeks?|hours?) )?before (?:any |your |an |a |the )?(?:planned |scheduled |elective )?(?:surgery|operation|procedure|dental (?:work|surgery|treatment)|anaesthe\\w*|anesthe\\w*)\\b",
  "\\b(?:do not|don['’]t|never|avoid) (?:look|looking|stare|staring|gaze|gazing) (?:directly )?(?:at|into)\\b",
  "\\b(?:protective|safety) (?:eyewear|goggles|glasses|gloves|eye ?shields?)\\b[^.;]{0,60}\\b(?:should|must|needs? to|has to|have to) be worn\\b", "\\b(?:wear|use) (?:the )?(?:protective|safety) (?:eyewear|goggles|glasses|eye ?shields?)\\b",
  "\\bnot (?:a|an) (?:substitute|replacement|alternative) for (?:seeing |consulting |visiting )?(?:your |a |an )?(?:doctor|GP|physician|medical (?:care|advice|attention|treatment)|conventional (?:treatment|medicine|care)|professional (?:medical )?(?:care|advice))\\b",
];

/** Reassurance told by what it is not or what it is gentle enough for: "gentle enough for elderly people", "feel nothing
 * more than a gentle stretch", "nothing invasive about it", "non-habit-forming". */
export const GENTLE_CUES: readonly string[] = [
  "\\bgentle enough (?:for|to)\\b", "\\b(?:feel|feels|felt|notice|experience|experiences) (?:\\w+ )?nothing (?:more|worse|stronger) than\\b",
  "\\bnothing (?:invasive|harmful|dangerous|risky|unsafe)\\b", "\\b(?:non|not)[- ]habit[- ]forming\\b",
];
/** Back to everyday life at once: "Patients can return to work immediately", "no recovery time" (a reassurance). */
export const NO_RECOVERY_CUES: readonly string[] = [
  "\\b(?:can|may|could|will|are able to|is able to) (?:usually |normally |generally |typically |then )?(?:return|go back|get back|head back) to (?:work|normal (?:daily )?activities|(?:their|your|his|her) (?:normal |usual |daily |everyday )?(?:routine|activities|day|lives|life|work))\\b[^.;]{0,20}?\\b(?:immediately|straight away|right away|at once|the same day|straight afterwards|right afterwards)\\b",
  "\\bno (?:recovery|healing) (?:time|period)\\b",
];
export const SAFETY_CUES: readonly string[] = [
  ...NO_RECOVERY_CUES, ...GENTLE_CUES,
  ORGAN_HARM, ...PRECAUTION_CUES, ...HARMLESS_CUES,
  // who should not have it: "is contraindicated in pregnancy", "people on blood thinners shouldn't undergo it"
  ...CONTRAINDICATION_CUES,
  "\\bon (?:people|patients|anyone|children|adults) of all ages\\b",
  // laid low by it: "I may be laid up for a day or so after each session"
  "\\b(?:laid up|bedridden|bed-ridden|out of action|knocked out)\\b(?=[^.;]{0,40}\\b(?:after|following|afterwards)\\b)",
  "\\bnot (?:\\w+ )?suitable\\b",
  "\\bdelay(?:s|ed|ing)? (?:\\w+ ){0,3}?(?:proper|effective|medical|appropriate|conventional|standard|necessary|proven) (?:medical )?(?:treatment|care|diagnosis)\\b",
  "\\bside[- ]effects?\\b", "\\bill[- ]effects?\\b", "\\b(?<!relative )risks?\\b(?! (?:of|for) bias| ratio)", "\\brisky\\b", "\\bsafe(?:ty|ly)?\\b", "\\bunsafe\\b", "\\bpain(?:less|ful)\\b(?! (?:shoulders?|knees?|joints?|backs?|periods|conditions?|feet|foot|necks?|hips?|muscles?|tendons?|ligaments?|parts?|areas?|spots?|regions?|sites?))", "\\b(?:no|little|minimal|mild|some|slight|without) pain\\b", "\\bdiscomfort\\b",
  "\\bbruis\\w*\\b", "\\bswelling\\b", "\\brisk of infection\\b", "\\bcomplications?\\b", "\\badverse\\b", "\\ballergic\\b",
  "\\bdown ?time\\b", "\\btraumatic\\b", "\\bconcerns? include\\b", `\\bdanger\\w*\\b${notAttacked("danger\\w*")}`, `\\bharm(?:s|ed|ful|less|ing)?\\b${notAttacked("harm\\w*")}(?! (?:[\\w-]+ )?(?:bacteria|germs|microbes|microorganisms|viruses|fungi|pathogens|parasites|mites|lice|mou?ld|yeasts?|candida|(?:cancer|tumou?r) cells)\\b)`, "\\b(?:cyto)?toxic\\w*\\b",
  "\\bsuitable for\\b[^.;]{0,30}\\b(?:babies|children|ages|everyone|pregnan\\w*|elderly|infants)\\b",
  "\\bwell[- ]tolerated\\b", NON_INVASIVE_SAID, "\\bmarks\\b", "\\bscarring\\b", "\\bnecrosis\\b", "\\bdrug interactions?\\b",
];
export const SAFETY_CON_CUES: readonly string[] = [
  ORGAN_HARM, ...PRECAUTION_CUES,
  ...CONTRAINDICATION_CUES,
  // putting off care that works: "patients may delay proper medical treatment"
  "\\bdelay(?:s|ed|ing)? (?:\\w+ ){0,3}?(?:proper|effective|medical|appropriate|conventional|standard|necessary|proven) (?:medical )?(?:treatment|care|diagnosis)\\b",
  "\\b(?:can|may|could|might) (?:also )?(?:worsen|aggravate|exacerbate|lead to)\\b", "\\blife-threatening\\b",
  "\\bconcerns? include\\b", "\\brisks? (?:include|of)\\b", "\\bcomplications? (?:include|such as)\\b", "\\bcan cause\\b", "\\b(?:could|might) cause\\b",
  // (not what it is said to remove, fight or shield from: notAttacked)
  "\\bmay cause\\b", "\\bcaused\\b", "\\bunsafe\\b", `\\bdangerous\\b${notAttacked("dangerous")}`, `\\bharmful\\b${notAttacked("harmful")}(?! (?:[\\w-]+ )?(?:bacteria|germs|microbes|microorganisms|viruses|fungi|pathogens|parasites|mites|lice|mou?ld|yeasts?|candida|(?:cancer|tumou?r) cells)\\b)`, "\\badverse (?:events|effects|reactions)\\b",
  "\\breported (?:cases|infections|complications)\\b", "\\bside effects include\\b",
  "\\b(?:have|has) been (?:reported|described|documented)\\b",
  ...HARM_COURSE_CUES,
  "\\brisky\\b", "\\b(?:carries|carry|carried|poses?|posed) (?:\\w+ )?(?:risks?|dangers?|hazards?)\\b", "\\bpainful\\b", "\\buncomfortable\\b", "\\bhurts?\\b", "\\binterfere(?:s|d)? with\\b",
];
// how a harm leaves someone or a part of them: "dizzy", "sore", "dehydrated" (after "feel", "get", "leave you", "make it")
const HARM_STATES = "washed[- ]out|drained|wiped out|dizzy|nauseous|nauseated|light-?headed|faint|sick|unwell|drowsy|groggy|queasy|achy|woozy|shaky|"
  + "feverish|sore|blurred|blurry|swollen|irritated|inflamed|numb|bruised|itchy|tingly|tender|stiff|dehydrated|exhausted|tearful|jittery|"
  + "sunburnt|sunburned|blistered|raw";
/** Left by it in a state of harm: "can leave you dehydrated", "may leave the treated muscle tender", "can make your skin
 * sore" (a harm told of what it does, whatever it treats besides). Read by its own test, as HARM_AFTER_IT is. */
export const LEFT_IN_HARM_STATE = `\\b(?:leave|leaves|left|leaving|make|makes|made|making|render|renders|rendered)\\s+(?:you|people|them|him|her|patients|clients|users|(?:the|your|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+(?:feeling\\s+|feel\\s+)?(?:a bit |a little |slightly |very |quite |somewhat |rather |temporarily )?(?:${HARM_STATES})\\b`;
/** Harms by name: a safety claim (con) unless the clause is about treating them ("can benefit those suffering
 * from … infections"): "infections of the ear cartilage have been reported", "the needles occasionally cause
 * infections". */
export const SAFETY_HARM_CUES: readonly string[] = [
  // "highlights the hazards of it", "the dangers of it"
  "\\b(?:dangers|hazards|perils) of\\b",
  // "can cause a tingly and dizzy feeling", "leaves you light-headed"
  "\\b(?:cause|causes|caused|causing|give|gives|leave|leaves|make|makes)\\s+(?:you\\s+)?(?:feel\\s+)?(?:an?\\s+)?(?:[\\w-]+\\s+(?:and\\s+)?){0,2}?(?:tingly|tingling|dizzy|dizziness|light-?headed|nauseous|nauseated|faint|woozy|queasy|shaky|numb)(?:\\s+(?:feeling|sensation)s?)?\\b",
  "\\binfections?\\b", "\\binjur(?:y|ies)\\b",
  // ("injured" naming what is treated is no harm: "into the injured area", "help injured tendons heal")
  "\\binjured\\b(?! (?:[\\w-]+ )?(?:area|site|region|part|tissues?|tendons?|ligaments?|joints?|muscles?|limbs?|knees?|ankles?|backs?|shoulders?|elbows?|wrists?|hips?|necks?|feet|foot|hands?|skin|nerves?|athletes?|players?|patients?|people|workers|soldiers|animals?|horses?)\\b)", "\\bburns\\b(?! (?:off |up to |over |about |more than )?(?:[\\d,]+ )?(?:the )?(?:fat|calories))",
  // (not "kills germs": killing germs is what it is said to do)
  "\\bkill(?:s|ed|ing)?\\b(?! (?:off )?(?:[\\w-]+ ){0,2}?(?:bacteria|germs|microbes|microorganisms|viruses|fungi|pathogens|parasites|mites|lice|mou?ld|yeasts?|candida|(?:cancer|tumou?r) cells)\\b)", "\\b(?:can|may|could|might) (?:also )?(?:worsen|aggravate|exacerbate)\\b", "\\blife-threatening\\b", "\\bblisters?\\b", "\\bfrostbite\\b", "\\brash(?:es)?\\b", "\\bhives\\b", "\\boverheating\\b", "\\bdehydration\\b", "\\bperforat\\w*\\b", "\\bsoreness\\b", "\\bdizziness\\b", "\\bblood clots?\\b",
  // a complaint it may bring on, even one it is also said to treat: "may cause headaches", "could make low mood worse"
  "\\b(?:can|may|could|might) (?:also |sometimes |occasionally |even )?(?:cause|trigger|induce|provoke|bring on) (?!(?:\\w+ )?(?:relief|improvements?|healing|reductions?|benefits?)\\b)(?:[\\w-]+ ){0,2}?(?:headaches?|migraines?|anxiety|insomnia|depression|pain|fatigue|tiredness|nausea|dizziness|symptoms|problems|reactions?|suffocation|hypoxia|asphyxia\\w*|fractures?|strokes?|seizures?|frostbite|damage|[a-z]{3,}(?:itis|osis|aemia|emia|pathy|algia))\\b", "\\b(?:can|may|could|might) make (?:[\\w-]+ ){1,3}worse\\b", "\\bpins and needles\\b", "\\bredness\\b", "\\bitch(?:ing|iness|y)\\b", "\\birritation\\b", "\\bnumbness\\b", "\\bulcers?\\b", "\\btenderness\\b",
  // injuries a procedure can do: "a punctured lung", "nerve damage", "was hospitalised"
  "\\b(?:collapsed|punctured)(?: an?| the)? lungs?\\b", "\\bpneumothora\\w*\\b", "\\b(?:nerve|organ|tissue|liver|kidney|brain|eye|retinal|skin|hearing|cartilage|dental|gum) damage\\b", "\\bhospitali[sz]\\w*\\b",
  // a harm it does, told with a verb: "it will hurt you", "can burn the skin"
  "\\b(?:will|can|could|may|might|would) (?:also |even |easily |seriously )?(?:harm|hurt|injure|burn|damage|scald) (?:you|the|your|them|people|patients|skin|him|her)\\b",
  // ("can irritate the airways", "may strain the heart", "could dry out the skin": a verb of harm on a part of the body)
  "\\b(?:will|can|could|may|might|would|is known to|are known to)\\s+(?:also |even |easily |seriously |sometimes |occasionally )?(?:irritate|inflame|dry out|strain|tear|rupture|puncture|perforate|bruise|blister|scar|sting|weaken|overload)\\s+(?:the |your |their |his |her |its |a |an )(?:[\\w-]+ ){0,2}?(?:skin|eyes?|ears?|ear ?drums?|airways?|lungs?|throat|nose|nasal passages?|sinuses|mouth|gums|teeth|enamel|stomach|gut|bowels?|colon|intestines?|liver|kidneys?|heart|blood vessels?|veins?|arteries|nerves?|muscles?|tendons?|ligaments?|joints?|bones?|tissues?|membranes?|lining|scalp|immune system|digestive system|organs?)\\b",
  // how someone may feel after it: "report feeling dizzy", "may feel light-headed", "some get a little queasy"
  `\\b(?:feel|feels|felt|feeling|become|becomes|became|get|gets|got|getting)\\s+(?:a bit |a little |slightly |very |quite |somewhat |rather |temporarily )?(?:(?:washed[- ]out|drained|wiped out|tired|weak|[\\w-]+) (?:and|or) )?(?:${HARM_STATES})\\b`,
  // "Some users may feel a mild tingling in the feet"
  "\\b(?:feel|feels|felt|notice|notices|noticed|experience|experiences|experienced)\\s+(?:a|some)\\s+(?:mild |slight |light |brief |temporary |strong )?(?:tingling|burning|stinging|pricking|prickling|throbbing|aching|pulling)\\b",
  // marks it leaves: "often leaves red or purple dots", "can leave bruises"
  "\\bleaves?\\s+(?:behind\\s+)?(?:[\\w-]+\\s+){0,3}?(?:marks|bruises|bruising|dots|welts|blotches|scars|scarring|redness|discolou?ration|spots)\\b",
  // "intensive practice has been linked to psychological disturbances"
  "\\b(?:linked|associated|tied) (?:to|with) (?:\\w+ ){0,4}?(?:psychological disturbances?|psychosis|psychotic episodes|disturbances?|injur(?:y|ies)|complications?|infections?|side[- ]effects|adverse (?:events|effects)|deaths?|harm|strokes?|dissections?|seizures?|perforations?|burns)\\b",
  // a harm it has done: "dirty rollers have caused infected punctures", "has occasionally triggered bronchospasm"
  "\\b(?:has|have|had)\\s+(?:\\w+ly\\s+|(?:also|even|sometimes)\\s+)?(?:caused|triggered|induced|provoked|led to|resulted in)\\b(?! (?:[\\w-]+ ){0,2}?(?:improvements?|relief|healing|reductions?|benefits?|recovery)\\b)",
  // harms people report after it: "Some users report headaches or eye strain during their first few weeks"
  "\\b(?:report|reports|reported|experience|experiences|experienced|develop|develops|developed|get|gets|got)\\s+(?:mild |temporary |occasional |some |the odd )?(?:headaches?|eye ?strain|nausea|dizziness|fatigue|tiredness|soreness|bruising|rash(?:es)?|itching|cramps?|bloating|diarrh(?:o)?ea|insomnia|palpitations)\\b(?:\\s+or\\s+[\\w ]{2,20}?)?[^.;]{0,30}\\b(?:during|after|afterwards|following|in (?:the|their) first)\\b",
  // "can cause permanent damage"; "can interfere with how the body absorbs some medicines"
  "\\b(?:can|may|could|might|will) (?:also )?cause (?:permanent |lasting |irreversible |serious |severe |long-term )?(?:damage|harm|injury|injuries|complications)\\b",
  "\\binterfere(?:s|d)? with\\b[^.;]{0,40}\\b(?:medications?|medicines?|drugs?|antibiotics|pacemakers?|treatments?)\\b",
  // "may interact with blood thinners"
  "\\binteract(?:s|ed|ing)? (?:badly |adversely |dangerously |negatively )?with (?:\\w+ ){0,2}?(?:medications?|medicines?|drugs?|blood[- ]thinners?|anticoagulants?|prescriptions?)\\b",
  ...HARM_COURSE_CUES, "\\blight-?headedness\\b",
  "\\bnausea\\b", "\\bfainting\\b", "\\bbleeding\\b", "\\btoxic (?:substances?|doses?|levels?|effects?|reactions?)\\b", "\\bpoison\\w*\\b", "\\bdied\\b", "\\bdeaths?\\b", "\\bfatal\\w*\\b", "\\banaphyla\\w*\\b",
  "\\ballergic reactions? (?:are|is|were|was) (?:common|frequent|possible|reported|likely)\\b", "\\binterfere(?:s|d)? with (?:\\w+ )?(?:pacemakers?|medications?|drugs?|implants?|devices?)\\b",
];
export const SAFETY_PRO_CUES: readonly string[] = [
  ...GENTLE_CUES,
  // "is not cytotoxic even at high doses"
  "\\b(?:not|non-?)\\s?cytotoxic\\b",
  // "harmless and without toxicity", "non-toxic"
  // "the risks are probably small", "the risk of harm is very low"
  "\\brisks? (?:of (?:[\\w-]+ ){1,3}?)?(?:is|are|seems?|appears?|remains?) (?:\\w+ )?(?:small|low|minimal|slight|negligible|tiny|minor)\\b",
  "\\bharmless\\b", "\\bnon-?toxic\\b", "\\blow[- ]risk\\b", "\\brisk[- ]free\\b", "\\b(?:without|no|free (?:of|from)) (?:any )?(?:toxicity|toxic (?:effects?|reactions?))\\b",
  // a harm not raised: "no increase in side effects", "no rise in the risk of bleeding"
  "\\bno (?:significant |measurable |noticeable |meaningful |real |clear )?(?:increase|rise)s? in (?:the )?(?:risks?|rates? of|side[- ]effects?|adverse|complications?|harms?|injur\\w*|pain|infections?|bleeding)\\b",
  // "can be practiced on people of all ages"
  "\\bon (?:people|patients|anyone|children|adults) of all ages\\b",
  "\\bsafe\\b", "\\bpainless\\b", "\\bmild\\b", "\\bminimal\\b", "\\bno (?:\\w+ )?(?:side effects|bruis\\w*|down ?time|pain|risk|marks)\\b",
  "\\bno (?:chance|risk|danger|possibility|likelihood) of (?:[\\w-]+ ){0,2}?(?:infections?|cross-infection|contamination|burns?|scarring|injur(?:y|ies)|bruising|harm|side[- ]effects|reactions?)\\b",
  "\\blimits? (?:the )?side[- ]effects\\b", "\\bavoid\\w* (?:the )?side[- ]effects\\b", "\\breduces? (?:the )?side[- ]effects\\b",
  "\\bnon[- ]?traumatic\\b", NON_INVASIVE_SAID, "\\bwell[- ]tolerated\\b", "\\blow risk\\b", "\\bgreater level of safety\\b", "\\bno down ?time\\b",
  // harms said to be small or absent: "adverse effects are usually minor", "no serious adverse events occurred"
  "\\bsuitable for\\b[^.;]{0,30}\\b(?:babies|children|ages|everyone|pregnan\\w*|elderly|infants)\\b",
  "\\b(?:few|little|minimal|negligible) (?:\\w+ )?(?:side[- ]effects|risks?|complications)\\b",
  // a harm's odds said to be small: "the risk of complications is low" (not "it carries a small risk of burns": a harm
  // it carries)
  "\\b(?:risks?|chances?|likelihood|odds|incidence|danger) of\\b[^.;]{0,60}?\\b(?:is|are|was|were|remains?|seems?|appears?|stays?) (?:\\w+ )?(?:low|small|slight|tiny|negligible|remote)\\b",
  WORRY_REMOVED, "\\bno (?:\\w+ )?ill[- ]effects?\\b", ...NO_RECOVERY_CUES,
  "\\bminor\\b", "\\btransient\\b", "\\btemporary\\b", "\\b(?:is|are|was|were|remains?) (?:\\w+ )?(?:rare|uncommon|infrequent)\\b(?<!\\b(?:studies|trials|research|evidence)\\b[^.;]{0,40})", "\\brarely\\b", "\\bunlikely to\\b(?! (?:\\w+ )?(?:do (?:anything|much|a thing)|help|work|benefit|improve|cure|relieve|ease)\\b)",
  "\\bno (?:\\w+ )?(?:adverse|harm|complications?|injur\\w*|serious|allergic|deaths?|contra-?indications?)\\b", "\\bnot contra-?indicated\\b",
  ...HARMLESS_CUES,
];

/** Generic nouns that stand for the treatment or its users: a clause led by one speaks of the main subject. */
export const GENERIC_SUBJECT_NOUNS: readonly string[] = [
  "it", "this", "they", "these", "the treatment", "treatment", "treatments", "the procedure", "the technique",
  "the therapy", "the method", "the practice", "the injections", "injections", "sessions", "results",
  "the results", "patients", "most patients", "some patients", "many patients", "people", "users", "the effects",
  // the reader as the patient: "You may feel some warmth"
  "you", "your",
  "effects", "the benefits", "benefits", "the medical benefits", "a treatment", "this treatment", "this technique",
  "this procedure", "this therapy", "studies", "research", "a study", "trials", "clients",
  // what a text says of the treatment's risks and effects speaks of the treatment
  "risks", "the risks", "side effects", "the side effects", "adverse effects", "complications", "the complications",
];

/** How popular it is, or was ("became popular in the 1920s", "is growing increasingly popular", "has undergone a
 * resurgence"): a checkable assertion of category other that sources may disagree on. */
export const POPULARITY = "\\b(?:popular(?:ity)?|fashionable|in vogue|craze|fads?|trendy|resurgence|prominence)\\b";
/** Not its popularity: a page's "In popular culture" section, "a popular belief", "popular science". */
export const POPULARITY_NOT = "\\bpopular (?:culture|belief|science|press|media|magazines?|books?|websites?|sites?|blogs?|literature|accounts?|imagination|myth|misconception|opinion|name|wisdom|tv|television|shows?)s?\\b";

/** A route by which it is given ("intravenously", "by insufflation", "injected into the joint", "reinfused"): with a
 * word of giving, how it is given (protocol, no value). */
export const ROUTE_OF_GIVING = "\\b(?:intravenous(?:ly)?|intramuscular(?:ly)?|subcutaneous(?:ly)?|intra-?articular(?:ly)?|intraperitoneal(?:ly)?|intradermal(?:ly)?|intrathecal(?:ly)?|intradiscal(?:ly)?|topically|orally|rectally|by (?:injection|infusion|insufflation|inhalation|mouth)|(?:injected|infused) (?:into|under|beneath|at)|reinfused)\\b";
export const GIVING_WORD = "\\b(?:administer\\w*|given|giving|introduc\\w*|deliver\\w*|appl(?:y|ied|ies)|inject\\w*|infus\\w*|inhal\\w*|insufflat\\w*|withdrawn|reinfus\\w*|methods?|ways?|routes?|taken)\\b";

/** How many practise or use it, told without a figure: growth, spread, or a number no one knows ("Zone therapy is spreading
 * throughout the world", "a rapidly growing profession", "more people are training to become practitioners", "No one is
 * certain how many people employ this practice"). A practitioner count with no value. */
export const COUNT_IN_WORDS = "\\b(?:(?:more and more|growing numbers? of|increasing numbers? of|a growing number of|an increasing number of|more) (?:people|practitioners|therapists|doctors|physicians|clinics|patients|users|students) (?:are |were )?(?:now )?(?:training|trained|practi[sc]\\w*|using|offering|turning to|taking up|qualifying)|(?:is|are) (?:now |currently |rapidly |steadily |quickly )?(?:spreading|expanding) (?:throughout|across|around|all over|in) (?:the )?(?:world|globe|country|continent)|(?:rapidly|fast|quickly|steadily)[- ]growing (?:profession|practice|field|discipline|community)|(?:no one|nobody|no-one) (?:is (?:certain|sure)|knows|can say) how many|numbers? of (?:[\\w-]+ )?(?:practitioners|people|users|patients|therapists) (?:[\\w-]+ ){0,4}?(?:is|are|remains?) (?:not known|unknown|uncertain|unclear)|numbers? (?:of (?:[\\w-]+ )?(?:practitioners|users|people|patients|therapists) )?(?:are|is) (?:steadily |rapidly )?(?:increasing|growing|rising))\\b";
