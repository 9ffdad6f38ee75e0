// Accounts and their roles per corpus. Passwords arrive here already hashed (app/password.server.ts).
import type { DB } from "./client";
import type { Corpus, User } from "./schema";

export const ROLES = ["viewer", "reviewer", "owner"] as const;
export type Role = (typeof ROLES)[number];

/** viewer < reviewer < owner: each role may do what the ones before it may. */
export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`an account with the email ${email} already exists`);
  }
}

export interface NewAccount {
  email: string;
  name: string;
  passwordHash: string;
}

/**
 * Creates an account. The first account of the database becomes owner of every corpus that has no owner yet
 * (the demo corpus loaded on first start, corpora imported from the command line before anyone signed up).
 */
export async function createUser(db: DB, input: NewAccount): Promise<User> {
  const email = normaliseEmail(input.email);
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email)) throw new EmailTakenError(email);
    const first = !(await trx.selectFrom("user").select("id").limit(1).executeTakeFirst());
    const user = await trx
      .insertInto("user")
      .values({ email, name: input.name.trim(), password_hash: input.passwordHash })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (first) {
      const orphans = await trx
        .selectFrom("corpus")
        .select("corpus.id")
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("membership")
                .select("membership.id")
                .whereRef("membership.corpus_id", "=", "corpus.id")
                .where("membership.role", "=", "owner"),
            ),
          ),
        )
        .execute();
      for (const c of orphans) await setMembership(trx, c.id, user.id, "owner");
    }
    return user;
  });
}

export async function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
  return db.selectFrom("user").selectAll().where("email", "=", normaliseEmail(email)).executeTakeFirst();
}

export async function getUserById(db: DB, id: number): Promise<User | undefined> {
  return db.selectFrom("user").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function getRole(db: DB, corpusId: number, userId: number): Promise<Role | null> {
  const row = await db
    .selectFrom("membership")
    .select("role")
    .where("corpus_id", "=", corpusId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row && isRole(row.role) ? row.role : null;
}

/** Adds the member, or changes their role. */
export async function setMembership(db: DB, corpusId: number, userId: number, role: Role): Promise<void> {
  await db
    .insertInto("membership")
    .values({ corpus_id: corpusId, user_id: userId, role })
    .onConflict((oc) => oc.columns(["corpus_id", "user_id"]).doUpdateSet({ role }))
    .execute();
}

export async function removeMembership(db: DB, corpusId: number, userId: number): Promise<void> {
  await db.deleteFrom("membership").where("corpus_id", "=", corpusId).where("user_id", "=", userId).execute();
}

export interface Member {
  userId: number;
  email: string;
  name: string;
  role: Role;
}

export async function listMembers(db: DB, corpusId: number): Promise<Member[]> {
  const rows = await db
    .selectFrom("membership")
    .innerJoin("user", "user.id", "membership.user_id")
    .select(["user.id", "user.email", "user.name", "membership.role"])
    .where("membership.corpus_id", "=", corpusId)
    .orderBy("user.name")
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, role: r.role as Role }));
}

export async function countOwners(db: DB, corpusId: number): Promise<number> {
  const row = await db
    .selectFrom("membership")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("corpus_id", "=", corpusId)
    .where("role", "=", "owner")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Under blind review, everyone but owners is blind to others' verdicts until they give their own. */
export function viewerFor(corpus: Pick<Corpus, "blind_review">, userId: number, role: Role | null) {
  return { userId, seesAll: Number(corpus.blind_review) !== 1 || role === "owner" };
}
