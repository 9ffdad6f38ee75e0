import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actsOnComplaint, complaintDoneBy, complaintOfPeople, countedGiveIt, firstComplaint, healthObject, isComplaintWord, isOccupation, namesComplaintByForm,
  originVerbAt, warnedOffIt } from "../../app/pipeline/health-words";
import { AT_RISK_PERSON_NOUNS, AVOIDING_VERB_FORMS, BODY_PART_NOUNS, CAUSING_VERB_FORMS, COMPLAINT_NOUNS, WARNING_VERB_FORMS, HARM_VERB_FORMS, OCCUPATION_NOUNS, ORIGIN_VERB_FORMS, PRACTITIONER_PERSON_NOUNS, PROVIDING_VERB_FORMS,
  RELIEF_VERB_FORMS } from "../../app/pipeline/lexicon/health-words";

// invented treatments, ordinary English complaints and parts (the lists come from a dictionary, not from any text)
describe("healthObject: a verb of relief on a complaint, or of bettering on a body part", () => {
  it.each<[string, string | null]>([
    ["Pine tapping mitigates menstrual cramps", "menstrual cramps"],
    ["Pine tapping staves off chilblains in winter", "chilblains"],
    ["It quells the stubborn hiccups of infants", "stubborn hiccups"],
    ["Regular sessions assuage gout and bursitis", "gout"],
    ["The wraps are said to dispel lumbago", "lumbago"],
    ["Pine tapping strengthens the kidneys", "kidneys"],
    ["It tones the thighs, its makers say", "thighs"],
    ["It reinvigorates tired eyelids", "tired eyelids"],
    // a more specific verb of strengthening, and a Latin plural
    ["Pine tapping reinforces the vertebrae", "vertebrae"],
    ["It gets rid of dyspepsia", "dyspepsia"],
    // a plural the lists hold in the singular
    ["It relieves allergies", "allergies"],
    // not a complaint, or not the verb's object
    ["Pine tapping reduces waiting times", null],
    ["It relieves them of their worries", null],
    ["It eases, in most cases, gout", null],
    ["It strengthens the bond between partners", null],
    ["It relieves the founder of his duties", null],
    // a body part is bettered, not relieved: "relieves the kidneys" is no claim of this kind
    ["Pine tapping prevents the kidneys from filtering", null],
    // a complaint is relieved, not bettered
    ["It strengthens arthritis claims", null],
    // the noun goes on: it is not the object's head
    ["It soothes the throat lozenge market", null],
  ])("%s → %s", (text, expected) => {
    expect(healthObject(text)?.text ?? null).toBe(expected);
  });
  it("gives the phrase's place in the text", () => {
    const text = "Pine tapping mitigates menstrual cramps";
    const found = healthObject(text)!;
    expect(text.slice(found.start, found.end)).toBe("menstrual cramps");
    expect(found.kind).toBe("complaint");
  });
});

describe("firstComplaint: the first complaint named anywhere, outside the given spans", () => {
  it.each<[string, Array<[number, number]>, string | null]>([
    ["Pine tapping helps with bursitis", [], "bursitis"],
    ["There is no good evidence that it works for tinnitus or vertigo", [], "tinnitus"],
    ["Pine tapping is a remedy for dyspepsia", [], "dyspepsia"],
    // a body part named anywhere is not taken: it is as often where the treatment is given
    ["Pine tapping presses the feet", [], null],
    // inside the subject's name
    ["Gout tapping helps", [[0, 11]], null],
    ["Nothing here names a complaint", [], null],
  ])("%s → %s", (text, skip, expected) => {
    expect(firstComplaint(text, skip)?.text ?? null).toBe(expected);
  });
});

describe("actsOnComplaint: the treatment (mentioned up to `end`) acting on a complaint, whatever the verb", () => {
  const at = (text: string, doer: string) => [text.indexOf(doer) + doer.length];
  it.each<[string, string, string | null]>([
    ["Pine tapping quashes sneezing", "Pine tapping", "sneezing"],
    ["Pine tapping, which routs pimples in teenagers, is sold here", "Pine tapping", "pimples"],
    ["Pine tapping is believed to rein in bronchitis among smokers", "Pine tapping", "bronchitis"],
    ["Pine tapping may mute hyperacusis", "Pine tapping", "hyperacusis"],
    ["Pine tapping, which is sold at spas, obliterates eczema", "Pine tapping", "eczema"],
    // a verb that brings it on, finds it or only names it
    ["Pine tapping can trigger migraines", "Pine tapping", null],
    ["Pine tapping occasionally engenders boils", "Pine tapping", null],
    ["Pine tapping detects diabetes", "Pine tapping", null],
    // another doer between
    ["Pine tapping is offered, and aspirin quashes the headache", "Pine tapping", null],
    // no complaint
    ["Pine tapping quashes rumours", "Pine tapping", null],
  ])("%s (doer %s) → %s", (text, doer, expected) => {
    expect(actsOnComplaint(text, at(text, doer))?.text ?? null).toBe(expected);
  });
  it("with harm, reads only the verbs that bring a complaint on: a particle's verb ('sets off'), not 'calls' of 'call forth'", () => {
    const harm = (text: string) => actsOnComplaint(text, at(text, "Pine tapping"), true)?.text ?? null;
    expect(harm("Pine tapping sets off gout.")).toBe("gout");
    expect(harm("Pine tapping begets gout.")).toBe("gout");
    expect(harm("Pine tapping calls gout.")).toBeNull();
  });
  it("with harm, reads a verb with its preposition ('leads to', 'resulted in'), not the verb without it", () => {
    const harm = (text: string) => actsOnComplaint(text, at(text, "Pine tapping"), true)?.text ?? null;
    expect(harm("Pine tapping may lead to heat exhaustion.")).toBe("heat exhaustion");
    expect(harm("Pine tapping resulted in hypothermia.")).toBe("hypothermia");
    expect(harm("Pine tapping leads the way in gout care.")).toBeNull();
  });
  it.each<[string, boolean]>([["Dehydration", true], ["light-headedness", true], ["Fractures", true], ["Hypothermia", true], ["Pain", true],
    ["Clients", false], ["Sessions", false], ["Overall", false]])("isComplaintWord(%s) → %s", (word, expected) => expect(isComplaintWord(word)).toBe(expected));
  it("reads a passive done by the treatment, not one it is caused by", () => {
    const a = "Seasickness is thwarted within hours by pine tapping", b = "Gout is caused by pine tapping";
    expect(complaintDoneBy(a, a.indexOf("pine"))?.text).toBe("seasickness");
    expect(complaintDoneBy(b, b.indexOf("pine"))).toBeNull();
  });
  it("names the people a complaint stands for", () => {
    expect(complaintOfPeople("It is unwise for anyone with pleurisy")?.text).toBe("pleurisy");
    expect(complaintOfPeople("Those with a hernia are told to wait")?.text).toBe("hernia");
    expect(complaintOfPeople("It is unwise for anyone in a hurry")).toBeNull();
  });
  it.each<[string, boolean]>([["relieves pruritus fast", true], ["a case of hyperhidrosis", true], ["tendinitis", true],
    ["a diagnosis was made", false], ["the hypnosis sessions", false], ["homeopathy and naturopathy", false], ["a hypothesis", false]])(
    "namesComplaintByForm(%s) → %s", (text, expected) => expect(namesComplaintByForm(text)).toBe(expected));
});

describe("countedGiveIt: people counted at a figure, told as giving the treatment by a verb of giving, using or selling", () => {
  const mist = /\bion misting\b/i;
  const rows: Array<[string, string, boolean]> = [
    // active, with a place and an adverb between the people and their verb; the treatment as "it", a word for it, its name
    ["Some 250 plumbers in Oslo now wield it on their clients", "250", true],
    ["About 90 librarians across Kent furnish the technique", "90", true],
    ["More than 300 blacksmiths retail ion misting at fairs", "300", true],
    // passive, the people after "by"; relative, the treatment before "which"
    ["It is dispensed by roughly 40 lifeguards", "40", true],
    ["The method, which over 70 ferrymen now employ, is cheap", "70", true],
    // a verb of two words with the treatment between them; a synonym of offering
    ["About 60 plumbers in Ghent dish it out to neighbours", "60", true],
    ["It is proffered by some 30 librarians", "30", true],
    // not given: a verb of another kind, or something else given
    ["Some 250 plumbers in Oslo have tried it", "250", false],
    ["About 90 librarians were asked about it", "90", false],
    ["More than 300 blacksmiths sell horseshoes beside it", "300", false],
    // a verb a dictionary files under possession or contact (not getting or keeping)
    ["Some 400 plumbers in Oslo now peddle it to tourists", "400", true],
    ["It is merchandised by over 50 librarians", "50", true],
    ["Some 400 plumbers in Oslo have bought it", "400", false],
    // a passive verb a few words before its "by"
    ["In Oslo it is lavished on weary commuters by about 150 blacksmiths", "150", true],
  ];
  it.each(rows)("%s", (text, figure, expected) => {
    const start = text.indexOf(figure);
    expect(countedGiveIt(text, start, start + figure.length, mist)).toBe(expected);
  });
  it("isOccupation: a trade's plural", () => {
    expect(["plumbers", "ferrymen", "lifeguards"].map(isOccupation)).toEqual([true, true, true]);
    expect(["commuters", "respondents", "shoppers"].map(isOccupation)).toEqual([false, false, false]);
  });
});

describe("warnedOffIt: people told to keep away from the treatment, or warned off it", () => {
  const mist = /\bion misting\b/i;
  const rows: Array<[string, boolean]> = [
    ["Insomniacs are urged to shun it", true],
    ["Anyone recovering from shingles should forgo the sessions", true],
    ["Octogenarians ought to abstain from ion misting", true],
    ["It is best eschewed by toddlers", true],
    ["Hemophiliacs are cautioned against the therapy", true],
    ["Doctors counsel pregnant women against it", true],
    // against doing it, forbidden it, put in danger by it, unwise for them
    ["Anyone on lithium is counselled against booking a session", true],
    ["Paediatricians have vetoed it for toddlers", true],
    ["It is proscribed for anyone with a pacemaker", true],
    ["Ion misting can imperil those with emphysema", true],
    ["It would be foolhardy for nursing mothers to try it", true],
    ["It is dicey for dialysis patients", true],
    ["It is unwise for diabetics to eat sugar", false],
    // a word of fitness negated by its prefix, a harm for them ("to" as well as "for")
    ["It is unsuited to expectant mothers", true],
    ["It can be ruinous for octogenarians", true],
    ["It is inimical to anyone on blood thinners", true],
    ["It is unsuited to wet weather", false],
    ["It is not inappropriate for seniors", false],
    ["It isn't harmful for toddlers", false],
    ["It is not forbidden for toddlers", false],
    ["Diabetics need not shun it", false],
    ["The council vetoed a new car park", false],
    // what they keep away from is something else, or no people are named
    ["You should avoid coffee before a session", false],
    ["Toddlers should shun sugary drinks after it", false],
    ["The staff refrain from eating in the clinic", false],
    ["Critics shun the debate", false],
  ];
  it.each(rows)("%s", (text, expected) => expect(warnedOffIt(text, mist)).toBe(expected));
});

describe("originVerbAt: where a verb of bringing into being stands", () => {
  const rows: Array<[string, number]> = [
    ["The routine arose among dockers in the 1930s", 12],
    ["A cobbler whipped it up in 1950", 10],
    ["It took shape in Lyon in 1901", 3],
    ["It cropped up in mill towns in the 1890s", 3],
    ["It was dreamt up in 1962", 7],
    ["It was repainted in 1990", -1],
    ["A cobbler whipped the cream", -1],
  ];
  it.each(rows)("%s", (text, at) => expect(originVerbAt(text)).toBe(at));
});

describe("the dictionary lists", () => {
  it("hold complaints, parts and verbs no hand list named, and not the everyday words they exclude", () => {
    for (const w of ["chilblain", "bursitis", "hiccup", "dyspepsia", "lumbago"]) expect(COMPLAINT_NOUNS).toContain(w);
    for (const w of ["kidney", "thigh", "eyelid"]) expect(BODY_PART_NOUNS).toContain(w);
    for (const w of ["mitigates", "assuaged", "stave off", "staving off", "dispelled"]) expect(RELIEF_VERB_FORMS).toContain(w);
    for (const w of ["founder", "condition", "add"]) expect(COMPLAINT_NOUNS).not.toContain(w);
    for (const w of ["behind", "head", "system"]) expect(BODY_PART_NOUNS).not.toContain(w);
    for (const w of ["still", "cut", "avoid"]) expect(RELIEF_VERB_FORMS).not.toContain(w);
    // people who give treatments, with their plurals; not named persons, not insults
    for (const w of ["midwife", "midwives", "masseurs", "shamans", "doulas", "medical men"]) expect(PRACTITIONER_PERSON_NOUNS).toContain(w);
    for (const w of ["hippocrates", "freud", "quack", "quacks", "shamen"]) expect(PRACTITIONER_PERSON_NOUNS).not.toContain(w);
    // people of a trade, with their plurals ("-man" makes "-men"; "shaman" does not); not those who study or report on it
    for (const w of ["plumbers", "ferrymen", "vets", "librarians", "blacksmith"]) expect(OCCUPATION_NOUNS).toContain(w);
    for (const w of ["researchers", "journalists", "men", "patients", "customers", "shamen"]) expect(OCCUPATION_NOUNS).not.toContain(w);
    for (const w of ["wields", "plied", "furnishing", "dispensed", "retails", "utilised"]) expect(PROVIDING_VERB_FORMS).toContain(w);
    for (const w of ["arose", "springs up", "took shape", "coalesced", "whipped up"]) expect(ORIGIN_VERB_FORMS).toContain(w);
    for (const w of ["diabetics", "toddlers", "schoolchildren", "convalescents"]) expect(AT_RISK_PERSON_NOUNS).toContain(w);
    for (const w of ["schoolchilds", "crones", "loonies"]) expect(AT_RISK_PERSON_NOUNS).not.toContain(w);
    for (const w of ["eschewed", "abstains", "forgoing"]) expect(AVOIDING_VERB_FORMS).toContain(w);
    for (const w of ["misses", "escaped", "hedges"]) expect(AVOIDING_VERB_FORMS).not.toContain(w);
    // British and American doubling of a final "l"
    for (const w of ["counselled", "counseled"]) expect(WARNING_VERB_FORMS).toContain(w);
    for (const w of ["exacerbates", "stoked", "inflames", "stir up"]) expect(HARM_VERB_FORMS).toContain(w);
    // verbs of causing by their place in WordNet; not those of undoing, completing or imitating, nor the relief lists'
    for (const w of ["begets", "fosters", "engendered"]) expect(CAUSING_VERB_FORMS).toContain(w);
    for (const w of ["exterminates", "torpedoes", "dispatches", "mimics", "restores", "relieves"]) expect(CAUSING_VERB_FORMS).not.toContain(w);
  });
  it("are what scripts/build-health-lexicon.ts writes from WordNet (the committed file is not edited by hand)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "health-words-")), "health-words.ts");
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-health-lexicon.ts", out], { stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync("app/pipeline/lexicon/health-words.ts", "utf8"));
  }, 60_000);
});
