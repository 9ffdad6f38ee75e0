import { describe, expect, it } from "vitest";
import { findSubjects, offTopicParagraphs, subjectMatcher } from "~/pipeline/subject";

describe("findSubjects", () => {
  const rows: Array<[string[], string[], string]> = [
    [["Reflexology is a massage of the feet.", "Reflexology was developed in the 1930s.", "Patients say the feet feel warm."], [], "reflexology"],
    [["Cupping therapy uses suction cups.", "Cupping therapy is old.", "The cups leave marks."], ["What is cupping therapy?"], "cupping therapy"],
    [["It is popular.", "Many people try it."], ["Hydrotherapy: a guide"], "hydrotherapy"],
  ];
  it.each(rows)("%j", (sentences, headings, expected) => expect(findSubjects({ sentences, headings })[0]).toBe(expected));

  it("matches inflections and compounds of the subject", () => {
    const re = subjectMatcher(["reflexology"])!;
    expect(re.test("Reflexologists say so.")).toBe(true);
    expect(re.test("Massage is different.")).toBe(false);
  });
});

describe("offTopicParagraphs", () => {
  const rows: Array<[string[][], boolean[]]> = [
    [[["Reflexology is old."], ["Lotions are creams sold in shops.", "Lotions soften the skin."], ["They can also be made at home."]], [false, true, true]],
    [[["Reflexology is old."], ["The feet hold many nerves.", "The feet are sensitive."]], [false, false]],
    [[["Reflexology is old."], ["Lotions are creams.", "Lotions soften skin."], ["Reflexology costs little."]], [false, true, false]],
  ];
  it.each(rows)("%j", (paras, expected) => expect(offTopicParagraphs(paras, ["reflexology"])).toEqual(expected));
});
