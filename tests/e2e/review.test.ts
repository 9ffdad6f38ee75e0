// A new user's path through the real build in real Chromium: sign up (the first account owns the demo corpus) →
// demo corpus → source → tag a claim → reload → the verdict is still there → the CSV download parses and carries it.
import fs from "node:fs";
import Papa from "papaparse";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "~/export/csv";
import { startApp, type RunningApp } from "../helpers/app";
import { launchBrowser } from "../helpers/browser";

/** playwright-core has no retrying assertions: wait until the locator shows the text, then say so. */
async function waitForText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  expect(await locator.first().textContent()).toContain(text);
}

const ACCOUNT = { name: "Ada Reviewer", email: "ada@example.org", password: "a long enough password" };

async function signIn(page: Page) {
  await page.getByLabel("Email").fill(ACCOUNT.email);
  await page.getByLabel("Password").fill(ACCOUNT.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("reviewing the demo corpus in a browser", () => {
  it("opens the demo corpus, tags a claim, keeps the verdict across a reload, and exports it as CSV", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));

    await page.goto(app.url);
    // signed out: the sign-in page, with a way to create the account
    await page.waitForURL(/\/login\?redirectTo=%2F/);
    await page.getByRole("link", { name: "Create one" }).click();
    await page.getByLabel("Name").fill(ACCOUNT.name);
    await page.getByLabel("Email").fill(ACCOUNT.email);
    await page.getByLabel(/^Password/).fill(ACCOUNT.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await waitForText(page.getByTestId("signed-in-as"), ACCOUNT.name);
    await page.getByRole("link", { name: "Mesotherapy" }).click();
    await waitForText(page.getByRole("heading", { level: 1 }), "Mesotherapy");
    const sourceLinks = page.locator("section[aria-labelledby=sources-heading] table tbody tr td:first-child a");
    expect(await sourceLinks.count()).toBe(5);

    await sourceLinks.first().click();
    await page.waitForSelector("[data-testid=source-text] mark a");
    const marks = page.locator("[data-testid=source-text] mark a");
    expect(await marks.count()).toBeGreaterThan(3);
    await marks.first().click();
    await page.waitForURL(/\?claim=\d+/);
    const claimId = new URL(page.url()).searchParams.get("claim");

    await page.getByLabel("Note (optional)").fill("Two sources agree; checked against the encyclopedia entry.");
    await page.getByRole("button", { name: "Contested" }).click();
    await waitForText(page.getByTestId("current-verdict"), "Contested");
    await waitForText(page.getByTestId("current-verdict"), "Ada Reviewer");

    await page.reload();
    await waitForText(page.getByTestId("current-verdict"), "Contested");
    await waitForText(page.getByText("Reviewing as"), "Ada Reviewer");

    await page.goto(`${app.url}/c/mesotherapy`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // the contract's columns keep their names and order; a column per reviewer follows them
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS, "reviewer:Ada Reviewer"]);
    const row = parsed.data.find((r) => r.claim_id === claimId);
    expect(row).toMatchObject({ verdict: "contested", reviewer: "Ada Reviewer", "reviewer:Ada Reviewer": "contested" });
    expect(row!.note).toContain("Two sources agree");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("records a verdict with JavaScript turned off: the forms work before scripts load", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/c/mesotherapy/claims`);
    // signing in works without scripts too, and comes back to the page asked for
    await page.waitForURL(/\/login\?redirectTo=/);
    await signIn(page);
    await page.waitForURL(/\/c\/mesotherapy\/claims$/);
    await page.locator("[data-testid=claims-table] tbody tr td:nth-child(2) a").nth(1).click();
    await page.getByRole("button", { name: "Supported" }).click();
    await waitForText(page.getByTestId("current-verdict"), "Supported");
    await waitForText(page.getByTestId("current-verdict"), ACCOUNT.name);
    // and signing out is a form too
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login$/);
    await context.close();
  });
});
