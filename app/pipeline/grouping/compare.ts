// Can two values of the same proposition both hold? Pairwise, on the values alone.
//   same     – they say the same thing
//   nested   – both hold and one lies inside the other (1952 in "the 1950s", 10 sessions in 5–15, "Varga" and
//              "Anna Varga")
//   variant  – both can hold but they are stated differently in a way a reader should see (a first name spelled
//              two ways, different scopes, hedged against unhedged, figures apart but within their approximation)
//   conflict – they cannot both hold
import type { ClaimValue, CountValue, PersonValue, QuantityValue, StanceValue, YearValue } from "../types";
import { scopeRelation } from "./scope";
import { fold, similarity, words } from "./text";
import { SHORT_GIVEN_NAMES } from "./names-data";
import { COUNT_UNIT_CLASSES, PRACTITIONER_SUFFIXES } from "./units-data";

export type Relation = "same" | "nested" | "variant" | "conflict";
export type Aspect =
  | "equal"
  | "inside"
  | "overlap"
  | "approx"
  | "apart"
  | "scope"
  | "scope-size"
  | "spelling"
  | "initial"
  | "person"
  // two people one source names together ("These were Dr. A and B"): both can be right
  | "together"
  | "hedge"
  | "stance";

export interface Comparison {
  relation: Relation;
  aspect: Aspect;
}

export interface CompareOptions {
  /** Several values may all be true at once (precursors: veterinary use in one year, ancient texts in another):
   * values apart are then different, not conflicting. */
  manyTrue?: boolean;
  /** Compare the scopes of counts ("in France" inside "worldwide"): on for practitioner counts, off where
   * grouping already split by scope (session counts). */
  scoped?: boolean;
}

/** Relative slack allowed between approximate figures ("about 18,000" and "about 21,000" can both hold). */
export const APPROX_TOLERANCE = 0.2;

const APPROX_QUALIFIER = /\b(about|around|approx|approximately|nearly|almost|roughly|some|circa|ca|estimated|close to|more or less)\b/i;

type Range = [number, number];

/** Compare two closed ranges (max may be Infinity) allowing `tolerance` of gap between them. */
export function compareRanges(a: Range, b: Range, tolerance: number): Comparison {
  if (a[0] === b[0] && a[1] === b[1]) return { relation: "same", aspect: "equal" };
  const aInB = a[0] >= b[0] && a[1] <= b[1];
  const bInA = b[0] >= a[0] && b[1] <= a[1];
  if (aInB || bInA) return { relation: "nested", aspect: "inside" };
  const gap = Math.max(a[0], b[0]) - Math.min(a[1], b[1]);
  if (gap <= 0) return { relation: "nested", aspect: "overlap" };
  if (gap <= tolerance) return { relation: "variant", aspect: "approx" };
  return { relation: "conflict", aspect: "apart" };
}

export function compareYears(a: YearValue, b: YearValue): Comparison {
  // Only an approximate single year gets slack ("about 1950" vs 1952, "about 3600 BC" vs 3500 BC), growing
  // with distance in time. A range such as "the mid 1950s" already states its own approximation.
  const pointApprox = (a.approx && a.min === a.max) || (b.approx && b.min === b.max);
  const age = Math.max(Math.abs(2000 - a.min), Math.abs(2000 - b.min));
  const tolerance = pointApprox ? Math.max(2, Math.round(age * 0.05)) : 0;
  const cmp = compareRanges([a.min, a.max], [b.min, b.max], tolerance);
  if (cmp.relation === "same" && a.approx !== b.approx) return { relation: "nested", aspect: "inside" };
  return cmp;
}

function isApprox(v: CountValue | QuantityValue): boolean {
  return Boolean(v.approx) || (v.qualifier ? APPROX_QUALIFIER.test(v.qualifier) : false);
}

function rangeOf(v: CountValue | QuantityValue, factor = 1): Range {
  return [v.min * factor, v.max === null ? Infinity : v.max * factor];
}

function compareAmounts(a: Range, b: Range, approx: boolean): Comparison {
  const near = Math.max(Math.min(a[1], b[1]), Math.max(a[0], b[0]));
  const tolerance = approx && Number.isFinite(near) ? Math.abs(near) * APPROX_TOLERANCE : 0;
  return compareRanges(a, b, tolerance);
}

/** The kind of thing a count counts ("people_practising", "places", ...), or null when unknown. */
export function countUnitClass(unit: string | null | undefined): string | null {
  for (const word of words(unit ?? "")) {
    for (const [cls, stems] of Object.entries(COUNT_UNIT_CLASSES)) {
      if (stems.some((stem) => word === stem || (stem.length >= 4 && word.startsWith(stem)) || word === `${stem}s`)) return cls;
    }
    if (word.length > 5 && PRACTITIONER_SUFFIXES.some((s) => word.endsWith(s))) return "people_practising";
  }
  return null;
}

/** Null when the two counts count different kinds of thing (practitioners against clinics). */
export function compareCounts(a: CountValue, b: CountValue, options: CompareOptions = {}): Comparison | null {
  const ca = countUnitClass(a.unit);
  const cb = countUnitClass(b.unit);
  if (ca && cb && ca !== cb) return null;
  // "13,000 patients a year" against "65 patients a day", or against "6 people" in all: not the same measure
  if ((a.per ?? null) !== (b.per ?? null)) return null;
  const approx = isApprox(a) || isApprox(b);
  if (options.scoped) {
    const rel = scopeRelation(a.scope, b.scope);
    if (rel !== "same") {
      if (rel === "other") return { relation: "variant", aspect: "scope" };
      // The part cannot hold more than the whole.
      const [part, whole] = rel === "inside" ? [a, b] : [b, a];
      const wholeMax = whole.max === null ? Infinity : whole.max * (approx ? 1 + APPROX_TOLERANCE : 1);
      return part.min <= wholeMax ? { relation: "variant", aspect: "scope" } : { relation: "conflict", aspect: "scope-size" };
    }
  }
  return compareAmounts(rangeOf(a), rangeOf(b), approx);
}

/** Unit → [dimension, factor to the dimension's base unit]. */
const UNITS: Record<string, [string, number]> = {
  mm: ["length", 1],
  cm: ["length", 10],
  m: ["length", 1000],
  in: ["length", 25.4],
  inch: ["length", 25.4],
  inches: ["length", 25.4],
  s: ["time", 1 / 60],
  sec: ["time", 1 / 60],
  min: ["time", 1],
  h: ["time", 60],
  hr: ["time", 60],
  hours: ["time", 60],
  day: ["time", 1440],
  days: ["time", 1440],
  week: ["time", 10080],
  weeks: ["time", 10080],
  ml: ["volume", 1],
  cc: ["volume", 1],
  l: ["volume", 1000],
  gal: ["volume", 3785.41],
  "fl oz": ["volume", 29.5735],
  mg: ["mass", 1],
  g: ["mass", 1000],
  "%": ["percent", 1],
};

function unitOf(unit: string): [string, number] {
  const u = fold(unit).replace(/\.$/, "");
  return UNITS[u] ?? [u, 1];
}

export function compareQuantities(a: QuantityValue, b: QuantityValue): Comparison | null {
  const [da, fa] = unitOf(a.unit);
  const [db, fb] = unitOf(b.unit);
  if (da !== db) return null;
  return compareAmounts(rangeOf(a, fa), rangeOf(b, fb), isApprox(a) || isApprox(b));
}

const TITLES = new Set(["dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "sir", "dame", "md", "phd"]);

export interface NameParts {
  given: string[];
  surname: string;
}

/** "Dr. A. Varga" → { given: ["a"], surname: "varga" }. */
export function nameParts(name: string): NameParts {
  const tokens = fold(name)
    .split(/[\s.]+/)
    .map((t) => t.replace(/[^a-z'-]/g, ""))
    .filter((t) => t && !TITLES.has(t));
  return { given: tokens.slice(0, -1), surname: tokens[tokens.length - 1] ?? "" };
}

export function comparePersons(a: PersonValue, b: PersonValue): Comparison {
  const pa = nameParts(a.name);
  const pb = nameParts(b.name);
  let surnameVariant = false;
  if (pa.surname !== pb.surname) {
    const close = Math.min(pa.surname.length, pb.surname.length) >= 5 && similarity(pa.surname, pb.surname) >= 0.8;
    if (!close) return { relation: "conflict", aspect: "person" };
    surnameVariant = true;
  }
  const spelling: Comparison = { relation: "variant", aspect: "spelling" };
  const ga = pa.given[0];
  const gb = pb.given[0];
  if (!ga || !gb) return surnameVariant ? spelling : ga === gb ? { relation: "same", aspect: "equal" } : { relation: "nested", aspect: "inside" };
  // Tom / Thomas, Bill / William: a short form of the name, as an initial is
  if (isShortFor(ga, gb) || isShortFor(gb, ga)) return surnameVariant ? spelling : { relation: "nested", aspect: "initial" };
  if (ga[0] !== gb[0]) return { relation: "conflict", aspect: "person" };
  if (ga.length === 1 || gb.length === 1) return surnameVariant ? spelling : ga === gb ? { relation: "same", aspect: "equal" } : { relation: "nested", aspect: "initial" };
  if (ga === gb) return surnameVariant ? spelling : { relation: "same", aspect: "equal" };
  // Michael / Michel, Jon / John: one name spelled two ways. Jane / John: two people.
  return similarity(ga, gb) >= 0.6 ? spelling : { relation: "conflict", aspect: "person" };
}

/** Whether `short` is a common short form of the given name `full` ("tom" of "thomas"). */
function isShortFor(short: string, full: string): boolean {
  return Object.hasOwn(SHORT_GIVEN_NAMES, full) && SHORT_GIVEN_NAMES[full].includes(short);
}

export function compareStances(a: StanceValue, b: StanceValue): Comparison {
  if (a.polarity === b.polarity) {
    return a.hedged === b.hedged ? { relation: "same", aspect: "equal" } : { relation: "variant", aspect: "hedge" };
  }
  // Pro against con cannot both hold when both are stated outright; a hedged side only weakens one claim.
  return !a.hedged && !b.hedged ? { relation: "conflict", aspect: "stance" } : { relation: "variant", aspect: "hedge" };
}

/** Null when the two values cannot be compared (missing, different kinds, incompatible units). */
export function compareValues(a: ClaimValue | null, b: ClaimValue | null, options: CompareOptions = {}): Comparison | null {
  const cmp = compareSameKind(a, b, options);
  if (cmp?.relation === "conflict" && options.manyTrue) return { relation: "variant", aspect: "apart" };
  return cmp;
}

function compareSameKind(a: ClaimValue | null, b: ClaimValue | null, options: CompareOptions): Comparison | null {
  if (!a || !b || a.kind !== b.kind) return null;
  switch (a.kind) {
    case "year":
      return compareYears(a, b as YearValue);
    case "count":
      return compareCounts(a, b as CountValue, options);
    case "quantity":
      return compareQuantities(a, b as QuantityValue);
    case "person":
      return comparePersons(a, b as PersonValue);
    case "stance":
      return compareStances(a, b as StanceValue);
  }
}
