import { describe, expect, it } from "vitest";
import { cleanText, isAssertion, isBreadcrumb, isChromeLine, isHeading, parseByline } from "~/pipeline/clean";

describe("chrome lines", () => {
  const rows: Array<[string, boolean]> = [
    ["You may also like...", true],
    // an encyclopedia's hatnote, not advice that sends the reader to someone
    ["For the use of salt in food preservation, see Curing (food preservation).", true],
    ["For other uses, see Salt (disambiguation).", true],
    ["For best results, see a qualified practitioner twice a week.", false],
    ["For people with asthma, see a doctor first.", false],
    // a video's caption line
    ["WATCH: Poison control doctor explains why the drops can turn your skin blue (2:14)", true],
    ["Share this article on Facebook", true],
    ["Sign up for our weekly newsletter", true],
    ["We use cookies to improve your experience.", true],
    ["Leave a comment below", true],
    ["(hidden)", true],
    ["Your email:", true],
    // a list's lead is no form label
    ["Halo wraps can:", false],
    ["Its benefits include:", false],
    ["Subscribers only: read the full story", true],
    ["Posted by admin on 12/03/2015 | 4 comments", true],
    ["Keywords: massage; stress; sleep", true],
    ["language-icon Old Web", true],
    ["English", true],
    ["Reflexology was developed by Dr. Jane Smith in the 1930s.", false],
    ["About 5,000 therapists practise it in Germany.", false],
    // a reference list's entries, however long
    ["Lee, Ann (15 May 2004). \"Why Palm Reading Is Silly\". Health Watch. Retrieved 16 December 2012.", true],
    ["Brown, W.; Green, Ann; White, Bo (2006). \"Discredited treatments: a poll\". Journal of Practice. 37 (5): 515–22.", true],
    ["Gray D (23 June 2014). \"Diet does not beat drugs\". Evidence Weekly.", true],
    ["Smith, ed. (1999). Evaluation of Chronic Pain (3rd ed.). Lippincott. p. 571. ISBN 978-0-683-30149-6.", true],
    ["Smith, a physician (1901-1980), developed it in the 1930s.", false],
    // a journal reference: year; volume(issue): pages
    ["Berg A, Holm T. Foot work and sleep. Lancet. 2004;364(9439):1021-8.", true],
    ["Lund K. Pressure points. BMJ 1999 Mar 6;318:612.", true],
  ];
  it.each(rows)("%s", (line, expected) => expect(isChromeLine(line)).toBe(expected));
});

describe("breadcrumbs", () => {
  const rows: Array<[string, boolean]> = [
    ["Home > Health > Reflexology: A Guide", true],
    ["Home » Therapies » Cupping", true],
    ["Prices rose > 5% in 2020.", false],
    ["It works for pain and stress.", false],
  ];
  it.each(rows)("%s", (line, expected) => expect(isBreadcrumb(line)).toBe(expected));
});

describe("bylines", () => {
  const rows: Array<[string, { author: string | null; date: string | null } | null]> = [
    ["By: Jane Doe - Updated: 15 Mar 2013 | comments", { author: "Jane Doe", date: "2013-03-15" }],
    ["By John Smith", { author: "John Smith", date: null }],
    ["Published: March 4, 2019", { author: null, date: "2019-03-04" }],
    ["By the 1950s it had spread across Europe and into the Americas, where many clinics opened.", null],
  ];
  it.each(rows)("%s", (line, expected) => expect(parseByline(line)).toEqual(expected));
});

describe("headings", () => {
  const rows: Array<[string, boolean]> = [
    ["What is Reflexology?", true],
    ["What is reflexology", true],
    ["The Many Uses of Cupping", true],
    ["## Side effects", true],
    ["Efficacy of reflexology wristbands for postoperative nausea: a randomised controlled trial", true],
    ["Cupping at a glance: it is effective for back pain", false],
    ["It is highly effective in treating back pain and stress", false],
    ["Reflexology was developed in the 1930s.", false],
  ];
  it.each(rows)("%s", (line, expected) => expect(isHeading(line)).toBe(expected));
});

describe("cleanText: a news dateline and a wiki's revision line", () => {
  const rows: Array<[string, string | null, string]> = [
    ["March 1, 2022 -- Hot stones were in the news when a player said he tried them.", "2022-03-01", "Hot stones were in the news"],
    ["LONDON, 3 May 2019 — A new clinic offering cupping opened today.", "2019-05-03", "A new clinic offering cupping"],
    ["date 2022-01-03 March 1, 2022 -- Hot stones were in the news.", "2022-03-01", "Hot stones were in the news"],
    // a sentence that only starts with a date keeps it
    ["March 1, 2022 was the day the clinic opened.", null, "March 1, 2022 was the day"],
    // a press release's: city, state, date and the wire service's tag
    ["DENVER, Colorado, June 2, 2024 /BusinessWire/ -- Glowbay Inc. today announced a new lamp.", "2024-06-02", "Glowbay Inc. today announced"],
  ];
  it.each(rows)("%s", (text, date, contentStart) => {
    const r = cleanText(`${text}\n`);
    expect(r.metadata.date).toBe(date);
    const content = r.blocks.find((b) => b.kind === "content")!;
    expect(text.slice(content.start).startsWith(contentStart)).toBe(true);
  });
  it("a press release's dateline below its headline and standfirst is still a dateline", () => {
    const text = "Glowbay Launches a Lamp\n\nNew lamp combines two colours of light for home use; a study reports good results\n\nDENVER, June 2, 2024 /BusinessWire/ -- Glowbay Inc. today announced a new lamp.\n";
    const r = cleanText(text);
    expect(r.metadata.date).toBe("2024-06-02");
    expect(text.slice(r.blocks.at(-1)!.start).startsWith("Glowbay Inc. today")).toBe(true);
  });
  it("a wiki's revision line is chrome, however long the edit summary it quotes", () => {
    const line = 'Revision as of 10:15, 18 October 2016 by Anna (talk | contribs) (Created page with " Hot stone massage is done to relax the body according to its teachers. The stones are claimed to draw out tension from the muscles and joints of the back...")';
    expect(cleanText(`${line}\n\nHot stone massage uses warm basalt stones.\n`).blocks.map((b) => b.kind)).toEqual(["chrome", "content"]);
  });
});

describe("cleanText", () => {
  it("keeps offsets, finds title and byline, marks chrome", () => {
    const text = "Home > Health > Cupping Guide\n\nCupping Guide\n\nBy: Ann Lee - Updated: 2 Feb 2020\nCupping is old. It is popular.\n\nYou might also like...\n";
    const r = cleanText(text);
    expect(r.metadata).toEqual({ title: "Cupping Guide", author: "Ann Lee", date: "2020-02-02" });
    expect(r.blocks.map((b) => b.kind)).toEqual(["breadcrumb", "heading", "byline", "content", "chrome"]);
    const content = r.blocks.find((b) => b.kind === "content")!;
    expect(text.slice(content.start, content.end)).toBe("Cupping is old. It is popular.");
  });
});

describe("markdown list items", () => {
  it("a short bullet is content, not a heading", () => {
    const md = "## Benefits\n- Relieves joint pain\n- Improves circulation\n";
    expect(cleanText(md).blocks.map((b) => b.kind)).toEqual(["heading", "content", "content"]);
  });
  it("a list of other pages' titles is chrome", () => {
    const md = "Read on:\n- The Ridiculous Truth About Hot Stones\n- Hot Stones – Olympic Nonsense\n- Hot stones relieve joint pain\n";
    expect(cleanText(md).blocks.map((b) => b.kind)).toEqual(["chrome", "chrome", "chrome", "content"]);
  });
  it("a supplement's disclaimer is chrome", () =>
    expect(isChromeLine("*Disclaimer: These statements have not been evaluated by the Food and Drug Administration.*")).toBe(true));
});

describe("bylines", () => {
  it.each([
    ["By Ana Ruiz · June 1, 2020", { author: "Ana Ruiz", date: "2020-06-01" }],
    ["Written by Sam Reed, 3 February 2019", { author: "Sam Reed", date: "2019-02-03" }],
    ["Sam Reed | Published 3 February 2019", { author: "Sam Reed", date: "2019-02-03" }],
    ["By the 1950s it had spread to Europe", null],
    ["Wednesday, June 09, 2010", { author: null, date: "2010-06-09" }],
    ["June 9, 2010", { author: null, date: "2010-06-09" }],
    // a blog's line: the date first, then the author, then its categories
    ["Posted on March 14, 2023 by Linda K. | Filed under: Natural Healing, Arthritis", { author: "Linda K.", date: "2023-03-14" }],
    ["Published on 3 May 2019", { author: null, date: "2019-05-03" }],
  ])("%s", (line, expected) => expect(parseByline(line)).toEqual(expected));
  it("a title goes on into no byline below it", () => {
    const text = "Buzzing Back to Health: My Two Years with Bee Venom Therapy\nPosted on March 14, 2023 by Linda K. | Filed under: Natural Healing\n\nHi friends!";
    const { blocks, metadata } = cleanText(text);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toContainEqual(["byline", "Posted on March 14, 2023 by Linda K. | Filed under: Natural Healing"]);
    expect(metadata.author).toBe("Linda K.");
  });
});

describe("hard-wrapped text", () => {
  const text = "Zone therapy\n\nZone therapy was developed in the early 1930s by the\nphysiotherapist Anna Berg, who mapped the feet onto the organs of the\nbody. It is popular.\n";
  it("joins a line cut off mid-sentence with the line that carries on; a heading stays its own line", () => {
    const blocks = cleanText(text).blocks;
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end).split("\n").length])).toEqual([["heading", 1], ["content", 3]]);
  });
  const rows: Array<[string, string, Array<[string, number]>]> = [
    ["a line that ends in a title goes on with the name", "Two years later he took a course developed by Dr.\nJane Smith. It was short.\n", [["content", 2]]],
    ["a short line goes on when the next line starts in lower case", "Zone therapy dates\nback to 1930 when it was first described.\n", [["content", 2]]],
    ["a question cut in two is one heading", "How Did Zone\nTherapy Begin?\nZone therapy dates back to 1930.\n", [["heading", 2], ["content", 1]]],
    ["a short heading before a capitalised line stays a heading", "Zone Therapy\nZone therapy dates back to 1930.\n", [["heading", 1], ["content", 1]]],
    // a line of prose that stops on a word no sentence ends with goes on, though the next line starts with a capital
    ["a line that stops on a preposition goes on with a name", "Zone therapy is thought to have originated in\nChina around 1000 BC.\n", [["content", 2]]],
    ["a short heading that ends in a preposition stays a heading", "Who it is for\nZone therapy suits most adults.\n", [["heading", 1], ["content", 1]]],
    // two long lines in a row are one wrapped paragraph only in a text that is wrapped at all
    ["two long lines of a wrapped text are one paragraph", "I asked him about it before booking and here is what I found on the web\nZone therapy is a system of massage that eases tension in the feet.\n", [["content", 2]]],
    ["two long lines of a text with unwrapped lines are two", `${"I had a long day and my back ached after the drive home. ".repeat(4)}\nI asked him about it before booking and here is what I found on the web\nZone therapy is a system of massage that eases tension in the feet.\n`, [["content", 1], ["content", 1], ["content", 1]]],
  ];
  it.each(rows)("%s", (_, input, expected) => {
    const blocks = cleanText(input).blocks;
    expect(blocks.map((b) => [b.kind, input.slice(b.start, b.end).split("\n").length])).toEqual(expected);
  });
  it("a title cut over two lines is read as one line", () => {
    expect(cleanText("How Did Zone\nTherapy Begin?\nZone therapy dates back to 1930.\n").metadata.title).toBe("How Did Zone Therapy Begin?");
  });
});

describe("headlines that assert", () => {
  const rows: Array<[string, boolean]> = [
    ["What a shock: Hot Stones Are Useless", true],
    ["Hot stones have no proven benefits and carry risks", true],
    ["Sugar-water injections claimed to end pain", true],
    ["## Hot stones do not work", true],
    ["What Is Hot Stone Therapy", false],
    ["Is Hot Stone Therapy Safe?", false],
    ["How Hot Stones Work", false],
    ["Benefits of hot stones", false],
    // a list item led by a benefit verb, its subject left out
    ["Reduces joint stiffness", true],
    ["Improves sleep and mood", true],
    ["Healing Touch", false],
    ["Treatment Options", false],
  ];
  it.each(rows)("%s", (line, expected) => expect(isAssertion(line)).toBe(expected));
  it("an asserting headline is content, and still the page's title", () => {
    const r = cleanText("Hot Stones Are Useless\n\nA trial found no effect.\n");
    expect(r.blocks.map((b) => b.kind)).toEqual(["content", "content"]);
    expect(r.metadata.title).toBe("Hot Stones Are Useless");
  });
});

describe("titles", () => {
  it.each([
    ["= Hot stone therapy =\n\nHot stones are old.\n", "Hot stone therapy"],
    ["Abstract\n\nHot stones are old.\n", null],
    ["6\n\nHot stones are old.\n", null],
  ])("%j → %j", (text, title) => expect(cleanText(text).metadata.title).toBe(title));
});

describe("a list without bullets", () => {
  it("takes the short lines after a colon line as its items, until a blank line", () => {
    const t = "It helps with conditions such as:\nMigraines\nChronic fatigue\n\nSummary\nIt is popular.\n";
    expect(cleanText(t).blocks.map((b) => [b.kind, b.listItem ?? false])).toEqual([
      ["content", false], ["content", true], ["content", true], ["heading", false], ["content", false],
    ]);
  });
  it("takes items that stand a blank line apart from a lead of benefits and from each other, until a sentence", () => {
    const t = "It has many benefits, which include:\n\nEasing neck tension\n\nBetter sleep\n\nIt takes an hour.\n";
    expect(cleanText(t).blocks.map((b) => [b.kind, b.listItem ?? false])).toEqual([
      ["content", false], ["content", true], ["content", true], ["content", false],
    ]);
  });
  it("does not take a section's name in title case after such a list as an item", () => {
    const t = "It has several benefits, which include:\n\nBetter sleep\n\nSide Effects\n\nMost people feel nothing.\n";
    expect(cleanText(t).blocks.map((b) => b.listItem ?? false)).toEqual([false, true, false, false]);
  });
  it("does not take a section's name after such a list as an item", () => {
    const t = "It has several uses, which include:\n\nBetter sleep\n\nSummary\n\nIt is popular.\n";
    expect(cleanText(t).blocks.map((b) => b.listItem ?? false)).toEqual([false, true, false, false]);
  });
});

describe("cleanText: a transcript's timestamps and speakers are chrome before the words spoken", () => {
  it("timestamped speaker labels, and a speaker's name that opens three lines", () => {
    const text = "[00:01:02] HOST: Where does it come from?\n\n[00:01:09] GUEST: It was devised in 1990.\n\nHOST: Really?\n\nGUEST: Yes.\n\nGUEST: Quite sure.\n\nHOST: Thanks for coming on.\n";
    const r = cleanText(text);
    // (every label is a block of chrome of its own; what follows it is read as any line is)
    expect(r.blocks.filter((b) => /HOST|GUEST/.test(text.slice(b.start, b.end))).map((b) => b.kind)).toEqual(["chrome", "chrome", "chrome", "chrome", "chrome", "chrome"]);
    expect(r.blocks.filter((b) => b.kind === "content").map((b) => text.slice(b.start, b.end))).toContain("It was devised in 1990.");
  });
  it("a notice's label that opens one line is not a speaker", () => {
    const text = "WARNING: Do not use it during pregnancy.\n";
    expect(cleanText(text).blocks.filter((b) => b.kind === "content").map((b) => text.slice(b.start, b.end))).toEqual(["WARNING: Do not use it during pregnancy."]);
  });
});

describe("cleanText: a seller's answers to customers' questions", () => {
  it("'A (Shop Support):' labels on three or more lines are chrome, and what customers tell the seller is content", () => {
    const text = "Q: Does it help?\nA (Shop Support): Many of our customers tell us their migraines are less frequent after a month of use.\n\nQ: Is it loud?\nA (Shop Support): It hums quietly.\n\nQ: Which plug?\nA (Shop Support): A UK plug.\n";
    const blocks = cleanText(text).blocks;
    expect(blocks.filter((b) => text.slice(b.start, b.end).startsWith("A (")).map((b) => b.kind)).toEqual(["chrome", "chrome", "chrome"]);
    expect(blocks.filter((b) => b.kind === "content").map((b) => text.slice(b.start, b.end))).toContain("Many of our customers tell us their migraines are less frequent after a month of use.");
  });
});
