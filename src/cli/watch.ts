// `tally watch add FEED_URL --every 10m [--event NAME] [fetch flags]` and `tally watch list`: feeds
// the workers poll on their own, queueing each new item for ingest.
import { parseArgs } from "node:util";
import { formatEvery, parseEvery } from "../queue/every.js";
import { addFeedWatch, listFeedWatches, type FeedWatch } from "../queue/feed-watches.js";
import { schedulePoll } from "../queue/poll-feed.js";
import { openPostgres, type Db } from "../store/db.js";
import { findEvent } from "../store/find-event.js";
import { migrate } from "../store/migrations/index.js";
import { listEvents } from "../store/events.js";
import { flagErrorExit } from "./flags.js";
import { ingestFlagsFrom, ingestSettingsOf, INGEST_OPTIONS, type IngestFlags } from "./ingest.js";
import { queueOpenError, queueProcessIo, queueUrlFor, withJobQueue, type QueueCliIo } from "./queue-io.js";

const USAGE = `usage: tally watch add FEED_URL --every INTERVAL [--event NAME] [--timeout SECONDS] [--max-mb MB] [--allow-private-addresses]
       tally watch list
  (needs DATABASE_URL; tally worker polls the feeds)
  --every INTERVAL   how often to poll: 90s, 10m, 2h, 1d (a failing feed waits twice as long after each failure, up to a day)
  --event, --timeout, --max-mb, --allow-private-addresses   as for tally ingest, for the feed and its items`;

type WatchCommand = { kind: "add"; url: string; everySeconds: number; ingest: IngestFlags } | { kind: "list" };

export function parseWatchFlags(args: string[]): WatchCommand | Error {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === undefined) return new Error(sub === undefined ? "give a command: add or list" : "help");
  if (sub === "list") return rest.length === 0 ? { kind: "list" } : new Error(`watch list takes no arguments (got '${rest[0]}')`);
  if (sub !== "add") return new Error(`unknown watch command '${sub}' (add or list)`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...INGEST_OPTIONS, every: { type: "string" } }, strict: true, allowPositionals: true });
  } catch (error) {
    return new Error((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return new Error("help");
  if (values.published !== undefined) return new Error("--published dates one batch of reports; a watched feed's items are dated by the feed");
  if (positionals.length !== 1) return new Error("watch add takes one FEED_URL");
  const url = positionals[0]!;
  if (!/^https?:\/\//i.test(url)) return new Error(`'${url}': expected the feed's http or https URL`);
  if (values.every === undefined) return new Error("watch add needs --every INTERVAL (for example --every 10m)");
  const everySeconds = parseEvery("--every", values.every);
  if (everySeconds instanceof Error) return everySeconds;
  const ingest = ingestFlagsFrom(values, positionals);
  if (ingest instanceof Error) return ingest;
  return { kind: "add", url, everySeconds, ingest };
}

/** Two lines per feed: what it is, then how its last poll went and when the next one is. */
export function watchListText(watches: FeedWatch[]): string {
  if (watches.length === 0) return "no feeds watched; add one with tally watch add FEED_URL --every 10m";
  const when = (iso: string | null) => (iso === null ? "not yet" : iso.slice(0, 19).replace("T", " "));
  return watches
    .map((watch) => {
      const last = watch.lastPolledAt === null ? "not polled yet" : `last poll ${when(watch.lastPolledAt)}: ${watch.lastStatus}${watch.lastError ? ` (${watch.lastError}; ${watch.failures} failure${watch.failures === 1 ? "" : "s"} in a row)` : ""}`;
      return `${watch.id}  ${watch.url}  every ${formatEvery(watch.everySeconds)}, ${watch.itemsQueued} item${watch.itemsQueued === 1 ? "" : "s"} queued\n   ${last}; next poll ${when(watch.nextPollAt)}`;
    })
    .join("\n");
}

async function addWatch(command: Extract<WatchCommand, { kind: "add" }>, db: Db, databaseUrl: string, io: QueueCliIo): Promise<number> {
  let eventId: number | undefined;
  if (command.ingest.event !== undefined) {
    const event = findEvent(await listEvents(db), command.ingest.event);
    if (event instanceof Error) {
      io.stderr.write(`tally watch: --event: ${event.message}\n`);
      return 2;
    }
    eventId = event.id;
  }
  const { watch, added } = await addFeedWatch(db, command.url, command.everySeconds, ingestSettingsOf(command.ingest, eventId));
  // The first poll at once (or, for a feed watched already, the one waiting stands).
  const scheduled = await withJobQueue("watch", databaseUrl, io, async (boss) => (await schedulePoll(boss, db, watch, new Date()), 0));
  if (scheduled !== 0) return scheduled;
  io.stdout.write(`${added ? "watching" : "now watching"} feed ${watch.id} ${watch.url} every ${formatEvery(watch.everySeconds)}; tally worker polls it and queues its new items\n`);
  return 0;
}

export async function run(args: string[], io: QueueCliIo = queueProcessIo): Promise<number> {
  const command = parseWatchFlags(args);
  if (command instanceof Error) return flagErrorExit("watch", command, USAGE, io);
  const databaseUrl = queueUrlFor("watch", io);
  if (databaseUrl === null) return 2;
  let db: Db;
  try {
    db = await openPostgres(databaseUrl);
    await migrate(db);
  } catch (error) {
    io.stderr.write(queueOpenError("watch", error));
    return 1;
  }
  try {
    if (command.kind === "add") return await addWatch(command, db, databaseUrl, io);
    io.stdout.write(`${watchListText(await listFeedWatches(db))}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
