// The store's change counter (migration 002). Bumped as the last statement of every write
// transaction, so the row lock is held only while the commit runs and readers never see a
// revision whose data is not yet committed.
import type { Db, Queryable } from "./db.js";

export async function bumpRevision(tx: Queryable): Promise<void> {
  await tx.query("UPDATE store_revision SET revision = revision + 1");
}

export async function readRevision(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ revision: number }>("SELECT revision FROM store_revision");
  return Number(rows[0]?.revision ?? 0);
}

/** A write transaction: the change counter moves in the same commit as the work. */
export function writeTransaction<T>(db: Db, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await work(tx);
    await bumpRevision(tx);
    return result;
  });
}
