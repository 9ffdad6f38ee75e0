// Paths on disk to documents: what the CLI and the first-run demo seed read. Every file is decoded and parsed
// before anything is stored, so a bad file stops the import with nothing written.
import fs from "node:fs";
import path from "node:path";
import { decodeBytes, ImportError } from "./decode";
import { documentsFromFile, type ImportDocument, isImportable, IMPORTABLE_EXTENSIONS } from "./documents";

/** Expands directories (recursively, in name order) to the importable files below them. */
export function listImportFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new ImportError(p, "no such file or directory");
    }
    if (stat.isDirectory()) {
      const below = walk(p);
      if (below.length === 0) {
        throw new ImportError(p, `the directory holds no importable file (${IMPORTABLE_EXTENSIONS.join(", ")})`);
      }
      files.push(...below);
    } else if (!isImportable(p)) {
      throw new ImportError(p, `unsupported file type; import ${IMPORTABLE_EXTENSIONS.join(", ")}`);
    } else {
      files.push(p);
    }
  }
  return files;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && isImportable(entry.name)) out.push(full);
  }
  return out;
}

export function readImportDocuments(paths: string[]): ImportDocument[] {
  return listImportFiles(paths).flatMap((file) => {
    const { text } = decodeBytes(fs.readFileSync(file), file);
    return documentsFromFile(path.basename(file), text).map((d) => ({ ...d, where: file }));
  });
}
