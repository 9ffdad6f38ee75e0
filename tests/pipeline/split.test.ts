import { describe, expect, it } from "vitest";
import { splitClauses, splitList } from "~/pipeline/split";
import { prepare, prepareClause } from "~/pipeline/classify";

const clauses = (s: string) => splitClauses(s).map((c) => s.slice(c.start, c.end));
const atoms = (s: string) => splitList(s).map((a) => s.slice(a.start, a.end));

describe("splitClauses", () => {
  const rows: Array<[string, string[]]> = [
    // a harm told as rare but as one that comes is one claim; a rarity and another predicate are two
    ["Fainting is uncommon but does happen.", ["Fainting is uncommon but does happen"]],
    ["Bowel perforation is rare but has been reported.", ["Bowel perforation is rare but has been reported"]],
    // a semicolon after a list's lead stands for a colon: no cut
    ["Risks include but are not limited to; dizziness, rash or fainting.", ["Risks include but are not limited to; dizziness, rash or fainting"]],
    ["Risks are small; most clients feel fine.", ["Risks are small", "most clients feel fine"]],
    ["It was approved by the health ministry in 1990 and is listed as a treatment by the state insurer.",
      ["It was approved by the health ministry in 1990", "is listed as a treatment by the state insurer"]],
    ["Farmers had used it since 1900 and traces of it have been found in old texts.",
      ["Farmers had used it since 1900", "traces of it have been found in old texts"]],
    ["Most clients feel better after one visit, but the average client needs six visits.",
      ["Most clients feel better after one visit", "the average client needs six visits"]],
    ["The oil is rubbed in (the bottles used hold only 10 ml each), resulting in softer skin.",
      ["The oil is rubbed in", "the bottles used hold only 10 ml each", "resulting in softer skin"]],
    ["The dose is small; the effect is large.", ["The dose is small", "the effect is large"]],
    // a leading concession ends where a pronoun and its verb begin the main clause
    ["Even though it is regarded as harmless, it delays proper care.", ["Even though it is regarded as harmless", "it delays proper care"]],
    // the connective between two cuts is no clause of its own
    ["It relieves pain, but it is costly.", ["It relieves pain", "it is costly"]],
    ["It uses touch to feel imaginary waves and supposedly adjusts the joints.", ["It uses touch to feel imaginary waves", "supposedly adjusts the joints"]],
    ["The stones are left on for 5-10 minutes, and can be used to treat back pain.", ["The stones are left on for 5-10 minutes", "can be used to treat back pain"]],
    ["There is very little research on it, probably because it is a scam.", ["There is very little research on it", "probably because it is a scam"]],
    // a new subject with its own verb of reporting
    ["It is listed in a nursing handbook and a 2008 newspaper article reported that 800 hospitals offer it.",
      ["It is listed in a nursing handbook", "a 2008 newspaper article reported that 800 hospitals offer it"]],
    // a colon between two clauses; not a list's lead
    ["For back pain the results are mixed: some trials found a benefit.", ["For back pain the results are mixed", "some trials found a benefit"]],
    ["Its benefits include: better sleep and less pain.", ["Its benefits include: better sleep and less pain"]],
    // a share of the people treated with a plain verb of their own
    ["We start with weekly sessions, and most clients need between 4 and 8 of them.", ["We start with weekly sessions", "most clients need between 4 and 8 of them"]],
    ["Some doctors use it to treat heart disease, even though evidence is lacking.", ["Some doctors use it to treat heart disease", "even though evidence is lacking"]],
    ["It has been used for about 100 years, however, its modern form dates to the 1950s.", ["It has been used for about 100 years", "its modern form dates to the 1950s"]],
    ["Popularity, however, is not evidence.", ["Popularity, however, is not evidence"]],
    ["Its history is surrounded by colorful and mythical tales that have lasted for centuries.", ["Its history is surrounded by colorful and mythical tales that have lasted for centuries"]],
    ["Though a 2006 study showed benefits, many doctors are still hesitant to recommend it.", ["a 2006 study showed benefits", "many doctors are still hesitant to recommend it"]],
    // a contrast of two camps, comma or none
    ["Some practitioners claim it is ancient while other sources state it began in the 1850s.", ["Some practitioners claim it is ancient", "other sources state it began in the 1850s"]],
    // an inline citation belongs to no claim
    ["One study found mixed results (Cochrane Database Syst Rev 2016 Aug 23;(8) with all studies at high risk of bias.",
      ["One study found mixed results", "with all studies at high risk of bias"]],
    ["It was “not recommended” for pain (Lee 2012 Jun;26(3):311-17).", ["It was “not recommended” for pain"]],
    ["It was developed by Ann Lee (Japan, 1922) in Kyoto.", ["It was developed by Ann Lee (Japan, 1922) in Kyoto"]],
    // an "and" inside a body's name
    ["Licensing was carried out by the Ministry of Trade and Rural Affairs but this will now be done by the Ministry of Health.",
      ["Licensing was carried out by the Ministry of Trade and Rural Affairs", "this will now be done by the Ministry of Health"]],
    ["It improves the lymph flow and helps break down fat.", ["It improves the lymph flow and helps break down fat"]],
    ["The herbs soothe the skin and the oils calm the mind.", ["The herbs soothe the skin and the oils calm the mind"]],
    ["Healers say they do not cure illness, but rather that they balance the body.",
      ["Healers say they do not cure illness, but rather that they balance the body"]],
    ["The seeds are unlikely to cause harm, although the needles occasionally cause infections.",
      ["The seeds are unlikely to cause harm", "the needles occasionally cause infections"]],
    ["A foot rub rarely does harm, yet some clients report nausea.", ["A foot rub rarely does harm", "some clients report nausea"]],
    ["Even though it is used to treat colds, tinnitus, and many other conditions, the FDA has never cleared it.",
      ["Even though it is used to treat colds, tinnitus, and many other conditions", "the FDA has never cleared it"]],
    ["The idea has been disproven, yet it continues to exist.", ["The idea has been disproven, yet it continues to exist"]],
    // a main clause led by a quantity; numbered references hide no comma
    ["While Lee has had no reaction, too much foot oil can cause rashes.", ["Lee has had no reaction", "too much foot oil can cause rashes"]],
    ["While wraps may be used on wounds,[1][2] there is little evidence for it.", ["wraps may be used on wounds", "there is little evidence for it"]],
    ["Although there is little evidence that it works, [1] [2] reflexology is used by some people for relief.",
      ["there is little evidence that it works", "reflexology is used by some people for relief"]],
    // an author-year citation at the end is no part of the claim; a year in brackets after a name is
    ["Sages reportedly advised it for coughs (Oils Academy 2019).", ["Sages reportedly advised it for coughs"]],
  ];
  it.each(rows)("%s", (input, expected) => expect(clauses(input)).toEqual(expected));
});

describe("splitList", () => {
  const rows: Array<[string, string[]]> = [
    // what is said of the effects is no list of them; the benefits named are
    ["Its effects are proven, consistent, safe and lasting", ["Its effects are proven, consistent, safe and lasting"]],
    ["The benefits are better sleep, less pain and more energy", ["The benefits are better sleep", "less pain", "more energy"]],
    ["It is highly effective in treating gout, hip and knee disorders", ["It is highly effective in treating gout", "hip", "knee disorders"]],
    ["It has many applications including stress relief, better sleep, and pain relief",
      ["It has many applications including stress relief", "better sleep", "pain relief"]],
    ["Sessions can benefit those patients suffering from migraine, insomnia, and asthma, among other conditions",
      ["Sessions can benefit those patients suffering from migraine", "insomnia", "asthma"]],
    ["It works by relaxing muscles, easing tension, and calming nerves",
      ["It works by relaxing muscles", "easing tension", "calming nerves"]],
    ["It releases substances such as peptides, enzymes and hormones", ["It releases substances such as peptides, enzymes and hormones"]],
    ["It is very effective", ["It is very effective"]],
    // a figure's comma separates nothing; a clause with its own count and "it" as an object is no outcome
    ["Doctors use it to treat back pain, and more than 8,000 physicians apply it today",
      ["Doctors use it to treat back pain, and more than 8,000 physicians apply it today"]],
    ["It eases pain in 1,200 patients, stiffness and swelling", ["It eases pain in 1,200 patients", "stiffness", "swelling"]],
    // a bracket's list stays with its item; the list proper starts at "including"; "even" leads no item
    ["It eases stress, depression and pain (including headache and arthritis)",
      ["It eases stress", "depression", "pain (including headache and arthritis)"]],
    ["It relieves many ailments and conditions, including colds, flu, and even gout",
      ["It relieves many ailments and conditions, including colds", "flu", "even gout"]],
    ["Supporters claim that it removes toxins, boosts circulation and relieves muscle pain",
      ["Supporters claim that it removes toxins", "boosts circulation", "relieves muscle pain"]],
    ["It removes toxins and excess fluid", ["It removes toxins and excess fluid"]],
    ["Injections are given to improve the vascular and lymphatic flows and help break down the fat nodules",
      ["Injections are given to improve the vascular and lymphatic flows", "help break down the fat nodules"]],
    ["It is beneficial for a wide range of conditions: back pain, asthma, and stress",
      ["It is beneficial for a wide range of conditions: back pain", "asthma", "stress"]],
    ["They work by creating warmth and pressure that helps draw wax, dirt and debris out",
      ["They work by creating warmth and pressure that helps draw wax, dirt and debris out"]],
    // a series of predicates: what lies between two benefit verbs belongs to the first; a verb alone shares the next
    // one's object; "lower back" is no verb
    ["It is a method used to ease tightness of the shoulders and lower back, reduce aches, and improve or restore joint or muscle function",
      ["It is a method used to ease tightness of the shoulders and lower back", "reduce aches", "improve or restore joint or muscle function"]],
    ["There is little proof that it can prevent, treat or cure any illness", ["There is little proof that it can prevent, treat or cure any illness"]],
    ["It was never found useful in preventing, treating, or curing an infection",
      ["It was never found useful in preventing, treating, or curing an infection"]],
    ["Fans say it can prevent, treat and even cure coughs, colds and hay fever",
      ["Fans say it can prevent, treat and even cure coughs", "colds", "hay fever"]],
    ["It relieves aches and improves sleep", ["It relieves aches", "improves sleep"]],
    ["It reduces aches, cramps and swelling, and improves posture", ["It reduces aches", "cramps", "swelling", "improves posture"]],
    ["It is meant to settle the mind, ease stress, and regulate or balance the body's rhythms",
      ["It is meant to settle the mind, ease stress", "regulate or balance the body's rhythms"]],
    // a clause led by its means is no list of means
    ["By pressing the feet and hands, the therapist eases pain", ["By pressing the feet and hands, the therapist eases pain"]],
    ["By supporting lymph flow, it may reduce the frequency and severity of colds", ["By supporting lymph flow, it may reduce the frequency and severity of colds"]],
    ["It is said to lift energy, reduce aches, and support the body's power to recover from illness or injury",
      ["It is said to lift energy", "reduce aches", "support the body's power to recover from illness or injury"]],
    ["By improving blood flow, the rub reduces aches, eases stiffness and speeds healing",
      ["By improving blood flow, the rub reduces aches", "eases stiffness", "speeds healing"]],
    // a subject named in -ing is no means: "taping reduces swelling" is a clause
    ["By Monday, taping reduces swelling, eases aches and improves sleep", ["By Monday, taping reduces swelling", "eases aches", "improves sleep"]],
    // an item with its own finite verb is a clause, not an outcome
    ["Just as splints treat fractures, the wrap is said to mend sprains", ["Just as splints treat fractures, the wrap is said to mend sprains"]],
    // an aside between commas is no item
    ["It brings relief from cramps, fatigue and, most importantly, low mood", ["It brings relief from cramps", "fatigue", "low mood"]],
    // the people it helps, and the relief it brings, named by their conditions
    ["It has benefits for people with gout, asthma, high blood pressure and eczema",
      ["It has benefits for people with gout", "asthma", "high blood pressure", "eczema"]],
    ["It brings relief from cramps, fatigue and low mood", ["It brings relief from cramps", "fatigue", "low mood"]],
    // a lead-in without a benefit verb is no predicate of its own
    ["The tea, a family recipe, relieves colds and eases sore throats", ["The tea, a family recipe, relieves colds", "eases sore throats"]],
    // verbs that are no benefit cue alone still lead a predicate of a series, with their object; not in -ing, and not a
    // noun in a list ("improves mood, balance and posture")
    ["The wraps promote sweating, encourage better digestion and support the immune system",
      ["The wraps promote sweating", "encourage better digestion", "support the immune system"]],
    ["It helps relieve cramps and promotes deeper sleep", ["It helps relieve cramps", "promotes deeper sleep"]],
    ["Pressing the points calms nerves and restores the flow of energy", ["Pressing the points calms nerves", "restores the flow of energy"]],
    ["It can mend sprains, stimulating the tissue to rebuild itself", ["It can mend sprains, stimulating the tissue to rebuild itself"]],
    ["It improves mood, balance and posture", ["It improves mood", "balance", "posture"]],
    // "is said to ease A and to lift B": an infinitive in a series is a predicate too
    ["The balm is said to ease cramps and to relieve fatigue", ["The balm is said to ease cramps", "to relieve fatigue"]],
    // two outcomes joined by "and" alone; not when they share a head noun, a determiner, or a preposition's object
    ["The drops cure earache and tinnitus", ["The drops cure earache", "tinnitus"]],
    ["The drops cure chronic earache and ringing ears", ["The drops cure chronic earache", "ringing ears"]],
    ["The drops cure ear and sinus infections", ["The drops cure ear and sinus infections"]],
    ["The drops reduce the pressure and pain", ["The drops reduce the pressure and pain"]],
    ["The drops relieve soreness of the jaw and neck", ["The drops relieve soreness of the jaw and neck"]],
    ["The drops relieve the frequency and severity of earaches", ["The drops relieve the frequency and severity of earaches"]],
    // a range's ends are items when they are phrases or lists; not a range of figures, of one word, or of degrees
    ["Users report gains ranging from less bloating and clearer skin to deeper sleep",
      ["Users report gains ranging from less bloating", "clearer skin", "deeper sleep"]],
    ["It helps with complaints ranging from stiff joints to poor sleep", ["It helps with complaints ranging from stiff joints", "poor sleep"]],
    ["The effects range from mild to dramatic", ["The effects range from mild to dramatic"]],
    ["These treatments range from diet and lifestyle advice to homeopathy", ["These treatments range from diet and lifestyle advice to homeopathy"]],
    ["Its results vary from client to client", ["Its results vary from client to client"]],
    // "and more" ends a list; on a tie the later lead names the items ("conditions such as A and B")
    ["It treats gout, eczema, and more", ["It treats gout", "eczema"]],
    ["It treats skin complaints such as eczema and hives", ["It treats skin complaints such as eczema", "hives"]],
    // the hedge on a list's length leads it in; two outcomes written with a slash; "help with" leads a predicate
    ["Side effects include but are not limited to: dizziness, rash or fainting",
      ["Side effects include but are not limited to: dizziness", "rash", "fainting"]],
    ["It aims to calm the mind, ease pain/tension and help with nightmares",
      ["It aims to calm the mind", "ease pain", "tension", "help with nightmares"]],
    ["It treats gout and/or eczema", ["It treats gout and/or eczema"]],
    // a list led by "soothes"; a lone word in -ic before a noun is a noun, not an adjective sharing its head
    ["The rocker soothes colic, reflux and teething pain", ["The rocker soothes colic", "reflux", "teething pain"]],
    // an item in apposition names the next one; the risks a clause lists
    ["Fans claim it can ease gout, eczema, and that modern craze, bloating", ["Fans claim it can ease gout", "eczema", "bloating"]],
    ["Risks include dizziness, rash or fainting", ["Risks include dizziness", "rash", "fainting"]],
    // who says so is no item
    ["It eases gout, eczema and acne, fans claim", ["It eases gout", "eczema", "acne"]],
    // a means told by two verbs in -ing is one claim
    ["It slims the waist by blocking fat storage and triggering fat release", ["It slims the waist by blocking fat storage and triggering fat release"]],
  ];
  it.each(rows)("%s", (input, expected) => expect(atoms(input)).toEqual(expected));

  // the item of each atom is what its verb acts on
  const items: Array<[string, Array<string | null>]> = [
    ["It relieves aches and improves sleep", ["aches", "sleep"]],
    ["It is meant to settle the mind, ease stress, and regulate or balance the body's rhythms", ["stress", "body's rhythms"]],
    ["It reduces aches, cramps and swelling, and improves posture", ["aches", "cramps", "swelling", "posture"]],
    ["It eases tightness of the neck and lower back, and improves or restores mobility", ["tightness of the neck and lower back", "mobility"]],
    ["The wraps promote sweating, encourage better digestion and support the immune system", ["sweating", "better digestion", "immune system"]],
    ["Pressing the points calms nerves and restores the flow of energy", ["nerves", "flow of energy"]],
    ["The balm is said to ease cramps and to relieve fatigue", ["cramps", "fatigue"]],
    ["The drops cure earache and tinnitus", ["earache", "tinnitus"]],
    // "as well as" leads an item; "thus" leads a predicate; a long tail names no outcome
    ["It is studied as a treatment for gout, eczema, as well as asthma", ["gout", "eczema", "asthma"]],
    ["The drops ease gloom and thus restore health", ["gloom", "health"]],
    ["The wrap tightens up ligaments and eases aches", ["ligaments", "aches"]],
    ["The gel relieves headaches, calms eczema and speeds healing", ["headaches", "eczema", "healing"]],
    // a long object names its outcome before its first preposition; "stimulates the nerve" leads no predicate
    ["New mats promise to relieve stress, sharpen focus and improve sleep in just minutes for a fraction of the cost", ["stress", "focus", "sleep"]],
    ["Humming can stimulate the vagus nerve and calm the body", [null]],
    // a lone word joined by "or" alone to a longer noun phrase shares its head; a figure or a preposition leads none
    ["It may not suit people with severe or chronic heart rhythm problems, gout or between 1-12 weeks pregnant",
      ["severe or chronic heart rhythm problems", "gout", "between 1-12 weeks pregnant"]],
    // a long object names what comes before its comma
    ["It is claimed to ease cramps and boost the immune system, thereby removing the causes of illness", ["cramps", "immune system"]],
    // (a lone noun before a phrase with a preposition shares nothing with it)
    ["It is unsuitable for people with gout, asthma or swelling of the ankles", ["gout", "asthma", "swelling of the ankles"]],
    // what it is said to work for, or be effective for, listed
    ["There is no good evidence that the taps work for gout, eczema or asthma", ["gout", "eczema", "asthma"]],
    ["The balm is effective for cramps, colds and back pain", ["cramps", "colds", "back pain"]],
    ["It is an old healing method that has been used for centuries to treat many ailments and promote well-being", [null, "well-being"]],
    ["It treats skin complaints such as eczema and hives", ["eczema", "hives"]],
    // a clause of concession or cause after the outcome is no item
    ["The wrap relieves back pain, despite being cheap", [null]],
    ["The wrap relieves back pain, headaches and stress, although results vary", ["back pain", "headaches", "stress"]],
    // what it is not shown or recommended for is listed too ("or other conditions" ends the list)
    ["The wrap has not been shown to help asthma, eczema or anxiety", ["asthma", "eczema", "anxiety"]],
    ["There is insufficient evidence to recommend the wrap for asthma, eczema, anxiety, or other conditions", ["asthma", "eczema", "anxiety"]],
    ["There is no evidence for its use in gout, eczema or asthma", ["gout", "eczema", "asthma"]],
    ["It is used to help you relax and sleep", [null]],
    // a lone outcome noun and a phrase are two; "help you …" and "benefit your …" lead predicates of a series
    ["It can boost the immune system, improve concentration and well being", ["immune system", "concentration", "well being"]],
    ["It can relieve stress and help you sleep better", ["stress", "sleep better"]],
    ["It can benefit your heart, and reduce inflammation", ["heart", "inflammation"]],
    // semicolons between the items of a list after "including"
    ["Its founder claims it can bring many benefits, including more willpower; fat loss; a stronger immune response; and reduced inflammation",
      ["more willpower", "fat loss", "a stronger immune response", "reduced inflammation"]],
    ["It has many benefits, including better sleep, less pain and more energy", ["better sleep", "less pain", "more energy"]],
    // the benefits or side effects of it include …
    ["The benefits of the wrap include better posture, clearer skin and deeper sleep", ["better posture", "clearer skin", "deeper sleep"]],
    ["Reported side effects of the wrap include dizziness, nausea and fainting", ["dizziness", "nausea", "fainting"]],
    // "as well as" joins two items; risks of several harms are listed
    ["It eases back pain as well as stiffness", ["back pain", "stiffness"]],
    ["It poses a risk of drowning, as well as dangerous heart-rhythm irregularities", ["drowning", "dangerous heart-rhythm irregularities"]],
    // how fast or cheaply an outcome comes is not its name
    ["The mats promise to relieve stress, sharpen focus and improve sleep in just minutes", ["stress", "focus", "sleep"]],
    ["It eases back pain, stiffness and headaches overnight", ["back pain", "stiffness", "headaches"]],
  ];
  it.each(items)("items of %s", (input, expected) => expect(splitList(input).map((a) => a.item)).toEqual(expected));
});

describe("a clause's trigger mask is read off its sentence's word table", () => {
  // sentences whose clauses have asides, citations and numbered references cut out: the words blanked in a clause
  // open no gate for it, as a scan of the clause's own text finds
  const sentences = [
    "It was founded in 1950 (the school opened later in Paris, when the founder moved there), and it is said to treat pain.",
    "Cupping eased pain in one trial (Lee et al. 2012; J Clin Pract 62(6):947-54), but a larger review found no effect.",
    "It relieves stress,[1][2] and there is no evidence that it cures anything.[3]",
    "Although it is ancient, practitioners claim it heals wounds; critics disagree, while others remain hesitant.",
    "In 1920 (Smith 2019) it was first described; it is still used by over 3 000 therapists (Lee, 2021).",
  ];
  it.each(sentences)("%s", (sentence) => {
    const pre = prepare(sentence);
    const clauses = splitClauses(sentence);
    expect(clauses.length).toBeGreaterThan(1);
    for (const clause of clauses) expect(prepareClause(pre, clause).mask).toBe(prepare(clause.text).mask);
  });
});

describe("splitList: a range after a general noun, and a source told after the claim", () => {
  const items = (s: string) => splitList(s).map((a) => a.item);
  it("the range's two ends are the items", () => expect(items("Its fans claim it can cure many ailments, from gout to insomnia")).toEqual(["gout", "insomnia"]));
  it("stimulating a good is one predicate of a series", () =>
    expect(items("Sand rolling has been proven to stimulate digestion and improve joint mobility")).toEqual(["digestion", "joint mobility"]));
  it("a source told after the list is no item", () =>
    expect(items("Herbalists recommend it to help treat gout and colds, states a drugstore chain")).toEqual(["gout", "colds"]));
});
