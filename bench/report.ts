// Benchmark: the report (load + reconcile) with 100,000 claims stored, on PGlite and, when it
// answers on 127.0.0.1:5432, on PostgreSQL (a fresh database). Target: under 200 ms.
// Run alone with `npm run build && node dist/bench/report.js`, or through bench/run.ts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Claim, Metric, Population, Qualifier, Status } from "../src/domain/claim.js";
import { reconcile } from "../src/reconcile/index.js";
import { knownClaimants, loadAllClaims } from "../src/store/load.js";
import { buildReportView } from "../src/views/report-view.js";
import { Ledger } from "../src/server/ledger.js";
import type { DocumentToStore, Store } from "../src/store/store.js";
import { claimFromRow } from "../src/store/rows.js";
import type { StoredClaim } from "../src/store/types.js";

export const CLAIM_COUNT = 100_000;
const CLAIMS_PER_DOCUMENT = 10;
const TODAY = "2026-03-01";
const RUNS = 7;

export const CLAIMANTS: Array<[string, Claim["claimantKind"]]> = [
  ["HRANA", "ngo"], ["Human Rights Activists News Agency", "ngo"], ["Iran Human Rights", "ngo"], ["Hengaw", "ngo"],
  ["Amnesty International", "ngo"], ["Iran International", "opposition"], ["an Iranian official", "government"],
  ["Iranian authorities", "government"], ["a senior figure in the Iranian regime", "government"], ["a reliable source", "anonymous"],
  ["rights groups", "ngo"], ["United Nations", "intergovernmental"], ["OHCHR", "intergovernmental"], ["Tasnim", "media"],
];
const OUTLETS = ["Wire A", "Paper B", "Site C", "Daily D", "Radio E", "Channel F", "Weekly G", "Agency H"];
export const METRIC_MIX: Metric[] = ["killed", "killed", "killed", "killed", "detained", "detained", "injured", "executed", "sentenced_to_death", "missing"];
export const POPULATION_MIX: Population[] = ["all", "all", "all", "protesters", "security_forces", "civilians", "children", "women"];
export const QUALIFIER_MIX: Qualifier[] = ["exact", "exact", "exact", "at_least", "more_than", "approx", "range", "up_to", "vague"];
export const STATUS_MIX: Status[] = ["reported", "reported", "verified", "estimate", "under_review"];

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(items: T[], next: () => number): T => items[Math.floor(next() * items.length)]!;

/** Documents spread evenly over the 60 days. */
function publishedDay(documentIndex: number): number {
  return Math.floor((documentIndex * 60 * CLAIMS_PER_DOCUMENT) / CLAIM_COUNT);
}

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What claimant C said about metric M for population P on day D: counts that grow over 60 days,
 * as a crisis's do. Outlets mostly repeat a claimant's figure as given, so most claims merge.
 */
function trueFigure(claimantIndex: number, metric: Metric, population: Population, dayOffset: number): number {
  const scale = (metric === "detained" ? 300 : metric === "killed" ? 50 : 10) * (1 + (claimantIndex % 5) / 4);
  return Math.round(((dayOffset + 1) * scale) / (population === "all" ? 1 : 4));
}

export function syntheticClaim(index: number, next: () => number, published: number): Claim {
  const dayOffset = Math.max(0, published - Math.floor(next() * 3));
  const metric = pick(METRIC_MIX, next);
  const population = pick(POPULATION_MIX, next);
  const claimantIndex = Math.floor(next() * CLAIMANTS.length);
  const [claimant, claimantKind] = CLAIMANTS[claimantIndex]!;
  // One figure in twenty is an outlet's slip or an update: the noise the checks exist for.
  const base = trueFigure(claimantIndex, metric, population, dayOffset) + (next() < 0.05 ? Math.round((next() - 0.5) * 500) : 0);
  const qualifier = next() < 0.8 ? "exact" : pick(QUALIFIER_MIX, next);
  const bounds: Record<Qualifier, [number | null, number | null]> = {
    exact: [base, base], at_least: [base, null], more_than: [base, null], approx: [base, base],
    range: [base, Math.round(base * 1.2)], up_to: [null, base], vague: [2000, null],
  };
  const [min, max] = bounds[qualifier];
  const text = `Synthetic sentence ${index}: ${claimant} put the ${metric} count at ${base}.`;
  return {
    metric, population, min, max, qualifier, claimant, claimantKind, status: STATUS_MIX[claimantIndex % STATUS_MIX.length]!,
    asOf: day(dayOffset), mainEvent: next() > 0.02, evidence: { text, start: 0, end: text.length },
  };
}

/**
 * The same claims as the store would hand them back, built by the store's own row mapping: objects
 * of one shape, as loaded claims are (objects built by spreading were ten times slower to walk,
 * which timed the bench's objects rather than reconciliation).
 */
export function syntheticStoredClaims(count: number): StoredClaim[] {
  const next = random(42);
  return Array.from({ length: count }, (_, i) => {
    const documentId = Math.floor(i / CLAIMS_PER_DOCUMENT) + 1;
    const c = syntheticClaim(i, next, publishedDay(documentId - 1));
    return claimFromRow({
      id: i + 1, document_id: documentId, metric: c.metric, population: c.population, min: c.min, max: c.max, qualifier: c.qualifier,
      claimant: c.claimant, claimant_kind: c.claimantKind, status: c.status, as_of: c.asOf, main_event: c.mainEvent,
      evidence_text: c.evidence.text, evidence_start: c.evidence.start, evidence_end: c.evidence.end, extractor_version: "bench",
      review_state: "auto", outlet: OUTLETS[documentId % OUTLETS.length]!, title: `Report ${documentId}`, url: `https://news.example/${documentId}`,
      published: day(publishedDay(documentId - 1)), event_id: 1,
    });
  });
}

/** Documents per write when filling: the store's batch path, as `tally ingest` uses it. */
const FILL_BATCH = 100;

async function fillStore(store: Store, count: number): Promise<void> {
  const next = random(42);
  let batch: DocumentToStore[] = [];
  for (let documentIndex = 0; documentIndex * CLAIMS_PER_DOCUMENT < count; documentIndex++) {
    const published = publishedDay(documentIndex);
    const claims = Array.from({ length: CLAIMS_PER_DOCUMENT }, (_, i) => syntheticClaim(documentIndex * CLAIMS_PER_DOCUMENT + i, next, published));
    const text = `Synthetic report ${documentIndex}.\n${claims.map((c) => c.evidence.text).join("\n")}`;
    const sha256 = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))).toString("hex");
    batch.push({
      doc: { text, sha256, url: `https://news.example/${documentIndex}`, outlet: OUTLETS[documentIndex % OUTLETS.length]!, title: `Report ${documentIndex}`, published: day(published), language: "en", source: "file" },
      claims,
    });
    if (batch.length === FILL_BATCH) {
      await store.ingestDocuments(batch, "bench");
      batch = [];
    }
  }
  await store.ingestDocuments(batch, "bench");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

async function time(runs: number, task: () => Promise<unknown> | unknown): Promise<number> {
  await task(); // warm-up: JIT and the database's caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** Times the report on one store: all metrics, and the killed count alone (the dashboard's default). */
async function timeStore(label: string, store: Store, figures: Record<string, number | string>): Promise<void> {
  const started = performance.now();
  await fillStore(store, CLAIM_COUNT);
  figures[`${label} fill 100k claims (s)`] = Math.round((performance.now() - started) / 100) / 10;
  const claimants = await knownClaimants(store);
  const report = async (metric?: Metric) => buildReportView(await loadAllClaims(store, { metric }), { event: null, today: TODAY, metric }, claimants);
  figures[`${label} load only, all metrics (ms)`] = await time(RUNS, () => loadAllClaims(store));
  figures[`${label} report, all metrics (ms)`] = await time(RUNS, () => report());
  figures[`${label} report, killed (ms)`] = await time(RUNS, () => report("killed"));
  // The server keeps the reconciliation until the store's revision moves: what a summary costs while nothing is written.
  const ledger = new Ledger(store, { today: () => TODAY });
  figures[`${label} summary from the server's cache, store unchanged (ms)`] = await time(RUNS, async () => (await ledger.view(undefined)).summaries);
  const revisionStarted = performance.now();
  await store.revision();
  figures[`${label} revision check (ms)`] = Math.round((performance.now() - revisionStarted) * 10) / 10;
}

interface StoreModule {
  openStore(options: { dataDir: string; databaseUrl?: string }): Promise<Store>;
}

async function postgresAnswers(): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres", connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database for one run, dropped afterwards. */
async function withFreshPostgres(run: (url: string) => Promise<void>): Promise<void> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres" });
  await admin.connect();
  const name = `tally_bench_report_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    await run(`postgres://postgres@127.0.0.1:5432/${name}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
    await admin.end();
  }
}

export async function bench(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const figures: Record<string, number | string> = {};
  const inMemory = syntheticStoredClaims(CLAIM_COUNT);
  figures["reconcile only, 100k claims in memory, all metrics (ms)"] = await time(RUNS, () => reconcile(inMemory, { today: TODAY }));
  const killedOnly = inMemory.filter((claim) => claim.metric === "killed");
  figures["reconcile only, killed claims in memory (ms)"] = await time(RUNS, () => reconcile(killedOnly, { today: TODAY, metrics: ["killed"] }));

  let storeModule: StoreModule | null = null;
  try {
    const modulePath = "../src/store/open.js";
    storeModule = (await import(modulePath)) as StoreModule;
  } catch (error) {
    figures["store"] = `not measured: the store could not be loaded (${(error as Error).message})`;
  }
  if (storeModule) {
    const dataDir = await mkdtemp(join(tmpdir(), "tally-bench-report-"));
    try {
      const store = await storeModule.openStore({ dataDir: join(dataDir, "data") });
      try {
        await timeStore("PGlite", store, figures);
      } finally {
        await store.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    if (await postgresAnswers()) {
      await withFreshPostgres(async (databaseUrl) => {
        const previous = process.env.DATABASE_URL;
        process.env.DATABASE_URL = databaseUrl;
        try {
          const store = await storeModule!.openStore({ dataDir: "unused", databaseUrl });
          try {
            await timeStore("PostgreSQL", store, figures);
          } finally {
            await store.close();
          }
        } finally {
          if (previous === undefined) delete process.env.DATABASE_URL;
          else process.env.DATABASE_URL = previous;
        }
      });
    } else {
      figures["PostgreSQL"] = "not measured: nothing answers on 127.0.0.1:5432";
    }
  }
  return { name: "report (load + reconcile, 100,000 claims)", figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { name, figures } = await bench();
  console.log(name);
  for (const [label, value] of Object.entries(figures)) console.log(`  ${label}: ${value}`);
}
