// The store read through the server's API (what report and export use while `tally serve` holds
// the folder) answers as the store does: every claim with every field, paged past the API's 500,
// filters kept; over HTTPS it checks the certificate the server recorded, not the name in it.
import { serve, type ServerType } from "@hono/node-server";
import { createHash, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { urlFromThisMachine } from "../src/cli/serve.js";
import { createApp } from "../src/server/app.js";
import { newLocalReadCredential } from "../src/server/local-reader.js";
import { API_PAGE_SIZE, connectToServer, ServerUnreachableError } from "../src/store/server-reader.js";
import type { ServerRecord } from "../src/store/server-record.js";
import type { Store, StoreReader } from "../src/store/store.js";
import { temporaryStore } from "./support/temporary-store.js";

const TLS = join(import.meta.dirname, "fixtures", "tls");
const certificate = readFileSync(join(TLS, "tally-test.pem"), "utf8");
const key = readFileSync(join(TLS, "tally-test.key"), "utf8");

/** Claims enough for three pages of the API, of two metrics, in documents of two events and none. */
async function fill(store: Store): Promise<void> {
  const iran = await store.addEvent({ name: "Iran protests 2025–26", region: "Iran", since: "2025-12-28", match: ["Iran"] });
  const sudan = await store.addEvent({ name: "El Fasher", region: null, since: "2025-10-25", match: ["Fasher"] });
  for (let doc = 0; doc < 12; doc++) {
    const text = `Report ${doc}. ${"Monitors said 12 people were killed and 30 detained. ".repeat(100)}`;
    const claims: Claim[] = Array.from({ length: 100 }, (_, i) => ({
      metric: i % 3 === 0 ? "detained" : "killed",
      population: i % 5 === 0 ? "protesters" : "all",
      min: doc * 100 + i,
      max: i % 7 === 0 ? null : doc * 100 + i,
      qualifier: i % 7 === 0 ? "at_least" : "exact",
      claimant: i % 4 === 0 ? null : `Monitor ${i % 9}`,
      claimantKind: i % 4 === 0 ? null : "ngo",
      status: i % 2 === 0 ? "verified" : "reported",
      asOf: i % 6 === 0 ? null : `2026-01-${String(1 + (i % 28)).padStart(2, "0")}`,
      mainEvent: i % 10 !== 0,
      evidence: { text: `Monitors said ${doc * 100 + i} people “were” killed.`, start: i, end: i + 40 },
    }));
    await store.ingestDocument(
      { text, sha256: createHash("sha256").update(text).digest("hex"), url: doc % 2 ? `https://news.example/${doc}` : null, outlet: doc % 3 ? "Wire" : null, title: `Report ${doc}`, published: "2026-01-29", language: "en", source: "file", eventId: [iran.id, sudan.id, null][doc % 3]! },
      claims,
      "test-1",
    );
  }
  const { items } = await store.listClaims({ limit: 3 });
  await store.reviewClaim(items[0]!.id, "rejected", {}, "ana");
  await store.reviewClaim(items[1]!.id, "corrected", { min: 4321, max: 4321, status: "verified" }, "ana", "the release says 4,321");
  await store.curation.editClaimant({ claimantKey: "monitor 3", claimantName: "Monitor 3", action: "rename", intoKey: null, intoName: null, intoKind: null, newName: "Third Monitor", reason: "its own name" }, "ana");
  // Victim records enough for three pages of /api/victims/persons, with a private column, a few linked.
  const victims = Array.from({ length: 2 * API_PAGE_SIZE + 100 }, (_, i) => ({
    list: i % 2 ? "hrana" : "hengaw", recordId: String(i), givenName: `Name${i}`, surname: "Karimi", fullName: null, script: "latin" as const, sex: null, age: 20 + (i % 50),
    fate: "killed" as const, date: "2026-01-10", place: null, evidence: { kind: "row" as const, file: "list.csv", line: i + 2 }, privateFields: { contact: `+98 ${i}` },
  }));
  await store.victims.importRecords(victims, iran.id);
  await store.victims.saveLinkRun(new Map([["hengaw/0", "p-1"], ["hrana/1", "p-1"], ["hengaw/2", "p-2"]]), []);
  await store.curation.dismissCheck({ checkKey: "outlier-killed-0a1b2c3d4e5f60", eventId: 1, kind: "outlier", metric: "killed", explanation: "12 is far from the others", reason: "different week" }, "ana");
}

async function listen(store: Store, credential: string, tls: boolean): Promise<{ url: string; server: ServerType }> {
  const { app } = createApp({ store, secret: Buffer.alloc(32, 7), loopback: true, localReadCredential: credential });
  const server = await new Promise<ServerType>((resolve) => {
    const options = tls ? { createServer: createHttpsServer, serverOptions: { key, cert: certificate } } : {};
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0, ...options }, () => resolve(s));
  });
  return { url: `${tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const close = (server: ServerType) => new Promise<void>((resolve) => server.close(() => resolve()));

let store: Store;
beforeAll(async () => {
  store = await temporaryStore("tally-server-reader-");
  await fill(store);
}, 120_000);
afterAll(() => store.close());

describe("the store read through the server", () => {
  let server: ServerType;
  let reader: StoreReader;
  const credential = newLocalReadCredential();
  beforeAll(async () => {
    const started = await listen(store, credential, false);
    server = started.server;
    reader = await connectToServer({ pid: process.pid, host: hostname(), url: started.url, credential }, "the-folder");
  });
  afterAll(async () => {
    await reader.close();
    await close(server);
  });

  it("lists the events and claimants the store holds", async () => {
    expect(await reader.listEvents()).toEqual(await store.listEvents());
    expect(await reader.listClaimants()).toEqual(await store.listClaimants());
  });

  it("lists the claimant edits and check dismissals in force", async () => {
    const edits = await store.curation.listClaimantEdits();
    expect(edits).toHaveLength(1);
    expect(await reader.curation.listClaimantEdits()).toEqual(edits);
    expect(await reader.curation.listCheckDismissals()).toEqual(await store.curation.listCheckDismissals());
    expect(await reader.curation.listCheckDismissals()).toHaveLength(1);
  });

  it("lists every claim, field for field, across the API's pages, as the store does", async () => {
    const all = await store.listClaims();
    expect(all.items.length).toBeGreaterThan(2 * API_PAGE_SIZE);
    expect(await reader.listClaims()).toEqual(all);
    expect(all.items.some((claim) => claim.reviewState === "corrected" && claim.min === 4321)).toBe(true);
  });

  it("lists every victim record across the API's pages, as the store does, but never a list's private fields", async () => {
    const stored = await store.victims.listRecords();
    expect(stored.length).toBeGreaterThan(2 * API_PAGE_SIZE);
    expect(await reader.victims.listRecords()).toEqual(stored.map((record) => ({ ...record, privateFields: {} })));
  });

  it("keeps the filter, the limit and the id to start after", async () => {
    const filters = [
      { eventId: 1, metric: "killed" as const },
      { population: "protesters" as const, status: "verified" as const, from: "2026-01-10", to: "2026-01-20" },
      { claimant: "monitor 3", limit: 40 },
      { reviewState: "rejected" as const },
      { afterId: 350, limit: 700 },
    ];
    for (const filter of filters) expect({ filter, page: await reader.listClaims(filter) }).toEqual({ filter, page: await store.listClaims(filter) });
  });

  it("says what it cannot do rather than answer otherwise than the store", async () => {
    await expect(reader.listClaims({ includeRejected: true })).rejects.toThrow(/cannot list claims with includeRejected or offset/);
  });

  it("is refused with a credential of another server", async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await expect(connectToServer({ pid: 4242, host: hostname(), url, credential: newLocalReadCredential() }, "the-folder")).rejects.toThrow(
      `tally serve (process 4242) at ${url} answered GET /api/events with 401: the local read credential is not this server's (a new one is made at each start)`,
    );
  });
});

describe("the store read through a server on HTTPS", () => {
  const credential = newLocalReadCredential();
  let server: ServerType;
  let record: ServerRecord;
  beforeAll(async () => {
    const started = await listen(store, credential, true);
    server = started.server;
    record = { pid: process.pid, host: hostname(), url: started.url, credential, certificateSha256: new X509Certificate(certificate).fingerprint256 };
  });
  afterAll(() => close(server));

  it("reads through it when it presents the certificate it recorded, whatever name that certificate bears", async () => {
    const reader = await connectToServer(record, "the-folder");
    try {
      expect(await reader.listClaims({ metric: "detained" })).toEqual(await store.listClaims({ metric: "detained" }));
    } finally {
      await reader.close();
    }
  });

  it("sends nothing to a server presenting another certificate, or none recorded", async () => {
    const other = { ...record, certificateSha256: record.certificateSha256!.replace(/^../, "00") };
    const refused = connectToServer(other, "the-folder");
    await expect(refused).rejects.toThrow(ServerUnreachableError);
    await expect(refused).rejects.toThrow(`does not answer at ${record.url} (ECERTMISMATCH)`);
    const { certificateSha256: _none, ...unpinned } = record;
    await expect(connectToServer(unpinned, "the-folder")).rejects.toThrow(/recorded no certificate to check it by/);
  });
});

describe("the address tally serve records", () => {
  it("is the one it listens on, or loopback when it listens on every address", () => {
    expect(urlFromThisMachine("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
    expect(urlFromThisMachine("http://0.0.0.0:8080")).toBe("http://127.0.0.1:8080");
    expect(urlFromThisMachine("https://[::]:8443")).toBe("https://[::1]:8443");
    expect(urlFromThisMachine("https://192.0.2.7:8443")).toBe("https://192.0.2.7:8443");
  });
});
