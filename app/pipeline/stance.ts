// Stance of an efficacy or safety claim: pro or con, with negation read from general cue lists.
import { CON_CUES, SAFETY_CON_CUES, SAFETY_HARM_CUES, SAFETY_PRO_CUES } from "./lexicon/cues";
import type { StanceValue } from "./types";
import { alternation } from "./alternation";

const one = (xs: readonly string[]) => [alternation(xs, "i")];
const CON = one(CON_CUES);
const SAFE_CON = one([...SAFETY_CON_CUES, ...SAFETY_HARM_CUES, "\\bcause[sd]?\\b"]);
const SAFE_PRO = one(SAFETY_PRO_CUES);
// "not erased but it gives ...": what follows a contrast decides
const CONTRAST = /\b(?:but|however|yet|although|though)\b/i;
// "… has been refuted, yet it continues to exist": what follows tells that the practice survives, not that it works
const PERSISTS = /\b(?:continues?|persists?|goes on) to (?:exist|be (?:used|practi[sc]ed|offered|popular|sold))\b|\bis still (?:used|practi[sc]ed|offered|popular|sold)\b/i;

/** True when the clause says the treatment does not work. */
export function isCon(clause: string): boolean {
  return CON.some((re) => re.test(clause));
}

/** `con`: isCon(clause), when the caller has read it already. */
export function efficacyStance(clause: string, hedged: boolean, con = isCon(clause)): StanceValue {
  let polarity: "pro" | "con" = con ? "con" : "pro";
  const c = clause.search(CONTRAST);
  if (polarity === "con" && c > 0) {
    // a con cue before "but" and none after it: the clause ends on the benefit
    const tail = clause.slice(c);
    if (!isCon(tail) && !PERSISTS.test(tail) && CON.some((re) => re.test(clause.slice(0, c)))) polarity = "pro";
  }
  // a writer who says it does not work asserts that; "the claim that … is unfounded" is not a hedged claim
  return { kind: "stance", polarity, hedged: polarity === "con" ? false : hedged };
}

/** Safety stance: pro = safe / mild / painless; con = harms named. */
// "not a safe option", "is not safe", "no longer considered safe"
const NOT_SAFE = /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}?(?:a\s+)?safe\b/i;

// a harm named with nothing said to make it small: "Bruising and swelling are possible"
const HARM_NAMED = /\b(?:bruis\w*|swelling|infections?|allergic|complications?|necrosis|scarring|discomfort|pain(?!less)\w*|soreness|side[- ]effects?|adverse|risks?)\b/i;

export function safetyStance(clause: string, hedged: boolean): StanceValue {
  if (NOT_SAFE.test(clause)) return { kind: "stance", polarity: "con", hedged };
  const pro = SAFE_PRO.some((re) => re.test(clause));
  // (con matters only without pro)
  const con = !pro && (SAFE_CON.some((re) => re.test(clause)) || HARM_NAMED.test(clause));
  return { kind: "stance", polarity: con ? "con" : "pro", hedged };
}
