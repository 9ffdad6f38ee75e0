// A dot-and-range plot shared by the timeline and the numeric groups: one row per source, each claim a dot
// (the middle of its range, or the stated bound of an open one) with a line across the range it states.
// An open range ("more than 15,000") is drawn dashed to the chart's cap, with an arrow, and labelled open.
import { Link } from "@remix-run/react";
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis, useXAxisScale } from "recharts";
import { ClaimTip, labelWidth, Mark } from "./ChartFrame";
import { claimMarkLabel, shorten, type RangePoint } from "./data";

type PlotPoint = RangePoint & { href: string; cap: number; testId: string };

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: PlotPoint;
}

function RangeMark({ cx = 0, cy = 0, payload }: ShapeProps) {
  const scale = useXAxisScale();
  if (!payload) return <g />;
  const open = payload.hi === null;
  const x1 = scale?.(payload.lo) ?? cx;
  const x2 = scale?.(open ? payload.cap : payload.hi) ?? cx;
  return (
    <Mark
      href={payload.href}
      label={`${claimMarkLabel(payload)}${open ? ", open-ended" : ""}${payload.beyond ? `, ${payload.beyond} the axis shown` : ""}`}
      x={cx}
      y={cy}
      testId={payload.testId}
      tip={<ClaimTip source={payload.source} quote={payload.quote} valueText={payload.valueText} open={open} />}
    >
      <rect className="mark-hit" x={Math.min(x1, cx) - 8} y={cy - 8} width={Math.max(x2, cx) - Math.min(x1, cx) + 16} height={16} rx={8} />
      {x2 - x1 > 1 ? <line className={open ? "range open" : "range"} x1={x1} x2={x2} y1={cy} y2={cy} /> : null}
      {open ? <path className="range-arrow" d={`M${x2 - 7},${cy - 5} L${x2},${cy} L${x2 - 7},${cy + 5}`} /> : null}
      {open ? (
        <text className="range-open-label" x={x2} y={cy - 8} textAnchor="end">
          open
        </text>
      ) : null}
      {payload.beyond ? (
        <>
          <path
            className="range-arrow"
            d={payload.beyond === "before" ? `M${cx - 8},${cy - 5} L${cx - 14},${cy} L${cx - 8},${cy + 5}` : `M${cx + 8},${cy - 5} L${cx + 14},${cy} L${cx + 8},${cy + 5}`}
          />
          <text className="range-open-label" x={cx + (payload.beyond === "before" ? 8 : -8)} y={cy - 9} textAnchor={payload.beyond === "before" ? "start" : "end"}>
            {payload.beyond === "before" ? "earlier" : "later"}: {payload.valueText}
          </text>
        </>
      ) : null}
      <circle className="dot" cx={cx} cy={cy} r={5.5} />
    </Mark>
  );
}

// A module-level shape: recharts mounts a function shape as a component, so a new function on every render
// would remount every mark (and drop the keyboard focus) each time a tooltip opens.
const rangeShape = (props: unknown) => <RangeMark {...(props as ShapeProps)} />;

interface RangeChartProps {
  rows: string[];
  points: Array<Omit<PlotPoint, "testId">>;
  domain: [number, number];
  log?: boolean;
  ticks?: number[];
  tickFormatter: (n: number) => string;
  axisLabel: string;
  width: number;
  markTestId: string;
}

export function RangeChart({ rows, points, domain, log, ticks, tickFormatter, axisLabel, width, markTestId }: RangeChartProps) {
  const labels = labelWidth(width);
  const data = points.map((p) => ({ ...p, testId: markTestId }));
  return (
    <ScatterChart
      width={width}
      height={rows.length * 40 + 56}
      margin={{ top: 12, right: 24, bottom: 22, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="at"
        domain={domain}
        scale={log ? "log" : "linear"}
        ticks={ticks}
        allowDataOverflow
        tickFormatter={tickFormatter}
        label={{ value: axisLabel, position: "insideBottomRight", offset: -14 }}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[-0.5, rows.length - 0.5]}
        ticks={rows.map((_, i) => i)}
        interval={0}
        reversed
        width={labels.px}
        tickFormatter={(i: number) => shorten(rows[i] ?? "", labels.chars)}
      />
      <Scatter data={data} isAnimationActive={false} shape={rangeShape} />
    </ScatterChart>
  );
}

/** The data table behind a range chart: one row per claim, its source, quote and value (and, when the chart
 * has one panel per unit, the unit it is drawn in). Open upper bounds are said in words, since the table is
 * what screen readers and the server-rendered page show. */
export function RangePointsTable({
  testId,
  valueHeading,
  points,
  unitHeading,
}: {
  testId: string;
  valueHeading: string;
  points: Array<RangePoint & { href: string; unit?: string }>;
  unitHeading?: string;
}) {
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>Source</th>
          <th>Claim</th>
          <th>{valueHeading}</th>
          {unitHeading ? <th>{unitHeading}</th> : null}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.claimId}>
            <td>{p.source}</td>
            <td>
              <Link to={p.href}>{p.quote}</Link>
            </td>
            <td>
              {p.valueText}
              {p.hi === null ? " (open-ended)" : ""}
            </td>
            {unitHeading ? <td>{p.unit}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
