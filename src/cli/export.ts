// `tally export`: claims with their evidence and document, as CSV (optionally HXL-tagged) or JSON;
// the JSON carries the house-rule views too, and `--house-rules` writes them as their own CSV table.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { METRICS, type Metric } from "../domain/claim.js";
import { isDay } from "../domain/day.js";
import { claimsToCsv, claimsToJson, exportClaims } from "../report/export.js";
import { houseRulesByEvent, houseRulesToCsv } from "../report/house-rules-export.js";
import { knownClaimants, loadAllClaims, loadCuration } from "../store/load.js";
import { openReaderForCli, processIo, todayUtc, type CliIo } from "../report/open-store.js";
import { findEvent } from "../store/find-event.js";

const USAGE = "usage: tally export --format csv|json [--hxl] [--house-rules] [--as-of YYYY-MM-DD] [--data DIR] [--event E] [--metric METRIC] [--out FILE]";

export interface ExportFlags {
  format: "csv" | "json";
  hxl: boolean;
  /** CSV: the house-rule views instead of the claims (the JSON export always carries both). */
  houseRules: boolean;
  /** YYYY-MM-DD the house-rule views describe; claims dated later are left out of them. */
  today: string;
  data: string;
  event?: string;
  metric?: Metric;
  out?: string;
}

export function parseExportFlags(args: string[]): ExportFlags | Error {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: "string" },
        hxl: { type: "boolean", default: false },
        "house-rules": { type: "boolean", default: false },
        "as-of": { type: "string" },
        data: { type: "string" },
        event: { type: "string" },
        metric: { type: "string" },
        out: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return new Error((error as Error).message);
  }
  const format = values.format;
  if (format !== "csv" && format !== "json") return new Error(format === undefined ? "--format is required (csv or json)" : `--format '${format}' is not csv or json`);
  if (values.hxl && format !== "csv") return new Error("--hxl adds a hashtag row to CSV; use it with --format csv");
  if (values["house-rules"] && format !== "csv") return new Error("--house-rules writes the views as a CSV table; the JSON export already carries them (houseRulesByEvent)");
  const metric = values.metric;
  if (metric !== undefined && !(METRICS as readonly string[]).includes(metric)) return new Error(`--metric '${metric}' is not one of ${METRICS.join(", ")}`);
  const today = values["as-of"] ?? todayUtc();
  if (!isDay(today)) return new Error(`--as-of '${today}' is not a date in the form YYYY-MM-DD`);
  return { format, hxl: values.hxl ?? false, houseRules: values["house-rules"] ?? false, today, data: values.data ?? "tally-data", event: values.event, metric: metric as Metric | undefined, out: values.out };
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const flags = parseExportFlags(args);
  if (flags instanceof Error) {
    io.stderr.write(`tally export: ${flags.message}\n${USAGE}\n`);
    return 2;
  }
  const store = await openReaderForCli("export", flags.data, io);
  if (!store) return 1;
  let output: string;
  try {
    let eventId: number | undefined;
    const events = await store.listEvents();
    if (flags.event !== undefined) {
      const event = findEvent(events, flags.event);
      if (event instanceof Error) {
        io.stderr.write(`tally export: ${event.message}\n`);
        return 1;
      }
      eventId = event.id;
    }
    const stored = await loadAllClaims(store, { eventId, metric: flags.metric });
    const claimants = await knownClaimants(store);
    const { claimantEdits } = await loadCuration(store);
    const views = () => houseRulesByEvent(stored, events, flags.today, claimants, claimantEdits);
    if (flags.format === "csv") output = flags.houseRules ? houseRulesToCsv(views(), { hxl: flags.hxl }) : claimsToCsv(exportClaims(stored, claimants, claimantEdits), { hxl: flags.hxl });
    else output = claimsToJson(exportClaims(stored, claimants, claimantEdits), views());
  } finally {
    await store.close();
  }
  if (!flags.out) {
    io.stdout.write(output);
    return 0;
  }
  try {
    await writeFile(flags.out, output);
  } catch (error) {
    io.stderr.write(`tally export: cannot write '${flags.out}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  return 0;
}
