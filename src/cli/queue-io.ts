// What the queue commands (enqueue, worker, queue) need from outside: the CLI's streams and store,
// and the PostgreSQL URL (DATABASE_URL unless a test gives its own).
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
