// Which files can be imported: shared by the upload form (in the browser bundle) and the importers.
export const IMPORTABLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".csv"] as const;

export function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName.toLowerCase());
  return m ? m[0] : "";
}

export function isImportable(fileName: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}
