// Hedge cues of a clause. Distancing cues ("is said to", "allegedly") make the claim hedged; weak modals
// ("may", "can") are recorded but leave it unhedged.
import { DISTANCING_HEDGES, REPORTING_HEDGES, WEAK_HEDGES } from "./lexicon/hedges";

const toRe = (cues: readonly string[]) =>
  cues.map((c) => ({ cue: c, re: new RegExp(`(?<![\\w-])${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i") }));
const DISTANCING = toRe(DISTANCING_HEDGES);
const WEAK = toRe(WEAK_HEDGES);
const REPORTING = toRe(REPORTING_HEDGES);

export interface HedgeResult {
  /** Every cue found, as listed in the lexicon. */
  cues: string[];
  /** A distancing cue governs the clause. */
  hedged: boolean;
  /** A reporting cue ("is said to", "allegedly") marks a reported benefit. */
  reporting: boolean;
}

export function findHedges(clause: string): HedgeResult {
  const cues: string[] = [];
  const taken: Array<[number, number]> = [];
  let hedged = false;
  // one cue per stretch of words: "it is thought to" is one cue, not two
  const take = (cue: string, re: RegExp): boolean => {
    const m = re.exec(clause);
    if (!m) return false;
    const a = m.index, b = m.index + m[0].length;
    if (taken.some(([s, e]) => a < e && b > s)) return true;
    taken.push([a, b]);
    cues.push(cue);
    return true;
  };
  for (const { cue, re } of DISTANCING) if (take(cue, re)) hedged = true;
  for (const { cue, re } of WEAK) take(cue, re);
  const reporting = REPORTING.some(({ re }) => re.test(clause));
  return { cues, hedged, reporting };
}
