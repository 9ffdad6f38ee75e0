// Which group a claim belongs to, and the question that group answers. Keys are stable and readable:
// "<subject>/<category>[/<facet>]", e.g. "acupuncture/origin_date/origin", "acupuncture/protocol/sessions:back pain".
import type { Category, GroupableClaim } from "../types";
import { fold, sameWord, words } from "./text";

/** Words a body's name may carry that say nothing about which body it is. */
const BODY_STOPWORDS = new Set(["the", "of", "de", "la", "le", "les", "du", "des", "der", "die", "das", "for", "and", "et", "und", "y", "del", "di"]);

function bodyWords(body: string): string[] {
  return words(body).filter((w) => !BODY_STOPWORDS.has(w));
}

/** The same body across translation and spelling: every word of the shorter name has a counterpart in the
 * longer one ("Académie de Medecine" ~ "French Academy of Medicine"), or the shorter is the longer's acronym. */
export function sameBody(a: string, b: string): boolean {
  const wa = bodyWords(a);
  const wb = bodyWords(b);
  if (!wa.length || !wb.length) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1 && long.length > 1 && short[0].length >= 2) {
    const initials = long.map((w) => w[0]).join("");
    const allInitials = words(wa.length <= wb.length ? b : a).map((w) => w[0]).join("");
    if (initials.includes(short[0]) || allInitials.includes(short[0])) return true;
  }
  return short.every((w) => long.some((v) => sameWord(w, v)));
}

/** The subject a claim is grouped under: its own, or the corpus's dominant one when it has none. */
export function normalizeSubject(subject: string | null): string | null {
  const s = subject ? fold(subject).replace(/[^\p{L}\p{N}\s'-]/gu, " ").replace(/\s+/g, " ").trim() : "";
  return s || null;
}

// words that name no treatment on their own: "cupping" and "cupping therapy" are one subject
const GENERIC_SUBJECT_WORDS = new Set(["therapy", "therapies", "treatment", "treatments", "technique", "techniques", "method",
  "methods", "medicine", "massage", "practice", "the", "of", "and", "a"]);

/** Two sources' names for one subject: each content word of either has a counterpart in the other ("colon
 * hydrotherapy" ~ "colonic hydrotherapy", "cupping" ~ "cupping therapy"; not "cranial osteopathy" ~ "craniosacral"). */
export function sameSubject(a: string, b: string): boolean {
  const wa = words(a).filter((w) => !GENERIC_SUBJECT_WORDS.has(w));
  const wb = words(b).filter((w) => !GENERIC_SUBJECT_WORDS.has(w));
  if (!wa.length || !wb.length) return false;
  return wa.every((w) => wb.some((v) => sameWord(w, v))) && wb.every((w) => wa.some((v) => sameWord(w, v)));
}

/** Each subject's name in the corpus mapped to the most used name of the same subject. */
export function canonicalSubjects(claims: GroupableClaim[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const s = normalizeSubject(c.subject);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const byUse = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([s]) => s);
  const canon = new Map<string, string>();
  for (const s of byUse) canon.set(s, byUse.find((t) => t === s || (canon.get(t) === t && sameSubject(s, t)))!);
  return canon;
}

export function dominantSubject(claims: GroupableClaim[]): string | null {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const s = normalizeSubject(c.subject);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [s, n] of counts) {
    if (n > bestCount) [best, bestCount] = [s, n];
  }
  return best;
}

/** The subject as people write it: its most common form in the middle of claim texts ("cupping",
 * "TENS", "Reiki"), else its form at the start of a sentence, else capitalised. */
export function displaySubject(subject: string, texts: string[]): string {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "giu");
  const mid = new Map<string, number>();
  const initial = new Map<string, number>();
  for (const text of texts) {
    const folded = text.normalize("NFC");
    for (const m of folded.matchAll(pattern)) {
      const before = folded.slice(0, m.index).trimEnd();
      const atStart = before === "" || /[.!?:"“«]$/.test(before);
      const bucket = atStart ? initial : mid;
      bucket.set(m[0], (bucket.get(m[0]) ?? 0) + 1);
    }
  }
  for (const bucket of [mid, initial]) {
    // Most common form; on a tie the lower-case one, as it reads more neutrally mid-question.
    const forms = [...bucket].sort((x, y) => y[1] - x[1] || (x[0] === x[0].toLowerCase() ? -1 : 1));
    if (forms.length) return forms[0][0];
  }
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

export type GroupKind =
  | "founder"
  | "origin"
  | "precursor"
  | "naming"
  | "origin_other"
  | "practitioner_count"
  | "recognition"
  | "sessions"
  | "protocol"
  | "efficacy"
  | "safety"
  | "popularity";

export interface GroupSlot {
  kind: GroupKind;
  category: Category;
  /** The sub-proposition inside the category: a body, a session scope, a protocol facet; null for none. */
  facet: string | null;
}

const SESSION_UNIT = /\b(session|treatment|visit|appointment|course|injection round)s?\b/i;
const FACET_BY_DIMENSION: Array<[RegExp, string]> = [
  [/^(mm|cm|m|in|inch|inches)$/i, "depth"],
  [/^(s|sec|min|h|hr|hours|minutes)$/i, "duration"],
  [/^(l|gal)$/i, "volume"],
  [/^(ml|cc|mg|g|%)$/i, "dose"],
];

/** A protocol claim's facet: as the extractor gave it, else read off the value's unit. */
function protocolFacet(claim: GroupableClaim): string | null {
  const facet = claim.facet?.trim();
  if (facet) return fold(facet);
  const v = claim.value;
  if (v?.kind === "count" && v.unit && SESSION_UNIT.test(v.unit)) return "sessions";
  if (v?.kind === "quantity") {
    for (const [unit, name] of FACET_BY_DIMENSION) if (unit.test(v.unit)) return name;
  }
  return null;
}

/** The slot (category + facet) a claim belongs to, before bodies are merged; null for category "other". */
export function slotOf(claim: GroupableClaim): GroupSlot | null {
  const facet = claim.facet?.trim() || null;
  switch (claim.category) {
    case "other":
      // how popular it is, and when ("became popular in the 1920s", "is growing increasingly popular"): kept as
      // "other" by extraction (its facet "popularity"), yet a proposition sources disagree on
      return facet === "popularity" ? { kind: "popularity", category: "other", facet: null } : null;
    case "founder":
      // a person named only at an earlier stage (extraction's facet "precursor") did not originate it
      return facet === "precursor" ? null : { kind: "founder", category: "founder", facet: null };
    case "practitioner_count":
    case "efficacy":
    case "safety":
      return { kind: claim.category, category: claim.category, facet: null };
    case "origin_date": {
      const f = facet ? fold(facet) : "origin";
      if (f === "origin" || f === "precursor" || f === "naming") return { kind: f, category: "origin_date", facet: f };
      return { kind: "origin_other", category: "origin_date", facet: f };
    }
    case "recognition":
      return { kind: "recognition", category: "recognition", facet };
    case "protocol": {
      const f = protocolFacet(claim);
      if (f && /^sessions?(:|$)/.test(f)) {
        const scope = f.includes(":") ? f.slice(f.indexOf(":") + 1).trim() : "";
        return { kind: "sessions", category: "protocol", facet: scope ? `sessions:${scope}` : "sessions" };
      }
      // Neither a facet nor a value to say what it is about: no proposition to compare across sources.
      if (!f && !claim.value) return null;
      return { kind: "protocol", category: "protocol", facet: f };
    }
  }
}

/** "acupuncture/recognition/world health organization" */
export function groupKey(subject: string | null, slot: GroupSlot): string {
  const parts = subject ? [subject] : [];
  parts.push(slot.category);
  if (slot.kind === "recognition" || slot.kind === "protocol" || slot.kind === "sessions" || slot.kind === "origin_other") {
    if (slot.facet) parts.push(fold(slot.facet));
  } else if (slot.kind === "origin" || slot.kind === "precursor" || slot.kind === "naming" || slot.kind === "popularity") {
    parts.push(slot.kind);
  }
  return parts.join("/");
}

function theBody(body: string): string {
  return /^the\s/i.test(body) ? body : `the ${body}`;
}

const PROTOCOL_QUESTIONS: Record<string, (x: string) => string> = {
  frequency: (x) => `How often is ${x} given?`,
  depth: (x) => `How deep is ${x} applied?`,
  length: (x) => `How long are the needles or tools used in ${x}?`,
  duration: (x) => `How long does a session of ${x} take?`,
  dose: (x) => `What dose does ${x} use?`,
  volume: (x) => `How much liquid does a session of ${x} use?`,
  route: (x) => `By what route is ${x} given?`,
};

/** The question a group answers; `x` is the subject as written ("it" when there is none). */
export function groupLabel(slot: GroupSlot, x: string): string {
  switch (slot.kind) {
    case "founder":
      return `Who originated ${x}?`;
    case "origin":
      return `When did ${x} originate?`;
    case "precursor":
      return `When were precursors of ${x} used?`;
    case "naming":
      return x === "it" ? "When was its name coined?" : `When was the name ${x} coined?`;
    case "origin_other":
      if (slot.facet === "popularised") return `When did ${x} become popular?`;
      if (slot.facet === "publication") return `When was the founding work on ${x} published?`;
      return `When did ${x} originate (${slot.facet})?`;
    case "practitioner_count":
      return `How many practitioners use ${x}?`;
    case "recognition":
      return slot.facet ? `Is ${x} recognised by ${theBody(slot.facet)}?` : `Is ${x} officially recognised?`;
    case "sessions": {
      const scope = slot.facet?.includes(":") ? slot.facet.slice(slot.facet.indexOf(":") + 1) : "";
      return `How many sessions does a course of ${x} take${scope ? ` (${scope})` : ""}?`;
    }
    case "protocol":
      if (!slot.facet) return `How is ${x} given?`;
      return PROTOCOL_QUESTIONS[slot.facet]?.(x) ?? `What is the ${slot.facet} of ${x}?`;
    case "efficacy":
      return `Does ${x} work?`;
    case "safety":
      return `How safe is ${x}?`;
    case "popularity":
      return `How popular is ${x}, and since when?`;
  }
}
