// Does one stated scope lie inside another? "France" lies inside "Europe", everything inside "worldwide".
import { CONTINENTS, PLACE_ALIASES, WORLDWIDE_SCOPES } from "./scopes-data";
import { fold } from "./text";

export type ScopeRelation = "same" | "inside" | "contains" | "other";

const WORLDWIDE = new Set(WORLDWIDE_SCOPES);
const CONTINENT_OF = new Map<string, string>();
for (const [continent, countries] of Object.entries(CONTINENTS)) {
  for (const country of countries) CONTINENT_OF.set(country, continent);
}

/** A scope's canonical place name: "in the U.S." → "united states"; null or "worldwide" → "worldwide". */
export function normalizeScope(scope: string | null | undefined): string {
  if (!scope) return "worldwide";
  let s = fold(scope)
    .replace(/[.,;:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(/^(in|across|throughout|within|for)\s+/, "").replace(/\s+alone$/, "");
  if (!s || WORLDWIDE.has(s)) return "worldwide";
  if (PLACE_ALIASES[s]) return PLACE_ALIASES[s];
  const bare = s.replace(/^the\s+/, "");
  if (WORLDWIDE.has(bare)) return "worldwide";
  return PLACE_ALIASES[bare] ?? bare;
}

/** Level of a place: 0 worldwide, 1 continent, 2 country or anything else. */
function parentOf(place: string): string | null {
  if (place === "worldwide") return null;
  if (CONTINENTS[place]) return "worldwide";
  return CONTINENT_OF.get(place) ?? "worldwide";
}

function ancestors(place: string): string[] {
  const out: string[] = [];
  for (let p = parentOf(place); p; p = parentOf(p)) out.push(p);
  return out;
}

/** How scope a relates to scope b. Unknown places count as inside "worldwide" and as "other" to each other. */
export function scopeRelation(a: string | null | undefined, b: string | null | undefined): ScopeRelation {
  const na = normalizeScope(a);
  const nb = normalizeScope(b);
  if (na === nb) return "same";
  if (ancestors(na).includes(nb)) return "inside";
  if (ancestors(nb).includes(na)) return "contains";
  return "other";
}

/** Whether the scope names a place in the lexicon (a country, a continent, or everywhere). */
export function isKnownPlace(scope: string): boolean {
  const n = normalizeScope(scope);
  return n === "worldwide" || Boolean(CONTINENTS[n]) || CONTINENT_OF.has(n);
}
