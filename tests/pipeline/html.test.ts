import { describe, expect, it } from "vitest";
import { htmlToMainText, toRawSpan } from "~/pipeline/html";
import { extractClaims } from "~/pipeline/index";

describe("htmlToMainText", () => {
  const rows: Array<[string, string]> = [
    ["<p>Caf&eacute; &amp; bar</p>", "Café & bar"],
    ["<p>One</p><p>Two</p>", "One\n\nTwo"],
    ["<nav>Home | About</nav><p>Body text.</p>", "Body text."],
    ["<div class='share-buttons'>Share</div><p>Body text.</p>", "Body text."],
    ["<script>var x = 1;</script><p>Body <b>bold</b> text.</p>", "Body bold text."],
    ["<header>Site</header><article><p>Inside.</p></article><aside>Related</aside>", "Inside."],
    ["<p>Line  with\n  spaces</p>", "Line with spaces"],
  ];
  it.each(rows)("%s", (html, expected) => expect(htmlToMainText(html).text).toBe(expected));

  it("maps main-text spans back to raw offsets, entities included", () => {
    const html = "<html><head><title>T</title></head><body><p>It&#39;s caf&eacute; time.</p></body></html>";
    const m = htmlToMainText(html);
    const i = m.text.indexOf("café");
    const raw = toRawSpan(m, i, i + 4)!;
    expect(html.slice(raw.start, raw.end)).toBe("caf&eacute;");
    expect(m.metadata.title).toBe("T");
  });
});

describe("extractClaims on HTML", () => {
  it("every span indexes the raw HTML", () => {
    const html = `<html><body><nav><a href="/">Home</a> &gt; <a href="/x">Therapies</a></nav>
<article><h1>Reflexology &amp; you</h1><p>Reflexology was developed by Dr. Jane Smith in the 1930s.
About 5,000 therapists practise reflexology in Germany.</p><p>Reflexology is said to relieve stress &amp; pain.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`;
    const r = extractClaims(html, { format: "html" });
    const cats = r.claims.map((c) => c.category);
    expect(cats).toEqual(expect.arrayContaining(["origin_date", "founder", "practitioner_count", "efficacy"]));
    for (const c of r.claims) {
      const quote = html.slice(c.start, c.end);
      expect(quote).toBe(quote.trim());
      expect(quote).not.toMatch(/Subscribe|Home/);
    }
    const eff = r.claims.find((c) => c.category === "efficacy")!;
    expect(html.slice(eff.start, eff.end)).toBe("Reflexology is said to relieve stress &amp; pain");
  });
});
