// The job queue's promise: two workers drain a queue of 1,200 reports, one of them killed with
// SIGKILL midway, and the store ends with every report once and exactly the claims a one-process
// `tally ingest` of the same reports stores. The killed worker's running jobs stay "active" until
// their timeout, then the other worker's maintenance hands them out again; their reports, stored or
// not before the kill, are found by their SHA-256 and never stored twice.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticReport } from "../bench/synthetic-reports.js";
import { QUEUE_SCHEMA, INGEST_QUEUE } from "../src/queue/job-queue.js";
import { createPostgresDatabase, storeEngines } from "./support/store-engines.js";
import { storedContents } from "./support/stored-claims.js";
import { runTally, spawnTally } from "./support/tally-process.js";

const REPORTS = 1200;
/** The worker is killed once this many reports are stored: a quarter of the way. */
const KILL_AT = 300;
const postgres = (await storeEngines()).find((engine) => engine.name === "postgres")!;

/** A short report: the generator's headline, date line and first two paragraphs (a few claims). */
function smallReport(index: number): string {
  return `${syntheticReport(index).split("\n").slice(0, 7).join("\n")}\n`;
}

async function count(databaseUrl: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe.skipIf(postgres.skip)("two workers, one killed midway", () => {
  let folder: string;
  let reports: string;
  let reference: { url: string; drop(): Promise<void> };
  let queued: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-queue-crash-"));
    reports = join(folder, "reports");
    for (let i = 0; i < REPORTS; i++) {
      const sub = join(reports, `batch-${Math.floor(i / 100)}`);
      if (i % 100 === 0) await mkdir(sub, { recursive: true });
      await writeFile(join(sub, `report-${String(i).padStart(4, "0")}.txt`), smallReport(i));
    }
    reference = await createPostgresDatabase();
    queued = await createPostgresDatabase();
  });
  afterAll(async () => {
    await reference?.drop();
    await queued?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("stores every report once, with exactly the claims of a one-process ingest", async () => {
    const oneProcess = await runTally(["ingest", reports], { env: { DATABASE_URL: reference.url } });
    expect(oneProcess.stderr).toBe("");
    expect(oneProcess.stdout).toMatch(new RegExp(`^documents: ${REPORTS} new`));

    const env = { DATABASE_URL: queued.url };
    // A job left running by the killed worker is taken as lost after 5 s and retried a second or two later.
    const enqueued = await runTally(["enqueue", reports, "--job-timeout", "5", "--retry-delay", "1"], { env });
    expect(enqueued.stdout).toBe(`queued ${REPORTS.toLocaleString("en-US")} ingest jobs; tally worker runs them, tally queue shows where they stand\n`);

    const started = performance.now();
    const workers = [0, 1].map(() => spawnTally(["worker", "--concurrency", "2", "--exit-when-empty"], { env }));
    const outputs = workers.map((child) => {
      let text = "";
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      return () => text;
    });
    const exits = workers.map((child) => new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))));

    let stored = 0;
    while (stored < KILL_AT) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Until the first worker has opened the store, its tables do not exist (42P01).
      stored = await count(queued.url, "SELECT count(*) AS n FROM document").catch((error: { code?: string }) => {
        if (error.code === "42P01") return 0;
        throw error;
      });
    }
    workers[0]!.kill("SIGKILL");
    expect(await exits[0]).toEqual({ code: null, signal: "SIGKILL" });
    const survivor = await exits[1];
    expect(survivor, outputs[1]!()).toEqual({ code: 0, signal: null });
    const seconds = (performance.now() - started) / 1000;

    const status = await runTally(["queue", "--json"], { env });
    expect(JSON.parse(status.stdout)).toMatchObject({ waiting: 0, retrying: 0, running: 0, done: { jobs: REPORTS }, failed: { jobs: 0 }, deadLetters: { total: 0 } });

    // The kill caught the worker mid-job: some job was delivered twice (its report stored before the kill or not).
    const delivered = `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = '${INGEST_QUEUE}' AND retry_count > 0`;
    const redelivered = await count(queued.url, delivered);
    const storedBeforeAck = await count(queued.url, `${delivered} AND (output->>'documentsSeen')::int > 0`);
    console.log(`queue-crash: drained in ${seconds.toFixed(1)} s; ${redelivered} jobs delivered again after the kill, ${storedBeforeAck} of them stored before it`);
    expect(redelivered).toBeGreaterThan(0);

    const expected = await storedContents(reference.url);
    const actual = await storedContents(queued.url);
    expect(expected.documents).toHaveLength(REPORTS);
    expect(new Set(expected.documents).size).toBe(REPORTS);
    expect(actual.documents).toEqual(expected.documents);
    expect(actual.claims.length).toBe(expected.claims.length);
    expect(actual.claims).toEqual(expected.claims);
  });
});
