// Opening the store for the report and export commands (and later the static report), with a message a user can act on.
import type { Store } from "../store/store.js";

// The store module is bound at run time until src/store/open.ts lands; then this becomes a static import.
const STORE_MODULE = "../store/open.js";

interface StoreOpener {
  openStore(options: { dataDir: string }): Promise<Store>;
}

/** What the report and export commands need from outside; tests pass their own. */
export interface CliIo {
  openStore(dataDir: string): Promise<Store>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const processIo: CliIo = {
  async openStore(dataDir) {
    const { openStore } = (await import(STORE_MODULE)) as StoreOpener;
    return openStore({ dataDir });
  },
  stdout: process.stdout,
  stderr: process.stderr,
};

export async function openStoreForCli(command: string, dataDir: string, io: CliIo = processIo): Promise<Store | null> {
  try {
    return await io.openStore(dataDir);
  } catch (error) {
    const where = process.env.DATABASE_URL ? "the database at DATABASE_URL" : `the data folder '${dataDir}'`;
    io.stderr.write(`tally ${command}: cannot open ${where}: ${(error as Error).message}\n`);
    return null;
  }
}

/** Today's date in UTC, YYYY-MM-DD: the clock is read here, at the edge, never in reconcile. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
