// Given names and their common English short forms, kept as data: "Tom Smith" and "Thomas A. Smith" can be one
// person, as "T. Smith" and "Thomas Smith" can. Folded (lower case, no accents); each full name with its short forms.
// (A short form shared by two names, "Al" for Albert and Alfred, is listed under each.)
export const SHORT_GIVEN_NAMES: Record<string, readonly string[]> = {
  abigail: ["abby", "abbie", "gail"], albert: ["al", "bert", "bertie"], alexander: ["alex", "alec", "sandy", "xander"],
  alexandra: ["alex", "sandra", "sandy", "lexi"], alfred: ["al", "alf", "alfie", "fred"], andrew: ["andy", "drew"],
  anthony: ["tony"], antony: ["tony"], arthur: ["art", "artie"], barbara: ["barb", "babs"], benjamin: ["ben", "benji", "benny"],
  bernard: ["bernie"], catherine: ["cathy", "kate", "katie", "cat"], charles: ["charlie", "chuck", "chas"],
  christine: ["chris", "tina"], christopher: ["chris", "kit"], cynthia: ["cindy"], daniel: ["dan", "danny"],
  david: ["dave", "davy"], deborah: ["debbie", "deb"], donald: ["don", "donnie"], dorothy: ["dot", "dottie", "dolly"],
  douglas: ["doug"], edward: ["ed", "eddie", "ted", "teddy", "ned"], edwin: ["ed", "eddie"], elizabeth: ["liz", "lizzie",
    "beth", "betty", "bess", "eliza", "libby"], eugene: ["gene"], frances: ["fran", "frankie"], francis: ["frank", "frankie"],
  frederick: ["fred", "freddie"], gerald: ["gerry", "jerry"], gregory: ["greg"], harold: ["harry", "hal"],
  henry: ["harry", "hank", "hal"], herbert: ["herb", "bert"], jacob: ["jake"], james: ["jim", "jimmy", "jamie"],
  jennifer: ["jen", "jenny"], jeffrey: ["jeff"], john: ["jack", "johnny"], jonathan: ["jon", "jonny"], joseph: ["joe", "joey"],
  joshua: ["josh"], katherine: ["kate", "katie", "kathy", "kay"], kathleen: ["kathy", "kate"], kenneth: ["ken", "kenny"],
  lawrence: ["larry"], laurence: ["larry"], leonard: ["len", "lenny", "leo"], louis: ["lou"], margaret: ["maggie", "meg",
    "peggy", "marge", "madge", "greta"], matthew: ["matt"], michael: ["mike", "mick", "mickey"], nathan: ["nate"],
  nathaniel: ["nat", "nate"], nicholas: ["nick", "nicky"], patricia: ["pat", "patty", "trish"],
  patrick: ["pat", "paddy"], peter: ["pete"], philip: ["phil"], phillip: ["phil"], raymond: ["ray"], rebecca: ["becky", "becca"],
  richard: ["dick", "rick", "ricky", "rich"], robert: ["bob", "bobby", "rob", "robbie", "bert"], ronald: ["ron", "ronnie"],
  samuel: ["sam", "sammy"], sarah: ["sally", "sadie"], stephen: ["steve", "stevie"], steven: ["steve", "stevie"],
  susan: ["sue", "susie"], theodore: ["ted", "teddy", "theo"], thomas: ["tom", "tommy"], timothy: ["tim", "timmy"],
  victoria: ["vicky", "tori"], walter: ["walt", "wally"], william: ["bill", "billy", "will", "willy", "liam"],
};
