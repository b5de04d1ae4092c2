// `tally worker [--concurrency N] [--exit-when-empty]`: runs queued ingest jobs against the store at
// DATABASE_URL, on any machine that reaches it, and polls the watched feeds when they are due; as
// many workers as wanted share one queue.
import { parseArgs } from "node:util";
import { numberFromDigits } from "../domain/whole-number.js";
import { openJobQueue } from "../queue/job-queue.js";
import { openPostgres } from "../store/db.js";
import { startWorker } from "../queue/run-worker.js";
import { openStoreForCli } from "../report/open-store.js";
import { flagErrorExit } from "./flags.js";
import { formatSummary } from "./ingest.js";
import { queueOpenError, queueProcessIo, queueUrlFor, type QueueCliIo } from "./queue-io.js";

const USAGE = `usage: tally worker [--concurrency N] [--exit-when-empty]
  (needs DATABASE_URL: the queue and the store are that PostgreSQL database)
  --concurrency N     jobs run at once in this process (default 4)
  --exit-when-empty   stop once no job is waiting, retrying or running anywhere (by default run until Ctrl-C)`;

const MAX_CONCURRENCY = 64;

export interface WorkerFlags {
  concurrency: number;
  exitWhenEmpty: boolean;
}

export function parseWorkerFlags(args: string[]): WorkerFlags | Error {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        concurrency: { type: "string" },
        "exit-when-empty": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return new Error((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return new Error("help");
  const concurrency = values.concurrency === undefined ? 4 : numberFromDigits(values.concurrency);
  if (concurrency === null || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    return new Error(`--concurrency '${values.concurrency}': expected a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  return { concurrency, exitWhenEmpty: values["exit-when-empty"] ?? false };
}

export async function run(args: string[], io: QueueCliIo = queueProcessIo): Promise<number> {
  const flags = parseWorkerFlags(args);
  if (flags instanceof Error) return flagErrorExit("worker", flags, USAGE, io);
  const databaseUrl = queueUrlFor("worker", io);
  if (databaseUrl === null) return 2;
  const store = await openStoreForCli("worker", "tally-data", io);
  if (!store) return 1;
  try {
    let boss;
    try {
      // One connection per work loop, one for completions and one for maintenance.
      boss = await openJobQueue(databaseUrl, {
        supervise: true,
        connections: flags.concurrency + 2,
        onError: (error) => io.stderr.write(`tally worker: the queue: ${error.message}\n`),
      });
    } catch (error) {
      io.stderr.write(queueOpenError("worker", error));
      return 1;
    }
    // Feed polls write their own tables and queue jobs in one transaction: a handle of their own.
    let feedsDb;
    try {
      feedsDb = await openPostgres(databaseUrl);
    } catch (error) {
      await boss.stop({ graceful: false });
      io.stderr.write(queueOpenError("worker", error));
      return 1;
    }
    const worker = await startWorker(boss, store, {
      ...flags,
      feeds: {
        db: feedsDb,
        onPolled: (_id, poll) => {
          if (poll.status === "failed") io.stderr.write(`tally worker: ${poll.error}; next poll of this feed at ${poll.nextPollAt.toISOString()}\n`);
        },
      },
      onJobFailed: (input, message, attempt, attempts) =>
        io.stderr.write(`tally worker: ${message.startsWith(input) ? message : `${input}: ${message}`} (attempt ${attempt} of ${attempts}${attempt < attempts ? "; it will be retried" : "; now a dead letter"})\n`),
      onWarning: (message) => io.stderr.write(`tally worker: warning: ${message}\n`),
      onError: (error) => io.stderr.write(`tally worker: cannot ask the queue whether it is empty: ${error.message}\n`),
      onAlertError: (error) => io.stderr.write(`tally worker: alerts could not be raised (${error.message}); the next sweep tries again\n`),
      onDeliveryFailed: (message, attempt, attempts) =>
        io.stderr.write(`tally worker: webhook: ${message} (attempt ${attempt} of ${attempts}${attempt < attempts ? "; it will be retried" : "; now a dead letter"})\n`),
    });
    const stop = () => void worker.stop();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    if (!flags.exitWhenEmpty) io.stderr.write(`tally worker: running ${flags.concurrency} job${flags.concurrency === 1 ? "" : "s"} at a time; Ctrl-C stops after the running jobs\n`);
    const totals = await worker.finished.finally(() => feedsDb.close());
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    const failed = totals.jobsFailed > 0 ? `, ${totals.jobsFailed} attempt${totals.jobsFailed === 1 ? "" : "s"} failed (retried later, or dead letters: see tally queue)` : "";
    io.stdout.write(`jobs: ${totals.jobsDone} done${failed}; ${formatSummary(totals)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
