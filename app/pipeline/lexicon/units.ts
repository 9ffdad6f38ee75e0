// Measurement units as written → the normalised unit of a quantity value.
export const QUANTITY_UNITS: Readonly<Record<string, string>> = {
  mm: "mm", millimeter: "mm", millimeters: "mm", millimetre: "mm", millimetres: "mm",
  cm: "cm", centimeter: "cm", centimeters: "cm", centimetre: "cm", centimetres: "cm",
  in: "in", inch: "in", inches: "in", '"': "in",
  min: "min", mins: "min", minute: "min", minutes: "min",
  h: "h", hr: "h", hrs: "h", hour: "h", hours: "h",
  "%": "%", percent: "%", "per cent": "%",
  ml: "ml", milliliter: "ml", milliliters: "ml", millilitre: "ml", millilitres: "ml", cc: "ml",
  l: "l", liter: "l", liters: "l", litre: "l", litres: "l", gallon: "gal", gallons: "gal", gal: "gal",
  mg: "mg", milligram: "mg", milligrams: "mg", g: "g", gram: "g", grams: "g", mcg: "mcg", µg: "mcg",
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month",
  second: "s", seconds: "s", sec: "s", secs: "s",
  // temperatures (a sign before the figure is read with it: "-110 °C"), and concentrations of a dose
  "°c": "°C", "ºc": "°C", "° c": "°C", "degrees celsius": "°C", "degrees c": "°C", "°f": "°F", "ºf": "°F", "degrees fahrenheit": "°F",
  // pressures a session is given at ("2.0 to 2.4 atmospheres absolute")
  ata: "ATA", "atmospheres absolute": "ATA", "atmosphere absolute": "ATA",
  // light a device is set to ("red light at 660 nm"), and drops of a tincture taken ("take 4 drops")
  nm: "nm", nanometer: "nm", nanometers: "nm", nanometre: "nm", nanometres: "nm",
  // a device's pulse rate ("80 to 120 Hz") and a suction's pressure ("between 100 and 300 mbar")
  hz: "Hz", hertz: "Hz", mbar: "mbar", millibar: "mbar", millibars: "mbar",
  drop: "drops", drops: "drops", spray: "sprays", sprays: "sprays", capsule: "capsules", capsules: "capsules",
  tablet: "tablets", tablets: "tablets",
  // household measures and concentrations of a dose: "half a teaspoon of salt", "eight glasses a day", "1.6 ppm"
  teaspoon: "tsp", teaspoons: "tsp", tsp: "tsp", tablespoon: "tbsp", tablespoons: "tbsp", tbsp: "tbsp",
  glass: "glasses", glasses: "glasses", ppm: "ppm",
  "mg/m3": "mg/m3", "mg/m³": "mg/m3", "µg/ml": "µg/ml", "μg/ml": "µg/ml", "mcg/ml": "µg/ml", "mg/ml": "mg/ml", "mg/l": "mg/l",
};
/** Counted nouns that make a count a practitioner / user count. */
export const PRACTITIONER_NOUNS: readonly string[] = [
  "practitioners", "physicians", "doctors", "therapists", "clinicians", "specialists", "practices", "clinics",
  "users", "people", "patients", "members", "providers", "practitioner", "physician", "doctors", "surgeons",
  "nurses", "dermatologists", "chiropractors", "osteopaths", "homeopaths", "acupuncturists", "instructors",
  "teachers", "coaches", "trainers", "healers", "facilitators", "centres", "centers", "facilities", "studios", "schools", "spas", "salons", "followers", "adherents", "professionals", "experts",
  "participants", "subjects", "clients", "consumers", "americans", "adults", "children", "women", "men", "guests",
];
/** Counted nouns of a protocol: how many sessions. All become unit "sessions". */
export const SESSION_NOUNS: readonly string[] = [
  "sessions", "treatments", "visits", "appointments", "injections", "applications", "courses", "classes",
  "session", "treatment", "visit", "procedures", "rounds", "cycles", "infusions", "sittings", "lessons",
];
/** Words between a number and its counted noun that do not change what is counted. */
export const COUNT_FILLERS: readonly string[] = [
  "initial", "further", "additional", "more", "weekly", "monthly", "daily", "separate", "consecutive",
  "individual", "registered", "trained", "certified", "licensed", "qualified", "active", "practising",
  "practicing", "medical", "professional", "different", "regular", "follow-up", "other", "new", "full",
];
