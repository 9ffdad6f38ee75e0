import type { CorpusExport } from "./types";

export function renderJson(data: CorpusExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
