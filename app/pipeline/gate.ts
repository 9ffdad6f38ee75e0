// Word-prefix gates: in one pass over a clause's words, which categories' trigger prefixes start a word.
// Cheap hash lookups stand in front of the long cue alternations, which are the pipeline's main cost.

export interface GateSet<K extends string> {
  /** Bit i set when a trigger of key i starts some word. */
  mask(words: readonly string[]): number;
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
  return {
    bit,
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
