// Page chrome: the furniture of a web page that is not the text's content. General web English only.
/** A line that contains one of these (case-insensitive regex sources) and is short is chrome. */
export const CHROME_LINE_PATTERNS: readonly string[] = [
  "\\bshare (this|on|your)\\b", "\\b(leave|post|add|write) a (comment|reply|review)\\b", "\\bcomments?\\b\\s*[*:(]",
  "\\b(sign|log) (up|in)\\b", "\\bsubscribe\\b", "\\bnewsletter\\b", "\\bfollow us\\b", "\\bread more\\b",
  "\\byou (may|might|could|will) also (like|enjoy|be interested)\\b", "\\brelated (articles?|posts?|stories|links|content)\\b",
  "\\brecommended (for you|articles?|reading)\\b", "\\bcookies?\\b", "\\bprivacy (policy|settings)\\b",
  "\\bterms (of use|and conditions|of service)\\b", "\\ball rights reserved\\b", "\\bcopyright\\b", "©", "^\\(c\\)\\s*\\d{4}\\b",
  // an encyclopedia's hatnote: "For the use of salt in food preservation, see Curing.", "This article is about …"
  "^for (?!(?:best|better|more|further|full|example|instance|details|information|a full|the full|the best|most)\\b)(?:other uses|[^.;]{1,80}),\\s+see\\s+(?!(?:a|an|your|our|my|their|his|her|the (?:doctor|physician|gp|practitioner|table|list|section|chart|box|figure))\\b)[^.;]{1,80}\\.?$", "^this article is about\\b", "^not to be confused with\\b", "^\"?[^.;]{1,60}\"? redirects here\\b",
  // a video's or a gallery's caption line: "WATCH: Poison control doctor explains why … (2:14)"
  "^(?:watch|video|listen|photos?|gallery|slideshow)\\s*:\\s",
  "\\badvertisement\\b", "\\bsponsored\\b", "\\bpaywall\\b", "\\bsubscribers? only\\b", "\\bfree trial\\b",
  "\\bjoin the (discussion|conversation)\\b", "\\bbe the first to\\b", "\\bask a question\\b", "\\bclick here\\b",
  "\\bskip to (main )?content\\b", "\\bback to top\\b", "\\bprint (this|article)\\b", "\\bemail (this|address)\\b",
  "\\b(next|previous) (article|post|page)\\b", "\\bshow more\\b", "\\bload more\\b", "\\bloading\\b",
  "\\bnever (be )?shown\\b", "\\brequired fields?\\b", "\\byour (name|email)\\b", "\\bsend to a friend\\b",
  "\\b(tweet|facebook|pinterest|linkedin|whatsapp|instagram)\\b", "\\bwe (also )?love (comments|hearing)\\b",
  "\\bseek advice\\b", "^learn more\\b",
  // a page's interface named in its alt text: "language-icon", "site logo", "menu-toggle"
  "[\\w-]*(?:-icon|-logo|-toggle)\\b", "\\b(?:site|company) logo\\b",
  // a language switcher's entry alone on its line
  "^(?:english|français|francais|español|espanol|deutsch|italiano|português|portugues|nederlands|polski|svenska)$", "^\\W*disclaimer\\b", "\\bnot been evaluated by the (?:fda|food and drug administration)\\b", "^(?:book|call|order|shop|buy|reserve|contact us)\\b[^.]{0,40}\\b(?:now|today|online)\\b", "\\b\\d+% off\\b", "^welcome to\\b", "\\bfree consultation\\b", "\\bcall (?:us )?(?:now|today|on|at|\\(?\\d)",
  // (an invitation to the reader, not what customers tell a seller: "Many of our customers tell us their flare-ups …")
  "^\\s*(?:please\\s+)?tell us\\b|\\btell us (?:what you think|about (?:your|it)|your (?:story|experience|thoughts|views))\\b", "\\bshare your (story|experience|thoughts)\\b", "\\btags?:", "\\bcategor(y|ies):", "^\\s*key ?words?\\s*:", "^posted (?:by|on|in)\\b", "\\b\\d+ (?:comments?|replies|responses)\\b", "^\\s*(?:doi|issn|isbn|pmid)\\b", "^\\s*(?:source|image|photo|credit)s?\\s*:",
];
/** A wiki's revision line, however long the edit summary it quotes: "Revision as of 10:15, 18 October 2016 by Ann
 * (talk | contribs) (Created page with …)" (MediaWiki's own wording, on every wiki built with it). */
export const REVISION_LINE = "^(?:Latest )?[Rr]evision as of \\d{1,2}:\\d{2},?\\s[^()]{0,60}\\(talk\\s*\\|\\s*contribs?\\)";
/** Long lines are chrome only when a strong pattern matches; this is the word limit for the weak ones. */
export const CHROME_MAX_WORDS = 30;
/** Breadcrumb separators: a line with two or more of these between short items. */
export const BREADCRUMB_SEPARATORS: readonly string[] = [">", "»", "›", "/", "|", "→", "::"];
/** A byline: "By Jane Doe", "By: Jane Doe - Updated: 15 Mar 2013", "Written by ...", "Posted on ...". */
export const BYLINE_LEAD = "^(?:by|written by|posted by|author|reviewed by|words by)\\s*:?\\s+";
export const DATE_LEAD = "(?:updated|published|posted|last (?:updated|modified|reviewed)|date)\\s*:?\\s*(?:on\\s+)?";
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
/** HTML class / id fragments of page furniture (lower case). */
export const CHROME_HTML_HINTS: readonly string[] = [
  "nav", "menu", "breadcrumb", "share", "social", "comment", "newsletter", "subscribe", "cookie", "consent",
  "related", "recommend", "sidebar", "footer", "header", "banner", "advert", "ad-", "promo", "paywall",
  "popup", "modal", "signup", "login", "author-bio", "byline", "tags", "widget", "skip", "masthead",
];
export const CHROME_HTML_TAGS: readonly string[] = [
  "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
  "select", "option", "iframe", "object", "embed", "canvas", "label", "input", "textarea", "head", "title",
];
/** A line that cites a source, whatever its length: a reference list's entry ("Lee, Ann (2004). "Title".
 * Publisher. Retrieved 16 May 2012."), with its retrieval date, ISBN or DOI. */
export const REFERENCE_LINE_PATTERNS: readonly string[] = [
  "\\b(?:retrieved|accessed|archived)(?: (?:on|from))?:? (?:\\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:\\d{1,2},? )?\\d{4}\\b",
  // "Lancet. 2005;366(9487):726-32": year; volume(issue): pages
  "\\b(?:1[89]|20)\\d{2}(?: [A-Z][a-z]{2}(?: \\d{1,2})?)?;\\s?\\d+(?:\\(\\d+\\))?:\\s?[A-Z]?\\d+(?:[-–]\\d+)?\\b",
  "\\bisbn(?:-1[03])?:?\\s*[\\dx-]{9,}", "\\bdoi:\\s*10\\.\\d", "\\bpmid:?\\s*\\d",
  // "Lee, Ann; Brown, W. (2006). "Title"", "Lee A, Brown W (23 June 2014). "Title""
  "^(?:\\^\\s*)?\\p{Lu}[\\p{L}'’-]+,?\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*(?:[;,]\\s*[^()]{0,200})?(?:,?\\s*eds?\\.)?\\s*\\([^()]*\\d{4}[^()]*\\)\\.\\s+[\"“]",
];

/** Lines after which a page moves on to other stories: what follows (until the subject is named again) is not
 * about the text's subject. */
export const SECTION_BREAK_PATTERNS: readonly string[] = [
  "^(?:also|more) (?:in|from) (?:the )?(?:news|this section|our site|health|\\w+)\\b", "^related (?:articles|posts|stories|news|content|reading)\\b",
  "^you (?:may|might) also (?:like|enjoy)\\b", "^(?:more|other|latest|top|trending|popular) (?:stories|articles|news|posts)\\b",
  "^(?:most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|read (?:more|next)|in other news|elsewhere)\\b",
  // (not "Advertisement": news pages set it between the paragraphs of one story)
  "^(?:sponsored(?: content| links?| stories)?|partner content)\\b",
  // the apparatus after an article: what follows cites or points elsewhere
  "^(?:references|sources|bibliography|notes|citations|footnotes|further reading|external links|see also)\\s*:?$",
  // readers' comments: what follows is other people's talk, not the page's claims
  "^(?:\\d+\\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\\s*\\(\\d+\\))?\\s*:?$", "^(?:leave|post|add) a (?:comment|reply)\\b",
];
