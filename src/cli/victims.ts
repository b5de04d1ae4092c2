// `tally victims import|link|list|review|decide|export`: the named-victims registry. Thin: flags are
// read here, the work is in victims/ (pure) and store/victims.ts.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { openStoreForCli, processIo, type CliIo } from "../report/open-store.js";
import { findEvent } from "../store/find-event.js";
import type { Store } from "../store/store.js";
import { readList } from "../victims/import-list.js";
import { ListFileError } from "../victims/list-file.js";
import { readFieldMap } from "../victims/list-row.js";

const USAGE = `usage: tally victims import FILE --list NAME [--map HEADER=FIELD …] [--event E] [--data DIR]
       tally victims link [--data DIR]
       tally victims list [--data DIR]
       tally victims review [--data DIR]
       tally victims decide LIST/ID LIST/ID match|not-match [--reason TEXT] [--data DIR]
       tally victims export --format csv|json [--out FILE] [--data DIR]
(list files are CSV, TSV or JSON with headers record_id, given_name, surname or full_name, sex, age, place,
 date_of_death or date, fate; --map names the field a differently named column holds)`;

const OPTIONS = {
  data: { type: "string" },
  list: { type: "string" },
  map: { type: "string", multiple: true },
  event: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  reason: { type: "string" },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : string };

async function importList(store: Store, file: string, values: Values, io: CliIo): Promise<number> {
  const list = values.list?.trim();
  if (!list) return usageError("import needs --list NAME (the list the file is)", io);
  const map = readFieldMap(values.map ?? []);
  if (map instanceof Error) return usageError(map.message, io);
  let eventId: number | null = null;
  if (values.event !== undefined) {
    const event = findEvent(await store.listEvents(), values.event);
    if (event instanceof Error) {
      io.stderr.write(`tally victims import: ${event.message}\n`);
      return 1;
    }
    eventId = event.id;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    io.stderr.write(`tally victims import: cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  let read;
  try {
    read = readList(basename(file), text, list, map);
  } catch (error) {
    if (!(error instanceof ListFileError)) throw error;
    io.stderr.write(`tally victims import: '${file}': ${error.message}\n`);
    return 1;
  }
  for (const bad of read.rejected) io.stderr.write(`${file}:${bad.line}: ${bad.problems.join("; ")}\n`);
  if (read.repeatedIds.length > 0) io.stderr.write(`${file}: record ids on more than one row (the last row stands): ${read.repeatedIds.slice(0, 10).join(", ")}${read.repeatedIds.length > 10 ? ", …" : ""}\n`);
  const { inserted, updated } = await store.victims.importRecords(read.records, eventId);
  io.stdout.write(`list '${list}': ${inserted} records added, ${updated} updated, ${read.rejected.length} rows refused\n`);
  return read.rejected.length > 0 ? 1 : 0;
}

function usageError(message: string, io: CliIo): number {
  io.stderr.write(`tally victims: ${message}\n${USAGE}\n`);
  return 2;
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return usageError((error as Error).message, io);
  }
  const values = parsed.values as Values;
  const positionals = parsed.positionals;
  if (sub !== "import") return usageError(sub ? `unknown victims command '${sub}'` : "give a command", io);
  if (positionals.length !== 1) return usageError("import takes one FILE", io);
  const store = await openStoreForCli("victims", values.data ?? "tally-data", io);
  if (!store) return 1;
  try {
    return await importList(store, positionals[0]!, values, io);
  } finally {
    await store.close();
  }
}
