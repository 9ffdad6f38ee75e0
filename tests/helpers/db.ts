// A real SQLite file per test file, migrated like the app's, removed afterwards.
import fs from "node:fs";
import path from "node:path";
import { connect, type DB } from "../../db/client";
import { tempDir } from "../../scripts/lib/paths";

export { FIXTURES, ROOT, tempDir } from "../../scripts/lib/paths";

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
