// What the source page shows: plain and Markdown sources as stored; HTML sources as their main text (the
// reader wants the article, not its markup), with claim spans moved from raw-HTML offsets onto that text.
import { htmlToMainText } from "~/pipeline/html";
import type { HighlightSpan } from "./highlight";

export interface ReadingText {
  text: string;
  spans: HighlightSpan[];
}

export function readingText(stored: string, format: string, spans: HighlightSpan[]): ReadingText {
  if (format !== "html") return { text: stored, spans };
  const main = htmlToMainText(stored);
  // Main-text characters that came from the page, in raw order: binary-searchable by raw offset.
  const index: number[] = [];
  for (let i = 0; i < main.text.length; i++) if (main.rawStart[i] >= 0) index.push(i);
  const firstAtOrAfter = (raw: number) => {
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (main.rawStart[index[mid]] < raw) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const moved: HighlightSpan[] = [];
  for (const s of spans) {
    const a = firstAtOrAfter(s.start);
    const b = firstAtOrAfter(s.end);
    if (a < b) moved.push({ id: s.id, start: index[a], end: index[b - 1] + 1 });
  }
  return { text: main.text, spans: moved };
}
