// The command line (contract in DESIGN.md): a thin wrapper over the importer and the exporters the app uses.
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import cliProgress from "cli-progress";
import { fileURLToPath } from "node:url";
import { connect, DEFAULT_DATABASE_PATH, resolveDatabasePath } from "../db/client";
import { findCorpus, findOrCreateCorpus, listCorpora } from "../db/corpora";
import { buildCorpusExport } from "../app/export/build.server";
import { EXPORT_FORMATS, isExportFormat, renderExport } from "../app/export";
import { importDocuments } from "../app/import/import.server";
import { readImportDocuments } from "../app/import/files.server";

class UsageError extends Error {}

// `npm run` runs scripts from the project folder; paths the user typed are relative to where they typed them.
const userCwd = process.env.INIT_CWD || process.cwd();
const fromUser = (p: string) => path.resolve(userCwd, p);

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** --db and DATABASE_URL are read from where the user stands; the default lives in the project, as for npm start. */
function databasePathFrom(flag: string | undefined): string {
  const given = flag ?? process.env.DATABASE_URL;
  if (given?.trim()) return fromUser(resolveDatabasePath(given));
  return path.resolve(projectRoot, DEFAULT_DATABASE_PATH);
}

function databaseFrom(flag: string | undefined) {
  return connect(databasePathFrom(flag));
}

const program = new Command()
  .name("claimscope")
  .description("Import texts, extract their claims, export evidence tables.")
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str.split("\n")[0] + "\n") });

program
  .command("import")
  .description("import .txt, .md, .html/.htm and .csv files (directories are read recursively)")
  .argument("<paths...>", "files or directories")
  .requiredOption("--corpus <name>", "the corpus to import into (created if new)")
  .option("--db <path>", "SQLite database file (default: DATABASE_URL, else data/claimscope.sqlite)")
  .action(async (paths: string[], opts: { corpus: string; db?: string }) => {
    if (!opts.corpus.trim()) throw new UsageError("--corpus needs a name");
    const docs = readImportDocuments(paths.map(fromUser));
    const db = await databaseFrom(opts.db);
    try {
      const corpus = await findOrCreateCorpus(db, opts.corpus);
      const bar =
        process.stderr.isTTY && docs.length > 3
          ? new cliProgress.SingleBar({ format: "extracting {bar} {value}/{total} {origin}", stream: process.stderr }, cliProgress.Presets.shades_classic)
          : null;
      bar?.start(docs.length, 0, { origin: "" });
      const results = await importDocuments(db, corpus.id, docs, (p) => bar?.update(p.done, { origin: p.origin }));
      bar?.stop();
      const added = results.filter((r) => r.status === "added");
      const claims = added.reduce((n, r) => n + r.claimCount, 0);
      console.log(
        `${corpus.name}: ${added.length} source(s) added with ${claims} claims, ${results.length - added.length} already present`,
      );
    } finally {
      await db.destroy();
    }
  });

program
  .command("export")
  .description("export a corpus as json, csv, md (balanced brief) or claimreview")
  .requiredOption("--corpus <name>", "the corpus to export")
  .requiredOption("--format <format>", EXPORT_FORMATS.join("|"))
  .option("--out <path>", "write to this file instead of standard output")
  .option("--db <path>", "SQLite database file (default: DATABASE_URL, else data/claimscope.sqlite)")
  .action(async (opts: { corpus: string; format: string; out?: string; db?: string }) => {
    if (!isExportFormat(opts.format)) {
      throw new UsageError(`unknown --format "${opts.format}"; use one of ${EXPORT_FORMATS.join(", ")}`);
    }
    const dbPath = databasePathFrom(opts.db);
    if (!fs.existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}; import something first`);
    const db = await connect(dbPath);
    try {
      const corpus = await findCorpus(db, opts.corpus);
      if (!corpus) {
        const known = (await listCorpora(db)).map((c) => c.name);
        throw new UsageError(
          `no corpus named "${opts.corpus}"${known.length ? `; known: ${known.join(", ")}` : "; the database has none"}`,
        );
      }
      const { body } = renderExport(await buildCorpusExport(db, corpus), opts.format);
      if (opts.out) fs.writeFileSync(fromUser(opts.out), body, "utf8");
      else process.stdout.write(body);
    } finally {
      await db.destroy();
    }
  });

program
  .command("corpora")
  .description("list the corpora with their counts")
  .option("--db <path>", "SQLite database file")
  .action(async (opts: { db?: string }) => {
    const db = await databaseFrom(opts.db);
    try {
      for (const c of await listCorpora(db)) {
        console.log(`${c.name}\t${c.sourceCount} sources\t${c.claimCount} claims\t${c.reviewedCount} reviewed`);
      }
    } finally {
      await db.destroy();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // commander has already printed its one-line message (or the help text)
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`claimscope: ${message.split("\n")[0]}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
