// Remakes the README's pictures from the real build in Chromium: the claims page and the corpus overview of the
// demo corpus, as its first account (the owner) sees them.
import path from "node:path";
import { startApp } from "./lib/app-process";
import { launchBrowser } from "./lib/browser";
import { ROOT } from "./lib/paths";

const app = await startApp();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.url}/signup`);
  await page.getByLabel("Name").fill("Demo Reviewer");
  await page.getByLabel("Email").fill("demo@example.org");
  await page.getByLabel(/^Password/).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByTestId("signed-in-as").waitFor();

  await page.goto(`${app.url}/c/mesotherapy/claims?category=efficacy`);
  await page.waitForSelector("[data-testid=claims-table]");
  const claims = path.join(ROOT, "docs/screenshot-claims.png");
  await page.screenshot({ path: claims });
  console.log(`wrote ${path.relative(ROOT, claims)}`);

  await page.goto(`${app.url}/c/mesotherapy`);
  await page.waitForSelector(".recharts-surface");
  const overview = path.join(ROOT, "docs/screenshot-overview.png");
  await page.screenshot({ path: overview, fullPage: false });
  console.log(`wrote ${path.relative(ROOT, overview)}`);
} finally {
  await browser.close();
  await app.stop();
}
