// A static map so that nothing scans the file system at run time and the server bundle stays whole.
import type { Migration, MigrationProvider } from "kysely";
import * as m001 from "./001_initial";

export const migrations: Record<string, Migration> = {
  "001_initial": m001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
