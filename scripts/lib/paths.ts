import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = path.join(ROOT, "fixtures");

export function tempDir(prefix = "claimscope-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
