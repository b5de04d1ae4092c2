// The two engines every store test runs on: PGlite in a temporary folder, and PostgreSQL on
// 127.0.0.1:5432 in a fresh database per test file (skipped, with the reason, when it does not answer).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { freshDataFolder } from "./temporary-store.js";

export const POSTGRES_ADMIN_URL = process.env.TALLY_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/test";

export interface Engine {
  name: "pglite" | "postgres";
  /** Why the engine's tests are skipped, or null when they run. */
  skip: string | null;
  /** Opens a store on a fresh, empty database; `cleanup` removes it. */
  fresh(): Promise<{ store: Store; reopen(): Promise<Store>; cleanup(): Promise<void> }>;
}

async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return `PostgreSQL at ${POSTGRES_ADMIN_URL} does not answer (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database on the test server; returns its URL and how to drop it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tally_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function storeEngines(): Promise<Engine[]> {
  const pgSkip = await postgresUnavailable();
  if (pgSkip) console.warn(`skipping the PostgreSQL variant: ${pgSkip}`);
  return [
    {
      name: "pglite",
      skip: null,
      async fresh() {
        const folder = await mkdtemp(join(tmpdir(), "tally-store-test-"));
        await freshDataFolder(join(folder, "data"));
        const open = () => openStore({ dataDir: join(folder, "data"), databaseUrl: "" });
        return { store: await open(), reopen: open, cleanup: () => rm(folder, { recursive: true, force: true }) };
      },
    },
    {
      name: "postgres",
      skip: pgSkip,
      async fresh() {
        const database = await createPostgresDatabase();
        const open = () => openStore({ databaseUrl: database.url });
        return { store: await open(), reopen: open, cleanup: () => database.drop() };
      },
    },
  ];
}

/** The store the tests of one describe block share. */
export interface SharedStore {
  /** The open store; a test that reopens it sets it to the new one, which is then the one closed after the block. */
  store: Store;
  /** Opens the same database again (close `store` first). */
  reopen(): Promise<Store>;
}

/**
 * A fresh store on `engine` for the tests of the describe block it is called in: opened before them,
 * closed after them, and its database removed. Its `store` is there inside a test or hook, not before.
 */
export function sharedStore(engine: Engine): SharedStore {
  let opened: Awaited<ReturnType<Engine["fresh"]>> | undefined;
  let current: Store | undefined;
  const notOpen = () => new Error(`the ${engine.name} store opens before the block's tests: use it inside a test or hook`);
  beforeAll(async () => {
    opened = await engine.fresh();
    current = opened.store;
  }, 60_000);
  afterAll(async () => {
    await current?.close();
    await opened?.cleanup();
  });
  return {
    get store(): Store {
      if (!current) throw notOpen();
      return current;
    },
    set store(store: Store) {
      current = store;
    },
    reopen() {
      if (!opened) throw notOpen();
      return opened.reopen();
    },
  };
}
