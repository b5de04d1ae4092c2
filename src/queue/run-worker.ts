// A worker: `concurrency` pg-boss work loops taking ingest jobs one at a time and running them
// through the store. pg-boss marks a job done when its handler resolves and failed (retried with
// backoff, then a dead letter) when it throws; a job whose worker dies stays "active" until its
// timeout, when the maintenance of any live worker hands it out again. A worker also polls the
// watched feeds when their time comes, each poll one job of the feed-poll queue.
import type PgBoss from "pg-boss";
import type { IngestSummary } from "../ingest/run-ingest.js";
import type { Store } from "../store/store.js";
import type { Db } from "../store/db.js";
import type { PollRecord } from "./feed-watches.js";
import { FEED_POLL_QUEUE, INGEST_QUEUE } from "./job-queue.js";
import { ensurePolls, pollFeed, type PollJobData } from "./poll-feed.js";
import { IngestJobError, jobInput, runIngestJob } from "./ingest-job.js";
import { startAlertSweeper } from "../alerts/alert-sweeper.js";
import { WEBHOOK_QUEUE, webhookJobHandler } from "../alerts/webhook-queue.js";
import type { HostResolver } from "../ingest/address-guard.js";

export interface WorkerOptions {
  concurrency: number;
  /** Stop once no job is waiting, retrying or running anywhere (else run until stop() is called). */
  exitWhenEmpty: boolean;
  /** Seconds an idle loop waits before asking the queue again. */
  pollSeconds?: number;
  onJobFailed?(input: string, message: string, attempt: number, attempts: number): void;
  onWarning?(message: string): void;
  /** The queue could not be asked whether it is empty (the worker carries on and asks again). */
  onError?(error: Error): void;
  /** A webhook delivery attempt failed (retried later, or a dead letter after the last). */
  onDeliveryFailed?(message: string, attempt: number, attempts: number): void;
  /** A sweep of the events waiting for their alerts failed (their marks stay; the next sweep tries again). */
  onAlertError?(error: Error): void;
  /** How webhook hosts resolve (tests). */
  resolveHost?: HostResolver;
  /** Poll watched feeds too, through this database handle. */
  feeds?: { db: Db; onPolled?(watchId: number, record: PollRecord): void };
}

export interface WorkerTotals extends IngestSummary {
  jobsDone: number;
  /** Attempts that failed (each retried later, or a dead letter after the last). */
  jobsFailed: number;
}

export interface RunningWorker {
  /** Resolves when the worker has stopped (the queue empty, or stop() called), with what it did. */
  finished: Promise<WorkerTotals>;
  /** Stops taking jobs, lets the running ones finish, and resolves `finished`. */
  stop(): Promise<void>;
}

/** How often an --exit-when-empty worker asks whether the queue holds any work. */
const EMPTY_CHECK_MS = 1000;
/** How often a worker makes sure every watched feed has its next poll waiting. */
const ENSURE_POLLS_MS = 60_000;

function addSummary(totals: WorkerTotals, summary: IngestSummary): void {
  for (const key of Object.keys(summary) as Array<keyof IngestSummary>) totals[key] += summary[key];
}

export async function startWorker(boss: PgBoss, store: Store, options: WorkerOptions): Promise<RunningWorker> {
  const totals: WorkerTotals = {
    jobsDone: 0, jobsFailed: 0, documentsNew: 0, documentsNewUndated: 0, documentsNewDatedByFlag: 0, documentsSeen: 0,
    documentsSeenDated: 0, documentsFailed: 0, claimsAdded: 0, namedVictims: 0,
  };
  const loopIds: string[] = [];
  let stopping: Promise<void> | null = null;
  let resolveFinished!: (totals: WorkerTotals) => void;
  const finished = new Promise<WorkerTotals>((resolve) => (resolveFinished = resolve));

  const handle = (loop: number) => (jobs: PgBoss.JobWithMetadata[]) =>
    // pg-boss waits out its polling interval after every fetch; a loop that got a job asks again at once.
    runCounted(store, jobs[0], totals, options, () => {
      const id = loopIds[loop];
      if (id !== undefined && stopping === null) boss.notifyWorker(id);
    });

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(emptyCheck);
      clearInterval(pollCheck);
      // The last sweep runs while the queue is still open: its deliveries are queued for any worker.
      await sweeper.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
      resolveFinished(totals);
    })();
    return stopping;
  };

  for (let loop = 0; loop < options.concurrency; loop++) {
    loopIds.push(
      await boss.work(INGEST_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollSeconds ?? 1 }, handle(loop)),
    );
  }

  // One loop delivers webhooks: a delivery is one short POST, and a receiver that is down should not
  // take more than one of this worker's loops while its attempts time out.
  await boss.work(
    WEBHOOK_QUEUE,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollSeconds ?? 1 },
    webhookJobHandler(store, {
      ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
      ...(options.onDeliveryFailed ? { onFailed: options.onDeliveryFailed } : {}),
    }),
  );

  const sweeper = startAlertSweeper(store, boss, { ...(options.onAlertError ? { onError: options.onAlertError } : {}) });
  const feeds = options.feeds;
  if (feeds) await startFeedPolling(boss, feeds, (error) => options.onError?.(error));
  const pollCheck = setInterval(() => {
    if (feeds && stopping === null) ensurePolls(boss, feeds.db).catch((error: Error) => options.onError?.(error));
  }, ENSURE_POLLS_MS);

  let checking = false;
  const emptyCheck = setInterval(() => {
    if (!options.exitWhenEmpty || checking || stopping) return;
    checking = true;
    // Jobs in any state before "completed": created, retry and active, here or on another machine.
    // Empty: no ingest job, no event waiting for its alerts, then no delivery (a sweep may queue some).
    Promise.all([INGEST_QUEUE, WEBHOOK_QUEUE].map((queue) => boss.getQueueSize(queue, { before: "completed" })))
      .then(async ([ingests, deliveries]) => {
        if (ingests !== 0) return;
        if ((await store.alerts.pendingEvents()).length > 0) return void (await sweeper.sweep());
        if (deliveries === 0) await stop();
      })
      .catch((error: Error) => options.onError?.(error))
      .finally(() => (checking = false));
  }, EMPTY_CHECK_MS);

  return { finished, stop };
}

/** Runs one ingest job and counts it; pg-boss completes it when this resolves and fails it (to retry) when this throws. */
async function runCounted(store: Store, job: PgBoss.JobWithMetadata | undefined, totals: WorkerTotals, options: WorkerOptions, askAgain: () => void): Promise<IngestSummary | undefined> {
  if (!job) return undefined;
  try {
    const summary = await runIngestJob(store, job.data, {
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
      redelivered: job.retryCount > 0,
      // the events' alerts are computed by the sweep, once per event, not once per report
      afterIngest: async (documentIds) => store.alerts.markPending(await store.alerts.eventsOfDocuments(documentIds)),
    });
    addSummary(totals, summary);
    totals.jobsDone++;
    return summary;
  } catch (error) {
    totals.jobsFailed++;
    totals.documentsFailed += error instanceof IngestJobError ? error.failures.length : 1;
    options.onJobFailed?.(jobInput(job.data) ?? `job ${job.id}`, (error as Error).message, job.retryCount + 1, job.retryLimit + 1);
    throw error;
  } finally {
    askAgain();
  }
}

/** One loop taking feed polls; each poll schedules the next. */
async function startFeedPolling(boss: PgBoss, feeds: NonNullable<WorkerOptions["feeds"]>, onError: (error: Error) => void): Promise<void> {
  await ensurePolls(boss, feeds.db);
  await boss.work(FEED_POLL_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]: PgBoss.Job<PollJobData>[]) => {
    if (!job) return;
    const record = await pollFeed(boss, feeds.db, job.data.feedId).catch((error: Error) => {
      onError(error);
      throw error;
    });
    if (record) feeds.onPolled?.(job.data.feedId, record);
  });
}
