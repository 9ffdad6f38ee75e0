// Team review in the database: accounts and roles, versions, blind review, adjudication.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getClaim, listClaims, listSourceClaims } from "../../db/claims";
import type { DB } from "../../db/client";
import { createCorpus, listCorpora, setBlindReview } from "../../db/corpora";
import { createUser, EmailTakenError, getRole, listMembers, roleAtLeast, setMembership, viewerFor } from "../../db/users";
import { recordVerdict, verdictHistory, VersionConflictError } from "../../db/verdicts";
import { importDocuments } from "~/import/import.server";
import { tempDatabase } from "../helpers/db";

const TEXT =
  "Cupping therapy was developed in the 1950s by Dr. Jane Smith. More than 2,000 therapists practise cupping in Germany. " +
  "Cupping is highly effective in treating back pain.";

let db: DB;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = await tempDatabase());
});
afterEach(async () => cleanup());

async function corpusWithClaims(name = "Cupping") {
  const corpus = await createCorpus(db, name);
  await importDocuments(db, corpus.id, [{ title: "a", origin: "a.txt", format: "text", text: TEXT, author: null, date: null, where: "a.txt" }]);
  const { claims } = await listClaims(db, { corpusId: corpus.id });
  return { corpus, claims };
}

const account = (email: string, name: string) => ({ email, name, passwordHash: "scrypt$16384$8$1$x$y" });

describe("accounts and roles", () => {
  it("makes the first account owner of every corpus without an owner, and no later account", async () => {
    const demo = await createCorpus(db, "Demo");
    const first = await createUser(db, account("Owner@Example.org", "Olive"));
    expect(first.email).toBe("owner@example.org");
    expect(await getRole(db, demo.id, first.id)).toBe("owner");
    const second = await createUser(db, account("rev@example.org", "Rex"));
    expect(await getRole(db, demo.id, second.id)).toBeNull();
    await expect(createUser(db, account("OWNER@example.org", "Again"))).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("lists only the corpora a user is a member of, and changes a role in place", async () => {
    const a = await createCorpus(db, "A");
    await createCorpus(db, "B");
    const owner = await createUser(db, account("o@example.org", "O"));
    const rex = await createUser(db, account("r@example.org", "Rex"));
    expect((await listCorpora(db, rex.id)).map((c) => c.name)).toEqual([]);
    await setMembership(db, a.id, rex.id, "viewer");
    await setMembership(db, a.id, rex.id, "reviewer");
    expect((await listCorpora(db, rex.id)).map((c) => c.name)).toEqual(["A"]);
    expect((await listCorpora(db, owner.id)).map((c) => c.name)).toEqual(["A", "B"]);
    expect((await listMembers(db, a.id)).map((m) => [m.name, m.role])).toEqual([
      ["O", "owner"],
      ["Rex", "reviewer"],
    ]);
  });

  it.each([
    ["viewer", "viewer", true],
    ["viewer", "reviewer", false],
    ["reviewer", "reviewer", true],
    ["reviewer", "owner", false],
    ["owner", "reviewer", true],
    [null, "viewer", false],
  ] as const)("role %s is at least %s: %s", (role, minimum, expected) => {
    expect(roleAtLeast(role, minimum)).toBe(expected);
  });
});

describe("versions", () => {
  it("bumps the claim's version with every verdict and refuses a stale one with the current state", async () => {
    const { claims } = await corpusWithClaims();
    const id = claims[0].id;
    const ada = await createUser(db, account("ada@example.org", "Ada"));
    const bob = await createUser(db, account("bob@example.org", "Bob"));
    expect((await getClaim(db, id))?.version).toBe(0);
    await recordVerdict(db, { claimId: id, reviewer: "Ada", userId: ada.id, verdict: "supported", expectedVersion: 0 });
    expect((await getClaim(db, id))?.version).toBe(1);
    const stale = recordVerdict(db, { claimId: id, reviewer: "Bob", userId: bob.id, verdict: "contradicted", expectedVersion: 0 });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    const error = await stale.catch((e: VersionConflictError) => e);
    expect(error).toMatchObject({ version: 1, state: { verdict: "supported", reviewer: "Ada" } });
    expect(await verdictHistory(db, id)).toHaveLength(1);
    await recordVerdict(db, { claimId: id, reviewer: "Bob", userId: bob.id, verdict: "contradicted", expectedVersion: 1 });
    expect((await getClaim(db, id))?.version).toBe(2);
  });

  it("under blind review, another reviewer's verdict is no conflict: each reviewer has their own", async () => {
    const { claims } = await corpusWithClaims();
    const id = claims[0].id;
    const ada = await createUser(db, account("ada@example.org", "Ada"));
    const bob = await createUser(db, account("bob@example.org", "Bob"));
    await recordVerdict(db, { claimId: id, reviewer: "Ada", userId: ada.id, verdict: "supported", expectedVersion: 0, blind: true });
    await recordVerdict(db, { claimId: id, reviewer: "Bob", userId: bob.id, verdict: "supported", expectedVersion: 0, blind: true });
    // but Ada's own earlier tab is stale once she has changed her verdict elsewhere
    await expect(
      recordVerdict(db, { claimId: id, reviewer: "Ada", userId: ada.id, verdict: "contested", expectedVersion: 0, blind: true }),
    ).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe("blind review and adjudication", () => {
  it("withholds others' verdicts from a reviewer until they give their own; owners see all", async () => {
    const { corpus, claims } = await corpusWithClaims();
    const owner = await createUser(db, account("o@example.org", "Olive"));
    const ada = await createUser(db, account("ada@example.org", "Ada"));
    const bob = await createUser(db, account("bob@example.org", "Bob"));
    await setMembership(db, corpus.id, ada.id, "reviewer");
    await setMembership(db, corpus.id, bob.id, "reviewer");
    await setBlindReview(db, corpus.id, true);
    const blind = { ...corpus, blind_review: 1 };
    const id = claims[0].id;
    await recordVerdict(db, { claimId: id, reviewer: "Ada", userId: ada.id, verdict: "supported", note: "Ada's secret note" });

    const asBob = viewerFor(blind, bob.id, "reviewer");
    const hidden = await getClaim(db, id, asBob);
    expect(hidden).toMatchObject({ verdict: null, reviewer: null, note: null, reviews: [], hidden: true });
    expect(JSON.stringify(await listSourceClaims(db, claims[0].sourceId, asBob))).not.toContain("Ada");
    expect(JSON.stringify((await listClaims(db, { corpusId: corpus.id, viewer: asBob })).claims)).not.toContain("secret");
    expect((await listClaims(db, { corpusId: corpus.id, viewer: asBob, verdict: "supported" })).total).toBe(0);
    expect(await verdictHistory(db, id, asBob)).toEqual([]);
    expect((await getClaim(db, id, viewerFor(blind, owner.id, "owner")))?.verdict).toBe("supported");
    // not blind: Bob sees it
    expect((await getClaim(db, id, viewerFor(corpus, bob.id, "reviewer")))?.verdict).toBe("supported");

    await recordVerdict(db, { claimId: id, reviewer: "Bob", userId: bob.id, verdict: "contradicted" });
    const seen = await getClaim(db, id, asBob);
    expect(seen).toMatchObject({ hidden: false, verdict: "contested", disagreement: true });
    expect(seen?.reviews.map((r) => [r.reviewer, r.verdict])).toEqual([
      ["Ada", "supported"],
      ["Bob", "contradicted"],
    ]);
    expect(await verdictHistory(db, id, asBob)).toHaveLength(2);
    // the queue: claims Bob has not judged yet
    const queue = await listClaims(db, { corpusId: corpus.id, unreviewedBy: bob.id, viewer: asBob });
    expect(queue.claims.map((c) => c.id)).not.toContain(id);
    expect(queue.total).toBe(claims.length - 1);
  });

  it("an owner's adjudication is final and marked, whatever the reviewers say after", async () => {
    const { claims } = await corpusWithClaims();
    const id = claims[0].id;
    const owner = await createUser(db, account("o@example.org", "Olive"));
    await recordVerdict(db, { claimId: id, reviewer: "Ada", verdict: "supported" });
    await recordVerdict(db, { claimId: id, reviewer: "Bob", verdict: "contradicted" });
    await recordVerdict(db, { claimId: id, reviewer: "Olive", userId: owner.id, verdict: "contradicted", adjudicated: true, note: "the trial wins" });
    expect(await getClaim(db, id)).toMatchObject({ verdict: "contradicted", adjudicated: true, disagreement: true, reviewer: "Olive", note: "the trial wins" });
    await recordVerdict(db, { claimId: id, reviewer: "Ada", verdict: "contested" });
    expect(await getClaim(db, id)).toMatchObject({ verdict: "contradicted", adjudicated: true });
    const [, , adjudication] = (await verdictHistory(db, id)).reverse();
    expect(adjudication).toMatchObject({ adjudicated: true, previousVerdict: "contested", verdict: "contradicted" });
  });
});
