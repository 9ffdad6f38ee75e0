// One bar per group: how many of its sources disagree (red, left) and agree (green), conflicts first.
// A bar opens the group page.
import { Link } from "@remix-run/react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { AssessmentBadge } from "~/components/Badges";
import { ASSESSMENT_LABELS } from "~/components/labels";
import { ChartFigure, horizontalBarLayout, labelWidth, Mark, Swatch } from "./ChartFrame";
import { groupHref, shorten, type DisagreementRow } from "./data";

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: DisagreementRow & { total: number; href: string; above: string | null };
}

function names(list: string[]): string {
  return list.length ? list.join("; ") : "none";
}

function describe(row: DisagreementRow): string {
  const n = row.agreeing.length + row.disagreeing.length;
  return `${row.label} (${ASSESSMENT_LABELS[row.assessment].toLowerCase()}): ${row.disagreeing.length} of ${n} sources disagree${
    row.disagreeing.length ? ` (${names(row.disagreeing)})` : ""
  }, ${row.agreeing.length} agree${row.agreeing.length ? ` (${names(row.agreeing)})` : ""}`;
}

function GroupBar({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload) return <g />;
  const unit = payload.total ? width / payload.total : 0;
  const bad = payload.disagreeing.length * unit;
  return (
    <Mark
      href={payload.href}
      label={describe(payload)}
      x={x + width}
      y={y}
      testId="disagreement-mark"
      tip={
        <>
          <strong>{payload.label}</strong>
          <span>
            <AssessmentBadge assessment={payload.assessment} />
          </span>
          <span>
            <b>Disagree:</b> {names(payload.disagreeing)}
          </span>
          <span>
            <b>Agree:</b> {names(payload.agreeing)}
          </span>
          <span className="chart-tooltip-hint">Click or press Enter to open the group</span>
        </>
      }
    >
      <rect className="mark-hit" x={x - 2} y={y - 2} width={Math.max(width, 4) + 4} height={height + 4} rx={3} />
      {payload.above ? (
        <text className="bar-label" x={x} y={y - 5}>
          {payload.above}
        </text>
      ) : null}
      {bad > 0 ? <rect className="fill-disagree" x={x} y={y} width={bad} height={height} /> : null}
      {width - bad > 0 ? <rect className="fill-agree" x={x + bad} y={y} width={width - bad} height={height} /> : null}
      {bad >= 18 ? (
        <text className="bar-count" x={x + bad / 2} y={y + height / 2} dy="0.35em" textAnchor="middle">
          {payload.disagreeing.length}
        </text>
      ) : null}
      {width - bad >= 18 ? (
        <text className="bar-count" x={x + bad + (width - bad) / 2} y={y + height / 2} dy="0.35em" textAnchor="middle">
          {payload.agreeing.length}
        </text>
      ) : null}
    </Mark>
  );
}

/** Module-level, so that recharts does not remount the marks (and drop focus) on every render. */
const groupBarShape = (props: unknown) => <GroupBar {...(props as BarShapeProps)} />;

export function DisagreementChart({ slug, rows }: { slug: string; rows: DisagreementRow[] }) {
  const data = rows.map((r) => ({ ...r, total: r.agreeing.length + r.disagreeing.length, href: groupHref(slug, r.key) }));
  const most = Math.max(1, ...data.map((d) => d.total));
  return (
    <ChartFigure
      id="chart-disagreement"
      testId="disagreement-chart"
      title="Agreement by question"
      description="One bar per group of claims about the same question: how many sources disagree and how many agree. Conflicts first; a bar opens the group."
      empty={rows.length ? null : "No groups yet: groups appear once two sources make claims about the same question."}
      legend={
        <>
          <Swatch className="fill-disagree">Sources disagreeing</Swatch>
          <Swatch className="fill-agree">Sources agreeing</Swatch>
        </>
      }
      render={(width) => {
        const labels = labelWidth(width, 340);
        const { above, chart } = horizontalBarLayout(width, data, (d) => d.label);
        return (
          <BarChart {...chart}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis
              type="number"
              allowDecimals={false}
              domain={[0, most]}
              label={{ value: "sources", position: "insideBottomRight", offset: -12 }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={above ? 0 : labels.px}
              hide={above}
              interval={0}
              tickFormatter={(label: string) => shorten(label, labels.chars)}
            />
            <Bar dataKey="total" isAnimationActive={false} shape={groupBarShape} />
          </BarChart>
        );
      }}
      table={
        <table data-testid="disagreement-table">
          <thead>
            <tr>
              <th>Question</th>
              <th>Assessment</th>
              <th>Disagreeing sources</th>
              <th>Agreeing sources</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>
                  <Link to={groupHref(slug, r.key)}>{r.label}</Link>
                </td>
                <td>
                  <AssessmentBadge assessment={r.assessment} />
                </td>
                <td>
                  {r.disagreeing.length} {r.disagreeing.length ? <span className="muted">({names(r.disagreeing)})</span> : null}
                </td>
                <td>
                  {r.agreeing.length} {r.agreeing.length ? <span className="muted">({names(r.agreeing)})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
