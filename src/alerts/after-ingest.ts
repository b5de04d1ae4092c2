// Alerts after an ingest, the same for `tally ingest` and a queue worker. On PostgreSQL the
// deliveries are queued with the alerts and a worker delivers them; on PGlite, which has no queue,
// they are delivered here, each tried a few times before the command ends.
import type PgBoss from "pg-boss";
import type { Store } from "../store/store.js";
import { deliverDirectly, type DirectDeliveryOptions } from "./deliver.js";
import { todayUtc } from "../ingest/published-day.js";
import { storeReconciledView, viewStamps } from "../views/event-views.js";
import { raiseAlertsForEvents } from "./raise-alerts.js";
import { enqueueDeliveriesIn } from "./webhook-queue.js";

export interface AfterIngestOptions {
  /** PostgreSQL: the queue deliveries are put on (none: the store has no webhook to deliver to). */
  boss?: PgBoss;
  /** PGlite: how deliveries are attempted. */
  direct?: DirectDeliveryOptions;
  today?: string;
  /** Events to raise alerts in besides those of the documents (events a worker left pending). */
  alsoEvents?: ReadonlyArray<number | null>;
}

export interface AfterIngest {
  alerts: number;
  /** Deliveries queued (PostgreSQL) or attempted here (PGlite). */
  deliveries: number;
  /** PGlite: of those, delivered. */
  delivered: number;
}

export async function alertAfterIngest(store: Store, documentIds: readonly number[], options: AfterIngestOptions = {}): Promise<AfterIngest> {
  const events = new Set([...(await store.alerts.eventsOfDocuments([...new Set(documentIds)])), ...(options.alsoEvents ?? [])]);
  const today = options.today ?? todayUtc();
  // The dashboard's views of the same events, stored from the alerts' reconciliation so that no server computes them on a request.
  const stamps = await viewStamps(store, [...events], today);
  const raised = await raiseAlertsForEvents(store, [...events], {
    today,
    ...(options.boss ? { enqueue: enqueueDeliveriesIn(options.boss) } : {}),
    onReconciled: (reconciled) => storeReconciledView(store, stamps.get(reconciled.eventId)!, reconciled),
  });
  const delivered = store.engine === "pglite" && raised.deliveryIds.length > 0 ? await deliverDirectly(store, raised.deliveryIds, options.direct) : 0;
  return { alerts: raised.alerts.length, deliveries: raised.deliveryIds.length, delivered };
}
