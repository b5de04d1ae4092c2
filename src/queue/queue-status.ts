// Where the queue stands: jobs waiting, running, done and failed, how fast jobs finish, and the
// dead letters with their errors. pg-boss's API counts only its live table, so this reads its
// tables (job, and archive where finished jobs move after a while) directly; the pinned pg-boss
// version fixes their shape.
import type PgBoss from "pg-boss";
import { jobInput } from "./ingest-job.js";
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, QUEUE_SCHEMA } from "./job-queue.js";

export interface StateCount {
  jobs: number;
  /** Of those, finished in the last minute and the last 15 minutes (done and failed only). */
  lastMinute: number;
  last15Minutes: number;
}

export interface DeadLetter {
  input: string;
  error: string;
  /** ISO time it became a dead letter. */
  at: string;
}

export interface QueueStatus {
  /** Waiting for a worker, the first time. */
  waiting: number;
  /** Failed at least once and waiting for their next attempt. */
  retrying: number;
  running: number;
  done: StateCount;
  /** Failed every attempt (each one is a dead letter). */
  failed: StateCount;
  deadLetters: { total: number; newest: DeadLetter[] };
}

const JOBS_BY_STATE = `
  SELECT state::text AS state, count(*) AS jobs,
    count(*) FILTER (WHERE completed_on > now() - interval '1 minute') AS last_minute,
    count(*) FILTER (WHERE completed_on > now() - interval '15 minutes') AS last_15_minutes
  FROM (
    SELECT state, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1
    UNION ALL
    SELECT state, completed_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1
  ) AS jobs
  GROUP BY state`;

/** Dead letters nobody works: they move to the archive only when kept past their retention. */
const DEAD_LETTERS = `
  SELECT id, data, output, created_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1
  UNION ALL
  SELECT id, data, output, created_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1`;

const NEWEST_DEAD_LETTERS = `SELECT data, output, created_on FROM (${DEAD_LETTERS}) AS dead ORDER BY created_on DESC, id LIMIT $2`;

const DEAD_LETTER_COUNT = `SELECT count(*) AS total FROM (${DEAD_LETTERS}) AS dead`;

type Row = Record<string, unknown>;

/** The error a failed job carries: pg-boss stores the thrown error serialized, or a message of its own. */
function errorText(output: unknown): string {
  if (output && typeof output === "object") {
    const record = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof record.message === "string") return record.message;
    if (typeof record.value?.message === "string") return record.value.message;
  }
  return output === null || output === undefined ? "no error recorded" : JSON.stringify(output);
}

function inputOf(data: unknown): string {
  return jobInput(data) ?? JSON.stringify(data);
}

export async function readQueueStatus(boss: PgBoss, deadLettersShown = 10): Promise<QueueStatus> {
  const db = boss.getDb();
  const counts = new Map<string, StateCount>();
  for (const row of (await db.executeSql(JOBS_BY_STATE, [INGEST_QUEUE])).rows as Row[]) {
    counts.set(String(row.state), { jobs: Number(row.jobs), lastMinute: Number(row.last_minute), last15Minutes: Number(row.last_15_minutes) });
  }
  const jobsIn = (state: string) => counts.get(state)?.jobs ?? 0;
  const finished = (state: string): StateCount => counts.get(state) ?? { jobs: 0, lastMinute: 0, last15Minutes: 0 };
  const total = Number(((await db.executeSql(DEAD_LETTER_COUNT, [DEAD_LETTER_QUEUE])).rows[0] as Row).total);
  const newest = ((await db.executeSql(NEWEST_DEAD_LETTERS, [DEAD_LETTER_QUEUE, deadLettersShown])).rows as Row[]).map((row) => ({
    input: inputOf(row.data),
    error: errorText(row.output),
    at: new Date(row.created_on as string | Date).toISOString(),
  }));
  return {
    waiting: jobsIn("created"),
    retrying: jobsIn("retry"),
    running: jobsIn("active"),
    done: finished("completed"),
    failed: finished("failed"),
    deadLetters: { total, newest },
  };
}
