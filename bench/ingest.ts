// Benchmark: `tally ingest` of 10,000 generated reports from local files, into PGlite (a fresh data
// folder) and, when it answers on 127.0.0.1:5432, into PostgreSQL (a fresh database): documents/s
// (extraction included) and the process's peak memory. Targets: ≥ 500/s PGlite, ≥ 1,000/s PostgreSQL.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ingestInputs } from "../src/ingest/run-ingest.js";
import { openStore } from "../src/store/open.js";
import type { BenchResult } from "./result.js";
import { syntheticReport } from "./synthetic-reports.js";

const DOCUMENTS = Number(process.env.TALLY_BENCH_DOCUMENTS ?? 10_000);
const POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres";

/** Samples resident memory while `work` runs; returns the peak in MB. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: Math.round(peak / (1024 * 1024)) };
  } finally {
    clearInterval(timer);
  }
}

async function measure(label: string, figures: BenchResult["figures"], reports: string, open: () => ReturnType<typeof openStore>): Promise<void> {
  const store = await open();
  try {
    const started = performance.now();
    const { result, peakMb } = await withPeakMemory(() => ingestInputs(store, [reports]));
    const seconds = (performance.now() - started) / 1000;
    figures[`${label} documents/s`] = Math.round(result.documentsNew / seconds);
    figures[`${label} claims stored`] = result.claimsAdded;
    figures[`${label} failed`] = result.documentsFailed;
    figures[`${label} peak RSS (MB)`] = peakMb;
    const again = performance.now();
    await ingestInputs(store, [reports]);
    figures[`${label} re-ingest, all already stored (documents/s)`] = Math.round(DOCUMENTS / ((performance.now() - again) / 1000));
  } finally {
    await store.close();
  }
}

async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `tally_bench_ingest_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    },
  };
}

export async function bench(): Promise<BenchResult> {
  const folder = await mkdtemp(join(tmpdir(), "tally-bench-ingest-"));
  const figures: BenchResult["figures"] = { documents: DOCUMENTS };
  try {
    const reports = join(folder, "reports");
    let bytes = 0;
    for (let i = 0; i < DOCUMENTS; i++) {
      const dir = join(reports, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) await mkdir(dir, { recursive: true });
      const text = syntheticReport(i);
      bytes += Buffer.byteLength(text);
      await writeFile(join(dir, `${i}.txt`), text);
    }
    figures["corpus (MB)"] = Math.round(bytes / 1e5) / 10;
    await measure("PGlite", figures, reports, () => openStore({ dataDir: join(folder, "data"), databaseUrl: "" }));
    const database = await postgresDatabase();
    if (!database) figures["PostgreSQL"] = "not measured: nothing answers on 127.0.0.1:5432";
    else {
      try {
        await measure("PostgreSQL", figures, reports, () => openStore({ databaseUrl: database.url }));
      } finally {
        await database.drop();
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { name: `ingest (${DOCUMENTS.toLocaleString("en-US")} generated reports from local files, extraction included)`, figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { name, figures } = await bench();
  console.log(name);
  for (const [label, value] of Object.entries(figures)) console.log(`  ${label}: ${value}`);
}
