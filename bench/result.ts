// What a benchmark module returns, and how the runner records it: bench/results/NAME.json holds
// the latest figures, bench/results/HISTORY.md one line per run with date, Node and commit.
import { execFileSync } from "node:child_process";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface BenchResult {
  /** What was measured, in a few words: "extract (12.3 MB of report text)". */
  name: string;
  /** Label → value; labels carry their unit: "MB/s", "peak RSS (MB)". */
  figures: Record<string, number | string>;
}

/** The repository root, found from this file whether it runs from bench/ or dist/bench/. */
export async function repoRoot(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name?: string };
      if (manifest.name === "tally") return dir;
    } catch {
      // No package.json here: keep climbing.
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The commit measured; "-dirty" when tracked files had uncommitted changes. */
function currentCommit(root: string): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty", "--abbrev=7"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

/** Rounds a figure for people: 3 significant digits below 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/** Writes results/ID.json and appends a line to results/HISTORY.md. */
export async function recordResult(id: string, result: BenchResult): Promise<string> {
  const root = await repoRoot();
  const resultsDir = join(root, "bench", "results");
  await mkdir(resultsDir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const commit = currentCommit(root);
  const record = { name: result.name, date, node: process.version, commit, cpus: (await import("node:os")).cpus().length, figures: result.figures };
  const file = join(resultsDir, `${id}.json`);
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);

  const history = join(resultsDir, "HISTORY.md");
  const existing = await readFile(history, "utf8").catch(() => "");
  const heading = existing === "" ? "# Benchmark history\n\nOne line per run of `npm run bench`: date, Node, commit, bench, figures.\n\n" : "";
  const figures = Object.entries(result.figures).map(([label, value]) => `${label}: ${value}`).join("; ");
  await appendFile(history, `${heading}- ${date} · Node ${process.version} · ${commit} · **${id}** · ${figures}\n`);
  return file;
}
