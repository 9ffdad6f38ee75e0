// The verdict form's action, shared by every page that shows the form (source, claim, group), so that the form
// posts to the page it is on: without JavaScript, errors then show next to the fields on that same page.
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { getClaimRow } from "../db/claims";
import { recordVerdict } from "../db/verdicts";
import { requireCorpus, requireId, safeRedirectPath } from "./corpus.server";
import { getDb } from "./db.server";
import { VERDICTS } from "./pipeline/types";
import { getReviewerName, reviewerNameSchema, setReviewerCookie } from "./reviewer.server";

const verdictSchema = z.object({
  intent: z.literal("verdict"),
  claimId: z.string(),
  verdict: z.enum([...VERDICTS, "clear"], { message: "Choose supported, contested or contradicted." }),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").optional(),
  evidence: z.string().max(2000, "Keep the evidence under 2,000 characters.").optional(),
});

export type VerdictActionData = { ok: false; claimId: number | null; errors: Record<string, string[]> };

export async function verdictAction(request: Request, slug: string | undefined, fallbackPath: string) {
  const corpus = await requireCorpus(slug);
  const form = await request.formData();
  const fields = Object.fromEntries([...form].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  if (fields.intent !== "verdict") throw new Response(`Unknown form intent "${fields.intent ?? ""}".`, { status: 400 });
  const claimId = requireId(fields.claimId, "Claim", 400);
  const db = await getDb();
  const claim = await getClaimRow(db, claimId);
  if (!claim || claim.corpus_id !== corpus.id) {
    throw new Response(`No claim ${claimId} in ${corpus.name}.`, { status: 404 });
  }

  const errors: Record<string, string[]> = {};
  const headers = new Headers();
  let reviewer = await getReviewerName(request);
  if (fields.reviewer?.trim()) {
    const name = reviewerNameSchema.safeParse(fields.reviewer);
    if (name.success) {
      reviewer = name.data;
      headers.append("Set-Cookie", await setReviewerCookie(name.data));
    } else errors.reviewer = name.error.issues.map((i) => i.message);
  } else if (!reviewer) errors.reviewer = ["Enter your name so that your verdicts are signed."];
  const parsed = verdictSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  }
  if (!parsed.success || !reviewer || Object.keys(errors).length) {
    return json<VerdictActionData>({ ok: false, claimId, errors }, { status: 400, headers });
  }
  await recordVerdict(db, {
    claimId,
    reviewer,
    verdict: parsed.data.verdict === "clear" ? null : parsed.data.verdict,
    note: parsed.data.note,
    evidence: parsed.data.evidence,
  });
  return redirect(safeRedirectPath(form.get("redirectTo"), fallbackPath), { headers });
}
