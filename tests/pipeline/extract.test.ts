import { describe, expect, it } from "vitest";
import { extractClaims } from "~/pipeline/index";

const DOC = `Home > Therapies > Reflexology: A Guide

Reflexology: A Guide

By: Ann Lee - Updated: 2 Feb 2020
Reflexology was developed by Dr. Jane Smith in the early 1930's. It is practised in Germany, where more than 5,000 therapists use reflexology today. It has been officially recognised by the National Health Board in 1990 and is listed as a therapy by the state insurer.

Reflexology is highly effective in treating migraine, insomnia and back pain. Most clients notice improvement after a few sessions, but the average client needs six initial sessions. Reflexology is said to calm the mind. A trial found that reflexology provided NO changes in blood pressure.

Lotions or creams are mixtures of oils designed to soften the skin. Lotions are effective for dry skin and can improve skin elasticity.

You might also like...
Share your story`;

describe("extractClaims", () => {
  const r = extractClaims(DOC);
  const quotes = (cat: string) => r.claims.filter((c) => c.category === cat).map((c) => DOC.slice(c.start, c.end));

  it("reads the page's title, author and date, and its subject", () => {
    expect(r.metadata).toEqual({ title: "Reflexology: A Guide", author: "Ann Lee", date: "2020-02-02" });
    expect(r.subjects[0]).toBe("reflexology");
  });
  it("every span is its exact, trimmed quote", () => {
    for (const c of r.claims) {
      const q = DOC.slice(c.start, c.end);
      expect(q).toBe(q.trim());
      expect(q.length).toBeGreaterThan(0);
    }
  });
  const rows: Array<[string, string[]]> = [
    ["origin_date", ["Reflexology was developed by Dr. Jane Smith in the early 1930's"]],
    ["founder", ["Reflexology was developed by Dr. Jane Smith in the early 1930's"]],
    ["practitioner_count", ["It is practised in Germany, where more than 5,000 therapists use reflexology today"]],
    ["recognition", ["It has been officially recognised by the National Health Board in 1990", "is listed as a therapy by the state insurer"]],
  ];
  it.each(rows)("%s", (cat, expected) => expect(quotes(cat)).toEqual(expected));

  it("splits a list of outcomes into atoms with their own spans", () => {
    const eff = r.claims.filter((c) => c.category === "efficacy" && c.facet && /migraine|insomnia|back pain/.test(c.facet));
    expect(eff.map((c) => c.facet)).toEqual(["migraine", "insomnia", "back pain"]);
  });
  it("resolves a pronoun in the normalised text only", () => {
    const c = r.claims.find((x) => x.category === "practitioner_count")!;
    expect(c.text.startsWith("Reflexology is practised")).toBe(true);
    expect(DOC.slice(c.start, c.end).startsWith("It is practised")).toBe(true);
  });
  it("reads stance and hedges", () => {
    const said = r.claims.find((c) => DOC.slice(c.start, c.end).includes("said to"))!;
    expect(said.value).toEqual({ kind: "stance", polarity: "pro", hedged: true });
    const no = r.claims.find((c) => DOC.slice(c.start, c.end).includes("NO changes"))!;
    expect(no.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
  });
  it("yields no claim from chrome or from the passage about something else", () => {
    const off = DOC.indexOf("Lotions or creams");
    const chrome = DOC.indexOf("You might");
    for (const c of r.claims) {
      if (c.start >= off) expect(c.category).toBe("other");
      expect(c.start < chrome).toBe(true);
    }
    expect(r.claims.every((c) => c.start > DOC.indexOf("By: Ann Lee") + 20)).toBe(true);
  });
  it("takes the caller's subject hint when the text names it", () => {
    const t = "Ear seeds are popular. Ear seeds are cheap. Auricular therapy was invented in 1957 by Dr. Anna Berg.";
    expect(extractClaims(t, { subjects: ["auricular therapy"] }).subjects[0]).toBe("auricular therapy");
    expect(extractClaims(t, { subjects: ["hypnosis"] }).subjects[0]).not.toBe("hypnosis");
  });
  it("reads a hard-wrapped paragraph as sentences, not as lines", () => {
    const t = "Cupping\n\nCupping was developed in the early 1930s by the\nphysiotherapist Anna Berg, who mapped the skin onto the organs of the\nbody. It is popular.\n";
    const r = extractClaims(t);
    expect(r.claims.find((c) => c.category === "founder")?.value).toEqual({ kind: "person", name: "Anna Berg" });
    expect(r.claims.find((c) => c.category === "origin_date")?.value).toEqual({ kind: "year", min: 1930, max: 1933, approx: true });
  });
  it("takes the caller's name when the text uses part of it", () => {
    const t = "Intravenous vitamin therapy was devised in the 1960s by Dr. Anna Berg. It is offered in many clinics.";
    const r = extractClaims(t, { subjects: ["iv vitamin therapy"] });
    expect(r.subjects[0]).toBe("iv vitamin therapy");
    expect(r.claims.find((c) => c.category === "founder")?.subject).toBe("iv vitamin therapy");
  });
  it("takes the caller's name for a text that words the same subject otherwise", () => {
    const t = "Colonic irrigation is popular. Colonic irrigation was invented in 1957 by Dr. Anna Berg.";
    const r = extractClaims(t, { subjects: ["colon hydrotherapy"] });
    expect(r.subjects[0]).toBe("colon hydrotherapy");
    expect(r.subjects.slice(1).some((s) => s.startsWith("colonic"))).toBe(true);
    expect(r.claims.find((c) => c.category === "founder")?.subject).toBe("colon hydrotherapy");
  });
  it("a section break ends the article: what follows yields no mission claim", () => {
    const t = "Reflexology was developed in 1930 by Dr. Jane Smith.\n\nAlso in the news\n\nThe bridge, first proposed in 1998, will carry up to 4,000 cyclists a day.\n";
    const r = extractClaims(t);
    expect(r.claims.filter((c) => c.start > t.indexOf("The bridge")).every((c) => c.category === "other")).toBe(true);
  });
  it("markdown headings and bullets are read like lines", () => {
    const md = "# Cupping\n\n- Cupping was first described in 1920.\n- About 300 therapists practise cupping in Ireland.\n";
    const m = extractClaims(md, { format: "markdown" });
    expect(m.claims.map((c) => md.slice(c.start, c.end))).toEqual([
      "Cupping was first described in 1920", "About 300 therapists practise cupping in Ireland"]);
  });
});

describe("extractClaims: encyclopedia apparatus, questions, comments and the subject's instrument", () => {
  const PAGE = `Zone therapy

Zone therapy (ZT) is a practice involving the use of pressure on the feet.[1] These claims lack scientific support.[2][3]

Is it safe?
Zones are generally harmless, but they may interfere with pacemakers.

References
1. ^ Lee A (2007). "Pressure for reducing pain". J Alt Med. 177 (7): 736–42.

Comments (2)
I had ten sessions and my back pain is gone!`;
  const r = extractClaims(PAGE, { subjects: ["zone_therapy"] });
  const quotes = r.claims.map((c) => [c.category, PAGE.slice(c.start, c.end)]);

  it("drops citation marks from the end of a span", () =>
    expect(quotes).toContainEqual(["efficacy", "These claims lack scientific support"]));
  it("reads the subject's abbreviation and instrument as mentions of it", () => {
    expect(r.subjects).toContain("zt");
    expect(quotes).toContainEqual(["safety", "Zones are generally harmless"]);
  });
  it("claims nothing from a question, the references or readers' comments", () => {
    const after = PAGE.indexOf("References");
    expect(quotes.filter(([, q]) => q.startsWith("Is it safe"))).toEqual([]);
    for (const c of r.claims) if (c.start > after) expect(c.category).toBe("other");
  });
});

describe("extractClaims: hard-wrapped lines", () => {
  const PAGE = `How Did Zone
Therapy Begin?
Zone Therapy dates
back to 1930 when physician John E. Brown first witnessed
the reflex in a patient. Two years later, Dr.
Brown attended a course on palm therapy developed by Dr.
Ann Lee.
`;
  const r = extractClaims(PAGE, { subjects: ["zone_therapy"] });
  const found = r.claims.map((c) => [c.category, c.value && "name" in c.value ? c.value.name : c.value && "min" in c.value ? c.value.min : null, c.subject]);

  it("reads cues across the line breaks of a wrapped sentence", () => {
    expect(found).toContainEqual(["origin_date", 1930, "zone therapy"]);
    expect(found).toContainEqual(["founder", "John E. Brown", "zone therapy"]);
  });
  it("keeps a title and its name together across a line break, and gives the related method its founder", () => {
    expect(r.metadata.title).toBe("How Did Zone Therapy Begin?");
    expect(found).toContainEqual(["founder", "Ann Lee", "palm therapy"]);
    expect(found.filter(([c, v]) => c === "founder" && v === "Brown")).toEqual([]);
  });
});

describe("extractClaims: a list under a premise lead", () => {
  const PAGE = `Palm therapy is one of the odder treatments. The assumptions underlying palm therapy are:

  1. light touch of the palm moves the bones of the wrist;
  2. this movement stimulates the flow of the lymph;
  3. the enhanced flow has positive effects on health.

Benefits include:
- better sleep
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  const eff = r.claims.filter((c) => c.category === "efficacy").map((c) => [PAGE.slice(c.start, c.end), c.value && "hedged" in c.value ? c.value.hedged : null]);
  it("reads each item as a premise held by others: efficacy, pro, hedged", () => {
    expect(eff).toEqual([
      ["light touch of the palm moves the bones of the wrist", true],
      ["this movement stimulates the flow of the lymph", true],
      ["the enhanced flow has positive effects on health", true],
    ]);
  });
});

describe("extractClaims: datelines and glossary entries", () => {
  const PAGE = `RIYADH — More than 1,000 practitioners offer palm therapy in the Kingdom, the centre said.

Placebo: Refers to a dummy treatment that is claimed to be effective for pain.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("leaves a news dateline out of the first sentence's span", () => {
    const c = r.claims.find((x) => x.category === "practitioner_count")!;
    expect(PAGE.slice(c.start, c.end).startsWith("More than 1,000 practitioners")).toBe(true);
  });
  it("claims nothing from a glossary entry of another term", () => {
    expect(r.claims.filter((c) => c.start > PAGE.indexOf("Placebo"))).toEqual([]);
  });
});

describe("extractClaims: a sentence that goes on with someone else's word", () => {
  const hedgedOf = (page: string) => extractClaims(page, { subjects: ["palm_therapy"] }).claims
    .filter((c) => c.category === "efficacy").map((c) => [c.facet, c.value?.kind === "stance" && c.value.hedged]);
  it.each([
    ["Palm therapy is popular. Its makers claim palm therapy eases gout. It also improves sleep.\n", [["gout", true], ["sleep", true]]],
    // the writer's own word goes on unhedged; a sentence that does not go on ("also") is its own
    ["Palm therapy is popular. Palm therapy eases gout. It also improves sleep.\n", [["gout", false], ["sleep", false]]],
    ["Palm therapy is popular. Its makers claim palm therapy eases gout. It improves sleep.\n", [["gout", true], ["sleep", false]]],
  ])("%s", (page, expected) => expect(hedgedOf(page)).toEqual(expected));
  it("a second thing said (', and that …') is said too", () => {
    const page = "Palm therapy is popular. A spokesperson said the videos are exaggerated, and that palm therapy is safe when done properly.\n";
    const safety = extractClaims(page, { subjects: ["palm_therapy"] }).claims.find((c) => c.category === "safety");
    expect(safety?.value).toEqual({ kind: "stance", polarity: "pro", hedged: true });
    expect(safety?.hedges).toContain("attributed");
  });
  it("the second half of what someone believed is believed too", () => {
    const page = "Palm therapy is popular. Its founder believed that back pain is caused by muscle tension and can be improved by relaxation.\n";
    const efficacy = extractClaims(page, { subjects: ["palm_therapy"] }).claims.filter((c) => c.category === "efficacy");
    expect(efficacy.map((c) => c.value)).toEqual([{ kind: "stance", polarity: "pro", hedged: true }]);
  });
});

describe("extractClaims: a list led by what it can do", () => {
  it("takes each item as a benefit", () => {
    const r = extractClaims("Palm wraps are a spa treatment.\n\nPalm wraps can:\n- Reduce puffiness\n- Promote lymphatic drainage\n", { subjects: ["palm wraps"] });
    expect(r.claims.filter((c) => c.category === "efficacy").map((c) => c.facet)).toEqual(["reduce puffiness", "promote lymphatic drainage"]);
  });
});

describe("extractClaims: a list led by a benefit verb and a colon", () => {
  it("takes each line as a benefit, hedged as its lead", () => {
    const page = "Palm wraps are a spa treatment.\n\nUsed on the back, palm wraps are believed to support:\nBetter sleep\nLiver detoxification\nLymphatic circulation\n";
    const items = extractClaims(page, { subjects: ["palm wraps"] }).claims.filter((c) => c.category === "efficacy" && c.facet);
    expect(items.map((c) => [c.facet, c.value?.kind === "stance" && c.value.hedged])).toEqual([
      ["better sleep", true], ["liver detoxification", true], ["lymphatic circulation", true]]);
  });
});

describe("extractClaims: a list of the people it does not suit", () => {
  it("takes each as a contraindication", () => {
    const r = extractClaims("Palm wraps are a spa treatment. Palm wraps may not be suitable for people with asthma, heart conditions or gout.\n", { subjects: ["palm wraps"] });
    expect(r.claims.filter((c) => c.category === "safety").map((c) => c.facet)).toEqual(["asthma", "heart conditions", "gout"]);
  });
  it("takes each risk of a list as its own harm, but not the sources of one risk", () => {
    const facets = (page: string) => extractClaims(page, { subjects: ["palm wraps"] }).claims.filter((c) => c.category === "safety").map((c) => c.facet);
    expect(facets("Palm wraps are a spa treatment. Palm wraps pose a risk of drowning, as well as dangerous heart-rhythm irregularities.\n"))
      .toEqual(["drowning", "dangerous heart-rhythm irregularities"]);
    expect(facets("Palm wraps are a spa treatment. There are some risks of harm, especially from hot wraps and wet wraps.\n")).toHaveLength(1);
  });
});

describe("extractClaims: a question of whether it works, answered in a word", () => {
  const claimsOf = (page: string) => extractClaims(page, { subjects: ["palm wraps"] }).claims
    .map((c) => [c.category, c.value?.kind === "stance" ? c.value.polarity : null, c.facet]);
  it.each([
    ["Palm wraps are a spa treatment. Do palm wraps work? In a word, no.\n", [["efficacy", "con", null]]],
    ["Palm wraps are a spa treatment. Can palm wraps cure gout? Sadly, no.\n", [["efficacy", "con", "gout"]]],
    ["Palm wraps are a spa treatment. Are palm wraps safe? Yes.\n", [["safety", "pro", "safety"]]],
    // an answer that is no yes or no, or a question of something else, claims nothing
    ["Palm wraps are a spa treatment. Do palm wraps work? Many people think so.\n", []],
    ["Palm wraps are a spa treatment. Is the spa open on Sundays? Yes.\n", []],
  ])("%s", (page, expected) => expect(claimsOf(page)).toEqual(expected));
});

describe("extractClaims: a citation standing alone after a quotation", () => {
  it("dates the source, not the treatment", () => {
    const r = extractClaims(`Palm therapy is popular in spas. “Sessions calm the mind. (Marsh, 2019).”\n`, { subjects: ["palm_therapy"] });
    expect(r.claims.some((c) => c.text.includes("Marsh"))).toBe(false);
    expect(r.claims.some((c) => c.category === "efficacy")).toBe(true);
  });
});

describe("extractClaims: pronouns that stand for the subject", () => {
  const PAGE = `Palm therapy is popular in spas. It is used to ease stress. It is not known whether palm therapy is safe. This type of massage is gentle.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  const texts = r.claims.map((c) => c.text);
  it("names the subject for an 'It' that stands for it, and only then", () => {
    expect(texts.some((t) => t.startsWith("Palm therapy is not known"))).toBe(false);
    expect(texts.some((t) => t.startsWith("Palm therapy type of"))).toBe(false);
    expect(texts.filter((t) => t.startsWith("It is not known"))).toHaveLength(1);
  });
  it.each([
    ["It is estimated that 9,000 people use palm therapy in Peru.", "It is estimated that"],
    ["It has been claimed that palm therapy cures asthma.", "It has been claimed that"],
    ["It is widely believed that palm therapy works.", "It is widely believed that"],
    ["This may explain why some people feel calmer after palm therapy.", "This may explain why"],
    ["This is false and misleading, since palm therapy has no effect.", "This is false"],
    ["It was another nurse, Ann Berg, who first described palm therapy in 1931.", "It was another nurse"],
    ["It is uncertain whether palm therapy has any effect on pain.", "It is uncertain whether"],
    ["It remained for nurses to spread palm therapy in the 1960s.", "It remained for nurses"],
    ["It was not until 1950 that palm therapy was first practised in Peru.", "It was not until 1950"],
    ["It relieves back pain.", "Palm therapy relieves back pain"],
    // a pronoun whose clause names the subject a few words on stands for something else
    ["It is illegal to sell palm therapy as a cure for gout.", "It is illegal to sell"],
    ["It states that palm therapy cures gout.", "It states that"],
    ["It is practised by 900 nurses in Peru, where clinics teach palm therapy.", "Palm therapy is practised by 900 nurses"],
  ])("an expletive 'It' or a 'This' for the last sentence stays as written: %s", (sentence, start) => {
    const claims = extractClaims(`Palm therapy is popular in spas. ${sentence}\n`, { subjects: ["palm_therapy"] }).claims;
    expect(claims.some((c) => c.text.startsWith(start))).toBe(true);
  });
});

describe("extractClaims: a founder's life and full name", () => {
  const PAGE = `Dr. Ann P. Lee was born in 1896 in New York. In 1940, Dr. Lee met a piano teacher. Later Dr. Lee developed the ten-step palm therapy series. Even after Dr. Lee's death in 1979, her palm therapy spread. In 1973 Lee herself had referred to her ability to see 65 patients a day.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("gives a founder named by surname the full name the text gave her", () => {
    expect(r.claims.filter((c) => c.category === "founder").map((c) => c.value)).toEqual([{ kind: "person", name: "Ann P. Lee" }]);
  });
  it("takes no date of the founder's life, or of what she said, for the treatment's origin", () => {
    expect(r.claims.filter((c) => c.category === "origin_date")).toEqual([]);
  });
});

describe("extractClaims: a founder named in apposition, and the founder's other dated acts", () => {
  const PAGE = `The founder of palm therapy, B.K. Lund, was born in 1851 in Bergen. In 1880 Lund heard of a travelling healer. Palm therapy began in 1890 when its founder B.K. Lund first pressed a patient's palm. In 1899 Lund changed the name of his clinic to the Lund School.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("takes the founder from the apposition, and not his birth year for an origin", () => {
    expect(r.claims.filter((c) => c.category === "founder").map((c) => c.value)).toContainEqual({ kind: "person", name: "B.K. Lund" });
    expect(r.claims.filter((c) => c.category === "origin_date").map((c) => c.value)).toEqual([{ kind: "year", min: 1890, max: 1890, approx: false }]);
  });
});

describe("extractClaims: a page titled with section words, naming the subject otherwise than the hint", () => {
  it.each(["A brief history", "Our story", "Frequently asked questions"])("%s: the title's words are no subject", (title) => {
    const page = `${title}\n\nPalmistry was invented by Ann Berg in 1901. Palmistry relieves pain.\n`;
    const r = extractClaims(page, { subjects: ["palm_therapy"] });
    expect(r.claims.map((c) => c.category).sort()).toEqual(["efficacy", "founder", "origin_date"]);
  });
});

describe("extractClaims: a news page's 'Advertisement' lines", () => {
  const PAGE = `Palm therapy eases pain, doctors say

Advertisement

A technique of pressing the palm seems to be very effective for chronic pain.

Advertisement

The therapy is very effective, a palm therapy specialist said.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("reads the story on across them: they break no section", () => {
    expect(r.claims.some((c) => c.category === "efficacy" && PAGE.slice(c.start, c.end).startsWith("A technique of pressing"))).toBe(true);
  });
});

describe("extractClaims: a list of what it treats", () => {
  const PAGE = `Palm therapy is popular. It helps with conditions such as:
- Migraines
- Lower back pain
- Anxiety

Our address:
- 12 High Street

Conditions that would prevent anyone from receiving it:
- severe bleeding disorders
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("reads each item as an outcome it is said to treat", () => {
    expect(r.claims.filter((c) => c.category === "efficacy" && c.start > PAGE.indexOf(":")).map((c) => [PAGE.slice(c.start, c.end), c.facet])).toEqual([
      ["Migraines", "migraines"], ["Lower back pain", "lower back pain"], ["Anxiety", "anxiety"],
    ]);
  });
});

describe("extractClaims: a list of benefits whose items stand a blank line apart", () => {
  // (as a page's list items often are once they are text)
  const PAGE = `Palm therapy is popular. It has many benefits for the body, which include but are not limited to:

Easing tension in the neck and shoulders

Clearing blockages in the feet such as swollen ankles, puffy toes and sore heels

Improving chronic conditions such as asthma, eczema and other skin conditions

Deep relaxation

It takes an hour.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("reads each item; a long item is read as a clause first, and whole when that finds nothing", () => {
    const lead = PAGE.indexOf(":");
    expect(r.claims.filter((c) => c.category === "efficacy" && c.start > lead).map((c) => c.facet)).toEqual([
      "easing tension in the neck and shoulders", "clearing blockages in the feet such as swollen ankles, puffy toes and sore heels",
      "asthma", "eczema", "deep relaxation",
    ]);
  });
  it("ends the list at a sentence", () => expect(r.claims.some((c) => c.facet === "it takes an hour.")).toBe(false));
});

describe("extractClaims: the items of a list take what its lead says of them", () => {
  const items = (lead: string) => {
    const page = `Palm therapy is popular. ${lead}\n\nBetter sleep\n\nLess stress\n`;
    return extractClaims(page, { subjects: ["palm_therapy"] }).claims.filter((c) => c.facet === "better sleep" || c.facet === "less stress")
      .map((c) => c.value);
  };
  it.each([
    ["Palm therapy has many benefits, which include:", { kind: "stance", polarity: "pro", hedged: false }],
    ["Fans claim palm therapy has many benefits, which include:", { kind: "stance", polarity: "pro", hedged: true }],
    ["Unproven benefits that sellers of palm therapy list include:", { kind: "stance", polarity: "con", hedged: false }],
  ])("%s", (lead, value) => expect(items(lead)).toEqual([value, value]));
});

describe("extractClaims: the corpus's name written in a longer form", () => {
  const PAGE = `Hell's magnets were borrowed in 1775. Magnetic therapy is said to relieve pain.
`;
  it("takes 'magnetic therapy' for the corpus 'magnet_therapy'", () => {
    const r = extractClaims(PAGE, { subjects: ["magnet_therapy"] });
    expect(r.subjects[0]).toBe("magnet therapy");
    expect(r.claims.find((c) => c.category === "efficacy")?.subject).toBe("magnet therapy");
  });
});

describe("extractClaims: a list without bullets after a colon", () => {
  const PAGE = `Palm therapy is offered to patients with conditions such as:
Migraines
Osteoarthritis
Chronic fatigue

It takes an hour.
`;
  const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
  it("reads each short line as an item of the list", () => {
    expect(r.claims.filter((c) => c.category === "efficacy" && c.start > PAGE.indexOf(":")).map((c) => c.facet)).toEqual(["migraines", "osteoarthritis", "chronic fatigue"]);
  });
});

describe("extractClaims: the subject's name with another head noun", () => {
  const PAGE = `The Palm Therapy Academy trains teachers. The palm technique utilizes gentle touch to ease pain.
`;
  it("reads 'palm technique' as the subject of a corpus named 'palm therapy'", () => {
    const r = extractClaims(PAGE, { subjects: ["palm_therapy"] });
    expect(r.subjects).toContain("palm technique");
    expect(r.claims.some((c) => c.category === "efficacy" && c.subject === "palm therapy")).toBe(true);
  });
});

describe("extractClaims: a list under a heading that names benefits", () => {
  const page = (heading: string) => `Moonbathing is popular.\n\n${heading}\n\n- Better sleep\n- Reduced stress\n- Clearer skin\n\nSessions last two hours.\n`;
  const items = (heading: string) => extractClaims(page(heading), { subjects: ["moonbathing"] }).claims
    .filter((c) => c.category === "efficacy").map((c) => [c.facet, c.value?.kind === "stance" && c.value.polarity, c.value?.kind === "stance" && c.value.hedged]);
  it.each([
    ["Benefits of moonbathing", [["better sleep", "pro", false], ["reduced stress", "pro", false], ["clearer skin", "pro", false]]],
    ["Claimed benefits", [["better sleep", "pro", true], ["reduced stress", "pro", true], ["clearer skin", "pro", true]]],
    // a heading that names no benefit leads no list of outcomes
    // (items that are benefits in their own words still are)
    ["What to bring", [["stress", "pro", false], ["skin", "pro", false]]],
  ])("%s", (heading, expected) => expect(items(heading)).toEqual(expected));
});

describe("extractClaims: news datelines with a date, and a founder's profession qualified", () => {
  it("a dated dateline is the page's date and no part of the first sentence", () => {
    const page = "March 1, 2022 -- Moonbathing was developed by the Canadian wellness coach Lily Tran in 2008.\n";
    const r = extractClaims(page, { subjects: ["moonbathing"] });
    expect(r.metadata.date).toBe("2022-03-01");
    expect(r.claims.map((c) => [c.category, c.value?.kind === "person" ? c.value.name : c.value?.kind === "year" ? c.value.min : null]))
      .toEqual(expect.arrayContaining([["origin_date", 2008], ["founder", "Lily Tran"]]));
    expect(r.claims.every((c) => page.slice(c.start, c.end).startsWith("Moonbathing"))).toBe(true);
  });
});

describe("extractClaims: a paragraph that turns to another story ('In other news, …') yields no claim", () => {
  it("reads the story, not the council's vote after it", () => {
    const text = [
      "Heat stick therapy is offered by more than 300 clinics in Leeds, its association says.",
      "In other news, the city council on Tuesday voted 52 to 31 to approve a £4.2 million refurbishment of the market, with work expected to begin in 2022.",
    ].join("\n\n");
    const claims = extractClaims(text, { subjects: ["heat stick therapy"] }).claims;
    const second = text.indexOf("In other news");
    expect(claims.some((c) => c.start < second && c.category === "practitioner_count")).toBe(true);
    expect(claims.filter((c) => c.start >= second && c.category !== "other")).toEqual([]);
  });
});

describe("extractClaims: a leaflet's lists, of what it treats and of who should not have it", () => {
  const text = [
    "Pressure chamber therapy is an established treatment for a limited number of conditions. These include:",
    "- decompression sickness in divers",
    "- severe carbon monoxide poisoning",
    "",
    "You should not have pressure chamber therapy if you have an untreated collapsed lung. Please tell us before treatment if you:",
    "- have epilepsy or have had a seizure before",
    "- are pregnant or think you may be pregnant",
    "",
    "Carbon monoxide poisoning may need only one to three sessions.",
  ].join("\n");
  const claims = extractClaims(text, { subjects: ["pressure chamber therapy"] }).claims;
  const of = (quote: string) => claims.filter((c) => text.slice(c.start, c.end).includes(quote)).map((c) => [c.category, c.value?.kind === "stance" ? c.value.polarity : null]);
  it.each([
    ["decompression sickness in divers", ["efficacy", "pro"]],
    ["severe carbon monoxide poisoning", ["efficacy", "pro"]],
    ["have epilepsy or have had a seizure before", ["safety", "con"]],
    ["are pregnant or think you may be pregnant", ["safety", "con"]],
  ])("%s", (quote, expected) => expect(of(quote)).toContainEqual(expected));
  it("a condition a course is counted for is no harm", () =>
    expect(of("may need only one to three sessions").map(([c]) => c)).toEqual(["protocol"]));
});

describe("extractClaims: a corpus name whose word the text writes by its root", () => {
  it("'floatation therapy' for a text that says 'float' and 'floating'", () => {
    const text = "I float once a week at my local centre.\n\nA standard float is 60 minutes, and floating has helped my anxiety.";
    const res = extractClaims(text, { subjects: ["floatation_therapy"] });
    expect(res.subjects).toContain("float");
    expect(res.claims.map((c) => c.category)).toEqual(expect.arrayContaining(["protocol", "efficacy"]));
  });
});

describe("extractClaims: a list of contraindications ends where the list does", () => {
  it("an item after page chrome between is no contraindication", () => {
    const text = [
      "Pressure chamber therapy is offered at our hospital.",
      "",
      "You should not have it if you have a collapsed lung. Please tell us before treatment if you:",
      "- have epilepsy or have had a seizure before",
      "Share this page on Facebook",
      "- free parking is available for all patients and visitors",
    ].join("\n");
    const claims = extractClaims(text, { subjects: ["pressure chamber therapy"] }).claims;
    const of = (quote: string) => claims.filter((c) => text.slice(c.start, c.end).includes(quote) && c.category === "safety");
    expect(of("have epilepsy or have had a seizure before")).toHaveLength(1);
    expect(of("free parking")).toEqual([]);
  });
});

describe("extractClaims: a founder's acts told with a pronoun, and the founder's own life", () => {
  const origins = (text: string) => extractClaims(text, { subjects: ["leaf tinctures"] }).claims
    .filter((c) => c.category === "origin_date").map((c) => c.value && "min" in c.value ? c.value.min : null);
  it("a pronoun standing for the founder named just before, making a first of it", () =>
    expect(origins("Leaf tinctures were devised by Dr Anna Holt, a Leeds physician. Holt trained at Guy's in 1905. In 1921 she brewed her first four tinctures in a garden shed. In 1924 she moved to Devon.\n\nShe published her complete list of tinctures in 1930 and died later that year.")).toEqual([1921, 1930]));
  it("a pronoun with no founder named before it is no founder's act", () =>
    expect(origins("Leaf tinctures are sold in many shops.\n\nThe shop opened in 1990.\n\nIn 1921 she brewed her first batch.")).toEqual([]));
  it("a company founded and headquartered somewhere, and a bare name founded, are no origin of the treatment", () => {
    const r = extractClaims("Leaf tinctures are gentle. Founded in 2011 and headquartered in Leeds, Holtworth Ltd makes tinctures. Brambledown was founded in 2009 by Dr. Sam Reed.", { subjects: ["leaf tinctures"] });
    expect(r.claims.filter((c) => c.category === "origin_date" || c.category === "founder")).toEqual([]);
  });
});

describe("extractClaims: a transcript's question and answer, founders told by 'traces back to' and 'put together by'", () => {
  it("a short question of its own paragraph is answered by the next ('Usually an hour.')", () => {
    const text = "[00:10:01] HOST: And how long is a session of leaf tinctures?\n\n[00:10:05] GUEST: Usually an hour.\n";
    const r = extractClaims(text, { subjects: ["leaf tinctures"] });
    expect(r.claims.filter((c) => c.category === "protocol").map((c) => c.value)).toEqual([{ kind: "quantity", unit: "min", min: 60, max: 60 }]);
  });
  it.each([
    ["Leaf tinctures trace back to Anna M. Holt, a herbalist in Leeds.", "Anna M. Holt"],
    ["Leaf tinctures were put together by a nurse called Jane Ashby in 1950.", "Jane Ashby"],
  ])("%s", (text, name) =>
    expect(extractClaims(text, { subjects: ["leaf tinctures"] }).claims.filter((c) => c.category === "founder").map((c) => c.value)).toEqual([{ kind: "person", name }]));
  it("'traces back to ancient Egypt, a civilisation …' names no founder", () =>
    expect(extractClaims("Leaf tinctures trace back to ancient Egypt, a civilisation of healers.", { subjects: ["leaf tinctures"] }).claims.filter((c) => c.category === "founder")).toEqual([]));
});

describe("extractClaims: a word hyphenated across a hard wrap reads whole", () => {
  const text = "A course of leaf tinctures usually consists of six weekly ses-\nsions, and it is thought to speed up the recov-\nery of strained tendons.\n";
  const r = extractClaims(text, { subjects: ["leaf tinctures"] });
  it("the count of sessions is read, and the claim's text joins the word", () => {
    expect(r.claims.find((c) => c.category === "protocol")?.value).toMatchObject({ kind: "count", min: 6, unit: "sessions" });
    expect(r.claims.map((c) => c.text)).toContain("it is thought to speed up the recovery of strained tendons");
  });
  it("spans still index the stored text", () => {
    for (const c of r.claims) expect(text.slice(c.start, c.end).replace(/(\p{Ll})-\n(\p{Ll})/gu, "$1$2").replace(/\s+/g, " ")).toBe(c.text);
  });
});

describe("extractClaims: a warning's list over a printed page break", () => {
  const text = "Who should not use leaf tinctures?\nDo not use leaf tinctures:\n- if you have a pacemaker or any other implanted\n  device, such as an insulin pump\n- over the front of the neck, as this can lower your blood\n\nLT-01 Leaf tinctures                        Page 2 of 3\n\nCity Hospital - Herbal Clinic\n\n  pressure or cause the throat muscles to spasm\n- on broken skin\n\nCity Hospital - Herbal Clinic\n";
  const items = extractClaims(text, { subjects: ["leaf tinctures"] }).claims.filter((c) => c.facet === "contraindications").map((c) => c.text);
  it("'Do not use X:' leads a list of contraindications; an indented line goes on with its item; the list goes on past a page's footer and running header", () =>
    expect(items).toEqual(["if you have a pacemaker or any other implanted device, such as an insulin pump", "over the front of the neck, as this can lower your blood",
      "pressure or cause the throat muscles to spasm", "on broken skin"]));
});

describe("extractClaims: a person called the father or founder of it", () => {
  const founders = (text: string) => extractClaims(text, { subjects: ["leaf tinctures"] }).claims.filter((c) => c.category === "founder").map((c) => c.value);
  it("the person named earlier in the sentence, called the founder of it by a pronoun", () =>
    expect(founders("Leaf tinctures are popular here. Dr Anna Holt, a Leeds physician, opened a dispensary in 1921, and she is still spoken of as the founder of leaf tinctures.")).toEqual([{ kind: "person", name: "Anna Holt" }]));
  it("a founder named again by surname, called the father of another word for it", () =>
    expect(founders("Leaf tinctures were devised by Dr Anna Holt in 1921. Holt is widely regarded as the mother of phytotincturism.")).toEqual([{ kind: "person", name: "Anna Holt" }, { kind: "person", name: "Anna Holt" }]));
  it("the father of something else, never named its founder, founds nothing", () =>
    expect(founders("Hippocrates, the father of medicine, wrote about herbs. Leaf tinctures are sold in shops.")).toEqual([]));
});

describe("extractClaims: a section a heading gives to safety", () => {
  // (sentences that name a harm, reassurance or who should not have it, in words no cue lists)
  const section = [
    "Some pupils feel mildly tired or a little stiff after their first lessons.",
    "So should people with osteoporosis, and anyone with a serious heart condition.",
    "Moonbathing is gentle and painless for almost everyone.",
    "Our instructors are all certified.",
    "Some small trials reported improvements in anxiety.",
  ].join(" ");
  const page = (heading: string) => `Moonbathing is a spa treatment in Lisbon.\n\n${heading}\n\n${section}\n`;
  const safety = (heading: string) => extractClaims(page(heading), { subjects: ["moonbathing"] }).claims
    .filter((c) => c.category === "safety").map((c) => [c.text, c.value?.kind === "stance" && c.value.polarity]);
  it.each(["Is it safe?", "Side effects and risks", "Who should not try moonbathing?"])("under “%s”", (heading) =>
    expect(safety(heading)).toEqual([
      ["Some pupils feel mildly tired or a little stiff after their first lessons", "con"],
      ["So should people with osteoporosis, and anyone with a serious heart condition", "con"],
      ["Moonbathing is gentle and painless for almost everyone", "pro"],
    ]));
  it("reads a sentence kept only for its figure there too", () =>
    expect(extractClaims("Moonbathing is a spa treatment in Lisbon.\n\nIs it safe?\n\nWe don't offer moonbathing to anyone under 16.\n", { subjects: ["moonbathing"] }).claims
      .filter((c) => c.category === "safety").map((c) => [c.text, c.value?.kind === "stance" && c.value.polarity]))
      .toEqual([["We don't offer moonbathing to anyone under 16", "con"]]));
  it("reads a sentence that claims something else there for harm too", () => {
    const page = (heading: string) => `Moonbathing is a spa treatment in Lisbon.\n\n${heading}\n\nSome healers advise against moonbathing in pregnancy, because the moon is said to stimulate the uterus.\n`;
    const categories = (heading: string) => extractClaims(page(heading), { subjects: ["moonbathing"] }).claims.map((c) => c.category);
    expect(categories("Is it safe?")).toEqual(["efficacy", "safety"]);
    expect(categories("What to bring")).toEqual(["efficacy"]);
  });
  it.each(["4. Are there any risks?", "Is moonbathing safe for everyone?"])("under a leaflet's numbered heading or an FAQ's question line: “%s”", (line) =>
    expect(extractClaims(`Moonbathing is a spa treatment in Lisbon.\n\n${line}\n\nSome pupils feel mildly tired or a little stiff after their first lessons.\n`, { subjects: ["moonbathing"] }).claims
      .filter((c) => c.category === "safety").map((c) => c.value?.kind === "stance" && c.value.polarity)).toEqual(["con"]));
  // (a heading on something else, or one naming a document, "Warning letter", gives no such section)
  it.each(["What to bring", "Warning letter"])("not under “%s”", (heading) =>
    expect(safety(heading).map(([, p]) => p)).toEqual(["pro"]));
});

describe("extractClaims: a list led by the harms it may bring", () => {
  const page = (lead: string) => `Moonbathing is a spa treatment in Lisbon.\n\n${lead}\n- local soreness at the point\n- rarely, a rash where the skin is broken\n\nMoonbathing sessions run at night.\n`;
  const harms = (lead: string) => extractClaims(page(lead), { subjects: ["moonbathing"] }).claims
    .filter((c) => c.category === "safety").map((c) => [c.text, c.value?.kind === "stance" && `${c.value.polarity}${c.value.hedged ? " hedged" : ""}`, c.facet]);
  it.each([
    ["Side effects of moonbathing are uncommon but include:", "con"],
    ["Possible side effects may include:", "con hedged"],
    ["After a session you may experience:", "con hedged"],
  ])("“%s”: each item a harm, hedged as the lead is", (lead, stance) =>
    // (the lead may be a claim of its own: "are uncommon" reassures)
    expect(harms(lead).slice(-2)).toEqual([["local soreness at the point", stance, "soreness"], ["rarely, a rash where the skin is broken", stance, "rash"]]));
});

describe("extractClaims: a statement told with astonishment is no question", () => {
  const categories = (page: string) => extractClaims(page, { subjects: ["moxa belts"] }).claims.map((c) => c.category);
  it.each([
    ["I assumed moxa belts were ancient, but apparently a man called Hiroshi Tanabe came up with them in the sixties??\n", ["origin_date", "founder"]],
    // a question in a question's word order still asks
    ["Moxa belts are sold here. But did Hiroshi Tanabe really come up with them in the sixties??\n", []],
  ])("%s", (page, expected) => expect(categories(page)).toEqual(expected));
});

describe("extractClaims: a person's life dates closing a claim are not part of its span", () => {
  it("ends the founder's claim at the name", () => {
    const page = "Zone therapy is a foot massage.\n\nZone therapy was invented by an Australian called Anna Maria Lindgren (1916 – 1982).\n";
    const founder = extractClaims(page, { subjects: ["zone therapy"] }).claims.find((c) => c.category === "founder");
    expect(founder && page.slice(founder.start, founder.end)).toBe("Zone therapy was invented by an Australian called Anna Maria Lindgren");
  });
});
