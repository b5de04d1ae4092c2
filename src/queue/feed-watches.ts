// The watched feeds in the database: added or changed by `tally watch add`, listed by `tally watch
// list`, and updated by the worker that polls each one.
import type { IngestSettings } from "../ingest/ingest-settings.js";
import type { Queryable } from "../store/db.js";

export interface FeedWatch {
  id: number;
  url: string;
  everySeconds: number;
  settings: IngestSettings;
  etag: string | null;
  lastModified: string | null;
  addedAt: string;
  lastPolledAt: string | null;
  nextPollAt: string | null;
  /** "new items", "no new items", "not modified" (a 304), or "failed". */
  lastStatus: string | null;
  lastError: string | null;
  /** Polls failed in a row: each one doubles the wait before the next. */
  failures: number;
  itemsQueued: number;
}

interface FeedWatchRow {
  id: number;
  url: string;
  every_seconds: number;
  settings: IngestSettings;
  etag: string | null;
  last_modified: string | null;
  added_at: string;
  last_polled_at: string | null;
  next_poll_at: string | null;
  last_status: string | null;
  last_error: string | null;
  failures: number;
  items_queued: number;
}

const COLUMNS = "id, url, every_seconds, settings, etag, last_modified, added_at, last_polled_at, next_poll_at, last_status, last_error, failures, items_queued";

function watchFromRow(row: FeedWatchRow): FeedWatch {
  return {
    id: row.id, url: row.url, everySeconds: row.every_seconds, settings: row.settings, etag: row.etag, lastModified: row.last_modified,
    addedAt: row.added_at, lastPolledAt: row.last_polled_at, nextPollAt: row.next_poll_at, lastStatus: row.last_status,
    lastError: row.last_error, failures: row.failures, itemsQueued: row.items_queued,
  };
}

/** Watches a feed, or changes how often and with what settings a watched one is polled. */
export async function addFeedWatch(db: Queryable, url: string, everySeconds: number, settings: IngestSettings): Promise<{ watch: FeedWatch; added: boolean }> {
  const { rows } = await db.query<FeedWatchRow & { added: boolean }>(
    `INSERT INTO feed_watch (url, every_seconds, settings) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (url) DO UPDATE SET every_seconds = EXCLUDED.every_seconds, settings = EXCLUDED.settings
     RETURNING ${COLUMNS}, (xmax = 0) AS added`,
    [url, everySeconds, JSON.stringify(settings)],
  );
  const row = rows[0]!;
  return { watch: watchFromRow(row), added: row.added };
}

export async function listFeedWatches(db: Queryable): Promise<FeedWatch[]> {
  return (await db.query<FeedWatchRow>(`SELECT ${COLUMNS} FROM feed_watch ORDER BY id`)).rows.map(watchFromRow);
}

export async function getFeedWatch(db: Queryable, id: number): Promise<FeedWatch | null> {
  const row = (await db.query<FeedWatchRow>(`SELECT ${COLUMNS} FROM feed_watch WHERE id = $1`, [id])).rows[0];
  return row ? watchFromRow(row) : null;
}

/** The keys among these that the feed had not shown before, recorded now as seen. */
export async function recordNewItems(tx: Queryable, feedId: number, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await tx.query<{ item_key: string }>(
    `INSERT INTO feed_watch_item (feed_id, item_key) SELECT $1, key FROM unnest($2::text[]) AS key
     ON CONFLICT DO NOTHING RETURNING item_key`,
    [feedId, keys],
  );
  return new Set(rows.map((row) => row.item_key));
}

export interface PollRecord {
  status: "new items" | "no new items" | "not modified" | "failed";
  error: string | null;
  /** Validators of a new answer (left as they were for a 304 or a failure). */
  etag?: string | null;
  lastModified?: string | null;
  itemsQueued: number;
  nextPollAt: Date;
}

export async function recordPoll(db: Queryable, id: number, poll: PollRecord): Promise<void> {
  const newValidators = poll.etag !== undefined || poll.lastModified !== undefined;
  await db.query(
    `UPDATE feed_watch SET last_polled_at = now(), last_status = $2, last_error = $3,
       failures = CASE WHEN $2 = 'failed' THEN failures + 1 ELSE 0 END,
       items_queued = items_queued + $4, next_poll_at = $5,
       etag = CASE WHEN $6 THEN $7 ELSE etag END, last_modified = CASE WHEN $6 THEN $8 ELSE last_modified END
     WHERE id = $1`,
    [id, poll.status, poll.error, poll.itemsQueued, poll.nextPollAt.toISOString(), newValidators, poll.etag ?? null, poll.lastModified ?? null],
  );
}

export async function setNextPoll(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query("UPDATE feed_watch SET next_poll_at = $2 WHERE id = $1", [id, at.toISOString()]);
}
