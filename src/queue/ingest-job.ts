// One ingest job: an input (a report file, a page or a feed) and the settings it was enqueued with,
// run through the same ingest as `tally ingest`. Delivery is at least once: a job run again after
// its work was stored (its worker killed before the queue heard) finds every text already stored by
// its SHA-256 and adds nothing, and the store writes a document with its claims in one transaction.
// Named victims are written just after, so a job delivered again writes those of its stored texts
// once more (the list keeps one record each).
import { z } from "zod";
import { ingestOptionsFor, type IngestSettings } from "../ingest/ingest-settings.js";
import { feedItemCandidate, feedItemNetwork } from "../ingest/load-url.js";
import { todayUtc } from "../ingest/published-day.js";
import { ingestCandidates, ingestInputs, type IngestOptions, type IngestSummary } from "../ingest/run-ingest.js";
import type { Store } from "../store/store.js";

const settingsShape = {
  eventId: z.number().int().positive().optional(),
  published: z.string().regex(/^\d{4}-\d\d-\d\d$/).optional(),
  timeoutMs: z.number().positive().optional(),
  maxBytes: z.number().int().positive().optional(),
  allowPrivateAddresses: z.boolean().optional(),
};

const dateStatementSchema = z.object({
  from: z.string(),
  value: z.string(),
  day: z.string().nullable(),
  problem: z.string().optional(),
  lastResort: z.literal(true).optional(),
});

/** A job's data as stored in the queue: checked when read back, since any version of tally may have written it. */
export const ingestJobSchema = z.union([
  z.object({
    /** An absolute file path, or a page or feed URL. */
    input: z.string().min(1),
    ...settingsShape,
  }),
  z.object({
    /** One item of a watched feed, queued when a poll first saw it: read as `tally ingest FEED` reads its items. */
    feedItem: z.object({ title: z.string().nullable(), link: z.string().nullable(), dates: z.array(dateStatementSchema), content: z.string().nullable() }),
    feedTitle: z.string().nullable(),
    /** Where the feed was found, after its redirects: its origin is trusted for the item's page. */
    feedUrl: z.string().url(),
    ...settingsShape,
  }),
]);

export type IngestJob = z.infer<typeof ingestJobSchema>;

export function ingestJob(input: string, settings: IngestSettings): IngestJob {
  return { input, ...settings };
}

/** What a job is about, as messages and dead letters name it. */
export function jobInput(data: unknown): string | null {
  const job = data as { input?: unknown; feedItem?: { link?: unknown }; feedUrl?: unknown } | null;
  if (typeof job?.input === "string") return job.input;
  if (typeof job?.feedItem?.link === "string") return job.feedItem.link;
  return typeof job?.feedUrl === "string" ? `an item of ${job.feedUrl}` : null;
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
  /** This job ran before (its worker may have died after storing a document and before its named victims). */
  redelivered?: boolean;
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
  const failures: string[] = [];
  const documentIds: number[] = [];
  const options: IngestOptions = {
    onDocuments: (ids) => documentIds.push(...ids),
    // One input per job: worker threads would cost more to start than they save.
    extractWorkers: 0,
    onFailure: (message) => failures.push(message),
    ...(hooks.onWarning ? { onWarning: hooks.onWarning } : {}),
    ...(hooks.redelivered ? { namedVictimsOfStored: true } : {}),
  };
  const job = parsed.data;
  let summary: IngestSummary;
  if ("input" in job) {
    const { input, ...settings } = job;
    summary = await ingestInputs(store, [input], { ...ingestOptionsFor(settings), ...options });
  } else {
    const { feedItem, feedTitle, feedUrl, ...settings } = job;
    const ingestOptions = { ...ingestOptionsFor(settings), ...options };
    const network = feedItemNetwork(feedUrl, { ...(settings.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}) });
    const candidate = feedItemCandidate(feedItem, feedTitle, feedUrl, 0, todayUtc(), ingestOptions.limits ?? {}, network);
    summary = await ingestCandidates(store, [candidate], ingestOptions);
  }
  if (documentIds.length > 0) await hooks.afterIngest?.(documentIds);
  if (failures.length > 0) throw new IngestJobError(failures);
  return summary;
}
