// Word-prefix gates: in one pass over a clause's words, which categories' trigger prefixes start a word.
// Cheap hash lookups stand in front of the long cue alternations, which are the pipeline's main cost.

export interface GateSet<K extends string> {
  /** Bit i set when a trigger of key i starts some word. */
  mask(words: readonly string[]): number;
  /** The same, read straight off a text without building its words (no allocation per word). */
  maskOf(text: string): number;
  bit: Record<K, number>;
}

export function makeGates<K extends string>(triggers: Record<K, readonly string[]>): GateSet<K> {
  const keys = Object.keys(triggers) as K[];
  const bit = {} as Record<K, number>;
  const exact = new Map<string, number>();
  const byHead = new Map<number, Array<[string, number]>>();
  const headOf = (w: string) => w.charCodeAt(0) * 1_000_003 + w.charCodeAt(1) * 1009 + w.charCodeAt(2);
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const t of triggers[k]) {
      if (t.length <= 3) exact.set(t, (exact.get(t) ?? 0) | (1 << i));
      else {
        const head = headOf(t);
        const list = byHead.get(head) ?? [];
        list.push([t, 1 << i]);
        byHead.set(head, list);
      }
    }
  });
  const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
  return {
    bit,
    maskOf(text) {
      const lower = text.toLowerCase();
      let m = 0;
      const n = lower.length;
      let i = 0;
      while (i < n) {
        while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
        const start = i;
        while (i < n && isWordChar(lower.charCodeAt(i))) i++;
        const len = i - start;
        if (len === 0) continue;
        if (len <= 3) {
          const e = exact.get(lower.slice(start, i));
          if (e !== undefined) m |= e;
          continue;
        }
        const cands = byHead.get(lower.charCodeAt(start) * 1_000_003 + lower.charCodeAt(start + 1) * 1009 + lower.charCodeAt(start + 2));
        if (cands) for (const [c, b] of cands) if ((m & b) === 0 && c.length <= len && lower.startsWith(c, start)) m |= b;
      }
      return m;
    },
    mask(words) {
      let m = 0;
      for (const w of words) {
        const e = exact.get(w);
        if (e !== undefined) m |= e;
        if (w.length < 4) continue;
        const cands = byHead.get(headOf(w));
        if (cands) for (const [c, b] of cands) if ((m & b) === 0 && w.startsWith(c)) m |= b;
      }
      return m;
    },
  };
}

/** The lower-case words of a clause, for the gates. */
export function wordsOf(clause: string): string[] {
  return clause.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? [];
}
