// Opening the store: PostgreSQL when a database URL is given, else PGlite in a data folder that
// is locked against a second writer, created in a temporary folder and renamed into place.
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { openPglite, openPostgres, type Db } from "./db.js";
import { hostname } from "node:os";
import { acquireLockFile, StoreBusyError } from "./lock-file.js";
import { migrate } from "./migrations/index.js";
import { connectToServer, ServerUnreachableError } from "./server-reader.js";
import { readServerRecord, removeStaleServerRecord } from "./server-record.js";
import { sqlStore } from "./sql-store.js";
import type { Store, StoreReader } from "./store.js";

export interface OpenOptions {
  /** The PGlite data folder (default ./tally-data); unused with a database URL. */
  dataDir?: string;
  /** A PostgreSQL URL; defaults to the DATABASE_URL environment variable. */
  databaseUrl?: string;
  /** Give up opening after this long (default 60 s): a damaged folder must not hang the command. */
  openTimeoutMs?: number;
  /** The tally command opening the store, written in the lock so a process refused can say what holds it. */
  command?: string;
}

export const DEFAULT_DATA_DIR = "./tally-data";
const DEFAULT_OPEN_TIMEOUT_MS = 60_000;
/** Inside the data folder: the database files, and the lock beside them. */
const DATABASE_FOLDER = "pgdata";
const LOCK_FILE = "tally.lock";
const ENGINE_LOCK_FILE = "postmaster.pid";

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not open within ${Math.round(ms / 1000)} s; the folder may be damaged`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A first open killed half-way must not leave a folder that never opens: build it aside, then rename. */
async function createDatabaseFolder(dataDir: string, target: string): Promise<void> {
  for (const entry of await readdir(dataDir)) {
    if (entry.startsWith(`${DATABASE_FOLDER}.creating-`)) await rm(join(dataDir, entry), { recursive: true, force: true });
  }
  const temporary = join(dataDir, `${DATABASE_FOLDER}.creating-${process.pid}`);
  const db = await openPglite(temporary);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  await rename(temporary, target);
}

async function openDataFolder(dataDir: string, timeoutMs: number, command: string): Promise<Store> {
  const folder = resolve(dataDir);
  await mkdir(folder, { recursive: true });
  const lock = await acquireLockFile(join(folder, LOCK_FILE), dataDir, command);
  let db: Db | null = null;
  try {
    // Holding the lock, no server runs on this folder: a record one left behind when killed is stale.
    await removeStaleServerRecord(folder);
    const target = join(folder, DATABASE_FOLDER);
    const work = (async () => {
      if (!(await exists(join(target, "PG_VERSION")))) {
        if (await exists(target)) throw new Error(`'${join(dataDir, DATABASE_FOLDER)}' exists but holds no database; move it away to start afresh`);
        await createDatabaseFolder(folder, target);
      }
      // The engine's own lock file (postmaster.pid) is stale whenever ours is held, and an engine
      // killed between creating and filling it leaves it empty, which PostgreSQL refuses to start on.
      await rm(join(target, ENGINE_LOCK_FILE), { force: true });
      db = await openPglite(target);
      await migrate(db);
    })();
    await withTimeout(work, timeoutMs, `the data folder '${dataDir}'`);
    return sqlStore(db!, () => lock.release());
  } catch (error) {
    await (db as Db | null)?.close().catch(() => undefined);
    await lock.release();
    throw error;
  }
}

export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const timeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  if (databaseUrl) {
    const db = await withTimeout(openPostgres(databaseUrl), timeoutMs, "the database at DATABASE_URL");
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return sqlStore(db);
  }
  return openDataFolder(options.dataDir ?? DEFAULT_DATA_DIR, timeoutMs, options.command ?? "");
}

/**
 * The store for reading only (report, export): opened as openStore does, or, when `tally serve`
 * holds the PGlite folder, read through that server's API: PGlite cannot share a folder between
 * processes, and a copy of a folder being written may be torn. Any other holder is refused as before.
 */
export async function openStoreReader(options: OpenOptions = {}): Promise<StoreReader> {
  try {
    return await openStore(options);
  } catch (error) {
    const holder = error instanceof StoreBusyError ? error.holder : null;
    if (holder === null || holder.host !== hostname()) throw error;
    const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
    const record = await readServerRecord(dataDir);
    // The record must be the lock holder's own: one from a server that has gone proves nothing.
    if (record !== null && record.pid === holder.pid && record.host === holder.host) return connectToServer(record, dataDir);
    if (holder.command === "serve") {
      throw new ServerUnreachableError(
        `the data folder '${dataDir}' is in use by tally serve (process ${holder.pid}), which has not said where it answers yet (it may still be starting); try again in a moment`,
      );
    }
    throw error;
  }
}
