// The agreement figures of a corpus, from every reviewer's current verdict on each claim (as the viewer may see
// them under blind review). Adjudications are not ratings: they settle a disagreement, they do not measure it.
import { listClaims, type ClaimView } from "../../db/claims";
import type { DB } from "../../db/client";
import { agreementReport, type AgreementReport, type Rating } from "./agreement";
import type { Viewer } from "./verdicts";

export function ratingsOf(claims: ClaimView[]): Rating[] {
  return claims.flatMap((c) =>
    c.reviews.map((r) => ({ itemId: c.id, category: c.category, rater: r.reviewerKey, raterName: r.reviewer, label: r.verdict })),
  );
}

export async function loadAgreement(db: DB, corpusId: number, viewer?: Viewer | null): Promise<AgreementReport> {
  const { claims } = await listClaims(db, { corpusId, viewer });
  return agreementReport(ratingsOf(claims));
}
