// The schema's history, applied in order under an advisory lock so that two processes starting
// together (several ingest workers on one PostgreSQL) never run the same migration twice.
import type { Db } from "../db.js";
import { initial } from "./001-initial.js";
import { revision } from "./002-revision.js";
import { accounts } from "./003-accounts.js";
import { sessions } from "./004-sessions.js";
import { curation } from "./005-curation.js";
import { reviewReasons } from "./006-review-reasons.js";
import { victims } from "./008-victims.js";
import { feedWatch } from "./012-feed-watch.js";
import { alerts } from "./013-alerts.js";
import { scopedRevisions } from "./014-scoped-revisions.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: "initial", sql: initial },
  { version: 2, name: "revision", sql: revision },
  { version: 3, name: "accounts", sql: accounts },
  { version: 4, name: "sessions", sql: sessions },
  { version: 5, name: "curation", sql: curation },
  { version: 6, name: "review reasons", sql: reviewReasons },
  // 7 is kept for a change being made alongside; versions need not be consecutive.
  { version: 8, name: "victims", sql: victims },
  // Numbered after its issue, so changes made alongside keep their own numbers.
  { version: 12, name: "feed watch", sql: feedWatch },
  { version: 13, name: "alerts", sql: alerts },
  { version: 14, name: "scoped revisions", sql: scopedRevisions },
];

/** An arbitrary constant: the advisory lock key every Tally process agrees on. */
const MIGRATION_LOCK_KEY = 7_160_212;

export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.query(
      "CREATE TABLE IF NOT EXISTS schema_migration (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const { rows } = await tx.query<{ version: number }>("SELECT version FROM schema_migration");
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      // Statements one by one: the extended protocol behind query() takes a single statement.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migration (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** Splits a migration script on the semicolons that end statements (our scripts hold no literals with `;`). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, "")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
