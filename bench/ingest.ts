// Benchmark: `tally ingest` of 10,000 generated reports from local files, into PGlite (a fresh data
// folder) and, when it answers on 127.0.0.1:5432, into PostgreSQL (a fresh database): documents/s
// (extraction included) and the process's peak memory. Targets: ≥ 500/s PGlite, ≥ 1,000/s PostgreSQL.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ingestInputs } from "../src/ingest/run-ingest.js";
import { openStore } from "../src/store/open.js";
import type { BenchResult } from "./result.js";
import { writeReportFolder } from "./report-folder.js";
import { freshPostgresDatabase } from "./scratch-postgres.js";

const DOCUMENTS = Number(process.env.TALLY_BENCH_DOCUMENTS ?? 10_000);

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

export async function bench(): Promise<BenchResult> {
  const folder = await mkdtemp(join(tmpdir(), "tally-bench-ingest-"));
  const figures: BenchResult["figures"] = { documents: DOCUMENTS };
  try {
    const { reports, bytes } = await writeReportFolder(folder, DOCUMENTS);
    figures["corpus (MB)"] = Math.round(bytes / 1e5) / 10;
    await measure("PGlite", figures, reports, () => openStore({ dataDir: join(folder, "data"), databaseUrl: "" }));
    const database = await freshPostgresDatabase("ingest");
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
