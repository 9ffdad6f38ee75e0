import { describe, expect, it } from "vitest";
import { classifyClause, mayHoldClaim, prepare, type ClassifyContext } from "~/pipeline/classify";
import { subjectMatcher } from "~/pipeline/subject";
import { QUANTITY_UNITS } from "~/pipeline/lexicon/units";

const ctx: ClassifyContext = { onTopic: true, subject: subjectMatcher(["reflexology"]), useScope: null, notPlaces: new Set(["reflexology"]) };
/** A context about another treatment: its name matched, its words no places. */
const about = (name: string): Partial<ClassifyContext> => ({ subject: subjectMatcher([name]), notPlaces: new Set(name.split(" ")) });
const cats = (clause: string, c: Partial<ClassifyContext> = {}) => classifyClause(clause, { ...ctx, ...c }).map((d) => d.category).sort();
const draft = (clause: string, category: string) => classifyClause(clause, ctx).find((d) => d.category === category);

describe("classifyClause: categories", () => {
  const rows: Array<[string, string[]]> = [
    ["Reflexology was developed by Dr. Jane Smith in the 1930s", ["founder", "origin_date"]],
    ["Reflexology is effective for back pain", ["efficacy"]],
    // a person who tells of it founded nothing
    ["Reflexology was introduced in North America in the 1970s, explains massage therapist Ann Berg", ["origin_date"]],
    // a placebo given, or beaten, is no verdict that it is one
    ["Patients in the control arm were given a placebo", []],
    // a list's lead names no benefit; a benefit that is where a course ends is no result claimed
    ["The benefits of reflexology include", []],
    ["Sessions continue once a week until the symptoms are relieved", ["protocol"]],
    ["Reflexology relieves back pain once a week until it is gone", ["efficacy"]],
    ["Clients suffered from back pain for years until they tried reflexology", []],
    // how it feels, told as a benefit (of the treatment itself, not of its waiting room; not when it is rare)
    ["Reflexology is very relaxing", ["efficacy"]],
    ["Clients often reach a deep relaxed state during reflexology", ["efficacy"]],
    ["Patients rarely reach a deep relaxed state during reflexology", []],
    ["The waiting room of the reflexology clinic is very relaxing", []],
    // the "until" part ends at a comma: a benefit claimed after it stands
    ["Sessions are repeated weekly until the symptoms are relieved, and most patients find reflexology eases their pain within a month", ["efficacy", "protocol"]],
    // the sham is the placebo, not the treatment; a harm feared and dismissed claims nothing about whether it works
    ["Sham reflexology is an elaborate placebo", []],
    ["The fear that reflexology spreads disease is a myth", []],
    // "officially" with no act of recognition recognises nothing
    ["Reflexology officially became popular in Europe in the 1970s", ["other"]],
    ["Reflexology was officially recognised by the health ministry in 1987", ["recognition"]],
    ["Reflexology is no placebo", []],
    ["The trial was a double-blind placebo-controlled study of reflexology", []],
    ["Most clients notice improvement after two sessions", ["efficacy", "protocol"]],
    // a share of those treated who report a benefit is a result; a share of anything else is not
    ["In a poll of 300 visitors, 45% said their headaches had improved within a week", ["efficacy"]],
    ["After a month, 20 per cent of clients had reduced their sleeping pills", ["efficacy"]],
    ["Some 70% of the studios are in large towns", ["other"]],
    // a title before a name is no tie to the subject; an author-year citation is no date of it
    ["In 1903 the inventor Ann Berg was short of money", ["other"]],
    ["Reflexology originated in Egypt", ["other"]],
    ["The spa promotes reflexology on its website", []],
    ["The effects of reflexology are not due only to placebo", []],
    // a risk not raised is no denied benefit; relief caused is no harm
    ["Reflexology does not increase the risk of infection", ["safety"]],
    ["Reflexology can cause relief of arthritis", []],
    // (a condition people struggle with is no harm done)
    ["Our reflexologists have worked with many people struggling with toxic overload", []],
    // a benefit reported of another thing, in a relative clause of its noun
    ["The clinic also sold herbal pills that were purported to promote long life", []],
    ["Reflexology is a branch of zone work which is purported to help the body heal itself", ["efficacy"]],
    ["Reflexology, which is said to ease stress, is popular", ["efficacy"]],
    ["Reflexology is said to rid the body of toxic metals", ["efficacy"]],
    // advice against something else is no warning about the subject
    ["Aspirin should not be used in pregnancy", []],
    ["Pregnant women shouldn't undergo X-rays", []],
    // a study's aim is no finding; esteem for a firm is no recognition of the treatment
    ["Our aim was to assess the efficacy and safety of reflexology in asthma", []],
    ["The Brown Agency has been recognised as one of the region's leading firms", ["other"]],
    ["About 5,000 therapists practise reflexology in Germany", ["practitioner_count"]],
    ["It was recognised by the National Health Board in 1990", ["recognition"]],
    ["A course of 6-8 sessions is usually given", ["protocol"]],
    ["The side effects of reflexology are mild", ["safety"]],
    ["Reflexology is said to calm the mind", ["efficacy"]],
    ["A trial found no evidence that reflexology reduces pain", ["efficacy"]],
    ["The word reflexology comes from the Latin reflexus", []],
    ["Oils are used to soften the skin", []],
    ["Eczema is caused by a weak skin barrier", []],
    ["If the pressure is too light it will not relieve pain", []],
    ["Practitioners must ensure the room is warm", []],
    ["In a study of 40 patients reflexology was tested", ["other"]],
    ["The school has run a course in reflexology since 2001 every 2 years", ["other"]],
    ["Side effects include bruising, burns and skin infections", ["safety"]],
    ["Approx. 5,000 licensed practitioners work in the U.S.", ["practitioner_count"]],
    ["Jane Smith is credited with the creation of reflexology", ["founder"]],
    ["Proponents believe that foot massage relieves migraine", ["efficacy"]],
    ["Patients in the treatment group reported better sleep", ["efficacy"]],
    ["In the trials it was no better than a sham", ["efficacy"]],
    ["Most programmes involve two or three sessions a week", ["protocol"]],
    ["In the U.K. reflexology has been available on the NHS since 1990", ["recognition"]],
    ["Practitioners say reflexology can detect illness in the organs", ["efficacy"]],
    ["Many clients tell us they feel calmer after a session", ["efficacy"]],
    ["Reflexology has helped thousands of people overcome fatigue", ["efficacy"]],
    ["Reflexology is non-invasive", ["safety"]],
    ["No controlled study has ever shown that reflexology detects disease", ["efficacy"]],
    ["According to its followers, a reflexologist can spot kidney disease in the feet", ["efficacy"]],
    ["In 1979 three practitioners examined photographs of 140 patients", ["other"]],
    ["The claim that foot points act on organs is scientifically unfounded", ["efficacy"]],
    ["Pressure on the feet was used to relieve pain thousands of years ago", ["origin_date"]],
    ["A 2011 review published in a journal developed a new scoring rule", ["other"]],
    // origins in word form, relative ages and idioms of spreading
    ["Two nurses rediscovered reflexology in the eighteenth century", ["origin_date"]],
    ["Reflexology has been around for at least 2,000 years", ["origin_date"]],
    ["Reflexology has been studied for at least 200 years", ["origin_date"]],
    ["It was not structured in a systematic way until about 90 years ago", ["origin_date"]],
    ["The first detailed account of reflexology is found in a manual of 1702", ["origin_date"]],
    ["Smith really put reflexology on the map in the 1970s", ["origin_date"]],
    // founders: an identifying copula, an appositive at a dated origin, "propounded", "claims to the title"
    ["These were Dr. Karl Brandt of Austria, and Olga Berg, a Danish pastor", ["founder", "founder"]],
    ["In the early 1900s Maria Kovac, a Czech nurse, noticed sore spots on the feet of patients", ["founder", "origin_date"]],
    ["The term zone care was propounded by the 18th century Polish physician, Jan Nowak, who has claims to the title of founding father", ["founder", "origin_date"]],
    // efficacy con from study results; hedged pro by attribution
    ["Practitioners correctly identified only 48% of the patients with gout", ["efficacy"]],
    ["Reflexology found the right organ in only 4 of 70 patients", ["efficacy"]],
    ["Four therapists were unable to distinguish healthy feet from those of diabetics", ["efficacy"]],
    ["This idea has been disproven many times, yet reflexology continues to exist", ["efficacy"]],
    ["Smith believed that each toe corresponded to an organ of the body", ["efficacy"]],
    ["Reflexologists claim “the soles mirror the organs of the body”", ["efficacy"]],
    // recognition: acceptance by a community
    ["Reflexology has not found widespread acceptance among doctors in Canada", ["recognition"]],
    // a recognised diploma is not a recognised treatment; treating a harm is not a harm
    ["All our practitioners hold a recognised qualification in reflexology", []],
    ["Treatments can benefit those suffering from stress, infections and insomnia", ["efficacy"]],
    ["The treatment is virtually painless and has no side effects", ["safety"]],
    // a history reported at a distance is not a claim that it works
    ["Cultures that were said to have used reflexology include those in Tibet and Egypt", ["origin_date"]],
    ["The shop's owner claims to have learned about reflexology from a healer in Tibet", []],
    ["The National Heart Association does not recommend reflexology for heart disease", ["recognition"]],
    ["Critics say reflexology is useless and dangerous", ["efficacy", "safety"]],
    ["She founded the Reflexology Institute in Boulder in 1971", ["other"]],
    ["In Germany, some 6,000 therapists are said to offer reflexology", ["practitioner_count"]],
    ["There is currently insufficient evidence to support its use, according to a 2015 review", ["efficacy"]],
    ["Welcome to Harmony Wellness Spa", []],
    ["It is so gentle that it is suitable for newborn babies", ["safety"]],
    ["These claims lack scientific support", ["efficacy"]],
    ["Larger trials did not confirm this", ["efficacy"]],
    ["The use of reflexes for healing dates back to ancient Greece", ["origin_date"]],
    ["They may interfere with pacemakers and insulin pumps", ["safety"]],
    ["Honestly I think it's a scam", ["efficacy"]],
    ["Objective: To assess whether reflexology wristbands reduce postoperative nausea", []],
    ["A study to determine whether reflexology could spot cancer found it no different than chance", ["efficacy"]],
    ["Reflexology is widely promoted for nausea", ["efficacy"]],
    ["Most of the world thinks that reflexology originates with the Inca", ["other"]],
    ["Many insurers, including Medicare, do not cover reflexology", ["recognition"]],
    ["There are now more than 1,300 reflexology facilities in the United States", ["practitioner_count"]],
    ["Treatment protocols typically require 20 to 40 dives of 60–90 minutes each", ["protocol"]],
    ["Our clinic also offers reflexology for autism and asthma, with amazing results", ["efficacy"]],
    ["Risks are generally low", ["safety"]],
    ["About 6,000 reflexologists are registered in Germany", ["practitioner_count"]],
    ["The main risk is that patients delay effective treatment", ["safety"]],
    ["1965: Japanese doctor Tadashi Ishikawa develops the far-infrared reflexology mat", ["founder", "origin_date"]],
    ["Today more than 5,000 infrared reflexology studios operate in North America", ["practitioner_count"]],
    ["Overheating and dehydration are possible with reflexology", ["safety"]],
    ["A 2018 trial of reflexology found significant short-term improvements", ["efficacy"]],
    ["Reflexology burns up to 600 calories per session", ["other"]],
    ["This reflexology process is repeated several times in one treatment", ["other"]],
    ["After reflexology treatment, lotions are not allowed for 6 hours", ["other"]],
    ["In Australia, reflexology is taught to physiotherapists in over 40 accredited courses", ["other"]],
    ["Some soreness for 24 to 48 hours after reflexology is normal", ["safety"]],
    ["A 2017 meta-analysis, however, rated the evidence for reflexology as low quality", ["efficacy"]],
    ["The practice of reflexology dates to the oldest Andean tribe", ["other"]],
    ["The National Health Service doesn't fund it", ["recognition"]],
    ["The association has more than 800 members", ["practitioner_count"]],
    ["Home reflexology is risky", ["safety"]],
    ["It has yet to gain the endorsement of any mainstream medical organization", ["recognition"]],
    ["Enemas and other methods of irrigating the bowels have existed since early Egyptian times", ["origin_date"]],
    ["Historians tell us that reflexology was first used by the ancient Egyptians", ["origin_date"]],
    ["All our practitioners hold a recognised qualification in reflexology and reiki", []],
    ["The Reflex Technique was developed in Australia by Tom Reflex in the 1950s", ["founder", "origin_date"]],
    ["Today there are about 1,500 certified reflexologists worldwide", ["practitioner_count"]],
    ["Skeptics argue that its theory of zones has never been tested", ["efficacy"]],
    ["Reflexology is an ancient practice", ["origin_date"]],
    ["The exact origins of reflexology are unknown", ["origin_date"]],
    ["The very origin of reflexology is questionable", ["origin_date"]],
    ["Some practitioners claim reflexology is an ancient Tibetan healing system", ["origin_date"]],
    ["In 1985 Dr. Smith went on to establish the Smith Institute to teach the public about the benefits of reflexology", ["other"]],
    ["None of these assumptions are supported by evidence", ["efficacy"]],
    ["Reflexology patients reported significant and clinically relevant effects on pain at week 8", ["efficacy"]],
    ["Secondary outcomes included pain on movement, anxiety and safety", []],
    ["Outcomes were assessed before and after treatment (week 8)", []],
    ["40 patients were randomized to 8 weekly sessions of reflexology or a sham", ["other"]],
    // a list of what it treats: its conditions are no harms
    ["Reflexology can be used to treat conditions such as neck pain, headaches and painful periods", ["efficacy"]],
    ["The centre issues licenses to practitioners of the therapy", ["recognition"]],
    ["Licensing was carried out by the Ministry of Health", ["recognition"]],
    ["There currently isn’t evidence that reflexology works", ["efficacy"]],
    ["Reflexology is poorly supported by scientific evidence", ["efficacy"]],
    ["There is very little quality research on reflexology", ["efficacy"]],
    ["Reflexology is based in pre-scientific superstitions", ["efficacy"]],
    ["Reflexology has no place in modern medicine", ["efficacy"]],
    // keywords out of their sense: a person's death or birth, an organisation's founding, a verdict "recognized as"
    ["Even after Dr. Lee's death in 1979, reflexology continued to grow", ["other"]],
    ["Subjects had rates of death similar to those of untreated patients", ["efficacy"]],
    ["Reflexology is recognized as a pseudoscience", ["efficacy"]],
    ["In 1971 she founded the Lee Institute of Reflexology", ["other"]],
    ["In 2016 the Institute of Zone Work described reflexology as a holistic system", ["other"]],
    ["Ann Lee was born in 1896 in New York", ["other"]],
    ["Dr. Ann P. Reflex was born in 1896 in New York", ["other"]],
    ["Zone Therapy was born in 1917 in Connecticut", ["origin_date"]],
    // plain critical wording
    ["When practitioners and patients are blinded, the technique fails", ["efficacy"]],
    ["The method has no basis in reality", ["efficacy"]],
    ["By 1963 it became clear that those reports had been wrong", ["efficacy"]],
    ["Practitioners fool themselves into thinking that nonsense has efficacy", ["efficacy"]],
    ["It is not known whether reflexology is either safe or cost-effective", ["safety"]],
    // plain words of invention, and a degree after the name
    ["George Lee made up reflexology in 1964", ["founder", "origin_date"]],
    ["George Lee, D.C. discovered reflexology in 1964", ["founder", "origin_date"]],
    ["Ann Lee is the creator of reflexology", ["founder"]],
    ["Reflexology can provide valuable information about musculoskeletal conditions", ["efficacy"]],
    ["Reflexology involves a series of ten hands-on manipulation sessions", ["protocol"]],
    // from a second audit: unproven, unsupported and contradictory are con; another thing's discovery is no origin;
    // research on its effectiveness is no result; a use under study or an indication is a (hedged) claim
    ["Reflexology is not clinically proven to cure developmental disorders", ["efficacy"]],
    ["Claims for the efficacy of reflexology are unsupported by the collective weight of evidence", ["efficacy"]],
    ["The clinical trial results on reflexology are contradictory", ["efficacy"]],
    ["Oxygen was not discovered until 1773 by Carl Wilhelm Scheele", []],
    ["Studies of reflexology's effectiveness involve three areas of research", []],
    ["Five systematic reviews evaluated clinical trials of the effectiveness of reflexology", []],
    ["Reflexology is explored as a treatment for autism", ["efficacy"]],
    ["Reflexology is indicated for chronic pain", ["efficacy"]],
    ["Reflexology is used to treat the abdomen and thighs", []],
    // news wording: a group's claim, testimony, what it is supposed to do, few studies, sceptical experts
    ["Doctors who treat patients with reflexology claim great success where other treatments have failed", ["efficacy"]],
    ["Patients swear by reflexology and offer testimonials", ["efficacy"]],
    ["The pressure is supposed to spur blood flow and healing", ["efficacy"]],
    ["Few studies exist to support reflexology", ["efficacy"]],
    ["Many experts remain skeptical of reflexology", ["efficacy"]],
    // from a third audit: negated approval and proof reach both words, conditions are no harms, what studies showed,
    // benefits in the passive, a founder's death, an organisation founded in the passive
    ["Reflexology can cause blisters and frostbite", ["safety"]],
    ["Studies have shown that reflexology can neutralize bacteria and viruses", ["efficacy"]],
    ["Symptoms of back pain are alleviated by reflexology", ["efficacy"]],
    ["The amount of oil used in reflexology can be greatly reduced", []],
    ["Recovery from injuries and pain relief are the main purposes of reflexology", []],
    ["He died quite suddenly in England on October 10, 1955", ["other"]],
    ["In 1958, the Society of Teachers of Reflexology was established", ["other"]],
    ["It was once used to treat tuberculosis", []],
    // a history page: centuries ago, a dated first notice, who coined the name, results told as such,
    // the patient's condition is no harm, insurers' view
    ["25 Centuries ago, a Greek physician introduced heated probes into the dislocated and painful shoulders of throwers", ["origin_date"]],
    ["In 1939, Dr. Ann Lee noticed that accident victims who suffered from chronic pain had torn ligaments", ["founder", "origin_date"]],
    ["Dr. Lee coined the term reflexology to describe the technique", ["founder"]],
    ["Dr. Brown's first attempts with reflexology yielded astounding results", ["efficacy"]],
    ["The first formal publication describing reflexology dates back to 1956, by Dr. George Lee", ["founder", "origin_date"]],
    ["Similar techniques have been used for about a century", ["origin_date"]],
    ["Most insurance companies consider it investigational, and it is not covered", ["recognition"]],
    ["Reflexology tightens up ligaments and hence resolves many problems", ["efficacy"]],
    // from a fourth audit: sceptics lead their own sentence, more research needed, a relative risk, a painful part
    ["Scientists are skeptical of the claims made for reflexology", ["efficacy"]],
    ["Doctors have been skeptical about reflexology having any therapeutic value", ["efficacy"]],
    ["The improvement was attributed to the power of suggestion", ["efficacy"]],
    ["Reflexology requires more rigorous research", ["efficacy"]],
    ["Reflexology lacks strong empirical support", ["efficacy"]],
    ["A 2014 review found that the reflexology studies were flawed", ["efficacy"]],
    ["The relative risk (95% CI) of reflexology was 2.20", ["other"]],
    ["The pole is placed on a painful part of the foot during reflexology", []],
    ["This article explores reflexology to assess its efficacy", []],
    ["Reflexology provides positive effects for your skin", ["efficacy"]],
    ["Reflexology is widely used in Japan, Korea and Vietnam", ["practitioner_count"]],
    ["No one is certain how many people employ this practice today", ["practitioner_count"]],
    ["67% of Korean medical doctors use reflexology", ["practitioner_count"]],
    ["The products generate interest and skepticism regarding their health benefits", ["efficacy"]],
    ["Patients may believe reflexology is an appropriate treatment and delay proper medical treatment", ["safety"]],
    ["Many doctors are still hesitant to recommend reflexology", ["efficacy"]],
    // from Bowen therapy's misses: a caseload, the singular of a practitioner noun, whom it is named after, spread,
    // an investigation's year, a person's death
    ["In 2000 there were more than 26.000 therapist using reflexology", ["practitioner_count"]],
    ["He was able to treat as many as 14 patients an hour with reflexology", ["practitioner_count"]],
    ["Mr. Lee was busy in his clinic, performing about 13,000 reflexology treatments a year", ["practitioner_count"]],
    ["This therapy was invented by an Australian called Thomas Ambrose Lee", ["founder"]],
    ["Reflexology is a manipulation named after its creator Thomas Ambrose Lee", ["founder"]],
    ["Lee died of diabetes in 1982", ["other"]],
    ["Lee was investigated by the federal government in 1974 when they discovered he was using reflexology", ["other"]],
    ["Reflexology practitioners say that it can be practiced on people of all ages", ["safety"]],
    // from a fifth audit
    ["Diseases such as multiple sclerosis can also be treated with reflexology", ["efficacy"]],
    ["Reflexology can also be used to relieve constipation", ["efficacy"]],
    ["Reflexology may worsen the course of multiple sclerosis", ["safety"]],
    ["Reflexology is not suitable for those with certain medical conditions", ["safety"]],
    ["Reflexology is a pseudomedicine practice", ["efficacy"]],
    ["No studies have been presented to back these claims about reflexology", ["efficacy"]],
    ["In 2017 the government identified reflexology as a practice that would not qualify for insurance subsidy", ["recognition"]],
    ["The FDA does not allow reflexology devices to be sold as medical products", ["recognition"]],
    ["Reflexology is not currently FDA approved to treat any medical conditions", ["efficacy", "recognition"]],
    // a study's risk of bias is no harm of the treatment
    ["One study of reflexology found mixed results, with all studies at high risk for bias", ["efficacy"]],
    ["The minor side effects of bruising are not worth it", ["safety"]],
    ["It works by channeling universal energy", ["efficacy"]],
    ["Reflexology has measurable physiological effects", ["efficacy"]],
    ["Physical healing is often one of the results of reflexology", ["efficacy"]],
    ["Studies reporting positive effects had methodological flaws", ["efficacy"]],
    ["Reflexology was specifically “not recommended” as a treatment for fibromyalgia", ["efficacy"]],
    ["The Cancer Society stated that reflexology should not replace conventional treatment", ["recognition"]],
    ["In 2007 reflexology was sought by 1.2 million adult Americans", ["practitioner_count"]],
    // a count set against an earlier one is two counts
    ["The association has more than 800 members, up from just 100 members in 1996", ["practitioner_count", "practitioner_count"]],
    ["A 1993 survey estimated that 95 practitioners in the US had performed reflexology on approximately 450,000 patients", ["practitioner_count", "practitioner_count"]],
    // people trained in it are practitioners; people beginning a course are no origin
    ["In 1988, 160 students began her teacher-training course in Leeds", ["practitioner_count"]],
    ["She trained the first group of 14 teachers in the method from 1979-1981", ["practitioner_count"]],
    ["A survey of 300 students found that most had tried it", ["other"]],
    // a sizeable count of people or places with the treatment named right after them: how many use or give it
    ["Our facilitators have guided more than 25,000 people through reflexology sessions", ["practitioner_count"]],
    ["Some 400 day spas now list reflexology on their menus", ["practitioner_count"]],
    // …not a handful, nor a survey's, a study's or a harm's people
    ["Last year 30 people asked about reflexology", ["other"]],
    ["Of 500 people polled, 40% had heard of reflexology", ["other"]],
    ["A trial randomised 200 patients to reflexology or rest", ["other"]],
    ["More than 100 people reported bruising after reflexology", ["safety"]],
    // a symptom it may cause is a risk; a harm as the object of a benefit verb is what it treats
    ["Reflexology may cause mild redness", ["safety"]],
    ["Frequent sessions can also lead to skin ulcers", ["safety"]],
    ["Reflexology may help lower swelling caused by infections", ["efficacy"]],
    // "helps address", "helps tackle", "helps control" tell a benefit like "helps relieve"
    ["Reflexology may help address skin complaints", ["efficacy"]],
    ["Reflexology helps tackle fatigue", ["efficacy"]],
    ["Reflexology helps control cravings", ["efficacy"]],
    // the subject named a remedy in apposition; not another thing so named
    ["Reflexology, a natural remedy for gout, is offered in spas", ["efficacy"]],
    ["The NEMA protocol, a foot treatment for addiction, was devised for clinics", []],
    // who began what is now known by the subject's name; a person who described it as something founded nothing
    ["Anna Lind began what is now known as reflexology", ["founder"]],
    ["Reflexology has even been described by Dr. Rolf Banner as cutting edge", []],
    // a length of session told in words or as an adjective
    ["Reflexology sessions are typically hourlong small-group events", ["protocol"]],
    ["Reflexology sessions are ninety-minute group events", ["protocol"]],
    ["Patients were randomly assigned to six weekly 50-minute sessions", ["other"]],
    // benefits told of common ailments and parts, with "halves", "regenerates", "reverses"; not "non-healed"
    ["Reflexology clears sinus congestion", ["efficacy"]],
    ["Reflexology halves recovery time and regenerates cartilage", ["efficacy"]],
    ["Victims seemed to have pain because of non-healed ligaments", []],
    // a condition on the body's support is no verdict on the evidence
    ["The purge of toxins can be hard on the kidneys if not properly supported by fluids", ["safety"]],
    ["My back pain is gone since I started reflexology", ["efficacy"]],
    // "therapy for the face" names no treated harm: the reassurance stands beside the benefit
    ["Overall, reflexology for the face is a non-invasive, low-risk treatment that may offer benefits for the skin", ["efficacy", "safety"]],
    // a benefit told through what people notice (hedged when they are unnamed users, see hedges.test.ts)
    ["Some users report better sleep after reflexology", ["efficacy"]],
    ["Clients notice less bloating after a reflexology session", ["efficacy"]],
    ["Clients notice the music in the reflexology room", []],
    // a benefit told as a story
    ["My migraines went away after three sessions of reflexology", ["efficacy", "protocol"]],
    ["Her eczema cleared up within weeks of starting reflexology", ["efficacy"]],
    // praise conceded, unnamed, is no recognition; a named body's approval is
    ["Despite all the hype and endorsements, there is no good evidence that reflexology works", ["efficacy"]],
    ["Despite its approval by the National Health Board in 1990, reflexology is rarely prescribed", ["recognition"]],
    // who founded something else, named in capitals, founded nothing of this; "the secret to"; a rebuttal; CE marking
    ["Dr Ann Lee, founder of Clear Skin Clinic, said reflexology might reduce headaches", ["efficacy"]],
    ["Dr Rita Sen, dermatologist, Founder & Creator of Sen Skin & Aesthetics, said reflexology might ease headaches", ["efficacy"]],
    ["Reflexology may be the secret to deeper sleep", ["efficacy"]],
    ["Anyone who tells you reflexology cures migraines is mistaken", ["efficacy"]],
    ["Reflexology mats are CE-marked as medical devices in Europe", ["recognition"]],
    // cleared by a body is a recognition, not a benefit; figures alone, left by citation marks, say nothing
    ["Reflexology is CE-marked in Europe and cleared by Health Canada", ["recognition"]],
    ["1, 2", []],
    ["Reflexology mats are backed by dozens of studies showing better sleep", ["efficacy"]],
    // "non-invasive" said of it reassures; a kind of device so named does not
    ["Reflexology is a gentle, non-invasive, and completely safe practice", ["safety"]],
    ["Reflexology is non-invasive and painless", ["safety"]],
    ["New non-invasive reflexology mats promise to calm the body", ["efficacy"]],
    ["The non-invasive reflexology mat has not been investigated in children", []],
    // a risk it lowers is a benefit, unless it is the risk of its own harms
    ["Reflexology lowers the risk of falls in older adults", ["efficacy"]],
    ["Sterile needles minimise the risk of infection with reflexology", ["safety"]],
    // "speeds recovery" is a benefit; "illegal drugs" are no legal status; a harsh warning to an organ
    ["Reflexology is popular with runners because it speeds recovery", ["efficacy"]],
    ["Reflexology helps people quit illegal drugs", ["efficacy"]],
    ["The release of toxins during reflexology can be harsh on the kidneys", ["safety"]],
    // a warning of harm to an organ, whatever benefit the clause names besides
    ["The flushing out of toxins during reflexology can be hard on the kidneys if not properly supported", ["safety"]],
    // not a cure; a use forbidden, told the other way round; who started what is today called by its name
    ["Reflexology is not a cure for diabetes", ["efficacy"]],
    ["Selling reflexology as a cure for cancer is prohibited in Spain", ["recognition"]],
    ["Anna Berg started what is today called reflexology", ["founder"]],
    // how popular a use is; a heading asking how it works; a harm to an organ
    ["Reflexology is increasingly popular, particularly as a quick detox or hangover cure", ["other"]],
    ["2. How and why reflexology works:", ["other"]],
    ["Reflexology can be damaging for the kidneys", ["safety"]],
    // a use forbidden is no use claimed
    ["It is illegal to sell reflexology as a cure for diabetes", ["recognition"]],
    ["Reflexology is banned from being marketed as a treatment for eczema", ["recognition"]],
    ["Its founder's knee injury prompted him to study the feet", []],
    // killing germs is a benefit, not a harm
    ["Reflexology oil kills germs on contact", ["efficacy"]],
    ["It can kill harmful yeasts on the soles", ["efficacy"]],
    ["Reflexology stops nausea", ["efficacy"]],
    ["Reflexology releases trauma held in the body", ["efficacy"]],
    ["Reflexology provides temporary relief", ["efficacy"]],
    // a legal status is a recognition when it is the treatment's
    ["Reflexology was banned in Ruritania in 1999", ["recognition"]],
    ["Reflexology is illegal in two states", ["recognition"]],
    ["It is accepted as a medical treatment in Ruritania", ["recognition"]],
    ["Smoking is banned in the waiting room", []],
    ["Reflexology is widely recognized as effective", ["efficacy"]],
    // people who learned or practise it, counted in figures or in vague words
    ["More than two million people worldwide have learned reflexology", ["practitioner_count"]],
    ["Reflexology is practised by more than ten thousand people", ["practitioner_count"]],
    ["Tens of thousands of people use reflexology", ["practitioner_count"]],
    // a small body of credentialled practitioners, told as how many there are now or where
    ["Now I have 12 certified reflexology instructors in Norway", ["practitioner_count"]],
    ["Today there are 40 qualified reflexology teachers", ["practitioner_count"]],
    ["Twelve certified practitioners assessed the photographs", ["other"]],
    // an end is no origin; an example led by another remedy, or what real medicine does, is not about it
    ["Its use was largely discontinued in the 1940s following the development of safer drugs", ["other"]],
    ["For example, aspirin can help with a headache", []],
    ["Genuine medicine will treat a specific condition", []],
    // the good another thing does, as people know it or met by chance, is not the subject's; the subject, a word
    // for it or a word of its name as the doer keeps the claim
    ["Patients saw a 30% increase in side effects", ["safety"]],
    // what a reported clause says of its use, demand or presentation, and the writer's own writing, is no benefit
    ["The spa's managers claim it has seen a steady increase in the number of women who request the treatment", []],
    ["Some videos give an impression of how to practise reflexology", []],
    ["I have written about the benefits of reflexology before", []],
    // a cure in a product's or a book's name claims nothing; a title-case heading that says it cures does
    ["The Harbor Spa has a 30-minute Reflexology Cure for $75", ["other"]],
    ["The Cure of Tired Eyes by Reflexology is a book by Anna Berg", []],
    ["Reflexology Can Cure Insomnia", ["efficacy"]],
    ["Reflexology can cause a tingly and dizzy feeling", ["safety"]],
    // what causes a complaint in someone's theory, and what an approach set out to do, are no benefits
    ["Its founder believed that back pain is caused by habitual muscle tension", []],
    ["Parts of the reflexology approach to correcting posture were based on psychological principles", []],
    // a pronoun that leads the clause stands for the subject; a verb of a series names a benefit with its outcome
    ["It can improve athletic performance", ["efficacy"]],
    ["They help train and tone facial muscles", ["efficacy"]],
    ["Reflexology promotes lymphatic drainage", ["efficacy"]],
    // a warning to the reader is a contraindication, not a benefit
    ["DO NOT use during pregnancy", ["safety"]],
    ["WARNING: Do not do a reflexology session to detox your liver without seeing a doctor", ["safety"]],
    // a length in words after "for"; a death's year is no origin and no harm of the treatment
    ["Then you lie down for an hour with a warm towel", ["protocol"]],
    ["Reflexology was popularised by Anna Berg, who died in 1945", ["other"]],
    // an evaluation is no definition; studies that support its effects; claims that lack backing
    ["Recent findings suggest that reflexology is a promising alternative for the treatment of eczema", ["efficacy"]],
    ["Follow-up studies support long-term effects of reflexology", ["efficacy"]],
    ["Cancer centers note that detox claims for reflexology lack strong clinical backing", ["efficacy"]],
    // performance and hearing are outcomes
    ["It is meant to improve performance", ["efficacy"]],
    // the only way named is something else; another treatment's needs; what people seek
    ["The only way to improve wrinkles, besides surgery, is to use retinoid creams", []],
    ["The only way to improve wrinkles is reflexology", ["efficacy"]],
    ["Laser treatments require a certain amount of down time", []],
    ["There has never been a clear-cut workout for those seeking to lift and sculpt their face", []],
    // a remedy for a harm word is a benefit, not a harm
    ["Reflexology can help remedy infections", ["efficacy"]],
    ["Runners know that stretching can improve flexibility and reduce soreness", []],
    ["Swimmers know that regular laps can lower blood pressure", []],
    ["but a friendly chat can make you feel better", []],
    ["Practitioners know that it can ease back pain", ["efficacy"]],
    ["Practitioners know that regular sessions can ease back pain", ["efficacy"]],
    ["A single session can ease back pain", ["efficacy"]],
    ["A foot reflexology routine can ease back pain", ["efficacy"]],
    ["Lawmakers marked the death of reflexology when they decided to ban it", ["recognition"]],
    // study quality, a safety nobody has established
    ["Those foot trials carry a high risk of bias", ["efficacy"]],
    ["The surveys were tiny and prone to bias", ["efficacy"]],
    ["The safety of long-term reflexology is not well understood", ["safety"]],
    // a harm named as what it is for is no risk
    ["Charts mark a point for hiccups on the heel", []],
    ["Anti-nausea bands are sold beside it", []],
    // a person's helping is a caseload and a benefit; a harm something is used on is what it treats
    ["Since then, she has used it to help tens of thousands of people overcome their phobias", ["efficacy", "practitioner_count"]],
    ["Reflexology oils may be used on external infections", []],
    // benefits and verdicts in other words
    ["Reflexology helped other conditions also", ["efficacy"]],
    ["Reflexology has proven capable of resolving many problems", ["efficacy"]],
    ["Reflexology keeps colds at bay", ["efficacy"]],
    ["She said it changed her life", ["efficacy"]],
    ["This introduction was to change my life", []],
    ["Reflexology has stood the test of time", ["efficacy"]],
    ["Reflexology relies on questionable methods", ["efficacy"]],
    ["Reflexology has not garnered significant support in clinical research", ["efficacy"]],
    ["In 1999 the Drug Board ruled that foot oils may not claim to be safe or effective", ["efficacy", "recognition", "safety"]],
    // a purpose with a benefit is a hedged claim; a search for one is not
    ["The method is designed to facilitate the body's own healing", ["efficacy"]],
    ["The pads are meant to support the arches and improve balance", ["efficacy"]],
    ["The form is designed to collect your details", []],
    ["She was looking for ways to heal damaged tissue", []],
    ["It is used to successfully treat many foot complaints", ["efficacy"]],
    // the reader as the patient; a harm a mechanism could cause
    ["You may notice some numbness in the toes", ["safety"]],
    ["Warming the calf could loosen a blood clot, which might be fatal", ["safety"]],
    ["The evidence that reflexology helps at all is scant", ["efficacy"]],
    ["Those foot charts don't really do anything", ["efficacy"]],
    // a definition that goes on to a purpose with a benefit; healing itself; patients responding
    ["Reflexology is a foot technique that uses light pressure to ease pain", ["efficacy"]],
    ["Reflexology is a form of massage that is based on zones", []],
    ["The light touches are meant to stimulate the body into healing itself", ["efficacy"]],
    ["Most of them were responding after two or three sessions", ["efficacy", "protocol"]],
    ["Ann Berg has taught only 7 people to perform the method", ["practitioner_count"]],
    // a harm felt after it, beside what it achieves; an age "for approximately 100 years"
    ["Patients will usually experience soreness after a session and need five sessions to see great results", ["efficacy", "protocol", "safety"]],
    ["It has been used for approximately 100 years", ["origin_date"]],
    ["More people are training to become reflexology practitioners", ["practitioner_count"]],
    ["And the evidence for reflexology? As good as none", ["efficacy"]],
    // a complaint it may bring on, even one it is said to treat
    ["Reflexology may cause headaches or low mood", ["safety"]],
    ["Reflexology could make your symptoms worse", ["safety"]],
    ["Serious complications of reflexology remain rare", ["safety"]],
    // founding a school is no founding of the method
    ["Ann Berg founded the first reflexology school in 1931", ["other"]],
    // authorities that license it are a recognition; an instruction to the reader is not
    ["About half of the states license or regulate reflexology", ["recognition"]],
    ["Search for a Council-registered reflexologist", []],
    // a birth told beside the name is no origin
    ["Ann Berg, a Norwegian born in 1871, was the first nurse to describe the method", ["founder"]],
    // a state of harm it leaves people in, whatever it treats besides; not a state it leaves them free of
    ["Reflexology can leave the foot tender for a day", ["safety"]],
    ["Long sessions can leave you dehydrated", ["safety"]],
    ["Reflexology leaves the skin soft and smooth", []],
    // a harm done by a means it is given by, with its preposition; not by something else
    ["Prolonged sessions may lead to heat exhaustion", ["safety"]],
    ["The oils can trigger dermatitis", ["safety"]],
    ["Poor posture can lead to back pain", []],
    // a harm that befell someone after it, told of a named place's person too; a life's end is not
    ["A woman in Spain died of anaphylactic shock after a session of reflexology", ["safety"]],
    ["Two clients were hospitalised after having the treatment", ["safety"]],
    ["Ann Berg died in 1970", ["other"]],
    // a harm told as rare but as one that comes (one claim, con)
    ["Fainting during a session is uncommon but does happen", ["safety"]],
    // a complaint reported, or told by the dictionary as the lead of what is said of harms; not a study's measure
    ["Rib fractures have been reported in older patients", ["safety"]],
    ["Hypothermia is the main hazard", ["safety"]],
    ["Pain was measured on a 100 mm scale", []],
    // after the events a treatment is given in
    ["Mild aches after an adjustment usually fade within a day", ["safety"]],
    // who it is not for; not a disclaimer for everyone
    ["Patients on blood thinners are not candidates for reflexology", ["safety"]],
    ["It may not be appropriate for young children", ["safety"]],
    ["Nobody with kidney disease should have reflexology without bloodwork first", ["safety"]],
    ["We cannot accept guests with a history of eating disorders", ["safety"]],
    ["Kidney patients are warned off it", ["safety"]],
    ["Stop taking the drops two days before any surgery", ["safety"]],
    // its course told as a harm: a strain on an organ, feeling worse before better
    ["Reflexology puts a sudden strain on the heart", ["safety"]],
    ["Some clients feel worse for a day before they feel better", ["safety"]],
    // how it is given, told by its measure alone (a time with a word of giving, a dose, a count of times in a span, a
    // count of what a session holds); not a study's design, a price's size, a page's reading time, a journey, a harm's
    // passing
    ["Sessions for children are shorter, typically 20 minutes", ["protocol"]],
    // how often they come back, and for how long, told with no other cue (not a page's readers "every month")
    ["Most clients are told to return weekly for four to six weeks", ["protocol", "protocol"]],
    ["Trusted by 2 million readers every month", ["other"]],
    // (a dose and how often it is taken: two measures, two claims)
    ["Reflexologists recommend one teaspoon taken two to three times a day", ["protocol", "protocol"]],
    ["I see a reflexologist in the next town three times a week", ["protocol"]],
    ["In a typical treatment, a practitioner places between three and six seeds on one ear", ["protocol"]],
    ["Reflexology oil, 30ml, £7.90", []],
    ["Reflexology explained: a 5 min read", ["other"]],
    ["Our reflexology studio is a 10-minute walk from the station", ["other"]],
    ["The redness usually returns to normal within six to eight weeks of the last session", ["safety"]],
    ["Participants aged 65 to 89 took part in the study for 10 weeks", ["other"]],
    // a complaint told as the one that eased, with the treatment beside it; not one that passes on its own or in
    // both groups, nor one that did not ease
    ["Monthly migraine days fell by 3.1 with reflexology", ["efficacy"]],
    ["After three months of reflexology my migraines had all but disappeared", ["efficacy"]],
    ["Migraine days fell in both groups", []],
    // a body named by what it is rather than by its name, acting on it (covers, subsidises, lists, rules, rejects)
    ["South Korea's national health insurance is said to cover reflexology for certain pain conditions", ["recognition"]],
    ["Several state physical therapy boards have ruled that reflexology lies outside a physiotherapist's scope", ["recognition"]],
    ["The national health insurer subsidises reflexology on a doctor's referral", ["recognition"]],
    ["Reflexology clinics cover the whole region", []],
    // who began it, told as whom it is attributed or traced to, owes its origins to, started with; not the placebo
    ["Reflexology is attributed to the chemist Lorna Beckwith", ["founder"]],
    ["Reflexology owes its origins to Arkady Belousov, a Soviet sports scientist", ["founder"]],
    ["Reflexology is often traced to Anton Krištof, a Slovenian beekeeper", ["founder"]],
    ["Reflexology was first prescribed as a medical treatment by the spa physician Johann Rieder", ["founder"]],
    ["Any benefit of reflexology is attributed to the placebo effect", ["efficacy"]],
    // when it began, told as going or traced back to a date, appearing, or its first records
    ["Reflexology is believed to go back to around 3000 BC", ["origin_date"]],
    ["Reflexology can be traced to Bronze Age China, around 1500 BC", ["origin_date"]],
    ["Reflexology first appeared in France in the 1930s", ["origin_date"]],
    ["Reflexology is older than acupuncture, with written records from 168 BC", ["origin_date"]],
    ["Reflexology was a daily habit in India over a thousand years ago", ["origin_date"]],
    // an age told with "go back", "stretch back": an origin without a year; back pain is no age
    ["Finnish saunas go back at least 2,000 years", ["origin_date"]],
    ["The tradition stretches back thousands of years", ["origin_date"]],
    // efficacy told by comparison, idiom, size or testimony; not a control group's or a page's own words
    ["In the trials reflexology was superior to both sham and no-treatment control", ["efficacy"]],
    ["For mild depression reflexology has performed about as well as standard antidepressants", ["efficacy"]],
    ["Reflexology took the edge off my panic within minutes", ["efficacy"]],
    ["Independent studies of reflexology report fat reductions of 10 to 25 percent", ["efficacy"]],
    ["Volunteers trained in reflexology had milder flu-like symptoms", ["efficacy"]],
    ["My migraines have all but disappeared since I started reflexology", ["efficacy"]],
    ["Plastic surgeons rely on reflexology to rescue reattached fingers", ["efficacy"]],
    ["Reflexology did not extend survival in patients with advanced cancer", ["efficacy"]],
    ["Reflexology cannot 'cleanse' the liver", ["efficacy"]],
    ["Two months of reflexology and I honestly can't say anything changed", ["efficacy"]],
    // (when a place began to give it is no origin of it)
    ["The clinic has performed reflexology since 1990", ["other"]],
    ["The waiting room had fewer chairs than last year", []],
    // reassurance: back to work at once, gentle enough, nothing more than a stretch
    ["Patients can return to work immediately", ["safety"]],
    ["The movements are gentle enough for elderly people", ["safety"]],
    ["Most patients feel nothing more than a gentle stretch", ["safety"]],
  ];
  it.each(rows)("%s", (clause, expected) => expect(cats(clause)).toEqual(expected));
  it("an off-topic paragraph yields no mission claim", () => expect(cats("Lotions are effective for dry skin", { onTopic: false })).toEqual([]));
});

describe("classifyClause: values and facets", () => {
  const rows: Array<[string, string, unknown, string | null]> = [
    ["Reflexology was developed by Dr. Jane Smith in the 1930s", "origin_date", { kind: "year", min: 1930, max: 1939, approx: true }, "origin"],
    ["Farmers had used it since 1900", "origin_date", { kind: "year", min: 1900, max: 1900, approx: false }, "precursor"],
    ["Reflexology has been a folk practice since the 1700s", "origin_date", { kind: "year", min: 1700, max: 1799, approx: true }, "precursor"],
    // the first of its kind made, by whom; a trade in it begun is its spread, not its beginning
    ["The first reflexology couches were built in 1954 by engineer Jon Carver", "origin_date", { kind: "year", min: 1954, max: 1954, approx: false }, "origin"],
    ["The first reflexology couches were built in 1954 by engineer Jon Carver", "founder", { kind: "person", name: "Jon Carver" }, null],
    ["In the 1970s, Glen Pell began selling reflexology couches", "origin_date", { kind: "year", min: 1970, max: 1979, approx: true }, "popularised"],
    // the evidence is promising but limited: no verdict that it works
    ["A 2014 review concluded that the evidence for reflexology is promising but limited", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The name reflexology was coined in 1952", "origin_date", { kind: "year", min: 1952, max: 1952, approx: false }, "naming"],
    ["Jane Smith (1901-1980) is credited with the creation of reflexology in the 1930s", "origin_date", { kind: "year", min: 1930, max: 1939, approx: true }, "origin"],
    ["Reflexology was developed by Dr. Jane Smith in the 1930s", "founder", { kind: "person", name: "Jane Smith" }, null],
    // a copula and a profession before the act; the first article describing it
    ["Tom Weller (1860-1931) was a physician who developed what became known as reflexology", "founder", { kind: "person", name: "Tom Weller" }, null],
    ["In 1891, Tom Weller published an article describing reflexology", "founder", { kind: "person", name: "Tom Weller" }, null],
    // an outcome's word inside a capitalised name is the name's; a rebuttal denies what it rebuts
    ["Dr Ann Lee, founder of Clear Skin Clinic, said reflexology might reduce headaches", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "headaches"],
    ["Results: Pain fell in both groups, with no difference between reflexology and sham", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    ["Anyone who tells you reflexology cures migraines is mistaken", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "migraines"],
    // a result told as its size
    ["About 40% of patients achieved a 50% reduction in migraine frequency", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "migraine"],
    ["Half the patients saw a 50% drop in seizures", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "seizures"],
    ["Reflexology might slim down the face", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "face"],
    // no research done to prove it: the outcome is what the research would have shown
    ["There has been no clinical research done to prove a link between reflexology and wrinkle prevention", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "wrinkle"],
    ["There are no studies showing that reflexology eases back pain", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    // brought to a place is spread, not a beginning (unless by the one who began it)
    // a start when nobody else did it is the beginning (not a time when nobody had heard of it)
    ["When I started teaching reflexology in Oslo back in 1998, nobody else practised it", "origin_date", { kind: "year", min: 1998, max: 1998, approx: false }, "origin"],
    ["In 1990 no one had heard of reflexology", "other", { kind: "year", min: 1990, max: 1990, approx: false }, null],
    // a year that dates an achievement is no beginning
    ["Its founder has been practising reflexology for decades, setting his first world record in the year 2000", "other", { kind: "year", min: 2000, max: 2000, approx: false }, null],
    ["Reflexology was introduced in North America in the 1970s", "origin_date", { kind: "year", min: 1970, max: 1979, approx: true }, "popularised"],
    ["Reflexology was introduced in Paris in 1936 by Ann Berg", "origin_date", { kind: "year", min: 1936, max: 1936, approx: false }, "origin"],
    ["Reflexology was introduced in Europe in the 1990s by therapist Ann Berg", "origin_date", { kind: "year", min: 1990, max: 1999, approx: true }, "origin"],
    // the agent of "developed by" is the founder; a person named before the cue did something else
    ["Two years later, Dr. Brown attended a course on zone therapy developed by Dr. Jane Smith", "founder", { kind: "person", name: "Jane Smith" }, null],
    ["Reflexology dates back to 1970 when physician John E. Brown first witnessed the reflex in a patient", "founder", { kind: "person", name: "John E. Brown" }, null],
    ["None of these assumptions are supported by evidence", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["There currently isn’t evidence that reflexology works", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["A review found that the effectiveness of reflexology is not well-documented for most conditions", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "conditions"],
    ["The minor side effects of bruising are not worth it", "safety", { kind: "stance", polarity: "con", hedged: false }, "side effects"],
    ["Reflexology can be used to treat back pain", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "pain"],
    // a modal or auxiliary denied before a benefit verb, a weaker comparison
    ["Reflexology will not cure asthma", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "asthma"],
    ["Reflexology cannot relieve migraines", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "migraines"],
    ["Reflexology can't relieve pain", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    ["Reflexology never cures insomnia", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "insomnia"],
    ["Reflexology would not help with stress", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "stress"],
    ["Reflexology is less effective than massage", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology is not as effective as massage", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Her theories could not be correct", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology will not only ease stress but also lift the mood", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "stress"],
    // a placebo with a word before it, and a claim dismissed as a myth or as bunk
    ["Reflexology is nothing more than an elaborate placebo", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology is pure placebo", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The idea that reflexology cures asthma is pure bunk", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "asthma"],
    ["The notion that reflexology flushes out toxins is a myth", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "toxins"],
    // what an old text tells is reported, not asserted
    ["Old Chinese texts explain how reflexology cures fevers", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "fevers"],
    // a harm denied with a verb is a reassurance; a harm reported at a distance is a harm, not a benefit
    ["Reflexology is never painful", "safety", { kind: "stance", polarity: "pro", hedged: false }, "pain"],
    ["It is not painful or uncomfortable in any way", "safety", { kind: "stance", polarity: "pro", hedged: false }, "pain"],
    ["Reflexology does not cause bruising", "safety", { kind: "stance", polarity: "pro", hedged: false }, "bruising"],
    ["Reflexology is not only painful but also risky", "safety", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    // a benefit that did not come is con; a harm that did not rise reassures
    ["Reflexology led to no increase in blood flow", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "blood flow"],
    ["The trial showed no reduction in pain after reflexology", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    ["There was no increase in side effects with reflexology", "safety", { kind: "stance", polarity: "pro", hedged: false }, "side effects"],
    ["Reflexology is harmless and without toxicity", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Reflexology is a low-risk practice", "safety", { kind: "stance", polarity: "pro", hedged: false }, "risk"],
    // as good as a sham, the same as those given a sham, nothing changed, support denied or thin: con
    ["Volunteers holding fake crystals reported the same tingling and warmth as those holding real quartz", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Two months of reflexology and I honestly can't say anything changed", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Claims that reflexology treats diabetes are not backed by any human studies", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "diabetes"],
    ["Its claim to eliminate viruses has never been put to a controlled trial", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The idea that reflexology melts belly fat rests on one small study and little else", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "fat"],
    ["In the trials reflexology was superior to both sham and no-treatment control", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, null],
    // a harm told as mild or passing is still one that comes; mild as what the harms are is a reassurance
    ["Temporary numbness in the treated area can last several weeks", "safety", { kind: "stance", polarity: "con", hedged: false }, "numbness"],
    ["The side effects of reflexology are mild and temporary", "safety", { kind: "stance", polarity: "pro", hedged: false }, "side effects"],
    ["Fainting during a session is uncommon but does happen", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Patients can return to work immediately", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Reflexology is not risk-free for people with pacemakers", "safety", { kind: "stance", polarity: "con", hedged: false }, "risk"],
    ["The safety of reflexology devices is usually not clearly defined", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["Research says reflexology cures nothing", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    // a safety statement denied turns round
    ["It is a myth that reflexology is painful", "safety", { kind: "stance", polarity: "pro", hedged: false }, "pain"],
    ["It is not true that reflexology never causes bruising", "safety", { kind: "stance", polarity: "con", hedged: false }, "bruising"],
    ["The idea that reflexology is safe is a myth", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["Reflexology is believed to cause infections", "safety", { kind: "stance", polarity: "con", hedged: true }, "infections"],
    ["Reflexology is said to cause fainting", "safety", { kind: "stance", polarity: "con", hedged: true }, null],
    ["Reflexology may work against nausea", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "nausea"],
    ["Roughly another 3,000 therapists practise it in Ruritania", "practitioner_count", { kind: "count", min: 3000, max: 3000, approx: true, qualifier: "about", unit: "therapists", scope: "Ruritania" }, null],
    ["There are thousands of reflexology practitioners", "practitioner_count", { kind: "count", min: 2000, max: 9999, approx: true, qualifier: "thousands of", unit: "practitioners", scope: null }, null],
    ["Clients rest for the next 40 minutes and music plays during the last five minutes", "protocol", { kind: "quantity", unit: "min", min: 40, max: 40 }, "duration"],
    ["Sessions usually last one to two hours", "protocol", { kind: "quantity", unit: "min", min: 60, max: 120 }, "duration"],
    // a range whose first end is in words; the steps a session is counted in
    ["You hold your breath for one to 3 minutes", "protocol", { kind: "quantity", unit: "min", min: 1, max: 3 }, "duration"],
    ["The breathing is done in 3-6 sets", "protocol", { kind: "count", min: 3, max: 6, approx: false, qualifier: null, unit: "sets", scope: null }, "sets"],
    ["The founder of reflexology, Ann Berg, was born in 1901 in Oslo", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["Reflexology grew out of the work of Ann Berg in the 1950s", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["The history of reflexology began in 1905 when its founder Ann Berg first pressed a patient's toe", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["The safety of long-term reflexology is not well understood", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["This makes reflexology a potentially valuable tool for stress", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "stress"],
    ["Many therapists have proposed that regular reflexology improves general health", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "health"],
    ["Reflexology has no benefit beyond the placebo effect or techniques that may be offered alongside it", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["There are about 9,000 reflexology students in Ruritania", "practitioner_count", { kind: "count", min: 9000, max: 9000, approx: true, qualifier: "about", unit: "students", scope: "Ruritania" }, null],
    // the people a dictionary files as giving treatments, counted (not only those the hand list names)
    ["More than 700 bonesetters practise reflexology in Ruritania", "practitioner_count", { kind: "count", min: 700, max: null, approx: false, qualifier: "more than", unit: "bonesetters", scope: "Ruritania" }, null],
    // people of any trade told as giving it (not those asked about it, not its customers)
    ["Some 400 plumbers in Oslo now wield it on their clients", "practitioner_count", { kind: "count", min: 400, max: 400, approx: true, qualifier: "about", unit: "plumbers", scope: "Oslo" }, null],
    ["It is dispensed by more than 900 lifeguards on Dutch beaches", "practitioner_count", { kind: "count", min: 900, max: null, approx: false, qualifier: "more than", unit: "lifeguards", scope: null }, null],
    ["About 2,000 licensed curanderos now offer reflexology", "practitioner_count", { kind: "count", min: 2000, max: 2000, approx: true, qualifier: "about", unit: "curanderos", scope: null }, null],
    ["Therapists treat more than two million Americans every year", "practitioner_count", { kind: "count", min: 2000000, max: null, approx: false, qualifier: "more than", unit: "americans", scope: null, per: "year" }, null],
    ["The pads can be worn for up to six days", "protocol", { kind: "quantity", unit: "day", min: 0, max: 6 }, "wear time"],
    ["The wrap is designed to stay on for two to three days", "protocol", { kind: "quantity", unit: "day", min: 2, max: 3 }, "wear time"],
    ["Reflexology was developed by Ann Berg thirty years ago in Oslo", "origin_date", null, "origin"],
    ["Dr. Ann Berg has been developing the method since the mid 1970's", "origin_date", { kind: "year", min: 1974, max: 1976, approx: true }, "origin"],
    ["Ann Berg, a Norwegian-American nurse, developed the method in the 1960s", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["Pressing the heel has been suggested to improve sleep", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "sleep"],
    ["Walkers wear an insole that they say helps relieve cramps", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "cramps"],
    ["The number of reflexologists in Ruritania is likely several thousand", "practitioner_count", { kind: "count", min: 3000, max: 9000, approx: true, qualifier: "several", unit: "reflexologists", scope: "Ruritania" }, null],
    // weak or uncertain evidence is a verdict against it
    ["Findings on reflexology rest on conflicting evidence", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Few trials show that reflexology eases stress", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "stress"],
    ["It is uncertain whether reflexology gives any benefit for hiccups", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "hiccups"],
    ["Not enough long-term, large-scale and blinded trials exist to judge reflexology", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The evidence for reflexology is mixed", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Studies of reflexology remain rare", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["A review found no efficacy over a sham", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The trials do not show any differences between reflexology and a sham", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Ann Berg coined the term reflexology in 1931", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["Ann Berg is considered the father of the method", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["Ann Berg was the first nurse to publish the technique in 1931", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["Ann Berg was the first nurse to publish the technique in 1931", "origin_date", { kind: "year", min: 1931, max: 1931, approx: false }, "publication"],
    ["Beginning in the 1970s, there was a revival of interest in reflexology", "origin_date", { kind: "year", min: 1970, max: 1979, approx: true }, "popularised"],
    ["Reflexology was first taught in 1922", "origin_date", { kind: "year", min: 1922, max: 1922, approx: false }, "origin"],
    ["Reflexology has its roots in the folk medicine of the 19th century", "origin_date", { kind: "year", min: 1800, max: 1899, approx: true }, "precursor"],
    ["Reflexology may cause slight numbness", "safety", { kind: "stance", polarity: "con", hedged: true }, "numbness"],
    ["In 1988, 160 students began her teacher-training course in Leeds", "practitioner_count", { kind: "count", min: 160, max: 160, approx: false, qualifier: null, unit: "students", scope: "Leeds" }, null],
    ["Reflexology may cause mild bruising", "safety", { kind: "stance", polarity: "con", hedged: true }, "bruising"],
    ["It can cause reactions that range from mild swelling to anaphylactic shock, or even death", "safety", { kind: "stance", polarity: "con", hedged: false }, "swelling"],
    ["Researchers do not believe reflexology poses serious risks", "safety", { kind: "stance", polarity: "pro", hedged: true }, "risks"],
    ["Reflexology is not known to be safe", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["There is very little evidence to suggest reflexology can treat any condition", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "condition"],
    ["Patients press the feet in the belief this has medicinal benefit", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["The technique is only effective when the practitioner knows the results", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Supporters of reflexology recommend it to help treat heart conditions", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "conditions"],
    ["Early reports said reflexology seemed to have striking, beneficial effects", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["Its founders promoted it as a near-panacea", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["The safety and effectiveness of reflexology to treat heart disease has not been proven", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["George Lee, D.C. discovered reflexology in 1964", "founder", { kind: "person", name: "George Lee" }, null],
    ["Reflexology is explored as a treatment for autism", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "autism"],
    ["Doctors who treat patients with reflexology claim great success", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["Some say reflexology eases stress", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "stress"],
    ["In the 1986 the widespread of this reflexology technique began", "origin_date", { kind: "year", min: 1986, max: 1986, approx: false }, "popularised"],
    ["I don’t think there is anything resembling evidence for reflexology; there is nothing resembling evidence", "efficacy", { kind: "stance", polarity: "con", hedged: true }, null],
    ["With no proven study showing that reflexology has beneficial effects, doctors advise caution", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The FDA has not approved any reflexology device as safe and effective", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The FDA has not approved any reflexology device as safe and effective", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["Reflexology had not been proved safe or effective", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The benefits of reflexology are still being debated", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Its use is not always based on safety standards", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["Patients may incorrectly believe that reflexology devices have been proven safe", "safety", { kind: "stance", polarity: "con", hedged: true }, "safety"],
    ["Reflexology was not outright harmful", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    // a harm done to a patient who was being treated for something else is a report of harm, not of benefit
    ["Reflexology punctured a lung in a woman being treated for stiff shoulders", "safety", { kind: "stance", polarity: "con", hedged: false }, "lung injury"],
    ["Reflexology caused nerve damage in a patient treated for a sore knee", "safety", { kind: "stance", polarity: "con", hedged: false }, "nerve damage"],
    ["Reflexology helped clients being treated for infections", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "infections"],
    // the subject acting on the body with a verb of stimulation or regulation; what people hope for is hedged
    ["Reflexology stimulates the lymph glands", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "lymph glands"],
    ["Reflexology modulates the immune system", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "immune system"],
    ["More people turn to reflexology, seeking natural ways to ease their stress", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "stress"],
    ["Many book reflexology in the hope of easing back pain", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "pain"],
    // a denied increase; a condition people struggle with; claims reported as claims; a harm named by its medical
    // form; a study of two approaches that found nothing
    ["Reflexology did not increase blood flow", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "blood flow"],
    ["Reflexology is said to lift moods, and many claims link reflexology to better sleep", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "sleep"],
    ["Reflexology can cause tendinitis", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Neither approach led to an increase in reflexology patients' iron levels", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    // a risk not raised reassures; relief caused is no harm
    ["Reflexology does not increase the risk of infection", "safety", { kind: "stance", polarity: "pro", hedged: false }, "risk"],
    // "neither … nor" denies both; no danger reassures; "another danger is that" warns; harms it can cause by name
    ["Reflexology is neither safe nor effective", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology is neither safe nor effective", "safety", { kind: "stance", polarity: "con", hedged: false }, "safety"],
    ["There is no danger that reflexology will hurt you", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Another danger of reflexology is that patients skip real care", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology chambers can cause suffocation", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    // a harm it causes after a benefit; "a little" benefit is some; a denied placebo-only effect; a denied removal
    ["Reflexology offers improvements in stiffness but often causes bruising", "safety", { kind: "stance", polarity: "con", hedged: false }, "bruising"],
    ["Reflexology offers a little benefit for neck pain", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "neck"],
    ["Reflexology does not rid the body of toxins", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "body"],
    // a harm it removes is a benefit
    ["Reflexology is said to rid the body of toxic metals", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "body"],
    ["Reflexology offers improvements in muscle soreness", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "muscle soreness"],
    // a harm stimulated, a stimulation denied, contraindications denied
    ["Reflexology stimulates bleeding", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology does not modulate the immune system", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "immune system"],
    ["Reflexology has no contraindications", "safety", { kind: "stance", polarity: "pro", hedged: false }, "contraindications"],
    ["Reflexology is not contraindicated in pregnancy", "safety", { kind: "stance", polarity: "pro", hedged: false }, "contraindications"],
    // who should not have it
    // the year of a finding is not the practice's; praise of it as a means is a claim that it works
    ["In 1911, when a tomb was opened, reflexology charts were found", "origin_date", null, "precursor"],
    ["Some midwives still praise reflexology as a valuable tool", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, null],
    // a little benefit denied, placebo as the whole effect, no ill effects, an accepted treatment, advocacy
    ["Reflexology offers little benefit for migraine", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "migraine"],
    ["Any gain from reflexology is merely a placebo effect", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The effects of reflexology are due only to placebo", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology has no ill effects", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Reflexology is now an accepted form of treatment across Scandinavia", "recognition", null, null],
    ["Many nurses are advocating for its efficacy", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["Of 300 clients given reflexology, 70% returned to normal activity", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, null],
    // a duration in words after "over a period of"
    ["Reflexology is given over a period of three to four hours", "protocol", { kind: "quantity", unit: "min", min: 180, max: 240 }, "duration"],
    // how many of a thing one session takes
    ["Between 3 and 8 stones are placed per session", "protocol", { kind: "count", min: 3, max: 8, approx: false, qualifier: null, unit: "stones", scope: null }, "stones per session"],
    ["Each visit uses about 12 needles", "protocol", { kind: "count", min: 12, max: 12, approx: true, qualifier: "about", unit: "needles", scope: null }, "needles per session"],
    ["Reflexology is contraindicated in early pregnancy", "safety", { kind: "stance", polarity: "con", hedged: false }, "contraindications"],
    ["People on blood thinners shouldn't undergo reflexology", "safety", { kind: "stance", polarity: "con", hedged: false }, "contraindications"],
    ["Reflexology should not be performed on open wounds", "safety", { kind: "stance", polarity: "con", hedged: false }, "contraindications"],
    // a harm told with a verb, and denied
    ["Done carelessly, reflexology will hurt you", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology removes worries about infection", "safety", { kind: "stance", polarity: "pro", hedged: false }, "infection"],
    // verdicts in other words, and promotion told at a distance
    ["Reflexology is no more useful than tossing a coin", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Reflexology has been a source of false hope for many", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Traders peddle reflexology as a cure for diabetes", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "diabetes"],
    ["Healers of old felt that reflexology would cure gout", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "gout"],
    ["Reflexology has been proposed as a therapy for colic", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "colic"],
    ["Ann Berg, a nurse, originated reflexology in 1938", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["In 1931 Ann Berg began using what is now known as reflexology", "founder", { kind: "person", name: "Ann Berg" }, null],
    ["In 1931 Ann Berg began using what is now known as reflexology", "origin_date", { kind: "year", min: 1931, max: 1931, approx: false }, "origin"],
    ["Ann Berg, a nurse, originated reflexology in 1938", "origin_date", { kind: "year", min: 1938, max: 1938, approx: false }, "origin"],
    ["Reflexology reduces swelling after surgery", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "swelling"],
    ["There has been no proof of the effectiveness of reflexology compared to placebo", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["There is little alpha level evidence reflexology has any benefit", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    // how sure the writer is: "suggests" hedges a con; "insufficient to suggest" does not
    ["It suggests that reflexology functions primarily as a placebo", "efficacy", { kind: "stance", polarity: "con", hedged: true }, null],
    ["The evidence is insufficient to suggest that reflexology is an effective treatment", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Patients with bowel disease are not likely to respond to reflexology", "efficacy", { kind: "stance", polarity: "con", hedged: true }, "disease"],
    ["It complements other therapies without any harmful side effects", "safety", { kind: "stance", polarity: "pro", hedged: false }, "side effects"],
    ["It was recognised by the National Health Board in 1990", "recognition", { kind: "year", min: 1990, max: 1990, approx: false }, "National Health Board"],
    ["It was endorsed by Cancer Research UK[6] and by others", "recognition", null, "Cancer Research UK"],
    ["Reflexology provided NO changes in pain scores", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    ["Results are considered permanent", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["Back pain can be successfully treated with reflexology", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, "pain"],
    ["Concerns include bruising and dizziness", "safety", { kind: "stance", polarity: "con", hedged: false }, "bruising"],
    // harms said to be small or absent are a safe reading; a harm named and reported is not
    ["Adverse effects are usually minor, such as local soreness", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Sessions can be uncomfortable, and some clients describe them as painful", "safety", { kind: "stance", polarity: "con", hedged: false }, "pain"],
    ["A 2012 systematic review concluded that the evidence for reflexology is insufficient", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    // (the outcome word in the body's name is not the facet; the object of "cures" is)
    ["The National Cancer Society states that the evidence does not support claims that reflexology cures cancer", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "cancer"],
    ["Adverse effects are rare", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Not only is there scant evidence of any health benefits", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "health"],
    ["The cancer society warned that reflexology is unnecessary and dangerous", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["No surgeon has ever observed toxins accumulating on the wall", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "toxins"],
    ["Therapists tout the detoxifying benefits of reflexology", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["The rest were helped as a result of reflexology", "efficacy", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["\"Patients feel better within hours,\" says Dr. Lisa Grant", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, null],
    ["In 2018 the regulator warned several companies about unsupported health claims for reflexology", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "health"],
    ["Vein irritation, infection and, in rare cases, dangerous fluid overload can occur", "safety", { kind: "stance", polarity: "con", hedged: false }, "irritation"], // the first harm named
    ["She says it flushes out toxins", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "toxins"],
    ["My aunt swears it cured her back pain", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "pain"],
    ["There's zero evidence it does anything", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Conclusions: Reflexology wristbands were not more effective than placebo", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["The council concluded that there are no health conditions for which there is reliable evidence that reflexology is effective", "efficacy", { kind: "stance", polarity: "con", hedged: false }, "health"],
    ["Some reflexology oils have contained toxic substances such as belladonna", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["But the science is thin", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Allergic reactions to reflexology oils are common", "safety", { kind: "stance", polarity: "con", hedged: false }, "allergic reactions"],
    ["A woman died after a reflexology session in 2018", "safety", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Bruising and swelling are possible after reflexology", "safety", { kind: "stance", polarity: "con", hedged: false }, "bruising"],
    ["Reflexology has few side effects", "safety", { kind: "stance", polarity: "pro", hedged: false }, "side effects"],
    ["Skeptics argue that its theory of zones has never been tested", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Ear candles are not a safe option as they may result in serious injury", "safety", { kind: "stance", polarity: "con", hedged: true }, "safety"],
        ["No serious adverse events occurred", "safety", { kind: "stance", polarity: "pro", hedged: false }, null],
    ["Infections of the ear cartilage have been reported", "safety", { kind: "stance", polarity: "con", hedged: false }, "infections"],
    ["The needles occasionally cause burns", "safety", { kind: "stance", polarity: "con", hedged: false }, "burns"],
    // the body named anywhere in the clause, without a possessive before it
    ["Across the water, the UK's National Healing Council began registering reflexologists in 2009", "recognition", { kind: "year", min: 2009, max: 2009, approx: false }, "National Healing Council"],
    ["The World Health Organization acknowledged the method in 1990", "recognition", { kind: "year", min: 1990, max: 1990, approx: false }, "World Health Organization"],
    // a measured step is about how it is given, even when led by the instrument
    ["Reflexology treatment takes around 15 minutes and you are ready to go in 30-45 minutes", "protocol", { kind: "quantity", unit: "min", min: 15, max: 15 }, "duration"],
    ["A session of reflexology takes about an hour", "protocol", { kind: "quantity", unit: "min", min: 60, max: 60 }, "duration"],
    ["A reflexology machine pumps up to 20 gallons of liquid", "protocol", { kind: "quantity", unit: "gal", min: 0, max: 20 }, "volume"],
    ["The reflexology needles used are only between 0,16 and 0,51 inches long", "protocol", { kind: "quantity", unit: "in", min: 0.16, max: 0.51 }, "length"],
    ["Needles are typically inserted between 1 and 2 mm deep", "protocol", { kind: "quantity", unit: "mm", min: 1, max: 2 }, "depth"],
    ["Two nurses rediscovered reflexology in the eighteenth century", "origin_date", { kind: "year", min: 1700, max: 1799, approx: true }, "origin"],
    ["Reflexology was developed in the fifties by Dr. Jane Smith", "origin_date", { kind: "year", min: 1950, max: 1959, approx: true }, "origin"],
    ["He published an atlas of reflexology in 1893", "origin_date", { kind: "year", min: 1893, max: 1893, approx: false }, "publication"],
    ["The first formal publication describing reflexology dates back to 1917", "origin_date", { kind: "year", min: 1917, max: 1917, approx: false }, "publication"],
    ["Smith really put reflexology on the map in the 1970s", "origin_date", { kind: "year", min: 1970, max: 1979, approx: true }, "popularised"],
    ["In the early 1900s Maria Kovac, a Czech nurse, noticed sore spots on the feet of patients", "founder", { kind: "person", name: "Maria Kovac" }, null],
    ["Four therapists were unable to distinguish healthy feet from those of diabetics", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["This idea has been disproven many times, yet reflexology continues to exist", "efficacy", { kind: "stance", polarity: "con", hedged: false }, null],
    ["Smith believed that each toe corresponded to an organ of the body", "efficacy", { kind: "stance", polarity: "pro", hedged: true }, "body"],
  ];
  it.each(rows)("%s → %s", (clause, category, value, facet) => {
    const d = draft(clause, category);
    expect(d?.value).toEqual(value);
    expect(d?.facet).toBe(facet);
  });

  it("a clause with two dated acts yields two dates and two founders, each with its part", () => {
    const clause = "It rests on the zones that Dr. Lang proposed around 1913, and on the charts that Anna Berg drew up around 1932";
    const ds = classifyClause(clause, ctx);
    const parts = (cat: string) => ds.filter((d) => d.category === cat).map((d) => [clause.slice(d.start, d.end), d.value]);
    expect(parts("origin_date")).toEqual([
      ["It rests on the zones that Dr. Lang proposed around 1913,", { kind: "year", min: 1913, max: 1913, approx: true }],
      [" and on the charts that Anna Berg drew up around 1932", { kind: "year", min: 1932, max: 1932, approx: true }],
    ]);
    expect(parts("founder").map((p) => (p[1] as { name: string }).name)).toEqual(["Lang", "Anna Berg"]);
  });
  it("later counts of the same practitioners, named again or left out, are counts of their own, each with its scope", () => {
    const counts = (clause: string) => classifyClause(clause, ctx).filter((d) => d.category === "practitioner_count")
      .map((d) => [clause.slice(d.start, d.end).trim(), d.value && d.value.kind === "count" ? `${d.value.min} ${d.value.unit} ${d.value.scope}` : null]);
    expect(counts("There are more than 300 reflexology studios in the U.S. and some 1,500 across Europe")).toEqual([
      ["There are more than 300 reflexology studios in the U.S.", "300 studios the U.S."], ["and some 1,500 across Europe", "1500 studios Europe"]]);
    expect(counts("Today there are more than 6,000 certified reflexologists in 18 countries, including around 1,200 in France")).toEqual([
      ["Today there are more than 6,000 certified reflexologists in 18 countries,", "6000 reflexologists null"], ["including around 1,200 in France", "1200 reflexologists France"]]);
    // (not a share of them, nor a year)
    expect(counts("There are over 2,300 certified reflexologists, roughly four in five of them in France")).toHaveLength(1);
  });
  it("a con statement is not hedged, a 'may' claim is", () => {
    expect(draft("The claim that reflexology cures colds is unfounded", "efficacy")?.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
    // a claim reported, then dismissed by what is said of it; a denial behind the reader's modal is no hedge
    expect(draft("Claims that reflexology can cure allergies are unsupported", "efficacy")?.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
    expect(draft("The notion that reflexology flushes toxins remains unproven", "efficacy")?.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
    expect(draft("Despite what you may read online, there is no evidence that reflexology cures diabetes", "efficacy")?.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
    expect(draft("Reflexology may help with anxiety", "efficacy")?.value).toEqual({ kind: "stance", polarity: "pro", hedged: true });
    expect(draft("Back pain can be treated with reflexology", "efficacy")?.value).toEqual({ kind: "stance", polarity: "pro", hedged: false });
  });
  it("a session count carries the paragraph's use as scope", () => {
    const d = classifyClause("A series of 4-6 treatments is given", { ...ctx, useScope: "back pain" }).find((x) => x.category === "protocol");
    expect(d?.facet).toBe("sessions:back pain");
    expect(d?.value).toMatchObject({ kind: "count", min: 4, max: 6, unit: "sessions", scope: "back pain" });
  });
  it("the route by which it is given is how it is given; a giving denied, or a clause that claims something else, is not", () => {
    const facetOf = (clause: string) => classifyClause(clause, ctx).map((d) => `${d.category}/${d.facet}`);
    expect(facetOf("There are several methods of introducing reflexology oils into the body, including intravenously and topically")).toEqual(["protocol/route"]);
    expect(facetOf("When administered intravenously, the reflexology serum is dissolved into blood taken from the patient")).toEqual(["protocol/route"]);
    expect(facetOf("No reflexology clinic should deliver medication intravenously")).toEqual([]);
  });
  it("what it is, told with what it does, claims that; what it is alone does not", () => {
    const categories = (clause: string) => classifyClause(clause, ctx).map((d) => d.category);
    expect(categories("Reflexology is a therapy that relieves back pain")).toEqual(["efficacy"]);
    expect(categories("Reflexology is a treatment which can relieve back pain")).toEqual(["efficacy"]);
    expect(categories("Reflexology is a holistic system of foot massage that realigns and balances your body")).toEqual(["efficacy"]);
    expect(categories("Reflexology is a form of bodywork that uses deep pressure")).toEqual([]);
  });
  it("a harm however rare, a precaution, a risk told as little, and a licence not needed", () => {
    expect(draft("Rarely, reflexology can make existing back pain worse", "safety")?.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
    expect(draft("Pregnant women should consult their doctor before trying reflexology", "safety")?.value).toMatchObject({ polarity: "con" });
    expect(draft("Reflexology carries little risk", "safety")?.value).toEqual({ kind: "stance", polarity: "pro", hedged: false });
    expect(draft("Reflexology teachers need no licence to practise", "recognition")).toBeDefined();
  });
  it("harms it is known for, and being laid low after it, are harms", () => {
    expect(draft("Reflexology has a reputation for being painful", "safety")?.value).toEqual({ kind: "stance", polarity: "con", hedged: true });
    expect(draft("I may be laid up for a day or so after each reflexology session", "safety")?.value).toEqual({ kind: "stance", polarity: "con", hedged: true });
    expect(draft("The safety of reflexology has not been confirmed", "safety")?.value).toEqual({ kind: "stance", polarity: "con", hedged: false });
  });
  it("a body founded at one date does not hide the treatment's beginning at another", () => {
    const origins = (clause: string) => classifyClause(clause, ctx).filter((d) => d.category === "origin_date").map((d) => [clause.slice(d.start, d.end).trim(), d.value]);
    expect(origins("Reflexology, named for the method of the woman who developed it in the '40s, was never popularized until the Reflexology Institute was established in 1972"))
      .toEqual([["Reflexology, named for the method of the woman who developed it in the '40s,", { kind: "year", min: 1940, max: 1949, approx: true }]]);
    expect(origins("She founded the Reflexology Institute in Boulder in 1971")).toEqual([]);
  });
  it("the writer setting out to look at the evidence claims nothing yet", () => {
    expect(classifyClause("I decided to see what evidence is available for the effectiveness of reflexology", ctx)).toEqual([]);
  });
  it("an age of a century told relative to now, and a teaching since a year, date it", () => {
    expect(draft("Reflexology was developed over a century ago", "origin_date")?.value).toBeNull();
    expect(draft("Reflexology has been taught since 1931", "origin_date")?.value).toEqual({ kind: "year", min: 1931, max: 1931, approx: false });
  });
  it("the credit or the name handed to a person makes them its founder", () => {
    const founders = (clause: string) => classifyClause(clause, ctx).filter((d) => d.category === "founder").map((d) => (d.value as { name: string }).name);
    expect(founders("Credit for reflexology goes to Frederick Arden")).toEqual(["Frederick Arden"]);
    expect(founders("Reflexology bears the name of its creator, Frederick Arden")).toEqual(["Frederick Arden"]);
    expect(founders("It was Frederick Arden who first described reflexology")).toEqual(["Frederick Arden"]);
  });
  it("a glossary's entry for another word is no claim; one for the subject may be", () => {
    expect(draft("Therapy: Treatment intended to relieve or heal a disorder", "efficacy")).toBeUndefined();
    expect(draft("Reflexology: a treatment that relieves back pain", "efficacy")).toBeDefined();
    expect(draft("Conclusion: Reflexology is considered a form of quackery", "efficacy")).toBeDefined();
  });
  it("a body's certificate, its seizure of the kit, and an order to protect the public", () => {
    const categories = (clause: string) => classifyClause(clause, ctx).map((d) => d.category);
    expect(categories("Both the FDA and the EPA certify reflexology mats as destroying germs")).toContain("recognition");
    expect(categories("The FDA seized 77 reflexology devices from a firm in Ohio")).toContain("recognition");
    expect(draft("The commission said the order against the reflexology clinic was necessary to protect public health and safety", "safety")?.value)
      .toEqual({ kind: "stance", polarity: "con", hedged: false });
    // safety held up as a value says nothing of the treatment
    expect(draft("Public safety is paramount when seeking reflexology", "safety")).toBeUndefined();
  });
  it("how popular it is, dated or not, is a claim of category other with the facet popularity", () => {
    const facetOf = (clause: string) => classifyClause(clause, ctx).map((d) => `${d.category}/${d.facet}`);
    expect(facetOf("Reflexology officially became popular in Europe in the 1970s")).toEqual(["other/popularity"]);
    expect(facetOf("Reflexology is growing increasingly popular")).toEqual(["other/popularity"]);
    expect(facetOf("Reflexology has undergone a resurgence")).toEqual(["other/popularity"]);
    // (not its popularity: what is popular around it; nor anything without the subject)
    expect(facetOf("Reflexology is often written up in popular magazines")).toEqual([]);
    expect(facetOf("Knitting is growing increasingly popular")).toEqual([]);
  });
  it("how many practise it, told without a figure, is a count with no value; another thing's spread is not", () => {
    const counts = (clause: string) => classifyClause(clause, ctx).filter((d) => d.category === "practitioner_count").map((d) => d.value);
    expect(counts("Currently reflexology is spreading throughout the world")).toEqual([null]);
    expect(counts("Reflexology is a rapidly growing profession worldwide")).toEqual([null]);
    expect(counts("No one is certain how many people employ this practice today")).toEqual([null]);
    expect(counts("The virus is spreading throughout the world")).toEqual([]);
  });
  it("people who take its sessions, and the places it is used in, are counts of its reach", () => {
    expect(draft("An estimated 20,000 people take reflexology lessons each year in the UK alone", "practitioner_count")?.value)
      .toMatchObject({ min: 20000, unit: "people", scope: "the UK" });
    expect(draft("An estimated 20,000 people take reflexology lessons each year in the UK alone", "protocol")).toBeUndefined();
    expect(draft("Reflexology is used in more than 50 hospitals across Germany", "practitioner_count")?.value)
      .toMatchObject({ min: 50, max: null, unit: "hospitals", scope: "Germany" });
  });
  it("its reach in countries, a professional body's members, a number grown to a figure, and people at its workshops", () => {
    expect(draft("Reflexology now has practitioners in more than 40 countries", "practitioner_count")?.value).toMatchObject({ min: 40, max: null, unit: "countries" });
    // (a count of practitioners in the clause is the count; the countries are where they are)
    expect(draft("Reflexology is offered in dozens of countries, and about 10,000 practitioners in Europe use it", "practitioner_count")?.value)
      .toMatchObject({ min: 10000, unit: "practitioners" });
    expect(draft("The reflexology society, the professional body, has over 900 members", "practitioner_count")?.value).toMatchObject({ min: 900, unit: "members" });
    expect(draft("The number of registered reflexologists has doubled since 2000 to about 3,000", "practitioner_count")?.value).toMatchObject({ min: 3000, unit: "reflexologists" });
    expect(draft("Over 60,000 people have attended a reflexology workshop", "practitioner_count")?.value).toMatchObject({ min: 60000, unit: "people" });
  });
  it("people treated with it, and the followers it has, are counts of its reach; a forum's members are not", () => {
    expect(draft("More than 50,000 people have been treated with reflexology since 1980", "practitioner_count")?.value).toMatchObject({ min: 50000, unit: "people" });
    expect(draft("Today reflexology has over 10,000 followers", "practitioner_count")?.value).toMatchObject({ min: 10000, unit: "followers" });
    expect(draft("This sub has over 180,000 members", "practitioner_count")).toBeUndefined();
  });
  it("a count of those who use it, told after 'used by' with its bound", () => {
    expect(draft("Reflexology is reportedly used by as many as a million practitioners around the world", "practitioner_count")?.value)
      .toMatchObject({ min: 0, max: 1000000, qualifier: "up to", unit: "practitioners", scope: "worldwide" });
  });
  it("a caseload received or lent to is a count of the people who have it", () => {
    expect(draft("Today the reflexology resort receives around 35,000 guests a year", "practitioner_count")?.value)
      .toMatchObject({ min: 35000, unit: "guests", per: "year" });
    expect(draft("Our department lends reflexology mats to around 650 patients each year", "practitioner_count")?.value)
      .toMatchObject({ min: 650, unit: "patients", per: "year" });
  });
  it("a caseload told as a rate keeps its period; a count in all has none", () => {
    expect(draft("Mr. Lee was busy in his clinic, performing about 13,000 reflexology treatments a year", "practitioner_count")?.value)
      .toMatchObject({ kind: "count", min: 13000, unit: "treatments", per: "year" });
    expect(draft("More than 2,000 practitioners use it in the U.S.", "practitioner_count")?.value).not.toHaveProperty("per");
  });
  it("a count of practitioners keeps qualifier and scope", () => {
    expect(draft("More than 2,000 practitioners use it in the U.S.", "practitioner_count")?.value).toEqual(
      { kind: "count", min: 2000, max: null, approx: false, qualifier: "more than", unit: "practitioners", scope: "the U.S." });
  });
});

describe("efficacy facet: the outcome the benefit verb acts on, never the means or the subject's own name", () => {
  const facetOf = (clause: string, subject = "reflexology") =>
    classifyClause(clause, { ...ctx, subject: subjectMatcher([subject]), notPlaces: new Set(subject.split(" ")) }).find((d) => d.category === "efficacy")?.facet ?? null;
  const rows: Array<[string, string, string | null]> = [
    // the means named before the outcome
    ["Reflexology uses cold water to improve sleep", "reflexology", "sleep"],
    ["Reflexology uses gentle pressure on sore spots to improve sleep", "reflexology", "sleep"],
    ["Reflexology uses stress positions to improve sleep", "reflexology", "sleep"],
    ["It can decrease inflammation and pain by increasing blood flow", "reflexology", "inflammation"],
    // an outcome word inside the subject's own name
    ["Frost breathing can improve sleep", "frost breathing", "sleep"],
    ["Face gliding can offer benefits for your complexion", "face gliding", "complexion"],
    // an outcome no list names: the object of the benefit verb, or the subject of a passive one
    ["Reflexology can improve willpower", "reflexology", "willpower"],
    ["Reflexology helps cleanse the lungs leaving you feeling refreshed", "reflexology", "lungs"],
    ["Through reflexology, eye strain can be relieved", "reflexology", "eye strain"],
    // a general word for what it treats is named by its example; "manage", "remedy" and "detox" act on outcomes
    ["Reflexology can manage conditions such as asthma", "reflexology", "asthma"],
    ["Reflexology can help remedy infections", "reflexology", "infections"],
    ["They say the practice acts to detox the body", "reflexology", "body"],
    // an adjective, a measure of something else or the evidence is no outcome
    ["There is no clear evidence that reflexology is a useful intervention", "reflexology", null],
    ["Reflexology is said to reduce the possibility of drug interactions", "reflexology", null],
    ["None of these assumptions are supported by evidence", "reflexology", null],
  ];
  it.each(rows)("%s", (clause, subject, facet) => expect(facetOf(clause, subject)).toBe(facet));
});

describe("mayHoldClaim: a count in words lets a sentence through without any other trigger", () => {
  const rows: Array<[string, boolean]> = [
    ["Twelve rooms are quiet.", true],
    ["Dozens of rooms are quiet.", true],
    ["Several thousand rooms are quiet.", true],
    ["A dozen rooms are quiet.", true],
    ["Twenty-one rooms are quiet.", true],
    // "one" counts nothing alone ("one of the rooms"), and a word that only starts like a number is none
    ["One room is quiet.", false],
    ["The rooms are twofold quiet.", false],
    ["The room is quiet.", false],
  ];
  it.each(rows)("%s → %s", (sentence, may) => expect(mayHoldClaim(sentence)).toBe(may));
});

describe("classifyClause: shapes read from panchakarma's misses (told of other treatments)", () => {
  const rows: Array<[string, string[]]> = [
    // an age of the practice is its origin, undated; a person's or a clinic's age is not
    ["Reflexology—a 3,000-year-old Chinese therapy—is often dismissed as a spa trend", ["origin_date"]],
    ["Reflexology is over 2,000 years old", ["origin_date"]],
    ["Reflexology dates back 5,000 years", ["origin_date"]],
    ["The clinic is 20 years old", ["other"]],
    // mentioned in ancient texts is an undated origin; the parts it is made of, counted, are how it is given
    ["Reflexology is described in ancient Chinese texts", ["origin_date"]],
    ["Based on what is mentioned in ancient texts, reflexology is a series of five actions", ["origin_date", "protocol"]],
    ["The study was a series of three trials", ["other"]],
    // a course told in days
    ["Its 12-day approach includes foot baths and massage", ["protocol"]],
    ["It's often 7 to 21 days depending on individual needs", ["protocol"]],
    // (no course length: the days are when the pain eased, a result)
    ["Pain eased within 3 days of the first session", ["efficacy"]],
    // a caseload of a centre, and the good it did them
    ["Care is offered to around 252 foreign patients from 25 countries", ["practitioner_count"]],
    ["The centre has made a remarkable difference in the lives of more than 50,000 patients suffering from painful diseases", ["efficacy", "practitioner_count"]],
    ["Thousands of patients with back pain have benefitted from this clinic", ["efficacy"]],
    // what it is defined as doing, what it targets, a detox told by what leaves the body
    ["Reflexology refers to a sequence of treatments that remove āma (toxic metabolites), restore agni and balance the humours", ["efficacy"]],
    ["Reflexology, on the other hand, targets the subtle inflammatory and metabolic imbalances that precede these diseases", ["efficacy"]],
    ["Reflexology targets pressure points in the feet", []],
    ["The three stages are claimed to eliminate the vitiated humours from the body", ["efficacy"]],
    ["The nurse removed the cups from the body", []],
    ["Reflexology, when understood correctly, isn't just about relaxation—it's preventive medicine", ["efficacy"]],
    ["Reflexology is not preventive medicine", []],
    // what a word means is no benefit
    ["“Hammam,” which means cleansing the body with steam", []],
    // a benefit reported of a process that is the treatment in other words
    ["He said he finished a 12-day detoxification process that is said to cleanse the body from within", ["efficacy", "protocol"]],
    // the body's own organs, other medicine, papers approved or drafted: not the treatment
    ["Our kidneys, GI systems, and liver all work to keep us healthy and rid us of toxins", []],
    ["Modern preventive medicine focuses on reducing risk factors like obesity and hypertension", []],
    ["In June 2022 proposals worth $5 million were formulated to build a reflexology centre", ["other"]],
    ["During his visit in February 2023 the minister asked the secretary to get these proposals approved soon", ["other"]],
    ["Reflexology was approved by the health ministry in 1990", ["recognition"]],
    // a registered dietitian is qualified; no body recognised anything
    ["All of it is misguided, says Ann Lee, a registered dietitian at the National Food Council", ["efficacy"]],
  ];
  it.each(rows)("%s", (clause, expected) => expect(cats(clause)).toEqual(expected.sort()));

  it("a tradition's teaching hedges; folks' reports hedge", () => {
    expect(draft("Reflexology is done to detoxify the body according to Ayurveda", "efficacy")?.value).toMatchObject({ polarity: "pro", hedged: true });
    expect(draft("Many folks report feeling lighter and more relaxed after reflexology", "efficacy")?.value).toMatchObject({ polarity: "pro", hedged: true });
  });
  it("the course's length is a quantity in days", () =>
    expect(draft("It's often 7 to 21 days depending on individual needs", "protocol")?.value).toEqual({ kind: "quantity", unit: "day", min: 7, max: 21 }));
});

describe("classifyClause: general shapes from the team's own probe battery (an invented treatment)", () => {
  const glow: Partial<ClassifyContext> = about("glowstone therapy");
  const rows: Array<[string, string[]]> = [
    // ("should never undergo" as "should not"; coaches and trainers are practitioners: the third variant set's checks)
    ["People with epilepsy should never undergo glowstone therapy", ["safety"]],
    ["There are 3,400 certified glowstone coaches in Canada", ["practitioner_count"]],
    // who should not have it: a group told to avoid it, to ask a doctor first, or the reader warned (not aftercare)
    ["Pregnant women should avoid glowstone therapy", ["safety"]],
    ["Patients with heart conditions should consult their doctor before trying it", ["safety"]],
    ["Avoid glowstone therapy if you are pregnant", ["safety"]],
    ["You should avoid caffeine for best results", []],
    // a listing or funding withdrawn is a recognition (of its lack)
    ["In 2015 the Australian government removed glowstone therapy from the list of rebated treatments", ["recognition"]],
    ["The NHS stopped funding glowstone therapy in 2017", ["recognition"]],
    // a session's length beside the course's count; how many are treated a year is no frequency
    ["A typical session lasts 45 minutes, and most people need six to eight sessions", ["protocol", "protocol"]],
    ["Most people need six to eight sessions, each lasting about an hour", ["protocol", "protocol"]],
    ["According to the British Glowstone Association, more than 12,000 people receive treatment every year in the UK", ["practitioner_count"]],
    // people advised against it; a result shown in any measure, or its study bought by sellers; no body oversees it
    ["People with open wounds, epilepsy or low blood pressure are advised not to use it", ["safety"]],
    ["Glowstone therapy has been shown to lower cortisol levels in two small trials", ["efficacy"]],
    ["Critics point out that most positive studies were funded by stone manufacturers", ["efficacy"]],
    ["It remains unregulated in most countries", ["recognition"]],
    // the counted noun named before its count
    ["Glowstone centres have sprung up across North America, with more than 300 now operating", ["practitioner_count"]],
  ];
  it.each(rows)("%s", (clause, expected) => expect(cats(clause, glow)).toEqual(expected.sort()));
  it("each protocol fact keeps its own part of the clause", () => {
    const clause = "A typical session lasts 45 minutes, and most people need six to eight sessions";
    const parts = classifyClause(clause, { ...ctx, ...glow }).map((d) => [d.facet, clause.slice(d.start ?? 0, d.end ?? clause.length).trim()]);
    expect(parts).toEqual(expect.arrayContaining([["duration", "A typical session lasts 45 minutes,"], ["sessions", "and most people need six to eight sessions"]]));
  });
  it("a practice named by a gerund is spoken of by its verb", () => {
    const floating: Partial<ClassifyContext> = about("brine floating");
    expect(cats("People with open wounds are advised not to float", floating)).toEqual(["safety"]);
    expect(cats("People with open wounds are advised not to swim", floating)).toEqual([]);
  });
  it("has not been shown to is con", () =>
    expect(classifyClause("Glowstone therapy has not been shown to lower cortisol", { ...ctx, ...glow }).find((d) => d.category === "efficacy")?.value).toMatchObject({ polarity: "con" }));
  it("users' reports hedge", () =>
    expect(classifyClause("Users often report feeling calmer after glowstone therapy", { ...ctx, ...glow }).find((d) => d.category === "efficacy")?.value).toMatchObject({ hedged: true }));
});

describe("classifyClause: shapes from audit 19's report (invented treatments)", () => {
  const mist: Partial<ClassifyContext> = about("ion misting");
  const rows: Array<[string, string[]]> = [
    // benefits in words the cue lists lacked
    ["Ion misting acts as a relaxant and minimizes swelling", ["efficacy"]],
    ["Ion misting has strong antibacterial and antiviral effects", ["efficacy"]],
    ["Ion misting assists in clearing and removing excess phlegm", ["efficacy"]],
    ["Ion misting combats hay fever", ["efficacy"]],
    ["Ion misting gives you glowing skin", ["efficacy"]],
    ["Ion misting has been drunk since the 1970s", ["origin_date"]],
    ["Ion misting is regulated under the Healing Professions Act of 2011", ["recognition"]],
    // a verdict told indirectly
    ["Ion mist does not contain enough silver to heal or soothe skin properly", ["efficacy"]],
    ["However, these claims are backed up by insufficient research", ["efficacy"]],
    ["Thus ion misting is a system of folk medicine based on pre-scientific notions of bad humours", ["efficacy"]],
    ["The health benefit of ion misting remains questionable", ["efficacy"]],
    // (a doubt about its origin is an undated origin claim, not a verdict on whether it works)
    ["The very origin of ion misting is questionable", ["origin_date"]],
    // a title's count of its points, a measurement's conditions: nothing; a plain count of clinics stays other
    ["11 Reasons Why You Should Try Ion Misting!", []],
    ["measured at 293 K, 1 atm", []],
    ["Ion misting is offered in 40 clinics", ["other"]],
    // no claim: the reader addressed, a title-like fragment, a basis claimed, an instruction
    ["Read on as we cover the possible benefits of ion misting in this article", []],
    ["3. Benefits of ion misting", ["other"]],
    ["Ion misting is also claimed to be based partly on Tibetan medicine", []],
    ["To prepare the mist, you are supposed to keep the water in a dark jar for five days", ["other"]],
    // a harm removed is a benefit
    ["In addition, ion misting also eliminates harmful toxins from the skin", ["efficacy"]],
    // classes, not words: the verbs that lessen a complaint, verbs of long use, words of descent, other products
    ["Ion misting wards off colds", ["efficacy"]],
    ["Ion misting dampens inflammation", ["efficacy"]],
    ["Ion misting has been enjoyed since the 1970s", ["origin_date"]],
    ["Ion misting supposedly derives from old Celtic steam rituals", []],
    ["There are lots of other beverages with antioxidant properties sold more cheaply", []],
    ["We recommend booking for a weekday", []],
    // an everyday thing does the good (not the subject's own word)
    ["Plain water helps your body cool down and keeps your skin supple, among other benefits", []],
    ["Regular exercise improves sleep", []],
    // a verb of relief on a complaint the dictionary knows (no hand list names "assuages" or "chilblains"): a benefit of
    // the subject, or of a word standing for it, or of no doer named; not of another thing
    ["Ion misting assuages chilblains", ["efficacy"]],
    ["It reportedly allays bursitis", ["efficacy"]],
    ["Regular sessions may mitigate dyspepsia", ["efficacy"]],
    ["Ion misting fortifies the kidneys", ["efficacy"]],
    ["Pharmacists say that thick mittens assuage chilblains", []],
    ["Resting the joint for a week allays bursitis", []],
    // a faculty bettered, and a complaint relieved overnight (an adverb ends the complaint's phrase)
    ["Ion misting sharpens the sense of hearing", ["efficacy"]],
    ["Ion misting vanquishes sciatica overnight", ["efficacy"]],
    // a verdict of no use against it, or the complaint left as it was (not people's feeling, not a price unchanged)
    ["Ion misting is impotent against eczema", ["efficacy"]],
    ["A small trial found that ion misting left the eczema entirely unaltered", ["efficacy"]],
    ["Patients often feel powerless against eczema", []],
    ["The price of ion misting has remained unchanged since spring", []],
    // who should not have it, named by a complaint the dictionary knows (the treatment is what they are warned off)
    ["Ion misting is inadvisable for anyone with pleurisy", ["safety"]],
    ["People who suffer from shingles should eschew ion misting", ["safety"]],
    ["Children with scabies must not share towels", []],
    // people named by a complaint they are liable to or recovering from; unwise or harmful for them (a complaint alone
    // opens the reading)
    ["Anyone liable to migraines should not book ion misting", ["safety"]],
    ["Ion misting is injudicious for anyone recovering from pneumonia", ["safety"]],
    ["Ion misting is detrimental to patients with a history of epilepsy", ["safety"]],
    ["Patients with a history of epilepsy often enjoy ion misting", []],
    // the treatment acting on a complaint the dictionary knows, whatever the verb (not one that brings it on, finds it
    // or only names it), and a complaint known by its name's form ("-itis", "hyper-")
    ["Ion misting squashes measles", ["efficacy"]],
    ["Parents like it because it quiets colic in babies", ["efficacy"]],
    ["Ion misting, which banishes dandruff, is sold in salons", ["efficacy"]],
    ["Laryngitis is quieted by ion misting, its fans say", ["efficacy"]],
    ["Ion misting is thought to tame tendinitis", ["efficacy"]],
    ["Ion misting may subdue hypertension", ["efficacy"]],
    ["Ion misting can trigger asthma", ["safety"]],
    ["Done too often, ion misting may result in eczema", ["safety"]],
    ["Ion misting occasionally ignites dermatitis", ["safety"]],
    // a source told in passing between the treatment and its verb; a dose of it as the passive's doer; people rid of the
    // complaint; a verb of saying with its "that" left out
    ["Ion misting, its makers claim, dispatches lumbago", ["efficacy"]],
    ["Hay fever in city dwellers is tamed by a short course of ion misting", ["efficacy"]],
    ["It frees sufferers from claustrophobia", ["efficacy"]],
    ["Fans say it banishes bursitis", ["efficacy"]],
    // a dated verb of bringing into being the dictionary knows is an origin (not a dated event of something else)
    ["Ion misting was dreamt up in 1962 by a Latvian gymnast", ["origin_date"]],
    ["The method debuted at a trade fair in 1950", ["origin_date"]],
    ["The ion misting clinic was refurbished in 1990", ["other"]],
    // an organisation of one's own opened is no origin of the treatment
    ["Others follow the methods introduced by Ada Pell, who opened her own ion misting clinic in 1976", ["founder"]],
    ["Ion misting took shape among Baltic dockers in the 1930s", ["origin_date"]],
    ["A Riga cobbler whipped it up in 1950", ["origin_date"]],
    ["Some 500 plumbers in Oslo were asked about ion misting", ["other"]],
    ["Some 500 shoppers in Oslo now use ion misting", ["other"]],
    // people named like practitioners ("-ists") whom the dictionary knows as no trade
    ["Some 6,000 motorists signed a petition against ion misting", ["other"]],
    ["Some 600 psychologists in Oslo now use ion misting", ["practitioner_count"]],
    ["About 150 greengrocers in Leeds sell ion misting", ["practitioner_count"]],
    // places told as giving it (a qualified figure in brackets counts the noun before them; a bare one is a reference)
    ["More than 300 spas in Austria now offer ion misting", ["practitioner_count"]],
    ["In 2010 some 12% of Dutch clinics (about 90) offered ion misting", ["practitioner_count"]],
    ["More than 300 hotels in Austria were asked about ion misting", ["other"]],
    // people of an illness or an age told to keep away from it (not from something else)
    ["Insomniacs are urged to shun ion misting", ["safety"]],
    ["It is best eschewed by toddlers", ["safety"]],
    ["Toddlers should shun sugary drinks after ion misting", []],
    // a dictionary verb of making worse, the treatment doing it to a complaint: a harm, not a relief
    ["Ion misting can stoke migraines", ["safety"]],
    ["Ion misting exacerbates eczema", ["safety"]],
    // a verb no list names, told by its place in the dictionary: making or fostering (a harm), destroying (a relief)
    ["Ion misting begets chilblains", ["safety"]],
    ["Ion misting exterminates chilblains", ["efficacy"]],
    ["Ion misting mimics the symptoms of asthma", []],
    ["Dust mites cause asthma", []],
    // a sceptic's verdicts in plain words (the team's own probe)
    ["Let me be blunt: none of this holds up", ["efficacy"]],
    ["The whole idea rests on a misunderstanding of how mist works", ["efficacy"]],
    ["I could find only two small trials, both run by people who sell the misters", ["efficacy"]],
    ["Naturopaths recommend ion misting for asthma", ["efficacy"]],
    ["We recommend six sessions for best results", ["protocol"]],
  ];
  it.each(rows)("%s", (clause, expected) => expect(cats(clause, mist)).toEqual(expected.sort()));
  const stance = (clause: string) => classifyClause(clause, { ...ctx, ...mist }).find((d) => d.category === "efficacy")?.value;
  it.each([
    ["Ion mist does not contain enough silver to heal or soothe skin properly", { polarity: "con" }],
    ["Some forest healers even recommend ion misting to help treat asthma", { polarity: "pro", hedged: true }],
    ["Folk healers, along with several village traditions, recommend ion misting to help treat gout", { polarity: "pro", hedged: true }],
    ["Herbalists recommend ion misting to help treat gout", { polarity: "pro", hedged: true }],
    // any group of people, by the form of its noun; not researchers
    ["Village midwives recommend ion misting for colic", { polarity: "pro", hedged: true }],
    ["Many herbalists credit ion misting with curing warts", { polarity: "pro", hedged: true }],
    ["Researchers recommend ion misting for asthma", { polarity: "pro", hedged: false }],
    ["Ion misting was held to be a remedy for gout", { polarity: "pro", hedged: true }],
    ["Let me be blunt: none of this holds up", { polarity: "con" }],
    ["The whole idea rests on a misunderstanding of how mist works", { polarity: "con" }],
    ["Ion misting enthusiasts consider the minerals in the mist a health benefit", { polarity: "pro", hedged: true }],
    ["In old mountain villages, mist was often considered a holy remedy with healing properties", { polarity: "pro", hedged: true }],
  ])("%s", (clause, value) => expect(stance(clause)).toMatchObject(value));
  const facet = (clause: string) => classifyClause(clause, { ...ctx, ...mist }).find((d) => d.category === "efficacy")?.facet;
  it.each([
    ["Ion misting eases tension headaches", "tension headaches"],
    ["Ion misting uses heat to release muscle tension in the back", "muscle tension"],
    ["The digestive system benefits from ion misting as well", "digestive system"],
    ["Because aged mist holds a high silver concentration, it is effective against rashes", "rashes"],
    ["Ion misting combats hay fever", "hay fever"],
  ])("%s → %s", (clause, expected) => expect(facet(clause)).toBe(expected));
  it("is not cytotoxic is safe", () =>
    expect(classifyClause("Ion misting is not cytotoxic even at high dose levels", { ...ctx, ...mist }).map((d) => [d.category, d.value?.kind === "stance" && d.value.polarity])).toEqual([["safety", "pro"]]));
});

describe("classifyClause: how it is told to work, a process of the body set going (general shapes, an invented treatment)", () => {
  const mist: Partial<ClassifyContext> = about("ion misting");
  const rows: Array<[string, string[]]> = [
    // done by the treatment's name, a word standing for it, a means of giving it, or no doer named
    ["Ion misting is said to kick-start the body's own healing", ["efficacy"]],
    ["The newer idea is that the droplets provoke the proliferation of tissue", []],
    ["The newer idea, called ion misting, is that the sessions provoke the proliferation of tissue", ["efficacy"]],
    ["The mist sessions trigger a regenerative response in the lungs", ["efficacy"]],
    ["It involves repeated sprays of a saline solution in order to elicit the secretion of mucus", ["efficacy"]],
    ["He introduced an irritating compound to prompt the production of new collagen", ["efficacy"]],
    // another doer, or a harm set going
    ["Stress triggers the release of cortisol", []],
    ["Ion misting can provoke an allergic response", ["safety"]],
  ];
  it.each(rows)("%s", (clause, expected) => expect(cats(clause, mist)).toEqual(expected.sort()));
  it("the stance is pro, hedged by its cue", () =>
    expect(classifyClause("Ion misting is said to kick-start the body's own healing", { ...ctx, ...mist }).find((d) => d.category === "efficacy")?.value)
      .toMatchObject({ polarity: "pro", hedged: true }));
});

describe("classifyClause: a share of the people treated who respond or get better (general shapes, an invented treatment)", () => {
  const mist: Partial<ClassifyContext> = about("ion misting");
  const rows: Array<[string, string[]]> = [
    ["About 70% of patients respond to ion misting", ["efficacy"]],
    ["Nine out of ten clients improved after three sessions", ["efficacy", "protocol"]],
    ["Most sufferers get better within a week of ion misting", ["efficacy"]],
    ["More than 80 percent of those treated got better", ["efficacy"]],
    ["Two-thirds of the asthma patients saw a marked improvement", ["efficacy"]],
    // a share that needs sessions or answers a survey tells no result
    ["Most patients need six sessions", ["protocol"]],
    ["40% of patients responded to the survey", []],
  ];
  it.each(rows)("%s", (clause, expected) => expect(cats(clause, mist).filter((c) => c !== "other")).toEqual(expected.sort()));
});

describe("classifyClause: practitioner counts in further shapes (general, an invented treatment)", () => {
  const floating: Partial<ClassifyContext> = about("brine floating");
  const count = (clause: string) => classifyClause(clause, { ...ctx, ...floating }).find((d) => d.category === "practitioner_count")?.value;
  it.each([
    // practitioners named after the practice's word, and the head of a compound counted
    ["There are an estimated 5,000 certified floaters worldwide", { min: 5000, unit: "floaters", scope: "worldwide" }],
    ["Today there are about 2,000 Certified Brine Floaters practising in 30 countries", { min: 2000, unit: "floaters" }],
    // the people it was used on; a body's membership; people doing the practice's own verb
    ["It has been used on more than 10 million patients", { min: 10_000_000, qualifier: "more than", unit: "patients" }],
    ["The Brine Society has a membership of over 2,000", { min: 2000, qualifier: "over", unit: "members" }],
    ["Tens of thousands of people float every year", { unit: "people" }],
  ])("%s", (clause, value) => expect(count(clause)).toMatchObject(value));
  it.each([
    "Approximately 1,200 drinkers are taking part worldwide",
    "About 5,000 smokers tried to quit last year",
    "Tens of thousands of people swim every year",
  ])("no count of its practitioners: %s", (clause) => expect(count(clause)).toBeUndefined());
});

describe("classifyClause: harms in further shapes (general, an invented treatment)", () => {
  const floating: Partial<ClassifyContext> = about("brine floating");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...floating }).find((d) => d.category === "safety")?.value;
  it.each([
    // a verb of harm on a part of the body; how someone may feel after it; a drug interaction
    ["Inhaled brine can irritate the airways", { polarity: "con" }],
    ["The salt in brine floating may dry out the skin", { polarity: "con", hedged: true }],
    ["Prolonged brine floating may strain the heart", { polarity: "con" }],
    ["Some users report feeling dizzy after brine floating", { polarity: "con" }],
    ["Brine floating may interact with blood thinners", { polarity: "con" }],
    // harms told to be uncommon reassure
    ["Complications of brine floating are uncommon", { polarity: "pro" }],
  ])("%s", (clause, value) => expect(safety(clause)).toMatchObject(value));
  it.each([
    "Brine floating may strain the budget of a small spa",
    "Clients feel better after brine floating",
  ])("no harm: %s", (clause) => expect(safety(clause)).toBeUndefined());
});

describe("classifyClause: shapes from the team's own hydrogen-therapy probe (a gas-based treatment)", () => {
  const h2: Partial<ClassifyContext> = about("hydrogen therapy");
  const cls = (clause: string) => classifyClause(clause, { ...ctx, ...h2 });
  it("people who have used it are counted", () =>
    expect(cls("Over 5 million people worldwide have used hydrogen therapy").find((d) => d.category === "practitioner_count")?.value)
      .toMatchObject({ min: 5_000_000, qualifier: "over", unit: "people", scope: "worldwide" }));
  it("'used to' is no use of it", () =>
    expect(cls("Over 5,000 people used to live in the village").some((d) => d.category === "practitioner_count")).toBe(false));
  it("clients telling of more and better is a benefit (their report is evidence, not a hedge)", () =>
    expect(cls("Our clients report more energy, better sleep and faster recovery after exercise").find((d) => d.category === "efficacy")?.value)
      .toMatchObject({ polarity: "pro", hedged: false }));
  it("a body part named 'lower' is no result", () =>
    expect(cls("I first noticed some of the divers with hydrogen packs on their lower backs").some((d) => d.category === "efficacy")).toBe(false));
  it.each([
    ["Hydrogen therapy selectively targets the most harmful free radicals", ["efficacy"]],
    ["Hydrogen therapy kills dangerous bacteria", ["efficacy"]],
    ["Hydrogen therapy can be harmful", ["safety"]],
    ["Experts warn that hydrogen therapy -- sold as a cleanse -- can have dangerous consequences", ["safety"]],
  ])("a harm word naming what it acts against is no harm: %s", (clause, expected) =>
    expect(cls(clause).map((d) => d.category).filter((c) => c !== "other").sort()).toEqual(expected));
});

describe("classifyClause: a study's finding of a gain (general shapes)", () => {
  const mist: Partial<ClassifyContext> = about("ion misting");
  const stance = (clause: string) => classifyClause(clause, { ...ctx, ...mist }).find((d) => d.category === "efficacy")?.value;
  it.each([
    ["A small 2015 study of ion misting found improvements in balance", { polarity: "pro" }],
    ["Two trials of ion misting showed modest reductions in pain", { polarity: "pro" }],
    ["A 2019 review of ion misting found no improvements in balance", { polarity: "con" }],
  ])("%s", (clause, value) => expect(stance(clause)).toMatchObject(value));
});

describe("classifyClause: a course's sessions and each one's length in one phrase", () => {
  it("'ten sessions of 60 to 90 minutes each' is a count and a duration, each its own part", () => {
    const clause = "The standard course consists of ten sessions of 60 to 90 minutes each";
    const ds = classifyClause(clause, ctx).filter((d) => d.category === "protocol");
    expect(ds.map((d) => [d.facet, d.value])).toEqual([
      ["sessions", expect.objectContaining({ kind: "count", min: 10, max: 10 })],
      ["duration", { kind: "quantity", unit: "min", min: 60, max: 90 }],
    ]);
    expect(ds.map((d) => clause.slice(d.start, d.end).trim())).toEqual(["The standard course consists of ten sessions of", "60 to 90 minutes each"]);
  });
  it("'for back pain we start with 2 sessions a week, each about 30 minutes' is a frequency and a duration (the pain is the condition, not a harm that lasts)", () => {
    const clause = "For back pain we start with 2 sessions a week, each about 30 minutes";
    const ds = classifyClause(clause, ctx).filter((d) => d.category === "protocol");
    expect(ds.map((d) => [d.facet, d.value])).toEqual([
      ["frequency", expect.objectContaining({ kind: "count", min: 2, max: 2 })],
      ["duration", { kind: "quantity", unit: "min", min: 30, max: 30 }],
    ]);
  });
});

describe("classifyClause: the temperature a treatment is given at (general shapes)", () => {
  const chill: Partial<ClassifyContext> = about("chill therapy");
  const protocol = (clause: string) => classifyClause(clause, { ...ctx, ...chill }).filter((d) => d.category === "protocol")
    .map((d) => [d.facet, d.value, clause.slice(d.start ?? 0, d.end ?? clause.length).trim()]);
  it("a temperature and a duration in one clause are two claims, each on its own part", () =>
    expect(protocol("Chill therapy exposes the body to air chilled to as low as -110 °C for just 2-3 minutes")).toEqual([
      ["temperature", { kind: "quantity", unit: "°C", min: -110, max: -110 }, "Chill therapy exposes the body to air chilled to as low as -110 °C for just"],
      ["duration", { kind: "quantity", unit: "min", min: 2, max: 3 }, "2-3 minutes"],
    ]));
  // (each setting's unit beside a time: a wavelength or a pulse rate once threw, its draft not found by its facet)
  it.each([
    ["The chill therapy panel emits light at 660 nm for 10 minutes", "wavelength", "nm"],
    ["In chill therapy the suit sends impulses at 85 Hz for 20 minutes", "pulse rate", "Hz"],
    ["In chill therapy the chamber is held at 2.4 ATA for 60 minutes", "pressure", "ATA"],
    ["In chill therapy the cabin is kept at 40 mbar for 15 minutes", "pressure", "mbar"],
  ])("a setting and a time: %s", (clause, facet, unit) =>
    expect(protocol(clause).map(([f, v]) => [f, (v as { unit: string }).unit])).toEqual([[facet, unit], ["duration", "min"]]));
  it("a range of temperatures below zero", () =>
    expect(protocol("In chill therapy the main chamber runs at -110 °C to -140 °C")[0]?.[1]).toEqual({ kind: "quantity", unit: "°C", min: -140, max: -110 }));
  it("a concentration is a dose", () =>
    expect(protocol("In chill therapy the salt concentration is kept between 1 and 9 mg/m3")[0]?.slice(0, 2)).toEqual(["dose", { kind: "quantity", unit: "mg/m3", min: 1, max: 9 }]));
});

describe("classifyClause: a founder told by credit or by where the method goes back to", () => {
  const salt: Partial<ClassifyContext> = about("salt therapy");
  const founder = (clause: string) => classifyClause(clause, { ...ctx, ...salt }).find((d) => d.category === "founder")?.value;
  it.each([
    ["Salt therapy is usually credited to the Polish physician Feliks Boczkowski", "Feliks Boczkowski"],
    ["The modern version of salt therapy goes back to an Austrian doctor, Philipp Terč, who published his results", "Philipp Terč"],
  ])("%s", (clause, name) => expect(founder(clause)).toEqual({ kind: "person", name }));
  it("a date it goes back to names no founder", () => expect(founder("Salt therapy goes back to the 1950s")).toBeUndefined());
});

describe("classifyClause: places named for the practice, counted", () => {
  const count = (subject: string, clause: string) => classifyClause(clause, { ...ctx, subject: subjectMatcher([subject]), notPlaces: new Set(subject.split(" ")) })
    .find((d) => d.category === "practitioner_count")?.value;
  it.each([
    ["cryotherapy", "Today there are more than 60 cryochambers in Poland alone", { min: 60, qualifier: "more than", unit: "cryochambers", scope: "Poland" }],
    ["cryotherapy", "There are an estimated 1,000+ cryotherapy centres across the U.S.", { min: 1000, max: null, qualifier: "more than", unit: "centres" }],
    ["salt therapy", "There were more than 300 salt rooms in the U.S.", { min: 300, unit: "rooms", scope: "the U.S." }],
  ])("%s: %s", (subject, clause, value) => expect(count(subject, clause)).toMatchObject(value));
  it("rooms of therapy in general are no count of it", () => expect(count("salt therapy", "There are more than 200 therapy rooms in the city")).toBeUndefined());
});

describe("classifyClause: a body's refusal, and a treatment called a bad idea for some people (general shapes)", () => {
  const moxa: Partial<ClassifyContext> = about("heat stick therapy");
  const cats2 = (clause: string) => classifyClause(clause, { ...ctx, ...moxa }).map((d) => [d.category, d.facet]);
  it.each([
    ["In Britain the NHS does not offer heat stick therapy", ["recognition", "NHS"]],
    ["NICE has never recommended heat stick therapy for any condition", ["recognition", "NICE"]],
    ["Medicare has declined to cover heat stick therapy", ["recognition", "Medicare"]],
  ])("%s", (clause, expected) => expect(cats2(clause)).toContainEqual(expected));
  it("a doctor who does not offer it is no body", () => expect(cats2("My doctor does not offer heat stick therapy").map(([c]) => c)).not.toContain("recognition"));
  it("a bad idea for people with a complaint is a contraindication", () =>
    expect(classifyClause("Heat stick therapy is not a good idea for people with asthma", { ...ctx, ...moxa }).find((d) => d.category === "safety")?.value)
      .toMatchObject({ polarity: "con" }));
  it("a bad idea before a session is aftercare, no contraindication", () =>
    expect(cats2("It is not a good idea to eat before a heat stick therapy session").map(([c]) => c)).not.toContain("safety"));
});

describe("classifyClause: a trial's measure that changed for the better (general shapes)", () => {
  const moves: Partial<ClassifyContext> = about("slow moves method");
  const stance = (clause: string) => classifyClause(clause, { ...ctx, ...moves }).find((d) => d.category === "efficacy")?.value;
  it.each([
    ["Pain intensity fell by 32% in the slow moves method group", { polarity: "pro" }],
    ["Walking time improved by 1.8 s", { polarity: "pro" }],
    ["Fear of falling decreased by 14%", { polarity: "pro" }],
    ["The slow moves method group had an 18% lower rate of falls", { polarity: "pro" }],
    ["Pain intensity fell by 2% in both groups and did not differ between groups", { polarity: "con" }],
  ])("%s", (clause, value) => expect(stance(clause)).toMatchObject(value));
});

describe("classifyClause: warnings to the reader in a magazine's voice, and the marks it leaves (general shapes)", () => {
  const stone: Partial<ClassifyContext> = about("stone scraping");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...stone }).find((d) => d.category === "safety")?.value;
  it.each([
    ["Skip it on active acne, sunburn or broken skin", { polarity: "con" }],
    ["Check with your GP first if you take blood thinners", { polarity: "con" }],
    ["Body stone scraping often leaves red or purple dots that fade in two to four days", { polarity: "con" }],
  ])("%s", (clause, value) => expect(safety(clause)).toMatchObject(value));
  it("a question for the doctor about booking is no warning", () => expect(safety("Check with your doctor if you have questions about booking")).toBeUndefined());
});

describe("classifyClause: a leaflet's wording (general shapes)", () => {
  const chamber: Partial<ClassifyContext> = { subject: subjectMatcher(["pressure chamber therapy", "pct"]), notPlaces: new Set(["pressure", "chamber", "therapy", "pct"]) };
  const cls = (clause: string) => classifyClause(clause, { ...ctx, ...chamber });
  it("not cleared for conditions is a recognition withheld, not a benefit", () =>
    expect(cls("In 2013 the US Food and Drug Administration warned consumers that PCT has not been cleared for conditions such as these").map((d) => d.category)).toEqual(["recognition"]));
  it("a rare seizure it can cause is a harm; '1 in every 2,000 treatments' counts no sessions", () =>
    expect(cls("Rarely, breathing oxygen under pressure can cause a seizure, which occurs in roughly 1 in every 2,000 treatments").map((d) => [d.category, d.value?.kind === "stance" ? d.value.polarity : d.value?.kind]))
      .toEqual([["safety", "con"]]));
});

describe("classifyClause: a dated revival is a stage of its origin; a rise in popularity is not", () => {
  const leech: Partial<ClassifyContext> = about("leech therapy");
  const origin = (clause: string) => classifyClause(clause, { ...ctx, ...leech }).find((d) => d.category === "origin_date")?.value;
  it.each([
    ["Leech therapy made its modern comeback in 1985", { min: 1985, max: 1985 }],
    ["The practice was revived in the 1990s", { min: 1990, max: 1999 }],
    ["Leech therapy experienced a revival in the early 1990s", { min: 1990 }],
  ])("%s", (clause, value) => expect(origin(clause)).toMatchObject(value));
  it("a rise in popularity is no origin", () =>
    expect(origin("Leech therapy became popular in the 1920s, and has recently undergone a resurgence")).toBeUndefined());
});

describe("classifyClause: a pressure, a course that runs, a dose injected (general shapes)", () => {
  const chamber: Partial<ClassifyContext> = about("pressure chamber therapy");
  const protocol = (clause: string) => classifyClause(clause, { ...ctx, ...chamber }).filter((d) => d.category === "protocol").map((d) => [d.facet, d.value]);
  it.each([
    ["During pressure chamber therapy the pressure is increased to between 2.0 and 2.4 atmospheres absolute (ATA)", ["pressure", { kind: "quantity", unit: "ATA", min: 2, max: 2.4 }]],
    ["A full course of pressure chamber therapy usually runs about 8 to 12 weeks", ["course length", { kind: "quantity", unit: "week", min: 8, max: 12 }]],
    ["Some practitioners inject 0,5 ml of diluted venom instead", ["dose", { kind: "quantity", unit: "ml", min: 0.5, max: 0.5 }]],
  ])("%s", (clause, expected) => expect(protocol(clause)).toContainEqual(expected));
});

describe("classifyClause: thin evidence for it, told as some evidence, is pro; too few studies is con", () => {
  const leech: Partial<ClassifyContext> = about("leech therapy");
  const stance = (clause: string) => classifyClause(clause, { ...ctx, ...leech }).find((d) => d.category === "efficacy")?.value;
  it.each([
    ["A few small trials suggest leech therapy may ease pain from knee osteoarthritis", { polarity: "pro", hedged: true }],
    ["Few studies have examined leech therapy", { polarity: "con" }],
    ["Only a handful of trials support leech therapy", { polarity: "con" }],
  ])("%s", (clause, value) => expect(stance(clause)).toMatchObject(value));
});

describe("classifyClause: recognition given or withheld in further shapes (general)", () => {
  const heat: Partial<ClassifyContext> = about("heat stick therapy");
  const recognition = (clause: string) => classifyClause(clause, { ...ctx, ...heat }).find((d) => d.category === "recognition");
  it.each([
    ["In 2004 the US Food and Drug Administration cleared heat sticks as a medical device", { kind: "year", min: 2004 }],
    ["In 2010 UNESCO added heat stick therapy to its list of the Intangible Cultural Heritage of Humanity", { kind: "year", min: 2010 }],
  ])("%s", (clause, value) => expect(recognition(clause)?.value).toMatchObject(value));
  it.each([
    "Heat stick therapy is not offered for these conditions on the NHS",
    "Many call themselves heat stick therapists, but the title is not protected by law",
  ])("%s", (clause) => expect(recognition(clause)).toBeDefined());
});

describe("classifyClause: a forum's and a study's wording of results (general shapes)", () => {
  const floating: Partial<ClassifyContext> = { subject: subjectMatcher(["floatation therapy", "float"]), notPlaces: new Set(["floatation", "therapy", "float"]) };
  const cls = (clause: string) => classifyClause(clause, { ...ctx, ...floating }).map((d) => [d.category, d.value?.kind === "stance" ? d.value.polarity : d.value?.kind]);
  it.each([
    ["I sleep better for two or three days afterwards", ["efficacy", "pro"]],
    ["Mine's similar, and it has helped my anxiety too", ["efficacy", "pro"]],
    ["Participants' sleep quality also improved", ["efficacy", "pro"]],
    ["Pain intensity dropped as well, although the effect on pain was smaller", ["efficacy", "pro"]],
    ["Pain dropped in both groups equally", ["efficacy", "con"]],
    ["At my centre a standard float is 60 minutes", ["protocol", "quantity"]],
  ])("%s", (clause, expected) => expect(cls(clause)).toContainEqual(expected));
});

describe("classifyClause: a review's and a fact sheet's wording of regulation and harm (general shapes)", () => {
  const dn: Partial<ClassifyContext> = { subject: subjectMatcher(["dry needling", "dn"]), notPlaces: new Set(["dry", "needling", "dn"]) };
  const cats3 = (clause: string) => classifyClause(clause, { ...ctx, ...dn }).map((d) => d.category).filter((c) => c !== "other");
  it.each([
    ["Colorado was among the first states to explicitly authorise physical therapists to perform DN, in 2005", ["recognition"]],
    ["In the UK, DN is not subject to statutory regulation as a distinct modality", ["recognition"]],
    ["There is no national licensing or certification requirement for dry needling instructors", ["recognition"]],
    ["Intensive dry needling has been linked to psychological disturbances", ["safety"]],
    ["Several limitations should be acknowledged", []],
    ["standardised mean difference [SMD] -0.55; 95% CI -0.79 to -0.31", []],
  ])("%s", (clause, expected) => expect(cats3(clause)).toEqual(expected));
});

describe("classifyClause: a page telling what it covers, and a place's own start, claim nothing of the treatment", () => {
  const bio: Partial<ClassifyContext> = about("bioresonance");
  const cats4 = (clause: string) => classifyClause(clause, { ...ctx, ...bio }).map((d) => d.category).filter((c) => c !== "other");
  it.each([
    ["This leaflet explains what bioresonance involves, its benefits and risks, and what to expect", []],
    ["This review summarises clinical trials, meta-analyses and safety data on bioresonance", []],
    ["Our studio has offered bioresonance sessions since 2009", []],
    ["Bioresonance has been used since 1977", ["origin_date"]],
  ])("%s", (clause, expected) => expect(cats4(clause)).toEqual(expected));
});

describe("classifyClause: a review's verdicts and offers (general shapes)", () => {
  const dn: Partial<ClassifyContext> = { subject: subjectMatcher(["dry needling", "dn"]), notPlaces: new Set(["dry", "needling", "dn"]) };
  const stance = (clause: string) => classifyClause(clause, { ...ctx, ...dn }).find((d) => d.category === "efficacy")?.value;
  it.each([
    ["However, larger trials of dry needling have not confirmed this", { polarity: "con" }],
    ["The difference was no longer statistically significant at 12 weeks", { polarity: "con" }],
    ["Results for chronic low back pain remain inconsistent", { polarity: "con" }],
    ["They are also unlikely to do anything for your pain", { polarity: "con" }],
    ["DN may offer short-term pain relief for myofascial pain", { polarity: "pro", hedged: true }],
    ["Some athletes use the method to refine their performance", { polarity: "pro" }],
    ["Evidence for dry needling appears strongest for neck and shoulder pain", { polarity: "pro" }],
  ])("%s", (clause, value) => expect(stance(clause)).toMatchObject(value));
  it("'unlikely to harm you' still reassures", () =>
    expect(classifyClause("Dry needling is unlikely to harm you", { ...ctx, ...dn }).find((d) => d.category === "safety")?.value).toMatchObject({ polarity: "pro" }));
});

describe("classifyClause: a lone surname credited as the founder", () => {
  const dn: Partial<ClassifyContext> = about("dry needling");
  it("'Lewit is therefore often credited as the founder of dry needling'", () =>
    expect(classifyClause("Lewit is therefore often credited as the founder of dry needling", { ...ctx, ...dn }).find((d) => d.category === "founder")?.value)
      .toEqual({ kind: "person", name: "Lewit" }));
});

describe("classifyClause: advice against it, and a sense it dulls (general shapes)", () => {
  const moxa: Partial<ClassifyContext> = about("heat stick therapy");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...moxa }).find((d) => d.category === "safety")?.value;
  it.each([
    ["Practitioners themselves advise against applying heat sticks to the abdomen during pregnancy", { polarity: "con" }],
    ["Some people notice that their eyesight becomes slightly blurred after a course of heat stick therapy", { polarity: "con" }],
  ])("%s", (clause, value) => expect(safety(clause)).toMatchObject(value));
});

describe("classifyClause: a TV item's warnings (general shapes)", () => {
  const silver: Partial<ClassifyContext> = about("silver drops");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...silver }).find((d) => d.category === "safety")?.value;
  it.each([
    ["Silver drops can cause permanent damage", { polarity: "con" }],
    ["Silver drops can also interfere with how the body absorbs some medicines", { polarity: "con" }],
    ["Don't give silver drops to children", { polarity: "con" }],
  ])("%s", (clause, value) => expect(safety(clause)).toMatchObject(value));
});

describe("classifyClause: a study's weak design and results that fall short; sized gains and people telling how they look (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const stance = (clause: string) => classifyClause(clause, { ...ctx, ...lamp }).find((d) => d.category === "efficacy")?.value;
  it.each([
    ["The trial did not include a control group", { polarity: "con" }],
    ["It was a small study without a placebo arm", { polarity: "con" }],
    ["Other trials of lamp therapy have been mixed", { polarity: "con" }],
    ["The published studies are less convincing than the adverts suggest", { polarity: "con" }],
    ["Most doctors put any improvement down to the placebo effect", { polarity: "con" }],
    ["The clinic's own trial reports a 25% reduction in scar thickness", { polarity: "pro" }],
    ["Two thirds said their complexion looked brighter afterwards", { polarity: "pro" }],
    ["Clients often report their shoulders feel looser", { polarity: "pro" }],
    ["After four sessions I was back at work pain-free", { polarity: "pro" }],
  ])("%s", (clause, value) => expect(stance(clause)).toMatchObject(value));
  it.each([
    "The procedure itself is pain-free",
    "The trial reports a 25% increase in side effects",
  ])("no efficacy: %s", (clause) => expect((stance(clause) as { polarity?: string } | undefined)?.polarity).not.toBe("pro"));
});

describe("classifyClause: no interaction, no harmful emission, precautions to the reader (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...lamp }).find((d) => d.category === "safety")?.value;
  it.each([
    ["The drops may safely be taken with prescription medicines", { polarity: "pro" }],
    ["The lamp doesn't give off ultraviolet radiation", { polarity: "pro" }],
    ["Lamp therapy won't burn the skin", { polarity: "pro" }],
    ["Never look directly into the lamp", { polarity: "con" }],
    ["Safety goggles must be worn throughout", { polarity: "con" }],
    ["Lamp therapy is not a replacement for medical care", { polarity: "con" }],
  ])("%s", (clause, value) => expect(safety(clause)).toMatchObject(value));
});

describe("classifyClause: the legal class it is sold in, and insurers that differ (general shapes)", () => {
  const drops: Partial<ClassifyContext> = about("flower drops");
  const recognised = (clause: string) => classifyClause(clause, { ...ctx, ...drops }).some((d) => d.category === "recognition");
  it.each([
    "In Germany flower drops are classified as dietary supplements",
    "The tinctures are marketed as cosmetics",
    "Health insurers differ on whether they pay",
  ])("%s", (clause) => expect(recognised(clause)).toBe(true));
});

describe("classifyClause: a person's death told in a biography is no harm of the treatment", () => {
  const drops: Partial<ClassifyContext> = about("leaf tinctures");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...drops }).some((d) => d.category === "safety");
  it.each([
    ["She published her last book on leaf tinctures in 1930 and died later that year", false],
    ["Its inventor died in 1952, leaving the clinic to his son", false],
    ["A patient died in 2019 after taking leaf tinctures", true],
  ])("%s", (clause, harm) => expect(safety(clause)).toBe(harm));
});

describe("classifyClause: treatments delivered are a measure of its use; a loan's term is no protocol", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const categories = (clause: string) => classifyClause(clause, { ...ctx, ...lamp }).map((d) => d.category);
  it.each([
    ["Our six therapists have performed over 12,000 lamp therapy sessions", ["practitioner_count"]],
    ["A course is usually given as 6 sessions", ["protocol"]],
    ["Spread the cost of lamp therapy over 10 months with interest-free instalments", []],
    ["Each lamp therapy session lasts 20 minutes", ["protocol"]],
  ])("%s", (clause, expected) => expect(categories(clause).filter((c) => c !== "other")).toEqual(expected));
});

describe("classifyClause: a harm word naming what is treated, or whom it was tried on, is no harm of it", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const categories = (clause: string) => classifyClause(clause, { ...ctx, ...lamp }).map((d) => d.category).filter((c) => c !== "other");
  it.each([
    ["Lamp therapy is said to help damaged skin and injured muscles recover", ["efficacy"]],
    ["The therapist holds the lamp over the injured area", []],
    ["In 40 volunteers with chronic neck pain, pain ratings fell by a third", ["efficacy"]],
    ["Three players were injured during lamp therapy", ["safety"]],
    ["Adults with very pale skin often notice redness after lamp therapy", ["safety"]],
  ])("%s", (clause, expected) => expect(categories(clause)).toEqual(expected));
});

describe("classifyClause: drops of a tincture and a device's wavelength are how it is given (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const protocol = (clause: string) => classifyClause(clause, { ...ctx, ...lamp }).find((d) => d.category === "protocol");
  it.each([
    ["Place 3 to 5 drops under the tongue twice a day", { kind: "quantity", unit: "drops", min: 3, max: 5 }, null],
    ["The lamp therapy panel shines light at 630 nm", { kind: "quantity", unit: "nm", min: 630, max: 630 }, "wavelength"],
  ])("%s", (clause, value, facet) => expect(protocol(clause)).toMatchObject({ value, ...(facet ? { facet } : {}) }));
  it("a blood pressure that drops is no dose", () => expect(protocol("Blood pressure drops 10% after lamp therapy")).toBeUndefined());
});

describe("classifyClause: plain accounts that it helped, a harm's name leading what is said of it, negated marketing verbs (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const found = (clause: string, category: string) => classifyClause(clause, { ...ctx, ...lamp }).find((d) => d.category === category)?.value;
  it.each([
    ["I had four sessions and honestly I think it helped, the stiffness eased", "efficacy", { polarity: "pro" }],
    ["The sessions really worked for me", "efficacy", { polarity: "pro" }],
    ["Lamp therapy won't \"tighten\" your skin", "efficacy", { polarity: "con" }],
    ["The lamp cannot reverse ageing", "efficacy", { polarity: "con" }],
    ["Bruising is rare", "safety", { polarity: "pro" }],
  ])("%s", (clause, category, value) => expect(found(clause, category)).toMatchObject(value));
  it("'it helped' with more after it is no plain account ('it helped him open a clinic')", () =>
    expect(found("Lamp therapy made him famous and it helped him open a clinic", "efficacy")).toBeUndefined());
});

describe("classifyClause: a body's guidance on its use; most users seeing visible changes (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const found = (clause: string, category: string) => classifyClause(clause, { ...ctx, ...lamp }).find((d) => d.category === category);
  it("'The college's guidelines state that lamp therapy should not be offered for eczema' is recognition", () =>
    expect(found("The college's guidelines state that lamp therapy should not be offered for eczema", "recognition")).toBeDefined());
  it.each([
    ["Most clients see noticeable changes after a month", { polarity: "pro" }],
    ["Most clients see no changes at all", { polarity: "con" }],
  ])("%s", (clause, value) => expect(found(clause, "efficacy")?.value).toMatchObject(value));
});

describe("classifyClause: harms done, harms linked, disease's own harms, a complaint that comes after it (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...lamp }, prepare(clause)).find((d) => d.category === "safety")?.value;
  it.each([
    ["Faulty lamps have occasionally caused burns to the scalp", { polarity: "con" }],
    ["Lamp therapy has, very rarely, been linked to seizures", { polarity: "con" }],
    ["Eye damage is rare but has been reported", { polarity: "con" }],
    ["Lamp therapy should be avoided by anyone taking photosensitising drugs", { polarity: "con" }],
    ["Skip the lamp tonight if you have a migraine", { polarity: "con" }],
    ["Some users get a mild headache after a session", { polarity: "con" }],
    ["Some clients report nausea or dizziness during their first sessions", { polarity: "con" }],
    ["Single-use covers mean there is no chance of cross-infection", { polarity: "pro" }],
  ])("%s", (clause, value) => expect(safety(clause)).toMatchObject(value));
  it.each([
    "Seasonal affective disorder can cause fatigue, low mood and weight gain",
    "Chronic stress raises the risk of heart disease",
    "Some users find their headaches ease after a session",
    "No headaches were reported after a session",
    "The lamp is cleared for 3 conditions, including psoriasis and acne",
  ])("no harm of it: %s", (clause) => expect((safety(clause) as { polarity?: string } | undefined)?.polarity).not.toBe("con"));
});

describe("classifyClause: a shop page's detox, balance and frequency claims, a tingling felt (general shapes)", () => {
  const bath: Partial<ClassifyContext> = about("salt bath");
  const found = (clause: string, category: string) => classifyClause(clause, { ...ctx, ...bath }, prepare(clause)).find((d) => d.category === category);
  it.each([
    ["Pulls impurities and heavy metals out through the pores of your skin", "efficacy", { polarity: "pro" }],
    ["Rebalances your hormones naturally", "efficacy", { polarity: "pro" }],
    ["Users tell us their migraines are less frequent after a month", "efficacy", { polarity: "pro" }],
    ["The brown flecks are not toxins but rust from the electrodes", "efficacy", { polarity: "con" }],
    ["Some people may feel a slight burning on the soles, which fades", "safety", { polarity: "con" }],
  ])("%s", (clause, category, value) => expect(found(clause, category)?.value).toMatchObject(value));
  it("'Use two to three times a week' is how often it is given", () => expect(found("Use two to three times a week for a month", "protocol")?.facet).toBe("frequency"));
});

describe("classifyClause: a device's pulse rate and a suction's pressure are settings; its mains supply is not (general shapes)", () => {
  const tens: Partial<ClassifyContext> = about("nerve stimulation");
  const protocol = (clause: string) => classifyClause(clause, { ...ctx, ...tens }, prepare(clause)).find((d) => d.category === "protocol");
  it.each([
    ["Most people start nerve stimulation at 2 to 4 Hz", { unit: "Hz", min: 2, max: 4 }, "pulse rate"],
    ["The cups are set between 100 and 300 mbar", { unit: "mbar", min: 100, max: 300 }, "pressure"],
  ])("%s", (clause, value, facet) => expect(protocol(clause)).toMatchObject({ value, facet }));
  it("'runs on mains power at 50 Hz' is no setting", () => expect(protocol("The nerve stimulation unit runs on mains power at 50 Hz")).toBeUndefined());
});

describe("classifyClause: warnings on a shop's safety panel (general shapes)", () => {
  const bath: Partial<ClassifyContext> = about("salt bath");
  const safety = (clause: string) => classifyClause(clause, { ...ctx, ...bath }, prepare(clause)).find((d) => d.category === "safety")?.value;
  it.each([
    "Do not use if you have a pacemaker",
    "Please check with your doctor before use if you have epilepsy",
    "Some guests feel drained and dizzy the next morning",
  ])("%s", (clause) => expect(safety(clause)).toMatchObject({ polarity: "con" }));
});

describe("classifyClause: household measures and concentrations of a dose (general shapes)", () => {
  const water: Partial<ClassifyContext> = about("mineral water cure");
  const protocol = (clause: string) => classifyClause(clause, { ...ctx, ...water }, prepare(clause)).find((d) => d.category === "protocol")?.value;
  it.each([
    ["Drink 3 glasses a day before meals", { kind: "quantity", unit: "glasses", min: 3, max: 3 }],
    ["Add 2 teaspoons of the salts to the bath", { kind: "quantity", unit: "tsp", min: 2, max: 2 }],
    ["The water is taken at a concentration of at least 1.2 ppm", { kind: "quantity", unit: "ppm", min: 1.2 }],
  ])("%s", (clause, value) => expect(protocol(clause)).toMatchObject(value));
});

describe("classifyClause: how often, told as an instruction (general shapes)", () => {
  const rinse: Partial<ClassifyContext> = about("saline rinsing");
  const frequency = (clause: string) => classifyClause(clause, { ...ctx, ...rinse }, prepare(clause)).find((d) => d.category === "protocol")?.facet;
  it.each(["Rinse each nostril twice daily during a flare", "Sessions are usually fortnightly at first", "Apply the rinse every other day"])("%s", (clause) =>
    expect(frequency(clause)).toBe("frequency"));
});

describe("classifyClause: evidence no one is aware of, a remedy disowned, harms told as frequent, risks told as small (general shapes)", () => {
  const lamp: Partial<ClassifyContext> = about("lamp therapy");
  const value = (clause: string, category: string) => classifyClause(clause, { ...ctx, ...lamp }).find((d) => d.category === category)?.value;
  it.each([
    ["The agency is not aware of any adequate clinical evidence that lamp therapy cures arthritis", "efficacy", { polarity: "con" }],
    ["We think of lamp therapy as a gentle support for mood, not a treatment for any illness", "efficacy", { polarity: "con" }],
    ["Bruising and minor bleeding are also frequent after lamp therapy", "safety", { polarity: "con" }],
    ["For healthy adults the risks of lamp therapy are probably small", "safety", { polarity: "pro", hedged: true }],
    ["The risk of burns from lamp therapy remains very low", "safety", { polarity: "pro" }],
    // a study's finding of a change in an outcome: a fall in any, a rise in one good to have more of
    ["A meta-analysis from 2016 found a large drop in anxiety scores with lamp therapy", "efficacy", { polarity: "pro" }],
    ["A 2015 study of lamp therapy observed a modest rise in bone density", "efficacy", { polarity: "pro" }],
    ["Researchers found a 30% decline in migraine days with lamp therapy", "efficacy", { polarity: "pro" }],
    ["The review of lamp therapy found no drop in anxiety scores", "efficacy", { polarity: "con" }],
  ])("%s", (clause, category, expected) => expect(value(clause, category)).toMatchObject(expected));
});

describe("classifyClause: every unit beside other measures reads without throwing", () => {
  // (a wavelength beside a time once threw: each unit the values know, in the shapes that put measures side by side)
  const units = Object.keys(QUANTITY_UNITS).filter((u) => /^[\p{L}°%µ/0-9 .-]+$/u.test(u));
  const shapes = [
    (u: string) => `Lamp therapy is given at 5 ${u} for 20 minutes, twice a week, over six weeks`,
    (u: string) => `Each lamp therapy session uses 5 ${u} and lasts 45 minutes, and most people need 10 sessions`,
    (u: string) => `Lamp therapy runs at -5 ${u} to 12 ${u}, with 3 ${u} between, every two weeks`,
  ];
  it.each(units)("%s", (unit) => {
    for (const shape of shapes) expect(() => classifyClause(shape(unit), { ...ctx, ...about("lamp therapy") })).not.toThrow();
  });
});
