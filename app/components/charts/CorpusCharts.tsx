// The overview's charts, laid out: agreement by question across the page, then verdicts and the timeline,
// then one small chart per numeric group.
import "./charts.css";
import type { CorpusChartsData } from "./data";
import { DisagreementChart } from "./DisagreementChart";
import { NumericGroupChart } from "./NumericGroupChart";
import { TimelineChart } from "./TimelineChart";
import { VerdictsBySourceChart } from "./VerdictsBySourceChart";

export function CorpusCharts({ slug, charts }: { slug: string; charts: CorpusChartsData }) {
  return (
    <div className="corpus-charts" data-testid="corpus-charts">
      <DisagreementChart slug={slug} rows={charts.disagreement} />
      <div className="chart-pair">
        <VerdictsBySourceChart slug={slug} rows={charts.verdicts} />
        <TimelineChart slug={slug} data={charts.timeline} />
      </div>
      <p className="chart-group-heading">Figures by question: each group that states years, counts or quantities</p>
      {charts.numeric.length ? (
        <div className="chart-numeric-grid">
          {charts.numeric.map((g, i) => (
            <NumericGroupChart key={g.key} slug={slug} group={g} index={i} />
          ))}
        </div>
      ) : (
        <p className="empty" data-testid="numeric-empty">
          No group states years, counts or quantities yet.
        </p>
      )}
    </div>
  );
}
