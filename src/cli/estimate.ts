// `tally estimate --counts FILE [--json]`: multiple systems estimation from a capture table.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeCsvProblem, readCaptureTableCsv } from "../estimate/capture-table-csv.js";
import { estimatePopulation } from "../estimate/estimate.js";
import { estimateToJson, formatEstimateText } from "../estimate/estimate-view.js";
import { describeReadError } from "../ingest/read-file.js";

const USAGE = `usage: tally estimate --counts FILE [--json]
  --counts FILE   a capture table as CSV: one 0/1 column per list (named in the header) and a
                  'count' column, one row per pattern of lists; the all-zero pattern is left out
  --json          print the models, the selected one and the spread across plausible models as JSON`;

export interface EstimateIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readText(path: string): Promise<string>;
}

const processIo: EstimateIo = { stdout: process.stdout, stderr: process.stderr, readText: (path) => readFile(path, "utf8") };

export async function run(args: string[], io: EstimateIo = processIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { counts: { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } }, strict: true }));
  } catch (error) {
    io.stderr.write(`tally estimate: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.counts) {
    io.stderr.write(`tally estimate: --counts FILE is required\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readText(values.counts);
  } catch (error) {
    io.stderr.write(`tally estimate: ${describeReadError(values.counts, error)}\n`);
    return 1;
  }
  const read = readCaptureTableCsv(text);
  if (!read.table) {
    for (const problem of read.problems) io.stderr.write(`tally estimate: ${values.counts} ${describeCsvProblem(problem)}\n`);
    return 1;
  }
  const estimate = estimatePopulation(read.table);
  io.stdout.write(values.json ? `${JSON.stringify(estimateToJson(estimate), null, 2)}\n` : formatEstimateText(estimate));
  if (estimate.method === "refused") {
    io.stderr.write(`tally estimate: no estimate from ${values.counts}: ${estimate.reason}\n`);
    return 1;
  }
  return 0;
}
