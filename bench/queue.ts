// Benchmark: the job queue. Generated reports are queued (one job each) in a fresh PostgreSQL
// database, then drained by 1, 2 and 4 `tally worker` processes (4 jobs at a time each), every run
// on a database of its own: documents/s from the workers' start to the last one's exit (their
// start-up included), and the largest peak RSS of a worker. Needs PostgreSQL on 127.0.0.1:5432.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findReportFiles } from "../src/ingest/walk.js";
import { enqueueJobs } from "../src/queue/enqueue-inputs.js";
import { openJobQueue } from "../src/queue/job-queue.js";
import { repoRoot, type BenchResult } from "./result.js";
import { writeReportFolder } from "./report-folder.js";
import { freshPostgresDatabase } from "./scratch-postgres.js";

/** 20,000 (the figure) takes about half an hour per worker count on the shared 2-core machine. */
const DOCUMENTS = Number(process.env.TALLY_BENCH_QUEUE_DOCUMENTS ?? 2_000);
const WORKER_COUNTS = [1, 2, 4];
const CONCURRENCY = 4;

/** A process's peak resident memory so far in MB (Linux's VmHWM), or null where /proc does not tell. */
async function peakRssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  } catch {
    return null;
  }
}

/** Runs `workers` worker processes until the queue is empty; resolves with the seconds and the largest peak RSS. */
async function drain(root: string, databaseUrl: string, workers: number): Promise<{ seconds: number; peakMb: number | null; failures: string }> {
  const started = performance.now();
  let peak: number | null = null;
  let failures = "";
  const runs = Array.from({ length: workers }, () => {
    const child = spawn(process.execPath, [join(root, "bin/tally.js"), "worker", "--concurrency", String(CONCURRENCY), "--exit-when-empty"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (failures += chunk));
    const sample = setInterval(() => {
      void peakRssMb(child.pid!).then((mb) => (peak = mb === null ? peak : Math.max(peak ?? 0, mb)));
    }, 200);
    return new Promise<void>((resolve, reject) =>
      child.once("exit", (code) => {
        clearInterval(sample);
        if (code === 0) resolve();
        else reject(new Error(`a worker exited with ${code}: ${failures}`));
      }),
    );
  });
  await Promise.all(runs);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak, failures };
}

export async function bench(): Promise<BenchResult> {
  const root = await repoRoot();
  const folder = await mkdtemp(join(tmpdir(), "tally-bench-queue-"));
  const figures: BenchResult["figures"] = { documents: DOCUMENTS, "jobs at a time per worker": CONCURRENCY };
  try {
    const { reports } = await writeReportFolder(folder, DOCUMENTS);
    const files = await findReportFiles(reports);
    for (const workers of WORKER_COUNTS) {
      const database = await freshPostgresDatabase(`queue_${workers}`);
      if (!database) {
        figures.PostgreSQL = "not measured: nothing answers on 127.0.0.1:5432";
        break;
      }
      try {
        const boss = await openJobQueue(database.url);
        const queuing = performance.now();
        await enqueueJobs(boss, files, {});
        figures[`${workers} worker${workers === 1 ? "" : "s"}: enqueue (jobs/s)`] = Math.round(files.length / ((performance.now() - queuing) / 1000));
        await boss.stop({ graceful: false });
        const { seconds, peakMb, failures } = await drain(root, database.url, workers);
        figures[`${workers} worker${workers === 1 ? "" : "s"}: documents/s`] = Math.round(DOCUMENTS / seconds);
        figures[`${workers} worker${workers === 1 ? "" : "s"}: largest worker peak RSS (MB)`] = peakMb ?? "not measured (no /proc)";
        if (failures.trim()) figures[`${workers} worker${workers === 1 ? "" : "s"}: messages`] = failures.trim().split("\n").length;
      } finally {
        await database.drop();
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { name: `queue (${DOCUMENTS.toLocaleString("en-US")} generated reports queued, drained by worker processes on PostgreSQL)`, figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { name, figures } = await bench();
  console.log(name);
  for (const [label, value] of Object.entries(figures)) console.log(`  ${label}: ${value}`);
}
