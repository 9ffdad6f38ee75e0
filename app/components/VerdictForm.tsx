import { Form, useNavigation } from "@remix-run/react";
import type { Verdict } from "~/pipeline/types";
import { VERDICT_LABELS } from "./labels";

interface Props {
  claimId: number;
  current: Verdict | null;
  suggested: Verdict | null;
  reviewer: string | null;
  /** Where to land after the verdict is stored: the page the form is on, with the claim selected. */
  redirectTo: string;
  errors?: Record<string, string[]> | null;
}

export function VerdictForm({ claimId, current, suggested, reviewer, redirectTo, errors }: Props) {
  const navigation = useNavigation();
  const saving = navigation.state !== "idle" && navigation.formData?.get("claimId") === String(claimId);
  return (
    <Form method="post" preventScrollReset aria-label={`Verdict on claim ${claimId}`} className="verdict-form">
      <input type="hidden" name="intent" value="verdict" />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {reviewer ? (
        <p className="muted">
          Reviewing as <strong>{reviewer}</strong>
        </p>
      ) : (
        <>
          <label htmlFor={`reviewer-${claimId}`}>Your name</label>
          <input id={`reviewer-${claimId}`} type="text" name="reviewer" maxLength={80} required autoComplete="name" />
        </>
      )}
      {errors?.reviewer ? <p className="field-error">{errors.reviewer.join(" ")}</p> : null}
      <label htmlFor={`note-${claimId}`}>Note (optional)</label>
      <textarea id={`note-${claimId}`} name="note" rows={2} maxLength={5000} />
      {errors?.note ? <p className="field-error">{errors.note.join(" ")}</p> : null}
      <label htmlFor={`evidence-${claimId}`}>Evidence (optional: a URL, a quote, or another claim)</label>
      <input id={`evidence-${claimId}`} type="text" name="evidence" maxLength={2000} />
      {errors?.evidence ? <p className="field-error">{errors.evidence.join(" ")}</p> : null}
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
