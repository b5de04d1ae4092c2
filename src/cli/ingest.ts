// `tally ingest [--data DIR] [--event NAME] PATH|URL|FEED_URL…`: stores reports and their claims.
import { parseArgs } from "node:util";
import type { HostResolver } from "../ingest/address-guard.js";
import { findEvent } from "../store/find-event.js";
import { REPORTS_LIST } from "../domain/victim.js";
import { implausibleDay, todayUtc } from "../ingest/published-day.js";
import { dayFlag, flagErrorExit, positiveNumberFlag } from "./flags.js";
import { progressBar } from "../ingest/progress-bar.js";
import { ingestInputs, type IngestSummary } from "../ingest/run-ingest.js";
import { ingestOptionsFor, type IngestSettings } from "../ingest/ingest-settings.js";
import { openStoreForCli, processIo, type CliIo } from "../report/open-store.js";
import { alertAfterIngest, type AfterIngest } from "../alerts/after-ingest.js";
import { openJobQueue } from "../queue/job-queue.js";
import type { Store } from "../store/store.js";

const USAGE = `usage: tally ingest [--data DIR] [--event NAME] [--published YYYY-MM-DD] [--timeout SECONDS] [--max-mb MB] [--allow-private-addresses] PATH|URL|FEED_URL…
  PATH                       a report file (.txt, .md, .html) or a folder of them
  URL, FEED_URL              a page or an RSS/Atom feed, fetched as given (with its redirects)
  --data DIR                 the store's folder (default tally-data; DATABASE_URL for PostgreSQL)
  --event NAME               put every document in this event (its id, name, or enough of its words)
  --published YYYY-MM-DD     the publication date of every report that states none (a report's own
                             date, in its header, date line, page metadata or feed, always wins)
  --timeout SECONDS          give up on a page after this long (default 20)
  --max-mb MB                refuse pages and files larger than this (default 5 for pages, 16 for files)
  --allow-private-addresses  also fetch feed items' links that resolve to loopback, private, link-local
                             or cloud metadata addresses (by default only the feed's own site and public
                             addresses are fetched)`;

const MAX_TIMEOUT_SECONDS = 3600;
const MAX_MEGABYTES = 512;

export interface IngestFlags {
  data: string;
  event?: string;
  /** YYYY-MM-DD for the reports that state no publication date. */
  published?: string;
  timeoutMs?: number;
  maxBytes?: number;
  allowPrivateAddresses: boolean;
  inputs: string[];
}

/** The CLI's streams and store, and (for tests) how host names resolve and the PostgreSQL URL (DATABASE_URL otherwise). */
export type IngestIo = CliIo & { resolveHost?: HostResolver; databaseUrl?: string };

/** The flags `tally ingest` takes, shared with `tally enqueue` (the same work, done later by a worker). */
export const INGEST_OPTIONS = {
  data: { type: "string" },
  event: { type: "string" },
  published: { type: "string" },
  timeout: { type: "string" },
  "max-mb": { type: "string" },
  "allow-private-addresses": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `today`: YYYY-MM-DD, the day --published may not be more than one day after. */
export function parseIngestFlags(args: string[], today: string = todayUtc()): IngestFlags | Error {
  let parsed;
  try {
    parsed = parseArgs({ args, options: INGEST_OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return new Error((error as Error).message);
  }
  return ingestFlagsFrom(parsed.values, parsed.positionals, today);
}

type IngestValues = { [Key in keyof typeof INGEST_OPTIONS]?: (typeof INGEST_OPTIONS)[Key] extends { type: "boolean" } ? boolean : string };

/** The ingest flags from parsed values: "help" as an Error when asked for, else each value checked. */
export function ingestFlagsFrom(values: IngestValues, positionals: string[], today: string = todayUtc()): IngestFlags | Error {
  if (values.help) return new Error("help");
  // An hour per fetch is already generous; past about 49 days the platform's timer would refuse it.
  const timeout = values.timeout === undefined ? undefined : positiveNumberFlag("--timeout", values.timeout, MAX_TIMEOUT_SECONDS, "seconds");
  if (timeout instanceof Error) return timeout;
  // A report is read whole into one string, and Node's strings stop at about 512 MiB.
  const maxMb = values["max-mb"] === undefined ? undefined : positiveNumberFlag("--max-mb", values["max-mb"], MAX_MEGABYTES, "megabytes");
  if (maxMb instanceof Error) return maxMb;
  const published = values.published === undefined ? undefined : publishedFlag(values.published, today);
  if (published instanceof Error) return published;
  if (positionals.length === 0) return new Error("nothing to ingest: give one or more files, folders, page URLs or feed URLs");
  return {
    data: values.data ?? "tally-data",
    event: values.event,
    ...(published !== undefined ? { published } : {}),
    inputs: positionals,
    allowPrivateAddresses: values["allow-private-addresses"] ?? false,
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    ...(maxMb !== undefined ? { maxBytes: Math.round(maxMb * 1024 * 1024) } : {}),
  };
}

/** The settings these flags stand for, with the event they name resolved to its id. */
export function ingestSettingsOf(flags: IngestFlags, eventId: number | undefined): IngestSettings {
  return {
    ...(eventId !== undefined ? { eventId } : {}),
    ...(flags.published !== undefined ? { published: flags.published } : {}),
    ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
    ...(flags.maxBytes !== undefined ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}),
  };
}

/** A real day (the shared day rules), and one ingest would believe of a report: neither before 1900 nor after tomorrow. */
function publishedFlag(value: string, today: string): string | Error {
  const day = dayFlag("--published", value);
  if (day instanceof Error) return day;
  const implausible = implausibleDay(day, today);
  return implausible ? new Error(`--published '${day}': ${implausible}; expected the day the reports were published`) : day;
}

/** "12 new (2 without a publication date; pass --published to date them)": what the new documents' dates mean. */
function newDocumentsText(summary: IngestSummary, published: string | undefined): string {
  const notes = [
    summary.documentsNewDatedByFlag > 0 ? `${summary.documentsNewDatedByFlag} dated ${published ? `${published} ` : ""}by --published` : null,
    summary.documentsNewUndated > 0 ? `${summary.documentsNewUndated} without a publication date; pass --published to date them` : null,
  ].filter((note) => note !== null);
  return `${summary.documentsNew} new${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}

export function formatSummary(summary: IngestSummary, published?: string): string {
  const named = summary.namedVictims > 0 ? `; named victims kept in the list '${REPORTS_LIST}': ${summary.namedVictims}` : "";
  const dated = summary.documentsSeenDated > 0 ? ` (${summary.documentsSeenDated} stored with no publication date, dated now and their claims read again)` : "";
  return `documents: ${newDocumentsText(summary, published)}, ${summary.documentsSeen} already stored${dated}, ${summary.documentsFailed} failed; claims added: ${summary.claimsAdded}${named}`;
}

export async function run(args: string[], io: IngestIo = processIo): Promise<number> {
  const flags = parseIngestFlags(args);
  if (flags instanceof Error) return flagErrorExit("ingest", flags, USAGE, io);
  const store = await openStoreForCli("ingest", flags.data, io);
  if (!store) return 1;
  try {
    let eventId: number | undefined;
    if (flags.event !== undefined) {
      const event = findEvent(await store.listEvents(), flags.event);
      if (event instanceof Error) {
        io.stderr.write(`tally ingest: --event: ${event.message}\n`);
        return 2;
      }
      eventId = event.id;
    }
    const bar = progressBar(io.stderr as Parameters<typeof progressBar>[0]);
    const changedIds: number[] = [];
    const summary = await ingestInputs(store, flags.inputs, {
      onDocuments: (ids, changed) => {
        if (changed) changedIds.push(...ids);
      },
      ...ingestOptionsFor(ingestSettingsOf(flags, eventId)),
      ...(io.resolveHost ? { resolveHost: io.resolveHost } : {}),
      onProgress: (progress) => bar.update(progress),
      onFailure: (message) => {
        bar.clear();
        io.stderr.write(`tally ingest: ${message}\n`);
      },
      onWarning: (message) => {
        bar.clear();
        io.stderr.write(`tally ingest: warning: ${message}\n`);
      },
    });
    bar.clear();
    io.stdout.write(`${formatSummary(summary, flags.published)}\n`);
    await alertsAfterCliIngest(store, changedIds, io);
    return summary.documentsFailed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/**
 * Raises the alerts the ingest caused: in the events of the documents it stored or dated, and in
 * events a worker left pending; on PostgreSQL with webhooks, their deliveries go on the queue for a
 * worker. A run that changed nothing computes nothing (an event's standing costs seconds on a large
 * store). Alerts compare an event's standing with the one last recorded, so changes a killed run
 * stored before its alerts are raised by the next run that changes the same event. The claims are
 * stored whatever happens here: a failure is a warning.
 */
async function alertsAfterCliIngest(store: Store, changedIds: number[], io: IngestIo): Promise<void> {
  const pending = await store.alerts.pendingEvents().catch(() => [] as Array<number | null>);
  if (changedIds.length === 0 && pending.length === 0) return;
  let boss;
  try {
    const databaseUrl = io.databaseUrl ?? process.env.DATABASE_URL;
    if (store.engine === "postgres" && databaseUrl && (await store.alerts.countWebhooks()) > 0) boss = await openJobQueue(databaseUrl);
    const done = await alertAfterIngest(store, changedIds, {
      ...(boss ? { boss } : {}),
      alsoEvents: pending,
      direct: {
        ...(io.resolveHost ? { resolveHost: io.resolveHost } : {}),
        onFailed: (error) => io.stderr.write(`tally ingest: warning: a webhook delivery failed after every attempt: ${error}\n`),
      },
    });
    if (done.deliveries > 0) io.stdout.write(`${alertsLine(done, store.engine)}\n`);
  } catch (error) {
    io.stderr.write(`tally ingest: warning: alerts could not be raised (${(error as Error).message}); the next ingest into the same events raises them\n`);
  } finally {
    await boss?.stop({ graceful: false }).catch(() => undefined);
  }
}

function alertsLine(done: AfterIngest, engine: Store["engine"]): string {
  const alerts = `alerts: ${done.alerts}`;
  if (engine === "postgres") return `${alerts}; webhook deliveries queued: ${done.deliveries} (a tally worker delivers them)`;
  return `${alerts}; webhook deliveries: ${done.delivered} of ${done.deliveries} delivered`;
}
