// `npm run bench [-- NAME…]`: runs every benchmark in bench/ (or the named ones), each in its own
// process so one bench's memory peak and JIT state do not leak into the next, and records results.
//
// To add a benchmark, write bench/NAME.ts exporting `async function bench(): Promise<BenchResult>`
// (see result.ts); the runner finds it by name. Results land in bench/results/NAME.json and
// bench/results/HISTORY.md.
import { spawnSync } from "node:child_process";
import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { recordResult, type BenchResult } from "./result.js";

const here = dirname(fileURLToPath(import.meta.url));
/** Modules in bench/ that are machinery or shared helpers, not benchmarks. */
const NOT_BENCHES = new Set(["run", "result", "report-folder", "scratch-postgres", "synthetic-reports", "synthetic-victims", "victim-names", "sparse-reports"]);

async function benchNames(): Promise<string[]> {
  const files = await readdir(here);
  return files
    .filter((file) => file.endsWith(".js"))
    .map((file) => basename(file, ".js"))
    .filter((name) => !NOT_BENCHES.has(name) && !name.endsWith(".test"))
    .sort();
}

function printResult(result: BenchResult): void {
  console.log(result.name);
  const width = Math.max(...Object.keys(result.figures).map((label) => label.length));
  for (const [label, value] of Object.entries(result.figures)) console.log(`  ${label.padEnd(width)}  ${value}`);
}

/** Runs one bench module in this process: the child side of the runner. */
async function runOne(name: string): Promise<number> {
  const module = (await import(pathToFileURL(join(here, `${name}.js`)).href)) as { bench?: () => Promise<BenchResult> };
  if (typeof module.bench !== "function") {
    console.error(`bench: ${name} does not export bench(); skipped`);
    return 0;
  }
  const result = await module.bench();
  printResult(result);
  const file = await recordResult(name, result);
  console.log(`  (recorded in ${file})`);
  return 0;
}

async function main(args: string[]): Promise<number> {
  if (args[0] === "--one" && args[1]) return runOne(args[1]);
  const available = await benchNames();
  const unknown = args.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`bench: no benchmark named ${unknown.map((name) => `'${name}'`).join(", ")}; available: ${available.join(", ")}`);
    return 2;
  }
  const selected = args.length > 0 ? args : available;
  let failed = 0;
  for (const name of selected) {
    console.log(`\n== ${name}`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--one", name], { stdio: "inherit" });
    if (child.status !== 0) {
      console.error(`bench: ${name} failed (exit ${child.status ?? child.signal})`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
