// Reconciliation results kept in memory between requests, keyed by the store's revision (a counter
// every write transaction bumps). The server's own writes drop the cache at once. On PGlite the data
// folder's lock makes this server the only writer, so nothing else is needed; on PostgreSQL other
// processes write too, so the revision is read at most once a second (one single-row query).
import { claimantResolver, type ClaimantEntry, type ClaimantResolver } from "../domain/claimants.js";
import { knownClaimants, loadAllClaims, loadCuration, type StoredCuration } from "../store/load.js";
import { registryEstimateSummary } from "../estimate/estimate-summary.js";
import type { StoredVictimRecord } from "../domain/victim.js";
import { registryStanding, type RegistryStanding } from "../victims/registry-standing.js";
import { buildReportView, type ReportView } from "../views/report-view.js";
import type { ClaimFilter, Store, StoredEvent } from "../store/store.js";
import { matchesClaimFilter } from "./claim-filter.js";
import type { StoredClaim } from "../store/types.js";

const REVISION_INTERVAL_MS = 1000;
const MAX_ENTRIES = 500;
const MAX_MATCH_LISTS = 16;

/** The index of the first claim with an id above `afterId`, in a list ordered by id (binary search). */
export function firstAfter(claims: StoredClaim[], afterId: number): number {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (claims[middle]!.id <= afterId) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface LedgerOptions {
  /** YYYY-MM-DD: the day summaries describe. Read at each reconciliation. */
  today: () => string;
}

export class Ledger {
  private revision = -1;
  private checkedAt = 0;
  private checking: Promise<void> | null = null;
  private matching = new Map<string, StoredClaim[]>();
  private cache = new Map<string, Promise<unknown>>();
  private answers = new Map<string, Promise<unknown>>();

  constructor(
    readonly store: Store,
    private readonly options: LedgerOptions,
  ) {}

  /** Call after any write made through this server. */
  changed(): void {
    this.cache.clear();
    this.answers.clear();
    this.matching.clear();
  }

  /** Notices writes by other processes (ingest, another server) without querying on every request. */
  private async refresh(): Promise<void> {
    if (this.store.engine !== "postgres") return;
    if (Date.now() - this.checkedAt < REVISION_INTERVAL_MS) return;
    this.checking ??= this.store
      .revision()
      .then((revision) => {
        if (revision !== this.revision) {
          this.revision = revision;
          this.changed();
        }
        this.checkedAt = Date.now();
      })
      .finally(() => {
        this.checking = null;
      });
    await this.checking;
  }

  /**
   * The value for `key` at the current version, computed once however many requests ask at the same
   * time. Answers (keys "json:…") are capped, the oldest dropped first; the claims and reconciliations
   * they are built from are few (one per event) and never dropped for them, or paging through
   * thousands of distinct pages would reload every claim each time the cap is reached.
   */
  async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    await this.refresh();
    const cache = key.startsWith("json:") ? this.answers : this.cache;
    let entry = cache.get(key) as Promise<T> | undefined;
    if (!entry) {
      if (cache === this.answers && cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      entry = compute();
      cache.set(key, entry);
      entry.catch(() => cache.delete(key));
    }
    return entry;
  }

  events(): Promise<StoredEvent[]> {
    return this.memo("events", () => this.store.listEvents());
  }

  private claimants(): Promise<ClaimantEntry[]> {
    return this.memo("claimants", () => knownClaimants(this.store));
  }

  /** The claimant resolver over the gazetteer and the claimants the store knows, as reports resolve names. */
  async claimantResolver(): Promise<ClaimantResolver> {
    return claimantResolver(await this.claimants());
  }

  /** Claimant edits in force and dismissed checks; a curation write calls changed(), so this is never stale here. */
  curation(): Promise<StoredCuration> {
    return this.memo("curation", () => loadCuration(this.store));
  }

  /** Every claim of one event (or of the store), rejected ones left out, in the store's order. */
  claims(eventId: number | undefined): Promise<StoredClaim[]> {
    return this.memo(`claims:${eventId ?? "all"}`, () => loadAllClaims(this.store, eventId === undefined ? {} : { eventId }));
  }

  /**
   * The claims of an event matching a filter without its paging, kept for the few filters read last,
   * so paging through one filter slices a list instead of scanning every claim again. Paging
   * (limit, offset, afterId) is the caller's: see firstAfter.
   */
  async matchingClaims(eventId: number | undefined, filter: ClaimFilter): Promise<StoredClaim[]> {
    const claims = await this.claims(eventId);
    const { limit: _limit, offset: _offset, afterId: _afterId, ...criteria } = filter;
    const key = `${eventId ?? "all"}:${JSON.stringify(criteria)}`;
    let found = this.matching.get(key);
    if (!found) {
      found = claims.filter((claim) => matchesClaimFilter(claim, criteria));
      if (this.matching.size >= MAX_MATCH_LISTS) this.matching.delete(this.matching.keys().next().value!);
      this.matching.set(key, found);
    }
    return found;
  }

  /**
   * Computes every event's reconciliation ahead of the first request (at start), so the first
   * visitor does not wait for every claim to be loaded and reconciled. Failures surface on request.
   */
  async warm(): Promise<void> {
    const events = await this.events();
    // The overview shows the registry's estimate too; model averaging over five lists takes seconds.
    for (const event of events) await this.viewWithEstimate(event.id).catch(() => undefined);
    if (events.length === 0) await this.viewWithEstimate(undefined).catch(() => undefined);
  }

  /** Every record of the victims registry (the estimate reads them all, then selects). */
  victimRecords(): Promise<StoredVictimRecord[]> {
    return this.memo("victims", () => this.store.victims.listRecords());
  }

  /** The registry's persons named per fate in one event (every record when eventId is undefined); null when none. */
  registryStanding(eventId: number | undefined): Promise<RegistryStanding | null> {
    return this.memo(`registry:${eventId ?? "all"}`, async () => registryStanding(await this.victimRecords(), eventId));
  }

  /** The reconciliation with the registry's counts and estimate beside it, as the overview and the report show them. */
  viewWithEstimate(eventId: number | undefined): Promise<ReportView> {
    return this.memo(`view+estimate:${eventId ?? "all"}`, async () => {
      const view = { ...(await this.view(eventId)), registry: await this.registryStanding(eventId) };
      // Persons of different crises are different populations: "All documents" of several events gets no estimate.
      if (eventId === undefined && (await this.events()).length > 0) return view;
      return { ...view, estimate: await registryEstimateSummary(await this.victimRecords(), eventId) };
    });
  }

  /** The whole reconciliation of one event (or of every claim when eventId is undefined), all metrics. */
  view(eventId: number | undefined): Promise<ReportView> {
    return this.memo(`view:${eventId ?? "all"}`, async () => {
      const events = await this.events();
      const event = eventId === undefined ? null : (events.find((e) => e.id === eventId) ?? null);
      const claims = await this.claims(eventId);
      const scope = { event: event ? { id: event.id, name: event.name } : null, today: this.options.today() };
      return buildReportView(claims, scope, await this.claimants(), await this.curation());
    });
  }
}
