// Password hashing, the cross-site check, and inert rendering of source text: the pieces security rests on.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "~/csrf.server";
import { DUMMY_HASH, hashPassword, verifyPassword } from "~/password.server";
import { ROOT } from "../helpers/db";

describe("password hashing", () => {
  it("stores scrypt$N$r$p$salt$hash, never the password, with a new salt each time", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("horse");
  });

  it.each([
    ["the right password", "correct horse battery", true],
    ["a wrong one", "correct horse batterY", false],
    ["an empty one", "", false],
  ])("verifies %s", async (_name, attempt, ok) => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword(attempt, stored)).toBe(ok);
  });

  it.each([["plain text"], ["md5$abc$def"], ["scrypt$x$8$1$c2FsdA==$aGFzaA=="], ["scrypt$16384$8$1$$"]])("refuses the malformed hash %j", async (stored) => {
    expect(await verifyPassword("anything", stored)).toBe(false);
  });

  it("checks the dummy hash (unknown email) without matching anything", async () => {
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
  });
});

describe("same-origin check for requests that change things", () => {
  const req = (method: string, headers: Record<string, string>, url = "http://127.0.0.1:3000/c/x") => new Request(url, { method, headers });
  it.each<[string, Request, boolean]>([
    ["a GET, whatever its origin", req("GET", { Origin: "https://evil.example" }), true],
    ["a POST from the same host", req("POST", { Origin: "http://127.0.0.1:3000" }), true],
    ["a POST whose only clue is a same-host Referer", req("POST", { Referer: "http://127.0.0.1:3000/c/x/claims" }), true],
    ["a POST from another host", req("POST", { Origin: "https://evil.example" }), false],
    ["a POST from the same host name on another port", req("POST", { Origin: "http://127.0.0.1:4000" }), false],
    ["a POST from a sandboxed page (Origin: null)", req("POST", { Origin: "null" }), false],
    ["a POST saying nothing about where it came from", req("POST", {}), false],
    ["a POST with a malformed Origin", req("POST", { Origin: "::::" }), false],
    ["a POST behind a proxy that names the public host", req("POST", { Origin: "https://claims.example.org", Host: "claims.example.org" }), true],
  ])("%s: %s", (_name, request, ok) => {
    expect(isSameOrigin(request)).toBe(ok);
  });
});

describe("text from sources is rendered inert", () => {
  function files(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  }
  it("no component injects raw HTML: every text goes through React text nodes", () => {
    const offenders = files(path.join(ROOT, "app")).filter((f) => /\.(tsx?|jsx?)$/.test(f) && /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(fs.readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
