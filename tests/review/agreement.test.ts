// Agreement figures against published, hand-computed examples.
import { describe, expect, it } from "vitest";
import { agreementFigure, agreementReport, cohenKappa, confusionMatrix, fleissKappa, formatKappa, type Rating } from "~/review/agreement";

describe("Cohen's kappa", () => {
  it.each<[string, number[][], number, number, number]>([
    // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, two readers, yes/no.
    ["50 proposals: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no", [[20, 5], [10, 15]], 0.7, 0.5, 0.4],
    // Same article, "same agreement, different kappa": p_o = 0.60 in both.
    ["45/15/25/15", [[45, 15], [25, 15]], 0.6, 0.54, 0.1304],
    ["25/35/5/35", [[25, 35], [5, 35]], 0.6, 0.46, 0.2593],
    // Perfect agreement over two labels is κ = 1; agreement no better than chance is κ = 0.
    ["perfect", [[3, 0], [0, 2]], 1, 0.52, 1],
    ["chance", [[1, 1], [1, 1]], 0.5, 0.5, 0],
  ])("%s", (_name, matrix, observed, expected, kappa) => {
    const r = cohenKappa(matrix);
    expect(r.observed).toBeCloseTo(observed, 4);
    expect(r.expected).toBeCloseTo(expected, 4);
    expect(r.kappa).toBeCloseTo(kappa, 4);
  });

  it("is undefined without items, or when every rating is the same label", () => {
    expect(cohenKappa([[0, 0], [0, 0]]).kappa).toBeNull();
    expect(cohenKappa([[4, 0], [0, 0]]).kappa).toBeNull();
  });

  it("builds the confusion table from pairs, rows for the first rater", () => {
    expect(confusionMatrix([["a", "a"], ["a", "b"], ["b", "b"], ["c", "a"]], ["a", "b", "c"])).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });
});

describe("Fleiss' kappa", () => {
  // Fleiss (1971) as worked in Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; κ = 0.210,
  // P̄ = 0.378, P̄e = 0.213.
  const FLEISS_1971 = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it.each<[string, number[][], number | null, number]>([
    ["the Fleiss 1971 example", FLEISS_1971, 0.21, 0.378],
    ["perfect agreement on mixed labels", [[3, 0], [0, 3], [3, 0]], 1, 1],
    ["three raters, one dissent per item", [[2, 1], [1, 2]], -0.3333, 0.3333],
  ])("%s", (_name, counts, kappa, observed) => {
    const r = fleissKappa(counts);
    expect(r.observed).toBeCloseTo(observed, 3);
    expect(r.kappa).toBeCloseTo(kappa!, 3);
  });

  it("matches the published chance agreement of the 1971 example", () => {
    expect(fleissKappa(FLEISS_1971).expected).toBeCloseTo(0.213, 3);
  });

  it("with two raters per item is Scott's pi, computed on the pooled margins", () => {
    // 2 raters, items [a,a], [a,b], [b,b], [b,b]: pooled p_a = 3/8, p_b = 5/8; P̄ = (1+0+1+1)/4 = 0.75;
    // P̄e = 9/64 + 25/64 = 34/64; κ = (0.75 − 0.53125) / (1 − 0.53125) = 0.4667
    expect(fleissKappa([[2, 0], [1, 1], [0, 2], [0, 2]]).kappa).toBeCloseTo(0.4667, 4);
  });
});

function ratings(rows: Array<[number, string, string, Rating["label"]]>): Rating[] {
  return rows.map(([itemId, category, rater, label]) => ({ itemId, category, rater, raterName: rater.toUpperCase(), label }));
}

describe("agreement over a corpus", () => {
  it("uses Cohen's kappa for two reviewers, on the claims both rated, with their confusion table", () => {
    const figure = agreementFigure(
      ratings([
        [1, "founder", "ada", "supported"],
        [1, "founder", "bob", "supported"],
        [2, "efficacy", "ada", "contested"],
        [2, "efficacy", "bob", "contradicted"],
        [3, "efficacy", "ada", "contradicted"],
        [3, "efficacy", "bob", "contradicted"],
        [4, "efficacy", "ada", "supported"], // only one rater: not counted
      ]),
    );
    expect(figure).toMatchObject({ method: "cohen", items: 3, rowRater: "ADA", columnRater: "BOB" });
    expect(figure.confusion).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 1],
    ]);
    // p_o = 2/3; p_e = (1·1 + 1·0 + 1·2)/9 = 1/3; κ = (2/3 − 1/3)/(2/3) = 0.5
    expect(figure.kappa).toBeCloseTo(0.5, 6);
  });

  it("uses Fleiss' kappa for three or more, and splits by category", () => {
    const report = agreementReport(
      ratings([
        [1, "founder", "a", "supported"],
        [1, "founder", "b", "supported"],
        [1, "founder", "c", "supported"],
        [2, "efficacy", "a", "contested"],
        [2, "efficacy", "b", "contradicted"],
        [2, "efficacy", "c", "contradicted"],
      ]),
    );
    expect(report.overall.method).toBe("fleiss");
    expect(report.overall.items).toBe(2);
    expect(report.byCategory.map((c) => c.category)).toEqual(["efficacy", "founder"]);
    // founder alone: every rating the same label → κ undefined
    expect(report.byCategory[1].figure.kappa).toBeNull();
    expect(formatKappa(report.byCategory[1].figure.kappa)).toBe("—");
  });

  it("has no figure when no claim has two reviewers", () => {
    expect(agreementFigure(ratings([[1, "other", "a", "supported"], [2, "other", "b", "supported"]])).method).toBeNull();
  });
});
