// Benchmark: the HTTP API under load on loopback with 100,000 claims stored in PGlite. autocannon drives the summary and claims endpoints; the server
// runs in a child process so the load generator does not share its event loop. Target: ≥ 500 req/s, p99 < 50 ms.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { DocumentToStore, Store } from "../src/store/store.js";
import { startServer } from "../src/server/listen.js";
import { openStore } from "../src/store/open.js";
import { syntheticClaim } from "./report.js";

const CLAIM_COUNT = 100_000;
const CLAIMS_PER_DOCUMENT = 10;
const DURATION_S = 10;
const CONNECTIONS = 10;
const TODAY = "2026-03-01";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Filled through the store's batch path (100 documents per transaction), as `tally ingest` writes. */
async function fill(store: Store, eventId: number): Promise<void> {
  const next = random(7);
  const documents = CLAIM_COUNT / CLAIMS_PER_DOCUMENT;
  let batch: DocumentToStore[] = [];
  for (let d = 0; d < documents; d++) {
    const published = Math.floor((d * 60) / documents);
    const claims = Array.from({ length: CLAIMS_PER_DOCUMENT }, (_, i) => syntheticClaim(d * CLAIMS_PER_DOCUMENT + i, next, published));
    const text = `Synthetic report ${d}.\n${claims.map((c) => c.evidence.text).join("\n")}`;
    const sha256 = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))).toString("hex");
    batch.push({ doc: { text, sha256, url: null, outlet: `Outlet ${d % 8}`, title: `Report ${d}`, published: day(published), language: "en", source: "file", eventId }, claims });
    if (batch.length === 100) {
      await store.ingestDocuments(batch, "bench");
      batch = [];
    }
  }
  await store.ingestDocuments(batch, "bench");
}

/** Child side: open a store, fill it, serve it, print the URL; stays up until killed. */
async function serveFilled(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir, databaseUrl: "" });
  const engine = "PGlite";
  const event = await store.addEvent({ name: "Synthetic crisis", region: null, since: "2026-01-01", match: ["Synthetic"] });
  const started = performance.now();
  await fill(store, event.id);
  const fillSeconds = Math.round((performance.now() - started) / 100) / 10;
  const server = await startServer({ store, host: "127.0.0.1", port: 0, today: () => TODAY });
  const warm = performance.now();
  await fetch(`${server.url}/api/summary?event=${event.id}`);
  const firstSummaryMs = Math.round(performance.now() - warm);
  process.stdout.write(`${JSON.stringify({ url: server.url, engine, fillSeconds, firstSummaryMs, eventId: event.id })}\n`);
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

async function load(url: string, paths: string[]): Promise<AutocannonResult> {
  const { default: autocannon } = (await import("autocannon" as string)) as { default: Autocannon };
  let i = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, path: paths[i++ % paths.length] }) }],
  });
}

export async function bench(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const dataDir = await mkdtemp(join(tmpdir(), "tally-bench-http-"));
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--serve", join(dataDir, "data")], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`the server process exited (${code}) before it was ready`)));
    });
    const ready = JSON.parse(line) as { url: string; engine: string; fillSeconds: number; firstSummaryMs: number; eventId: number };
    const e = ready.eventId;
    const figures: Record<string, number | string> = {
      engine: ready.engine,
      claims: CLAIM_COUNT,
      "fill (s)": ready.fillSeconds,
      "first summary, uncached (ms)": ready.firstSummaryMs,
      "load": `${CONNECTIONS} connections, ${DURATION_S} s per run, autocannon on 127.0.0.1`,
    };
    const runs: Array<[string, string[]]> = [
      ["summary", [`/api/summary?event=${e}`, `/api/summary?event=${e}&metric=killed`]],
      ["claims, filtered first pages", [`/api/claims?event=${e}&metric=killed`, `/api/claims?event=${e}&status=verified&limit=100`, `/api/claims?event=${e}&from=2026-01-10&to=2026-01-20`]],
      // 2,000 distinct pages: nearly every request misses the cache and queries the store.
      ["claims, 2,000 distinct pages", Array.from({ length: 2000 }, (_, k) => `/api/claims?event=${e}&limit=50&offset=${k * 50}`)],
    ];
    for (const [label, paths] of runs) {
      const result = await load(ready.url, paths);
      figures[`${label}: requests/s`] = Math.round(result.requests.average);
      figures[`${label}: p50 latency (ms)`] = result.latency.p50;
      figures[`${label}: p99 latency (ms)`] = result.latency.p99;
      if (result.non2xx || result.errors) figures[`${label}: failures`] = result.non2xx + result.errors;
    }
    return { name: `HTTP API under load, ${CLAIM_COUNT.toLocaleString("en-US")} claims (${ready.engine})`, figures };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--serve" && process.argv[3]) {
  serveFilled(process.argv[3]).catch((error) => {
    process.stderr.write(`bench http: ${(error as Error).stack}\n`);
    process.exit(1);
  });
}
