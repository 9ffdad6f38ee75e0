// Opens the database named by --db, DATABASE_URL or the default, with the pragmas every connection needs,
// and brings its schema up to date.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";

export const DEFAULT_DATABASE_PATH = "data/claimscope.sqlite";

export type DB = Kysely<Database>;

/** A file path or a `file:` URL (as DATABASE_URL may give it) to a SQLite file path. */
export function resolveDatabasePath(url: string | undefined): string {
  const value = (url ?? "").trim();
  if (!value) return DEFAULT_DATABASE_PATH;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    throw new Error(
      `DATABASE_URL is a PostgreSQL URL; this build only ships the SQLite driver. Give a file path or a file: URL.`,
    );
  }
  if (value.startsWith("file:")) {
    const rest = value.slice("file:".length);
    // file:///abs/path and file:relative/path are both common spellings
    return rest.startsWith("//") ? decodeURIComponent(new URL(value).pathname) : decodeURIComponent(rest);
  }
  return value;
}

export function openDatabase(file: string): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: DB): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`database migration ${failed?.migrationName ?? ""} failed: ${reason}`.trim());
  }
}

/** Opens and migrates: what the app, the CLI and the tests all call. */
export async function connect(file: string): Promise<DB> {
  const db = openDatabase(file);
  await migrateToLatest(db);
  return db;
}
