// Two reviewers and an owner in three browser contexts: a blind dual review of four claims with one
// disagreement, the owner's adjudication, and the kappa on the overview checked against a hand computation.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app";
import { launchBrowser } from "../helpers/browser";

async function waitForText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  expect(await locator.first().textContent()).toContain(text);
}

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.stop();
});

const PASSWORD = "a long enough password";
let owner: Page;
let ana: Page;
let ben: Page;

async function signUp(name: string, email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${app.url}/signup`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await waitForText(page.getByTestId("signed-in-as"), name);
  return page;
}

/** The reviewer works through the queue with the keyboard: one key per claim; returns the claim ids judged. */
async function reviewWithKeys(page: Page, keys: string[]): Promise<number[]> {
  await page.goto(`${app.url}/c/mesotherapy/queue`);
  await page.waitForSelector("html[data-shortcuts=on]");
  const judged: number[] = [];
  for (const key of keys) {
    const claim = page.getByTestId("queue-claim");
    const id = Number(await claim.getAttribute("data-claim-id"));
    judged.push(id);
    if (key === "2") {
      // n focuses the note; Escape leaves it so that the next key is a shortcut again
      await page.keyboard.press("n");
      await page.keyboard.type("one trial only");
      await page.keyboard.press("Escape");
    }
    await page.keyboard.press(key);
    await page.waitForFunction((previous) => document.querySelector("[data-testid=queue-claim]")?.getAttribute("data-claim-id") !== String(previous), id);
  }
  return judged;
}

/** Cohen's kappa by hand: p_o the share of claims both gave the same verdict, p_e from each reviewer's margins. */
function handKappa(a: string[], b: string[]): number {
  const n = a.length;
  const po = a.filter((v, i) => v === b[i]).length / n;
  const labels = [...new Set([...a, ...b])];
  const pe = labels.reduce((s, l) => s + (a.filter((v) => v === l).length / n) * (b.filter((v) => v === l).length / n), 0);
  return (po - pe) / (1 - pe);
}

describe("a blind dual review by two reviewers, adjudicated by the owner", () => {
  it("hides verdicts until given, lists the disagreement, marks the adjudication, and shows the kappa computed by hand", async () => {
    owner = await signUp("Olive Owner", "olive@example.org"); // the first account: owner of the demo corpus
    ana = await signUp("Ana Reviewer", "ana@example.org");
    ben = await signUp("Ben Reviewer", "ben@example.org");

    // the owner shares the corpus and turns blind review on
    await owner.goto(`${app.url}/c/mesotherapy/settings`);
    await owner.getByRole("button", { name: "Turn blind review on" }).click();
    await owner.getByRole("button", { name: "Turn blind review off" }).waitFor();
    for (const email of ["ana@example.org", "ben@example.org"]) {
      await owner.getByLabel("Email of their account").fill(email);
      await owner.getByRole("button", { name: "Add member" }).click();
      await waitForText(owner.getByTestId("members"), email);
    }

    // Ana: supported, supported, contested (with a note), contradicted; the shortcut list opens with ?
    await ana.goto(`${app.url}/c/mesotherapy/queue`);
    await ana.waitForSelector("html[data-shortcuts=on]");
    await ana.keyboard.press("?");
    expect(await ana.getByTestId("shortcuts").getAttribute("open")).not.toBeNull();
    const anaVerdicts = ["supported", "supported", "contested", "contradicted"];
    const anaClaims = await reviewWithKeys(ana, ["1", "1", "2", "3"]);

    // Ben cannot see Ana's verdict before giving his own: not on screen, not in the data sent to the browser
    await ben.goto(`${app.url}/c/mesotherapy/claims/${anaClaims[0]}`);
    await waitForText(ben.getByTestId("current-verdict"), "Blind review");
    expect(await ben.content()).not.toContain("Ana Reviewer");
    const benVerdicts = ["supported", "supported", "contested", "supported"];
    const benClaims = await reviewWithKeys(ben, ["1", "1", "2", "1"]);
    expect(benClaims).toEqual(anaClaims);
    // now he has given his, he sees hers
    await ben.goto(`${app.url}/c/mesotherapy/claims/${anaClaims[3]}`);
    await waitForText(ben.getByTestId("current-verdict"), "reviewers disagree");
    expect(await ben.content()).toContain("Ana Reviewer");

    // the owner sees the one disagreement and adjudicates it
    await owner.goto(`${app.url}/c/mesotherapy/disagreements`);
    const cards = owner.getByTestId("disagreement");
    expect(await cards.count()).toBe(1);
    await waitForText(cards.first(), "Ana Reviewer");
    await waitForText(cards.first(), "Ben Reviewer");
    await cards.first().getByLabel("Note (optional)").fill("the encyclopedia entry settles it");
    await cards.first().getByRole("button", { name: "Contradicted" }).click();
    await waitForText(owner.getByTestId("adjudication"), "adjudicated");
    await owner.goto(`${app.url}/c/mesotherapy/claims/${anaClaims[3]}`);
    await waitForText(owner.getByTestId("current-verdict"), "Contradicted");
    await waitForText(owner.getByTestId("current-verdict"), "adjudicated");
    await waitForText(owner.getByTestId("verdict-history"), "contested → contradicted");

    // the kappa on the overview equals the hand computation: p_o = 3/4, p_e = 7/16, κ = 5/9
    const expected = handKappa(anaVerdicts, benVerdicts);
    expect(expected).toBeCloseTo(5 / 9, 10);
    await owner.goto(`${app.url}/c/mesotherapy`);
    await waitForText(owner.getByTestId("agreement"), "Cohen");
    expect(await owner.getByTestId("kappa").textContent()).toBe(expected.toFixed(2));
    expect(await owner.getByTestId("confusion-table").locator("tbody td").allTextContents()).toEqual(["2", "0", "0", "0", "1", "0", "1", "0", "0"]);

    for (const page of [owner, ana, ben]) expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("tells the second of two reviewers changing the same claim at once, with the current state, and loses nothing", async () => {
    await owner.goto(`${app.url}/c/mesotherapy/settings`);
    await owner.getByRole("button", { name: "Turn blind review off" }).click();
    await owner.getByRole("button", { name: "Turn blind review on" }).waitFor();
    await ana.goto(`${app.url}/c/mesotherapy/queue`);
    const claimId = await ana.getByTestId("queue-claim").getAttribute("data-claim-id");
    for (const page of [ana, ben]) {
      await page.goto(`${app.url}/c/mesotherapy/claims/${claimId}`);
      await waitForText(page.getByTestId("current-verdict"), "unreviewed");
    }
    await ana.getByRole("button", { name: "Supported" }).click();
    await waitForText(ana.getByTestId("current-verdict"), "Supported");
    // Ben's page still shows the claim unreviewed: his verdict is refused, with what happened
    await ben.getByRole("button", { name: "Contradicted" }).click();
    await waitForText(
      ben.getByTestId("verdict-conflict"),
      "Someone else changed this claim's verdict while you were looking: it is now supported by Ana Reviewer. Review again.",
    );
    await ben.getByRole("button", { name: "Contradicted" }).click();
    await waitForText(ben.getByTestId("current-verdict"), "reviewers disagree");
    await waitForText(ben.getByTestId("verdict-history"), "Ana Reviewer");
  });

  it("renders a source's <script> and onerror attribute as inert text", async () => {
    const owner = await browser.newContext().then(async (c) => {
      contexts.push(c);
      const p = await c.newPage();
      await p.goto(`${app.url}/login`);
      await p.getByLabel("Email").fill("olive@example.org");
      await p.getByLabel("Password").fill(PASSWORD);
      await p.getByRole("button", { name: "Sign in" }).click();
      await waitForText(p.getByTestId("signed-in-as"), "Olive Owner");
      return p;
    });
    const dialogs: string[] = [];
    owner.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await owner.goto(`${app.url}/c/mesotherapy`);
    await owner.locator("#import-title").fill("Hostile <b>page</b>");
    await owner.locator("#import-text").fill(
      'Cupping was developed in 1952 by Dr. Jane Smith. <script>window.__pwned = 1; alert("script")</script> ' +
        'It is highly effective. <img src="x" onerror="window.__pwned = 2; alert(\'onerror\')">',
    );
    await owner.getByRole("button", { name: "Import" }).click();
    await owner.getByRole("status").filter({ hasText: "Imported" }).waitFor();
    await owner.locator("section[aria-labelledby=sources-heading]").getByRole("link", { name: "Hostile <b>page</b>" }).click();
    await owner.getByTestId("source-text").waitFor();
    await waitForText(owner.getByTestId("source-text"), "<script>window.__pwned = 1");
    await waitForText(owner.getByTestId("source-text"), 'onerror="window.__pwned = 2');
    expect(await owner.getByTestId("source-text").locator("script, img, b").count()).toBe(0);
    expect(await owner.evaluate(() => (window as Window & { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
