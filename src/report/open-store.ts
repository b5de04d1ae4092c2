// Opening the store for the CLI commands, with a message a user can act on. The report and export
// commands only read, so they may read through a running `tally serve` (openStoreReader).
import { StoreBusyError } from "../store/lock-file.js";
import { openStore, openStoreReader } from "../store/open.js";
import { ServerUnreachableError } from "../store/server-reader.js";
import type { Store, StoreReader } from "../store/store.js";

/** What the CLI commands need from outside; tests pass their own streams. */
export interface CliIo {
  /** `command` is the tally command opening it, recorded in the data folder's lock. */
  openStore(dataDir: string, command: string): Promise<Store>;
  /** For commands that only read; openStore when absent. */
  openReader?(dataDir: string, command: string): Promise<StoreReader>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const processIo: CliIo = {
  openStore: (dataDir, command) => openStore({ dataDir, command }),
  openReader: (dataDir, command) => openStoreReader({ dataDir, command }),
  stdout: process.stdout,
  stderr: process.stderr,
};

async function opened<T>(command: string, dataDir: string, io: CliIo, open: () => Promise<T>): Promise<T | null> {
  try {
    return await open();
  } catch (error) {
    const message = (error as Error).message;
    // These messages name the folder and the process themselves.
    if (error instanceof StoreBusyError || error instanceof ServerUnreachableError) io.stderr.write(`tally ${command}: ${message}\n`);
    else {
      const where = process.env.DATABASE_URL ? "the database at DATABASE_URL" : `the data folder '${dataDir}'`;
      io.stderr.write(`tally ${command}: cannot open ${where}: ${message}\n`);
    }
    return null;
  }
}

/** The store to write (or read) through, or null with the reason written to stderr. */
export function openStoreForCli(command: string, dataDir: string, io: CliIo = processIo): Promise<Store | null> {
  return opened(command, dataDir, io, () => io.openStore(dataDir, command));
}

/** The store to read from, directly or through the `tally serve` holding it; null with the reason on stderr. */
export function openReaderForCli(command: string, dataDir: string, io: CliIo = processIo): Promise<StoreReader | null> {
  return opened(command, dataDir, io, () => (io.openReader ?? io.openStore)(dataDir, command));
}

/** Today's date in UTC, YYYY-MM-DD: the clock is read here, at the edge, never in reconcile. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
