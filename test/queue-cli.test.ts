// The job queue's commands: refused with the reason on the default PGlite store; on PostgreSQL,
// jobs queued, run by a worker, retried and dead-lettered, and `tally queue` saying where they stand.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as enqueue } from "../src/cli/enqueue.js";
import { run as queue } from "../src/cli/queue.js";
import { run as worker } from "../src/cli/worker.js";
import { runIngestJob } from "../src/queue/ingest-job.js";
import { INGEST_QUEUE, openJobQueue } from "../src/queue/job-queue.js";
import { openStore } from "../src/store/open.js";
import { createPostgresDatabase, storeEngines } from "./support/store-engines.js";
import { capturedQueueIo } from "./support/queue-io.js";
import { storedContents } from "./support/stored-claims.js";

const postgres = (await storeEngines()).find((engine) => engine.name === "postgres")!;


describe("the queue commands on the default store (PGlite)", () => {
  it.each([
    ["enqueue", enqueue, ["samples"]],
    ["worker", worker, ["--exit-when-empty"]],
    ["queue", queue, []],
  ] as const)("tally %s says it needs PostgreSQL and how to give it, and exits 2", async (name, command, args) => {
    const io = capturedQueueIo("");
    expect(await command([...args], io)).toBe(2);
    expect(io.err).toBe(
      `tally ${name} needs PostgreSQL: the job queue lives in the database that workers on any machine share. ` +
        "Set DATABASE_URL (for example postgres://user@host:5432/tally); the default store, a PGlite data folder, " +
        "serves one process at a time, so ingest into it with tally ingest instead\n",
    );
    expect(io.out).toBe("");
  });
});

describe.skipIf(postgres.skip)("the queue on PostgreSQL", () => {
  let folder: string;
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-queue-cli-"));
    for (let i = 0; i < 3; i++) {
      await writeFile(join(folder, `r${i}.txt`), `Flooding report ${i}\n\nMarch ${i + 3}, 2025\n\nAt least ${i + 10} people were killed, officials said.\n`);
    }
    database = await createPostgresDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("refuses a path that does not exist before queueing anything", async () => {
    const io = capturedQueueIo(database.url);
    expect(await enqueue([folder, join(folder, "missing.txt")], io)).toBe(2);
    expect(io.err).toBe(`tally enqueue: ${join(folder, "missing.txt")}: no such file or folder\n`);
  });

  it("runs each queued report once, dead-letters a job that fails every attempt, and tally queue shows both", async () => {
    const queued = capturedQueueIo(database.url);
    // Port 1 on loopback refuses at once: the job fails, is retried once a second later, then is a dead letter.
    expect(await enqueue([folder, "http://127.0.0.1:1/report", "--allow-private-addresses", "--retries", "1", "--retry-delay", "1"], queued)).toBe(0);
    expect(queued.out).toBe("queued 4 ingest jobs; tally worker runs them, tally queue shows where they stand\n");

    const before = capturedQueueIo(database.url);
    expect(await queue([], before)).toBe(0);
    expect(before.out).toBe(["ingest jobs:", "  waiting 4", "  running 0", "  done    0", "  failed  0", "dead letters: none", ""].join("\n"));

    const working = capturedQueueIo(database.url);
    expect(await worker(["--exit-when-empty", "--concurrency", "2"], working)).toBe(0);
    expect(working.out).toMatch(/^jobs: 3 done, 2 attempts failed \(retried later, or dead letters: see tally queue\); documents: 3 new/);
    expect(working.err).toContain("http://127.0.0.1:1/report: cannot fetch (ECONNREFUSED) (attempt 1 of 2; it will be retried)");
    expect(working.err).toContain("(attempt 2 of 2; now a dead letter)");

    const after = capturedQueueIo(database.url);
    expect(await queue([], after)).toBe(0);
    const lines = after.out.split("\n");
    expect(lines.slice(0, 3)).toEqual(["ingest jobs:", "  waiting 0", "  running 0"]);
    expect(lines[3]).toMatch(/^ {2}done {4}3 {2}3\.0\/min over the last minute, 0\.2\/min over the last 15 minutes$/);
    expect(lines[4]).toMatch(/^ {2}failed {2}1 {2}1\.0\/min over the last minute/);
    expect(lines[5]).toBe("dead letters: 1, each a job that failed every attempt:");
    expect(lines[6]).toMatch(/^ {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}http:\/\/127\.0\.0\.1:1\/report: cannot fetch \(ECONNREFUSED\)$/);

    const json = capturedQueueIo(database.url);
    expect(await queue(["--json"], json)).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ waiting: 0, retrying: 0, running: 0, done: { jobs: 3 }, failed: { jobs: 1 }, deadLetters: { total: 1 } });
    expect((await storedContents(database.url)).documents).toHaveLength(3);
  });

  it("delivers a job again when its worker dies after storing its report and before the queue heard, and the store keeps one copy", async () => {
    const input = join(folder, "crashed.txt");
    await writeFile(input, "Quake report\n\nMarch 11, 2025\n\nAt least 70 people were killed and 300 were injured, officials said.\n");
    expect(await enqueue([input, "--job-timeout", "1", "--retry-delay", "1"], capturedQueueIo(database.url))).toBe(0);
    // A worker's first steps, by hand: take the job, store its report, then die before completing it.
    const boss = await openJobQueue(database.url);
    const store = await openStore({ databaseUrl: database.url });
    try {
      const [job] = await boss.fetch(INGEST_QUEUE);
      expect(await runIngestJob(store, job!.data)).toMatchObject({ documentsNew: 1, claimsAdded: 2 });
      const stored = await storedContents(database.url);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      // What a live worker's maintenance does: the job ran past its timeout, so it is taken as lost.
      await boss.expire();
      const working = capturedQueueIo(database.url);
      expect(await worker(["--exit-when-empty"], working)).toBe(0);
      expect(working.out).toBe("jobs: 1 done; documents: 0 new, 1 already stored, 0 failed; claims added: 0\n");
      expect(await storedContents(database.url)).toEqual(stored);
    } finally {
      await store.close();
      await boss.stop({ graceful: false });
    }
  });

  it("writes the named victims of a report stored by a run that died before writing them, when its job is delivered again", async () => {
    const input = join(folder, "named.txt");
    await writeFile(input, "Crackdown report\n\nMarch 12, 2025\n\nOrsolya Brenn, 31, was killed on 10 March in the capital, the rights group said.\n");
    const store = await openStore({ databaseUrl: database.url });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const records = async () => (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM victim_record WHERE evidence->>'sentence' LIKE 'Orsolya Brenn%'")).rows[0]!.n;
      expect(await runIngestJob(store, { input })).toMatchObject({ documentsNew: 1, namedVictims: 1 });
      // The first run's worker died between the document and its named victims: none were written.
      await client.query("DELETE FROM victim_record WHERE evidence->>'sentence' LIKE 'Orsolya Brenn%'");
      const claims = await storedContents(database.url);
      expect(await runIngestJob(store, { input }, { redelivered: true })).toMatchObject({ documentsNew: 0, documentsSeen: 1, claimsAdded: 0, namedVictims: 1 });
      expect(await records()).toBe(1);
      expect(await runIngestJob(store, { input }, { redelivered: true })).toMatchObject({ documentsSeen: 1, claimsAdded: 0 });
      expect(await records()).toBe(1);
      expect(await storedContents(database.url)).toEqual(claims);
    } finally {
      await client.end();
      await store.close();
    }
  });

  it("adds nothing when a job runs again after its work was stored (its worker killed before the queue heard)", async () => {
    const store = await openStore({ databaseUrl: database.url });
    try {
      const input = join(folder, "again.txt");
      await writeFile(input, "Storm report\n\nMarch 9, 2025\n\nAt least 40 people were killed and 12 are missing, officials said.\n");
      const first = await runIngestJob(store, { input });
      expect(first).toMatchObject({ documentsNew: 1, claimsAdded: 2 });
      const before = await storedContents(database.url);
      const again = await runIngestJob(store, { input });
      expect(again).toMatchObject({ documentsNew: 0, documentsSeen: 1, claimsAdded: 0 });
      expect(await storedContents(database.url)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
