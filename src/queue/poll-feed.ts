// Polling a watched feed: a conditional request (the ETag and Last-Modified of its last answer),
// then, for a changed feed, one ingest job per item not seen before, queued in the same
// transaction that records the items as seen (a poll killed half-way queues nothing twice and
// loses nothing). The next poll is a pg-boss job of its own, later by the feed's interval, or by
// a doubled wait per failure in a row.
import type PgBoss from "pg-boss";
import type { FeedItem } from "../ingest/feed.js";
import type { HostResolver } from "../ingest/address-guard.js";
import { fetchWatchedFeed } from "../ingest/load-url.js";
import { sha256Hex } from "../ingest/sha256.js";
import type { Db, Queryable } from "../store/db.js";
import { DEFAULT_RETRY_POLICY } from "./enqueue-inputs.js";
import { getFeedWatch, listFeedWatches, recordNewItems, recordPoll, setNextPoll, type FeedWatch, type PollRecord } from "./feed-watches.js";
import type { IngestJob } from "./ingest-job.js";
import { DEAD_LETTER_QUEUE, FEED_POLL_QUEUE, INGEST_QUEUE } from "./job-queue.js";

/** A failing feed waits its interval times 2, 4, 8… up to this many doublings. */
const MAX_BACKOFF_DOUBLINGS = 6;
/** …and never more than a day (unless its own interval is longer). */
const MAX_BACKOFF_SECONDS = 86_400;

export interface PollJobData {
  feedId: number;
}

/** When the feed is polled next: its interval, doubled for each failure in a row. */
export function nextPollAfter(watch: Pick<FeedWatch, "everySeconds">, failuresInARow: number, now: Date): Date {
  const doubled = watch.everySeconds * 2 ** Math.min(failuresInARow, MAX_BACKOFF_DOUBLINGS);
  const seconds = failuresInARow === 0 ? watch.everySeconds : Math.max(watch.everySeconds, Math.min(doubled, MAX_BACKOFF_SECONDS));
  return new Date(now.getTime() + seconds * 1000);
}

/** What makes an item the same item in the next poll: its link, else its title and content. */
export function itemKey(item: FeedItem): string {
  return item.link ?? `sha256:${sha256Hex(`${item.title ?? ""}\n${item.content ?? ""}`)}`;
}

/**
 * Puts the feed's next poll on the queue and notes when; false when one is waiting already (the
 * queue keeps one waiting poll per feed), which then stands.
 */
export async function schedulePoll(boss: PgBoss, db: Queryable, watch: Pick<FeedWatch, "id">, at: Date): Promise<boolean> {
  const data: PollJobData = { feedId: watch.id };
  // A poll that dies is retried after its timeout; its own failures (the feed's) are recorded, never thrown.
  const id = await boss.send(FEED_POLL_QUEUE, data, { singletonKey: `feed-${watch.id}`, startAfter: at, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 });
  if (id !== null) await setNextPoll(db, watch.id, at);
  return id !== null;
}

/**
 * Gives every watched feed a waiting poll unless it has one: run by each worker as it starts and
 * now and then, so a feed whose chain of polls broke (a poll that failed every retry) is polled again.
 */
export async function ensurePolls(boss: PgBoss, db: Queryable, now: Date = new Date()): Promise<void> {
  for (const watch of await listFeedWatches(db)) {
    const due = watch.nextPollAt === null ? now : new Date(watch.nextPollAt);
    await schedulePoll(boss, db, watch, due);
  }
}

/** pg-boss's insert, run on the transaction's connection. */
function onConnection(tx: Queryable): { db: PgBoss.Db } {
  return { db: { executeSql: (text, values) => tx.query(text, values) } };
}

export interface PollOptions {
  /** Resolves host names for the fetch (tests name their own). */
  resolveHost?: HostResolver;
  now?: () => Date;
}

/** Polls one watched feed and schedules its next poll; returns what it recorded (null for a feed no longer watched). */
export async function pollFeed(boss: PgBoss, db: Db, feedId: number, options: PollOptions = {}): Promise<PollRecord | null> {
  const watch = await getFeedWatch(db, feedId);
  if (!watch) return null;
  const fetched = await fetchWatchedFeed(watch.url, { etag: watch.etag, lastModified: watch.lastModified }, {
    ...(watch.settings.timeoutMs || watch.settings.maxBytes ? { limits: { ...(watch.settings.timeoutMs ? { timeoutMs: watch.settings.timeoutMs } : {}), ...(watch.settings.maxBytes ? { maxBytes: watch.settings.maxBytes } : {}) } } : {}),
    ...(options.resolveHost ? { resolve: options.resolveHost } : {}),
  });
  const now = (options.now ?? (() => new Date()))();
  let record: PollRecord;
  if (!fetched.ok && "notModified" in fetched) {
    record = { status: "not modified", error: null, itemsQueued: 0, nextPollAt: nextPollAfter(watch, 0, now) };
    await recordPoll(db, watch.id, record);
  } else if (!fetched.ok) {
    record = { status: "failed", error: fetched.error, itemsQueued: 0, nextPollAt: nextPollAfter(watch, watch.failures + 1, now) };
    await recordPoll(db, watch.id, record);
  } else {
    const { feed, url, validators } = fetched;
    record = await db.transaction(async (tx) => {
      const fresh = await recordNewItems(tx, watch.id, [...new Set(feed.items.map(itemKey))]);
      const queued = feed.items.filter((item) => fresh.delete(itemKey(item)));
      const jobs = queued.map((feedItem) => ({
        name: INGEST_QUEUE,
        data: { feedItem, feedTitle: feed.title, feedUrl: url, ...watch.settings } satisfies IngestJob,
        retryLimit: DEFAULT_RETRY_POLICY.retries,
        retryDelay: DEFAULT_RETRY_POLICY.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: DEFAULT_RETRY_POLICY.jobTimeoutSeconds,
        deadLetter: DEAD_LETTER_QUEUE,
      }));
      if (jobs.length > 0) await boss.insert(jobs, onConnection(tx));
      const polled: PollRecord = {
        status: jobs.length > 0 ? "new items" : "no new items", error: null, etag: validators.etag ?? null, lastModified: validators.lastModified ?? null,
        itemsQueued: jobs.length, nextPollAt: nextPollAfter(watch, 0, now),
      };
      await recordPoll(tx, watch.id, polled);
      return polled;
    });
  }
  await schedulePoll(boss, db, watch, record.nextPollAt);
  return record;
}
