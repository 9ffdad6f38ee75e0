import { describe, expect, it } from "vitest";
import { readingText } from "~/components/reading-text";

function spanOf(haystack: string, needle: string, id = 1) {
  const start = haystack.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${haystack}`);
  return { id, start, end: start + needle.length };
}

describe("readingText", () => {
  it("shows plain and Markdown text as stored, spans untouched", () => {
    const spans = [{ id: 1, start: 2, end: 5 }];
    expect(readingText("# Title\nBody", "markdown", spans)).toEqual({ text: "# Title\nBody", spans });
  });

  it.each([
    ["<p>Cupping was developed in <b>1952</b>.</p>", "developed in <b>1952</b>", "developed in 1952"],
    ["<p>Caf&eacute; owners say it works.</p>", "Caf&eacute; owners", "Café owners"],
    ["<nav>Home</nav><article><p>It is said to help.</p></article>", "It is said to help.", "It is said to help."],
  ])("moves a raw-HTML span of %j onto the main text", (html, rawQuote, shown) => {
    const view = readingText(html, "html", [spanOf(html, rawQuote)]);
    expect(view.spans).toHaveLength(1);
    expect(view.text.slice(view.spans[0].start, view.spans[0].end)).toBe(shown);
  });

  it("drops a span that covers only markup", () => {
    const html = "<p>Text</p><hr/><p>More</p>";
    expect(readingText(html, "html", [spanOf(html, "<hr/>")]).spans).toEqual([]);
  });
});
