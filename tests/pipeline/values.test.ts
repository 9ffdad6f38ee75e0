import { describe, expect, it } from "vitest";
import { findNumbers, foldQuantities, hasTimeInWords, parseCounts, parseNumber, parsePersons, parseQuantities, parseScope, parseYears, periodAfter } from "~/pipeline/values";

describe("parseYears", () => {
  const rows: Array<[string, Array<[number, number, boolean]>]> = [
    ["It was popular during the '70s.", [[1970, 1979, true]]],
    // a range with the second year short, the turn of a century, a named decade of one
    ["It was developed in 1949-50.", [[1949, 1950, false]]],
    ["It was developed at the turn of the century.", [[1895, 1905, true]]],
    ["It was developed at the turn of the 19th century.", [[1795, 1805, true]]],
    ["It was developed in the last decade of the 19th century.", [[1890, 1899, true]]],
    // a range before Christ: both ends BC
    ["The healer (520-450BC) used it.", [[-520, -450, true]]],
    ["It was practised from 3000 to 1500 BC.", [[-3000, -1500, true]]],
    ["It spread c. 460 – c. 370 BC.", [[-460, -370, true]]],
    ["It was used between 5,000 and 3,000 BC.", [[-5000, -3000, true]]],
    ["It was used between 5000 BC and 3000 BC.", [[-5000, -3000, true]]],
    ["It spread between 500 and 1,500 AD.", [[500, 1500, false]]],
    ["It was known in AD 980.", [[980, 980, false]]],
    ["It spread in the late 18th and early 19th centuries.", [[1767, 1832, true]]],
    ["a first renaissance in the 18 th and early 19 th century", [[1700, 1832, true]]],
    ["It flourished during the Renaissance.", [[1400, 1600, true]]],
    ["It was developed in the mid 50s.", [[1954, 1956, true]]],
    ["It spread in the 70s, when he was in his 50s.", [[1970, 1979, true]]],
    ["It began in the fifties.", [[1950, 1959, true]]],
    ["It was used during World War II.", [[1939, 1945, true]]],
    ["It was known in the Middle Ages.", [[500, 1500, true]]],
    ["It spread in the second half of the 19th century.", [[1850, 1899, true]]],
    ["It was developed in 1952.", [[1952, 1952, false]]],
    ["It began in the 1950s.", [[1950, 1959, true]]],
    ["It began in the 1950's.", [[1950, 1959, true]]],
    ["It began in the early 1930's.", [[1930, 1933, true]]],
    ["It began in the mid-1960s.", [[1964, 1966, true]]],
    ["It began in the late 1970s.", [[1977, 1979, true]]],
    ["It dates from the 18th century.", [[1700, 1799, true]]],
    ["It dates from the nineteenth century.", [[1800, 1899, true]]],
    ["Traces date from 3600 BC.", [[-3600, -3600, true]]],
    ["It was used around 1913.", [[1913, 1913, true]]],
    ["Jane Smith (1924-2003) developed it in 1950.", [[1950, 1950, false]]],
    ["It was studied between 1990 and 1995.", [[1990, 1995, false]]],
    ["It spread in the 1800s.", [[1800, 1899, true]]],
    ["It spread in the mid 1800s.", [[1840, 1869, true]]],
    ["Records go back to 1,000 B.C. in Persia.", [[-1000, -1000, true]]],
    ["A manuscript from 1,200 A.D. shows a chart.", [[1200, 1200, false]]],
    ["About 1500 practitioners use it.", []],
    ["The needle is 2mm long.", []],
    // a list or range of decades (or centuries) is one period
    ["It was popular in the 1920s and 1930s.", [[1920, 1939, true]]],
    ["Through the 1950s, 1960s, and into the 1970s it spread.", [[1950, 1979, true]]],
    ["It grew between the 1950s and the 1970s.", [[1950, 1979, true]]],
    ["It spread in the 17th and 18th centuries.", [[1600, 1799, true]]],
    ["It began in the 1920s, then lapsed until 1980.", [[1920, 1929, true], [1980, 1980, false]]],
    ["It rose in the 1950s but fell in the 1970s.", [[1950, 1959, true], [1970, 1979, true]]],
    // a four-digit figure before a unit is a quantity, not a year
    ["The tank holds 1000 pounds of salt.", []],
    // a life span with an era is a person's, not an event's
    ["Avicenna (AD 980 - 1037) used it.", []],
    // a second decade written short; a range from a year to a decade
    ["It was popular in the 1920s and 30s.", [[1920, 1939, true]]],
    ["It declined from 1945 until the 1970s.", [[1945, 1979, true]]],
    ["It was used in 1945, and again in the 1970s.", [[1945, 1945, false], [1970, 1979, true]]],
  ];
  it.each(rows)("%s", (input, expected) =>
    expect(parseYears(input).map((y) => [y.value.min, y.value.max, y.value.approx])).toEqual(expected));
});

describe("parseNumber", () => {
  const rows: Array<[string, number | null]> = [
    ["15,000", 15000], ["18 000", 18000], ["18000", 18000], ["0,16", 0.16], ["2.5", 2.5], ["ten", 10],
    ["twenty-five", 25], ["two thousand", 2000], ["a dozen", 12], ["banana", null],
    // multipliers in a row multiply: "one hundred thousand"
    ["one hundred thousand", 100000], ["two hundred", 200], ["three hundred million", 300000000], ["a million", 1000000],
  ];
  it.each(rows)("%s", (input, expected) => expect(parseNumber(input)).toBe(expected));
});

describe("parseCounts", () => {
  const rows: Array<[string, Record<string, unknown>]> = [
    ["more than 15,000 practitioners use it", { min: 15000, max: null, approx: false, qualifier: "more than", unit: "practitioners" }],
    ["over 200 clinics offer it", { min: 200, max: null, qualifier: "over", unit: "clinics" }],
    // the head of a compound is what is counted: "health professionals", "brine floaters", "coffee drinkers"
    ["12,000 health professionals", { min: 12000, unit: "professionals" }],
    ["about 2,000 Certified Brine Floaters", { min: 2000, unit: "floaters" }],
    ["some 300 coffee drinkers", { min: 300, unit: "drinkers" }],
    ["about 18000 physicians practise it", { min: 18000, max: 18000, approx: true, qualifier: "about", unit: "physicians" }],
    ["around 3 000 therapists", { min: 3000, max: 3000, approx: true, qualifier: "about" }],
    ["up to 10,000 reflexologists", { min: 0, max: 10000, qualifier: "up to" }],
    // a ceiling, not the floor "more than" alone would read
    ["no more than three sessions a week", { min: 0, max: 3, qualifier: "no more than" }],
    ["at most 12 sessions", { min: 0, max: 12, qualifier: "at most" }],
    ["most need 12 or more sessions", { min: 12, max: null, approx: false, qualifier: "or more", unit: "sessions" }],
    ["most need 5 or fewer sessions", { min: 0, max: 5, qualifier: "or fewer", unit: "sessions" }],
    ["at least 1,500 members", { min: 1500, max: null, qualifier: "at least" }],
    ["a course of 5-15 sessions", { min: 5, max: 15, unit: "sessions" }],
    ["a series of treatments (6-10) is given", { min: 6, max: 10, unit: "treatments" }],
    ["as few as 4 and as many as 10 treatments", { min: 4, max: 10, unit: "treatments" }],
    ["ten initial sessions", { min: 10, max: 10, unit: "sessions" }],
    ["between 3 and 6 visits", { min: 3, max: 6, unit: "visits" }],
    ["six weekly 50-minute sessions", { min: 6, max: 6, unit: "sessions" }],
    ["tens of thousands of practitioners", { min: 20000, max: 99999, approx: true, qualifier: "tens of thousands of", unit: "practitioners" }],
    ["hundreds of clinics", { min: 200, max: 999, approx: true, unit: "clinics" }],
    ["over a thousand therapists", { min: 1000, max: null, qualifier: "over", unit: "therapists" }],
    ["more than 5.000 therapists", { min: 5000, max: null, qualifier: "more than", unit: "therapists" }],
    ["over 2.000 Heilpraktiker", { min: 2000, max: null, qualifier: "over", unit: "heilpraktiker" }],
    ["about 10k therapists", { min: 10000, max: 10000, qualifier: "about", unit: "therapists" }],
    ["eight one-hour treatments", { min: 8, max: 8, unit: "treatments" }],
  ];
  it.each(rows)("%s", (input, expected) => expect(parseCounts(input)[0]?.value).toMatchObject(expected));
  it("a sample size is not a count the text claims", () =>
    expect(parseCounts("assigned to six sessions (n = 42) or usual care").map((c) => c.value.min)).toEqual([6]));
  it("a bare year is not a count", () => expect(parseCounts("It was founded in 1987 and grew.")).toEqual([]));
  it.each(["included in the official COVID-19 treatment guidelines", "rich in omega-3 fatty acids", "a dose of vitamin B-12 tablets"])(
    "a number joined to a word by a hyphen is part of a name: %s", (text) => expect(parseCounts(text)).toEqual([]));
  it("a calendar date is no year and no count", () => {
    expect(parseYears("date 2025-05-05 The clinic opened.")).toEqual([]);
    expect(parseCounts("date 2025-05-05 The clinic opened.")).toEqual([]);
  });
  it.each<[string, string[]]>([
    // a full name described by what the person does: a profession listed, or an agent noun, up to two words before it
    ["It owes its origins to Arkady Belousov, a Soviet sports scientist looking for ways to help.", ["Arkady Belousov"]],
    ["It is often traced to Anton Krištof, a Slovenian beekeeper who kept bees.", ["Anton Krištof"]],
    ["Jane Smith, a physiotherapist, describes it.", ["Jane Smith"]],
    // a place or a body described is no person
    ["The Harbour Clinic, a wellness centre in Leeds, offers it.", []],
    ["New York, a city of eight million, has many clinics.", []],
  ])("a full name described after a comma: %s", (text, names) => expect(parsePersons(text).map((p) => p.value.name)).toEqual(names));
  it("a word of an eponymous treatment's name is its founder where it acts as a person; a one-word treatment is no person", () => {
    const names = (text: string, subject: string) => parsePersons(text, new Set(subject.split(" ")), true).map((p) => p.value.name);
    expect(names("Lorimer developed his technique in the 1890s", "lorimer technique")).toEqual(["Lorimer"]);
    expect(names("The Lorimer technique was developed in the 1890s", "lorimer technique")).toEqual([]);
    expect(names("Lorimer technique developed from his voice problems", "lorimer technique")).toEqual([]);
    expect(names("Zonotherapy originated in France", "zonotherapy")).toEqual([]);
  });
  it.each([
    ["The method originated with Frederick Arden, who noticed he was losing his voice.", ["Frederick Arden"]],
    ["Credit for the method goes to Frederick Arden.", ["Frederick Arden"]],
    ["It owes its name to Frederick Arden, who first taught it.", ["Frederick Arden"]],
    ["It was Frederick Arden who first described the technique.", ["Frederick Arden"]],
    ["The method was devised in the 1890s by the Australian actor Frederick Arden.", ["Frederick Arden"]],
    // a lone surname described by "a …" in apposition before its act (not "the father of …", a title of praise)
    ["Arden, a Shakespearean orator, worked out the principles in the 1890s.", ["Arden"]],
    ["Centuries ago, Galen, the father of Roman medicine, introduced heated probes.", []],
  ])("a full name handed the credit, or introduced by a trade: %s", (text, names) => expect(parsePersons(text).map((p) => p.value.name)).toEqual(names));
  it("a period's name is no person's", () => {
    expect(parsePersons("The method was developed after World War II.")).toEqual([]);
  });
  it("a couple named with one surname: the husband's given name takes it too", () => {
    expect(parsePersons("It was devised by Dr. Emil and Mrs. Estrid Berg in the 1930s.").map((p) => p.value.name)).toEqual(["Emil Berg", "Estrid Berg"]);
    expect(parsePersons("It was devised by Dr. Smith and Dr. Jane Doe in 1950.").map((p) => p.value.name)).toEqual(["Smith", "Jane Doe"]);
  });
  it.each([
    ["It was developed by a Swedish couple, Lars and Ingrid Holm, in the 1950s.", ["Lars Holm", "Ingrid Holm"]],
    ["The method was created by two brothers, William and Charles Mayo.", ["William Mayo", "Charles Mayo"]],
    ["It was devised by a husband-and-wife team, Anna Berg and Tom Lind.", ["Anna Berg", "Tom Lind"]],
    // a plural trade before two names
    ["It was founded by the sound researchers Delia and Curtis Morrow.", ["Delia Morrow", "Curtis Morrow"]],
  ])("people named after a noun of two or more of them: %s", (text, names) => expect(parsePersons(text).map((p) => p.value.name)).toEqual(names));
  it("a number that labels what follows is not a count; a ratio or a time is no label", () => {
    expect(parseCounts("Step 1: warm the oil. Other 2: rinse")).toEqual([]);
    expect(parseCounts("mixed 3:1 with water by 12 therapists").map((c) => c.value.min)).toContain(12);
  });
  it("a price is not a count", () =>
    expect(parseCounts("It costs about $150 a session at over 300 spas").map((c) => [c.value.min, c.value.unit])).toEqual([[300, "spas"]]));
  it("a count's span starts at its qualifier, not at the word before it", () => {
    const text = "He has treated over 3,000 patients.";
    const c = parseCounts(text)[0];
    expect(text.slice(c.start, c.end)).toBe("over 3,000");
    const floor = "20 or more sessions", f = parseCounts(floor)[0];
    expect(floor.slice(f.start, f.end)).toBe("20");
  });
  it("the numbers of a time, a ratio or a verse reference count nothing", () => {
    expect(parseCounts("As the Sutra (16:20) says, treatments must remove disease")).toEqual([]);
    expect(parseCounts("sessions at 10:30 and a 3:1 mix, then 3 sessions").map((c) => c.value.min)).toEqual([3]);
  });
  it("an age in years is no year", () => {
    expect(parseYears("a 2000 year old practice")).toEqual([]);
    expect(parseYears("it is 1500 years old")).toEqual([]);
    expect(parseYears("In 1990 it was recognised").map((y) => y.value.min)).toEqual([1990]);
  });
  it("a year before a count is not the count", () =>
    expect(parseCounts("In 1979 three therapists examined it.").map((c) => c.value.min)).toEqual([3]));
});

describe("parseScope", () => {
  it("takes the scope nearest a count when told where the count is", () => {
    const t = "About 6,000 homeopaths are registered in Germany, and 200 million people worldwide use remedies";
    expect(parseScope(t, new Set(), 0)).toBe("Germany");
    expect(parseScope(t, new Set(), t.indexOf("200"))).toBe("worldwide");
  });
  const rows: Array<[string, string | null]> = [
    ["about 5,000 therapists practise it worldwide", "worldwide"],
    ["more than 300 spas nationwide", "nationwide"],
    ["about 11,000 students in the United States, in schools nationwide", "the United States"],
    ["more than 2,000 practitioners in Germany", "Germany"],
    ["some 40,000 users in the U.S. alone", "the U.S."],
    ["In Germany, some 6,000 therapists offer it", "Germany"],
    ["about 5,000 therapists worldwide and 300 in Ireland", "worldwide"],
    ["about 300 clinics offer it", null],
  ];
  it.each(rows)("%s", (input, expected) => expect(parseScope(input)).toBe(expected));
});

describe("parseQuantities", () => {
  const rows: Array<[string, [number, number | null, string] | null]> = [
    ["needles between 0,16 and 0,51 inches long", [0.16, 0.51, "in"]],
    // a floor with no upper end
    ["each session lasts 10 or more minutes", [10, null, "min"]],
    ["to a depth of 2mm", [2, 2, "mm"]],
    ["a session takes about an hour", [60, 60, "min"]],
    ["it pumps up to 20 gallons of liquid", [0, 20, "gal"]],
    ["it uses 60 litres of water", [60, 60, "l"]],
    ["from 0.1-0.2mm, to 2mm, to 4mm", [0.1, 4, "mm"]],
    ["a session takes around 15 minutes", [15, 15, "min"]],
    ["only 1% of the usual dose", [1, 1, "%"]],
    ["no unit here 42", null],
    // temperatures with their sign, seconds, concentrations
    ["air chilled to as low as -110 °C", [-110, -110, "°C"]],
    ["the chamber runs at -110 °C to -140 °C", [-140, -110, "°C"]],
    ["cooled to minus 110 degrees Celsius", [-110, -110, "°C"]],
    ["the room is kept at 18–24 °C", [18, 24, "°C"]],
    ["a 30-40 °C bath", [30, 40, "°C"]],
    ["30 seconds of pre-cooling", [30, 30, "s"]],
    ["kept between 1 and 9 mg/m3", [1, 9, "mg/m3"]],
    ["a concentration of 10-40 µg/mL", [10, 40, "µg/ml"]],
    // a figure joined to its unit by a hyphen, minutes in words, an hour told as a length
    ["a 45-minute soak", [45, 45, "min"]],
    ["sessions last ninety minutes", [90, 90, "min"]],
    ["a forty-five-minute soak", [45, 45, "min"]],
    ["an hourlong class", [60, 60, "min"]],
    ["a half-hour visit", [30, 30, "min"]],
    // a range whose first end is written in words
    ["hold for one to 3 minutes", [1, 3, "min"]],
    ["sessions last two to 4 hours", [2, 4, "h"]],
  ];
  it.each(rows)("%s", (input, expected) => {
    const q = foldQuantities(parseQuantities(input));
    expect(q ? [q.min, q.max, q.unit] : null).toEqual(expected);
  });
});

describe("hasTimeInWords: a time in words is what parseQuantities reads as one", () => {
  const rows: Array<[string, boolean]> = [
    ["sessions last ninety minutes", true],
    ["wear it for up to five days", true],
    ["an hourlong class", true],
    ["one to two hours a week", true],
    ["a couple of days later", true],
    // a unit's word without a number word, a number word without a unit
    ["every day of the week", false],
    ["minutes matter", false],
    ["two sessions", false],
  ];
  it.each(rows)("%s", (input, expected) => {
    expect(hasTimeInWords(input)).toBe(expected);
    // whenever the test says a time is there, the parser finds it
    if (expected) expect(parseQuantities(input).length).toBeGreaterThan(0);
  });
});

describe("parsePersons", () => {
  const rows: Array<[string, string[]]> = [
    ["It was developed by Dr. Jane Smith in the 1930s.", ["Jane Smith"]],
    ["It was originated by Dr. J. Smith in Ohio.", ["J. Smith"]],
    ["pioneered by American physician Dr Anna Berg", ["Anna Berg"]],
    ["when doctor Smith discovered it", ["Smith"]],
    ["Professor Karl Ott (1901-1980) is credited with its creation", ["Karl Ott"]],
    ["It was devised by Mary Jones in 1932.", ["Mary Jones"]],
    ["William Brown developed the method.", ["William Brown"]],
    ["It is popular in France.", []],
  ];
  it.each(rows)("%s", (input, expected) => expect(parsePersons(input).map((p) => p.value.name)).toEqual(expected));
});

describe("parsePersons: professions and appositions", () => {
  const rows: Array<[string, string[]]> = [
    ["the cocktail devised by Baltimore physician John Myers in the 1960s", ["John Myers"]],
    ["It was created by biochemist Ida P. Holm (1896–1979) in the late 1940s", ["Ida P. Holm"]],
    ["It was devised by the American physiotherapist Anna Berg in the 1930s.", ["Anna Berg"]],
    ["In 1930 the physiotherapist Anna K. Berg (1889-1974) turned the charts into a method.", ["Anna K. Berg"]],
    ["the charts that Anna Berg, a nurse, drew up around 1932", ["Anna Berg"]],
    ["building on the zone therapy of W. H. Lang", ["W. H. Lang"]],
    ["a manual therapy developed by Berg in the 1930s", ["Berg"]],
    ["the American surgeon Dr. Lang proposed it", ["Lang"]],
  ];
  it.each(rows)("%s", (input, expected) => expect(parsePersons(input).map((p) => p.value.name)).toEqual(expected));
});

describe("numbers of a text without number words: the digits-only scan finds the same", () => {
  const rows = [
    "Between 0,16 and 0,51 inches, in 5-15 sessions of 2.5 hours.",
    "More than 15,000 therapists, 18 000 clinics and 3 million users; 10k followers.",
    "5.000 Heilpraktiker work in 12 cities (n = 42), 3 or 4 times a week.",
    "It costs $1,250.50 per course of 6.",
  ];
  it.each(rows)("%s", (text) => {
    expect(findNumbers(text, false)).toEqual(findNumbers(text));
    expect(parseCounts(text, false)).toEqual(parseCounts(text));
    expect(findNumbers(text).length).toBeGreaterThan(1);
  });
});

describe("parseQuantities: a dose in words", () => {
  it.each([
    ["Dissolve half a teaspoon of salt", { unit: "tsp", min: 0.5, max: 0.5 }],
    ["drink six to eight glasses a day", { unit: "glasses", min: 6, max: 8 }],
    ["two or three drops under the tongue", { unit: "drops", min: 2, max: 3 }],
  ])("%s", (text, value) => expect(parseQuantities(text).map((q) => q.value)).toEqual([{ kind: "quantity", ...value }]));
  it("'The glass was dropped' gives no dose", () => expect(parseQuantities("The glass was dropped on the floor")).toEqual([]));
  it("'up to eight glasses' runs from none", () => expect(parseQuantities("drink up to eight glasses a day")[0].value).toMatchObject({ min: 0, max: 8 }));
});

describe("periodAfter: the period a count is a rate over", () => {
  it.each([
    [" patients a year", "year"],
    [" patients per day", "day"],
    [" treatments each week", "week"],
    [" patients an hour due to his speed", "hour"],
    [" patients annualy", "year"],
    [" clients annually", "year"],
    [" visitors per annum", "year"],
    [" new students yearly", "year"],
    [" practitioners worldwide", null],
    [" people to perform the technique", null],
    [" therapists, and every year more", null],
  ])("%s", (after, period) => expect(periodAfter(after)).toBe(period));
});
