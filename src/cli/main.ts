// Dispatches `tally COMMAND …` to one module per command; each returns the exit status.
export type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  extract: () => import("./extract.js"),
  report: () => import("./report.js"),
  export: () => import("./export.js"),
  ingest: () => import("./ingest.js"),
  enqueue: () => import("./enqueue.js"),
  worker: () => import("./worker.js"),
  queue: () => import("./queue.js"),
  watch: () => import("./watch.js"),
  webhook: () => import("./webhook.js"),
  event: () => import("./event.js"),
  serve: () => import("./serve.js"),
  user: () => import("./user.js"),
  victims: () => import("./victims.js"),
  estimate: () => import("./estimate.js"),
};

const USAGE = `usage: tally COMMAND [options]

commands:
  ingest [--data DIR] [--event NAME] PATH|URL|FEED_URL…   store reports (files, folders, pages, RSS/Atom feeds) and their claims
  enqueue [ingest flags] [--retries N] PATH|URL|FEED_URL…   put ingest work on the job queue (PostgreSQL: DATABASE_URL)
  worker [--concurrency N] [--exit-when-empty]   run queued ingest jobs; any number of workers on any machines share the queue
  queue [--json]   the job queue: waiting, running, done and failed jobs with rates, and the dead letters with their errors
  watch add FEED_URL --every 10m [--event NAME] | watch list   feeds the workers poll (conditional requests), queueing new items
  webhook add URL --secret S [--event NAME] [--kind K] | webhook list | webhook remove ID   alerts POSTed, signed, when a figure changes, a source appears or a check fires
  event add NAME --since YYYY-MM-DD [--match WORDS] [--region R] | event list   group documents into crises
  extract [--json] [--published YYYY-MM-DD] [--max-bytes N] FILE…   print the casualty claims in each report (- reads stdin)
  report [--event E] [--metric M] [--as-of DAY] [--json]   where each count stands: summary, checks, series
  export --format csv|json [--hxl] [--event E] [--out FILE]   claims with their evidence and document
  serve [--host H] [--port P] [--data DIR] [--seed DIR] [--tls-cert F --tls-key F] [--trust-proxy]   the dashboard and REST API (127.0.0.1:8080)
  user add|password|role|remove|list|token|tokens|revoke …   accounts and API tokens for a server on the network
  victims import|link|list|review|decide|export …   named victims from lists, linked into persons across spellings and scripts
  estimate --counts FILE | [--event E] [--fate F] [--json]   how many people no list found: multiple systems estimation from a capture table or the linked victims registry
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`tally: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
}
