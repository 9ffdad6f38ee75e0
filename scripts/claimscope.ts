// The command line (contract in DESIGN.md): a thin wrapper over the importer and the exporters the app uses.
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import cliProgress from "cli-progress";
import { fileURLToPath } from "node:url";
import { connect, DEFAULT_DATABASE_PATH, resolveDatabasePath, type DB } from "../db/client";
import { findCorpus, findOrCreateCorpus, listCorpora } from "../db/corpora";
import { buildCorpusExport } from "../app/export/build.server";
import { EXPORT_FORMATS, isExportFormat, renderExport } from "../app/export";
import { importDocuments } from "../app/import/import.server";
import { describeReextraction, reextractCorpus } from "../app/import/reextract.server";
import { readImportDocuments } from "../app/import/files.server";
import { hashPassword } from "../app/password.server";
import { PASSWORD_MIN_LENGTH } from "../app/account";
import { accountSchema } from "../app/account.server";
import { createUser, EmailTakenError, findUserByEmail, isRole, ROLES, setMembership } from "../db/users";

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

/** A database that must already exist: reading or changing a corpus never creates an empty file. */
function existingDatabaseFrom(flag: string | undefined) {
  const dbPath = databasePathFrom(flag);
  if (!fs.existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}; import something first`);
  return connect(dbPath);
}

/** The corpus the user named, or a one-line reason that lists the ones there are. */
async function requireCorpus(db: DB, name: string) {
  const corpus = await findCorpus(db, name);
  if (corpus) return corpus;
  const known = (await listCorpora(db)).map((c) => c.name);
  throw new UsageError(`no corpus named "${name}"${known.length ? `; known: ${known.join(", ")}` : "; the database has none"}`);
}

/** A progress bar on standard error for long runs at a terminal; nothing when piped or for a few files. */
function progressBar(total: number, verb: string) {
  if (!process.stderr.isTTY || total <= 3) return null;
  const bar = new cliProgress.SingleBar(
    { format: `${verb} {bar} {value}/{total} {origin}`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { origin: "" });
  return bar;
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
      const bar = progressBar(docs.length, "extracting");
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
    const db = await existingDatabaseFrom(opts.db);
    try {
      const corpus = await requireCorpus(db, opts.corpus);
      const { body } = renderExport(await buildCorpusExport(db, corpus), opts.format);
      if (opts.out) fs.writeFileSync(fromUser(opts.out), body, "utf8");
      else process.stdout.write(body);
    } finally {
      await db.destroy();
    }
  });

program
  .command("reextract")
  .description("re-read every source of a corpus with the current extraction rules; verdicts are kept")
  .argument("<corpus>", "the corpus's name")
  .option("--db <path>", "SQLite database file (default: DATABASE_URL, else data/claimscope.sqlite)")
  .action(async (name: string, opts: { db?: string }) => {
    const db = await existingDatabaseFrom(opts.db);
    try {
      const corpus = await requireCorpus(db, name);
      // the number of sources is known once the corpus is read: the bar starts with the first report
      let bar: ReturnType<typeof progressBar> | undefined;
      const summary = await reextractCorpus(db, corpus.id, (p) => {
        if (bar === undefined) bar = progressBar(p.total, "re-extracting");
        bar?.update(p.done, { origin: p.origin });
      }).finally(() => bar?.stop());
      console.log(`${corpus.name}: ${describeReextraction(summary)}`);
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

const user = program.command("user").description("manage accounts");

user
  .command("add")
  .description("create an account (the first account becomes owner of every corpus without an owner)")
  .requiredOption("--email <email>", "the account's email address (its sign-in name)")
  .requiredOption("--name <name>", "the name that signs the account's verdicts")
  .option("--password <password>", `at least ${PASSWORD_MIN_LENGTH} characters (default: the CLAIMSCOPE_PASSWORD environment variable)`)
  .option("--role <role>", ROLES.join("|"))
  .option("--corpus <name>", "the corpus the role is in")
  .option("--db <path>", "SQLite database file (default: DATABASE_URL, else data/claimscope.sqlite)")
  .action(async (opts: { email: string; name: string; password?: string; role?: string; corpus?: string; db?: string }) => {
    const password = opts.password ?? process.env.CLAIMSCOPE_PASSWORD ?? "";
    if (!password) throw new UsageError("give --password or set CLAIMSCOPE_PASSWORD");
    const parsed = accountSchema.safeParse({ name: opts.name, email: opts.email, password });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`--${String(issue.path[0])}: ${issue.message}`);
    }
    if ((opts.role === undefined) !== (opts.corpus === undefined)) throw new UsageError("--role and --corpus go together");
    if (opts.role !== undefined && !isRole(opts.role)) throw new UsageError(`unknown --role "${opts.role}"; use one of ${ROLES.join(", ")}`);
    const db = await databaseFrom(opts.db);
    try {
      const corpus = opts.corpus ? await findCorpus(db, opts.corpus) : undefined;
      if (opts.corpus && !corpus) throw new UsageError(`no corpus named "${opts.corpus}"`);
      const account = await createUser(db, { ...parsed.data, passwordHash: await hashPassword(password) }).catch((error: unknown) => {
        if (error instanceof EmailTakenError) throw new UsageError(error.message);
        throw error;
      });
      if (corpus && isRole(opts.role)) await setMembership(db, corpus.id, account.id, opts.role);
      const owned = (await db.selectFrom("membership").select("corpus_id").where("user_id", "=", account.id).execute()).length;
      console.log(
        `added ${account.name} <${account.email}>${corpus ? ` as ${opts.role} of ${corpus.name}` : ""}${owned && !corpus ? ` (owner of ${owned} corpus${owned === 1 ? "" : "es"} that had no owner)` : ""}`,
      );
    } finally {
      await db.destroy();
    }
  });

user
  .command("grant")
  .description("give an existing account a role in a corpus (or change it)")
  .requiredOption("--email <email>", "the account")
  .requiredOption("--corpus <name>", "the corpus")
  .requiredOption("--role <role>", ROLES.join("|"))
  .option("--db <path>", "SQLite database file (default: DATABASE_URL, else data/claimscope.sqlite)")
  .action(async (opts: { email: string; corpus: string; role: string; db?: string }) => {
    if (!isRole(opts.role)) throw new UsageError(`unknown --role "${opts.role}"; use one of ${ROLES.join(", ")}`);
    const db = await databaseFrom(opts.db);
    try {
      const account = await findUserByEmail(db, opts.email);
      if (!account) throw new UsageError(`no account with the email ${opts.email.trim().toLowerCase()}; create it with \`user add\``);
      const corpus = await findCorpus(db, opts.corpus);
      if (!corpus) throw new UsageError(`no corpus named "${opts.corpus}"`);
      await setMembership(db, corpus.id, account.id, opts.role);
      console.log(`${account.name} <${account.email}> is now ${opts.role} of ${corpus.name}`);
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
