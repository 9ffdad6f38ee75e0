// Frozen: never edit a migration that has shipped; add the next one instead.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("corpus")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("slug", "varchar(200)", (c) => c.notNull().unique())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();

  await db.schema
    .createTable("source")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("corpus_id", "integer", (c) => c.notNull().references("corpus.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("format", "varchar(20)", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("content_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("author", "text")
    .addColumn("published", "varchar(40)")
    .addColumn("imported_at", "varchar(40)", (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .addUniqueConstraint("source_corpus_hash_unique", ["corpus_id", "content_hash"])
    .execute();

  await db.schema
    .createTable("claim")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("corpus_id", "integer", (c) => c.notNull().references("corpus.id").onDelete("cascade"))
    .addColumn("source_id", "integer", (c) => c.notNull().references("source.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("category", "varchar(40)", (c) => c.notNull())
    .addColumn("value_json", "text")
    .addColumn("hedges_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("subject", "text")
    .addColumn("facet", "text")
    .addColumn("confidence", "real", (c) => c.notNull().defaultTo(1))
    .addColumn("group_key", "varchar(200)")
    .addColumn("suggested_verdict", "varchar(20)")
    .execute();
  await db.schema.createIndex("claim_corpus_category").on("claim").columns(["corpus_id", "category"]).execute();
  await db.schema.createIndex("claim_source").on("claim").columns(["source_id", "position"]).execute();

  await db.schema
    .createTable("claim_group")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("corpus_id", "integer", (c) => c.notNull().references("corpus.id").onDelete("cascade"))
    .addColumn("key", "varchar(200)", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("category", "varchar(40)", (c) => c.notNull())
    .addColumn("assessment", "varchar(20)", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("conflicts_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint("claim_group_corpus_key_unique", ["corpus_id", "key"])
    .execute();

  await db.schema
    .createTable("reviewer")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("name", "varchar(100)", (c) => c.notNull().unique())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();

  await db.schema
    .createTable("verdict")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("claim_id", "integer", (c) => c.notNull().references("claim.id").onDelete("cascade"))
    .addColumn("reviewer_id", "integer", (c) => c.notNull().references("reviewer.id"))
    .addColumn("verdict", "varchar(20)")
    .addColumn("note", "text")
    .addColumn("evidence", "text")
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("verdict_claim").on("verdict").columns(["claim_id", "id"]).execute();

  await db.schema
    .createTable("app_meta")
    .addColumn("key", "varchar(100)", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["verdict", "reviewer", "claim_group", "claim", "source", "corpus", "app_meta"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
