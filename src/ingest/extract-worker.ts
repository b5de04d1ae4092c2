// A worker thread that runs the extractor for ingest, so the database's work (PGlite in the main
// thread, or round trips to PostgreSQL) overlaps with extraction. Messages in: jobs; out: results.
import { parentPort } from "node:worker_threads";
import { extractDocument, type ExtractOptions } from "../extract/index.js";
import type { ExtractJob, ExtractReply } from "./extract-pool.js";

parentPort?.on("message", (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    const extracted = extractDocument(job.text, job.options as ExtractOptions);
    reply = { id: job.id, ok: true, claims: extracted.claims, language: extracted.document.language };
  } catch (error) {
    reply = { id: job.id, ok: false, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
