// Cuts a text into runs so that overlapping claim spans can be drawn as marks: each run knows which claims
// cover it. Pure, and linear in the number of span boundaries.

export interface HighlightSpan {
  id: number;
  start: number;
  end: number;
}

export interface TextRun {
  start: number;
  end: number;
  /** Claims covering the run, shortest span first (the most specific claim is the one a click opens). */
  claimIds: number[];
}

export function highlightRuns(textLength: number, spans: HighlightSpan[]): TextRun[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= textLength && s.start < s.end);
  const cuts = new Set<number>([0, textLength]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const bySize = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const claimIds = bySize.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const last = runs[runs.length - 1];
    if (last && last.claimIds.length === 0 && claimIds.length === 0) last.end = end;
    else runs.push({ start, end, claimIds });
  }
  return runs;
}
