// The demo corpus on a real SQLite file: loaded once, and re-read when the extraction rules change (what
// `npm start` does before serving), keeping a reviewer's verdicts.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { DB } from "../../db/client";
import { findCorpus, getMeta, setMeta } from "../../db/corpora";
import { recordVerdict, verdictHistory } from "../../db/verdicts";
import { DEMO_CORPUS, refreshDemoIfRulesChanged, rulesFingerprint, seedDemoOnce } from "../../scripts/seed.server";
import { tempDatabase } from "../helpers/db";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let db: DB;
let cleanup: () => Promise<void>;

beforeEach(async () => ({ db, cleanup } = await tempDatabase()));
afterEach(async () => cleanup());

it("loads the demo once, and re-reads it only when the rules have changed, keeping verdicts", async () => {
  expect(await seedDemoOnce(db, root)).toMatch(/loaded the demo corpus "Mesotherapy": 5 sources, \d+ claims/);
  expect(await seedDemoOnce(db, root)).toBeNull();
  expect(await getMeta(db, "demo_rules")).toBe(rulesFingerprint(root));
  expect(await refreshDemoIfRulesChanged(db, root)).toBeNull();

  // a database seeded under older rules: one stored value has drifted, and a reviewer has judged that claim
  const corpus = (await findCorpus(db, DEMO_CORPUS.name))!;
  const claim = await db.selectFrom("claim").selectAll().where("corpus_id", "=", corpus.id).where("category", "=", "origin_date")
    .orderBy("id").executeTakeFirstOrThrow();
  await db.updateTable("claim").set({ value_json: JSON.stringify({ kind: "year", min: 1, max: 1, approx: false }) }).where("id", "=", claim.id).execute();
  await recordVerdict(db, { claimId: claim.id, reviewer: "Ann", verdict: "supported", note: "checked" });
  await setMeta(db, "demo_rules", "older rules");

  expect(await refreshDemoIfRulesChanged(db, root)).toMatch(/rules changed, so the demo corpus "Mesotherapy" was re-read: 5 sources re-read: \d+ claims unchanged, 1 updated/);
  const after = await db.selectFrom("claim").selectAll().where("id", "=", claim.id).executeTakeFirstOrThrow();
  expect(after.value_json).toBe(claim.value_json);
  expect((await verdictHistory(db, claim.id)).map((v) => v.verdict)).toEqual(["supported"]);
  expect(await getMeta(db, "demo_rules")).toBe(rulesFingerprint(root));
  expect(await refreshDemoIfRulesChanged(db, root)).toBeNull();
});
