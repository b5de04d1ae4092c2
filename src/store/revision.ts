// Revisions per scope (migration 014). A write transaction records the scopes it touched and, as
// its last statement, bumps their rows, so a row lock is held only while the commit runs, readers
// never see a revision whose data is not yet committed, and writes to different events never queue
// on one row. Revisions come from one sequence: a reader compares each scope's value with the one
// it saw (equality, not order: two commits may land in the other order than their numbers).
import type { Db, Queryable } from "./db.js";

/** What every scope depends on: events, claimants, analysts' curation. A change here changes every view. */
export const SHARED_SCOPE = -1;
/** The victims registry: its records, persons and links. */
export const VICTIMS_SCOPE = -2;
/** Documents (and their claims) in no event. */
export const UNASSIGNED_SCOPE = 0;

/** The scope of an event's documents and claims: the event's id, or UNASSIGNED_SCOPE. */
export function eventScope(eventId: number | null | undefined): number {
  return eventId ?? UNASSIGNED_SCOPE;
}

/** The scopes one write transaction touched. A write that names none is taken to touch the shared scope. */
export class TouchedScopes {
  private readonly scopes = new Set<number>();
  touch(scope: number): void {
    this.scopes.add(scope);
  }
  touchEvents(eventIds: Iterable<number | null | undefined>): void {
    for (const eventId of eventIds) this.scopes.add(eventScope(eventId));
  }
  /** Sorted: concurrent writers lock the rows in one order, so they cannot deadlock. */
  list(): number[] {
    return this.scopes.size === 0 ? [SHARED_SCOPE] : [...this.scopes].sort((a, b) => a - b);
  }
}

export async function bumpRevisions(tx: Queryable, scopes: readonly number[]): Promise<void> {
  await tx.query(
    `INSERT INTO revision_scope (scope, revision) SELECT s, nextval('revision_seq') FROM unnest($1::integer[]) AS s ORDER BY s
     ON CONFLICT (scope) DO UPDATE SET revision = EXCLUDED.revision, changed_at = now()`,
    [scopes],
  );
}

/** Every scope's revision (scopes never written have none). */
export async function readRevisions(db: Queryable): Promise<Map<number, number>> {
  const { rows } = await db.query<{ scope: number; revision: number | string }>("SELECT scope, revision FROM revision_scope");
  return new Map(rows.map((row) => [Number(row.scope), Number(row.revision)]));
}

/** A scope's revision and when it last moved (the writing transaction's start); null when never written. */
export async function readScopeRevision(db: Queryable, scope: number): Promise<{ revision: number; changedAt: Date } | null> {
  const { rows } = await db.query<{ revision: number | string; changed_at: Date | string }>("SELECT revision, changed_at FROM revision_scope WHERE scope = $1", [scope]);
  const row = rows[0];
  return row ? { revision: Number(row.revision), changedAt: new Date(row.changed_at) } : null;
}

/** The newest revision of any scope: changes whenever anything is written. */
export async function readRevision(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ revision: number | string | null }>("SELECT max(revision) AS revision FROM revision_scope");
  return Number(rows[0]?.revision ?? 0);
}

/** A write transaction: the revisions of the scopes the work touched move in the same commit as the work. */
export function writeTransaction<T>(db: Db, work: (tx: Queryable, touched: TouchedScopes) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const touched = new TouchedScopes();
    const result = await work(tx, touched);
    await bumpRevisions(tx, touched.list());
    return result;
  });
}
