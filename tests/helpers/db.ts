// A real SQLite file per test file, migrated like the app's, removed afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connect, type DB } from "../../db/client";

export function tempDir(prefix = "claimscope-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function tempDatabase(): Promise<{ db: DB; file: string; cleanup: () => Promise<void> }> {
  const dir = tempDir();
  const file = path.join(dir, "test.sqlite");
  const db = await connect(file);
  return {
    db,
    file,
    cleanup: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ROOT = path.resolve(__dirname, "../..");
export const FIXTURES = path.join(ROOT, "fixtures");
