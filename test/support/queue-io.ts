// The queue commands' input and output captured, on a PostgreSQL database: for tests of
// enqueue, worker, queue and watch.
import type { QueueCliIo } from "../../src/cli/queue-io.js";
import { openStore } from "../../src/store/open.js";

export function capturedQueueIo(databaseUrl: string): QueueCliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    databaseUrl,
    openStore: () => openStore({ databaseUrl }),
    stdout: { write: (text: string) => (io.out += text) },
    stderr: { write: (text: string) => (io.err += text) },
  };
  return io;
}
