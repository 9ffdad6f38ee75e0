// Grouping and assessment, composed in one place: claims of a corpus in, one group per proposition out,
// each with its question, assessment, reason, conflicting pairs and suggested verdicts. Pure.
import type { ClaimGroup, GroupableClaim } from "../types";
import { assessGroup, comparePairs } from "./assess";
import { canonicalSubjects, displaySubject, dominantSubject, groupKey, groupLabel, type GroupSlot, normalizeSubject, sameBody, slotOf } from "./keys";
import { type CompareOptions, compareValues } from "./compare";
import { suggestVerdicts } from "./suggest";

export { assessGroup, comparePairs, valuePhrase } from "./assess";
export { compareValues } from "./compare";
export { formatValue, yearPhrase } from "./format";
export { groupKey, groupLabel, sameBody, slotOf } from "./keys";
export { scopeRelation } from "./scope";
export { suggestVerdicts } from "./suggest";

interface Bucket {
  subject: string | null;
  slot: GroupSlot;
  claims: GroupableClaim[];
  /** Every wording of the body seen (recognition groups). */
  bodies: string[];
}

/** The wording to show for a body: the most used; on a tie the plainest ASCII spelling, then the longest. */
function bodyName(bodies: string[]): string {
  const counts = new Map<string, number>();
  for (const b of bodies) counts.set(b, (counts.get(b) ?? 0) + 1);
  const nonAscii = (s: string) => (s.match(/[^\x20-\x7e]/g) ?? []).length;
  return [...counts].sort((x, y) => y[1] - x[1] || nonAscii(x[0]) - nonAscii(y[0]) || y[0].length - x[0].length)[0][0];
}

function optionsFor(slot: GroupSlot): CompareOptions {
  // (precursors, and the times it was popular, can all be true at once: values apart are different events)
  return { scoped: slot.category === "practitioner_count", manyTrue: slot.kind === "precursor" || slot.kind === "popularity" };
}

/** A session count scoped to one use that only one source gives ("5–15 for cellulite") is read as an answer
 * to the main sessions question when it fits every figure there; when it does not fit, its scope is what
 * sets it apart, and it stays its own question ("2–4 for skin rejuvenation"). */
function foldCompatibleScopes(buckets: Bucket[]): void {
  for (const main of buckets.filter((b) => b.slot.kind === "sessions" && b.slot.facet === "sessions")) {
    const valued = main.claims.filter((c) => c.value);
    if (!valued.length) continue;
    for (const scoped of buckets.filter((b) => b.subject === main.subject && b.slot.kind === "sessions" && b.slot.facet !== "sessions")) {
      if (new Set(scoped.claims.map((c) => c.sourceId)).size !== 1) continue;
      const fits = scoped.claims.every(
        (c) => c.value && valued.every((m) => ["same", "nested"].includes(compareValues(c.value, m.value)?.relation ?? "")),
      );
      if (!fits) continue;
      main.claims.push(...scoped.claims);
      main.claims.sort((a, b) => a.id - b.id);
      buckets.splice(buckets.indexOf(scoped), 1);
    }
  }
}

export function groupClaims(claims: GroupableClaim[]): ClaimGroup[] {
  const dominant = dominantSubject(claims);
  // sources that name the subject a little differently ("colon hydrotherapy", "colonic hydrotherapy") speak of one
  const canon = canonicalSubjects(claims);
  const buckets: Bucket[] = [];
  for (const claim of claims) {
    const slot = slotOf(claim);
    if (!slot) continue;
    const own = normalizeSubject(claim.subject);
    const subject = own ? canon.get(own) ?? own : dominant;
    let bucket = buckets.find(
      (b) =>
        b.subject === subject &&
        b.slot.kind === slot.kind &&
        (slot.kind === "recognition"
          ? slot.facet === null
            ? b.slot.facet === null
            : b.slot.facet !== null && b.bodies.some((body) => sameBody(body, slot.facet!))
          : b.slot.facet === slot.facet),
    );
    if (!bucket) {
      bucket = { subject, slot, claims: [], bodies: [] };
      buckets.push(bucket);
    }
    bucket.claims.push(claim);
    if (slot.kind === "recognition" && slot.facet) bucket.bodies.push(slot.facet);
  }

  foldCompatibleScopes(buckets);

  const texts = claims.map((c) => c.text);
  const shown = new Map<string, string>();
  const display = (subject: string | null) => {
    if (!subject) return "it";
    if (!shown.has(subject)) shown.set(subject, displaySubject(subject, texts));
    return shown.get(subject)!;
  };

  return buckets.map((bucket) => {
    const slot = bucket.bodies.length ? { ...bucket.slot, facet: bodyName(bucket.bodies) } : bucket.slot;
    const pairs = comparePairs(bucket.claims, optionsFor(slot));
    const { assessment, reason, conflicts } = assessGroup(bucket.claims, slot.category, pairs);
    return {
      key: groupKey(bucket.subject, slot),
      label: groupLabel(slot, display(bucket.subject)),
      category: slot.category,
      assessment,
      reason,
      claimIds: bucket.claims.map((c) => c.id),
      conflicts,
      suggestedVerdicts: suggestVerdicts(bucket.claims, assessment, pairs),
    };
  });
}
