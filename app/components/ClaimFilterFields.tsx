// The category / source / verdict selects shared by the claims table and the review queue. They read their
// values from the URL, so a filtered page is a link that can be shared or bookmarked.
import { useSearchParams } from "@remix-run/react";
import { CATEGORIES, VERDICTS } from "~/pipeline/types";
import { CATEGORY_LABELS, VERDICT_LABELS } from "./labels";

interface Props {
  idPrefix: string;
  sources: Array<{ id: number; title: string }>;
  /** The queue lists unreviewed claims only, so it has no verdict filter. */
  withVerdict?: boolean;
}

export function ClaimFilterFields({ idPrefix, sources, withVerdict = false }: Props) {
  const [params] = useSearchParams();
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-category`}>Category</label>
        <select id={`${idPrefix}-category`} name="category" defaultValue={params.get("category") ?? ""}>
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-source`}>Source</label>
        <select id={`${idPrefix}-source`} name="source" defaultValue={params.get("source") ?? ""}>
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      {withVerdict ? (
        <div>
          <label htmlFor={`${idPrefix}-verdict`}>Verdict</label>
          <select id={`${idPrefix}-verdict`} name="verdict" defaultValue={params.get("verdict") ?? ""}>
            <option value="">Any verdict</option>
            <option value="unreviewed">Unreviewed</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
