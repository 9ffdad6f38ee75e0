import { describe, expect, it } from "vitest";
import { decodeBytes, ImportError, MAX_SOURCE_BYTES } from "~/import/decode";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it.each<[string, Uint8Array, string, string]>([
    ["plain UTF-8", utf8("Académie de Médecine"), "Académie de Médecine", "utf-8"],
    ["UTF-8 with a BOM (the BOM is not text)", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("héllo")]), "héllo", "utf-8"],
    ["UTF-16LE with a BOM", new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]), "hé", "utf-16le"],
    ["UTF-16BE with a BOM", new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]), "hé", "utf-16be"],
    ["Windows-1252 (not valid UTF-8)", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]), "café “ok”", "windows-1252"],
  ])("%s", (_name, bytes, text, encoding) => {
    expect(decodeBytes(bytes, "f.txt")).toEqual({ text, encoding });
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["an empty file", new Uint8Array(), /f\.txt: the file is empty/],
    ["white space only", utf8(" \n\t\n"), /only white space/],
    ["NUL bytes (binary)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    ["control characters (binary without NULs)", new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 7) + 1)), /binary/],
    ["a broken UTF-8 body behind a UTF-8 BOM", new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]), /not valid UTF-8/],
  ])("refuses %s, naming the file", (_name, bytes, message) => {
    expect(() => decodeBytes(bytes, "f.txt")).toThrow(message);
    expect(() => decodeBytes(bytes, "f.txt")).toThrow(ImportError);
  });

  it("refuses a file over the size limit before decoding it", () => {
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect(() => decodeBytes(big, "huge.txt")).toThrow(/huge\.txt: the file is 20\.0 MB; the limit is 20 MB/);
  });
});
