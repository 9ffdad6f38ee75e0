// Frozen: never edit a migration that has shipped; add the next one instead.
// Accounts, per-corpus roles, blind review, optimistic versions and a richer verdict history (issue 5).
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("user")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    // stored lower-cased, so that uniqueness ignores case
    .addColumn("email", "varchar(320)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    // "scrypt$N$r$p$salt$hash", salt and hash base64
    .addColumn("password_hash", "varchar(300)", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();

  await db.schema
    .createTable("membership")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("corpus_id", "integer", (c) => c.notNull().references("corpus.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .addUniqueConstraint("membership_corpus_user_unique", ["corpus_id", "user_id"])
    .execute();
  await db.schema.createIndex("membership_user").on("membership").column("user_id").execute();

  await db.schema.alterTable("corpus").addColumn("blind_review", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema.alterTable("claim").addColumn("version", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema.alterTable("verdict").addColumn("user_id", "integer", (c) => c.references("user.id")).execute();
  await db.schema.alterTable("verdict").addColumn("adjudicated", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("verdict").addColumn("previous_verdict", "varchar(20)").execute();
  // the structured evidence items (links to claims, quotes, URLs) as JSON; `evidence` keeps a readable summary
  await db.schema.alterTable("verdict").addColumn("evidence_json", "text").execute();

  // A claim's version counts its verdict rows, so existing histories start at the right number.
  await sql`UPDATE claim SET version = (SELECT COUNT(*) FROM verdict WHERE verdict.claim_id = claim.id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["evidence_json", "previous_verdict", "adjudicated", "user_id"]) {
    await db.schema.alterTable("verdict").dropColumn(column).execute();
  }
  await db.schema.alterTable("claim").dropColumn("version").execute();
  await db.schema.alterTable("corpus").dropColumn("blind_review").execute();
  await db.schema.dropTable("membership").ifExists().execute();
  await db.schema.dropTable("user").ifExists().execute();
}
