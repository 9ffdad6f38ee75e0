// HTML → main text with an offset map back to the raw HTML. htmlparser2 gives each text node's raw
// [startIndex, endIndex]; decoded entities map as a whole onto their raw "&eacute;", so every character of
// the main text knows the raw range it came from. See docs/decisions/004-html-main-text.md.
import { Parser } from "htmlparser2";
import { CHROME_HTML_HINTS, CHROME_HTML_TAGS } from "./lexicon/chrome";
import type { SourceMetadata } from "./types";

export interface MainText {
  text: string;
  /** rawStart[i] / rawEnd[i]: the raw HTML range [start, end) that main-text character i came from; -1 for
   * separators the extraction inserted between blocks. */
  rawStart: Int32Array;
  rawEnd: Int32Array;
  metadata: SourceMetadata;
}

const BLOCK_TAGS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "td", "th", "table", "section",
  "article", "main", "blockquote", "dt", "dd", "dl", "figcaption", "figure", "pre", "hr", "address", "details", "summary",
]);
const SKIP_TAGS = new Set(CHROME_HTML_TAGS);
const HINTS = new RegExp(`(?:^|[\\s_-])(?:${CHROME_HTML_HINTS.map((h) => h.replace(/-$/, "")).join("|")})(?:$|[\\s_-])`, "i");
const VOID = new Set(["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"]);

/** The main text of an HTML page; spans in it map back through rawStart / rawEnd. */
export function htmlToMainText(html: string): MainText {
  const hasMain = /<(?:article|main)[\s>]/i.test(html);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const metadata: SourceMetadata = { title: null, author: null, date: null };
  const stack: Array<{ name: string; skip: boolean; main: boolean }> = [];
  let skipDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let titleText = "";
  let h1Text = "";
  let pendingBreak = "";

  const emitSep = (sep: string) => {
    if (chars.length === 0) return;
    if (sep.length > pendingBreak.length) pendingBreak = sep;
  };
  const emit = (ch: string, s: number, e: number) => {
    if (pendingBreak) {
      for (const c of pendingBreak) { chars.push(c); starts.push(-1); ends.push(-1); }
      pendingBreak = "";
    }
    const isSpace = /\s/.test(ch);
    if (isSpace) {
      const last = chars[chars.length - 1];
      if (chars.length === 0 || last === " " || last === "\n") return;
      ch = " ";
    }
    chars.push(ch); starts.push(s); ends.push(e);
  };

  const parser = new Parser({
    onopentag(name, attribs) {
      const cls = `${attribs.class ?? ""} ${attribs.id ?? ""} ${attribs.role ?? ""}`.toLowerCase();
      const skip = SKIP_TAGS.has(name) || (cls.trim() !== "" && HINTS.test(cls)) || attribs.hidden !== undefined
        || /display\s*:\s*none/i.test(attribs.style ?? "") || attribs["aria-hidden"] === "true";
      const main = name === "article" || name === "main";
      if (name === "meta") {
        const key = (attribs.name ?? attribs.property ?? "").toLowerCase();
        if (key === "author" && attribs.content) metadata.author = attribs.content;
        if (/published_time|date|pubdate/.test(key) && attribs.content) metadata.date = attribs.content.slice(0, 10);
      }
      if (name === "title") inTitle = true;
      if (name === "h1") inH1 = true;
      if (VOID.has(name)) { if (BLOCK_TAGS.has(name)) emitSep("\n"); return; }
      stack.push({ name, skip, main });
      if (skip) skipDepth++;
      if (main) mainDepth++;
      if (BLOCK_TAGS.has(name)) emitSep(name === "li" || name === "td" || name === "th" ? "\n" : "\n\n");
    },
    onclosetag(name) {
      if (name === "title") inTitle = false;
      if (name === "h1") inH1 = false;
      if (VOID.has(name)) return;
      // pop to the matching open tag (htmlparser2 closes implied tags itself)
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i].name !== name) continue;
        while (stack.length > i) {
          const t = stack.pop()!;
          if (t.skip) skipDepth--;
          if (t.main) mainDepth--;
        }
        break;
      }
      if (BLOCK_TAGS.has(name)) emitSep(name === "li" || name === "td" || name === "th" ? "\n" : "\n\n");
    },
    ontext(data) {
      const s = parser.startIndex, e = parser.endIndex + 1;
      if (inTitle) { titleText += data; return; }
      if (inH1) h1Text += data;
      if (skipDepth > 0) return;
      if (hasMain && mainDepth === 0 && !inH1) return;
      if (data.length === e - s) for (let i = 0; i < data.length; i++) emit(data[i], s + i, s + i + 1);
      else for (const ch of data) emit(ch, s, e); // a decoded entity: every char maps to the whole "&...;"
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  metadata.title = (h1Text || titleText).replace(/\s+/g, " ").trim() || null;
  return { text: chars.join(""), rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends), metadata };
}

/** A main-text span [start, end) as a raw-HTML span. */
export function toRawSpan(m: MainText, start: number, end: number): { start: number; end: number } | null {
  let a = start, b = end - 1;
  while (a <= b && m.rawStart[a] < 0) a++;
  while (b >= a && m.rawEnd[b] < 0) b--;
  if (a > b) return null;
  return { start: m.rawStart[a], end: m.rawEnd[b] };
}
