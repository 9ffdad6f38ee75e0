// A question and the answer that follows it. A question claims nothing; answered, it may: "Does it work? In a word,
// no." denies that it works, "Is it safe? Yes." reassures, and "How long does a session take? About 45 minutes."
// says how it is given. The question may be a sentence or a page's heading (an FAQ).
import { classifyClause, prepare, type ClassifyContext } from "./classify";
import type { Category, ClaimValue } from "./types";

export interface AnsweredClaim {
  category: Category;
  value: ClaimValue | null;
  facet: string | null;
  hedges: string[];
  confidence: number;
}

const QUESTION_END = /\?["”’)]*\s*$/;
// "Does it work?", "Can cupping cure colds?", "Is it safe?": whether it works or is safe
const ASKS_WHETHER = /^(?:(?:and|so|but|okay|ok|right|now),?\s+)?(?:does|do|did|can|could|will|would|is|are)\b[^?]*\b(?:work|works|help|helps|effective|cure|treat|heal|relieve|reduce|improve|ease|boost|prevent|safe|dangerous|harmful|risky)\b/i;
// "How long does a session take?", "How many sessions will I need?", "How often should I go?"
const ASKS_HOW_MUCH = /^(?:(?:and|so|but|okay|ok|right|now),?\s+)?(?:how (?:long|many|often|frequently)|what is the (?:usual |typical )?(?:length|duration|number))\b/i;
// "No.", "In a word, no.", "The short answer is yes.", "Sadly, no.": an answer of one word (not "No belief is
// necessary …", where "no" is the sentence's own word)
// ("Generally, yes, when performed by a trained practitioner.", "For most of you, yes - as long as you're gentle.": a
// qualified answer, read as hedged)
const YES_OR_NO = /^(?:(in a word|in short|simply put|put simply|the (?:short |simple |honest )?answer is|sadly|unfortunately|alas|probably|almost certainly|realistically|generally|usually|mostly|largely|broadly|in most cases|for most (?:people|of you|patients|clients|adults))[,:]?\s+)?(no|nope|not really|yes|yep)\b(?:[.!](?:\s|$)|$|\s+(?=(?:it|they|this|that|there|you|we|i|not|absolutely|definitely|certainly)\b)|,?\s*(?:[-–—]\s*)?(?=(?:when|as long as|if|provided|so long as)\b))/i;
const QUALIFIED_LEAD = /^(?:probably|generally|usually|mostly|largely|broadly|in most cases|for most)/i;
const CONDITION_AFTER = /^\s*(?:[-–—]\s*)?(?:when|as long as|if|provided|so long as|but only|in most cases)\b/i;
const HARM_ASKED = /\b(?:dangerous|harmful|risky)\b/i;
const SAFETY_ASKED = /\bsafe\b/i;
// a short answer: "About 45 minutes.", "Six to eight, once a week."
const SHORT_ANSWER_WORDS = 12;

/** A question whose answer the pipeline reads. */
export function asksWhatAnAnswerTells(sentence: string): boolean {
  return QUESTION_END.test(sentence) && (ASKS_WHETHER.test(sentence) || ASKS_HOW_MUCH.test(sentence));
}

/** What `answer` says of what `question` asks (its span is the two together); none when it says nothing the
 * pipeline reads. `aboutSubject`: the question names the subject, or a pronoun that stands for it. */
export function answeredClaims(question: string, answer: string, ctx: ClassifyContext, aboutSubject: boolean): AnsweredClaim[] {
  const asked = question.replace(QUESTION_END, "");
  // (an answer that says it by itself, "The first visit takes an hour.", is a claim of its own, spanning itself)
  if (ASKS_HOW_MUCH.test(asked) && answer.split(/\s+/).length <= SHORT_ANSWER_WORDS
    && !classifyClause(answer, ctx, prepare(answer)).some((d) => d.category === "protocol")) {
    // (read as one statement: "How long does a session take: About 45 minutes")
    const statement = `${asked}: ${answer}`;
    const protocol = classifyClause(statement, ctx, prepare(statement)).filter((d) => d.category === "protocol");
    if (protocol.length) return protocol.map((d) => ({ category: d.category, value: d.value, facet: d.facet, hedges: d.hedges, confidence: d.confidence }));
  }
  const yesOrNo = answer.match(YES_OR_NO);
  if (!yesOrNo || !aboutSubject || !ASKS_WHETHER.test(asked)) return [];
  const denied = /^n/i.test(yesOrNo[2]);
  const qualified = !denied && ((yesOrNo[1] !== undefined && QUALIFIED_LEAD.test(yesOrNo[1])) || CONDITION_AFTER.test(answer.slice(yesOrNo[0].length)));
  // what the question asks, as the classifier reads it; "Does it work?" alone holds no cue, so its words tell
  const claims = classifyClause(asked, ctx, prepare(asked))
    .filter((d) => (d.category === "efficacy" || d.category === "safety") && d.value?.kind === "stance")
    .map((d) => ({ category: d.category, polarity: d.value?.kind === "stance" ? d.value.polarity : "pro", facet: d.facet }));
  if (!claims.length) {
    const harm = HARM_ASKED.test(asked);
    claims.push({ category: harm || SAFETY_ASKED.test(asked) ? "safety" : "efficacy", polarity: harm ? "con" : "pro", facet: null });
  }
  return claims.map((c) => ({
    category: c.category,
    value: { kind: "stance", polarity: denied ? (c.polarity === "pro" ? "con" : "pro") : c.polarity, hedged: qualified },
    facet: c.facet,
    hedges: qualified ? ["qualified answer"] : [],
    confidence: 0.6,
  }));
}
