// One ingest job: an input (a report file, a page or a feed) and the settings it was enqueued with,
// run through the same ingest as `tally ingest`. Delivery is at least once: a job run again after
// its work was stored (its worker killed before the queue heard) finds every text already stored by
// its SHA-256 and adds nothing, and the store writes a document with its claims in one transaction.
import { z } from "zod";
import { ingestOptionsFor, type IngestSettings } from "../ingest/ingest-settings.js";
import { ingestInputs, type IngestSummary } from "../ingest/run-ingest.js";
import type { Store } from "../store/store.js";

/** A job's data as stored in the queue: checked when read back, since any version of tally may have written it. */
export const ingestJobSchema = z.object({
  /** An absolute file path, or a page or feed URL. */
  input: z.string().min(1),
  eventId: z.number().int().positive().optional(),
  published: z.string().regex(/^\d{4}-\d\d-\d\d$/).optional(),
  timeoutMs: z.number().positive().optional(),
  maxBytes: z.number().int().positive().optional(),
  allowPrivateAddresses: z.boolean().optional(),
});

export type IngestJob = z.infer<typeof ingestJobSchema>;

export function ingestJob(input: string, settings: IngestSettings): IngestJob {
  return { input, ...settings };
}

/** Why a job failed: each input's failure, one line each, as `tally ingest` prints them. */
export class IngestJobError extends Error {
  constructor(readonly failures: string[]) {
    super(failures.join("; "));
    this.name = "IngestJobError";
  }
}

export interface IngestJobHooks {
  onWarning?(message: string): void;
  /**
   * Runs after the ingest with the documents it stored or found stored (the alerts); a throw fails
   * the job, and its retry, finding the documents stored, runs this again.
   */
  afterIngest?(documentIds: number[]): Promise<void>;
}

/**
 * Runs one job; throws when its data is not a job's or any of its documents failed (the queue then
 * retries it, and the documents already stored are skipped by their hash).
 */
export async function runIngestJob(store: Store, data: unknown, hooks: IngestJobHooks = {}): Promise<IngestSummary> {
  const parsed = ingestJobSchema.safeParse(data);
  if (!parsed.success) throw new IngestJobError([`not an ingest job (${parsed.error.issues.map((issue) => `${issue.path.join(".") || "data"}: ${issue.message}`).join(", ")})`]);
  const { input, ...settings } = parsed.data;
  const failures: string[] = [];
  const documentIds: number[] = [];
  const summary = await ingestInputs(store, [input], {
    onDocuments: (ids) => documentIds.push(...ids),
    ...ingestOptionsFor(settings),
    // One input per job: worker threads would cost more to start than they save.
    extractWorkers: 0,
    onFailure: (message) => failures.push(message),
    ...(hooks.onWarning ? { onWarning: hooks.onWarning } : {}),
  });
  if (documentIds.length > 0) await hooks.afterIngest?.(documentIds);
  if (failures.length > 0) throw new IngestJobError(failures);
  return summary;
}
