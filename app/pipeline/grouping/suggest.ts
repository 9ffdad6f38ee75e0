// The verdict a group suggests for each of its claims. A suggestion only: never stored as a reviewer's verdict.
//   single      → none
//   consistent  → supported
//   divergent   → supported, except outliers (stated differently from more sources than state it the same way)
//   conflicting → contested for both sides of a conflict; contradicted when at least two other sources stand
//                 against the claim outright and none other backs it
import type { Assessment, GroupableClaim, Verdict } from "../types";
import type { PairFinding } from "./assess";

function otherOf(p: PairFinding, claim: GroupableClaim): GroupableClaim | null {
  return p.a === claim ? p.b : p.b === claim ? p.a : null;
}

function isOutright(c: GroupableClaim): boolean {
  return !(c.value?.kind === "stance" && c.value.hedged);
}

/** Other sources, by how they relate to the claim: same words, compatible, stated differently, against. */
function relations(claim: GroupableClaim, pairs: PairFinding[]) {
  const same = new Set<number>();
  const compatible = new Set<number>();
  const differ = new Set<number>();
  const against = new Set<number>();
  for (const p of pairs) {
    const other = otherOf(p, claim);
    if (!other || other.sourceId === claim.sourceId) continue;
    if (p.relation === "same") same.add(other.sourceId);
    if (p.relation === "same" || p.relation === "nested" || (p.relation === "variant" && p.aspect === "scope")) {
      compatible.add(other.sourceId);
    } else if (p.relation === "variant") {
      differ.add(other.sourceId);
    } else if (p.relation === "conflict" && isOutright(other)) {
      against.add(other.sourceId);
    }
  }
  // A source that both backs and differs counts as backing.
  for (const s of compatible) differ.delete(s);
  return { same, compatible, differ, against };
}

function outlierVerdict(claim: GroupableClaim, pairs: PairFinding[]): Verdict {
  const { same, differ } = relations(claim, pairs);
  return differ.size > same.size && differ.size > 0 ? "contested" : "supported";
}

export function suggestVerdicts(
  claims: GroupableClaim[],
  assessment: Assessment,
  pairs: PairFinding[],
): Record<number, Verdict | null> {
  const out: Record<number, Verdict | null> = {};
  for (const claim of claims) {
    const compared = pairs.some((p) => otherOf(p, claim));
    if (assessment === "single" || !claim.value || !compared) {
      // Nothing to weigh it against (no value, or a value no other claim could be compared with).
      out[claim.id] = null;
    } else if (assessment === "consistent") {
      out[claim.id] = "supported";
    } else if (assessment === "divergent") {
      out[claim.id] = outlierVerdict(claim, pairs);
    } else {
      const inConflict = pairs.some((p) => p.relation === "conflict" && otherOf(p, claim));
      if (!inConflict) {
        // Hedged claims beside an outright opposite stay open; the rest as in a divergent group.
        const value = claim.value;
        const facesOpposite =
          value.kind === "stance" &&
          pairs.some((p) => {
            const other = otherOf(p, claim);
            return other && p.aspect === "hedge" && other.value?.kind === "stance" && other.value.polarity !== value.polarity;
          });
        out[claim.id] = facesOpposite ? "contested" : outlierVerdict(claim, pairs);
        continue;
      }
      const { compatible, against } = relations(claim, pairs);
      out[claim.id] = against.size >= 2 && compatible.size === 0 ? "contradicted" : "contested";
    }
  }
  return out;
}
