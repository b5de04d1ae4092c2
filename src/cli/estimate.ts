// `tally estimate --counts FILE | [--event E] [--fate F] [--json]`: multiple systems estimation from a
// capture table, read from a CSV or built from the linked victims registry.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { FATES, type Fate } from "../domain/victim.js";
import { describeCsvProblem, readCaptureTableCsv } from "../estimate/capture-table-csv.js";
import type { CaptureTable } from "../estimate/capture-table.js";
import { estimatePopulationOffThread, type Estimate, type OffThreadOptions } from "../estimate/estimate.js";
import { estimateToJson, formatEstimateText, tableToJson } from "../estimate/estimate-view.js";
import { estimateRegistryOffThread } from "../estimate/registry-estimate.js";
import type { RegistrySelection } from "../estimate/registry-table.js";
import { describeReadError } from "../ingest/read-file.js";
import { openStoreForCli, processIo as processCliIo, type CliIo } from "../report/open-store.js";
import { findEvent } from "../store/find-event.js";
import type { Store } from "../store/store.js";

const USAGE = `usage: tally estimate --counts FILE [--json]
       tally estimate [--event E] [--fate F] [--data DIR] [--json]
  --counts FILE   a capture table as CSV: one 0/1 column per list (named in the header) and a
                  'count' column, one row per pattern of lists; the all-zero pattern is left out
  (without --counts the table is built from the linked victims registry: a person's pattern is the
   lists holding any of its records, names from reports not counted as a list)
  --event E       only records of this event (id or name)
  --fate F        only persons of this fate: ${FATES.join(", ")}
  --data DIR      the data folder (default tally-data)
  --json          print the table, the models, the selected one and the spread across plausible models as JSON`;

export interface EstimateIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readText(path: string): Promise<string>;
  /** The store the registry is read from; the data folder's when absent. */
  openStore?: CliIo["openStore"];
}

const processIo: EstimateIo = { stdout: process.stdout, stderr: process.stderr, readText: (path) => readFile(path, "utf8") };

const OPTIONS = {
  counts: { type: "string" },
  event: { type: "string" },
  fate: { type: "string" },
  data: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h" },
} as const;

function usageError(message: string, io: EstimateIo): number {
  io.stderr.write(`tally estimate: ${message}\n${USAGE}\n`);
  return 2;
}

/** Tenths of a model-averaging run told on stderr, so a long run is not silent (stdout stays the result). */
function progressTo(io: EstimateIo): OffThreadOptions {
  let told = 0;
  return {
    onProgress(done, total) {
      const tenths = Math.floor((10 * done) / total);
      if (tenths <= told) return;
      told = tenths;
      io.stderr.write(`tally estimate: model averaging ${tenths * 10} % (${total.toLocaleString("en-US")} values of the number missing)\n`);
    },
  };
}

/** Prints an estimate and its table; `source` names where the table came from in a refusal. */
function printEstimate(table: CaptureTable, estimate: Estimate, source: string, json: boolean, io: EstimateIo): number {
  io.stdout.write(json ? `${JSON.stringify({ ...estimateToJson(estimate), table: tableToJson(table) }, null, 2)}\n` : formatEstimateText(estimate));
  if (estimate.method === "refused") {
    io.stderr.write(`tally estimate: no estimate from ${source}: ${estimate.reason}\n`);
    return 1;
  }
  return 0;
}

async function fromCountsFile(path: string, json: boolean, io: EstimateIo): Promise<number> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    io.stderr.write(`tally estimate: ${describeReadError(path, error)}\n`);
    return 1;
  }
  const read = readCaptureTableCsv(text);
  if (!read.table) {
    for (const problem of read.problems) io.stderr.write(`tally estimate: ${path} ${describeCsvProblem(problem)}\n`);
    return 1;
  }
  return printEstimate(read.table, await estimatePopulationOffThread(read.table, progressTo(io)), path, json, io);
}

async function fromRegistry(store: Store, values: { event?: string; fate?: Fate; json: boolean }, io: EstimateIo): Promise<number> {
  const selection: RegistrySelection = {};
  let source = "the linked registry";
  if (values.event !== undefined) {
    const event = findEvent(await store.listEvents(), values.event);
    if (event instanceof Error) {
      io.stderr.write(`tally estimate: ${event.message}\n`);
      return 1;
    }
    selection.eventId = event.id;
    source += ` for event ${event.id} "${event.name}"`;
  }
  if (values.fate !== undefined) {
    selection.fate = values.fate;
    source += `${values.event !== undefined ? "," : ""} persons ${values.fate}`;
  }
  const result = await estimateRegistryOffThread(await store.victims.listRecords(), selection, progressTo(io));
  if (result.kind === "refused") {
    io.stderr.write(`tally estimate: no estimate from ${source}: ${result.reason}\n`);
    return 1;
  }
  return printEstimate(result.table, result.estimate, source, values.json, io);
}

export async function run(args: string[], io: EstimateIo = processIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true }));
  } catch (error) {
    return usageError((error as Error).message, io);
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.counts !== undefined) {
    const extra = (["event", "fate", "data"] as const).filter((name) => values[name] !== undefined);
    if (extra.length) return usageError(`--counts reads a table from its file; ${extra.map((name) => `--${name}`).join(", ")} select from the registry and cannot go with it`, io);
    return fromCountsFile(values.counts, values.json, io);
  }
  const fate = values.fate;
  if (fate !== undefined && !(FATES as readonly string[]).includes(fate)) return usageError(`--fate '${fate}' is not one of ${FATES.join(", ")}`, io);
  const cliIo: CliIo = { openStore: io.openStore ?? processCliIo.openStore, stdout: io.stdout, stderr: io.stderr };
  const store = await openStoreForCli("estimate", values.data ?? "tally-data", cliIo);
  if (!store) return 1;
  try {
    return await fromRegistry(store, { ...(values.event === undefined ? {} : { event: values.event }), ...(fate === undefined ? {} : { fate: fate as Fate }), json: values.json }, io);
  } finally {
    await store.close();
  }
}
