// Character classes of the trimming loops, as character-code tests: a one-character regex test per character
// (`/\s/.test(text[i])`) builds the character's string and runs the pattern for each one.

/** JavaScript's `\s`: the ASCII spaces and controls, NBSP, the Unicode space separators, the line and paragraph
 * separators and the byte-order mark. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What is trimmed off the start of a claim or clause: spaces, ",", ";", ":", "-", "–" and "—". */
export function isLeadTrim(c: number): boolean {
  return isSpace(c) || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** What is trimmed off its end: the same, and ".", "!" and "?". */
export function isEndTrim(c: number): boolean {
  return isLeadTrim(c) || c === 46 || c === 33 || c === 63;
}

// Typographic quotes, primes and the en dash, read as their plain forms: one UTF-16 unit for one, so offsets hold.
// An em dash between spaces reads as the spaced hyphen it stands for; one written without spaces ("therapy—an old
// one—is") is left as it is, as a hyphen it would join two words into one.
const PLAIN_FORM = new Map<number, number>([
  [0x2018, 39], [0x2019, 39], [0x201a, 39], [0x201b, 39], [0x2032, 39],
  [0x201c, 34], [0x201d, 34], [0x201e, 34], [0x201f, 34], [0x2033, 34],
  [0x2013, 45],
]);
const BEYOND_LATIN1 = /[^\x00-\xff]/;

/** Whether a text holds characters past Latin-1, which make a JavaScript string two-byte. */
export function isWide(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

/** A sentence as the patterns read it, with its typographic quotes and en dashes in their plain forms, built as a
 * one-byte string when nothing else in it lies past Latin-1. Why: V8 compiles every pattern a second time for
 * two-byte text (a slice or `replace` of a two-byte text stays two-byte, whatever it holds), and once some 16 MB
 * of pattern code is in use it compiles the rest without optimising them, which made a page with curly quotes
 * read five times slower than the same page with straight ones. Otherwise the sentence comes back as it is. */
export function plainReading(sentence: string): string {
  const codes = new Array<number>(sentence.length);
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c <= 0xff) { codes[i] = c; continue; }
    const plain = c === 0x2014 && isSpace(sentence.charCodeAt(i - 1)) && isSpace(sentence.charCodeAt(i + 1)) ? 45 : PLAIN_FORM.get(c);
    if (plain === undefined) return sentence;
    codes[i] = plain;
  }
  // (fromCharCode of codes all within Latin-1 makes a one-byte string; in chunks, as arguments are limited)
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return out;
}
