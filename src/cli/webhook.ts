// `tally webhook add URL --secret S [--event NAME] [--kind K,…] [--allow-private-addresses]`,
// `tally webhook list`, `tally webhook remove ID`: where alerts are POSTed, signed with the secret.
import { parseArgs } from "node:util";
import { ALERT_KINDS, type AlertKind } from "../alerts/changes.js";
import { webhookUrlProblem } from "../alerts/webhook-url.js";
import { numberFromDigits } from "../domain/whole-number.js";
import { findEvent } from "../store/find-event.js";
import { openStoreForCli, processIo, type CliIo } from "../report/open-store.js";

const USAGE = `usage: tally webhook add URL --secret SECRET [--event NAME] [--kind KIND,…] [--allow-private-addresses] [--data DIR]
       tally webhook list [--data DIR]
       tally webhook remove ID [--data DIR]
  URL                        http:// or https://; each alert is POSTed there as JSON
  --secret SECRET            16 to 200 characters; signs every delivery (X-Tally-Signature: sha256=HMAC of
                             "<X-Tally-Timestamp>.<body>"); for example: openssl rand -hex 32
  --event NAME               only alerts about this event (its id, name, or enough of its words)
  --kind KIND,…              only these kinds: ${ALERT_KINDS.join(", ")} (default all)
  --allow-private-addresses  deliver even when the URL names or resolves to a loopback, private or
                             link-local address (by default only public addresses are delivered to)
  On PostgreSQL a tally worker delivers, retrying with backoff; on PGlite tally ingest delivers
  right after the ingest, trying each delivery three times.`;

const MIN_SECRET = 16;
const MAX_SECRET = 200;

function parseKinds(text: string | undefined): AlertKind[] | Error {
  if (text === undefined) return [];
  const kinds = text.split(",").map((kind) => kind.trim()).filter((kind) => kind.length > 0);
  const unknown = kinds.filter((kind) => !(ALERT_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) return new Error(`--kind '${text}': expected one or more of ${ALERT_KINDS.join(", ")}, separated by commas`);
  return [...new Set(kinds)] as AlertKind[];
}

export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        secret: { type: "string" },
        event: { type: "string" },
        kind: { type: "string" },
        "allow-private-addresses": { type: "boolean", default: false },
        data: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr.write(`tally webhook: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, target, ...extra] = positionals;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const usage = (message: string) => (io.stderr.write(`tally webhook: ${message}\n${USAGE}\n`), 2);
  if (extra.length > 0) return usage(`unexpected '${extra[0]}'`);
  if (action !== "add" && action !== "list" && action !== "remove") return usage(action ? `unknown action '${action}'; expected add, list or remove` : "expected add, list or remove");

  let add: { url: string; secret: string; kinds: AlertKind[]; allowPrivate: boolean } | null = null;
  let removeId: number | null = null;
  if (action === "add") {
    if (!target) return usage("add: give the URL to deliver to");
    const allowPrivate = values["allow-private-addresses"] ?? false;
    const problem = webhookUrlProblem(target, allowPrivate);
    if (problem) return usage(`'${target}': ${problem}`);
    const secret = values.secret;
    if (secret === undefined) return usage("add: --secret is required: the receiver checks every delivery's signature with it");
    if (secret.length < MIN_SECRET || secret.length > MAX_SECRET) return usage(`--secret: ${secret.length} characters; expected ${MIN_SECRET} to ${MAX_SECRET}`);
    const kinds = parseKinds(values.kind);
    if (kinds instanceof Error) return usage(kinds.message);
    add = { url: target, secret, kinds, allowPrivate };
  } else if (action === "remove") {
    removeId = target === undefined ? null : numberFromDigits(target);
    if (removeId === null || removeId < 1) return usage(`remove: '${target ?? ""}': expected a webhook's id (see tally webhook list)`);
  } else if (target !== undefined) return usage(`unexpected '${target}'`);
  if (action !== "add" && (values.secret !== undefined || values.event !== undefined || values.kind !== undefined)) return usage(`${action} takes no --secret, --event or --kind`);

  const store = await openStoreForCli("webhook", values.data ?? "tally-data", io);
  if (!store) return 1;
  try {
    if (add) {
      let eventId: number | null = null;
      if (values.event !== undefined) {
        const event = findEvent(await store.listEvents(), values.event);
        if (event instanceof Error) return usage(`--event: ${event.message}`);
        eventId = event.id;
      }
      const webhook = await store.alerts.addWebhook({ ...add, eventId });
      io.stdout.write(`webhook ${webhook.id}: ${webhook.url}\n`);
      return 0;
    }
    if (removeId !== null) {
      if (!(await store.alerts.removeWebhook(removeId))) {
        io.stderr.write(`tally webhook: no webhook ${removeId} (see tally webhook list)\n`);
        return 1;
      }
      io.stdout.write(`webhook ${removeId} removed\n`);
      return 0;
    }
    const [webhooks, events] = await Promise.all([store.alerts.listWebhooks(), store.listEvents()]);
    if (webhooks.length === 0) {
      io.stdout.write("no webhooks (add one with 'tally webhook add URL --secret SECRET')\n");
      return 0;
    }
    for (const webhook of webhooks) {
      const event = webhook.eventId === null ? "every event" : `event ${events.find((e) => e.id === webhook.eventId)?.name ?? webhook.eventId}`;
      const kinds = webhook.kinds.length === 0 ? "every kind" : webhook.kinds.join(", ");
      const deliveries = `${webhook.delivered} delivered, ${webhook.pending} pending, ${webhook.failed} failed`;
      const lastError = webhook.lastError ? `; last error: ${webhook.lastError}` : "";
      io.stdout.write(`${webhook.id}\t${webhook.url}\t${event}; ${kinds}${webhook.allowPrivate ? "; private addresses allowed" : ""}\t${deliveries}${lastError}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
