// Word-prefix gates: in one pass over a clause's words, which categories' trigger prefixes start a word.
// Cheap hash lookups stand in front of the long cue alternations, which are the pipeline's main cost.

export interface GateSet<K extends string> {
  /** Bit i set when a trigger of key i starts some word. */
  mask(words: readonly string[]): number;
  /** The same, read straight off a text without building its words (no allocation per word). */
  maskOf(text: string): number;
  bit: Record<K, number>;
}

// word characters of the gates: lower-case ASCII letters, digits and Latin-1 to Latin Extended-B letters
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
/** A word's first three characters as one number (0 for one past its end), so that maskOf looks words up
 * without slicing them out of the text. Unique for words of gate characters, which all lie below 1009. */
const keyOf = (c0: number, c1: number, c2: number) => c0 * 1_000_003 + c1 * 1009 + c2;
const keyOfWord = (w: string) => keyOf(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0);

export function makeGates<K extends string>(triggers: Record<K, readonly string[]>): GateSet<K> {
  const keys = Object.keys(triggers) as K[];
  const bit = {} as Record<K, number>;
  // a trigger of up to three characters matches a whole word; a longer one starts a word, and is looked up by
  // the word's first three characters (its candidates as parallel arrays)
  const exact = new Map<number, number>();
  const byHead = new Map<number, { prefixes: string[]; bits: number[] }>();
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const t of triggers[k]) {
      const key = keyOfWord(t);
      if (t.length <= 3) exact.set(key, (exact.get(key) ?? 0) | (1 << i));
      else {
        const cands = byHead.get(key) ?? { prefixes: [], bits: [] };
        cands.prefixes.push(t);
        cands.bits.push(1 << i);
        byHead.set(key, cands);
      }
    }
  });
  /** The bits of the triggers that the word lower[start, start + len) matches or starts with. */
  const wordBits = (lower: string, start: number, len: number, key: number, m: number): number => {
    if (len <= 3) return m | (exact.get(key) ?? 0);
    const cands = byHead.get(key);
    if (cands === undefined) return m;
    const { prefixes, bits } = cands;
    for (let j = 0; j < prefixes.length; j++) {
      if ((m & bits[j]) === 0 && prefixes[j].length <= len && lower.startsWith(prefixes[j], start)) m |= bits[j];
    }
    return m;
  };
  return {
    bit,
    maskOf(text) {
      const lower = text.toLowerCase();
      const n = lower.length;
      let m = 0;
      let i = 0;
      while (i < n) {
        while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
        if (i === n) break;
        const start = i;
        let c1 = 0, c2 = 0;
        for (i++; i < n; i++) {
          const c = lower.charCodeAt(i);
          if (!isWordChar(c)) break;
          if (i === start + 1) c1 = c;
          else if (i === start + 2) c2 = c;
        }
        m = wordBits(lower, start, i - start, keyOf(lower.charCodeAt(start), c1, c2), m);
      }
      return m;
    },
    mask(words) {
      let m = 0;
      for (const w of words) m = wordBits(w, 0, w.length, keyOfWord(w), m);
      return m;
    },
  };
}

/** The lower-case words of a clause, for the gates. */
export function wordsOf(clause: string): string[] {
  return clause.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? [];
}
