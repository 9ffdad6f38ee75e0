// Every dated claim of the corpus on one time axis, a row per source: when each source says things happened.
import { ChartFigure, Swatch } from "./ChartFrame";
import { claimHref, yearTick, type TimelineData } from "./data";
import { RangeChart, RangePointsTable } from "./RangeChart";

export function TimelineChart({ slug, data }: { slug: string; data: TimelineData }) {
  const points = data.points.map((p) => ({ ...p, href: claimHref(slug, p.claimId), cap: p.hi ?? p.lo }));
  return (
    <ChartFigure
      id="chart-timeline"
      testId="timeline-chart"
      title="Timeline of dated claims"
      description="Every claim that gives a year, by source: a dot at the year (or the middle of a range), a line across the range. A dot opens its claim."
      empty={points.length ? null : "No claim gives a year yet."}
      legend={
        <>
          <Swatch className="fill-dot">Year stated</Swatch>
          <Swatch className="fill-range">Range (a decade, “early 1950s”)</Swatch>
          {points.some((p) => p.beyond) ? <span className="chart-legend-item">‹ › far earlier or later: drawn at the edge</span> : null}
        </>
      }
      render={(width) => (
        <RangeChart
          rows={data.rows}
          points={points}
          domain={data.domain}
          ticks={data.ticks}
          tickFormatter={yearTick}
          axisLabel="year"
          width={width}
          markTestId="timeline-mark"
        />
      )}
      table={
        <RangePointsTable testId="timeline-table" valueHeading="Year" points={points} />
      }
    />
  );
}
