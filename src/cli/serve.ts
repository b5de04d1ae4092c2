// `tally serve`: the dashboard and API over the store, on 127.0.0.1 unless told otherwise.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { daySchema } from "../domain/day-schema.js";
import { nameTextSchema } from "../domain/name-text.js";
import { openStoreForCli } from "../report/open-store.js";
import { RefusedToStart, startServer } from "../server/listen.js";
import { newLocalReadCredential } from "../server/local-reader.js";
import { readTlsFiles, type TlsMaterial } from "../server/tls-files.js";
import { recordServer, type RecordedServer } from "../store/server-record.js";
import type { Store, StoredEvent } from "../store/store.js";
import { portFlag } from "./flags.js";

const USAGE = "usage: tally serve [--data DIR] [--host 127.0.0.1] [--port 8080] [--seed DIR] [--tls-cert FILE --tls-key FILE] [--trust-proxy]";

export interface ServeFlags {
  data: string;
  host: string;
  port: number;
  /** A folder of reports to ingest first when the store holds no document. */
  seed?: string;
  /** PEM files: serve HTTPS. Both or neither. */
  tlsCert?: string;
  tlsKey?: string;
  /** Behind a reverse proxy: believe its X-Forwarded-Proto (and X-Forwarded-For). */
  trustProxy: boolean;
}

export function parseServeFlags(args: string[]): ServeFlags | Error {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: "string" },
        host: { type: "string" },
        port: { type: "string" },
        seed: { type: "string" },
        "tls-cert": { type: "string" },
        "tls-key": { type: "string" },
        "trust-proxy": { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return new Error((error as Error).message);
  }
  const port = values.port !== undefined ? portFlag("--port", values.port) : process.env.PORT ? portFlag("PORT", process.env.PORT) : 8080;
  if (port instanceof Error) return port;
  const tlsCert = values["tls-cert"];
  const tlsKey = values["tls-key"];
  if ((tlsCert === undefined) !== (tlsKey === undefined)) return new Error(`${tlsCert === undefined ? "--tls-key" : "--tls-cert"} needs ${tlsCert === undefined ? "--tls-cert" : "--tls-key"} too (the certificate and its key)`);
  return { data: values.data ?? "tally-data", host: values.host ?? "127.0.0.1", port, seed: values.seed, tlsCert, tlsKey, trustProxy: values["trust-proxy"] ?? false };
}

const seedEvent = z
  .array(z.strictObject({ name: nameTextSchema(), since: daySchema, match: z.array(z.string().min(1)).default([]), region: z.string().nullable().default(null) }))
  .superRefine((events, context) => {
    // Event names are unique in the store: a second one would stop the seeding half-way.
    events.forEach((event, i) => {
      if (events.findIndex((other) => other.name === event.name) < i) context.addIssue({ code: "custom", path: [i, "name"], message: `'${event.name}' is already the name of an earlier event` });
    });
  });

/** DIR/events.json, when present: the crises the seed documents belong to, added before they are ingested. */
async function readSeedEvents(dir: string): Promise<Array<Omit<StoredEvent, "id">> | Error> {
  const file = join(dir, "events.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return [];
  }
  try {
    const parsed = seedEvent.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    return new Error(`${file}: field '${issue.path.join(".")}': ${issue.message}`);
  } catch (error) {
    return new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Ingests the seed folder through `tally ingest` when the store is empty (the store must be closed meanwhile: one writer). */
async function seedIfEmpty(flags: ServeFlags, events: Array<Omit<StoredEvent, "id">>, store: Store): Promise<Store | null> {
  if (!flags.seed || (await store.listDocuments({ limit: 1 })).total > 0) return store;
  if ((await store.listEvents()).length === 0) for (const event of events) await store.addEvent(event);
  await store.close();
  process.stderr.write(`tally serve: the store is empty; ingesting ${flags.seed}\n`);
  const ingestModule = "./ingest.js";
  const { run } = (await import(ingestModule)) as { run: (args: string[]) => Promise<number> };
  const status = await run(["--data", flags.data, flags.seed]);
  if (status !== 0) process.stderr.write(`tally serve: ingesting ${flags.seed} reported problems (exit ${status}); serving what was stored\n`);
  return openStoreForCli("serve", flags.data);
}

/** The server's URL as a process on this machine reaches it: loopback when it listens on every address. */
export function urlFromThisMachine(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === "0.0.0.0") parsed.hostname = "127.0.0.1";
  else if (parsed.hostname === "[::]") parsed.hostname = "[::1]";
  return parsed.origin;
}

export async function run(args: string[]): Promise<number> {
  const flags = parseServeFlags(args);
  if (flags instanceof Error) {
    process.stderr.write(`tally serve: ${flags.message}\n${USAGE}\n`);
    return 2;
  }
  // A broken seed file is refused before the data folder is touched.
  const seedEvents = flags.seed ? await readSeedEvents(flags.seed) : [];
  if (seedEvents instanceof Error) {
    process.stderr.write(`tally serve: ${seedEvents.message}\n`);
    return 1;
  }
  let tls: TlsMaterial | undefined;
  if (flags.tlsCert && flags.tlsKey) {
    const read = await readTlsFiles(flags.tlsCert, flags.tlsKey);
    if (read instanceof Error) {
      process.stderr.write(`tally serve: ${read.message}\n`);
      return 1;
    }
    tls = read;
  }
  let store = await openStoreForCli("serve", flags.data);
  if (!store) return 1;
  store = await seedIfEmpty(flags, seedEvents, store);
  if (!store) return 1;
  const accounts = store.accounts;
  let recorded: RecordedServer | null = null;
  try {
    // On PGlite this server is the folder's only process: it tells report and export how to read through it.
    const localReadCredential = store.engine === "pglite" ? newLocalReadCredential() : undefined;
    const server = await startServer({ store, host: flags.host, port: flags.port, secret: process.env.TALLY_SESSION_SECRET, tls, trustProxy: flags.trustProxy, localReadCredential });
    if (localReadCredential) {
      recorded = await recordServer(flags.data, { url: urlFromThisMachine(server.url), credential: localReadCredential, ...(tls ? { certificate: tls.cert } : {}) });
    }
    for (const warning of [...(tls?.warnings ?? []), ...server.warnings]) process.stderr.write(`tally serve: ${warning}\n`);
    const users = await accounts.countUsers();
    process.stdout.write(`Tally dashboard on ${server.url}/ (${users === 0 ? "local user, no sign-in" : `${users} account${users === 1 ? "" : "s"}, sign-in required`}); Ctrl-C stops it\n`);
    const stop = async () => {
      await recorded?.remove();
      await server.close();
      await store!.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    await new Promise(() => {});
    return 0;
  } catch (error) {
    await recorded?.remove();
    await store.close();
    if (error instanceof RefusedToStart) {
      process.stderr.write(`tally serve: ${error.message}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      process.stderr.write(`tally serve: cannot listen on ${flags.host}:${flags.port} (${code})\n`);
      return 1;
    }
    throw error;
  }
}
