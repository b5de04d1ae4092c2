// `tally victims import|link|list|review|decide|export`: the named-victims registry. Thin: flags are
// read here, the work is in victims/ (pure) and store/victims.ts.
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { openStoreForCli, processIo, type CliIo } from "../report/open-store.js";
import { findEvent } from "../store/find-event.js";
import type { Store } from "../store/store.js";
import { linkStoredRecords } from "../store/victims-link.js";
import { exportVictimRecords, victimRecordsToCsv, victimRecordsToJson } from "../report/victims-export.js";
import { readList } from "../victims/import-list.js";
import { groupPersons, summariseRegistry } from "../victims/registry.js";
import { recordKey, type StoredVictimRecord } from "../domain/victim.js";
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

async function link(store: Store, io: CliIo): Promise<number> {
  const result = await linkStoredRecords(store);
  const summary = summariseRegistry(groupPersons(await store.victims.listRecords()));
  io.stdout.write(
    `${result.records} records linked into ${result.personCount} persons (${summary.onSeveralLists} on two or more lists); ` +
      `${result.comparedPairs} pairs compared, ${result.reviewPairs.length} to review, ${result.decisions} reviewer decisions applied\n`,
  );
  return 0;
}

async function listPersons(store: Store, io: CliIo): Promise<number> {
  const persons = groupPersons(await store.victims.listRecords());
  const summary = summariseRegistry(persons);
  for (const person of persons) {
    io.stdout.write(`${person.personId}  ${person.fate ?? "fate unknown"}  lists: ${person.lists.join(", ")}\n`);
    for (const record of person.records) io.stdout.write(`    ${describeRecord(recordKey(record), record)}\n`);
  }
  io.stdout.write(`\n${summary.records} records, ${summary.persons} persons, ${summary.onSeveralLists} on two or more lists\n`);
  io.stdout.write(`persons per fate: ${Object.entries(summary.personsPerFate).filter(([, n]) => n > 0).map(([fate, n]) => `${fate} ${n}`).join(", ")}\n`);
  io.stdout.write(`per list (records / persons): ${Object.keys(summary.recordsPerList).sort().map((list) => `${list} ${summary.recordsPerList[list]} / ${summary.personsPerList[list]}`).join(", ")}\n`);
  io.stdout.write("overlap (persons named by exactly these lists):\n");
  for (const { lists, persons: count } of summary.overlap) io.stdout.write(`    ${lists.join(" + ")}: ${count}\n`);
  return 0;
}

async function review(store: Store, io: CliIo): Promise<number> {
  const pairs = await store.victims.listReviewPairs();
  if (pairs.length === 0) {
    io.stdout.write("no pairs to review (run tally victims link after importing lists)\n");
    return 0;
  }
  const records = new Map((await store.victims.listRecords()).map((record) => [recordKey(record), record]));
  for (const pair of pairs) {
    io.stdout.write(`probability ${pair.probability.toFixed(3)}  (tally victims decide ${pair.recordA} ${pair.recordB} match|not-match)\n`);
    for (const key of [pair.recordA, pair.recordB]) io.stdout.write(`    ${describeRecord(key, records.get(key))}\n`);
  }
  return 0;
}

function describeRecord(key: string, record: StoredVictimRecord | undefined): string {
  if (!record) return `${key}  (no longer in its list)`;
  const name = record.fullName ?? [record.givenName, record.surname].filter(Boolean).join(" ");
  const details = [record.sex, record.age === null ? null : `${record.age}`, record.date, record.place, record.fate].filter(Boolean).join(", ");
  return `${key}  ${name}  (${details})`;
}

async function decide(store: Store, positionals: string[], values: Values, io: CliIo): Promise<number> {
  const [recordA, recordB, verdict] = positionals;
  const decision = verdict === "match" ? "match" : verdict === "not-match" || verdict === "not_match" ? "not_match" : null;
  if (!recordA || !recordB || decision === null || positionals.length !== 3) return usageError("decide takes LIST/ID LIST/ID match|not-match", io);
  try {
    await store.victims.decide(recordA, recordB, decision, process.env.USER ?? "cli", values.reason ?? null);
  } catch (error) {
    io.stderr.write(`tally victims decide: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`${recordA} and ${recordB}: ${decision === "match" ? "one person" : "not the same person"}; kept for every later link run (run tally victims link to apply it)\n`);
  return 0;
}

async function exportRegistry(store: Store, values: Values, io: CliIo): Promise<number> {
  const format = values.format;
  if (format !== "csv" && format !== "json") return usageError(format === undefined ? "export needs --format csv or json" : `--format '${format}' is not csv or json`, io);
  const rows = exportVictimRecords(groupPersons(await store.victims.listRecords()));
  const output = format === "csv" ? victimRecordsToCsv(rows) : victimRecordsToJson(rows);
  if (!values.out) {
    io.stdout.write(output);
    return 0;
  }
  try {
    await writeFile(values.out, output);
  } catch (error) {
    io.stderr.write(`tally victims export: cannot write '${values.out}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  return 0;
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
  const commands: Record<string, (store: Store) => Promise<number>> = {
    import: (store) => importList(store, positionals[0]!, values, io),
    link: (store) => link(store, io),
    list: (store) => listPersons(store, io),
    review: (store) => review(store, io),
    decide: (store) => decide(store, positionals, values, io),
    export: (store) => exportRegistry(store, values, io),
  };
  const command = sub === undefined ? undefined : commands[sub];
  if (!command) return usageError(sub ? `unknown victims command '${sub}'` : "give a command", io);
  if (sub === "import" && positionals.length !== 1) return usageError("import takes one FILE", io);
  if (sub !== "import" && sub !== "decide" && positionals.length > 0) return usageError(`${sub} takes no arguments (got '${positionals[0]}')`, io);
  const store = await openStoreForCli("victims", values.data ?? "tally-data", io);
  if (!store) return 1;
  try {
    return await command(store);
  } finally {
    await store.close();
  }
}
