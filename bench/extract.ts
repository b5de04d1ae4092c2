// Benchmark: claim extraction in one process on one core, over at least 10 MB of report text
// built from samples/*.txt (repeated), or from synthetic reports when samples/ has none.
// Target (issue 2): at least 20 MB/s per core.
import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { detectPublished } from "../src/extract/document-meta.js";
import { extractDocument } from "../src/extract/index.js";
import { repoRoot, round, type BenchResult } from "./result.js";
import { syntheticReport } from "./synthetic-reports.js";

const CORPUS_BYTES = 10 * 1000 * 1000;
const TIMED_PASSES = 3;
const MB = 1000 * 1000;
const MIB = 1024 * 1024;

interface CorpusDocument {
  text: string;
  published: string | null;
}

async function sampleTexts(): Promise<string[]> {
  const dir = join(await repoRoot(), "samples");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(".txt")).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), "utf8")));
}

/** Cycles through the sample reports (or synthetic ones) until the corpus passes CORPUS_BYTES. */
async function buildCorpus(): Promise<{ documents: CorpusDocument[]; bytes: number; source: string }> {
  const samples = await sampleTexts();
  const source = samples.length > 0 ? `${samples.length} sample reports, repeated` : "synthetic reports";
  const documents: CorpusDocument[] = [];
  let bytes = 0;
  for (let i = 0; bytes < CORPUS_BYTES; i++) {
    const text = samples.length > 0 ? samples[i % samples.length]! : syntheticReport(i);
    documents.push({ text, published: detectPublished(text) });
    bytes += Buffer.byteLength(text, "utf8");
  }
  return { documents, bytes, source };
}

/** Pins this process (all its threads, the garbage collector's too) to one CPU when taskset exists. */
function pinToOneCpu(): boolean {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", "0", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function extractAll(documents: CorpusDocument[], onDocument?: (index: number) => void): number {
  let claims = 0;
  documents.forEach((document, index) => {
    claims += extractDocument(document.text, { published: document.published }).claims.length;
    onDocument?.(index);
  });
  return claims;
}

export async function bench(): Promise<BenchResult> {
  // Other work on the machine slows every figure; the load average says how much there was.
  const loadAtStart = loadavg()[0]!;
  const pinned = pinToOneCpu();
  const { documents, bytes, source } = await buildCorpus();

  // Warm the JIT on a slice of the corpus so the timed passes measure steady state.
  extractAll(documents.slice(0, Math.min(documents.length, 200)));

  let peakHeap = process.memoryUsage().heapUsed;
  const samplePeakHeap = (index: number) => {
    if (index % 25 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const seconds: number[] = [];
  let claims = 0;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const started = performance.now();
    claims = extractAll(documents, samplePeakHeap);
    seconds.push((performance.now() - started) / 1000);
  }
  const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)]!;
  const best = Math.min(...seconds);

  return {
    name: `extract: ${round(bytes / MB)} MB of report text (${documents.length} documents; ${source}), ${TIMED_PASSES} passes`,
    figures: {
      "MB/s (median pass)": round(bytes / MB / median),
      "MB/s (best pass)": round(bytes / MB / best),
      "documents/s (median pass)": round(documents.length / median),
      "seconds per pass (median)": round(median),
      "claims per pass": claims,
      "peak RSS (MiB)": round((process.resourceUsage().maxRSS * 1024) / MIB),
      "peak heap used (MiB)": round(peakHeap / MIB),
      "corpus (MB, UTF-8)": round(bytes / MB),
      "load average at start (1 min)": round(loadAtStart),
      "pinned to one CPU": pinned ? "yes (taskset)" : "no (taskset unavailable); one process, main thread",
    },
  };
}
