// Tokens that end in a full stop without ending a sentence. Lower case, without the final dot.
export const ABBREVIATIONS: readonly string[] = [
  "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "mt", "ft", "rev", "gen", "col", "capt", "lt", "sgt",
  "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "ca", "c", "no", "nos", "fig", "figs", "vol", "p", "pp",
  "inc", "ltd", "co", "corp", "dept", "univ", "est", "u.s", "u.k", "u.s.a", "e.u", "m.d", "ph.d", "b.sc",
  "m.sc", "d.o", "r.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "approx", "resp", "incl", "viz", "ed", "eds", "op", "cit", "ibid",
];
