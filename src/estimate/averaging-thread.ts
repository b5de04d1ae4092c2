// Model averaging off the main thread: a run over five lists takes seconds, which would stall a
// server's requests or leave a terminal silent. The worker computes exactly what the same call in
// this thread would (the computation is exact on a grid, no sampling: the same table always gives
// the same answer), and reports its progress on the way.
import { Worker } from "node:worker_threads";
import type { CaptureTable } from "./capture-table.js";
import type { AveragingOptions, AveragingProgress, ModelAveragedEstimate } from "./model-averaging.js";

export interface AveragingJob {
  table: CaptureTable;
  options: AveragingOptions;
}

export type AveragingMessage = { kind: "progress"; done: number; total: number } | { kind: "result"; result: ModelAveragedEstimate };

/**
 * Built, this module is dist/…/averaging-thread.js and its worker a .js beside it. Run from the
 * TypeScript sources (the tests, `node --import test/support/typescript-register.mjs`), the worker
 * is a .ts file and loads TypeScript the way the tests' child processes do, through those hooks.
 */
const FROM_SOURCES = import.meta.url.endsWith(".ts");
const WORKER = new URL(FROM_SOURCES ? "./averaging-worker.ts" : "./averaging-worker.js", import.meta.url);
const TYPESCRIPT_HOOKS = new URL("../../test/support/typescript-register.mjs", import.meta.url);

export function averageInWorker(table: CaptureTable, options: AveragingOptions = {}, onProgress?: AveragingProgress): Promise<ModelAveragedEstimate> {
  const job: AveragingJob = { table: { lists: [...table.lists], counts: [...table.counts] }, options };
  const worker = new Worker(WORKER, { workerData: job, execArgv: FROM_SOURCES ? ["--import", TYPESCRIPT_HOOKS.href] : [] });
  return new Promise((resolve, reject) => {
    let result: ModelAveragedEstimate | null = null;
    worker.on("message", (message: AveragingMessage) => {
      if (message.kind === "progress") onProgress?.(message.done, message.total);
      else result = message.result;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`model averaging stopped before its result (worker exit code ${code})`))));
  });
}
