// What a count counts, kept as data: counts of different kinds of thing (practitioners against clinics) are
// not compared. Entries are word beginnings, folded; a unit whose class is unknown is compared with anything.
export const COUNT_UNIT_CLASSES: Record<string, string[]> = {
  people_practising: [
    "practitioner", "physician", "doctor", "therapist", "professional", "clinician", "nurse", "specialist",
    "dentist", "surgeon", "provider", "chiropractor", "osteopath", "homeopath", "naturopath", "midwive", "midwife",
    "healer", "masseur", "masseuse", "consultant", "medic", "gp", "member",
  ],
  // those who teach it, a part of those who practise it, and those learning it: counted apart from both
  people_teaching: ["instructor", "teacher", "trainer", "tutor", "educator", "lecturer", "mentor"],
  people_training: ["student", "trainee", "apprentice", "graduate", "learner"],
  // how many countries it has reached: a count of its spread, not of people or places
  countries: ["countr", "nation", "continent"],
  places: [
    "clinic", "centre", "center", "hospital", "practice", "practices", "spa", "salon", "office", "institute", "school",
    "universit", "facilit", "pharmac", "studio",
  ],
  people_treated: ["patient", "client", "user", "people", "person", "customer", "consumer", "adult", "child", "women", "men", "resident"],
  sessions: ["session", "treatment", "visit", "appointment", "injection", "course"],
};

/** Suffixes that name a practitioner of something ("kinesiologist", "acupuncturist"). */
export const PRACTITIONER_SUFFIXES = ["ist", "ists", "ian", "ians"];
