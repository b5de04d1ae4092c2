// A real store (PGlite) in a temporary folder for end-to-end tests: closing it removes the folder.
// The server and CLI are tested against this, never against a hand-written stand-in.
import { cp, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openStore } from "../../src/store/open.js";
import type { CliIo } from "../../src/report/open-store.js";
import type { Store } from "../../src/store/store.js";

/**
 * A fresh, empty PGlite data folder at `dataDir`: a copy of the run's template when there is one
 * (see global-setup.ts), else nothing (openStore then creates the database itself).
 */
export async function freshDataFolder(dataDir: string): Promise<void> {
  const template = inject("pgliteTemplate");
  if (template) await cp(template, dataDir, { recursive: true });
}

export async function temporaryStore(prefix = "tally-test-"): Promise<Store> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  const dataDir = join(folder, "data");
  await freshDataFolder(dataDir);
  const store = await openStore({ dataDir, databaseUrl: "" });
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await close();
      await rm(folder, { recursive: true, force: true });
    },
  });
}

/** openStore for tests: a folder that does not exist yet starts as a copy of the template. */
export async function openTestStore(dataDir: string, command?: string): Promise<Store> {
  if (!(await stat(dataDir).then(() => true, () => false))) await freshDataFolder(dataDir);
  return openStore({ dataDir, databaseUrl: "", ...(command === undefined ? {} : { command }) });
}

/** What a CLI command run in-process writes, with its stores opened as openTestStore opens them. */
export function capturedCliIo(): CliIo & { out: string; err: string } {
  const captured = {
    out: "",
    err: "",
    openStore: (dir: string, command?: string) => openTestStore(dir, command),
    stdout: { write: (text: string) => (captured.out += text) },
    stderr: { write: (text: string) => (captured.err += text) },
  };
  return captured;
}

/** What CLI runs in one test file share: each data folder's store, opened by the first command that names it. */
export interface KeptOpenStores {
  /** capturedCliIo whose commands find their folder's store open, and whose close leaves it open. */
  io(): CliIo & { out: string; err: string };
  /** The folder's store as a command gets it (closing it does nothing), for the test's own reads. */
  open(dataDir: string): Promise<Store>;
  /** Closes them all: in afterAll. */
  closeAll(): Promise<void>;
}

/**
 * Keeps each data folder's store open across the CLI runs of a test file, as if each command had opened
 * it: opening PGlite costs seconds on a loaded machine, and the commands read and write the same rows
 * either way. Opening the folder itself is tested where it is the point (store-guards, report's refusals).
 */
export function keptOpenStores(): KeptOpenStores {
  const stores = new Map<string, Promise<Store>>();
  const open = async (dataDir: string, command?: string): Promise<Store> => {
    let opening = stores.get(dataDir);
    if (!opening) {
      opening = openTestStore(dataDir, command);
      stores.set(dataDir, opening);
      // A folder that failed to open is tried again by the next command, as a fresh process would.
      opening.catch(() => stores.delete(dataDir));
    }
    return { ...(await opening), close: async () => undefined };
  };
  return {
    io() {
      return Object.assign(capturedCliIo(), { openStore: open });
    },
    open,
    async closeAll() {
      const opened = [...stores.values()];
      stores.clear();
      for (const store of await Promise.allSettled(opened)) if (store.status === "fulfilled") await store.value.close();
    },
  };
}
