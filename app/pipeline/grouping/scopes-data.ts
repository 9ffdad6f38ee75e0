// Scope lexicon, kept as data: which place names contain which. Folded (lower case, no accents).
// Used only to decide whether one stated scope lies inside another ("France" inside "Europe" inside
// "worldwide"); a scope not listed here is compared by its words alone.

/** Words meaning "everywhere": such a scope contains every other. A missing scope counts as one too. */
export const WORLDWIDE_SCOPES = [
  "worldwide",
  "world wide",
  "world",
  "the world",
  "all over the world",
  "around the world",
  "across the world",
  "globally",
  "global",
  "internationally",
  "international",
  "everywhere",
  "in the world",
];

/** Continents and the countries inside them (a small table; extend as corpora need). */
export const CONTINENTS: Record<string, string[]> = {
  europe: [
    "france", "germany", "italy", "spain", "portugal", "belgium", "netherlands", "luxembourg", "switzerland",
    "austria", "united kingdom", "ireland", "denmark", "sweden", "norway", "finland", "iceland", "poland",
    "czech republic", "czechia", "slovakia", "hungary", "romania", "bulgaria", "greece", "croatia", "slovenia",
    "serbia", "ukraine", "russia", "estonia", "latvia", "lithuania", "belarus", "moldova", "albania",
    "bosnia and herzegovina", "north macedonia", "montenegro", "malta", "cyprus", "monaco", "andorra",
  ],
  "north america": ["united states", "canada", "mexico", "cuba", "guatemala", "costa rica", "panama"],
  "south america": [
    "brazil", "argentina", "chile", "colombia", "peru", "venezuela", "ecuador", "bolivia", "uruguay", "paraguay",
  ],
  asia: [
    "china", "india", "japan", "south korea", "korea", "indonesia", "thailand", "vietnam", "philippines",
    "malaysia", "singapore", "pakistan", "bangladesh", "iran", "iraq", "israel", "turkey", "saudi arabia",
    "united arab emirates", "taiwan", "nepal", "sri lanka",
  ],
  africa: [
    "egypt", "nigeria", "south africa", "kenya", "morocco", "algeria", "tunisia", "ethiopia", "ghana",
    "senegal", "tanzania", "uganda",
  ],
  oceania: ["australia", "new zealand"],
};

/** Other spellings of the same place, mapped to the name used in CONTINENTS. */
export const PLACE_ALIASES: Record<string, string> = {
  us: "united states",
  usa: "united states",
  "u s": "united states",
  "u s a": "united states",
  america: "united states",
  "the us": "united states",
  "the usa": "united states",
  "the united states": "united states",
  "united states of america": "united states",
  uk: "united kingdom",
  "u k": "united kingdom",
  "the uk": "united kingdom",
  "great britain": "united kingdom",
  britain: "united kingdom",
  england: "united kingdom",
  scotland: "united kingdom",
  wales: "united kingdom",
  holland: "netherlands",
  "the netherlands": "netherlands",
  deutschland: "germany",
  espana: "spain",
  italia: "italy",
  "north american": "north america",
  "south american": "south america",
  european: "europe",
  "the eu": "europe",
  eu: "europe",
  "european union": "europe",
  french: "france",
  german: "germany",
  italian: "italy",
  spanish: "spain",
  american: "united states",
  british: "united kingdom",
  chinese: "china",
  japanese: "japan",
  indian: "india",
  brazilian: "brazil",
  canadian: "canada",
  australian: "australia",
};
