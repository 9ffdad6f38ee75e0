import { describe, expect, it } from "vitest";
import { documentsFromFile, formatOf, guessTitle } from "~/import/documents";

describe("formatOf", () => {
  it.each([
    ["a.txt", "text"],
    ["a.MD", "markdown"],
    ["page.htm", "html"],
    ["page.html", "html"],
    ["notes", "text"],
  ])("%s is %s", (name, format) => expect(formatOf(name)).toBe(format));
});

describe("guessTitle", () => {
  it.each<[string, "text" | "html" | "markdown", string]>([
    ["# Cupping therapy\n\nText.", "markdown", "Cupping therapy"],
    ["\n\nFirst line\nsecond", "text", "First line"],
    ["Home > Health > Cupping: A Guide\n\nCupping: A Guide\n\nCupping is old.", "text", "Cupping: A Guide"],
    ["Home > Health > Cupping guide\nCupping is old and popular in many places today.", "text", "fallback.txt"],
    ["<html><head><title>Ear &amp; candles</title></head></html>", "html", "Ear & candles"],
    ["x".repeat(200), "text", "fallback.txt"],
    ["A sentence that ends with a period.\nMore.", "text", "fallback.txt"],
    ["   ", "text", "fallback.txt"],
    // page chrome is no title
    ["Advertisement\nPine tapping claimed to end pain\nPine tapping, sold in spas, is said to end pain for good.", "text", "Pine tapping claimed to end pain"],
  ])("%j → %j", (text, format, title) => expect(guessTitle(text, format, "fallback.txt")).toBe(title));
});

describe("documentsFromFile", () => {
  it("makes one document of a text file, named by its file", () => {
    const [d] = documentsFromFile("dir/clinic.txt", "Cupping works.\n");
    expect(d).toMatchObject({ origin: "clinic.txt", format: "text", title: "clinic.txt", text: "Cupping works.\n" });
  });

  it("makes one document per CSV row, with title, origin, author and date columns", () => {
    const csv = 'Title,origin,text,author,date\r\nA,https://a.example/x,"Line one, with a comma.\nLine two.",Ann,2020-01-02\r\n,,Untitled text.,,\r\n';
    const docs = documentsFromFile("rows.csv", csv);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({ title: "A", origin: "https://a.example/x", text: "Line one, with a comma.\nLine two.", author: "Ann", date: "2020-01-02", where: "rows.csv row 2" });
    expect(docs[1]).toMatchObject({ title: "rows.csv#3", origin: "rows.csv#3", author: null });
  });

  it.each([
    ["no text column", "title,body\nA,B\n", /rows\.csv: a CSV of sources needs a "text" column.*"title", "body"/],
    ["an empty text cell", "title,text\nA,\nB,ok\n", /rows\.csv row 2: the "text" cell is empty/],
    ["a header and no rows", "title,text\n", /the CSV has a header but no rows/],
    ["an unclosed quote", 'title,text\nA,"never closed\n', /rows\.csv line 2: malformed CSV/],
  ])("refuses a CSV with %s, naming the file and row", (_name, csv, message) => {
    expect(() => documentsFromFile("rows.csv", csv)).toThrow(message);
  });
});
