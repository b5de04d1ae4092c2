// `tally report`: where each count stands for an event: summary, checks with evidence, series.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { renderStaticReport } from "../views/static-report.js";
import { METRICS, type Metric } from "../domain/claim.js";
import { knownClaimants, loadAllClaims, loadCuration } from "../store/load.js";
import { findEvent } from "../store/find-event.js";
import { renderReportText } from "../report/text.js";
import { buildReportView, reportToJson, type ReportCuration, type ReportView } from "../views/report-view.js";
import type { StoredClaim } from "../store/types.js";
import { openReaderForCli, processIo, todayUtc, type CliIo } from "../report/open-store.js";
import { dayFlag } from "./flags.js";
import { registryEstimateSummary } from "../estimate/estimate-summary.js";
import { registryStanding } from "../victims/registry-standing.js";
import type { StoreReader } from "../store/store.js";

const USAGE = "usage: tally report [--data DIR] [--event E] [--metric METRIC] [--as-of YYYY-MM-DD] [--json | --html FILE]";

export interface ReportFlags {
  data: string;
  event?: string;
  metric?: Metric;
  today: string;
  json: boolean;
  /** Write one self-contained HTML file here instead of printing. */
  html?: string;
}

/** Reads the flags; a message naming the bad flag when one is wrong. */
export function parseReportFlags(args: string[]): ReportFlags | Error {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: "string" },
        event: { type: "string" },
        metric: { type: "string" },
        "as-of": { type: "string" },
        json: { type: "boolean", default: false },
        html: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return new Error((error as Error).message);
  }
  const metric = values.metric;
  if (metric !== undefined && !(METRICS as readonly string[]).includes(metric)) {
    return new Error(`--metric '${metric}' is not one of ${METRICS.join(", ")}`);
  }
  const today = values["as-of"] === undefined ? todayUtc() : dayFlag("--as-of", values["as-of"]);
  if (today instanceof Error) return today;
  if (values.html !== undefined && values.json) return new Error("--html and --json cannot be used together");
  if (values.html === "") return new Error("--html needs a file name");
  return { data: values.data ?? "tally-data", event: values.event, metric: metric as Metric | undefined, today, json: values.json ?? false, html: values.html };
}

/** One view per event (and one for unassigned documents); one view in all when no events exist. */
function viewsByEvent(
  claims: StoredClaim[],
  events: Array<{ id: number; name: string }>,
  flags: ReportFlags,
  claimants: Parameters<typeof buildReportView>[2],
  curation: ReportCuration,
): ReportView[] {
  const scope = { today: flags.today, metric: flags.metric };
  if (events.length === 0) return [buildReportView(claims, { ...scope, event: null }, claimants, curation)];
  const byEvent = new Map<number | null, StoredClaim[]>();
  for (const claim of claims) {
    const group = byEvent.get(claim.eventId);
    if (group) group.push(claim);
    else byEvent.set(claim.eventId, [claim]);
  }
  const views = events.map((event) => buildReportView(byEvent.get(event.id) ?? [], { ...scope, event: { id: event.id, name: event.name } }, claimants, curation));
  const unassigned = byEvent.get(null);
  if (unassigned?.length) views.push(buildReportView(unassigned, { ...scope, event: { id: 0, name: "Documents in no event" } }, claimants, curation));
  return views;
}

/**
 * Each event's view with the victims registry's counts (and, for the HTML report, its estimate)
 * beside it, read from the store or through the running `tally serve` holding it. The text and JSON
 * reports skip the estimate: model averaging takes seconds.
 */
async function withRegistry(views: ReportView[], store: StoreReader, estimate: boolean): Promise<ReportView[]> {
  const records = await store.victims.listRecords();
  const withCounts: ReportView[] = [];
  for (const view of views) {
    // "Documents in no event" (id 0) counts the records imported with no event; it gets no estimate of its own.
    if (view.event?.id === 0) withCounts.push({ ...view, registry: registryStanding(records, null) });
    else {
      const registry = registryStanding(records, view.event?.id);
      withCounts.push(estimate ? { ...view, registry, estimate: await registryEstimateSummary(records, view.event?.id) } : { ...view, registry });
    }
  }
  return withCounts;
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const flags = parseReportFlags(args);
  if (flags instanceof Error) {
    io.stderr.write(`tally report: ${flags.message}\n${USAGE}\n`);
    return 2;
  }
  const store = await openReaderForCli("report", flags.data, io);
  if (!store) return 1;
  try {
    const events = await store.listEvents();
    const claimants = await knownClaimants(store);
    // What analysts curated on the dashboard (claimant edits, dismissed checks) holds here too.
    const curation = await loadCuration(store);
    let views: ReportView[];
    if (flags.event !== undefined) {
      const event = findEvent(events, flags.event);
      if (event instanceof Error) {
        io.stderr.write(`tally report: ${event.message}\n`);
        return 1;
      }
      const claims = await loadAllClaims(store, { eventId: event.id, metric: flags.metric });
      views = [buildReportView(claims, { event: { id: event.id, name: event.name }, today: flags.today, metric: flags.metric }, claimants, curation)];
    } else {
      views = viewsByEvent(await loadAllClaims(store, { metric: flags.metric }), events, flags, claimants, curation);
    }
    if (flags.html !== undefined) {
      views = await withRegistry(views, store, true);
      await writeFile(flags.html, renderStaticReport(views, { generatedAt: new Date().toISOString() }));
      io.stderr.write(`tally report: wrote ${flags.html}\n`);
      return 0;
    }
    views = await withRegistry(views, store, false);
    io.stdout.write(flags.json ? reportToJson(views) : views.map(renderReportText).join("\n"));
    return 0;
  } finally {
    await store.close();
  }
}
