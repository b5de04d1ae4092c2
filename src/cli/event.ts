// `tally event add NAME --since YYYY-MM-DD [--match WORDS] [--region R]` and `tally event list`.
import { parseArgs } from "node:util";
import { nameTextProblem } from "../domain/name-text.js";
import { dayFlag } from "./flags.js";
import { openStoreForCli, processIo, type CliIo } from "../report/open-store.js";
import { parseMatchWords } from "../store/event-match.js";
import type { Store } from "../store/store.js";

const USAGE = `usage: tally event add NAME --since YYYY-MM-DD [--match "WORD, PHRASE, …"] [--region R] [--data DIR]
       tally event list [--data DIR]
(a document joins the event when one of its match words appears in it and it was published on or after --since;
 without --match the event's name is the phrase to look for)`;

type EventCommand =
  | { kind: "add"; data: string; name: string; since: string; match: string[]; region: string | null }
  | { kind: "list"; data: string };

export function parseEventFlags(args: string[]): EventCommand | Error {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { data: { type: "string" }, since: { type: "string" }, match: { type: "string", multiple: true }, region: { type: "string" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return new Error((error as Error).message);
  }
  const { values, positionals } = parsed;
  const data = values.data ?? "tally-data";
  if (sub === "list") {
    if (positionals.length > 0) return new Error(`event list takes no arguments (got '${positionals[0]}')`);
    return { kind: "list", data };
  }
  if (sub !== "add") return new Error(sub ? `unknown event command '${sub}' (add or list)` : "give a command: add or list");
  const name = positionals.join(" ").trim();
  if (!name) return new Error("event add needs a NAME");
  const nameProblem = nameTextProblem(name);
  if (nameProblem) return new Error(`event NAME: ${nameProblem}`);
  if (values.since === undefined) return new Error("event add needs --since YYYY-MM-DD (the day the crisis began)");
  const since = dayFlag("--since", values.since);
  if (since instanceof Error) return since;
  const match = (values.match ?? []).flatMap(parseMatchWords);
  return { kind: "add", data, name, since, match: match.length > 0 ? match : [name], region: values.region?.trim() || null };
}

async function listEvents(store: Store, io: CliIo): Promise<void> {
  const events = await store.listEvents();
  for (const event of events) {
    const documents = (await store.listDocuments({ eventId: event.id, limit: 0 })).total;
    const region = event.region ? ` (${event.region})` : "";
    io.stdout.write(`${event.id}  ${event.name}${region}  since ${event.since}  match: ${event.match.join(", ")}  documents: ${documents}\n`);
  }
  const unassigned = (await store.listDocuments({ eventId: null, limit: 0 })).total;
  if (events.length === 0) io.stdout.write("no events yet (tally event add NAME --since YYYY-MM-DD)\n");
  io.stdout.write(`unassigned documents: ${unassigned}\n`);
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const command = parseEventFlags(args);
  if (command instanceof Error) {
    io.stderr.write(`tally event: ${command.message}\n${USAGE}\n`);
    return 2;
  }
  const store = await openStoreForCli("event", command.data, io);
  if (!store) return 1;
  try {
    if (command.kind === "list") {
      await listEvents(store, io);
      return 0;
    }
    try {
      const event = await store.addEvent({ name: command.name, since: command.since, match: command.match, region: command.region });
      const documents = (await store.listDocuments({ eventId: event.id, limit: 0 })).total;
      io.stdout.write(`added event ${event.id} "${event.name}" since ${event.since} (match: ${event.match.join(", ")}); ${documents} stored document${documents === 1 ? "" : "s"} assigned\n`);
      return 0;
    } catch (error) {
      io.stderr.write(`tally event add: ${(error as Error).message}\n`);
      return 1;
    }
  } finally {
    await store.close();
  }
}
