// A worker thread that runs the extractor for ingest, so the database's work (PGlite in the main
// thread, or round trips to PostgreSQL) overlaps with extraction. Messages in: jobs; out: results.
import { parentPort } from "node:worker_threads";
import type { ExtractOptions } from "../extract/index.js";
import { extractForIngest, type ExtractJob, type ExtractReply } from "./extract-pool.js";

parentPort?.on("message", (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { id: job.id, ok: true, ...extractForIngest(job.text, job.options as ExtractOptions) };
  } catch (error) {
    reply = { id: job.id, ok: false, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
