// Putting ingest work on the queue: each report file of a folder, and each page or feed URL, is one
// job, so any number of workers share a folder's reports. Paths are made absolute: a worker on
// another machine reads the same path (a shared mount), so a missing file is refused here, early.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type PgBoss from "pg-boss";
import type { IngestSettings } from "../ingest/ingest-settings.js";
import { findReportFiles } from "../ingest/walk.js";
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from "./job-queue.js";
import { ingestJob, type IngestJob } from "./ingest-job.js";

/** How a job is retried and when it is taken as lost. */
export interface RetryPolicy {
  /** Attempts after the first before the job is a dead letter. */
  retries: number;
  /** Seconds before the first retry; each further one waits about twice as long (with jitter). */
  retryDelaySeconds: number;
  /** A job still running after this long is taken as lost (its worker died) and retried. */
  jobTimeoutSeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 5, retryDelaySeconds: 10, jobTimeoutSeconds: 600 };

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** The jobs one command-line input stands for, or why it stands for none. */
export async function jobInputsOf(input: string): Promise<string[] | Error> {
  if (isUrl(input)) return [input];
  const path = resolve(input);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new Error(code === "ENOENT" ? `${input}: no such file or folder` : `${input}: cannot read (${code ?? (error as Error).message})`);
  }
  if (!info.isDirectory()) return [path];
  const files = await findReportFiles(path);
  return files.length > 0 ? files : new Error(`${input}: no .txt, .md or .html reports in this folder`);
}

/** Rows per INSERT: a folder of 20,000 reports goes in a few statements. */
const INSERT_CHUNK = 1000;

/** Puts one job per input on the queue; returns how many. */
export async function enqueueJobs(boss: PgBoss, inputs: string[], settings: IngestSettings, policy: RetryPolicy = DEFAULT_RETRY_POLICY): Promise<number> {
  const rows = inputs.map((input) => ({
    name: INGEST_QUEUE,
    data: ingestJob(input, settings) satisfies IngestJob,
    retryLimit: policy.retries,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.jobTimeoutSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  }));
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) await boss.insert(rows.slice(start, start + INSERT_CHUNK));
  return rows.length;
}
