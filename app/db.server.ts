// The app's one database handle: opened and migrated on first use, kept across dev-server reloads.
import { connect, resolveDatabasePath, type DB } from "../db/client";

declare global {
  // eslint-disable-next-line no-var
  var __claimscopeDb: { path: string; db: Promise<DB> } | undefined;
}

export function databasePath(): string {
  return resolveDatabasePath(process.env.DATABASE_URL);
}

export function getDb(): Promise<DB> {
  const path = databasePath();
  if (!globalThis.__claimscopeDb || globalThis.__claimscopeDb.path !== path) {
    globalThis.__claimscopeDb = { path, db: connect(path) };
  }
  return globalThis.__claimscopeDb.db;
}
