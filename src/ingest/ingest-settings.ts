// What a user chose for an ingest (its flags, less the inputs), as plain values: the same settings
// drive `tally ingest` in one process and a queued job run by `tally worker` on any machine.
import type { IngestOptions } from "./run-ingest.js";

export interface IngestSettings {
  /** Every document joins this event. */
  eventId?: number;
  /** YYYY-MM-DD: the publication day of every report that states none. */
  published?: string;
  timeoutMs?: number;
  /** The largest page or file read. */
  maxBytes?: number;
  allowPrivateAddresses?: boolean;
}

/** The ingest options these settings stand for (callbacks and test hooks are the caller's). */
export function ingestOptionsFor(settings: IngestSettings): IngestOptions {
  const limits = { ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}), ...(settings.maxBytes ? { maxBytes: settings.maxBytes } : {}) };
  return {
    ...(settings.eventId !== undefined ? { eventId: settings.eventId } : {}),
    limits,
    ...(settings.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}),
    ...(settings.maxBytes ? { maxFileBytes: settings.maxBytes } : {}),
    ...(settings.published ? { published: settings.published } : {}),
  };
}
