// Hedge cues. Distancing cues make a claim "hedged" (the writer reports it without vouching for it);
// weak modal cues are recorded but do not by themselves hedge a claim.
export const DISTANCING_HEDGES: readonly string[] = [
  "is said to", "are said to", "was said to", "were said to", "is claimed to", "are claimed to", "claimed",
  "claims to", "claim to", "supposedly", "allegedly", "alleged", "purportedly", "purported", "reportedly",
  "purports to", "purport to",
  // what it is known for, and what someone was told: "It has a reputation for being painful", "my doc told me that it is painful"
  "has a reputation for", "have a reputation for", "had a reputation for", "told me that", "told us that", "told me it",
  // what the writer only knows of: "there have been no such trials, to my knowledge"
  "to my knowledge", "to our knowledge",
  "is considered", "are considered", "was considered", "were considered", "is held to be", "are held to be", "was held to be", "were held to be", "was often considered", "were often considered",
  "is often considered", "are often considered", "was long considered", "was widely considered", "were widely considered", "it is thought", "is thought to", "are thought to", "is believed to",
  "are believed to", "it is believed", "believed to", "is reputed to", "reputedly", "ostensibly",
  "is supposed to", "are supposed to", "proponents say", "advocates say", "proponents claim", "advocates claim",
  "supporters claim", "according to proponents", "impression of", "apparently", "seems to", "seem to",
  "appears to", "appear to", "seemed to", "appeared to", "is promoted as", "are promoted as", "is marketed as", "is advertised as",
  "claim that", "claims that", "claim it", "claims it", "practitioners claim", "practitioners say", "practitioners believe",
  "is reported to", "are reported to", "is supposed to", "proponents believe", "supporters believe", "advocates believe",
  "believers", "users claim", "users say", "according to practitioners", "according to supporters",
  "believe", "believes", "believed", "the theory behind", "the theory is that", "the idea is that", "the premise is that",
  "according to its followers", "according to its proponents", "according to its supporters", "according to its advocates",
  "according to its practitioners", "its followers say", "followers claim",
  // a tradition's teaching, not the writer's: "is done to detoxify the body according to Ayurveda"
  "according to tradition", "according to legend", "according to folklore", "according to folk", "according to ancient", "according to traditional",
  "according to chinese medicine", "according to tcm",
  // a purpose stated, not a result vouched for: "used with the intent to treat …"
  "promoted for", "marketed for", "advertised for", "with the intent to", "with the intention of", "in order to", "with the aim of", "is intended to", "are intended to", "is meant to", "are meant to", "is designed to", "are designed to",
  // testimony: "my aunt swears it cured her", "she swears by it"
  "swears by", "swear by", "swears", "swore", "sworn by", "have sworn", "has sworn",
  // promotion reported at a distance: "therapists tout the benefits"
  "tout", "touts", "touted", "tout the", "hype", "hyped",
  // "supporters of the method recommend it", "its founders promoted it as a panacea"
  "supporters of", "proponents of", "advocates of", "fans of", "devotees of",
  // unnamed voices: "Some say it eases stress", "Many report better sleep", "Claims also include …"
  "some say", "many say", "others say", "some report", "many report", "folks report", "folks say", "people report", "people say", "users often report", "people often report", "clients often report",
  "customers report", "customers say", "customers claim", "clients say", "patients say", "some claim", "many claim", "claims include", "claims also include",
  // a following that vouches for it: "fans report better sleep", "enthusiasts say it clears the mind"
  "fans report", "fans say", "fans claim", "users report", "report that", "reported that", "devotees say", "devotees report", "devotees claim",
  "enthusiasts say", "enthusiasts report", "enthusiasts claim", "converts say", "converts claim",
  // a sale's pitch: "is pitched as a safe way to …", "has been billed as a cure", "a document states that …"
  "pitched as", "billed as", "marketed as", "sold as", "branded as", "hyped as", "positioned as",
  "says that", "said that", "states that", "stated that", "further states", "also states", "adds that", "added that", "also says", "further says", "goes on to say", "went on to say", "goes on to claim",
  // what they say, claimed: "say it boosts energy", "claim they can …", "say this leads to …"
  "say it", "says it", "say this", "says this", "claim they", "claims they", "claimed they",
  // a use under study: "explored as a treatment for autism"
  // a belief held by the people it describes: "believing it enhanced healing"
  "believing it", "believing that", "in the belief", "it's thought", "it’s thought",
  // a proposal or an advertisement reported: "some nurses have proposed that …", "has been widely advertised as"
  // "has been suggested to lead to", "a sleeve that they say eases"
  "been suggested to", "is suggested to", "are suggested to", "they say", "they claim", "who say", "who claim",
  "proposed that", "propose that", "proposes that", "advertised as", "based on the belief", "based on the idea that", "based on the theory that",
  // promotion told with contempt, a belief of the past, an attempt: "merchants peddle it as a cure", "healers felt
  // that a cure would follow", "practitioners attempt to cure …", "proposed as a therapy for …"
  "peddle", "peddles", "peddled", "peddling", "felt that", "feel that", "feels that", "advocating", "advocate for", "advocates for",
  // what people hope for from it: "turn to it seeking natural ways to boost energy", "in the hope of easing pain"
  "seeking ways to", "seeking a way to", "seeking natural ways to", "looking for ways to", "looking for a way to",
  "in the hope of", "in the hope that", "in hopes of", "hoping to", "hoping that", "in search of",
  // claims reported as claims: "there are many claims linked to it, like burning calories"
  "claims linked to", "claims associated with", "claims about", "claims such as", "many claims", "there are claims",
  // a claim told as a noun or a promise, or true only in theory: "claims of reducing wrinkles", "promises that it will
  // eliminate waste", "Theoretically, it enhances …"
  // "published an article claiming to have cured twelve cases", "fans who believe in the health benefits it can have"
  "claiming to", "claiming that", "claimed to",
  // "The idea behind this is that …", "I learned that …", "designed as a way to …", "an educational method intended to
  // improve vision"
  "the idea behind", "idea behind", "learned that", "learnt that", "was told that", "were told that", "intended to", "designed as a way to",
  "meant as a way to", "designed as a means to", "believe in the benefits", "believe in the health benefits", "believe in its benefits",
  "believe in the healing", "believe in the power", "believes in the power", "believed in the power",
  "claims of", "promises that", "promise that", "promises of", "promised to", "promises to", "promise to", "promise relief", "promises relief", "theoretically", "in theory",
  "attempt to cure", "attempts to cure", "attempted to cure", "attempt to treat", "attempts to treat", "attempted to treat",
  "proposed as a treatment", "proposed as a therapy", "proposed as a remedy", "proposed as a cure",
  "explored as", "investigated as", "studied as", "being studied", "being explored", "promoted it as", "promote it as", "promoted as", "touted as", "touted it as", "marketed it as", "hailed as",
];
export const WEAK_HEDGES: readonly string[] = [
  "may", "might", "can", "could", "possibly", "potentially", "perhaps", "likely", "probably", "suggests",
  "suggest", "tends to", "tend to", "in some cases", "some studies",
];
/** Hedges that also mark a reported benefit: a clause that carries one is an efficacy claim. */
export const REPORTING_HEDGES: readonly string[] = [
  "is said to", "are said to", "was said to", "were said to", "supposedly", "allegedly", "purportedly",
  "purported", "reportedly", "is claimed to", "are claimed to", "claims to", "purports to", "purport to", "is believed to", "are believed to",
  "is reputed to", "reputedly", "impression of", "is promoted as", "is marketed as", "is pitched as", "are pitched as", "is billed as", "are billed as", "promoted for", "marketed for", "advertised for", "claim to", "claim that",
  "claims that", "claimed", "claim it", "claims it", "proponents say", "advocates say", "proponents claim",
  "advocates claim", "supporters claim", "practitioners claim", "practitioners say", "practitioners believe",
  // testimony and what it is meant to do mark a reported benefit too: "patients swear by it", "is supposed to spur healing"
  "swears by", "swear by", "is supposed to", "are supposed to",
  "claiming to", "claimed to",
  "peddle", "peddles", "peddled", "peddling", "attempt to cure", "attempts to cure", "attempted to cure", "attempt to treat",
  "attempts to treat", "attempted to treat", "proposed as a treatment", "proposed as a therapy", "proposed as a remedy", "proposed as a cure",
];
/** Epistemic modals: "it may help" is hedged (possibility); "it can be treated" is not (ability). */
export const MODAL_HEDGES: readonly string[] = ["may", "might", "could", "possibly", "perhaps", "potentially", "probably", "suggest", "suggests"];

/** People as a group, by the form of their noun ("village midwives", "herbalists", "folk healers"): who recommends or
 * credits a treatment (a regex source, for hedges.ts and classify.ts alike). */
export const PEOPLE_GROUP = "(?:[\\p{Ll}-]+(?:ers|ists|ians|ioners|wives|men|women|folk)|people|healers|elders|families|parents|traditions|practices)";
