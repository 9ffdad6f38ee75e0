// The verdict form's action, shared by every page that shows the form (source, claim, group, queue), so that the
// form posts to the page it is on: without JavaScript, errors then show next to the fields on that same page.
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { getClaimRow } from "../db/claims";
import type { DB } from "../db/client";
import { lastOwnVerdict, recordVerdict, VersionConflictError } from "../db/verdicts";
import { requireCorpusRole, type CorpusAccess } from "./auth.server";
import { requireId, safeRedirectPath } from "./corpus.server";
import { getDb } from "./db.server";
import { VERDICTS, type Verdict } from "./pipeline/types";
import { maskForViewer, verdictWords, type ClaimVerdictState, type EvidenceItem } from "./review/verdicts";

const verdictSchema = z.object({
  verdict: z.enum([...VERDICTS, "clear"], { message: "Choose supported, contested or contradicted." }),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").optional(),
  evidenceUrl: z
    .string()
    .trim()
    .max(2000, "Keep the URL under 2,000 characters.")
    .refine((s) => s === "" || isHttpUrl(s), "Give a web address starting with http:// or https://.")
    .optional(),
  evidenceQuote: z.string().trim().max(2000, "Keep the quote under 2,000 characters.").optional(),
  evidenceClaims: z
    .string()
    .trim()
    .max(500)
    .refine((s) => s === "" || /^#?\d+(\s*[,\s]\s*#?\d+)*$/.test(s), "Give claim numbers such as 12 or 12, 15.")
    .optional(),
  version: z.coerce.number().int().min(0).optional(),
});

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
  } catch {
    return false;
  }
}

export interface ConflictData {
  version: number;
  verdict: Verdict | null;
  words: string;
  reviewer: string | null;
}

export type VerdictActionData = {
  ok: false;
  claimId: number | null;
  errors: Record<string, string[]>;
  conflict?: ConflictData;
};

export function conflictMessage(state: ClaimVerdictState): string {
  if (state.hidden) return "Someone else changed this claim's verdict while you were looking. Review again.";
  const now = state.verdict ? `it is now ${verdictWords(state)}${state.reviewer ? ` by ${state.reviewer}` : ""}` : "it now has no verdict";
  return `Someone else changed this claim's verdict while you were looking: ${now}. Review again.`;
}

/** Claims named as evidence must exist in the same corpus. */
async function evidenceItems(
  db: DB,
  corpusId: number,
  claimId: number,
  fields: { evidenceUrl?: string; evidenceQuote?: string; evidenceClaims?: string },
  errors: Record<string, string[]>,
): Promise<EvidenceItem[]> {
  const items: EvidenceItem[] = [];
  if (fields.evidenceUrl) items.push({ kind: "url", url: fields.evidenceUrl });
  if (fields.evidenceQuote) items.push({ kind: "quote", text: fields.evidenceQuote });
  const ids = [...new Set((fields.evidenceClaims ?? "").match(/\d+/g)?.map(Number) ?? [])];
  for (const id of ids) {
    const other = Number.isSafeInteger(id) ? await getClaimRow(db, id) : undefined;
    if (!other || other.corpus_id !== corpusId) (errors.evidenceClaims ??= []).push(`There is no claim ${id} in this corpus.`);
    else if (id === claimId) (errors.evidenceClaims ??= []).push("A claim cannot be its own evidence.");
    else items.push({ kind: "claim", claimId: id });
  }
  return items;
}

function fieldsOf(form: FormData): Record<string, string> {
  return Object.fromEntries([...form].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
}

async function claimInCorpus(db: DB, access: CorpusAccess, value: string | undefined) {
  const claimId = requireId(value, "Claim", 400);
  const claim = await getClaimRow(db, claimId);
  if (!claim || claim.corpus_id !== access.corpus.id) {
    throw new Response(`No claim ${claimId} in ${access.corpus.name}.`, { status: 404 });
  }
  return claim;
}

/**
 * intent=verdict: the signed-in reviewer's verdict (reviewer role); intent=adjudicate: an owner's final verdict;
 * intent=undo: take back the reviewer's latest verdict in this corpus (appended, like every change).
 */
export async function verdictAction(request: Request, slug: string | undefined, fallbackPath: string) {
  const access = await requireCorpusRole(request, slug, "reviewer");
  const form = await request.formData();
  const fields = fieldsOf(form);
  const intent = fields.intent;
  if (intent !== "verdict" && intent !== "adjudicate" && intent !== "undo") {
    throw new Response(`Unknown form intent "${intent ?? ""}".`, { status: 400 });
  }
  const db = await getDb();
  const back = safeRedirectPath(form.get("redirectTo"), fallbackPath);
  const { user, corpus } = access;

  if (intent === "undo") {
    const last = await lastOwnVerdict(db, corpus.id, user.id);
    if (!last) return json<VerdictActionData>({ ok: false, claimId: null, errors: { undo: ["Nothing to undo: you have given no verdict here yet."] } }, { status: 400 });
    await recordVerdict(db, { claimId: last.claimId, reviewer: user.name, userId: user.id, verdict: last.previousVerdict, note: `undo of “${last.verdict ?? "cleared"}”` });
    return redirect(back);
  }

  if (intent === "adjudicate" && access.role !== "owner") {
    throw new Response(`Only an owner of “${corpus.name}” may adjudicate.`, { status: 403 });
  }
  const claim = await claimInCorpus(db, access, fields.claimId);
  const errors: Record<string, string[]> = {};
  const parsed = verdictSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  }
  const items = parsed.success ? await evidenceItems(db, corpus.id, claim.id, parsed.data, errors) : [];
  if (!parsed.success || Object.keys(errors).length) {
    return json<VerdictActionData>({ ok: false, claimId: claim.id, errors }, { status: 400 });
  }
  try {
    await recordVerdict(db, {
      claimId: claim.id,
      reviewer: user.name,
      userId: user.id,
      verdict: parsed.data.verdict === "clear" ? null : parsed.data.verdict,
      adjudicated: intent === "adjudicate",
      note: parsed.data.note,
      evidence: items,
      expectedVersion: parsed.data.version,
      blind: !access.viewer.seesAll,
    });
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const state = maskForViewer(error.state, access.viewer);
      return json<VerdictActionData>(
        {
          ok: false,
          claimId: claim.id,
          errors: { version: [conflictMessage(state)] },
          conflict: { version: error.version, verdict: state.verdict, words: verdictWords(state), reviewer: state.reviewer },
        },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirect(back);
}
