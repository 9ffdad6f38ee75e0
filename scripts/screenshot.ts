// Remakes docs/screenshot-claims.png: the claims page of the demo corpus, from the real build, in Chromium.
import path from "node:path";
import { startApp } from "./lib/app-process";
import { launchBrowser } from "./lib/browser";
import { ROOT } from "./lib/paths";

const app = await startApp();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.url}/c/mesotherapy/claims?category=efficacy`);
  await page.waitForSelector("[data-testid=claims-table]");
  const out = path.join(ROOT, "docs/screenshot-claims.png");
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(ROOT, out)}`);
} finally {
  await browser.close();
  await app.stop();
}
