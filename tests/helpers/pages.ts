// Shared by the end-to-end tests: pages whose console errors are collected, and waiting for the charts.
import type { BrowserContext, Page } from "playwright-core";

/** A new page of the context whose console errors and uncaught exceptions land in `errors`. */
export async function watchedPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** Waits until every chart figure that has data is drawn (recharts draws only after hydration; a numeric group
 * may draw several panels). */
export async function waitForCharts(page: Page): Promise<void> {
  const figures = page.locator("figure.chart");
  await figures.first().waitFor();
  for (let i = 0; i < (await figures.count()); i++) {
    const figure = figures.nth(i);
    if ((await figure.locator("table").count()) === 0) continue; // an empty chart says so in words
    await figure.locator("svg.recharts-surface").first().waitFor({ timeout: 10_000 });
  }
}
