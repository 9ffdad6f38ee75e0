// The deterministic generated corpus of `npm run bench:pipeline`: invented claim-like template sentences and
// background prose, filled from a seeded PRNG. No fixture text.

export function mulberry32(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ["Zonotherapy", "Aurotherapy", "Pulse balancing", "Cryo-toning", "Herbal steaming"];
const PEOPLE = ["Dr. Jane Smith", "Prof. Karl Ott", "Dr. A. Berg", "Mary Jones", "doctor Lindqvist"];
const PLACES = ["Germany", "the U.S.", "Japan", "Ireland", "Brazil"];
const OUTCOMES = ["back pain", "insomnia", "migraine", "stress", "fatigue", "acne", "stiffness", "anxiety"];
const TEMPLATES = [
  "{S} was developed by {P} in the {D}s.",
  "{S} originated in {L}, where {P} pioneered it in {Y}.",
  "It is practised in {L}, where more than {N} practitioners use {S} today.",
  "About {N} therapists practise {S} worldwide.",
  "{S} is highly effective in treating {O}, {O} and {O}.",
  "Most clients notice improvement after {k} sessions, but the average client needs {k} initial sessions.",
  "{S} is said to relieve {O} and to improve {O}.",
  "A small trial found that {S} provided NO changes in {O} after {k} weeks.",
  "It was officially recognised by the National Health Board in {Y} and is listed as a therapy by the state insurer.",
  "The side effects of {S} are mild, and there is no down time.",
  "A series of treatments ({k}-{K}) is given, spaced one week apart.",
  "The needles used are between 0,{k} and 1,{k} inches long.",
];
// Background prose without claims: real pages hold far more of it than claim sentences (the mesotherapy
// fixture has about 6 claims per kB; the mix below gives a similar density).
const BACKGROUND = [
  "The technique involves gentle pressure on the feet, hands and ears.",
  "Many people find the sessions relaxing, although the evidence is mixed.",
  "Clinics often combine it with massage, aromatherapy or music.",
  "Critics argue that the claimed mechanism has never been demonstrated in controlled studies.",
  "Prices vary between clinics and regions, and insurers rarely cover the cost.",
  "The room is usually kept quiet and warm, with soft lighting and a reclining chair.",
  "A first appointment begins with a conversation about the client's history and lifestyle.",
  "Some practitioners work from home, while others rent a room in a larger practice.",
  "Training courses differ widely in length, content and price from one school to the next.",
  "The connective tissue of the body is made largely of collagen and elastin fibres.",
  "Several professional bodies publish codes of conduct for their members.",
  "Clients are asked to remove their shoes and socks and to lie down on a couch.",
  "Articles in popular magazines often describe the experience in glowing terms.",
  "The vocabulary of the field mixes anatomical terms with older traditional ideas.",
  "Opening hours, parking and directions are listed on most clinic websites.",
  "Questions about the method are common on forums and in letters to newspapers.",
];
const CHROME = ["Home > Therapies > {S}", "You might also like...", "Share this article", "By: Ann Lee - Updated: 2 Feb 2020"];

export function makeDoc(rand: () => number, bytes: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const S = pick(SUBJECTS);
  const fill = (t: string) => t.replace(/\{(\w)\}/g, (_, k: string) => {
    switch (k) {
      case "S": return S; case "P": return pick(PEOPLE); case "L": return pick(PLACES); case "O": return pick(OUTCOMES);
      case "Y": return String(1900 + Math.floor(rand() * 120)); case "D": return String(1900 + 10 * Math.floor(rand() * 11));
      case "N": return (1000 + Math.floor(rand() * 50000)).toLocaleString("en-US"); case "k": return String(2 + Math.floor(rand() * 6));
      case "K": return String(8 + Math.floor(rand() * 8)); default: return k;
    }
  });
  const parts: string[] = [fill(pick(CHROME)), "", `What is ${S}?`, ""];
  let size = parts.join("\n").length;
  while (size < bytes) {
    const n = 3 + Math.floor(rand() * 5);
    const para = Array.from({ length: n }, () => fill(rand() < 0.35 ? pick(TEMPLATES) : pick(BACKGROUND))).join(" ");
    parts.push(para, "");
    if (rand() < 0.1) parts.push(fill(pick(CHROME)), "");
    size += para.length + 2;
  }
  return parts.join("\n").slice(0, bytes);
}

