// A watched feed served on loopback: a worker polls it on its schedule with conditional requests,
// ingests its items without any command, and queues only the items it has not seen before.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as watch } from "../src/cli/watch.js";
import { openJobQueue, INGEST_QUEUE, QUEUE_SCHEMA } from "../src/queue/job-queue.js";
import { startWorker } from "../src/queue/run-worker.js";
import { openPostgres } from "../src/store/db.js";
import { openStore } from "../src/store/open.js";
import { createPostgresDatabase, storeEngines } from "./support/store-engines.js";
import { capturedQueueIo } from "./support/queue-io.js";
import { storedContents } from "./support/stored-claims.js";

const postgres = (await storeEngines()).find((engine) => engine.name === "postgres")!;


async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A feed whose items are pages on the same server; each change of its items changes its ETag. */
function feedServer() {
  const items: Array<{ slug: string; title: string; text: string }> = [];
  const feedRequests: Array<{ ifNoneMatch: string | null; status: number }> = [];
  let origin = "";
  const etag = () => `"v${items.length}"`;
  const feed = () =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback news</title>${items
      .map((item) => `<item><title>${item.title}</title><link>${origin}/${item.slug}</link><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item>`)
      .join("")}</channel></rss>`;
  const server: Server = createServer((request: IncomingMessage, response) => {
    if (request.url === "/feed.xml") {
      const ifNoneMatch = (request.headers["if-none-match"] as string | undefined) ?? null;
      const status = ifNoneMatch === etag() ? 304 : 200;
      feedRequests.push({ ifNoneMatch, status });
      if (status === 304) return response.writeHead(304, { etag: etag() }).end();
      return response.writeHead(200, { "content-type": "application/rss+xml", etag: etag() }).end(feed());
    }
    const item = items.find((candidate) => `/${candidate.slug}` === request.url);
    if (!item) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`${item.title}\n\nMarch 3, 2025\n\n${item.text}\n`);
  });
  return {
    items,
    feedRequests,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return `${origin}/feed.xml`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("the queue commands on the default store (PGlite)", () => {
  it("tally watch says it needs PostgreSQL and exits 2", async () => {
    const io = capturedQueueIo("");
    expect(await watch(["list"], io)).toBe(2);
    expect(io.err).toMatch(/^tally watch needs PostgreSQL: .*Set DATABASE_URL/);
  });

  it("tally watch add names what it lacks", async () => {
    const io = capturedQueueIo("postgres://unused");
    expect(await watch(["add", "https://example.org/feed.xml"], io)).toBe(2);
    expect(io.err).toMatch(/^tally watch: watch add needs --every INTERVAL \(for example --every 10m\)\n/);
  });
});

describe.skipIf(postgres.skip)("a watched feed", () => {
  let database: { url: string; drop(): Promise<void> };
  const feed = feedServer();
  let feedUrl: string;
  beforeAll(async () => {
    database = await createPostgresDatabase();
    feedUrl = await feed.start();
  });
  afterAll(async () => {
    await feed.close();
    await database?.drop();
  });

  it("has its items ingested by a worker with no command, polled with conditional requests, each new item queued once", async () => {
    feed.items.push({ slug: "first", title: "Floods in the delta", text: "At least 12 people were killed in the floods, officials said." });
    const added = capturedQueueIo(database.url);
    expect(await watch(["add", feedUrl, "--every", "1s"], added)).toBe(0);
    expect(added.out).toBe(`watching feed 1 ${feedUrl} every 1s; tally worker polls it and queues its new items\n`);

    const store = await openStore({ databaseUrl: database.url });
    const db = await openPostgres(database.url);
    const boss = await openJobQueue(database.url, { supervise: true, connections: 4 });
    const worker = await startWorker(boss, store, { concurrency: 2, exitWhenEmpty: false, feeds: { db } });
    try {
      const documents = async () => (await storedContents(database.url)).documents.length;
      await until("the first item stored", async () => (await documents()) === 1);
      // The next polls send the ETag back and get a 304 with no body.
      await until("a poll answered 304", async () => feed.feedRequests.some((request) => request.status === 304));
      expect(feed.feedRequests[0]).toEqual({ ifNoneMatch: null, status: 200 });
      expect(feed.feedRequests.find((request) => request.status === 304)).toEqual({ ifNoneMatch: '"v1"', status: 304 });

      feed.items.push({ slug: "second", title: "Toll rises in the delta", text: "At least 20 people were killed and 5 are missing, officials said." });
      await until("the second item stored", async () => (await documents()) === 2);
      // The changed feed still lists the first item: it was not queued again.
      const jobs = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1`, [INGEST_QUEUE]);
      expect(jobs.rows[0]!.n).toBe(2);

      const listed = capturedQueueIo(database.url);
      expect(await watch(["list"], listed)).toBe(0);
      expect(listed.out).toMatch(new RegExp(`^1  ${feedUrl.replace(/[.?]/g, "\\$&")}  every 1s, 2 items queued\\n   last poll \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d: (new items|no new items|not modified); next poll \\d{4}-`));
    } finally {
      await worker.stop();
      await worker.finished;
      await db.close();
      await store.close();
    }
  });
});
