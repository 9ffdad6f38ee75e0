// One group's figures side by side: each source's value with the range it states, on a log axis when the
// figures span orders of magnitude, open ranges ("more than …") drawn to the cap and labelled open.
import { Link } from "@remix-run/react";
import { AssessmentBadge } from "~/components/Badges";
import { ChartFigure, Swatch } from "./ChartFrame";
import { claimHref, groupHref, numberTick, yearTick, type NumericGroupData } from "./data";
import { RangeChart, RangePointsTable } from "./RangeChart";

export function NumericGroupChart({ slug, group, index }: { slug: string; group: NumericGroupData; index: number }) {
  const points = group.points.map((p) => ({ ...p, href: claimHref(slug, p.claimId), cap: group.cap }));
  const id = `chart-numeric-${index}`;
  const unit = group.kind === "year" ? "year" : group.unit ?? (group.kind === "count" ? "count" : "value");
  return (
    <ChartFigure
      id={id}
      testId="numeric-chart"
      title={group.label}
      description={
        <>
          <AssessmentBadge assessment={group.assessment} /> Each source's figure{group.unit ? ` (${group.unit})` : ""}
          {group.log ? ", on a logarithmic scale: the figures span orders of magnitude" : ""}.{" "}
          <Link to={groupHref(slug, group.key)}>Open the group</Link>
        </>
      }
      legend={
        <>
          <Swatch className="fill-dot">Figure stated</Swatch>
          <Swatch className="fill-range">Range</Swatch>
          {points.some((p) => p.hi === null) ? <Swatch className="fill-open">Open (“more than”)</Swatch> : null}
        </>
      }
      render={(width) => (
        <RangeChart
          rows={group.rows}
          points={points}
          domain={group.domain}
          log={group.log}
          ticks={group.ticks}
          tickFormatter={group.kind === "year" ? yearTick : numberTick}
          axisLabel={group.log ? `${unit} (log scale)` : unit}
          width={width}
          markTestId="numeric-mark"
        />
      )}
      table={
        <RangePointsTable testId="numeric-table" valueHeading="Value" points={points} />
      }
    />
  );
}
