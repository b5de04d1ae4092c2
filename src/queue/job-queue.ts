// The job queue: pg-boss in its own schema of the store's PostgreSQL database. One queue of ingest
// jobs, beside it the dead letters (a job that failed every attempt, copied with its error), and
// the polls of watched feeds.
import PgBoss from "pg-boss";
import { createWebhookQueues } from "../alerts/webhook-queue.js";

/** The schema pg-boss keeps its tables in, beside the store's tables in the same database. */
export const QUEUE_SCHEMA = "tally_queue";
export const INGEST_QUEUE = "ingest";
export const DEAD_LETTER_QUEUE = "ingest-dead-letter";
/** One job per watched feed at a time (pg-boss's "stately" policy: at most one waiting and one running per feed). */
export const FEED_POLL_QUEUE = "feed-poll";

/** How often one worker of the cluster fails the jobs whose worker died (pg-boss's maintenance). */
const MAINTENANCE_SECONDS = 10;

export interface QueueOpenOptions {
  /** A worker supervises: it expires jobs left running by a worker that died, and archives old ones. */
  supervise?: boolean;
  /** Connections this process may hold to the database for the queue. */
  connections?: number;
  /** Called with errors pg-boss meets in the background (a lost connection, a failed maintenance). */
  onError?(error: Error): void;
}

/** Starts pg-boss on the database (creating its schema and the queues the first time). */
export async function openJobQueue(databaseUrl: string, options: QueueOpenOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    application_name: "tally",
    max: options.connections ?? 2,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    // Feeds are polled by tally's own schedule, not pg-boss's cron.
    schedule: false,
  });
  // Without a listener an EventEmitter's "error" would end the process.
  boss.on("error", (error) => options.onError?.(error));
  await boss.start();
  try {
    // Both are idempotent: the first process to start creates them.
    await boss.createQueue(DEAD_LETTER_QUEUE);
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
    await boss.createQueue(FEED_POLL_QUEUE, { name: FEED_POLL_QUEUE, policy: "stately" });
    await createWebhookQueues(boss);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return boss;
}
