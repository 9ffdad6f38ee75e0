// The corpus charts and the group page in real Chromium, on the real build. Two corpora: the demo (whatever the
// pipeline of the day makes of it: the test checks relationships, marks = table rows = groups) and one built
// from the gold file (known groups, conflicts, years and counts), for the keyboard, tooltip and click paths.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { startApp, type RunningApp } from "../helpers/app";
import { launchBrowser } from "../helpers/browser";
import { waitForCharts, watchedPage } from "../helpers/pages";
import { seedGoldCorpus, type GoldCorpus } from "../helpers/gold-corpus";
import { MIXED_UNITS, seedMixedUnitsCorpus } from "../helpers/seed-corpus";

/** playwright-core has no retrying assertions: wait until the locator shows the text, then say so. */
async function waitForText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  expect(await locator.first().textContent()).toContain(text);
}

const CHARTS = ["disagreement", "verdicts", "timeline"] as const;

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let gold: GoldCorpus;
let mixedSlug: string;
const consoleErrors: string[] = [];

const newPage = () => watchedPage(context, consoleErrors);

/** The number of marks and of data-table rows of one chart figure. */
async function marksAndRows(figure: Locator): Promise<[number, number]> {
  return [await figure.locator(".chart-mark").count(), await figure.locator("table tbody tr").count()];
}

beforeAll(async () => {
  app = await startApp();
  // The gold corpus goes straight into the running app's database (the app reads it on the next request).
  const db = await connect(app.dbPath);
  gold = await seedGoldCorpus(db, "Chart fixture");
  mixedSlug = (await seedMixedUnitsCorpus(db, "Depth in two units")).corpus.slug;
  await db.destroy();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // The first account owns every corpus without an owner: the demo and the chart fixture.
  const page = await newPage();
  await page.goto(`${app.url}/signup`);
  await page.locator("#signup-name").fill("Chart Reviewer");
  await page.locator("#signup-email").fill("charts@example.org");
  await page.locator("#signup-password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("corpus charts", () => {
  it("serves the data tables as the page's HTML, and draws no chart on the server", async () => {
    const res = await fetch(`${app.url}/c/${gold.corpus.slug}`, { headers: { Cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ") } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toContain("recharts-surface");
    for (const chart of CHARTS) expect(html).toContain(`data-testid="${chart}-table"`);
    expect(html.match(/<details class="chart-table" open="">/g)?.length).toBeGreaterThanOrEqual(CHARTS.length);
  });

  it("draws one mark per data-table row in every chart of the demo corpus, one disagreement bar per group", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/mesotherapy/groups`);
    const groups = await page.locator("[data-testid=groups-table] tbody tr").count();
    await page.goto(`${app.url}/c/mesotherapy`);
    const sources = await page.locator("section[aria-labelledby=sources-heading] table tbody tr").count();
    await waitForCharts(page);

    const [bars, barRows] = await marksAndRows(page.getByTestId("disagreement-chart"));
    expect(bars).toBe(barRows);
    expect(bars).toBe(groups);
    // every bar opens its group page, whatever its key holds (slashes, spaces, colons)
    const hrefs = await page.getByTestId("disagreement-mark").evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
    for (const href of hrefs) expect([href, (await page.request.get(`${app.url}${href}`)).status()]).toEqual([href, 200]);
    const [sourceBars, sourceRows] = await marksAndRows(page.getByTestId("verdicts-chart"));
    expect(sourceBars).toBe(sourceRows);
    expect(sourceBars).toBe(sources);
    const [points, pointRows] = await marksAndRows(page.getByTestId("timeline-chart"));
    expect(points).toBe(pointRows);
    const numeric = page.getByTestId("numeric-chart");
    for (let i = 0; i < (await numeric.count()); i++) {
      const [marks, rows] = await marksAndRows(numeric.nth(i));
      expect(marks).toBe(rows);
      expect(marks).toBeGreaterThan(0);
    }
    // Once drawn, the table folds away under "Data table"; it opens on demand.
    const details = page.getByTestId("verdicts-chart").locator("details");
    expect(await details.getAttribute("open")).toBeNull();
    await details.locator("summary").click();
    await page.getByTestId("verdicts-table").waitFor();
    await page.close();
  });

  it("names the source and quotes the claim on each mark, shows it on keyboard focus, and opens it with Enter", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/${gold.corpus.slug}/groups`);
    const groups = await page.locator("[data-testid=groups-table] tbody tr").count();
    expect(groups).toBe(gold.groups.length);
    await page.goto(`${app.url}/c/${gold.corpus.slug}`);
    await waitForCharts(page);

    // one bar per group, conflicts first
    const bars = page.getByTestId("disagreement-mark");
    expect(await bars.count()).toBe(groups);
    expect(await bars.first().getAttribute("aria-label")).toMatch(/\(conflicting\): \d+ of \d+ sources disagree/);

    // every timeline point is a row of its table, with the source and the quote in its label
    const timeline = page.getByTestId("timeline-chart");
    const [points, rows] = await marksAndRows(timeline);
    expect(points).toBe(rows);
    expect(points).toBeGreaterThan(0);
    const first = timeline.locator(".chart-mark").first();
    const label = (await first.getAttribute("aria-label"))!;
    const firstRow = timeline.locator("tbody tr").first();
    const source = (await firstRow.locator("td").first().textContent())!;
    const quote = (await firstRow.locator("td").nth(1).textContent())!;
    expect(label).toContain(`${source}: “${quote}”`);

    // keyboard: from the control just before the timeline, Tab reaches its first point and shows its tooltip
    await page.getByTestId("verdicts-chart").locator("summary").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("timeline-mark");
    const tooltip = timeline.getByTestId("chart-tooltip");
    await tooltip.waitFor();
    await waitForText(tooltip, source);
    await waitForText(tooltip, quote.replace(/…$/, ""));

    // Enter opens the claim
    const href = (await first.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`^/c/${gold.corpus.slug}/claims/\\d+$`));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === href);
    await waitForText(page.locator("h2").first(), quote.replace(/…$/, "").slice(0, 40));
    await page.close();
  });

  it("draws each source's figure for a numeric group, an open “more than” range marked open, hover names it, click opens it", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/${gold.corpus.slug}`);
    await waitForCharts(page);
    const practitioners = page.getByTestId("numeric-chart").filter({ has: page.getByRole("heading", { name: "How many practitioners use mesotherapy" }) });
    const marks = practitioners.locator(".chart-mark");
    expect(await marks.count()).toBe(3);
    expect(await practitioners.locator("tbody tr").count()).toBe(3);
    const labels = await marks.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(labels.filter((l) => l.endsWith("open-ended"))).toHaveLength(1);
    expect(labels.join("\n")).toContain("more than 15,000");
    expect(await practitioners.locator("text.range-open-label").first().textContent()).toBe("open");

    const fifty = marks.nth(labels.findIndex((l) => l.includes("50,000")));
    await fifty.hover();
    const tooltip = practitioners.getByTestId("chart-tooltip");
    await waitForText(tooltip, "50,000");
    const href = (await fifty.getAttribute("href"))!;
    await fifty.click();
    await page.waitForURL((url) => url.pathname === href);
    await waitForText(page.locator("h2").first(), "50,000");
    await page.close();
  });

  it("draws a group's figures in every unit they come in: one panel per unit, titled with it, none left out", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/${mixedSlug}`);
    await waitForCharts(page);
    const depth = page.getByTestId("numeric-chart").filter({ has: page.getByRole("heading", { name: MIXED_UNITS.label }) });
    const panels = depth.getByTestId("numeric-panel");
    expect(await panels.count()).toBe(2);
    await waitForText(panels.nth(0).locator("h4"), "millimetres (mm)");
    await waitForText(panels.nth(1).locator("h4"), "inches (in)");
    for (let i = 0; i < 2; i++) expect(await panels.nth(i).locator("svg.recharts-surface").count()).toBe(1);
    expect(await panels.nth(1).locator(".recharts-label").textContent()).toBe("in");

    // every figure is a mark and a table row: two in mm, the one in inches too
    const [marks, rows] = await marksAndRows(depth);
    expect([marks, rows]).toEqual([3, 3]);
    expect(await panels.nth(0).locator(".chart-mark").count()).toBe(2);
    const inchMark = panels.nth(1).locator(".chart-mark");
    expect(await inchMark.count()).toBe(1);
    expect(await inchMark.getAttribute("aria-label")).toBe(`Wellness Weekly: “${MIXED_UNITS.inches}” (0.16 in)`);
    const inchRow = depth.locator("tbody tr").filter({ hasText: MIXED_UNITS.inches });
    expect(await inchRow.locator("td").allTextContents()).toEqual(["Wellness Weekly", MIXED_UNITS.inches, "0.16 in", "inches (in)"]);

    // the tooltip of a mark in the second panel opens by that mark, not one panel up
    await inchMark.hover();
    const tooltip = depth.getByTestId("chart-tooltip");
    await waitForText(tooltip, "Wellness Weekly");
    const [tip, svg] = [await tooltip.boundingBox(), await panels.nth(1).locator("svg.recharts-surface").boundingBox()];
    expect(tip!.y).toBeGreaterThan(svg!.y);
    expect(tip!.y).toBeLessThan(svg!.y + svg!.height);
    await page.close();
  });

  it("opens a group from its disagreement bar", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/${gold.corpus.slug}`);
    await waitForCharts(page);
    const bar = page.getByTestId("disagreement-mark").first();
    const question = (await bar.getAttribute("aria-label"))!.split(" (")[0];
    await bar.click();
    await page.waitForURL(new RegExp(`/c/${gold.corpus.slug}/groups/mesotherapy/`));
    await waitForText(page.getByTestId("group-question"), question);
    await page.close();
  });
});

describe("group page", () => {
  it("shows a conflicting group's reason and one card per source; a verdict given there survives a reload", async () => {
    const group = gold.groups.find((g) => g.key === "mesotherapy/practitioner_count")!;
    const page = await newPage();
    await page.goto(`${app.url}/c/${gold.corpus.slug}/groups/${group.key}`);
    await waitForText(page.getByTestId("group-question"), group.label);
    await waitForText(page.getByTestId("group-reason"), group.reason.slice(0, 60));
    expect(await page.getByTestId("source-card").count()).toBe(group.sourceIds.length);
    expect(await page.getByTestId("group-claim").count()).toBe(group.claimIds.length);
    expect(await page.locator("[data-testid=conflict-pairs] li").count()).toBe(group.conflicts.length);
    expect(await page.locator(".group-claim.in-conflict").count()).toBe(new Set(group.conflicts.flat()).size);

    const claimId = group.conflicts[0][0];
    const card = page.locator(`#claim-${claimId}`);
    await card.locator("mark").waitFor();
    await card.getByLabel("Note (optional)").fill("18,000 worldwide cannot stand with 50,000.");
    await card.getByRole("button", { name: "Contradicted" }).click();
    await page.waitForURL((url) => url.hash === `#claim-${claimId}`);
    await waitForText(card.getByTestId("claim-verdict"), "Contradicted");
    await page.reload();
    await waitForText(page.locator(`#claim-${claimId}`).getByTestId("claim-verdict"), "Contradicted");
    await waitForText(page.locator(`#claim-${claimId}`).getByTestId("claim-verdict"), "Chart Reviewer");

    // the overview's verdict chart counts it
    await page.goto(`${app.url}/c/${gold.corpus.slug}`);
    await waitForCharts(page);
    const labels = await page.getByTestId("verdicts-mark").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(labels.filter((l) => l.includes("1 contradicted"))).toHaveLength(1);
    await page.close();
  });

  it("answers an unknown group with a 404 in words", async () => {
    const page = await newPage();
    const response = await page.goto(`${app.url}/c/${gold.corpus.slug}/groups/mesotherapy/no-such-question`);
    expect(response?.status()).toBe(404);
    await waitForText(page.getByRole("alert"), "No group");
    await page.close();
  });

  it("logged no error in the browser console", () => {
    expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
