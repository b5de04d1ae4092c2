// Alerts end to end: a receiver on loopback gets a signed POST when a source's figure changes, when
// a new source appears and when a check fires; the same report ingested again alerts no one. On
// PGlite tally ingest delivers; on PostgreSQL the deliveries go through the queue to a worker, and
// the worker's own ingests raise alerts too.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run as enqueue } from "../src/cli/enqueue.js";
import { run as ingest } from "../src/cli/ingest.js";
import { run as webhook } from "../src/cli/webhook.js";
import { run as worker } from "../src/cli/worker.js";
import { alertAfterIngest } from "../src/alerts/after-ingest.js";
import { raiseAlerts, raiseAlertsForEvents } from "../src/alerts/raise-alerts.js";
import { verifyWebhookSignature } from "../src/alerts/signature.js";
import { ingestInputs } from "../src/ingest/run-ingest.js";
import { createApp } from "../src/server/app.js";
import { openStore } from "../src/store/open.js";
import { createPostgresDatabase, storeEngines } from "./support/store-engines.js";
import { openTestStore } from "./support/temporary-store.js";
import { startWebhookReceiver, type ReceivedPost, type WebhookReceiver } from "./support/webhook-receiver.js";

const SECRET = "s3cret-for-the-receiver-only";
const postgres = (await storeEngines()).find((engine) => engine.name === "postgres")!;

const REPORTS = {
  a: "Protest deaths rise\n\nMarch 3, 2025\n\nThe rights group HRANA said 100 people were killed in the protests.\n",
  b: "Protest deaths rise again\n\nMarch 5, 2025\n\nThe rights group HRANA said 150 people were killed in the protests.\n",
  ministry: "Officials speak\n\nMarch 6, 2025\n\nThe health ministry said 90 people were killed in the protests.\n",
  falls: "A lower count\n\nMarch 8, 2025\n\nThe rights group HRANA said 120 people were killed in the protests.\n",
};

function captured(open: (dataDir: string, command: string) => Promise<import("../src/store/store.js").Store>, databaseUrl = "") {
  const io = {
    out: "",
    err: "",
    databaseUrl,
    openStore: open,
    stdout: { write: (text: string) => (io.out += text) },
    stderr: { write: (text: string) => (io.err += text) },
  };
  return io;
}

/** The body of a POST, after checking its signature with the secret. */
function verified(post: ReceivedPost): Record<string, any> {
  const timestamp = post.headers["x-tally-timestamp"] as string | undefined;
  const signature = post.headers["x-tally-signature"] as string | undefined;
  expect(verifyWebhookSignature(SECRET, post.body, timestamp, signature)).toBe(true);
  expect(verifyWebhookSignature("another-secret-of-length", post.body, timestamp, signature)).toBe(false);
  expect(post.headers["content-type"]).toBe("application/json; charset=utf-8");
  return JSON.parse(post.body);
}

let folder: string;
let receiver: WebhookReceiver;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-alerts-"));
  for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(folder, `${name}.txt`), text);
});
afterAll(() => rm(folder, { recursive: true, force: true }));
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(() => receiver.close());

const file = (name: keyof typeof REPORTS) => join(folder, `${name}.txt`);

function expectFigureChanged(body: Record<string, any>, oldFigure: string, newFigure: string, asOf: string): void {
  expect(body).toMatchObject({
    kind: "figure_changed",
    event: null,
    claimant: { name: "HRANA" },
    metric: "killed",
    population: "all",
    old: { figure: oldFigure },
    new: { figure: newFigure, asOf, evidence: `The rights group HRANA said ${newFigure} people were killed in the protests.` },
  });
  expect(body.new.document).toMatchObject({ title: expect.any(String), published: asOf });
  expect(body.summary).toBe(`HRANA: people killed ${oldFigure} → ${newFigure} (as of ${asOf})`);
  expect(typeof body.id).toBe("number");
}

describe("alerts on PGlite: tally ingest delivers them", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = join(folder, `data-${Math.random().toString(36).slice(2)}`);
  });
  const io = () => captured(openTestStore);

  it("posts a signed alert when a source's figure changes, once however often the report is ingested", async () => {
    const added = io();
    expect(await webhook(["add", receiver.url, "--secret", SECRET, "--allow-private-addresses", "--data", dataDir], added)).toBe(0);
    expect(added.out).toBe(`webhook 1: ${receiver.url}\n`);

    const first = io();
    expect(await ingest([file("a"), "--data", dataDir], first)).toBe(0);
    expect(first.out).toContain("alerts: 1; webhook deliveries: 1 of 1 delivered\n");
    expect(receiver.received).toHaveLength(1);
    expect(verified(receiver.received[0]!)).toMatchObject({ kind: "new_source", claimant: { name: "HRANA" }, old: null, new: { figure: "100" } });

    expect(await ingest([file("b"), "--data", dataDir], io())).toBe(0);
    expect(receiver.received).toHaveLength(2);
    expectFigureChanged(verified(receiver.received[1]!), "100", "150", "2025-03-05");

    const again = io();
    expect(await ingest([file("b"), file("a"), "--data", dataDir], again)).toBe(0);
    expect(again.out).not.toContain("alerts:");
    expect(receiver.received).toHaveLength(2);

  });

  it("alerts a new source and a check that fires (a cumulative count that falls), each once", async () => {
    expect(await webhook(["add", receiver.url, "--secret", SECRET, "--allow-private-addresses", "--kind", "new_source,check_raised", "--data", dataDir], io())).toBe(0);
    expect(await ingest([file("b"), "--data", dataDir], io())).toBe(0);
    expect(await ingest([file("ministry"), "--data", dataDir], io())).toBe(0);
    const bodies = () => receiver.received.map(verified);
    expect(bodies().map((body) => [body.kind, body.claimant?.name])).toEqual([
      ["new_source", "HRANA"],
      ["new_source", expect.not.stringMatching(/HRANA/)],
    ]);
    expect(await ingest([file("falls"), "--data", dataDir], io())).toBe(0);
    const falling = bodies().filter((body) => body.kind === "check_raised");
    expect(falling.map((body) => body.check.kind)).toContain("cumulative_falls");
    const check = falling.find((body) => body.check.kind === "cumulative_falls")!;
    expect(check.summary).toBe(`New check: ${check.check.explanation}`);
    expect(check.claims.map((claim: { figure: string }) => claim.figure).sort()).toEqual(["120", "150"]);
    // figure_changed is not among this webhook's kinds; the alert is still stored for the dashboard.
    expect(bodies().some((body) => body.kind === "figure_changed")).toBe(false);
    const store = await openTestStore(dataDir);
    try {
      expect((await store.alerts.listAlerts()).map((alert) => alert.kind)).toContain("figure_changed");
    } finally {
      await store.close();
    }
    const count = receiver.received.length;
    expect(await ingest([file("falls"), file("ministry"), "--data", dataDir], io())).toBe(0);
    expect(receiver.received).toHaveLength(count);
  });

  it("retries a delivery the receiver refused, and reports one that failed every attempt", async () => {
    const store = await openTestStore(dataDir);
    try {
      await store.alerts.addWebhook({ url: receiver.url, secret: SECRET, eventId: null, kinds: [], allowPrivate: true });
      const failed: string[] = [];
      const ingestAndAlert = async (name: keyof typeof REPORTS) => {
        const ids: number[] = [];
        await ingestInputs(store, [file(name)], { extractWorkers: 0, onDocuments: (more) => ids.push(...more) });
        return alertAfterIngest(store, ids, { direct: { delaysMs: [10, 10], onFailed: (error) => failed.push(error) } });
      };
      receiver.answers.push(503);
      expect(await ingestAndAlert("a")).toEqual({ alerts: 1, deliveries: 1, delivered: 1 });
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[0]!.body).toBe(receiver.received[1]!.body);
      expect(receiver.received[0]!.headers["x-tally-delivery"]).toBe(receiver.received[1]!.headers["x-tally-delivery"]);

      receiver.answers.push(500, 500, 500);
      expect(await ingestAndAlert("b")).toEqual({ alerts: 1, deliveries: 1, delivered: 0 });
      expect(receiver.received).toHaveLength(5);
      expect(failed).toEqual([`${receiver.url}: the receiver answered 500`]);
      const [listed] = await store.alerts.listWebhooks();
      expect(listed).toMatchObject({ delivered: 1, pending: 0, failed: 1, lastError: `${receiver.url}: the receiver answered 500` });

      // The dashboard's overview lists the alerts, newest first, with the document behind each.
      const { app } = createApp({ store, secret: Buffer.from("s"), loopback: true, today: () => "2025-03-10" });
      const page = await (await app.request("http://127.0.0.1:8080/")).text();
      const section = page.slice(page.indexOf("<h2>Recent alerts</h2>"));
      expect(section).toMatch(/<span class="badge">figure changed<\/span> HRANA: people killed 100 → 150 \(as of 2025-03-05\) <a href="\/documents\/\d+">document<\/a>/);
      expect(section.indexOf("figure changed")).toBeLessThan(section.indexOf("new source"));
    } finally {
      await store.close();
    }
  });

  it("refuses a webhook URL that is not http(s), a private address unless allowed, and a short secret", async () => {
    const refused = async (args: string[]) => {
      const run = io();
      expect(await webhook(["add", ...args, "--data", dataDir], run)).toBe(2);
      return run.err.split("\n")[0];
    };
    expect(await refused(["file:///etc/passwd", "--secret", SECRET])).toBe("tally webhook: 'file:///etc/passwd': a file: address; a webhook must be http:// or https://");
    expect(await refused([receiver.url, "--secret", SECRET])).toBe(
      `tally webhook: '${receiver.url}': refused: 127.0.0.1 is a loopback address; pass --allow-private-addresses to deliver to it`,
    );
    expect(await refused(["http://169.254.169.254/latest", "--secret", SECRET])).toMatch(/^tally webhook: 'http:\/\/169\.254\.169\.254\/latest': refused: 169\.254\.169\.254 is /);
    expect(await refused(["https://hooks.example.org/x", "--secret", "short"])).toBe("tally webhook: --secret: 5 characters; expected 16 to 200");
    expect(await refused(["https://hooks.example.org/x"])).toBe("tally webhook: add: --secret is required: the receiver checks every delivery's signature with it");

    expect(await webhook(["add", "https://hooks.example.org/x", "--secret", SECRET, "--kind", "figure_changed", "--data", dataDir], io())).toBe(0);
    const listed = io();
    expect(await webhook(["list", "--data", dataDir], listed)).toBe(0);
    expect(listed.out).toBe("1\thttps://hooks.example.org/x\tevery event; figure_changed\t0 delivered, 0 pending, 0 failed\n");
    const removed = io();
    expect(await webhook(["remove", "1", "--data", dataDir], removed)).toBe(0);
    expect(removed.out).toBe("webhook 1 removed\n");
    const again = io();
    expect(await webhook(["remove", "1", "--data", dataDir], again)).toBe(1);
    expect(again.err).toBe("tally webhook: no webhook 1 (see tally webhook list)\n");
  });
});

describe.skipIf(postgres.skip)("alerts on PostgreSQL: delivered through the queue by a worker", () => {
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    database = await createPostgresDatabase();
  });
  afterAll(() => database?.drop());
  const io = () => captured(() => openStore({ databaseUrl: database.url }), database.url);

  it("queues a signed alert for each change, from tally ingest and from a worker's ingest, never twice", async () => {
    expect(await webhook(["add", receiver.url, "--secret", SECRET, "--allow-private-addresses"], io())).toBe(0);

    const first = io();
    expect(await ingest([file("a")], first)).toBe(0);
    expect(first.out).toContain("alerts: 1; webhook deliveries queued: 1 (a tally worker delivers them)\n");
    expect(receiver.received).toHaveLength(0);
    expect(await worker(["--exit-when-empty"], io())).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expect(verified(receiver.received[0]!)).toMatchObject({ kind: "new_source", new: { figure: "100" } });

    // Report B through the queue: the worker stores it, raises the alert and delivers it.
    expect(await enqueue([file("b")], io())).toBe(0);
    expect(await worker(["--exit-when-empty"], io())).toBe(0);
    expect(receiver.received).toHaveLength(2);
    expectFigureChanged(verified(receiver.received[1]!), "100", "150", "2025-03-05");

    // The same job again (a retry after a crash looks the same): stored already, nothing changed.
    expect(await enqueue([file("b")], io())).toBe(0);
    expect(await ingest([file("b")], io())).toBe(0);
    expect(await worker(["--exit-when-empty"], io())).toBe(0);
    expect(receiver.received).toHaveLength(2);
  });

  it("alerts a change once when several processes compute the same event's standing at once", async () => {
    const other = await createPostgresDatabase();
    const stores = await Promise.all([0, 1, 2].map(() => openStore({ databaseUrl: other.url })));
    try {
      const ids: number[] = [];
      await ingestInputs(stores[0]!, [file("a"), file("ministry")], { extractWorkers: 0, onDocuments: (more) => ids.push(...more) });
      const raised = await Promise.all(stores.map((store) => raiseAlerts(store, ids)));
      expect(raised.map((each) => each.alerts.length).sort()).toEqual([0, 0, 2]);
      await ingestInputs(stores[1]!, [file("b")], { extractWorkers: 0 });
      await stores[2]!.alerts.markPending([null]);
      const swept = await Promise.all(stores.map((store) => raiseAlertsForEvents(store, [null], { onlyIfPending: true })));
      expect(swept.flatMap((each) => each.alerts.map((alert) => alert.summary))).toEqual(["HRANA: people killed 100 → 150 (as of 2025-03-05)"]);
      expect(await stores[0]!.alerts.pendingEvents()).toEqual([]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await other.drop();
    }
  });
});
