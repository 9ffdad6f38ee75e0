// One group's figures side by side: each source's value with the range it states, on a log axis when the
// figures span orders of magnitude, open ranges ("more than …") drawn to the cap and labelled open. Figures in
// different units (mm and in) cannot share an axis: each unit gets a panel of its own, titled with the unit, so
// that every figure of the group is drawn.
import { Link } from "@remix-run/react";
import { AssessmentBadge } from "~/components/Badges";
import { ChartFigure, Swatch } from "./ChartFrame";
import { claimHref, groupHref, numberTick, panelTitle, panelUnitName, yearTick, type NumericGroupData, type NumericPanel } from "./data";
import { RangeChart, RangePointsTable } from "./RangeChart";

function axisLabel(panel: NumericPanel): string {
  const unit = panel.kind === "year" ? "year" : panel.unit ?? (panel.kind === "count" ? "count" : "value");
  return panel.log ? `${unit} (log scale)` : unit;
}

export function NumericGroupChart({ slug, group, index }: { slug: string; group: NumericGroupData; index: number }) {
  const id = `chart-numeric-${index}`;
  const panels = group.panels.map((panel) => ({
    ...panel,
    points: panel.points.map((p) => ({ ...p, href: claimHref(slug, p.claimId), cap: panel.cap, unit: panelUnitName(panel) })),
  }));
  const several = panels.length > 1;
  const points = panels.flatMap((p) => p.points);
  const only = panels[0];
  const chart = (panel: (typeof panels)[number], width: number) => (
    <RangeChart
      rows={panel.rows}
      points={panel.points}
      domain={panel.domain}
      log={panel.log}
      ticks={panel.ticks}
      tickFormatter={panel.kind === "year" ? yearTick : numberTick}
      axisLabel={axisLabel(panel)}
      width={width}
      markTestId="numeric-mark"
    />
  );
  return (
    <ChartFigure
      id={id}
      testId="numeric-chart"
      title={group.label}
      description={
        <>
          <AssessmentBadge assessment={group.assessment} />{" "}
          {several ? (
            <>
              Each source's figure, one chart per unit the sources use: {panels.map(panelUnitName).join("; ")}.
            </>
          ) : (
            <>
              Each source's figure{only.unit ? ` (${only.unit})` : ""}
              {only.log ? ", on a logarithmic scale: the figures span orders of magnitude" : ""}.
            </>
          )}{" "}
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
      render={(width) =>
        several
          ? panels.map((panel, i) => (
              <div key={i} className="chart-panel" role="group" aria-labelledby={`${id}-panel-${i}`} data-testid="numeric-panel">
                <h4 id={`${id}-panel-${i}`}>
                  {panelTitle(panel)}
                  <span className="muted">
                    {" "}
                    · {panel.points.length} figure{panel.points.length === 1 ? "" : "s"}
                    {panel.log ? ", logarithmic scale" : ""}
                  </span>
                </h4>
                {chart(panel, width)}
              </div>
            ))
          : chart(only, width)
      }
      table={<RangePointsTable testId="numeric-table" valueHeading="Value" points={points} unitHeading={several ? "Unit" : undefined} />}
    />
  );
}
