// A static map so that nothing scans the file system at run time and the server bundle stays whole.
import type { Migration, MigrationProvider } from "kysely";
import * as m001 from "./001_initial";
import * as m002 from "./002_accounts";

export const migrations: Record<string, Migration> = {
  "001_initial": m001,
  "002_accounts": m002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
