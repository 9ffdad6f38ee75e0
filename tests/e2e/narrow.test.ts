// The corpus pages on a phone (390 × 844) in real Chromium, on the real build: nothing scrolls sideways. Wide
// tables scroll inside their own focusable region, the tabs wrap, the charts fit. When a page does overflow,
// the assertion names the widest element that sticks out past the right edge of the screen.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app";
import { launchBrowser } from "../helpers/browser";
import { waitForCharts, watchedPage } from "../helpers/pages";

const PHONE = { width: 390, height: 844 };

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

const newPage = () => watchedPage(context, consoleErrors);

/** Waits until the page has hydrated and every chart that has data is drawn. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  if ((await page.locator("figure.chart").count()) > 0) await waitForCharts(page);
}

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The widest elements whose right edge lies past the screen and that no scrolling box clips, widest first,
   * none inside another. */
  culprits: string[];
}

/** How far the page reaches sideways, and which elements make it do so. */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const clippedByAncestor = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    const describe = (el: Element, rect: DOMRect) => {
      const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      const testId = el.getAttribute("data-testid");
      return `<${el.tagName.toLowerCase()}${classes}${testId ? `[data-testid=${testId}]` : ""}> ${Math.round(rect.width)} px wide, right edge at ${Math.round(rect.right)} px`;
    };
    const wide = [...document.body.querySelectorAll("*")]
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ el, rect }) => rect.width > 0 && rect.right > innerWidth + 0.5 && !clippedByAncestor(el))
      .sort((a, b) => b.rect.width - a.rect.width);
    // The widest first; an element inside one already named says nothing new (a table's rows, a link's text).
    const named: typeof wide = [];
    for (const w of wide) if (named.length < 3 && !named.some((n) => n.el.contains(w.el))) named.push(w);
    const culprits = named.map(({ el, rect }) => describe(el, rect));
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  await settle(page);
  const { scrollWidth, innerWidth, culprits } = await measureOverflow(page);
  expect(
    scrollWidth,
    `${what} is ${scrollWidth} px wide on a ${innerWidth} px screen; too wide: ${culprits.join("; ") || "(no single element found)"}`,
  ).toBeLessThanOrEqual(innerWidth);
}

let groupPath = "";

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  // The first account owns the demo corpus: the queue and the owner's tabs are all there.
  const page = await newPage();
  await page.goto(`${app.url}/signup`);
  await page.locator("#signup-name").fill("Phone Reviewer");
  await page.locator("#signup-email").fill("phone@example.org");
  await page.locator("#signup-password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
  // A group page of whatever the pipeline of the day groups: the first one listed.
  await page.goto(`${app.url}/c/mesotherapy/groups`);
  groupPath = (await page.locator("[data-testid=groups-table] tbody tr a").first().getAttribute("href"))!;
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the corpus pages on a 390 px phone", () => {
  it.each([
    ["the overview", "/c/mesotherapy"],
    ["the claims page", "/c/mesotherapy/claims"],
    ["the groups page", "/c/mesotherapy/groups"],
    ["a group page", "group"],
    ["the review queue", "/c/mesotherapy/queue"],
  ])("%s does not scroll sideways", async (what, path) => {
    const page = await newPage();
    const response = await page.goto(`${app.url}${path === "group" ? groupPath : path}`);
    expect(response?.status()).toBe(200);
    await expectNoSidewaysScroll(page, what);
    await page.close();
  });

  it("scrolls the sources table inside a named, focusable region instead", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/mesotherapy`);
    await settle(page);
    const region = page.getByRole("region", { name: "Sources table" });
    expect(await region.getAttribute("tabindex")).toBe("0");
    const { clientWidth, scrollWidth } = await region.evaluate((el) => ({ clientWidth: el.clientWidth, scrollWidth: el.scrollWidth }));
    expect(clientWidth).toBeLessThanOrEqual(PHONE.width);
    // the keyboard scrolls it: focus the region and press the right arrow
    if (scrollWidth > clientWidth) {
      await region.focus();
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction((el) => el!.scrollLeft > 0, await region.elementHandle());
    }
    await page.close();
  });

  it("wraps the corpus tabs so that every tab is on the screen", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/c/mesotherapy`);
    await settle(page);
    const tabs = page.getByRole("navigation", { name: "Corpus" }).getByRole("link");
    expect(await tabs.count()).toBeGreaterThanOrEqual(4);
    const rights = await tabs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    for (const right of rights) expect(right).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it("logged no error in the browser console", () => {
    expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
