// The worker thread of averaging-thread.ts: one model-averaging run on the table it is given,
// telling the parent its progress, then the result. Nothing else runs here.
import { parentPort, workerData } from "node:worker_threads";
import { averageOverDecomposableModels } from "./model-averaging.js";
import type { AveragingJob, AveragingMessage } from "./averaging-thread.js";

const { table, options } = workerData as AveragingJob;
const post = (message: AveragingMessage) => parentPort!.postMessage(message);
const result = averageOverDecomposableModels(table, options, (done, total) => post({ kind: "progress", done, total }));
post({ kind: "result", result });
