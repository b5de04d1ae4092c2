// What the queue commands (enqueue, worker, queue) need from outside: the CLI's streams and store,
// and the PostgreSQL URL (DATABASE_URL unless a test gives its own).
import type PgBoss from "pg-boss";
import { openJobQueue } from "../queue/job-queue.js";
import { queueDatabaseUrl } from "../queue/postgres-only.js";
import { processIo, type CliIo } from "../report/open-store.js";

export type QueueCliIo = CliIo & { databaseUrl?: string };

export const queueProcessIo: QueueCliIo = processIo;

/** The queue's database URL, or null after saying on stderr that the command needs PostgreSQL. */
export function queueUrlFor(command: string, io: QueueCliIo): string | null {
  const url = queueDatabaseUrl(command, io.databaseUrl ?? process.env.DATABASE_URL);
  if (url instanceof Error) {
    io.stderr.write(`${url.message}\n`);
    return null;
  }
  return url;
}

/** "cannot reach the queue's database: …": what a user sees when PostgreSQL refuses or does not answer. */
export function queueOpenError(command: string, error: unknown): string {
  return `tally ${command}: cannot open the job queue in the database at DATABASE_URL: ${(error as Error).message}\n`;
}

/**
 * Runs `work` with the job queue open, stopping it after whatever happens; a queue that cannot be
 * opened is said on stderr and the command exits 1.
 */
export async function withJobQueue(command: string, databaseUrl: string, io: QueueCliIo, work: (boss: PgBoss) => Promise<number>): Promise<number> {
  let boss: PgBoss;
  try {
    boss = await openJobQueue(databaseUrl);
  } catch (error) {
    io.stderr.write(queueOpenError(command, error));
    return 1;
  }
  try {
    return await work(boss);
  } finally {
    await boss.stop({ graceful: false });
  }
}
