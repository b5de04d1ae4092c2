// Webhook deliveries on PostgreSQL go through pg-boss, beside the ingest jobs: one job per delivery,
// enqueued in the transaction that stores its alert (so an alert stored is an alert queued), retried
// with exponential backoff, and a dead letter (with the receiver's last error) after the last attempt.
import type PgBoss from "pg-boss";
import type { Queryable } from "../store/db.js";
import type { Store } from "../store/store.js";
import { attemptDelivery } from "./deliver.js";
import type { HostResolver } from "../ingest/address-guard.js";

export const WEBHOOK_QUEUE = "webhook";
export const WEBHOOK_DEAD_LETTER_QUEUE = "webhook-dead-letter";
/** Attempts after the first; with backoff from 10 s they span about ten minutes. */
const RETRY_LIMIT = 6;
const RETRY_DELAY_SECONDS = 10;

export async function createWebhookQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(WEBHOOK_DEAD_LETTER_QUEUE);
  await boss.createQueue(WEBHOOK_QUEUE, {
    name: WEBHOOK_QUEUE,
    deadLetter: WEBHOOK_DEAD_LETTER_QUEUE,
    retryLimit: RETRY_LIMIT,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    // A delivery waits at most its timeout for the receiver; a worker that died frees the job after this.
    expireInSeconds: 120,
  });
}

/** Queues the deliveries through `tx`, so they commit (or roll back) with the alerts. */
export function enqueueDeliveriesIn(boss: PgBoss): (tx: Queryable, deliveryIds: number[]) => Promise<void> {
  return async (tx, deliveryIds) => {
    const db = { executeSql: (text: string, values: unknown[]) => tx.query(text, values) };
    for (const deliveryId of deliveryIds) await boss.send(WEBHOOK_QUEUE, { deliveryId }, { db });
  };
}

export interface WebhookWorkOptions {
  resolveHost?: HostResolver;
  timeoutMs?: number;
  onFailed?(message: string, attempt: number, attempts: number): void;
}

/** The handler of one delivery job: throws when the attempt failed, so pg-boss retries it. */
export function webhookJobHandler(store: Store, options: WebhookWorkOptions = {}) {
  return async ([job]: PgBoss.JobWithMetadata[]) => {
    if (!job) return;
    const deliveryId = (job.data as { deliveryId?: unknown }).deliveryId;
    if (typeof deliveryId !== "number" || !Number.isInteger(deliveryId)) throw new Error("not a webhook delivery job");
    const final = job.retryCount >= job.retryLimit;
    const result = await attemptDelivery(store, deliveryId, final, {
      ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    if (!result.ok) {
      options.onFailed?.(result.error, job.retryCount + 1, job.retryLimit + 1);
      throw new Error(result.error);
    }
    return result;
  };
}
