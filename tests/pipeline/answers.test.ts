import { describe, expect, it } from "vitest";
import { answeredClaims, asksWhatAnAnswerTells } from "~/pipeline/answers";
import type { ClassifyContext } from "~/pipeline/classify";
import { subjectMatcher } from "~/pipeline/subject";
import { extractClaims } from "~/pipeline/extract";

const ctx: ClassifyContext = { onTopic: true, subject: subjectMatcher(["palm wraps"]), useScope: null, notPlaces: new Set(["palm", "wraps"]) };

describe("asksWhatAnAnswerTells", () => {
  it.each([
    ["Do palm wraps work?", true],
    ["Is it safe?", true],
    ["How long does a session take?", true],
    ["How many sessions will I need?", true],
    ["Where can I buy palm wraps?", false],
    ["Do palm wraps work", false],
  ])("%s", (sentence, expected) => expect(asksWhatAnAnswerTells(sentence)).toBe(expected));
});

describe("answeredClaims", () => {
  const rows: Array<[string, string, boolean, Array<[string, unknown, string | null]>]> = [
    // a yes or a no to whether it works or is safe
    ["Do palm wraps work?", "In a word, no.", true, [["efficacy", { kind: "stance", polarity: "con", hedged: false }, null]]],
    ["Can palm wraps cure gout?", "Sadly, no.", true, [["efficacy", { kind: "stance", polarity: "con", hedged: false }, "gout"]]],
    ["Are palm wraps safe?", "Yes.", true, [["safety", { kind: "stance", polarity: "pro", hedged: false }, "safety"]]],
    ["Is it dangerous?", "No!", true, [["safety", { kind: "stance", polarity: "pro", hedged: false }, null]]],
    // an answer that is more than a yes or a no is read as a sentence of its own
    ["Do palm wraps work?", "Many people think so.", true, []],
    ["Do palm wraps work?", "No, but they feel nice.", true, []],
    // a question of something else
    ["Is the spa open on Sundays?", "Yes.", false, []],
    // how it is given, told in a short answer
    ["How long does a session take?", "About 45 minutes.", true, [["protocol", { kind: "quantity", unit: "min", min: 45, max: 45 }, "duration"]]],
    ["How long does a session take?", "It depends on what you want from it and on how your body responds.", true, []],
    ["How long does a session take?", "The first visit takes an hour.", true, []],
  ];
  it.each(rows)("%s %s", (question, answer, aboutSubject, expected) =>
    expect(answeredClaims(question, answer, ctx, aboutSubject).map((c) => [c.category, c.value, c.facet])).toEqual(expected));
});

describe("extractClaims: a question answered", () => {
  it("reads an FAQ's heading as the question, and spans the heading and its answer", () => {
    const page = "Palm wraps are popular.\n\nHow long does a session take?\nAbout 45 minutes.\n";
    const c = extractClaims(page, { subjects: ["palm wraps"] }).claims.find((x) => x.category === "protocol")!;
    expect(page.slice(c.start, c.end)).toBe("How long does a session take?\nAbout 45 minutes.");
    expect(c.value).toEqual({ kind: "quantity", unit: "min", min: 45, max: 45 });
  });
});

describe("answeredClaims: a qualified yes", () => {
  const leech: ClassifyContext = { onTopic: true, subject: subjectMatcher(["leech therapy"]), useScope: null, notPlaces: new Set(["leech", "therapy"]) };
  it.each([
    ["Is it safe?", "Generally, yes, when performed by a trained practitioner.", "safety"],
    ["Is it safe?", "For most of you, yes - as long as you're gentle.", "safety"],
    ["Does it work?", "For most people, yes.", "efficacy"],
  ])("%s %s", (q, a, category) =>
    expect(answeredClaims(q, a, leech, true)).toMatchObject([{ category, value: { polarity: "pro", hedged: true } }]));
  it("a plain yes is not hedged", () =>
    expect(answeredClaims("Is it safe?", "Yes.", leech, true)).toMatchObject([{ value: { polarity: "pro", hedged: false } }]));
  it("a yes that goes on to a statement of its own leaves the statement to speak", () =>
    expect(answeredClaims("Is it safe?", "Yes, it is completely safe.", leech, true)).toEqual([]));
  it("'No belief is necessary …' is no answer of 'no': the sentence's own word", () =>
    expect(answeredClaims("Do I need to believe in it for it to work?", "No belief is necessary for it to be effective.", leech, true)).toEqual([]));
  it("a short question paragraph led by 'And' asks how long, and a bare 'Usually an hour.' answers it", () =>
    expect(answeredClaims("And how long is a session with you?", "Usually an hour.", leech, true).map((c) => c.value)).toEqual([{ kind: "quantity", unit: "min", min: 60, max: 60 }]));
});
