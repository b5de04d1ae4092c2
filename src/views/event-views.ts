// Each event's reconciliation kept in the store as claims arrive (issue 12): the process that
// changed an event (ingest, a worker's sweep) or the first server to ask computes it from that one
// event's claims and stores it, stamped with the revisions it read; a server then answers from one
// row and never holds the whole store in memory. A stamp that no longer matches the scope's
// revisions, or another day, means the view is computed again. A view is plain JSON (no infinite
// numbers, no shared objects that renderers compare), stored and read back as it was computed.
import { METRICS, type Metric } from "../domain/claim.js";
import { knownClaimants, loadAllClaims, loadCuration } from "../store/load.js";
import { eventScope, SHARED_SCOPE, UNASSIGNED_SCOPE } from "../store/revision.js";
import type { ViewPart, ViewStamp } from "../store/event-views.js";
import type { Store, StoredEvent } from "../store/store.js";
import type { Reconciliation } from "../reconcile/types.js";
import type { StoredClaim } from "../store/types.js";
import { buildReportView, countUndated, reportViewOf, type ReportView, type UndatedCount } from "./report-view.js";

/** What an event's summary answer is built from, without the claims, series and checks. */
export interface SummaryPart extends UndatedCount {
  event: ReportView["event"];
  today: string;
  latestReport: string | null;
  claimCount: number;
  summaries: ReportView["summaries"];
  /** Undated documents and claims counted per metric, for a summary of one metric. */
  undatedByMetric: Partial<Record<Metric, UndatedCount>>;
}

/** An event (null: the documents in no event) with its claims as reconciled by another pass. */
export interface ReconciledEvent {
  eventId: number | null;
  event: ReportView["event"];
  claims: StoredClaim[];
  reconciliation: Reconciliation;
}

export interface ComputedView {
  view: ReportView;
  summary: SummaryPart;
}

/** The stamp a view computed now would carry, and when its scope last changed: read before the claims, so a write committed meanwhile leaves it stale. */
async function currentStamp(store: Store, eventId: number | null, today: string): Promise<ViewStamp & { changedAt: Date | null }> {
  const [own, shared] = await Promise.all([store.scopeRevision(eventScope(eventId)), store.scopeRevision(SHARED_SCOPE)]);
  return { revision: own?.revision ?? 0, sharedRevision: shared?.revision ?? 0, today, changedAt: own?.changedAt ?? null };
}

function sameStamp(a: ViewStamp, b: ViewStamp): boolean {
  return a.revision === b.revision && a.sharedRevision === b.sharedRevision && a.today === b.today;
}

/** One event's reconciliation (null: the documents in no event) from its claims alone. */
export async function computeEventView(store: Store, eventId: number | null, today: string, events?: StoredEvent[]): Promise<ComputedView> {
  const [claims, claimants, curation, known] = await Promise.all([
    loadAllClaims(store, { eventId }),
    knownClaimants(store),
    loadCuration(store),
    events ?? store.listEvents(),
  ]);
  return viewOf(claims, buildReportView(claims, { event: eventNamed(known, eventId), today }, claimants, curation));
}

function eventNamed(events: StoredEvent[], eventId: number | null): ReportView["event"] {
  const stored = eventId === null ? null : events.find((event) => event.id === eventId);
  return stored ? { id: stored.id, name: stored.name } : null;
}

function viewOf(claims: StoredClaim[], view: ReportView): ComputedView {
  const { today } = view;
  const undatedByMetric: SummaryPart["undatedByMetric"] = {};
  for (const metric of METRICS) {
    const count = countUndated(claims, metric);
    if (count.undatedDocuments > 0) undatedByMetric[metric] = count;
  }
  const { event, latestReport, claimCount, undatedDocuments, undatedClaims, summaries } = view;
  return { view, summary: { event, today, latestReport, claimCount, undatedDocuments, undatedClaims, summaries, undatedByMetric } };
}

async function computeAndStore(store: Store, eventId: number | null, stamp: ViewStamp, events?: StoredEvent[]): Promise<ComputedView> {
  const computed = await computeEventView(store, eventId, stamp.today, events);
  const { revision, sharedRevision, today } = stamp;
  await store.views.write(eventScope(eventId), { revision, sharedRevision, today, view: JSON.stringify(computed.view), summary: JSON.stringify(computed.summary) });
  return computed;
}

/** The stamps to store these events' views with, read before their claims are (see storeReconciledView). */
export async function viewStamps(store: Store, eventIds: ReadonlyArray<number | null>, today: string): Promise<Map<number | null, ViewStamp>> {
  const stamps = new Map<number | null, ViewStamp>();
  for (const eventId of eventIds) {
    const { revision, sharedRevision } = await currentStamp(store, eventId, today);
    stamps.set(eventId, { revision, sharedRevision, today });
  }
  return stamps;
}

/**
 * Stores the view of an event whose claims another pass (the alerts') has just reconciled, on the
 * stamp's day with the store's claimants and curation, so that an ingest reconciles each event once.
 */
export async function storeReconciledView(store: Store, stamp: ViewStamp, reconciled: ReconciledEvent): Promise<void> {
  const { eventId, event, claims, reconciliation } = reconciled;
  const computed = viewOf(claims, reportViewOf(claims, reconciliation, { event, today: stamp.today }));
  const { revision, sharedRevision, today } = stamp;
  await store.views.write(eventScope(eventId), { revision, sharedRevision, today, view: JSON.stringify(computed.view), summary: JSON.stringify(computed.summary) });
}

/** Computes and stores the views of these events (after an ingest changed them). */
export async function refreshEventViews(store: Store, eventIds: ReadonlyArray<number | null>, today: string): Promise<void> {
  const events = await store.listEvents();
  for (const eventId of new Set(eventIds)) await computeAndStore(store, eventId, await currentStamp(store, eventId, today), events);
}

/** Computes and stores an event's view only when the stored one is missing or stale; true when it did. */
export async function ensureEventView(store: Store, eventId: number | null, today: string): Promise<boolean> {
  const stamp = await currentStamp(store, eventId, today);
  const stored = await store.views.stamp(eventScope(eventId));
  if (stored && sameStamp(stored, stamp)) return false;
  await computeAndStore(store, eventId, stamp);
  return true;
}

export interface ViewPartOptions {
  /**
   * A stored view of today left behind by a write to its own event less than this long ago is
   * served as it is: the process that wrote (ingest, a worker's sweep) is storing the new one, and
   * computing it here too would hold the event's claims in this process for nothing. 0: never.
   * A view stale by a shared change (claimants, curation) is always computed: no writer of claims stores it.
   */
  trustWriterForMs?: number;
}

/**
 * A new day leaves every stored view stale (its statements count days from today): computes up to
 * `limit` of them, so that workers sweeping a few at a time spare the servers. Returns how many.
 */
export async function refreshDayStaleViews(store: Store, today: string, limit: number): Promise<number> {
  const scopes = await store.views.computedBefore(today, limit);
  for (const scope of scopes) await ensureEventView(store, scope === UNASSIGNED_SCOPE ? null : scope, today);
  return scopes.length;
}

/**
 * One part of an event's view: the stored one when its stamp is current (or its writer is storing
 * the next, see ViewPartOptions), else computed now and stored for the next reader. Only the part
 * asked for is parsed.
 */
export async function eventViewPart<P extends ViewPart>(
  store: Store,
  eventId: number | null,
  today: string,
  part: P,
  options: ViewPartOptions = {},
): Promise<P extends "summary" ? SummaryPart : ReportView> {
  type Part = P extends "summary" ? SummaryPart : ReportView;
  const stamp = await currentStamp(store, eventId, today);
  const stored = await store.views.read(eventScope(eventId), part);
  if (stored && sameStamp(stored, stamp)) return JSON.parse(stored.json) as Part;
  const writerIsOnIt =
    stored !== null && stored.today === today && stored.sharedRevision === stamp.sharedRevision && stamp.changedAt !== null &&
    Date.now() - stamp.changedAt.getTime() < (options.trustWriterForMs ?? 0);
  if (writerIsOnIt) return JSON.parse(stored.json) as Part;
  const computed = await computeAndStore(store, eventId, stamp);
  return (part === "summary" ? computed.summary : computed.view) as Part;
}
