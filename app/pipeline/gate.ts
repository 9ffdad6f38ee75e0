// Word-prefix gates: in one pass over a clause's words, which categories' trigger prefixes start a word.
// Cheap hash lookups stand in front of the long cue alternations, which are the pipeline's main cost.

export interface GateSet<K extends string> {
  /** Bit i set when a trigger of key i starts some word. */
  mask(words: readonly string[]): number;
  /** The same, read straight off a text without building its words (no allocation per word). */
  maskOf(text: string): number;
  /** maskOf, with where each word that opens a gate starts: the mask of any stretch of the text is then read off
   * the table (`maskWithin`) without a second scan. */
  table(text: string): WordTable;
  bit: Record<K, number>;
}

/** A text's trigger mask, and the start and bits of each of its words that opens a gate (in order). `starts` is
 * null when lower-casing the text changed its length (a rare letter such as "İ"), so that offsets into it are not
 * offsets into the text. */
export interface WordTable { mask: number; starts: number[] | null; bits: number[] }

/** The mask of the words of `table`'s text that start in [start, end) and are not blanked in `within`, a copy of
 * that stretch in which spans may have been overwritten with spaces (a clause with an aside cut out); null when the
 * table has no offsets. */
export function maskWithin(table: WordTable, start: number, end: number, within: string): number | null {
  const { starts, bits } = table;
  if (starts === null) return null;
  let m = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    if (at >= start && at < end && within.charCodeAt(at - start) !== 32) m |= bits[k];
  }
  return m;
}

// word characters of the gates: lower-case ASCII letters, digits and Latin-1 to Latin Extended-B letters
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
/** A word's first three characters as one number (0 for one past its end), so that maskOf looks words up
 * without slicing them out of the text. Unique for words of gate characters, which all lie below 1009. */
const keyOf = (c0: number, c1: number, c2: number) => c0 * 1_000_003 + c1 * 1009 + c2;
const keyOfWord = (w: string) => keyOf(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0);
// Nearly every word starts with three lower-case ASCII letters (or is shorter): such a head has a slot in flat
// tables, which stand in for the maps (a typed-array read instead of a hash lookup per word; the tables hold
// exactly the maps' entries for these heads). -1: another head, looked up in the maps.
const letterSlot = (c: number) => (c === 0 ? 0 : c >= 97 && c <= 122 ? c - 96 : -1);
const SLOTS = 27 * 27 * 27;
const slotOf = (c0: number, c1: number, c2: number) => {
  const a = letterSlot(c0), b = letterSlot(c1), d = letterSlot(c2);
  return a <= 0 || b < 0 || d < 0 ? -1 : (a * 27 + b) * 27 + d;
};
const slotOfWord = (w: string) => slotOf(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0);

export function makeGates<K extends string>(triggers: Record<K, readonly string[]>): GateSet<K> {
  const keys = Object.keys(triggers) as K[];
  const bit = {} as Record<K, number>;
  // a trigger of up to three characters matches a whole word; a longer one starts a word, and is looked up by
  // the word's first three characters (its candidates as parallel arrays); a longer one that ends in "$" ("life$")
  // matches the whole word only ("lifestyle" opens no gate)
  // (a prefix listed under several keys is one candidate with their bits)
  type Candidates = { prefixes: string[]; bits: number[]; whole: boolean[] };
  const exact = new Map<number, number>();
  const byHead = new Map<number, Candidates>();
  const exactBySlot = new Int32Array(SLOTS);
  const headBySlot: Array<Candidates | undefined> = new Array(SLOTS).fill(undefined);
  // the fourth letters of the longer triggers under each head, a bit per letter a–z (bit 26: any other character):
  // most words under a head that has triggers go on with none of their fourth letters, and are done with at once
  const fourthBySlot = new Int32Array(SLOTS);
  const fourthBit = (c: number) => (c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26);
  keys.forEach((k, i) => {
    bit[k] = 1 << i;
    for (const trigger of triggers[k]) {
      const whole = trigger.endsWith("$");
      const t = whole ? trigger.slice(0, -1) : trigger;
      const key = keyOfWord(t), slot = slotOfWord(t);
      if (t.length <= 3) {
        exact.set(key, (exact.get(key) ?? 0) | (1 << i));
        if (slot >= 0) exactBySlot[slot] |= 1 << i;
      } else {
        const cands = byHead.get(key) ?? { prefixes: [], bits: [], whole: [] };
        const at = cands.prefixes.findIndex((p, j) => p === t && cands.whole[j] === whole);
        if (at >= 0) cands.bits[at] |= 1 << i;
        else { cands.prefixes.push(t); cands.bits.push(1 << i); cands.whole.push(whole); }
        byHead.set(key, cands);
        if (slot >= 0) { headBySlot[slot] = cands; fourthBySlot[slot] |= fourthBit(t.charCodeAt(3)); }
      }
    }
  });
  /** The bits of the triggers that the word lower[start, start + len) matches or starts with (`slot`: its head's
   * slot, or -1). */
  const wordBits = (lower: string, start: number, len: number, key: number, slot: number, m: number): number => {
    if (len <= 3) return m | (slot >= 0 ? exactBySlot[slot] : exact.get(key) ?? 0);
    // (every prefix and the word have a fourth character: compared first, before the full comparison)
    const c3 = lower.charCodeAt(start + 3);
    if (slot >= 0 && (fourthBySlot[slot] & fourthBit(c3)) === 0) return m;
    const cands = slot >= 0 ? headBySlot[slot] : byHead.get(key);
    if (cands === undefined) return m;
    const { prefixes, bits, whole } = cands;
    for (let j = 0; j < prefixes.length; j++) {
      const p = prefixes[j];
      if ((m & bits[j]) !== bits[j] && p.charCodeAt(3) === c3 && (whole[j] ? p.length === len : p.length <= len) && lower.startsWith(p, start)) m |= bits[j];
    }
    return m;
  };
  /** The mask of `text`'s words; when `starts` is given, each word with bits is recorded there and in `bits`.
   * Returns -1 in place of the mask, with nothing recorded, when offsets into the lower-cased text would not be
   * offsets into `text` (then the mask is maskOf's). */
  const scan = (text: string, starts: number[] | null, bits: number[] | null): number => {
    const lower = text.toLowerCase();
    if (starts !== null && lower.length !== text.length) return -1;
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
      const c0 = lower.charCodeAt(start);
      const w = wordBits(lower, start, i - start, keyOf(c0, c1, c2), slotOf(c0, c1, c2), 0);
      if (w !== 0) {
        m |= w;
        if (starts !== null) { starts.push(start); bits!.push(w); }
      }
    }
    return m;
  };
  return {
    bit,
    maskOf(text) {
      return scan(text, null, null);
    },
    table(text) {
      const starts: number[] = [], bits: number[] = [];
      const mask = scan(text, starts, bits);
      return mask === -1 ? { mask: scan(text, null, null), starts: null, bits } : { mask, starts, bits };
    },
    mask(words) {
      let m = 0;
      for (const w of words) m = wordBits(w, 0, w.length, keyOfWord(w), slotOfWord(w), m);
      return m;
    },
  };
}

/** The lower-case words of a clause, for the gates. */
export function wordsOf(clause: string): string[] {
  return clause.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? [];
}
