// A claim's value in plain words, for reasons, the app, the CSV and the Markdown brief.
import type { ClaimValue, CountValue, QuantityValue, YearValue } from "../types";
import { isKnownPlace, normalizeScope } from "./scope";

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

function year(n: number): string {
  return n < 0 ? `${-n} BC` : String(n);
}

/** 1952; "1950–1959 (approx.)"; "about 3600 BC"; "3600–3000 BC". */
export function formatYear(v: YearValue): string {
  if (v.min === v.max) return `${v.approx ? "about " : ""}${year(v.min)}`;
  const range = v.min < 0 && v.max < 0 ? `${-v.min}–${-v.max} BC` : `${year(v.min)}–${year(v.max)}`;
  return `${range}${v.approx ? " (approx.)" : ""}`;
}

/** How a person would say a year range: "the 1950s", "the early 1950s", "1952", else formatYear. */
export function yearPhrase(v: YearValue): string {
  const { min, max } = v;
  if (min === max) return formatYear(v);
  if (min >= 1000 && min % 10 === 0) {
    const decade = `${min}s`;
    if (max === min + 9) return `the ${decade}`;
    if (max <= min + 4) return `the early ${decade}`;
  }
  if (min >= 1000 && max % 10 === 9 && max - min <= 4 && min % 10 >= 5) return `the late ${max - 9}s`;
  if (min >= 1000 && min % 10 >= 3 && max % 10 <= 7 && Math.floor(min / 10) === Math.floor(max / 10)) {
    return `the mid ${min - (min % 10)}s`;
  }
  if (min > 0 && min % 100 === 0 && max === min + 99) return `the ${ordinal(min / 100 + 1)} century`;
  return formatYear(v);
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${s}`;
}

const UPPER_BOUND = /\b(up to|at most|no more than|fewer than|less than|under|below|as many as|maximum of|max\.?)\b/i;
const LOWER_BOUND = /\b(more than|at least|over|above|no fewer than|no less than|in excess of|upwards of|as few as|minimum of|min\.?)\b/i;

// units of time kept in the singular in values ("week"), said in the plural past one ("2 weeks", "1–2 weeks")
const TIME_UNIT = /^(?:day|week|month|year|night)$/;

function amount(v: CountValue | QuantityValue, unit: string | null | undefined): string {
  const plural = unit && TIME_UNIT.test(unit) && !(v.min === 1 && (v.max === 1 || v.max === v.min)) ? `${unit}s` : unit;
  const u = plural ? (plural === "%" ? "%" : ` ${plural}`) : "";
  const qualifier = v.qualifier?.trim() ?? "";
  // "thousands of practitioners": the words say it better than their span
  if (/^(?:tens of |hundreds of )?(?:dozens|hundreds|thousands|millions) of$/i.test(qualifier)) return `${qualifier}${u || " them"}`;
  if (qualifier && UPPER_BOUND.test(qualifier) && v.max !== null) return `${qualifier} ${formatNumber(v.max)}${u}`;
  if (qualifier && LOWER_BOUND.test(qualifier)) return `${qualifier} ${formatNumber(v.min)}${u}`;
  if (v.max === null) return `${qualifier || "at least"} ${formatNumber(v.min)}${u}`;
  const q = qualifier || (v.approx ? "about" : "");
  const figure = v.max === v.min ? formatNumber(v.min) : `${formatNumber(v.min)}–${formatNumber(v.max)}`;
  return `${q ? `${q} ` : ""}${figure}${u}`;
}

/** "in France", "worldwide", "for skin rejuvenation". */
export function scopePhrase(scope: string | null | undefined): string {
  const s = scope?.trim();
  if (!s) return "";
  if (/^(in|across|throughout|within|for|among|of)\s/i.test(s)) return s;
  if (normalizeScope(s) === "worldwide") return s;
  // A place ("France", "the U.S.") takes "in"; anything else ("skin rejuvenation") takes "for".
  return /\p{Lu}/u.test(s) || isKnownPlace(s) ? `in ${s}` : `for ${s}`;
}

/** A value in human words; "" for none. */
export function formatValue(value: ClaimValue | null): string {
  if (!value) return "";
  switch (value.kind) {
    case "year":
      return formatYear(value);
    case "count": {
      const scope = scopePhrase(value.scope);
      const per = value.per ? ` ${/^(?:[aeiou]|hour)/.test(value.per) ? "an" : "a"} ${value.per}` : "";
      return `${amount(value, value.unit)}${per}${scope ? ` ${scope}` : ""}`;
    }
    case "quantity":
      return amount(value, value.unit);
    case "person":
      return value.name;
    case "stance":
      return `${value.polarity}${value.hedged ? " (hedged)" : ""}`;
  }
}
