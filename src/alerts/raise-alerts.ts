// After an ingest: for each event the ingested documents belong to, the standing is computed from
// the store (the same reconciliation the dashboard shows), compared with the standing alerts last
// saw, and the changes stored as alerts with deliveries for the matching webhooks. Documents already
// stored count too: a job retried after its worker died mid-way raises what the first run did not,
// and the alerts' keys keep what it did raise from being raised twice.
import { todayUtc } from "../ingest/published-day.js";
import { reconcile } from "../reconcile/index.js";
import type { Queryable } from "../store/db.js";
import { knownClaimants, loadAllClaims, loadCuration } from "../store/load.js";
import type { ClaimsReader, StoredAlert } from "../store/alerts.js";
import type { Store } from "../store/store.js";
import type { ReconciledEvent } from "../views/event-views.js";
import { alertsBetween } from "./changes.js";
import { standingFacts, type StandingFact } from "./standing-facts.js";

export interface RaiseOptions {
  /** YYYY-MM-DD the standing is computed on (today in UTC by default). */
  today?: string;
  /** Runs in the transaction that stores the alerts, with their new deliveries (the queue's enqueue). */
  enqueue?(tx: Queryable, deliveryIds: number[]): Promise<void>;
  /** Only events still marked pending (a sweep: another worker may have swept one already). */
  onlyIfPending?: boolean;
  /** Given each event's claims and reconciliation once its alerts are stored (to store its view from the same pass). */
  onReconciled?(reconciled: ReconciledEvent): Promise<void>;
}

export interface RaisedAlerts {
  alerts: StoredAlert[];
  deliveryIds: number[];
}

/** Alerts for the events of these documents. */
export async function raiseAlerts(store: Store, documentIds: readonly number[], options: RaiseOptions = {}): Promise<RaisedAlerts> {
  return raiseAlertsForEvents(store, await store.alerts.eventsOfDocuments([...new Set(documentIds)]), options);
}

/** Alerts for these events (null: documents in no event). */
export async function raiseAlertsForEvents(store: Store, eventIds: ReadonlyArray<number | null>, options: RaiseOptions = {}): Promise<RaisedAlerts> {
  const raised: RaisedAlerts = { alerts: [], deliveryIds: [] };
  if (eventIds.length === 0) return raised;
  const today = options.today ?? todayUtc();
  const [events, claimants, curation] = await Promise.all([store.listEvents(), knownClaimants(store), loadCuration(store)]);
  for (const eventId of eventIds) {
    const stored = eventId === null ? null : events.find((event) => event.id === eventId);
    const event = stored ? { id: stored.id, name: stored.name } : null;
    let reconciled: ReconciledEvent | null = null;
    const compute = async (reader: ClaimsReader): Promise<Map<string, StandingFact>> => {
      const claims = await loadAllClaims(reader, { eventId });
      const reconciliation = reconcile(claims, { today, claimants, claimantEdits: curation.claimantEdits, dismissals: curation.dismissals });
      reconciled = { eventId, event, claims, reconciliation };
      return standingFacts(reconciliation);
    };
    const update = await store.alerts.updateStanding(eventId, compute, (previous, current) => alertsBetween(previous, current, event), options.enqueue, {
      onlyIfPending: options.onlyIfPending ?? false,
    });
    // Assigned in `compute`, which the narrowing above cannot see.
    const done = reconciled as ReconciledEvent | null;
    if (done && options.onReconciled) await options.onReconciled(done);
    raised.alerts.push(...update.alerts);
    raised.deliveryIds.push(...update.deliveryIds);
  }
  return raised;
}
