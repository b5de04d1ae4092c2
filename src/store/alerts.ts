// Alerts in the store (tables of migration 009): each event's standing as alerts last saw it, the
// alerts raised, the webhooks and each alert's delivery to each webhook. The store keeps rows; what
// counts as a change is decided by src/alerts, which hands this module the facts and a diff.
import { listClaims } from "./claims.js";
import { isoTimestamp, type Db, type Queryable } from "./db.js";
import type { Store } from "./store.js";

/** What computing a standing reads: claims, through the connection that holds the event's lock. */
export type ClaimsReader = Pick<Store, "listClaims">;

/** An arbitrary constant: with the scope, the advisory lock every process agrees on per event. */
const STANDING_LOCK_CLASS = 7_160_309;

export interface NewAlertRow {
  /** Hex SHA-256 of the change: an alert already stored under it is not stored again. */
  key: string;
  body: { kind: string; summary: string };
}

export interface StoredAlert {
  id: number;
  key: string;
  eventId: number | null;
  kind: string;
  summary: string;
  /** The alert as webhooks receive it, less its id and time. */
  payload: Record<string, unknown>;
  /** ISO timestamp */
  at: string;
}

export interface NewWebhook {
  url: string;
  secret: string;
  /** Only alerts about this event (null: every event). */
  eventId: number | null;
  /** Only these kinds of alert (empty: every kind). */
  kinds: string[];
  /** The URL may resolve to a loopback, private or link-local address. */
  allowPrivate: boolean;
}

export interface StoredWebhook extends NewWebhook {
  id: number;
  createdAt: string;
}

export interface WebhookWithDeliveries extends StoredWebhook {
  delivered: number;
  pending: number;
  failed: number;
  /** The newest delivery's error, if it failed or is being retried. */
  lastError: string | null;
}

export interface Delivery {
  id: number;
  state: "pending" | "delivered" | "failed";
  attempts: number;
  alert: StoredAlert;
  webhook: StoredWebhook;
}

export interface StandingUpdate {
  alerts: StoredAlert[];
  /** Deliveries created for those alerts, one per matching webhook. */
  deliveryIds: number[];
}

export interface AlertRepository {
  /** The events (null: no event) the given documents belong to, each once. */
  eventsOfDocuments(documentIds: number[]): Promise<Array<number | null>>;
  /**
   * Replaces an event's standing by the facts `compute` returns and stores the alerts `diff` derives
   * from the standing before; alerts whose key is already stored are skipped, and deliveries are
   * created for the new ones. On PostgreSQL the whole runs under a lock per event, so two workers
   * never interleave, and `compute` reads through the locked transaction's own connection (waiting
   * for another would deadlock once every pooled connection waits on the lock); `afterInsert` runs
   * in the same transaction (to enqueue the deliveries). The event's pending mark is cleared in the
   * same transaction; with `onlyIfPending`, an event no longer marked (another worker swept it) is
   * left as it stands.
   */
  updateStanding<Fact>(
    eventId: number | null,
    compute: (reader: ClaimsReader) => Promise<Map<string, Fact>>,
    diff: (previous: Map<string, Fact>, current: Map<string, Fact>) => NewAlertRow[],
    afterInsert?: (tx: Queryable, deliveryIds: number[]) => Promise<void>,
    options?: { onlyIfPending?: boolean },
  ): Promise<StandingUpdate>;
  /** Marks events (null: documents in no event) as waiting for their standing to be computed again. */
  markPending(eventIds: Array<number | null>): Promise<void>;
  /** The events marked and not yet swept, oldest mark first. */
  pendingEvents(): Promise<Array<number | null>>;
  /** Newest first; only the event's when `eventId` is given (null: documents in no event). */
  listAlerts(filter?: { eventId?: number | null; limit?: number }): Promise<StoredAlert[]>;

  addWebhook(webhook: NewWebhook): Promise<StoredWebhook>;
  listWebhooks(): Promise<WebhookWithDeliveries[]>;
  /** false when there is no such webhook. Its deliveries go with it. */
  removeWebhook(id: number): Promise<boolean>;
  countWebhooks(): Promise<number>;

  getDelivery(id: number): Promise<Delivery | null>;
  /** Records one attempt: delivered, or its error (and, when no attempt is left, failed). */
  recordAttempt(id: number, outcome: { delivered: true } | { delivered: false; error: string; final: boolean }): Promise<void>;
}

interface AlertRow {
  id: number;
  key: string;
  event_id: number | null;
  kind: string;
  summary: string;
  payload: Record<string, unknown>;
  at: string;
}

interface WebhookRow {
  id: number;
  url: string;
  secret: string;
  event_id: number | null;
  kinds: string[];
  allow_private: boolean;
  created_at: string;
}

// Rows read through row_to_json carry timestamps as PostgreSQL writes them in JSON: made ISO here too.
const alertFromRow = (row: AlertRow): StoredAlert => ({
  id: row.id, key: row.key, eventId: row.event_id, kind: row.kind, summary: row.summary, payload: row.payload, at: isoTimestamp(row.at),
});

const webhookFromRow = (row: WebhookRow): StoredWebhook => ({
  id: row.id, url: row.url, secret: row.secret, eventId: row.event_id, kinds: row.kinds, allowPrivate: row.allow_private, createdAt: isoTimestamp(row.created_at),
});

const ALERT_COLUMNS = "id, key, event_id, kind, summary, payload, at";
const WEBHOOK_COLUMNS = "id, url, secret, event_id, kinds, allow_private, created_at";

async function readStanding<Fact>(tx: Queryable, scope: number): Promise<Map<string, Fact>> {
  const { rows } = await tx.query<{ fact: string; value: Fact }>("SELECT fact, value FROM alert_standing WHERE scope = $1", [scope]);
  return new Map(rows.map((row) => [row.fact, row.value]));
}

async function writeStanding<Fact>(tx: Queryable, scope: number, facts: Map<string, Fact>): Promise<void> {
  await tx.query("DELETE FROM alert_standing WHERE scope = $1", [scope]);
  if (facts.size === 0) return;
  await tx.query(
    "INSERT INTO alert_standing (scope, fact, value) SELECT $1, fact, value FROM unnest($2::text[], $3::jsonb[]) AS f(fact, value)",
    [scope, [...facts.keys()], [...facts.values()].map((value) => JSON.stringify(value))],
  );
}

export function sqlAlertRepository(db: Db): AlertRepository {
  return {
    async eventsOfDocuments(documentIds) {
      if (documentIds.length === 0) return [];
      const { rows } = await db.query<{ event_id: number | null }>("SELECT DISTINCT event_id FROM document WHERE id = ANY($1::int[])", [documentIds]);
      return rows.map((row) => row.event_id);
    },

    async markPending(eventIds) {
      if (eventIds.length === 0) return;
      await db.query("INSERT INTO alert_pending (scope) SELECT unnest($1::int[]) ON CONFLICT (scope) DO NOTHING", [eventIds.map((id) => id ?? 0)]);
    },

    async pendingEvents() {
      const { rows } = await db.query<{ scope: number }>("SELECT scope FROM alert_pending ORDER BY since, scope");
      return rows.map((row) => (row.scope === 0 ? null : row.scope));
    },

    async updateStanding(eventId, compute, diff, afterInsert, options = {}) {
      // Documents in no event share scope 0 (event ids start at 1).
      const scope = eventId ?? 0;
      // PGlite serves one process and one connection: the standing is computed before its transaction
      // (a read inside it would wait on the transaction). PostgreSQL computes it under the lock, so a
      // worker never writes a standing older than the one another worker just wrote.
      const readerOf = (runner: Queryable): ClaimsReader => ({ listClaims: (filter) => listClaims(runner, filter) });
      const early = db.engine === "pglite" ? await compute(readerOf(db)) : null;
      return db.transaction(async (tx) => {
        if (db.engine === "postgres") await tx.query("SELECT pg_advisory_xact_lock($1, $2)", [STANDING_LOCK_CLASS, scope]);
        // A mark made after this delete (by a job whose claims this sweep may not see) waits for the commit and stays.
        const { rowCount: wasPending } = await tx.query("DELETE FROM alert_pending WHERE scope = $1", [scope]);
        if (options.onlyIfPending && wasPending === 0) return { alerts: [], deliveryIds: [] };
        const current = early ?? (await compute(readerOf(tx)));
        const previous: typeof current = await readStanding(tx, scope);
        const changes = diff(previous, current);
        await writeStanding(tx, scope, current);
        if (changes.length === 0) return { alerts: [], deliveryIds: [] };
        // One statement for all of them (the first sweep of a large event raises thousands), in the order given.
        const { rows: inserted } = await tx.query<AlertRow>(
          `INSERT INTO alert (key, event_id, kind, summary, payload)
           SELECT key, $1, kind, summary, payload FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS a(key, kind, summary, payload, n)
           ORDER BY n
           ON CONFLICT (key) DO NOTHING RETURNING ${ALERT_COLUMNS}`,
          [
            eventId,
            changes.map((change) => change.key),
            changes.map((change) => change.body.kind),
            changes.map((change) => change.body.summary),
            changes.map((change) => JSON.stringify(change.body)),
          ],
        );
        const alerts = inserted.map(alertFromRow).sort((a, b) => a.id - b.id);
        if (alerts.length === 0) return { alerts, deliveryIds: [] };
        const { rows } = await tx.query<{ id: number }>(
          `INSERT INTO webhook_delivery (alert_id, webhook_id)
           SELECT a.id, w.id FROM alert a JOIN webhook w
             ON (w.event_id IS NULL OR w.event_id = a.event_id) AND (cardinality(w.kinds) = 0 OR a.kind = ANY(w.kinds))
           WHERE a.id = ANY($1::int[])
           ORDER BY a.id, w.id
           ON CONFLICT (alert_id, webhook_id) DO NOTHING RETURNING id`,
          [alerts.map((alert) => alert.id)],
        );
        const deliveryIds = rows.map((row) => row.id);
        if (afterInsert && deliveryIds.length > 0) await afterInsert(tx, deliveryIds);
        return { alerts, deliveryIds };
      });
    },

    async listAlerts(filter = {}) {
      const limit = Math.min(Math.max(filter.limit ?? 20, 1), 1000);
      const where = filter.eventId === undefined ? "" : filter.eventId === null ? "WHERE event_id IS NULL" : "WHERE event_id = $2";
      const params = filter.eventId === undefined || filter.eventId === null ? [limit] : [limit, filter.eventId];
      const { rows } = await db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM alert ${where} ORDER BY id DESC LIMIT $1`, params);
      return rows.map(alertFromRow);
    },

    async addWebhook(webhook) {
      const { rows } = await db.query<WebhookRow>(
        `INSERT INTO webhook (url, secret, event_id, kinds, allow_private) VALUES ($1, $2, $3, $4::text[], $5) RETURNING ${WEBHOOK_COLUMNS}`,
        [webhook.url, webhook.secret, webhook.eventId, webhook.kinds, webhook.allowPrivate],
      );
      return webhookFromRow(rows[0]!);
    },

    async listWebhooks() {
      const { rows } = await db.query<WebhookRow & { delivered: number; pending: number; failed: number; last_error: string | null }>(
        `SELECT ${WEBHOOK_COLUMNS.split(", ").map((column) => `w.${column}`).join(", ")},
           count(d.id) FILTER (WHERE d.state = 'delivered') AS delivered,
           count(d.id) FILTER (WHERE d.state = 'pending') AS pending,
           count(d.id) FILTER (WHERE d.state = 'failed') AS failed,
           (SELECT last_error FROM webhook_delivery e WHERE e.webhook_id = w.id AND e.last_error IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS last_error
         FROM webhook w LEFT JOIN webhook_delivery d ON d.webhook_id = w.id
         GROUP BY w.id ORDER BY w.id`,
      );
      return rows.map((row) => ({ ...webhookFromRow(row), delivered: Number(row.delivered), pending: Number(row.pending), failed: Number(row.failed), lastError: row.last_error }));
    },

    async removeWebhook(id) {
      const { rowCount } = await db.query("DELETE FROM webhook WHERE id = $1", [id]);
      return rowCount > 0;
    },

    async countWebhooks() {
      const { rows } = await db.query<{ count: number }>("SELECT count(*) AS count FROM webhook");
      return Number(rows[0]?.count ?? 0);
    },

    async getDelivery(id) {
      const { rows } = await db.query<{ id: number; state: Delivery["state"]; attempts: number; alert: AlertRow; webhook: WebhookRow }>(
        `SELECT d.id, d.state, d.attempts, row_to_json(a) AS alert, row_to_json(w) AS webhook
         FROM webhook_delivery d JOIN alert a ON a.id = d.alert_id JOIN webhook w ON w.id = d.webhook_id WHERE d.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      return { id: row.id, state: row.state, attempts: row.attempts, alert: alertFromRow(row.alert), webhook: webhookFromRow(row.webhook) };
    },

    async recordAttempt(id, outcome) {
      if (outcome.delivered) {
        await db.query("UPDATE webhook_delivery SET state = 'delivered', attempts = attempts + 1, last_error = NULL, delivered_at = now() WHERE id = $1", [id]);
      } else {
        await db.query("UPDATE webhook_delivery SET state = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1 AND state <> 'delivered'", [
          id, outcome.final ? "failed" : "pending", outcome.error.slice(0, 1000),
        ]);
      }
    },
  };
}
