// `tally export`: claims with their evidence and document, as CSV (optionally HXL-tagged) or JSON.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { METRICS, type Metric } from "../domain/claim.js";
import { claimsToCsv, claimsToJson, exportClaims } from "../report/export.js";
import { knownClaimants, loadAllClaims } from "../report/load.js";
import { findEvent } from "../store/find-event.js";
import { openReaderForCli, processIo, type CliIo } from "../report/open-store.js";

const USAGE = "usage: tally export --format csv|json [--hxl] [--data DIR] [--event E] [--metric METRIC] [--out FILE]";

export interface ExportFlags {
  format: "csv" | "json";
  hxl: boolean;
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
  const metric = values.metric;
  if (metric !== undefined && !(METRICS as readonly string[]).includes(metric)) return new Error(`--metric '${metric}' is not one of ${METRICS.join(", ")}`);
  return { format, hxl: values.hxl ?? false, data: values.data ?? "tally-data", event: values.event, metric: metric as Metric | undefined, out: values.out };
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
    if (flags.event !== undefined) {
      const event = findEvent(await store.listEvents(), flags.event);
      if (event instanceof Error) {
        io.stderr.write(`tally export: ${event.message}\n`);
        return 1;
      }
      eventId = event.id;
    }
    const claims = exportClaims(await loadAllClaims(store, { eventId, metric: flags.metric }), await knownClaimants(store));
    output = flags.format === "csv" ? claimsToCsv(claims, { hxl: flags.hxl }) : claimsToJson(claims);
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
