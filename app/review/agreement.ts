// Inter-rater agreement on verdicts: Cohen's kappa for two reviewers, Fleiss' kappa for more. Pure functions,
// tested against published examples (tests/review/agreement.test.ts).
import { VERDICTS, type Verdict } from "~/pipeline/types";

/** matrix[i][j]: items the first rater put in labels[i] and the second in labels[j]. */
export function confusionMatrix<L extends string>(pairs: Array<[L, L]>, labels: readonly L[]): number[][] {
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) matrix[i][j] += 1;
  }
  return matrix;
}

export interface KappaResult {
  /** null when undefined: no items, or chance agreement is already total (every rating the same label). */
  kappa: number | null;
  /** Observed agreement (Cohen's p_o, Fleiss' P̄). */
  observed: number;
  /** Agreement expected by chance (Cohen's p_e, Fleiss' P̄_e). */
  expected: number;
  items: number;
}

/** Cohen (1960): κ = (p_o − p_e) / (1 − p_e) from a square confusion matrix. */
export function cohenKappa(matrix: number[][]): KappaResult {
  const k = matrix.length;
  const n = matrix.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  if (n === 0) return { kappa: null, observed: 0, expected: 0, items: 0 };
  let agree = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    agree += matrix[i][i];
    const rowTotal = matrix[i].reduce((a, b) => a + b, 0);
    const colTotal = matrix.reduce((s, row) => s + row[i], 0);
    expected += (rowTotal / n) * (colTotal / n);
  }
  const observed = agree / n;
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, items: n };
}

/**
 * Fleiss (1971): counts[i][j] is how many raters put item i in category j. Items may have different numbers of
 * raters (each item's agreement P_i uses its own n_i; items with fewer than two ratings are skipped); with the
 * same number everywhere this is exactly Fleiss' formula.
 */
export function fleissKappa(counts: number[][]): KappaResult {
  const rows = counts.filter((row) => row.reduce((a, b) => a + b, 0) >= 2);
  if (rows.length === 0) return { kappa: null, observed: 0, expected: 0, items: 0 };
  const k = rows[0].length;
  const totals = new Array<number>(k).fill(0);
  let ratings = 0;
  let sumP = 0;
  for (const row of rows) {
    const n = row.reduce((a, b) => a + b, 0);
    ratings += n;
    row.forEach((c, j) => (totals[j] += c));
    sumP += (row.reduce((s, c) => s + c * c, 0) - n) / (n * (n - 1));
  }
  const observed = sumP / rows.length;
  const expected = totals.reduce((s, t) => s + (t / ratings) ** 2, 0);
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, items: rows.length };
}

/** One reviewer's verdict on one claim. */
export interface Rating {
  itemId: number;
  category: string;
  /** A stable key per reviewer (account or legacy name). */
  rater: string;
  raterName: string;
  label: Verdict;
}

export interface AgreementFigure {
  /** "cohen" for two reviewers, "fleiss" for more, null when fewer than two reviewers rated the same claim. */
  method: "cohen" | "fleiss" | null;
  kappa: number | null;
  observed: number;
  expected: number;
  /** Claims rated by two or more of the reviewers counted. */
  items: number;
  raters: string[];
  labels: Verdict[];
  /**
   * Cohen: rows are the first reviewer's verdicts, columns the second's. Fleiss: every pair of verdicts given to
   * the same claim, counted once at [row ≤ column].
   */
  confusion: number[][];
  rowRater: string | null;
  columnRater: string | null;
}

export interface AgreementReport {
  overall: AgreementFigure;
  byCategory: Array<{ category: string; figure: AgreementFigure }>;
}

export function agreementFigure(ratings: Rating[], labels: readonly Verdict[] = VERDICTS): AgreementFigure {
  const byItem = new Map<number, Map<string, Rating>>();
  for (const r of ratings) {
    const item = byItem.get(r.itemId) ?? new Map<string, Rating>();
    item.set(r.rater, r);
    byItem.set(r.itemId, item);
  }
  const shared = [...byItem.values()].filter((item) => item.size >= 2);
  const names = new Map<string, string>();
  for (const item of shared) for (const r of item.values()) names.set(r.rater, r.raterName);
  const raters = [...names.keys()].sort();
  const none: AgreementFigure = {
    method: null,
    kappa: null,
    observed: 0,
    expected: 0,
    items: 0,
    raters: raters.map((k) => names.get(k)!),
    labels: [...labels],
    confusion: labels.map(() => labels.map(() => 0)),
    rowRater: null,
    columnRater: null,
  };
  if (raters.length < 2) return none;
  if (raters.length === 2) {
    const [a, b] = raters;
    const pairs = shared.map((item) => [item.get(a)!.label, item.get(b)!.label] as [Verdict, Verdict]);
    const matrix = confusionMatrix(pairs, labels);
    return { ...none, method: "cohen", ...cohenKappa(matrix), confusion: matrix, rowRater: names.get(a)!, columnRater: names.get(b)! };
  }
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = shared.map((item) => {
    const row = labels.map(() => 0);
    for (const r of item.values()) row[index.get(r.label)!] += 1;
    return row;
  });
  const confusion = labels.map(() => labels.map(() => 0));
  for (const item of shared) {
    const given = [...item.values()].map((r) => index.get(r.label)!);
    for (let x = 0; x < given.length; x++) {
      for (let y = x + 1; y < given.length; y++) confusion[Math.min(given[x], given[y])][Math.max(given[x], given[y])] += 1;
    }
  }
  return { ...none, method: "fleiss", ...fleissKappa(counts), confusion };
}

/** Agreement over the whole corpus and per claim category. */
export function agreementReport(ratings: Rating[], labels: readonly Verdict[] = VERDICTS): AgreementReport {
  const categories = [...new Set(ratings.map((r) => r.category))].sort();
  return {
    overall: agreementFigure(ratings, labels),
    byCategory: categories.map((category) => ({ category, figure: agreementFigure(ratings.filter((r) => r.category === category), labels) })),
  };
}

/** κ to two decimals, as every page and export shows it. */
export function formatKappa(kappa: number | null): string {
  return kappa === null ? "—" : kappa.toFixed(2);
}
