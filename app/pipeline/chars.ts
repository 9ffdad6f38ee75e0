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
