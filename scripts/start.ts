// `npm start`: create or migrate the database, load the demo corpus on first run, build the app if its
// sources are newer than the build, and serve it on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { connect, resolveDatabasePath } from "../db/client";
import { refreshDemoIfRulesChanged, seedDemoOnce } from "./seed.server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const opts = new Command()
  .option("--db <path>", "SQLite database file (default: DATABASE_URL, else data/claimscope.sqlite)")
  .option("--no-build", "serve the existing build even if the sources are newer")
  .parse()
  .opts<{ db?: string; build: boolean }>();

const dbPath = path.resolve(root, resolveDatabasePath(opts.db ?? process.env.DATABASE_URL));
const db = await connect(dbPath);
const seeded = await seedDemoOnce(db, root);
const refreshed = seeded ? null : await refreshDemoIfRulesChanged(db, root);
await db.destroy();
console.log(`database: ${dbPath}${seeded ? ` (${seeded})` : ""}`);
if (refreshed) console.log(refreshed);

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((e) => newestMtime(path.join(p, e))));
}

const serverBuild = path.join(root, "build/server/index.js");
const sourcesChanged =
  Math.max(...["app", "db", "public", "vite.config.ts", "package.json"].map((p) => newestMtime(path.join(root, p)))) >
  newestMtime(serverBuild);
if (!fs.existsSync(serverBuild) || (opts.build && sourcesChanged)) {
  console.log("building the app…");
  const build = spawnSync("npx", ["remix", "vite:build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("claimscope: the build failed; see the messages above");
    process.exit(1);
  }
}

const port = process.env.PORT || "3000";
const server = spawn(process.execPath, [path.join(root, "node_modules/@remix-run/serve/dist/cli.js"), serverBuild], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, PORT: port, DATABASE_URL: dbPath, NODE_ENV: "production" },
});
server.stdout!.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  // remix-serve announces itself on every interface; say the one address a person should open.
  if (text.includes("[remix-serve]")) console.log(`Claimscope is running at http://localhost:${port}`);
  else process.stdout.write(text);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
