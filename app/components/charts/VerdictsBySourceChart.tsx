// One stacked bar per source: its claims by current verdict (supported, contested, contradicted, unreviewed).
// A bar opens the claims table filtered to that source.
import { Link } from "@remix-run/react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartFigure, horizontalBarLayout, labelWidth, Mark, Swatch } from "./ChartFrame";
import { shorten, sourceClaimsHref, type VerdictRow } from "./data";

const SEGMENTS = ["supported", "contested", "contradicted", "unreviewed"] as const;

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: VerdictRow & { total: number; href: string; above: string | null };
}

function describe(row: VerdictRow): string {
  return `${row.source}: ${SEGMENTS.map((s) => `${row[s]} ${s}`).join(", ")}`;
}

function SourceBar({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload) return <g />;
  const unit = payload.total ? width / payload.total : 0;
  let left = x;
  return (
    <Mark
      href={payload.href}
      label={describe(payload)}
      x={x + width}
      y={y}
      testId="verdicts-mark"
      tip={
        <>
          <strong>{payload.source}</strong>
          {SEGMENTS.map((s) => (
            <span key={s}>
              <span className={`chart-swatch fill-${s}`} aria-hidden="true" /> {payload[s]} {s}
            </span>
          ))}
          <span className="chart-tooltip-hint">Click or press Enter to list its claims</span>
        </>
      }
    >
      <rect className="mark-hit" x={x - 2} y={y - 2} width={Math.max(width, 4) + 4} height={height + 4} rx={3} />
      {payload.above ? (
        <text className="bar-label" x={x} y={y - 5}>
          {payload.above}
        </text>
      ) : null}
      {SEGMENTS.map((s) => {
        const w = payload[s] * unit;
        const rect = w > 0 ? <rect key={s} className={`fill-${s}`} x={left} y={y} width={w} height={height} /> : null;
        left += w;
        return rect;
      })}
    </Mark>
  );
}

/** Module-level, so that recharts does not remount the marks (and drop focus) on every render. */
const sourceBarShape = (props: unknown) => <SourceBar {...(props as BarShapeProps)} />;

export function VerdictsBySourceChart({ slug, rows }: { slug: string; rows: VerdictRow[] }) {
  const data = rows.map((r) => ({ ...r, total: SEGMENTS.reduce((n, s) => n + r[s], 0), href: sourceClaimsHref(slug, r.sourceId) }));
  return (
    <ChartFigure
      id="chart-verdicts"
      testId="verdicts-chart"
      title="Verdicts by source"
      description="Each source's claims by their current verdict. A bar lists that source's claims."
      empty={rows.length ? null : "No sources yet."}
      legend={SEGMENTS.map((s) => (
        <Swatch key={s} className={`fill-${s}`}>
          {s[0].toUpperCase() + s.slice(1)}
        </Swatch>
      ))}
      render={(width) => {
        const labels = labelWidth(width);
        const { above, chart } = horizontalBarLayout(width, data, (d) => d.source);
        return (
          <BarChart {...chart}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} label={{ value: "claims", position: "insideBottomRight", offset: -12 }} />
            <YAxis type="category" dataKey="source" width={above ? 0 : labels.px} hide={above} interval={0} tickFormatter={(s: string) => shorten(s, labels.chars)} />
            <Bar dataKey="total" isAnimationActive={false} shape={sourceBarShape} />
          </BarChart>
        );
      }}
      table={
        <table data-testid="verdicts-table">
          <thead>
            <tr>
              <th>Source</th>
              <th>Supported</th>
              <th>Contested</th>
              <th>Contradicted</th>
              <th>Unreviewed</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.sourceId}>
                <td>
                  <Link to={r.href}>{r.source}</Link>
                </td>
                {SEGMENTS.map((s) => (
                  <td key={s}>{r[s] ? <Link to={sourceClaimsHref(slug, r.sourceId, s)}>{r[s]}</Link> : 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
