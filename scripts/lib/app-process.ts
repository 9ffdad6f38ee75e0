// Starts the built app the way `npm start` does (scripts/start.ts, no rebuild) on a free port against a
// temporary database, for the end-to-end tests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT, tempDir } from "./paths";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  dbPath: string;
  log: () => string;
  stop: () => Promise<void>;
}

export async function startApp(): Promise<RunningApp> {
  if (!fs.existsSync(path.join(ROOT, "build/server/index.js"))) {
    throw new Error("no build: run `npm run build` (npm test builds before the end-to-end tests)");
  }
  const dir = tempDir("claimscope-e2e-");
  const dbPath = path.join(dir, "e2e.sqlite");
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/start.ts"), "--no-build", "--db", dbPath],
    { cwd: ROOT, env: { ...process.env, PORT: String(port), DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app did not answer within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dbPath,
    log: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 200));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
