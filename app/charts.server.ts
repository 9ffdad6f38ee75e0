// The corpus overview's charts as plain data: computed from the corpus's groups, claims and sources in three
// queries (listGroups, listClaims, listSources), whatever the size of the corpus.
import { listClaims, listGroups, type ClaimView } from "../db/claims";
import type { DB } from "../db/client";
import { listSources } from "../db/sources";
import {
  disagreementOrder,
  layoutRows,
  clampToDomain,
  focusRange,
  numericAxis,
  openRangeCap,
  shorten,
  shouldUseLogScale,
  splitAgreement,
  valueRange,
  type ClaimMark,
  type CorpusChartsData,
  type DisagreementRow,
  type NumericGroupData,
  type NumericPanel,
  type RangePoint,
  type TimelineData,
  type VerdictRow,
} from "~/components/charts/data";
import { formatValue } from "~/pipeline/grouping/format";
import type { Viewer } from "~/review/verdicts";

/** The distinct non-empty values, the most common first (a tie keeps the first seen first). */
function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/** How much of a claim a tooltip or label quotes. */
const QUOTE_CHARS = 180;

/** `viewer`: whose eyes the verdict counts are for (blind review hides others' verdicts); absent, everything. */
export async function loadCorpusCharts(db: DB, corpusId: number, viewer?: Viewer | null): Promise<CorpusChartsData> {
  const [groups, { claims }, sources] = await Promise.all([
    listGroups(db, corpusId),
    listClaims(db, { corpusId, viewer }),
    listSources(db, corpusId),
  ]);
  const sourceName = new Map(sources.map((s) => [s.id, s.title.trim() || s.origin]));
  const nameOf = (id: number) => sourceName.get(id) ?? `Source ${id}`;
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const mark = (c: ClaimView): ClaimMark => ({
    claimId: c.id,
    sourceId: c.sourceId,
    source: nameOf(c.sourceId),
    quote: shorten(c.text, QUOTE_CHARS),
    valueText: c.value ? formatValue(c.value) : "",
  });

  // Disagreement: one bar per group, its sources split by splitAgreement (the rule is documented there:
  // sources with a claim in a conflicting pair disagree; in a divergent group, those whose value differs from
  // the most common one), conflicts first.
  const disagreement: DisagreementRow[] = groups
    .map((g) => {
      const members = g.claimIds.map((id) => claimById.get(id)).filter((c): c is ClaimView => !!c);
      const split = splitAgreement(g.assessment, g.conflicts, members);
      return { key: g.key, label: g.label, assessment: g.assessment, agreeing: split.agreeing.map(nameOf), disagreeing: split.disagreeing.map(nameOf) };
    })
    .sort(disagreementOrder);

  // Verdicts: one stacked bar per source, every source listed (a source with no claim shows an empty bar).
  const verdicts: VerdictRow[] = sources.map((s) => ({ sourceId: s.id, source: nameOf(s.id), supported: 0, contested: 0, contradicted: 0, unreviewed: 0 }));
  const verdictRow = new Map(verdicts.map((v) => [v.sourceId, v]));
  for (const c of claims) {
    const row = verdictRow.get(c.sourceId);
    if (row) row[(!c.hidden && c.verdict) || "unreviewed"] += 1;
  }

  // Timeline: every claim whose value is a year (origin dates, recognitions, …), one row per source.
  const dated = claims.filter((c) => c.value?.kind === "year");
  // Rows are keyed by source id (two sources may share a title) and labelled with the source's name.
  const timelineSources = sources.filter((s) => dated.some((c) => c.sourceId === s.id)).map((s) => String(s.id));
  const timelineRows = timelineSources.map((id) => nameOf(Number(id)));
  const timelinePoints: RangePoint[] = layoutRows(
    dated.map((c) => ({ ...mark(c), ...valueRange(c.value)!, row: String(c.sourceId) })),
    timelineSources,
  ).map(({ rowIndex, ...p }) => ({ ...p, row: rowIndex }));
  const [firstYear, lastYear] = focusRange(timelinePoints.flatMap((p) => [p.lo, p.hi ?? p.lo]));
  const timelineAxis = numericAxis(firstYear, lastYear, false, "year");
  const timeline: TimelineData = {
    rows: timelineRows,
    points: timelinePoints.map((p) => clampToDomain(p, timelineAxis.domain)),
    ...timelineAxis,
  };

  /** One axis of a numeric group: its figures in one kind and unit ("quantity|mm"), a row per source. */
  const numericPanel = (kindUnit: string, drawn: ClaimView[]): NumericPanel => {
    const [kind, quantityUnit] = kindUnit.split("|") as [NumericPanel["kind"], string];
    const nouns = byFrequency(drawn.map((c) => (c.value?.kind === "count" ? c.value.unit ?? "" : "")));
    const unit = kind === "count" ? nouns.join(", ").replace(/, ([^,]*)$/, " or $1") : quantityUnit;
    const ranges = drawn.map((c) => valueRange(c.value)!);
    const bounds = ranges.flatMap((r) => (r.hi === null ? [r.lo] : [r.lo, r.hi]));
    const log = kind !== "year" && shouldUseLogScale(bounds);
    const cap = openRangeCap(ranges, log);
    const rowSources = [...new Set(drawn.map((c) => String(c.sourceId)))];
    const points = layoutRows(
      drawn.map((c) => ({ ...mark(c), ...valueRange(c.value)!, row: String(c.sourceId) })),
      rowSources,
    ).map(({ rowIndex, ...p }) => ({ ...p, row: rowIndex }));
    return {
      kind,
      unit: unit || null,
      log,
      ...numericAxis(Math.min(...bounds), Math.max(cap, ...bounds), log, kind),
      cap,
      rows: rowSources.map((id) => nameOf(Number(id))),
      points,
    };
  };

  // Numeric groups: each group whose claims state years, counts or quantities. One axis holds one kind and one
  // unit, so a group whose figures come in several units (mm and in, min and h) gets one panel per unit, the
  // most used first: no figure is left out. Counts share a panel whatever their noun (practitioners,
  // physicians: the group already says what is counted); quantities in different units do not.
  const numeric: NumericGroupData[] = [];
  for (const g of groups) {
    const members = g.claimIds.map((id) => claimById.get(id)).filter((c): c is ClaimView => !!c && valueRange(c.value) !== null);
    if (!members.length) continue;
    const byUnit = new Map<string, ClaimView[]>();
    for (const c of members) {
      const v = c.value!;
      const k = `${v.kind}|${v.kind === "quantity" ? v.unit : ""}`;
      byUnit.set(k, [...(byUnit.get(k) ?? []), c]);
    }
    // Most figures first; a tie keeps the order the claims come in (Map order, stable sort).
    const panels = [...byUnit].sort((a, b) => b[1].length - a[1].length).map(([k, drawn]) => numericPanel(k, drawn));
    numeric.push({ key: g.key, label: g.label, assessment: g.assessment, panels });
  }
  numeric.sort((a, b) => disagreementOrder(
    { key: a.key, label: a.label, assessment: a.assessment, agreeing: [], disagreeing: [] },
    { key: b.key, label: b.label, assessment: b.assessment, agreeing: [], disagreeing: [] },
  ));

  return { disagreement, verdicts, timeline, numeric };
}
