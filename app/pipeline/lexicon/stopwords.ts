// Words that never make a text's subject: function words and the generic nouns of health writing.
export const STOPWORDS: readonly string[] = (
  "a an the and or but nor so yet for of in on at to from by with without into onto over under about above below " +
  "between through during before after since until while as than then there here this that these those it its " +
  "they them their he she his her him we us our you your i me my is are was were be been being am do does did " +
  "done have has had having can could may might must shall should will would not no yes all any some each every " +
  "many much more most few less least other another such only own same very too also just even still again once " +
  "what which who whom whose when where why how if unless because although though whether either neither both " +
  "one two three four five six seven eight nine ten first second new used use uses using well way ways time times " +
  "however therefore thus hence also like including include includes via per up down out off than s t " +
  // verbs of saying and finding lead many sentences and name nothing ("Practitioners believe the stones …")
  "believe believes believed claim claims claimed say says said report reports reported suggest suggests suggested " +
  "think thinks thought find finds found show shows showed shown know knows known"
).split(" ");
/** Nouns too generic to be the main subject of a text about a treatment or practice. */
export const GENERIC_NOUNS: readonly string[] = (
  "treatment treatments therapy therapies procedure procedures technique techniques method methods patient patients " +
  "people person body skin area areas result results effect effects benefit benefits condition conditions problem " +
  "problems doctor doctors physician physicians practitioner practitioners session sessions study studies research " +
  "year years day days week weeks home page article part parts type types kind kinds number amount level levels " +
  "medicine medical health care use uses side risk risks process cases case example information question answer " +
  "world country countries today fat cells cell injection injections medication medications drug drugs substance " +
  "substances product products solution time " +
  // words of page titles and section names ("A short history", "Our story", "Frequently asked questions")
  "brief history story overview introduction guide facts questions answers summary background origins welcome " +
  "about contents frequently asked everything need know things myths truth basics explained"
).split(" ");
/** Nouns of discussion a text uses about its own subject ("The best evidence is not encouraging", "The bigger risk is
 * …"): defining one is no turn to another term. */
export const DISCOURSE_NOUNS: readonly string[] = (
  "evidence research science data finding findings conclusion conclusions consensus verdict idea ideas theory claim " +
  "claims truth reality picture catch snag problem question answer result results risk danger downside upside " +
  "advantage disadvantage drawback bottom line point trouble reason reasons explanation mechanism"
).split(" ");
/** Endings of treatment names (general English morphology): a candidate subject with one weighs double. */
export const TREATMENT_SUFFIXES: readonly string[] = [
  "therapy", "therapie", "puncture", "pressure", "ology", "logy", "pathy", "medicine", "massage", "healing", "surgery",
];
