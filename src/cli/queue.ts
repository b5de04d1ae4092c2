// `tally queue`: where the job queue stands (waiting, running, done, failed, with rates) and its
// dead letters with their errors.
import { parseArgs } from "node:util";
import { numberFromDigits } from "../domain/whole-number.js";
import { formatQueueStatus } from "../queue/format-queue-status.js";
import { readQueueStatus } from "../queue/queue-status.js";
import { queueProcessIo, queueUrlFor, withJobQueue, type QueueCliIo } from "./queue-io.js";

const USAGE = `usage: tally queue [--dead-letters N] [--json]
  (needs DATABASE_URL: the queue lives in PostgreSQL)
  --dead-letters N   how many of the newest dead letters to list (default 10)
  --json             the same as JSON`;

export async function run(args: string[], io: QueueCliIo = queueProcessIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { "dead-letters": { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`tally queue: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const shown = values["dead-letters"] === undefined ? 10 : numberFromDigits(values["dead-letters"]);
  if (shown === null || shown > 1000) {
    io.stderr.write(`tally queue: --dead-letters '${values["dead-letters"]}': expected a whole number from 0 to 1000\n${USAGE}\n`);
    return 2;
  }
  const databaseUrl = queueUrlFor("queue", io);
  if (databaseUrl === null) return 2;
  return withJobQueue("queue", databaseUrl, io, async (boss) => {
    const status = await readQueueStatus(boss, shown);
    io.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatQueueStatus(status)}\n`);
    return 0;
  });
}
