import { describe, expect, it } from "vitest";
import { makeGates } from "~/pipeline/gate";
import { findHedges } from "~/pipeline/hedges";
import { DISTANCING_HEDGES, WEAK_HEDGES } from "~/pipeline/lexicon/hedges";
import { TRIGGERS } from "~/pipeline/lexicon/triggers";
import { efficacyStance, safetyStance } from "~/pipeline/stance";

describe("findHedges", () => {
  const rows: Array<[string, boolean, string[]]> = [
    ["Cupping is said to relieve pain.", true, ["is said to"]],
    ["It supposedly drains toxins.", true, ["supposedly"]],
    ["It allegedly cures colds.", true, ["allegedly"]],
    ["A purported benefit is better sleep.", true, ["purported"]],
    ["It purports to raise the oxygen in the blood.", true, ["purports to"]],
    // what it is known for, and what someone was told
    ["It has a reputation for being painful.", true, ["has a reputation for"]],
    ["My doctor told me that it is painful.", true, ["told me that"]],
    // "could" denied is what someone could not do, not a doubt
    ["The spokesperson said they could not comment on the complaint.", false, []],
    ["Results are considered permanent.", true, ["are considered"]],
    ["It is thought to calm the nerves.", true, ["it is thought"]],
    ["It may help with anxiety.", true, ["may"]],
    ["Back pain can be treated with it.", false, ["can"]],
    ["It is very effective.", false, []],
    // what people report, and a hope told, are reported, not vouched for
    ["In my interviews, chanters and teachers report that this brings a lasting calm.", true, ["report that"]],
    // a tradition's teaching and folks' reports are not the writer's word
    ["It is done to cleanse the body according to Unani.", true, ["attributed"]],
    ["It cures gout according to Galen.", true, ["attributed"]],
    ["According to traditional Chinese medicine, it balances qi.", true, ["according to traditional"]],
    ["Many folks report feeling lighter afterwards.", true, ["folks report"]],
    ["A man in Bristol thought the tea would cure his gout.", true, ["attributed"]],
    ["The tea would cure nothing, she thought.", false, []],
    // a named person's claim, with or without "that"; "According to <a person>," (not a body); an article claiming
    // to have cured; fans who believe in its benefits (not "these claims are …", a noun)
    ["Dr Lena Ortiz claims the wrap can improve sleep.", true, ["can", "attributed"]],
    ["According to Lena Ortiz, the wrap can ease back pain.", true, ["can", "attributed"]],
    ["According to the American Cancer Society, the wrap does not work.", false, []],
    ["In 1990 she published an article claiming to have cured twelve cases of eczema.", true, ["claiming to"]],
    ["The wrap has many fans who believe in the health benefits it can have.", true, ["believe in the health benefits", "can"]],
    ["These claims are unverified.", false, []],
    // the reader's reading or thinking, not the writer's doubt (the reader's noticing a benefit is still a hedge)
    ["Despite what you may have read online, the wrap does not cure gout.", false, []],
    ["You might think the wrap would hurt, but it does not.", false, []],
    ["You may notice less pain after the wrap.", true, ["may"]],
    // those who practise, sell or favour it, saying so; its owner named after the claim; a view of it as a remedy; the
    // idea behind it; what it was designed to do (not harms clients report: evidence, not a claim of theirs)
    ["Practitioners maintain the wrap eases migraines.", true, ["attributed"]],
    ["The wrap can sharpen memory, claims its inventor Rosa Klein.", true, ["can", "attributed"]],
    ["He saw the wraps as remedies for inflammation.", true, ["attributed"]],
    ["The idea behind this is that it draws out toxins.", true, ["the idea behind"]],
    ["It was designed as a way to reduce anxiety.", true, ["designed as a way to"]],
    ["Some clients report soreness after a session.", false, []],
    ["Dermatologists have sworn by the wraps to firm the skin for years.", true, ["have sworn"]],
    // a quotation introduced by its speaker and a colon is the speaker's
    ["A spa owner told the magazine: 'The wrap will banish your wrinkles.'", true, ["attributed"]],
    ["Herbalists maintain that the tea purifies the blood.", true, ["attributed"]],
    ["The bones are touched in order to minimize pain.", true, ["in order to"]],
    ["Hahnemann postulated that the remedy cures fevers.", true, ["attributed"]],
    // what a text or a tradition tells
    ["Ancient scriptures describe how the oil heals wounds.", true, ["attributed"]],
    ["Legend has it that the stones cure fevers.", true, ["attributed"]],
    ["The textbook covers anatomy in three chapters.", false, []],
    ["Old herbal texts describe the benefits of the oil for the gums.", true, ["attributed"]],
    // a text that could not explain something, or one of the oldest texts to mention it, reports no claim
    ["No textbook could explain how the pain went away.", true, ["could"]],
    ["It is one of the oldest medical texts to mention the method.", false, []],
    // the people described hold the belief: no claim of theirs is reported
    ["Patients who believe in the method report the largest effects.", false, []],
    ["The stones used by believers can contain lead.", false, ["can"]],
    ["Many believe the stones heal wounds.", true, ["believe"]],
    // a claim told as a noun or a promise, true only in theory, or in a named person's word
    ["Claims of reducing wrinkles are common online.", true, ["claims of"]],
    ["The videos make promises that the mats will eliminate waste.", true, ["promises that"]],
    ["Theoretically, the light enhances energy production in the cells.", true, ["theoretically"]],
    ["Anna says the mat cured her insomnia.", true, ["attributed"]],
    ["Grace says demand comes mostly from smokers.", false, []],
    ["Patients drank it, believing it enhanced healing.", true, ["believing it"]],
    // a following that vouches for it; patients reporting in a trial are a result, not a following
    ["Fans report deeper sleep after a session.", true, ["fans report"]],
    ["Enthusiasts say the gongs clear the mind.", true, ["enthusiasts say"]],
    ["Patients reported less pain after four weeks.", false, []],
    // a sale's pitch, a document's statement, the word of those who sell it or of its seller's own pages
    ["The wraps are pitched as a cheap way to sleep better.", true, ["pitched as"]],
    ["The mat has been billed as a cure for jet lag.", true, ["billed as"]],
    ["The leaflet states that the salts draw out toxins.", true, ["states that"]],
    ["Those who promote the salts claim they can ease gout.", true, ["claim they", "can"]],
    ["People who sell the mats say it boosts energy.", true, ["say it"]],
    ["Spa owners say bookings have doubled.", true, ["attributed"]],
    ["According to its website, the balm heals burns.", true, ["attributed"]],
    ["According to the maker's leaflet, the balm heals burns.", true, ["attributed"]],
    ["According to a national survey, the balm is used by many nurses.", false, []],
    // a benefit word in scare quotes
    ['Guests book the wraps to "cure" jet lag.', true, ["scare quotes"]],
    ["There is no evidence this so-called “treatment” is safe.", false, []],
    // its maker's word, and a document that goes on to say more
    ["Its founder says her migraines vanished after a week.", true, ["attributed"]],
    ["It also says the balm heals burns.", true, ["also says"]],
    ["The brochure adds that the balm halves recovery time.", true, ["adds that"]],
    ['"My back pain is gone," said one client.', true, ["attributed"]],
    ["Its inventor says his back pain vanished after a week.", true, ["attributed"]],
    ["New devices promise to relieve stress.", true, ["promise to"]],
    ["Sellers promise relief from tinnitus.", true, ["promise relief"]],
    ["Berg says he began the regimen when his migraines went away.", true, ["attributed"]],
    ["The company says that the gel reduces joint pain.", true, ["says that"]],
    ["According to the Lind Institute's brochure, the balm clears sinus congestion.", true, ["attributed"]],
  ];
  it.each(rows)("%s", (clause, hedged, cues) => {
    const h = findHedges(clause);
    expect(h.hedged).toBe(hedged);
    expect(h.cues).toEqual(cues);
  });
});

describe("stance", () => {
  const rows: Array<[string, "pro" | "con"]> = [
    ["The herbal rinse provided NO changes to the skin", "con"],
    ["Pain scores were not significantly different from placebo", "con"],
    ["This non-scientific practice is popular", "con"],
    ["There is no evidence that it works", "con"],
    // trials said not to exist, a study too small to tell
    ["There have been no gold standard human trials of it", "con"],
    ["It covered 18 patients, not nearly enough to declare the therapy a success", "con"],
    // its effects vouched for, its outcome named as its result
    ["Its effects are proven, consistent", "pro"],
    ["The overall result is the release of muscle tension", "pro"],
    // at odds with what medicine knows, its theory doubted
    ["The principles of it contradict established medical knowledge", "con"],
    ["The idea runs counter to current medical dogma", "con"],
    ["While the theory is suspect", "con"],
    ["Speculative explanations as to how it might work are insufficient to recommend it", "con"],
    // effects too small or passing, trials too weak to tell
    ["Its effect on body weight appears to be negligible", "con"],
    ["Any lifting effect fades within a few hours", "con"],
    ["A lot of the trials are small", "con"],
    ["Some have no proper control group", "con"],
    ["The benefit barely squeaked past the statistical threshold", "con"],
    // its benefit no more than another's, dismissed, its claims untested; the evidence for it told as good or not
    ["Critics say the benefits are no greater than those of ordinary exercise", "con"],
    ["Sceptics dismiss it as expensive relaxation", "con"],
    ["None of these claims has been tested in rigorous trials", "con"],
    ["The evidence for neck pain is encouraging", "pro"],
    ["The best evidence is not encouraging", "con"],
    ["The researchers argue that more study is needed", "con"],
    // scorn for a body it names is not a verdict on the treatment
    ["Therapists can register with the pointless Complementary and Natural Healthcare Council", "pro"],
    ["Wrinkles are not erased but it gives an impression of freshness", "pro"],
    // a contrast that names no benefit leaves the denial standing
    ["Trials of the method remain scarce but the guild hopes to fund more research", "con"],
    ["It does not cure the illness but it relieves the cough", "pro"],
    ["It is very effective for back pain", "pro"],
    ["It does not work", "con"],
    // a doubt named to be denied, and a proof denied
    ["Far from being “pseudoscience,” it is now under the scientific lens and the results are compelling", "pro"],
    ["Its benefits are far from proven", "con"],
    ["Dietitians were quick to debunk it", "con"],
    ["All of it is misguided", "con"],
    ["The idea that our bodies are full of toxins is simply incorrect", "con"],
    // a benefit lacked, a cure denied (not the disease's want of a cure)
    ["The wrap is a fad lacking any demonstrable benefit", "con"],
    ["The wrap lacks any proven effect on gout", "con"],
    ["The wrap is no miracle cure for arthritis", "con"],
    ["It's no energy-boosting cure-all", "con"],
    ["The wrap lacks the side effects of painkillers and eases pain", "pro"],
    ["There is no cure for arthritis, but the wrap eases pain", "pro"],
    ["It is hard to say whether the wrap works", "con"],
    ["There's no science behind it", "con"],
    ["There are no studies to document its effectiveness", "con"],
    ["The jury is still out on whether the wrap has any of these benefits", "con"],
    ["It remains to be seen whether the wrap helps", "con"],
    ["No type of training has been shown to change the shape of the spine", "con"],
    ["There are no studies that confirm this", "con"],
    ["Most of the benefits attributed to the wrap have been rejected by researchers", "con"],
    ["Whether the wrap relieves back pain remains an open question", "con"],
    ["There is no device on the market that is effective against wrinkles", "con"],
    ["Most of his claims have been considered false by practically all scientists", "con"],
    ["Don't expect the insoles to cure your heel pain", "con"],
    ["The gel is not a cure for diabetes", "con"],
    ["The theory was refuted, yet cupping is still practised", "con"],
    ["Healers were no better than chance at naming the sick", "con"],
    ["She discovered by chance that the rub eased her back pain", "pro"],
    ["It is based on fundamental misconceptions about the anatomy of the skull", "con"],
    ["The basic assumptions of palm therapy are not true", "con"],
    ["The treatment is based in pre-scientific superstitions", "con"],
    ["It has no place in modern medicine", "con"],
    ["It uses touch to feel non-existent movements of the bones", "con"],
    ["Practitioners produce conflicting and mutually exclusive diagnoses of the same patients", "con"],
  ];
  it.each(rows)("%s", (clause, polarity) => expect(efficacyStance(clause, false).polarity).toBe(polarity));
  it("a denial is hedged by the writer's doubt, not by a modal inside an indirect question", () => {
    expect(efficacyStance("Explanations of how it might work are insufficient to recommend it", false).hedged).toBe(false);
    expect(efficacyStance("There have been no such trials, to my knowledge", false).hedged).toBe(true);
  });

  const safety: Array<[string, "pro" | "con"]> = [
    ["The side effects are mild", "pro"],
    ["It is almost painless and there is no down time", "pro"],
    ["Concerns include bruising and infection", "con"],
    ["It can cause dizziness", "con"],
    // the harm of an alternative it is preferred to is not its own; a contrast that opens the clause is read whole
    ["Many prefer this gentle method rather than using potentially harmful cotton buds", "pro"],
    ["It can burn the skin, unlike a warm towel", "con"],
    ["Rather than easing pain, it can cause bruising", "con"],
    // which harm people report is a harm, however mild
    ["The most common complaint is that of mild discomfort after the session", "con"],
    // a harm's odds said to be small reassure; a small risk it carries is a harm
    ["The risk of complications from the wrap is low", "pro"],
    ["The chance of side effects is small", "pro"],
    ["The wrap carries a small risk of burns", "con"],
    // a warning of harm from careless use is a harm, not a reassurance
    ["Users need to be aware that harm can be done if the wrap is not used carefully", "con"],
    ["The wrap is safe if used properly", "pro"],
    // the dangers of it, named as a noun, are a harm
    ["Experts weigh in on the dangers of the wrap", "con"],
    ["The wrap can cause a tingly and dizzy feeling", "con"],
    ["There are no reports of serious side effects from the wrap", "pro"],
    ["A new report highlights the hazards of the wrap", "con"],
    ["There is little research proving that the wrap is safe", "con"],
    // harms named as ones that occur, however mild or rare, are harms; a harm given as the example of a reassurance is not
    ["Mild side effects can include redness, tingling and numbness of the skin", "con"],
    ["Rarely, frostbite or cold burns have been reported", "con"],
    ["Side effects are rare but include nausea and headaches", "con"],
    ["No serious side effects have been reported", "pro"],
    ["Adverse effects are usually minor, such as local soreness", "pro"],
    // harms people reported; a harm said not to come; a harm done "dangerously"
    ["Two participants reported mild muscle soreness", "con"],
    ["Magnetic bracelets are unlikely to harm you", "pro"],
    ["Facial scraping shouldn't leave marks", "pro"],
    ["Chelation can dangerously lower blood calcium", "con"],
  ];
  it.each(safety)("%s", (clause, polarity) => expect(safetyStance(clause, false).polarity).toBe(polarity));
});

describe("hedge triggers", () => {
  // the gate skips the cue scan when no trigger starts a word: every cue must hold a trigger, or it is never read
  const gates = makeGates({ hedge: TRIGGERS.hedge, weak: TRIGGERS.weakHedge });
  it.each([...DISTANCING_HEDGES])("%s holds a hedge trigger", (cue) => expect(gates.maskOf(cue) & gates.bit.hedge).not.toBe(0));
  it.each([...WEAK_HEDGES])("%s holds a weak-hedge trigger", (cue) => expect(gates.maskOf(cue) & gates.bit.weak).not.toBe(0));
});
