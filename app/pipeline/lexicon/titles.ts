// Titles and honorifics dropped from a person's name; professions that may stand before a name.
export const TITLES: readonly string[] = [
  "dr.", "dr", "doctor", "professor", "prof.", "prof", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame",
  "rev.", "reverend", "father", "sister", "brother", "master", "sensei", "swami", "sri",
];
export const POST_NOMINALS: readonly string[] = ["m.d.", "md", "ph.d.", "phd", "d.o.", "do", "rn", "msc", "bsc", "frcs", "jr.", "sr."];
export const PROFESSIONS: readonly string[] = [
  "physician", "doctor", "surgeon", "dermatologist", "scientist", "researcher", "therapist", "practitioner",
  "nurse", "chemist", "pharmacist", "osteopath", "chiropractor", "engineer", "inventor", "teacher", "professor",
  "psychologist", "psychiatrist", "neurologist", "dentist", "veterinarian", "healer", "monk", "priest", "clergyman", "pastor", "minister", "missionary", "botanist", "naturalist",
  "coach", "trainer", "instructor", "masseur", "masseuse", "guru", "shaman", "entrepreneur", "author", "writer", "athlete", "yogi",
  // trades a founder is often introduced by: "the Australian actor A. B. Lorimer", "a Bavarian farmer"
  "actor", "actress", "singer", "dancer", "musician", "performer", "orator", "farmer", "labourer", "laborer", "businessman",
  "businesswoman", "midwife", "nun", "sailor", "soldier", "officer", "lecturer", "philosopher", "mystic", "barber", "beekeeper",
];
export const NATIONALITIES: readonly string[] = [
  "french", "german", "american", "british", "english", "italian", "spanish", "swiss", "austrian", "dutch",
  "belgian", "swedish", "danish", "norwegian", "russian", "polish", "chinese", "japanese", "korean", "indian",
  "canadian", "australian", "brazilian", "mexican", "argentine", "irish", "scottish", "greek", "turkish",
  "israeli", "egyptian", "hungarian", "czech", "portuguese", "finnish",
];
