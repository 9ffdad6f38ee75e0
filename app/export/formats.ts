// The export formats, apart from their renderers so that pages can list them without bundling the renderers.
export const EXPORT_FORMATS = ["json", "csv", "md", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}
