// Bytes to text, refusing what is not text. Pure: the CLI and the upload form hand in bytes.

export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export class ImportError extends Error {
  constructor(
    /** Where: the file name, or "file.csv row 4". */
    public readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

/** Decodes a file's bytes: a BOM decides; else strict UTF-8; else Windows-1252, but only when the bytes look
 * like Western text (a file that decodes to control characters is binary, not mis-encoded). */
export function decodeBytes(bytes: Uint8Array, where: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(where, "the file is empty");
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ImportError(
      where,
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB per source (split it)`,
    );
  }
  let text: string;
  let encoding: DecodedText["encoding"];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = strictDecode("utf-8", bytes.subarray(3), where);
    encoding = "utf-8";
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = strictDecode("utf-16le", bytes.subarray(2), where);
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = strictDecode("utf-16be", bytes.subarray(2), where);
    encoding = "utf-16be";
  } else {
    if (bytes.includes(0)) throw new ImportError(where, "the file is binary (it contains NUL bytes), not text");
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      text = decodeWindows1252(bytes);
      encoding = "windows-1252";
    }
  }
  const control = countControlCharacters(text);
  if (control > Math.max(8, text.length * 0.01)) {
    throw new ImportError(where, `the file is binary: ${control} control characters in ${text.length}`);
  }
  if (!text.trim()) throw new ImportError(where, "the file holds only white space");
  return { text, encoding };
}

function strictDecode(label: string, bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(where, `the file starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()}`);
  }
}

function countControlCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
  }
  return n;
}

// Node's TextDecoder treats "windows-1252" as ISO-8859-1, which turns the curly quotes and dashes that Western
// web pages are full of into C1 control characters; these are the 27 code points where the two differ.
const WINDOWS_1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => WINDOWS_1252_HIGH[b] ?? b));
  }
  return out;
}
