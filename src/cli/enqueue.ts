// `tally enqueue [--event NAME] [ingest flags] [--retries N] PATH|URL|FEED_URL…`: puts ingest work on
// the job queue in PostgreSQL, one job per report file, page or feed, for `tally worker` to run.
import { parseArgs } from "node:util";
import { numberFromDigits } from "../domain/whole-number.js";
import { findEvent } from "../store/find-event.js";
import { DEFAULT_RETRY_POLICY, enqueueJobs, jobInputsOf, type RetryPolicy } from "../queue/enqueue-inputs.js";
import { openStoreForCli } from "../report/open-store.js";
import { flagErrorExit, positiveNumberFlag } from "./flags.js";
import { INGEST_OPTIONS, ingestFlagsFrom, ingestSettingsOf, type IngestFlags } from "./ingest.js";
import { queueProcessIo, queueUrlFor, withJobQueue, type QueueCliIo } from "./queue-io.js";

const USAGE = `usage: tally enqueue [--event NAME] [--published YYYY-MM-DD] [--timeout SECONDS] [--max-mb MB] [--allow-private-addresses]
                     [--retries N] [--retry-delay SECONDS] [--job-timeout SECONDS] PATH|URL|FEED_URL…
  (needs DATABASE_URL: the queue lives in PostgreSQL; tally worker runs the jobs)
  PATH                       a report file or a folder of them (one job per file); workers read the same absolute path
  URL, FEED_URL              a page or an RSS/Atom feed (one job each), fetched by the worker
  --event, --published, --timeout, --max-mb, --allow-private-addresses   as for tally ingest
  --retries N                attempts after the first before a job becomes a dead letter (default ${DEFAULT_RETRY_POLICY.retries})
  --retry-delay SECONDS      wait before the first retry; each next one waits about twice as long (default ${DEFAULT_RETRY_POLICY.retryDelaySeconds})
  --job-timeout SECONDS      a job running longer is taken as lost (its worker died) and retried (default ${DEFAULT_RETRY_POLICY.jobTimeoutSeconds})`;

const MAX_RETRIES = 100;
const MAX_RETRY_DELAY_SECONDS = 86_400;
/** pg-boss refuses a job timeout of a day or more. */
const MAX_JOB_TIMEOUT_SECONDS = 82_800;

const OPTIONS = {
  ...INGEST_OPTIONS,
  retries: { type: "string" },
  "retry-delay": { type: "string" },
  "job-timeout": { type: "string" },
} as const;

export interface EnqueueFlags {
  ingest: IngestFlags;
  policy: RetryPolicy;
}

export function parseEnqueueFlags(args: string[]): EnqueueFlags | Error {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return new Error((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.data !== undefined && !values.help) return new Error("--data names a PGlite folder; the queue and its store are the database at DATABASE_URL");
  const ingest = ingestFlagsFrom(values, positionals);
  if (ingest instanceof Error) return ingest;
  const retries = values.retries === undefined ? DEFAULT_RETRY_POLICY.retries : numberFromDigits(values.retries);
  if (retries === null || retries > MAX_RETRIES) return new Error(`--retries '${values.retries}': expected a whole number from 0 to ${MAX_RETRIES}`);
  const delay = values["retry-delay"] === undefined ? DEFAULT_RETRY_POLICY.retryDelaySeconds : positiveNumberFlag("--retry-delay", values["retry-delay"], MAX_RETRY_DELAY_SECONDS, "seconds");
  if (delay instanceof Error) return delay;
  const timeout = values["job-timeout"] === undefined ? DEFAULT_RETRY_POLICY.jobTimeoutSeconds : positiveNumberFlag("--job-timeout", values["job-timeout"], MAX_JOB_TIMEOUT_SECONDS, "seconds");
  if (timeout instanceof Error) return timeout;
  // pg-boss counts both in whole seconds.
  return { ingest, policy: { retries, retryDelaySeconds: Math.ceil(delay), jobTimeoutSeconds: Math.ceil(timeout) } };
}

/** The jobs for every input, or null after naming each input that stands for none. */
async function jobInputs(inputs: string[], io: QueueCliIo): Promise<string[] | null> {
  const all: string[] = [];
  let refused = false;
  for (const input of inputs) {
    const found = await jobInputsOf(input);
    if (found instanceof Error) {
      io.stderr.write(`tally enqueue: ${found.message}\n`);
      refused = true;
    } else all.push(...found);
  }
  return refused ? null : all;
}

/** The id of the event --event names, undefined without it, or null after saying why it names none. */
async function eventIdFor(flags: IngestFlags, io: QueueCliIo): Promise<number | undefined | null> {
  if (flags.event === undefined) return undefined;
  const store = await openStoreForCli("enqueue", flags.data, io);
  if (!store) return null;
  try {
    const event = findEvent(await store.listEvents(), flags.event);
    if (event instanceof Error) {
      io.stderr.write(`tally enqueue: --event: ${event.message}\n`);
      return null;
    }
    return event.id;
  } finally {
    await store.close();
  }
}

export async function run(args: string[], io: QueueCliIo = queueProcessIo): Promise<number> {
  const flags = parseEnqueueFlags(args);
  if (flags instanceof Error) return flagErrorExit("enqueue", flags, USAGE, io);
  const databaseUrl = queueUrlFor("enqueue", io);
  if (databaseUrl === null) return 2;
  // Nothing is queued unless every input stands for work: a typo is fixed and the command run again whole.
  const inputs = await jobInputs(flags.ingest.inputs, io);
  if (inputs === null) return 2;
  const eventId = await eventIdFor(flags.ingest, io);
  if (eventId === null) return 2;
  return withJobQueue("enqueue", databaseUrl, io, async (boss) => {
    const count = await enqueueJobs(boss, inputs, ingestSettingsOf(flags.ingest, eventId), flags.policy);
    io.stdout.write(`queued ${count.toLocaleString("en-US")} ingest job${count === 1 ? "" : "s"}; tally worker runs them, tally queue shows where they stand\n`);
    return 0;
  });
}
