// English number words and the multipliers that follow them.
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1_000_000,
};
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, k: 1000,
};
export const ORDINAL_CENTURIES: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21,
};
/** Decades in words, of the twentieth century unless the text says otherwise: "the fifties". */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980,
  nineties: 1990,
};
/** Named periods a date may be given by, as year ranges. */
export const NAMED_PERIODS: ReadonlyArray<[string, number, number]> = [
  ["world war i|first world war|great war", 1914, 1918],
  ["world war ii|second world war", 1939, 1945],
  ["middle ages|medieval times|medieval period", 500, 1500],
  ["renaissance", 1400, 1600],
  ["victorian era|victorian times|victorian period", 1837, 1901],
  ["cold war", 1947, 1991],
];
