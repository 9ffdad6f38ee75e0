import { describe, expect, it } from "vitest";
import { findAliases, findSubjects, isAcronymOf, offTopicParagraphs, subjectMatcher } from "~/pipeline/subject";

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
    // a lead that points back is no definition of another term
    [[["Reflexology rests on three assumptions."], ["None of these assumptions are supported.", "They are as weak as assumptions get."]], [false, false]],
    // a report of what people say of it, or a judgement of it, defines no other term
    [[["Reflexology is old."], ["Therapists insist the pressing itself is harmless.", "A woman was treated by pressing for months."]], [false, false]],
    [[["Reflexology is old."], ["The pressing is generally safe.", "The pressing lasts an hour."]], [false, false]],
  ];
  it.each(rows)("%j", (paras, expected) => expect(offTopicParagraphs(paras, ["reflexology"])).toEqual(expected));
});

describe("offTopicParagraphs: a paragraph defining the treatment's own agent stays on topic", () => {
  // a text on "brine floating" that speaks of brine alone in a paragraph; the run after it stays on topic too
  const rows: Array<[string[][], boolean[]]> = [
    [[["Brine floating is old."], ["Brine water is dense.", "Brine water holds a body up."], ["Sessions last an hour."]], [false, false, false]],
    [[["Brine floating is old."], ["Salt lamps are lamps of rock salt.", "Salt lamps glow."], ["Sessions last an hour."]], [false, true, true]],
  ];
  it.each(rows)("%j", (paras, expected) => expect(offTopicParagraphs(paras, ["brine floating"])).toEqual(expected));
});

describe("offTopicParagraphs: a paragraph on the treatment's own thing, or weighing the evidence, stays on topic", () => {
  const rows: Array<[string[][], boolean[]]> = [
    // the evidence weighed is the text's own subject's; the treatment's thing named by a word of its name
    [[["Magnet therapy is old."], ["The best evidence is not encouraging.", "A review found no evidence that static magnets relieve pain."], ["The trials were small."]], [false, false, false]],
    [[["Magnet therapy is old."], ["Fridge decorations are small ornaments.", "Fridge decorations hold notes."], ["Magnetic insoles are sold widely."]], [false, true, false]],
  ];
  it.each(rows)("%j", (paras, expected) => expect(offTopicParagraphs(paras, ["magnet therapy"])).toEqual(expected));
});

describe("offTopicParagraphs: a section break", () => {
  it("marks a news item after an 'Also in the news' line as off-topic", () => {
    const article = [
      ["Reflexology is a therapy in which pressure is applied to points on the feet and hands.", "Practitioners believe the points correspond to organs and that pressure on them improves circulation and relaxation."],
      ["Reflexology sessions usually last an hour; the practitioner works over both feet with thumbs and fingers.", "Many clients report deep relaxation after reflexology sessions and better sleep during the following nights."],
      ["The county council has approved plans for a new cycling route along the canal.", "Councillors said the design had been revised three times after public consultation, and construction begins next spring with funding from the transport department."],
    ];
    expect(offTopicParagraphs(article, ["reflexology"], new Set([2]))).toEqual([false, false, true]);
  });
});

describe("findAliases", () => {
  const rows: Array<[string, string[]]> = [
    ["Reflexology (also called zone therapy) is a practice.", ["zone therapy"]],
    ["Cupping, also known as fire cupping, wet cupping or hijama, is old.", ["fire cupping", "wet cupping", "hijama"]],
    ["Reflexology is popular.", []],
    ["Reflexology (RFX) is a practice.", ["rfx"]],
    // the abbreviation after the name and the words that complete it, sharing its first letter
    ["Reflexology therapy (RT) is a practice.", ["rt"]],
    ["Reflexology therapy (FDA) is a practice.", []],
  ];
  it.each(rows)("%s", (sentence, expected) => expect(findAliases([sentence], sentence.split(/[ ,(]/)[0].toLowerCase())).toEqual(expected));
});

describe("isAcronymOf", () => {
  const rows: Array<[string, string, boolean]> = [
    ["hbot", "hyperbaric oxygen therapy", true],
    ["cst", "craniosacral therapy", true],
    ["emdr", "eye movement desensitization and reprocessing", true],
    ["fda", "hyperbaric oxygen therapy", false],
    ["ebt", "hyperbaric oxygen therapy", false],
  ];
  it.each(rows)("%s for %s: %s", (acronym, name, expected) => expect(isAcronymOf(acronym, name)).toBe(expected));
  it("an acronym used twice becomes an alias", () =>
    expect(findAliases(["HBOT is popular.", "HBOT is old."], "hyperbaric oxygen therapy")).toEqual(["hbot"]));
});

describe("subjectMatcher", () => {
  const rows: Array<[string[], string, boolean]> = [
    [["ear candling"], "Hopi ear candles work by creating warmth", true],
    [["needling"], "the needles are inserted", true],
    [["tens"], "TENS units are cheap", true],
    [["tens"], "It relieves tension", false],
    [["kinesiology"], "kinesiologists say", true],
  ];
  it.each(rows)("%j finds a mention in %s: %s", (subjects, text, expected) => expect(subjectMatcher(subjects)!.test(text)).toBe(expected));
});

describe("findSubjects: treatment-like names outweigh outcomes", () => {
  it("joins two leading terms the text writes together", () => {
    const sentences = ["Tongue mapping claims a lot.", "Tongue mapping is old.", "The tongue has zones.", "Critics doubt tongue mapping.", "Mapping the tongue is easy."];
    expect(findSubjects({ sentences, headings: ["The history of tongue mapping"] })[0]).toBe("tongue mapping");
  });
  it("prefers the therapy's name over a frequent outcome", () => {
    const sentences = ["Pain is common.", "Pain after surgery is treated with drugs.", "Pain relief matters.", "Cryotherapy is one option.", "Cryotherapy uses cold."];
    expect(findSubjects({ sentences, headings: [] })[0]).toBe("cryotherapy");
  });
});

describe("offTopicParagraphs: a heading starts a new section on topic", () => {
  const paras = [["Reflexology is old."], ["Lotions are creams sold in shops.", "Lotions soften the skin."], ["Sessions last an hour."], ["Prices vary."]];
  it("without a heading the run off the topic goes on", () => expect(offTopicParagraphs(paras, ["reflexology"])).toEqual([false, true, true, true]));
  it("a heading before the third paragraph ends it", () => expect(offTopicParagraphs(paras, ["reflexology"], new Set(), new Set([2]))).toEqual([false, true, false, false]));
  it("a break under a heading still turns away", () => expect(offTopicParagraphs(paras, ["reflexology"], new Set([2]), new Set([2]))).toEqual([false, true, true, true]));
});
