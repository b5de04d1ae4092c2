// Benchmark: claim extraction over about 10 MB of report text, on two corpora: the sample reports
// (repeated) and generated long, sparse documents (UN-style situation reports and live blogs, see
// sparse-reports.ts). Each corpus is timed twice:
// - whole process: `tally extract --json FILE…` over the corpus written to files, in a child pinned
//   to one CPU: start-up, reading, extraction and JSON output together. MB per CPU-second (the
//   child's user + system time) is the per-core figure; wall-clock is given beside it, but on a
//   shared machine it measures the neighbours as much as the code.
// - in process: extractDocument alone on text already in memory, after a warm-up.
// - the floor: what a whole run costs besides extracting (start-up and loading the modules,
//   reading the files, writing the JSON), and so the most MB per CPU-second a whole run could
//   reach were extraction free.
// Target (issue 8): at least 20 MB/s per core, whole process, on both corpora.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { arrayElementJson, extractReport } from "../src/cli/extract.js";
import { detectPublished } from "../src/extract/document-meta.js";
import { extractDocument } from "../src/extract/index.js";
import { readReportFile } from "../src/ingest/read-file.js";
import { repoRoot, round, type BenchResult } from "./result.js";
import { sparseCorpus } from "./sparse-reports.js";
import { syntheticReport } from "./synthetic-reports.js";

const CORPUS_BYTES = 10 * 1000 * 1000;
const TIMED_PASSES = 3;
const WHOLE_PROCESS_RUNS = 3;
const MB = 1000 * 1000;
const MIB = 1024 * 1024;

interface Corpus {
  label: string;
  description: string;
  texts: string[];
  bytes: number;
}

async function sampleTexts(): Promise<string[]> {
  const dir = join(await repoRoot(), "samples");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(".txt")).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), "utf8")));
}

function utf8Bytes(texts: string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
}

/** Cycles through the sample reports (or synthetic ones) until the corpus passes CORPUS_BYTES. */
async function samplesCorpus(): Promise<Corpus> {
  const samples = await sampleTexts();
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < CORPUS_BYTES; i++) {
    // A copy of its own for every document, as files read one by one give: V8 caches some results
    // per string (regular-expression splits and global replaces), so repeating one string object
    // would time those caches rather than the extractor.
    const text = samples.length > 0 ? Buffer.from(samples[i % samples.length]!, "utf8").toString("utf8") : syntheticReport(i);
    texts.push(text);
    bytes += Buffer.byteLength(text, "utf8");
  }
  const description = samples.length > 0 ? `${samples.length} sample reports, repeated` : "synthetic reports";
  return { label: "samples", description: `${texts.length} documents; ${description}`, texts, bytes };
}

function longSparseCorpus(): Corpus {
  const texts = sparseCorpus(CORPUS_BYTES);
  const largest = Math.max(...texts.map((text) => text.length));
  return {
    label: "long sparse",
    description: `${texts.length} generated situation reports and live blogs, the largest ${round(largest / MB)} MB`,
    texts,
    bytes: utf8Bytes(texts),
  };
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

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** CPU seconds (user + system) of the children this process has waited for; null off Linux. */
function childrenCpuSeconds(): number | null {
  try {
    // /proc/self/stat: fields 16 and 17 are cutime and cstime in clock ticks (after the command name, which may hold spaces).
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    const ticksPerSecond = 100;
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** The corpus written to files in a temporary folder, one per document, for `use`; the folder is removed after. */
async function withCorpusFiles<T>(corpus: Corpus, use: (files: string[], dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "tally-bench-extract-"));
  try {
    const files = corpus.texts.map((_, i) => join(dir, `${String(i).padStart(5, "0")}.txt`));
    await Promise.all(files.map((file, i) => writeFile(file, corpus.texts[i]!)));
    return await use(files, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `tally extract --json FILE…` as a command and its arguments, pinned to CPU 0 when `pinned`. */
async function extractCommand(files: string[], pinned: boolean): Promise<[string, string[]]> {
  const cli = [join(await repoRoot(), "bin", "tally.js"), "extract", "--json", ...files];
  return pinned ? ["taskset", ["-c", "0", process.execPath, ...cli]] : [process.execPath, cli];
}

/** Runs `tally extract --json` over the corpus's files in one child process pinned to one CPU. */
function wholeProcess(corpus: Corpus, pinned: boolean): Promise<BenchResult["figures"]> {
  return withCorpusFiles(corpus, async (files) => {
    const [command, args] = await extractCommand(files, pinned);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < WHOLE_PROCESS_RUNS; run++) {
      const nul = openSync("/dev/null", "w");
      const cpuBefore = childrenCpuSeconds();
      const started = performance.now();
      const child = spawnSync(command, args, { stdio: ["ignore", nul, "pipe"], maxBuffer: 64 * MIB });
      wall.push((performance.now() - started) / 1000);
      const cpuAfter = childrenCpuSeconds();
      closeSync(nul);
      if (child.status !== 0) throw new Error(`tally extract exited ${child.status ?? child.signal}: ${child.stderr.toString().slice(0, 500)}`);
      if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
    }
    const figures: BenchResult["figures"] = {};
    if (cpu.length > 0) figures[`${corpus.label}: whole process, MB per CPU-second (median)`] = round(corpus.bytes / MB / median(cpu));
    figures[`${corpus.label}: whole process, MB/s wall (median)`] = round(corpus.bytes / MB / median(wall));
    figures[`${corpus.label}: whole process, MB/s wall (best)`] = round(corpus.bytes / MB / Math.min(...wall));
    return figures;
  });
}

/** CPU seconds this process has used (user + system). */
function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * What a whole run costs besides extracting: start-up (the CLI on one short file, in a child pinned
 * like the whole runs), reading the corpus's files as the CLI reads them, and writing its
 * documents' JSON as the CLI writes it (both in this process, median of the passes).
 */
function floor(corpus: Corpus, pinned: boolean): Promise<BenchResult["figures"]> {
  return withCorpusFiles(corpus, async (files, dir) => {
    // Start-up is timed on a one-line report, so that it is loading, not extracting.
    const oneLine = join(dir, "one-line.txt");
    await writeFile(oneLine, "Two people were killed in the clashes, police said.\n");
    const [command, args] = await extractCommand([oneLine], pinned);
    const startUp: number[] = [];
    for (let run = 0; run < WHOLE_PROCESS_RUNS; run++) {
      const before = childrenCpuSeconds();
      spawnSync(command, args, { stdio: "ignore" });
      const after = childrenCpuSeconds();
      if (before !== null && after !== null) startUp.push(after - before);
    }
    const documents = corpus.texts.map((text) => extractReport(text, null));
    const reading: number[] = [];
    const writing: number[] = [];
    const nul = openSync("/dev/null", "w");
    try {
      for (let pass = 0; pass < TIMED_PASSES; pass++) {
        let cpu = ownCpuSeconds();
        for (const file of files) await readReportFile(file);
        reading.push(ownCpuSeconds() - cpu);
        cpu = ownCpuSeconds();
        for (const document of documents) writeSync(nul, arrayElementJson(document));
        writing.push(ownCpuSeconds() - cpu);
      }
    } finally {
      closeSync(nul);
    }
    const figures: BenchResult["figures"] = {};
    const total = (startUp.length > 0 ? median(startUp) : 0) + median(reading) + median(writing);
    if (startUp.length > 0) figures[`${corpus.label}: floor, start-up on one file, CPU s`] = round(median(startUp));
    figures[`${corpus.label}: floor, reading the files, CPU s`] = round(median(reading));
    figures[`${corpus.label}: floor, writing the JSON, CPU s`] = round(median(writing));
    figures[`${corpus.label}: whole process were extraction free, MB per CPU-second`] = round(corpus.bytes / MB / total);
    return figures;
  });
}

/** extractDocument alone, in this process, after a warm-up. */
function inProcess(corpus: Corpus): BenchResult["figures"] {
  const documents = corpus.texts.map((text) => ({ text, published: detectPublished(text) }));
  const extractAll = () => documents.reduce((claims, d) => claims + extractDocument(d.text, { published: d.published }).claims.length, 0);
  // Warm the JIT on a slice of the corpus so the timed passes measure steady state.
  let warmBytes = 0;
  for (const d of documents) {
    extractDocument(d.text, { published: d.published });
    if ((warmBytes += d.text.length) > CORPUS_BYTES / 10) break;
  }
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  let claims = 0;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    claims = extractAll();
    seconds.push((performance.now() - started) / 1000);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSeconds.push((cpu.user + cpu.system) / 1e6);
  }
  return {
    [`${corpus.label}: in process, MB per CPU-second (median)`]: round(corpus.bytes / MB / median(cpuSeconds)),
    [`${corpus.label}: in process, MB/s wall (median)`]: round(corpus.bytes / MB / median(seconds)),
    [`${corpus.label}: claims`]: claims,
  };
}

export async function bench(): Promise<BenchResult> {
  // Other work on the machine slows every figure; the load average says how much there was.
  const loadAtStart = loadavg()[0]!;
  const pinned = pinToOneCpu();
  const corpora = [await samplesCorpus(), longSparseCorpus()];
  const figures: BenchResult["figures"] = {};
  for (const corpus of corpora) {
    figures[`${corpus.label}: corpus`] = `${round(corpus.bytes / MB)} MB (${corpus.description})`;
    Object.assign(figures, await wholeProcess(corpus, pinned));
    Object.assign(figures, inProcess(corpus));
    Object.assign(figures, await floor(corpus, pinned));
  }
  figures["peak RSS of the in-process passes (MiB)"] = round((process.resourceUsage().maxRSS * 1024) / MIB);
  figures["load average at start (1 min)"] = round(loadAtStart);
  figures["load average at end (1 min)"] = round(loadavg()[0]!);
  figures["pinned to one CPU"] = pinned ? "yes (taskset)" : "no (taskset unavailable)";
  return {
    name: `extract: ${corpora.map((c) => `${c.label} ${round(c.bytes / MB)} MB`).join(", ")}; whole process ${WHOLE_PROCESS_RUNS} runs, in process ${TIMED_PASSES} passes`,
    figures,
  };
}
