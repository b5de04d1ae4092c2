// `tally extract`: reads each report (a file, or - for stdin), extracts its casualty claims and
// prints them as the contract's JSON or as a table. One bad file is reported and skipped.
import { parseArgs } from "node:util";
import { explainDocument, extractDocument, type ExplainedDocument } from "../extract/index.js";
import type { ExtractedDocument } from "../domain/claim.js";
import { DEFAULT_MAX_BYTES, readReportFile, readStdin, type ReadResult } from "../ingest/read-file.js";
import { noLanguagePackNotice } from "../ingest/language-notice.js";
import { textReportMeta } from "../ingest/text-report-meta.js";
import { dayFlag, flagErrorExit } from "./flags.js";
import { formatDocumentExplanation } from "./format-explanation.js";
import { formatDocumentTable } from "./format-table.js";

const USAGE = `usage: tally extract [--json | --explain] [--published YYYY-MM-DD] [--max-bytes N] FILE…
  FILE            a text report; - reads standard input
  --json          print the contract's JSON (an array when several files are given)
  --explain       print each claim with the stage that decided each field and the words it read
  --published D   the publication date relative dates resolve against (default: a date line in the text)
  --max-bytes N   refuse files larger than N bytes; K, M or G suffixes allowed (default 16M)`;

export interface ExtractIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
}

const processIo: ExtractIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

export interface ExtractFlags {
  json: boolean;
  explain: boolean;
  published: string | null;
  maxBytes: number;
  files: string[];
}

const SIZE_SUFFIX: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "16777216", "16M", "512k", "1GiB" as a byte count, or null. */
export function parseByteCount(value: string): number | null {
  const match = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (!match) return null;
  const bytes = Number(match[1]) * SIZE_SUFFIX[match[2]!.toLowerCase()]!;
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/** Reads the flags; an Error naming the bad flag and what was expected when one is wrong. */
export function parseExtractFlags(args: string[]): ExtractFlags | Error {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        published: { type: "string" },
        "max-bytes": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return new Error((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return new Error("help");
  const published = values.published === undefined ? null : dayFlag("--published", values.published);
  if (published instanceof Error) return published;
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values["max-bytes"] !== undefined) {
    const parsedBytes = parseByteCount(values["max-bytes"]);
    if (parsedBytes === null) return new Error(`--max-bytes '${values["max-bytes"]}' is not a positive number of bytes (e.g. 16777216 or 16M)`);
    maxBytes = parsedBytes;
  }
  if (positionals.length === 0) return new Error("no FILE given (use - to read standard input)");
  if (values.json && values.explain) return new Error("--json and --explain cannot be combined: --explain prints text (the API's /api/claims/{id}/explain gives it as JSON)");
  return { json: values.json ?? false, explain: values.explain ?? false, published, maxBytes, files: positionals };
}

/** Extracts one decoded report, taking its date, title and outlet from the text (as ingest reads a text report) where not given. */
export function extractReport(text: string, published: string | null): ExtractedDocument {
  const meta = textReportMeta(text);
  return extractDocument(text, { published: published ?? meta.published, title: meta.title, outlet: meta.outlet, language: meta.language });
}

/** extractReport, with what decided each field of each claim. */
export function explainReport(text: string, published: string | null): ExplainedDocument {
  const meta = textReportMeta(text);
  return explainDocument(text, { published: published ?? meta.published, title: meta.title, outlet: meta.outlet, language: meta.language });
}

/** A document as an element of a JSON array indented by two spaces: what JSON.stringify(array, null, 2) writes for it. */
export function arrayElementJson(document: ExtractedDocument): string {
  return JSON.stringify([document], null, 2).slice(2, -2);
}

/** The terminal's width, or $COLUMNS when output goes to a pipe or file; undefined when neither. */
function tableWidth(io: ExtractIo): number | undefined {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const fromEnvironment = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : undefined;
}

export async function run(args: string[], io: ExtractIo = processIo): Promise<number> {
  const flags = parseExtractFlags(args);
  if (flags instanceof Error) return flagErrorExit("extract", flags, USAGE, io);

  let failed = false;
  let stdinRead: Promise<ReadResult> | undefined;
  // Each document is written as soon as it is extracted: a run over thousands of files holds no
  // claim or source text to the end, and never joins one output string of tens of megabytes
  // (joining and writing that cost more than turning the documents into JSON).
  const json = flags.json ? jsonWriter(io.stdout, flags.files.length === 1) : null;
  for (const file of flags.files) {
    // Standard input can be read once; a second "-" sees the same text.
    const read = file === "-" ? (stdinRead ??= readStdin({ maxBytes: flags.maxBytes }, io.stdin)) : readReportFile(file, { maxBytes: flags.maxBytes });
    const result = await read;
    if (!result.ok) {
      io.stderr.write(`tally extract: ${result.error}\n`);
      failed = true;
      continue;
    }
    if (result.warning) io.stderr.write(`tally extract: ${result.warning}\n`);
    let extracted: ExtractedDocument;
    try {
      extracted = flags.explain ? explainReport(result.text, flags.published) : extractReport(result.text, flags.published);
    } catch (error) {
      // A crash here is our bug, not the user's: say which file triggered it and go on.
      io.stderr.write(`tally extract: ${file}: the extractor failed (${(error as Error).message}); please report this with the file\n`);
      failed = true;
      continue;
    }
    // On standard error, so that --json output stays one JSON value.
    const notice = noLanguagePackNotice(file === "-" ? "standard input" : file, extracted.document.language);
    if (notice) io.stderr.write(`tally extract: ${notice}\n`);
    if (json) json.write(extracted);
    else if (flags.explain) io.stdout.write(`${formatDocumentExplanation(file, extracted as ExplainedDocument)}\n`);
    else io.stdout.write(`${formatDocumentTable(file, extracted, { columns: tableWidth(io) })}\n`);
  }

  json?.end();
  return failed ? 1 : 0;
}

/**
 * The --json output, written a document at a time. One file: its document; several: an array of
 * those read, byte for byte as JSON.stringify(array, null, 2) writes it ("[]" when none was read).
 */
function jsonWriter(stdout: ExtractIo["stdout"], single: boolean): { write(document: ExtractedDocument): void; end(): void } {
  let written = 0;
  return {
    write(document) {
      if (single) stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      else stdout.write(`${written === 0 ? "[\n" : ",\n"}${arrayElementJson(document)}`);
      written++;
    },
    end() {
      if (!single) stdout.write(written === 0 ? "[]\n" : "\n]\n");
    },
  };
}
