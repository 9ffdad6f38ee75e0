// The corpus overview's agreement section: Cohen's kappa for two reviewers, Fleiss' kappa for more, per corpus
// and per category, with the confusion table.
import type { AgreementFigure, AgreementReport } from "~/review/agreement";
import { formatKappa } from "~/review/agreement";
import { CATEGORY_LABELS, VERDICT_LABELS } from "./labels";
import { TableScroll } from "./TableScroll";
import type { Category } from "~/pipeline/types";

function methodName(figure: AgreementFigure): string {
  return figure.method === "cohen" ? "Cohen's κ" : figure.method === "fleiss" ? "Fleiss' κ" : "κ";
}

function ConfusionTable({ figure, caption }: { figure: AgreementFigure; caption: string }) {
  return (
    <TableScroll label="Confusion table">
      <table className="confusion" data-testid="confusion-table">
        <caption className="muted">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              {figure.method === "cohen" ? `${figure.rowRater} ↓ · ${figure.columnRater} →` : "pairs of verdicts"}
            </th>
            {figure.labels.map((l) => (
              <th key={l} scope="col">
                {VERDICT_LABELS[l]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figure.labels.map((row, i) => (
            <tr key={row}>
              <th scope="row">{VERDICT_LABELS[row]}</th>
              {figure.confusion[i].map((n, j) => (
                <td key={j}>{n}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function AgreementPanel({ agreement }: { agreement: AgreementReport | null | undefined }) {
  if (!agreement) return null;
  const { overall, byCategory } = agreement;
  return (
    <section className="card" aria-labelledby="agreement-heading" data-testid="agreement">
      <h2 id="agreement-heading" style={{ marginTop: 0 }}>
        Agreement between reviewers
      </h2>
      {overall.method === null ? (
        <p className="empty">No claim has verdicts from two reviewers yet.</p>
      ) : (
        <>
          <p>
            {methodName(overall)} = <strong data-testid="kappa">{formatKappa(overall.kappa)}</strong> over {overall.items} claim
            {overall.items === 1 ? "" : "s"} reviewed by {overall.raters.join(", ")} (observed agreement {Math.round(overall.observed * 100)}%,
            by chance {Math.round(overall.expected * 100)}%).
          </p>
          <ConfusionTable
            figure={overall}
            caption={overall.method === "cohen" ? "Rows: the first reviewer's verdicts; columns: the second's." : "Every pair of verdicts given to the same claim."}
          />
          <TableScroll label="Agreement by category">
            <table data-testid="agreement-by-category">
              <thead>
                <tr>
                  <th>Category</th>
                  <th>Claims</th>
                  <th>κ</th>
                </tr>
              </thead>
              <tbody>
                {byCategory
                  .filter((c) => c.figure.method !== null)
                  .map(({ category, figure }) => (
                    <tr key={category}>
                      <td>{CATEGORY_LABELS[category as Category] ?? category}</td>
                      <td>{figure.items}</td>
                      <td>
                        {formatKappa(figure.kappa)} <span className="muted">({methodName(figure)})</span>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">κ is undefined (—) where every verdict is the same label: agreement then says nothing beyond chance.</p>
        </>
      )}
    </section>
  );
}
