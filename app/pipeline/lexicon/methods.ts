// Named methods: "meridian therapy", "the Bates protocol", "the “Lang method”". A text about one treatment often
// credits a neighbouring method (a forerunner, a variant) with its own founder and date; those claims answer
// questions about that method, not about the main subject.

/** Head nouns of a method's name. ("treatment" is left out: "an ear treatment" describes, it does not name.) */
export const METHOD_HEADS: readonly string[] = [
  "therapy", "therapies", "protocol", "method", "technique", "system", "theory", "approach", "diet", "programme",
  "program", "regimen", "school",
  // a school of healing named "-pathy" ("cranial osteopathy", "classical homeopathy")
  "\\p{L}+pathy",
];

/** Words before a head that describe a method rather than name one ("the modern method", "this technique"). */
export const DESCRIPTIVE_MODIFIERS: readonly string[] = [
  "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "my", "same",
  "such", "other", "another", "new", "modern", "original", "old", "older", "earlier", "later", "current", "present",
  "whole", "entire", "complete", "actual", "basic", "standard", "simple", "classic", "classical", "traditional",
  "alternative", "complementary", "conventional", "natural", "holistic", "medical", "manual", "gentle", "popular",
  "unique", "special", "proven", "effective", "safe", "gentle", "non-invasive", "invasive", "whole-body", "own",
  "first", "second", "main", "key", "common", "general", "overall", "specific", "particular", "various",
  "different", "healing", "treatment", "therapeutic", "contemporary", "western", "eastern", "ancient", "folk",
  "which", "what", "whose", "one", "each", "every", "any", "some", "many", "most", "all", "both", "and", "or", "of",
];

/** Words that put a method before the subject as its source: the method they lead to is a related one even when
 * the text also uses its name for the subject ("X (also called meridian therapy) … grew out of meridian therapy"). */
export const DERIVATION_CUES: readonly string[] = [
  "grew out of", "grown out of", "rests? on", "rested on", "built on", "builds? on", "building on", "based on",
  "derived from", "derives from", "developed from", "evolved from", "(?:an )?offshoot of", "inspired by",
  "forerunner", "precursor", "predecessor", "successor to", "variant of", "adapted from", "descended from",
];
