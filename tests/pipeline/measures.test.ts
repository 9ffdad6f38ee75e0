import { describe, expect, it } from "vitest";
import { measuresIn, ownParts } from "~/pipeline/measures";
import { parseCounts, parseQuantities } from "~/pipeline/values";

const measures = (clause: string) => measuresIn(clause, parseCounts(clause), parseQuantities(clause));
// each measure as "kind min-max unit | its part of the clause"
const read = (clause: string, whole = 0) => {
  const ms = measures(clause);
  const parts = ownParts(clause, ms, whole);
  return ms.map((m, i) => `${m.kind} ${m.value.min}-${m.value.max ?? "?"} ${m.value.unit} | ${clause.slice(...parts[i]).trim()}`);
};

describe("measuresIn: the measures of giving a clause holds", () => {
  it.each([
    // how often, in figures and in words, with its bound
    ["given twice a week", ["frequency 2-2 times per week | given twice a week"]],
    ["once or twice a day", ["frequency 1-2 times per day | once or twice a day"]],
    ["three to five times per week", ["frequency 3-5 times per week | three to five times per week"]],
    ["sip at least 4 times a day", ["frequency 4-? times per day | sip at least 4 times a day"]],
    ["no more than three times a week", ["frequency 0-3 times per week | no more than three times a week"]],
    ["often given weekly", ["frequency 1-1 times per week | often given weekly"]],
    ["as daily use can leave some people light-headed", []],
    ["1-2 maintenance sessions per week", ["frequency 1-2 times per week | 1-2 maintenance sessions per week"]],
    ["We recommend no more than three sessions per week", ["frequency 0-3 times per week | We recommend no more than three sessions per week"]],
    ["at least two sessions a week", ["frequency 2-? times per week | at least two sessions a week"]],
    // how far apart
    ["spaced four to six weeks apart", ["interval 4-6 week | spaced four to six weeks apart"]],
    ["about a week apart", ["interval 1-1 week | about a week apart"]],
    ["then 10 more every two to eight weeks", ["interval 2-8 week | then 10 more every two to eight weeks"]],
    ["every other week", ["interval 2-2 week | every other week"]],
    ["every day", ["frequency 1-1 times per day | every day"]],
    // how many, how long, over what time, how much
    ["a course of 6-8 sessions", ["sessions 6-8 sessions | a course of 6-8 sessions"]],
    ["sessions last 30 to 45 minutes", ["duration 30-45 min | sessions last 30 to 45 minutes"]],
    ["practised over 8 to 16 weeks", ["course length 8-16 week | practised over 8 to 16 weeks"]],
    ["take 4 drops", ["dose 4-4 drops | take 4 drops"]],
    // not a time that passes before something, nor a glass to take it in
    ["results show within two weeks", []],
    ["rested for 10 minutes after 30 minutes", ["duration 10-10 min | rested for 10 minutes after 30 minutes"]],
    ["add 2 drops to a glass of water", ["dose 2-2 drops | add 2 drops to a glass of water"]],
  ])("%s", (clause, expected) => expect(read(clause)).toEqual(expected));

  it("gives each measure its part of a clause that holds several", () =>
    expect(read("a course of 10 sessions over two weeks, followed by 1-2 maintenance sessions per week")).toEqual([
      "sessions 10-10 sessions | a course of 10 sessions over two weeks,",
      "course length 2-2 week | over two weeks,",
      "frequency 1-2 times per week | followed by 1-2 maintenance sessions per week",
    ]));
  it("splits at a conjunction as at a comma", () =>
    expect(read("A session lasts 30 to 60 minutes and is often given weekly")).toEqual([
      "duration 30-60 min | A session lasts 30 to 60 minutes",
      "frequency 1-1 times per week | and is often given weekly",
    ]));
  it("lets measures with nothing between them share a part, the chosen one whole, the others from their own words", () =>
    expect(read("They had ten 50-minute sessions", 0)).toEqual([
      "sessions 10-10 sessions | They had ten 50-minute sessions",
      "duration 50-50 min | 50-minute sessions",
    ]));
});
