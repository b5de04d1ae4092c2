// Each scope's reconciliation as stored (migration 014): written by whoever computed it (ingest, a
// worker's sweep, a server on a miss), read whole or just its summary part. Not data of record: a
// write here bumps no revision, and a row is trusted only while the revisions it was computed at
// are the scope's current ones and its day is today.
import type { Queryable } from "./db.js";

/** The revisions and day a stored view was computed at. */
export interface ViewStamp {
  revision: number;
  sharedRevision: number;
  /** YYYY-MM-DD */
  today: string;
}

export interface StoredEventView extends ViewStamp {
  /** JSON: the summary part (what /api/summary answers from). */
  summary: string;
  /** JSON: the whole report view. */
  view: string;
}

export type ViewPart = "summary" | "view";

export interface EventViewRepository {
  /** The stored part of a scope's view with its stamp; null when none is stored. */
  read(scope: number, part: ViewPart): Promise<(ViewStamp & { json: string }) | null>;
  /** The stamp of a scope's stored view, without its JSON; null when none is stored. */
  stamp(scope: number): Promise<ViewStamp | null>;
  write(scope: number, view: StoredEventView): Promise<void>;
  /** Scopes whose stored view was computed before `today`, lowest first, at most `limit`. */
  computedBefore(today: string, limit: number): Promise<number[]>;
}

export function sqlEventViewRepository(db: Queryable): EventViewRepository {
  return {
    async read(scope, part) {
      const column = part === "summary" ? "summary" : "view";
      const { rows } = await db.query<{ revision: number | string; shared_revision: number | string; today: string; json: string }>(
        `SELECT revision, shared_revision, to_char(today, 'YYYY-MM-DD') AS today, ${column} AS json FROM event_view WHERE scope = $1`,
        [scope],
      );
      const row = rows[0];
      return row ? { revision: Number(row.revision), sharedRevision: Number(row.shared_revision), today: row.today, json: row.json } : null;
    },
    async stamp(scope) {
      const { rows } = await db.query<{ revision: number | string; shared_revision: number | string; today: string }>(
        "SELECT revision, shared_revision, to_char(today, 'YYYY-MM-DD') AS today FROM event_view WHERE scope = $1",
        [scope],
      );
      const row = rows[0];
      return row ? { revision: Number(row.revision), sharedRevision: Number(row.shared_revision), today: row.today } : null;
    },
    async computedBefore(today, limit) {
      const { rows } = await db.query<{ scope: number }>("SELECT scope FROM event_view WHERE today < $1::date ORDER BY scope LIMIT $2", [today, limit]);
      return rows.map((row) => Number(row.scope));
    },
    async write(scope, view) {
      await db.query(
        `INSERT INTO event_view (scope, revision, shared_revision, today, summary, view) VALUES ($1, $2, $3, $4::date, $5, $6)
         ON CONFLICT (scope) DO UPDATE SET revision = EXCLUDED.revision, shared_revision = EXCLUDED.shared_revision, today = EXCLUDED.today,
           summary = EXCLUDED.summary, view = EXCLUDED.view, computed_at = now()`,
        [scope, view.revision, view.sharedRevision, view.today, view.summary, view.view],
      );
    },
  };
}
