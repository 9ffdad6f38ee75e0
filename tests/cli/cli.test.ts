// The command line as scripts outside the project use it (DESIGN.md contract): real processes, real files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { CSV_COLUMNS } from "~/export/csv";
import { FIXTURES, ROOT, tempDir } from "../helpers/db";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const CLI = path.join(ROOT, "scripts/claimscope.ts");

let dir: string;
let db: string;

function claimscope(...args: string[]) {
  return claimscopeWith({}, ...args);
}

function claimscopeWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, "--tsconfig", path.join(ROOT, "tsconfig.json"), CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_PASSWORD: "", ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = tempDir("claimscope-cli-");
  db = path.join(dir, "cli.sqlite");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("claimscope import / export", () => {
  it("imports a directory, and a second import of the same files adds nothing", () => {
    const first = claimscope("import", path.join(FIXTURES, "mesotherapy"), "--corpus", "Mesotherapy", "--db", db);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Mesotherapy: 5 source\(s\) added with \d+ claims, 0 already present/);
    const again = claimscope("import", path.join(FIXTURES, "mesotherapy"), "--corpus", "mesotherapy", "--db", db);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 source\(s\) added with 0 claims, 5 already present/);
  });

  it("exports JSON in the contract's shape, spans quoting the stored text", () => {
    const out = path.join(dir, "export.json");
    const r = claimscope("export", "--corpus", "Mesotherapy", "--format", "json", "--out", out, "--db", db);
    expect(r.status).toBe(0);
    const data = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(data.corpus).toEqual({ name: "Mesotherapy" });
    expect(data.sources).toHaveLength(5);
    const original = fs.readFileSync(path.join(FIXTURES, "mesotherapy", data.sources[0].origin), "utf8");
    expect(data.sources[0].text).toBe(original);
    const texts = new Map(data.sources.map((s: { id: number; text: string }) => [s.id, s.text]));
    expect(data.claims.length).toBeGreaterThan(20);
    for (const c of data.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["id", "sourceId", "text", "start", "end", "category", "value", "hedges", "subject", "groupKey", "verdict", "suggestedVerdict"]));
      const text = texts.get(c.sourceId) as string;
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.start).toBeLessThan(c.end);
    }
    for (const g of data.groups) {
      expect(Object.keys(g)).toEqual(expect.arrayContaining(["key", "label", "category", "assessment", "reason", "claimIds", "conflicts"]));
    }
  });

  it("exports CSV to standard output with the contract's columns, one row per claim", () => {
    const r = claimscope("export", "--corpus", "Mesotherapy", "--format", "csv", "--db", db);
    expect(r.status).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const json = JSON.parse(claimscope("export", "--corpus", "Mesotherapy", "--format", "json", "--db", db).stdout);
    expect(parsed.data).toHaveLength(json.claims.length);
  });

  it.each([
    ["md", /^# /],
    ["claimreview", /^\[/],
  ])("exports --format %s", (format, start) => {
    const r = claimscope("export", "--corpus", "Mesotherapy", "--format", format, "--db", db);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it.each<[string, string[], RegExp]>([
    ["a missing file", ["import", "no/such/file.txt", "--corpus", "X"], /no\/such\/file\.txt: no such file or directory/],
    ["an unsupported file type", ["import", "package.json", "--corpus", "X"], /package\.json: unsupported file type/],
    ["a missing --corpus", ["import", "fixtures"], /required option '--corpus <name>'/],
    ["an unknown flag", ["export", "--corpus", "Mesotherapy", "--format", "json", "--colour"], /unknown option '--colour'/],
    ["an unknown format", ["export", "--corpus", "Mesotherapy", "--format", "xml"], /unknown --format "xml"; use one of json, csv, md, claimreview/],
    ["an unknown corpus", ["export", "--corpus", "Nope", "--format", "json"], /no corpus named "Nope"; known: .*Mesotherapy/],
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
  ])("fails on %s with a one-line reason and a non-zero status", (_name, args, message) => {
    const r = claimscope(...args.map((a) => (a === "package.json" || a === "fixtures" ? path.join(ROOT, a) : a)), "--db", db);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("imports a CSV of sources, one source per row, with its author and date", () => {
    const r = claimscope("import", path.join(FIXTURES, "samples/sources.csv"), "--corpus", "Cupping", "--db", db);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Cupping: 2 source\(s\) added/);
    const data = JSON.parse(claimscope("export", "--corpus", "Cupping", "--format", "json", "--db", db).stdout);
    expect(data.sources.map((s: { origin: string; author: string }) => [s.origin, s.author])).toEqual([
      ["https://clinic.example/cupping", "Riverside Clinic"],
      ["https://sceptic.example/cupping", "J. Doe"],
    ]);
  });

  it.each([
    ["empty.txt", /empty\.txt: the file is empty/],
    ["image-named.txt", /image-named\.txt: the file is binary/],
    ["unclosed-quote.csv", /unclosed-quote\.csv line 2: malformed CSV/],
    ["no-text-column.csv", /no-text-column\.csv: a CSV of sources needs a "text" column/],
  ])("refuses fixtures/bad/%s with a one-line reason", (file, message) => {
    const r = claimscope("import", path.join(FIXTURES, "bad", file), "--corpus", "Bad", "--db", db);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("imports a Windows-1252 file with its accents and curly quotes", () => {
    const r = claimscope("import", path.join(FIXTURES, "bad/windows-1252.txt"), "--corpus", "Legacy", "--db", db);
    expect(r.status).toBe(0);
    const data = JSON.parse(claimscope("export", "--corpus", "Legacy", "--format", "json", "--db", db).stdout);
    expect(data.sources[0].text).toBe("Café “cupping” was developed in the 1950s by Dr. Jane Smith.\n");
  });

  it("refuses a bad file among good ones and stores none of them", () => {
    const batch = path.join(dir, "batch");
    fs.mkdirSync(batch);
    fs.writeFileSync(path.join(batch, "a.txt"), "Cupping was developed in 1952 by Dr. Jane Smith.");
    fs.writeFileSync(path.join(batch, "b.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]));
    const r = claimscope("import", batch, "--corpus", "Batch", "--db", db);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/b\.txt: the file is binary/);
    const list = claimscope("corpora", "--db", db);
    expect(list.stdout).not.toMatch(/Batch/);
  });
});

describe("claimscope user add", () => {
  it("creates the first account as owner of the corpora without one, then others with a role", () => {
    const first = claimscope("user", "add", "--email", "Olive@Example.org", "--name", "Olive", "--password", "long enough pw", "--db", db);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    // Mesotherapy and the corpora the tests above created on the way
    expect(first.stdout.trim()).toMatch(/^added Olive <olive@example\.org> \(owner of \d+ corpus(es)? that had no owner\)$/);
    const second = claimscopeWith(
      { CLAIMSCOPE_PASSWORD: "from the environment" },
      "user", "add", "--email", "rex@example.org", "--name", "Rex", "--role", "reviewer", "--corpus", "mesotherapy", "--db", db,
    );
    expect(second.status).toBe(0);
    expect(second.stdout.trim()).toBe("added Rex <rex@example.org> as reviewer of Mesotherapy");
  });

  it("grants an existing account a role in a corpus", () => {
    const r = claimscope("user", "grant", "--email", "REX@example.org", "--corpus", "Mesotherapy", "--role", "owner", "--db", db);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("Rex <rex@example.org> is now owner of Mesotherapy");
    const unknown = claimscope("user", "grant", "--email", "ghost@example.org", "--corpus", "Mesotherapy", "--role", "owner", "--db", db);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/no account with the email ghost@example\.org/);
  });

  it.each<[string, string[], RegExp]>([
    ["a duplicate email", ["--email", "OLIVE@example.org", "--name", "Again", "--password", "long enough pw"], /an account with the email olive@example\.org already exists/],
    ["no password", ["--email", "new@example.org", "--name", "New"], /give --password or set CLAIMSCOPE_PASSWORD/],
    ["a short password", ["--email", "new@example.org", "--name", "New", "--password", "short"], /--password: Use at least 8 characters/],
    ["a bad email", ["--email", "nope", "--name", "New", "--password", "long enough pw"], /--email: Enter a valid email address/],
    ["an unknown role", ["--email", "new@example.org", "--name", "New", "--password", "long enough pw", "--role", "admin", "--corpus", "Mesotherapy"], /unknown --role "admin"/],
    ["an unknown corpus", ["--email", "new@example.org", "--name", "New", "--password", "long enough pw", "--role", "viewer", "--corpus", "Nope"], /no corpus named "Nope"/],
  ])("fails on %s with a one-line reason", (_name, args, message) => {
    const r = claimscope("user", "add", ...args, "--db", db);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe("claimscope reextract", () => {
  it("re-reads every source of a corpus and prints what changed", async () => {
    // a claim lost since the import: the current rules find it again
    const handle = await connect(db);
    const before = await handle.selectFrom("claim").innerJoin("corpus", "corpus.id", "claim.corpus_id").select("claim.id").where("corpus.name", "=", "Mesotherapy").execute();
    await handle.deleteFrom("claim").where("id", "=", before[0].id).execute();
    await handle.destroy();
    const r = claimscope("reextract", "mesotherapy", "--db", db);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(
      `Mesotherapy: 5 sources re-read: ${before.length - 1} claims unchanged, 0 updated, 1 added, 0 removed, 0 no longer found but kept because reviewed`,
    );
  });

  it.each<[string, string[], RegExp]>([
    ["an unknown corpus", ["reextract", "Nope"], /^claimscope: no corpus named "Nope"; known: .*Mesotherapy/],
    ["no corpus", ["reextract"], /missing required argument 'corpus'/],
    ["a database that does not exist", ["reextract", "Mesotherapy", "--db", "missing.sqlite"], /no database at .*missing\.sqlite; import something first/],
  ])("fails on %s with a one-line reason and a non-zero status", (_name, args, message) => {
    const r = claimscope(...args, ...(args.includes("--db") ? [] : ["--db", db]));
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
