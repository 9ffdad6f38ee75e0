import { Form, useNavigation } from "@remix-run/react";
import type { Verdict } from "~/pipeline/types";
import { VERDICT_LABELS } from "./labels";

interface Props {
  claimId: number;
  current: Verdict | null;
  suggested: Verdict | null;
  /** The claim's version when the page loaded: a verdict given on an outdated page is refused (409). */
  version: number;
  /** The signed-in reviewer. */
  reviewer: string;
  /** Where to land after the verdict is stored: the page the form is on, with the claim selected. */
  redirectTo: string;
  errors?: Record<string, string[]> | null;
  /** After a 409: the claim's current version, so that the next try is checked against what the user now sees. */
  conflictVersion?: number | null;
  /** "adjudicate" on the owner's disagreements page: the verdict is final and marked as such. */
  intent?: "verdict" | "adjudicate";
}

export function VerdictForm({ claimId, current, suggested, version, reviewer, redirectTo, errors, conflictVersion, intent = "verdict" }: Props) {
  const navigation = useNavigation();
  const saving = navigation.state !== "idle" && navigation.formData?.get("claimId") === String(claimId);
  const id = (name: string) => `${name}-${intent}-${claimId}`;
  return (
    <Form method="post" preventScrollReset aria-label={`${intent === "adjudicate" ? "Adjudication" : "Verdict"} on claim ${claimId}`} className="verdict-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={conflictVersion ?? version} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <p className="muted">
        {intent === "adjudicate" ? "Adjudicating" : "Reviewing"} as <strong>{reviewer}</strong>
      </p>
      {errors?.version ? (
        <p className="notice error" role="alert" data-testid="verdict-conflict">
          {errors.version.join(" ")}
        </p>
      ) : null}
      <label htmlFor={id("note")}>Note (optional)</label>
      <textarea id={id("note")} name="note" rows={2} maxLength={5000} />
      {errors?.note ? <p className="field-error">{errors.note.join(" ")}</p> : null}
      <fieldset className="evidence">
        <legend>Evidence (optional)</legend>
        <label htmlFor={id("evidence-url")}>URL</label>
        <input id={id("evidence-url")} type="url" name="evidenceUrl" maxLength={2000} placeholder="https://…" />
        {errors?.evidenceUrl ? <p className="field-error">{errors.evidenceUrl.join(" ")}</p> : null}
        <label htmlFor={id("evidence-quote")}>Quote</label>
        <input id={id("evidence-quote")} type="text" name="evidenceQuote" maxLength={2000} />
        {errors?.evidenceQuote ? <p className="field-error">{errors.evidenceQuote.join(" ")}</p> : null}
        <label htmlFor={id("evidence-claims")}>Other claims of this corpus (numbers)</label>
        <input id={id("evidence-claims")} type="text" name="evidenceClaims" maxLength={500} placeholder="e.g. 12, 15" />
        {errors?.evidenceClaims ? <p className="field-error">{errors.evidenceClaims.join(" ")}</p> : null}
      </fieldset>
      {suggested ? (
        <p className="muted">
          Suggested from the group: <strong>{VERDICT_LABELS[suggested]}</strong> (not stored until you choose)
        </p>
      ) : null}
      <div className="verdict-buttons" role="group" aria-label="Verdict">
        {(Object.keys(VERDICT_LABELS) as Verdict[]).map((v) => (
          <button key={v} type="submit" name="verdict" value={v} disabled={saving} aria-pressed={current === v}>
            {VERDICT_LABELS[v]}
          </button>
        ))}
        {current ? (
          <button type="submit" name="verdict" value="clear" className="secondary" disabled={saving}>
            Clear
          </button>
        ) : null}
      </div>
      {errors?.verdict ? <p className="field-error">{errors.verdict.join(" ")}</p> : null}
    </Form>
  );
}
