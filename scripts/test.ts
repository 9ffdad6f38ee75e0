// `npm test`: type-check, build the app (the end-to-end tests drive the real build), run every vitest suite,
// and end with one plain line `N passed, N failed` that CI can read.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  return result.status === 0;
}

if (step("type-check", "npx", ["tsc", "--noEmit"])) passed++;
else failed++;

const built = step("build", "npx", ["remix", "vite:build"]);
if (built) passed++;
else failed++;

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimscope-test-")), "vitest.json");
step("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...extraArgs]);
if (fs.existsSync(report)) {
  const summary = JSON.parse(fs.readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
    numTotalTests: number;
  };
  passed += summary.numPassedTests;
  // a suite that failed to load has no tests to count; count it as one failure so it cannot pass silently
  failed += summary.numFailedTests + (summary.numFailedTests === 0 ? summary.numFailedTestSuites : 0);
  if (summary.numTotalTests === 0) failed++;
} else {
  console.error("vitest wrote no report: it did not run");
  failed++;
}
fs.rmSync(path.dirname(report), { recursive: true, force: true });

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
