// A group's assessment (consistent / divergent / conflicting / single) from its claims' values, the pairs
// that cannot both hold, and a reason in plain words naming the sources and their values.
import { hedgingCues } from "../hedges";
import type { Assessment, Category, ClaimValue, GroupableClaim, PersonValue } from "../types";
import { type Aspect, type CompareOptions, compareValues, nameParts, type Relation } from "./compare";
import { formatValue, yearPhrase } from "./format";
import { normalizeScope } from "./scope";
import { listWords, sameWord, unique, words } from "./text";

export interface PairFinding {
  a: GroupableClaim;
  b: GroupableClaim;
  relation: Relation;
  aspect: Aspect;
}

export interface GroupAssessment {
  assessment: Assessment;
  reason: string;
  conflicts: Array<[number, number]>;
  pairs: PairFinding[];
}

/** Every pair of claims whose values can be compared. */
export function comparePairs(claims: GroupableClaim[], options: CompareOptions = {}): PairFinding[] {
  const pairs: PairFinding[] = [];
  const namedTogether = coNamed(claims);
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      let cmp = compareValues(claims[i].value, claims[j].value, options);
      if (cmp?.aspect === "person" && namedTogether(claims[i], claims[j])) cmp = { relation: "variant", aspect: "together" };
      if (cmp) pairs.push({ a: claims[i], b: claims[j], ...cmp });
    }
  }
  return pairs;
}

/** Whether two people are named beside each other rather than instead of each other: one source names both
 * (co-founders, or a founder and a forerunner the same text credits), or their two sources agree on someone else as
 * well ("A and B" in one, "A and C" in another: both name A, and add one more each). */
function coNamed(claims: GroupableClaim[]): (a: GroupableClaim, b: GroupableClaim) => boolean {
  const peopleBySource = new Map<number, PersonValue[]>();
  for (const c of claims) {
    if (c.value?.kind !== "person") continue;
    peopleBySource.set(c.sourceId, [...(peopleBySource.get(c.sourceId) ?? []), c.value]);
  }
  const samePerson = (x: PersonValue, y: PersonValue) => compareValues(x, y)?.aspect !== "person";
  return (a, b) => {
    if (a.value?.kind !== "person" || b.value?.kind !== "person") return false;
    const pa = a.value, pb = b.value;
    if ([...peopleBySource.values()].some((ps) => ps.some((p) => samePerson(p, pa)) && ps.some((p) => samePerson(p, pb)))) return true;
    const inA = peopleBySource.get(a.sourceId) ?? [], inB = peopleBySource.get(b.sourceId) ?? [];
    return inA.some((p) => p !== pa && inB.some((q) => q !== pb && samePerson(p, q)));
  };
}

function facetsMatch(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = words(a);
  const wb = words(b);
  return wa.some((w) => wb.some((v) => sameWord(w, v)));
}

/** Conflicting pairs, most salient first: same facet, then a general claim against any (one has no facet),
 * then within one source, then claims about different facets. */
function orderedConflicts(pairs: PairFinding[]): Array<[number, number]> {
  const rank = (p: PairFinding) =>
    facetsMatch(p.a.facet, p.b.facet) ? 0 : !p.a.facet || !p.b.facet ? 1 : p.a.sourceId === p.b.sourceId ? 2 : 3;
  return pairs
    .filter((p) => p.relation === "conflict")
    .map((p) => ({ p, r: rank(p) }))
    .sort((x, y) => x.r - y.r || Math.min(x.p.a.id, x.p.b.id) - Math.min(y.p.a.id, y.p.b.id))
    .map(({ p }) => {
      // Stance pairs read pro first; value pairs in id order.
      if (p.a.value?.kind === "stance" && p.b.value?.kind === "stance") {
        return p.a.value.polarity === "pro" ? [p.a.id, p.b.id] : [p.b.id, p.a.id];
      }
      return p.a.id < p.b.id ? [p.a.id, p.b.id] : [p.b.id, p.a.id];
    });
}

export function assessGroup(
  claims: GroupableClaim[],
  category: Category,
  pairs: PairFinding[] = comparePairs(claims, { scoped: category === "practitioner_count" }),
): GroupAssessment {
  const sources = unique(claims.map((c) => c.sourceId));
  if (category === "recognition") {
    const denial = recognitionDenial(claims);
    if (denial) return { ...denial, pairs };
  }
  const conflicts = orderedConflicts(pairs);
  const crossVariant = pairs.some((p) => p.relation === "variant" && p.a.sourceId !== p.b.sourceId);
  // Several sources but no two values to compare: a recognition without a year still agrees with one that
  // has it; other statements without values (how often, in words) can only be read side by side.
  const nothingCompared = sources.length > 1 && !pairs.some((p) => p.a.sourceId !== p.b.sourceId);
  // Dates told in words ("since ancient times", "first used by the ancient Egyptians") agree unless one of them
  // doubts the story ("its origins are unknown", "mythical tales", "no evidence"): then a reader should look.
  // (an age with a figure but no year, "for at least 300 years", is a value that could not be compared: not words)
  // One kind of thing counted by two sources over different periods ("13,000 patients a year", "65 patients a
  // day"): neither contradicts the other, but a reader should see them side by side. (Counts of different kinds
  // of thing, clinics beside practitioners, are simply not compared.)
  const overOtherPeriods = (a: GroupableClaim, b: GroupableClaim) => a.value?.kind === "count" && b.value?.kind === "count"
    && (a.value.per ?? null) !== (b.value.per ?? null) && compareValues({ ...a.value, per: null }, { ...b.value, per: null }) !== null;
  const countsApart = claims.some((a, i) => claims.some((b, j) => j > i && b.sourceId !== a.sourceId && overOtherPeriods(a, b)));
  // How popular it is, told in words by one source ("growing increasingly popular") and dated by another ("peaked in
  // the 1920s"): the two cannot be checked against each other, only read side by side
  const popularityInWords = category === "other" && sources.some((s) => claims.every((c) => c.sourceId !== s || !c.value));
  const agreeingInWords = category === "origin_date" && !claims.some((c) => DOUBTS.test(c.text) || (!c.value && /\d/.test(c.text)));
  // (one source is "single" whatever it says, as DESIGN.md defines it; a source at odds with itself is told in the
  // reason, not as a conflict between sources)
  const assessment: Assessment = sources.length <= 1
    ? "single"
    : conflicts.length
      ? "conflicting"
      : crossVariant || countsApart || popularityInWords || (nothingCompared && category !== "recognition" && !agreeingInWords)
        ? "divergent"
        : "consistent";
  const isStance = claims.some((c) => c.value?.kind === "stance");
  const reason = isStance
    ? stanceReason(assessment, claims, pairs, category)
    : valueReason(assessment, claims, pairs, category);
  return { assessment, reason, conflicts: assessment === "single" ? [] : conflicts, pairs };
}

const DOUBTS = /\b(?:unknown|unclear|uncertain|obscure|disputed|myth\w*|legend\w*|vague|undocumented|unverified|tales?|no (?:\w+ )?evidence)\b/i;

// "has not approved", "is not recognised", "has yet to gain the endorsement", "does not recommend", "banned"
const DENIES = /\b(?:not|never|no|nor|neither|yet to|without|refused|rejected|withdrawn|revoked|ban(?:s|ned)?|prohibit\w*|lacks?)\b|n't\b/i;

/** Recognition affirmed by some sources and denied by others ("recognised by the X since 1990" against "has not
 * approved it") cannot all hold: conflicting, with each affirming claim paired with each denying one. */
function recognitionDenial(claims: GroupableClaim[]): Omit<GroupAssessment, "pairs"> | null {
  const denying = claims.filter((c) => DENIES.test(c.text));
  const affirming = claims.filter((c) => !DENIES.test(c.text));
  const conflicts: Array<[number, number]> = [];
  for (const a of affirming) for (const d of denying) if (a.sourceId !== d.sourceId) conflicts.push([a.id, d.id]);
  if (!conflicts.length) return null;
  const quote = (c: GroupableClaim) => `“${c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text}”`;
  const yes = sourcesOf(affirming.filter((a) => conflicts.some(([x]) => x === a.id)));
  const no = sourcesOf(denying.filter((d) => conflicts.some(([, y]) => y === d.id)));
  const reason = `${capitalise(says(yes, "says", "say"))} it is recognised (${quote(affirming.find((a) => conflicts.some(([x]) => x === a.id))!)}); `
    + `${says(no, "says", "say")} it is not (${quote(denying.find((d) => conflicts.some(([, y]) => y === d.id))!)}).`;
  return { assessment: "conflicting", reason, conflicts };
}

// ---------- reasons ----------

function sourcesOf(claims: GroupableClaim[]): string[] {
  return unique(claims.map((c) => c.sourceLabel));
}

function says(sources: string[], one: string, many: string): string {
  return `${listWords(sources)} ${sources.length === 1 ? one : many}`;
}

/** The words for a value in a reason: decades as people say them ("the early 1950s"), else formatValue. */
export function valuePhrase(value: ClaimValue): string {
  return value.kind === "year" ? yearPhrase(value) : formatValue(value);
}

interface Cluster {
  phrase: string;
  claims: GroupableClaim[];
}

function clusterByValue(claims: GroupableClaim[]): Cluster[] {
  const map = new Map<string, GroupableClaim[]>();
  for (const c of claims) {
    if (!c.value) continue;
    const phrase = valuePhrase(c.value);
    map.set(phrase, [...(map.get(phrase) ?? []), c]);
  }
  return [...map].map(([phrase, cs]) => ({ phrase, claims: cs }));
}

function describe(cluster: Cluster): string {
  return `${cluster.phrase} (${sourcesOf(cluster.claims).join(", ")})`;
}

function clusterOf(clusters: Cluster[], claim: GroupableClaim): Cluster {
  return clusters.find((cl) => cl.claims.includes(claim))!;
}

/** Cluster pairs (deduplicated) among the pairs with one of the given aspects. */
function clusterPairs(clusters: Cluster[], pairs: PairFinding[], keep: (p: PairFinding) => boolean): Array<[Cluster, Cluster, PairFinding]> {
  const seen = new Set<string>();
  const out: Array<[Cluster, Cluster, PairFinding]> = [];
  for (const p of pairs) {
    if (!keep(p)) continue;
    const ca = clusterOf(clusters, p.a);
    const cb = clusterOf(clusters, p.b);
    const id = [ca.phrase, cb.phrase].sort().join("\u0000");
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([ca, cb, p]);
  }
  return out;
}

/** Sources holding both sides of a conflict about the same thing (the same facet, or one of them general). */
function selfContradicting(pairs: PairFinding[]): string[] {
  return unique(
    pairs
      .filter((p) => p.relation === "conflict" && p.a.sourceId === p.b.sourceId)
      .filter((p) => !p.a.facet || !p.b.facet || facetsMatch(p.a.facet, p.b.facet))
      .map((p) => p.a.sourceLabel),
  );
}

function span(c: Cluster): number {
  const v = c.claims[0].value!;
  if (v.kind === "year" || v.kind === "count" || v.kind === "quantity") return (v.max ?? Infinity) - v.min;
  if (v.kind === "person") return -nameParts(v.name).given.join(" ").length;
  return 0;
}

function valueReason(assessment: Assessment, claims: GroupableClaim[], pairs: PairFinding[], category: Category): string {
  const clusters = clusterByValue(claims);
  const allSources = sourcesOf(claims);
  // Claims no other claim could be compared with (no value, or a count of another kind of thing).
  const compared = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const apart = clusters.filter((cl) => clusters.length > 1 && cl.claims.every((c) => !compared.has(c)));
  const unvalued = sourcesOf(claims.filter((c) => !c.value)).filter((s) => !clusters.some((cl) => sourcesOf(cl.claims).includes(s)));
  let tail = apart.length ? ` ${capitalise(listWords(apart.map(describe)))} ${apart.length === 1 ? "counts" : "count"} something else and ${apart.length === 1 ? "is" : "are"} not compared.` : "";
  tail += unvalued.length ? ` ${capitalise(says(unvalued, "speaks", "speak"))} to it without a figure.` : "";
  if (assessment === "single") {
    const itself = selfContradicting(pairs).length ? " Its own figures cannot all be right: it contradicts itself." : "";
    return clusters.length
      ? `Only ${allSources[0]} speaks to this: ${listWords(clusters.map((c) => c.phrase))}.${itself}`
      : `Only ${allSources[0]} speaks to this, without a value to compare.`;
  }
  if (assessment !== "conflicting" && !pairs.some((p) => p.a.sourceId !== p.b.sourceId)) {
    const valued = clusters.length ? ` Only ${listWords(clusters.map(describe))} ${clusters.length === 1 ? "gives" : "give"} a value.` : "";
    if (category === "recognition") return `${capitalise(says(allSources, "speaks", "speak"))} of this recognition.${valued}`;
    if (assessment === "consistent") {
      return `${capitalise(says(allSources, "tells", "tell"))} of it in words rather than figures, and none doubts the others.${valued}`;
    }
    return `${capitalise(says(allSources, "speaks", "speak"))} to this, but not in values that can be compared: read them side by side.${valued}`;
  }
  const sentences: string[] = [];
  const inConflict = new Set<Cluster>();
  if (assessment === "conflicting") {
    const conflictPairs = clusterPairs(clusters, pairs, (p) => p.relation === "conflict");
    const parts = conflictPairs.map(([a, b, p]) => {
      inConflict.add(a).add(b);
      if (p.aspect === "person") return `${describe(a)} and ${describe(b)} name different people`;
      if (p.aspect === "scope-size") return `${describe(a)} and ${describe(b)} cannot both be right: the narrower scope cannot count more than the wider one`;
      return `${describe(a)} and ${describe(b)} cannot both be right`;
    });
    sentences.push(`${capitalise(parts.slice(0, 3).join("; "))}${parts.length > 3 ? `; and ${parts.length - 3} more such pairs` : ""}.`);
    const selves = selfContradicting(pairs);
    if (selves.length) sentences.push(`${says(selves, "contradicts itself", "each contradict themselves")}.`);
  }
  if (assessment === "conflicting" || assessment === "divergent") {
    const variants = pairs.filter((p) => p.relation === "variant" && p.a.sourceId !== p.b.sourceId);
    const spelling = clusterPairs(clusters, variants, (p) => p.aspect === "spelling");
    if (spelling.length && !pairs.some((p) => p.aspect === "person")) {
      const spelled = unique(spelling.flatMap(([a, b]) => [a, b]));
      const rest = clusters.filter((c) => !spelled.includes(c) && !apart.includes(c));
      const surname = mostCommon(claims.flatMap((c) => (c.value?.kind === "person" ? [c.value.name.trim().split(/\s+/).pop()!] : [])));
      sentences.push(
        `All sources name one person, ${surname}, spelled ${listWords(spelled.map(describe))}` +
          (rest.length ? `; ${listWords(rest.map(describe))} ${rest.length === 1 ? "fits" : "fit"} either` : "") +
          ": a spelling difference to check, not two people.",
      );
    } else if (spelling.length) {
      sentences.push(`Spelled differently: ${spelling.slice(0, 3).map(([a, b]) => `${describe(a)} and ${describe(b)}`).join("; ")}.`);
    }
    const scoped = clusterPairs(clusters, variants, (p) => p.aspect === "scope");
    if (scoped.length) sentences.push(scopeSentence(scoped, inConflict));
    const together = clusterPairs(clusters, variants, (p) => p.aspect === "together");
    if (together.length) {
      sentences.push(`Named together by one source, so both can be right: ${listWords(unique(together.flatMap(([a, b]) => [a, b])).map(describe))}.`);
    }
    const apartPairs = clusterPairs(clusters, variants, (p) => p.aspect === "apart");
    if (apartPairs.length) {
      sentences.push(`Different values that can all be true (different events): ${listWords(unique(apartPairs.flatMap(([a, b]) => [a, b])).map(describe))}.`);
    }
    const approx = clusterPairs(clusters, variants, (p) => p.aspect === "approx");
    if (approx.length) {
      sentences.push(
        `${capitalise(approx.slice(0, 3).map(([a, b]) => `${describe(a)} and ${describe(b)}`).join("; "))} differ, but only within their stated approximation.`,
      );
    }
    const hedged = clusterPairs(clusters, variants, (p) => p.aspect === "hedge");
    if (hedged.length) sentences.push("Some sources state it only with hedges.");
    if (assessment === "divergent" && !sentences.length && !apart.length && unvalued.length) {
      const kept = clusters.filter((cl) => !apart.includes(cl));
      sentences.push(`${kept.length ? `${capitalise(listWords(kept.map(describe)))} ${kept.length === 1 ? "gives" : "give"} a date or figure; ` : ""}the others tell of it only in words: read them side by side.`);
    }
    if (assessment === "divergent" && !sentences.length && apart.length) {
      const agreeing = clusters.filter((cl) => !apart.includes(cl) && sourcesOf(cl.claims).length > 1);
      if (agreeing.length) sentences.push(`${capitalise(listWords(agreeing.map(describe)))} ${agreeing.length === 1 ? "is" : "are"} told alike.`);
      const periods = unique(claims.flatMap((c) => (c.value?.kind === "count" && c.value.per ? [c.value.per] : [])));
      sentences.push(`Some figures are counted per ${listWords(periods, "or")}, not in the same terms: read them side by side.`);
    }
  }
  if (assessment === "consistent") {
    const kept = clusters.filter((cl) => !apart.includes(cl));
    if (kept.length === 1) {
      sentences.push(`All sources agree: ${describe(kept[0])}.`);
    } else {
      const sorted = [...kept].sort((a, b) => span(a) - span(b));
      const [anchor, ...others] = sorted;
      const anchorPairs = pairs.filter((p) => anchor.claims.includes(p.a) !== anchor.claims.includes(p.b));
      const inside = anchorPairs.every((p) => p.aspect === "inside" || p.aspect === "equal");
      sentences.push(`${capitalise(describe(anchor))} ${inside ? "lies inside" : "fits with"} ${listWords(others.map(describe))}: they can all hold.`);
    }
  }
  return sentences.join(" ") + tail;
}

function scopeOf(cluster: Cluster): string | null {
  const v = cluster.claims[0].value;
  const scope = v?.kind === "count" ? v.scope : null;
  return scope && normalizeScope(scope) !== "worldwide" ? scope : null;
}

/** Figures at different scopes: they can hold together; say which is narrower, and when a part nearly
 * exhausts the whole. */
function scopeSentence(scoped: Array<[Cluster, Cluster, PairFinding]>, inConflict: Set<Cluster>): string {
  const involved = unique(scoped.flatMap(([a, b]) => [a, b]));
  const narrow = involved.filter((c) => scopeOf(c) !== null);
  const tight: string[] = [];
  for (const [a, b] of scoped) {
    const va = a.claims[0].value;
    const vb = b.claims[0].value;
    if (va?.kind !== "count" || vb?.kind !== "count") continue;
    const [part, whole, vp, vw] = scopeOf(a) && !scopeOf(b) ? [a, b, va, vb] : scopeOf(b) && !scopeOf(a) ? [b, a, vb, va] : [];
    if (part && whole && vp && vw && vw.max !== null && vp.min >= 0.75 * vw.max) {
      tight.push(`${describe(part)} leaves little room elsewhere under ${describe(whole)}`);
    }
  }
  let sentence: string;
  if (inConflict.size) {
    const aside = narrow.filter((c) => !inConflict.has(c));
    sentence = aside.length
      ? `${capitalise(listWords(aside.map(describe)))} ${aside.length === 1 ? "counts a narrower scope" : "count narrower scopes"}, so ${aside.length === 1 ? "it does" : "they do"} not contradict the wider figures.`
      : "Some figures count narrower scopes than others.";
  } else {
    sentence = `The figures count different scopes, so they can all hold but do not say the same: ${listWords(involved.map(describe))}.`;
  }
  return tight.length ? `${sentence} But ${tight.slice(0, 2).join("; ")}.` : sentence;
}

function mostCommon(items: string[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const STANCE_WORDS: Partial<Record<Category, { pro: string; con: string }>> = {
  efficacy: { pro: "it works", con: "it does not" },
  safety: { pro: "it is safe or its side effects mild", con: "it carries harms or risks" },
};

function stanceReason(assessment: Assessment, claims: GroupableClaim[], pairs: PairFinding[], category: Category): string {
  const wordsFor = STANCE_WORDS[category] ?? { pro: "so", con: "the opposite" };
  const stanceClaims = claims.filter((c) => c.value?.kind === "stance");
  const side = (polarity: "pro" | "con") => {
    const cs = stanceClaims.filter((c) => c.value?.kind === "stance" && c.value.polarity === polarity);
    const outright = sourcesOf(cs.filter((c) => c.value?.kind === "stance" && !c.value.hedged));
    const hedgedOnly = sourcesOf(cs).filter((s) => !outright.includes(s));
    return { outright, hedgedOnly };
  };
  const describeSide = (polarity: "pro" | "con") => {
    const { outright, hedgedOnly } = side(polarity);
    const claim = wordsFor[polarity];
    if (!outright.length && !hedgedOnly.length) return "";
    if (!outright.length) return `${says(hedgedOnly, "says", "say")} ${claim} only with hedges`;
    return `${says(outright, "says", "say")} ${claim}` + (hedgedOnly.length ? ` (${says(hedgedOnly, "does", "do")} so only with hedges)` : "");
  };
  const pro = describeSide("pro");
  const con = describeSide("con");
  const all = sourcesOf(claims);
  if (assessment === "single") {
    const what = (["pro", "con"] as const)
      .map((polarity) => {
        const { outright, hedgedOnly } = side(polarity);
        if (!outright.length && !hedgedOnly.length) return "";
        return `${wordsFor[polarity]}${outright.length ? "" : ", only with hedges"}`;
      })
      .filter(Boolean);
    const selves = selfContradicting(pairs);
    return `Only ${all[0]} speaks to this${what.length ? `, and says ${what.join("; and also that ")}` : ""}.` + (selves.length ? " It contradicts itself." : "");
  }
  const sentences: string[] = [];
  if (assessment === "conflicting") sentences.push(`${capitalise(pro)}; against that, ${con}.`);
  else sentences.push(`${capitalise([pro, con].filter(Boolean).join("; "))}.`);
  const hedgedSources = sourcesOf(stanceClaims.filter((c) => c.value?.kind === "stance" && c.value.hedged));
  const cues = unique(stanceClaims.flatMap((c) => hedgingCues(c.hedges).map((h) => h.trim().toLowerCase()).filter(Boolean)));
  if (hedgedSources.length && assessment === "conflicting") {
    sentences.push(`${says(hedgedSources, "hedges", "hedge")} some claims${cues.length ? ` (${cues.slice(0, 5).map((h) => `“${h}”`).join(", ")})` : ""}.`);
  } else if (cues.length) {
    sentences.push(`Hedges used: ${cues.slice(0, 5).map((h) => `“${h}”`).join(", ")}.`);
  }
  const selves = selfContradicting(pairs);
  if (selves.length) sentences.push(`${says(selves, "contradicts itself", "each contradict themselves")}.`);
  // The outcomes (or safety aspects) most often named, short ones only: a reason is not a list of every clause.
  const facetCounts = new Map<string, number>();
  for (const c of stanceClaims) {
    const f = c.facet?.trim().toLowerCase();
    if (f && f.split(/\s+/).length <= 3 && !/[,;]/.test(f)) facetCounts.set(f, (facetCounts.get(f) ?? 0) + 1);
  }
  const facets = [...facetCounts].sort((a, b) => b[1] - a[1]).map(([f]) => f);
  if (facets.length) sentences.push(`${category === "safety" ? "Aspects" : "Outcomes"} named: ${facets.slice(0, 6).join(", ")}.`);
  return sentences.join(" ");
}
