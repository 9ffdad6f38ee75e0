import { describe, expect, it } from "vitest";
import { endsInOpenAbbreviation, segmentSentences } from "~/pipeline/segment";

const split = (t: string) => segmentSentences(t).map((s) => t.slice(s.start, s.end));

describe("segmentSentences", () => {
  const rows: Array<[string, string[]]> = [
    ["Reflexology is old. It is popular.", ["Reflexology is old.", "It is popular."]],
    ["It was developed by Dr. Jane Smith in 1930. She lived in Ohio.", ["It was developed by Dr. Jane Smith in 1930.", "She lived in Ohio."]],
    ["Dr. J. R. Smith wrote it. Then it spread.", ["Dr. J. R. Smith wrote it.", "Then it spread."]],
    ["It is used in the U.S. and in Canada.", ["It is used in the U.S. and in Canada."]],
    ["Some herbs, e.g. mint, are used. Others are not.", ["Some herbs, e.g. mint, are used.", "Others are not."]],
    ["No. It was developed in the 1940s.", ["No.", "It was developed in the 1940s."]],
    // a list closed by "etc." before a capital ends the sentence
    ["It eases asthma, back pain, etc. Samuel Ward named it in 1896.", ["It eases asthma, back pain, etc.", "Samuel Ward named it in 1896."]],
    ["Herbs, oils, etc. are sold there.", ["Herbs, oils, etc. are sold there."]],
    ["See trial No. 5 for details.", ["See trial No. 5 for details."]],
    ["The needle is 0,5 mm long. It is thin.", ["The needle is 0,5 mm long.", "It is thin."]],
    ["The dose was 2.5 ml. That is small.", ["The dose was 2.5 ml.", "That is small."]],
    ["It started in the early 1930's. Others followed.", ["It started in the early 1930's.", "Others followed."]],
    ["The tissue swells.The swelling fades.", ["The tissue swells.", "The swelling fades."]],
    ["It was drawn up around 1932.Neither author tested it.", ["It was drawn up around 1932.", "Neither author tested it."]],
    ["Visit example.com for more. Thanks.", ["Visit example.com for more.", "Thanks."]],
    ["Why does it work? Nobody knows!", ["Why does it work?", "Nobody knows!"]],
    ["What is cupping\nCupping is old.", ["What is cupping", "Cupping is old."]],
    ["John Smith, M.D. recommends it.", ["John Smith, M.D. recommends it."]],
    ["He said “it works.” Then he left.", ["He said “it works.”", "Then he left."]],
    ["It is derived from massage.[1] It was popular.[2][3] Then it faded.", ["It is derived from massage.[1]", "It was popular.[2][3]", "Then it faded."]],
    // a temperature's unit is no initial
    ["The chamber is cooled to -110 °C. Sessions last three minutes.", ["The chamber is cooled to -110 °C.", "Sessions last three minutes."]],
    ["It works at 40°F. Few feel it.", ["It works at 40°F.", "Few feel it."]],
    // a spaced reference too, and one that ends the paragraph
    ["It is used for rest. [2] It is also sold for sleep. [6]", ["It is used for rest. [2]", "It is also sold for sleep. [6]"]],
    ["About 500 therapists work in the U.S. Another 100 work in Canada.", ["About 500 therapists work in the U.S.", "Another 100 work in Canada."]],
    ["The U.S. Food and Drug Administration cleared it.", ["The U.S. Food and Drug Administration cleared it."]],
    ["Approx. 40% of users are women.", ["Approx. 40% of users are women."]],
    ["It is used in clinical practice.3, 4 A 1993 survey counted 95 users.", ["It is used in clinical practice.3, 4", "A 1993 survey counted 95 users."]],
  ];
  it.each(rows)("%s", (input, expected) => expect(split(input)).toEqual(expected));

  it("offsets index the original text", () => {
    const t = "  First one.  Second one.  ";
    for (const s of segmentSentences(t)) expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
  });
});

describe("endsInOpenAbbreviation", () => {
  const rows: Array<[string, boolean]> = [
    ["a course developed by Dr.", true],
    ["as in e.g.", true],
    ["and so on, etc.", false],
    ["it is used in the U.S.", false],
    ["the dose was small.", false],
    ["see item No.", false],
  ];
  it.each(rows)("%s", (line, expected) => expect(endsInOpenAbbreviation(line)).toBe(expected));
});
