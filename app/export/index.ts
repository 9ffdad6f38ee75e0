import { renderClaimReview } from "./claimreview";
import { renderCsv } from "./csv";
import { renderJson } from "./json";
import { renderBrief } from "./markdown";
import type { CorpusExport } from "./types";

import type { ExportFormat } from "./formats";

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "./formats";

const FORMATS: Record<ExportFormat, { render: (d: CorpusExport) => string; contentType: string; suffix: string }> = {
  json: { render: renderJson, contentType: "application/json; charset=utf-8", suffix: ".json" },
  csv: { render: renderCsv, contentType: "text/csv; charset=utf-8", suffix: ".csv" },
  md: { render: renderBrief, contentType: "text/markdown; charset=utf-8", suffix: ".md" },
  claimreview: { render: renderClaimReview, contentType: "application/ld+json; charset=utf-8", suffix: ".claimreview.json" },
};

export function renderExport(data: CorpusExport, format: ExportFormat) {
  const f = FORMATS[format];
  return { body: f.render(data), contentType: f.contentType, suffix: f.suffix };
}
