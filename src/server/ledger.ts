// What the server answers from, cached in memory by the store scopes it depends on (store/revision.ts).
// An event's reconciliation comes from the store's stored views (views/event-views.ts): one row, not
// every claim. A write through this server drops what its scopes fed at once; on PostgreSQL other
// processes write too, so the scopes' revisions are read at most once a second (one small query) and
// only the entries of the scopes that moved are dropped. Memory stays bounded: few views, answers
// capped by size, and no claim list is held (claims are paged by SQL).
import { HTTPException } from "hono/http-exception";
import { claimantResolver, type ClaimantEntry, type ClaimantResolver } from "../domain/claimants.js";
import { knownClaimants, loadAllClaims, loadCuration, type StoredCuration } from "../store/load.js";
import { registryEstimateSummary } from "../estimate/estimate-summary.js";
import type { StoredVictimRecord } from "../domain/victim.js";
import { eventScope, SHARED_SCOPE, VICTIMS_SCOPE } from "../store/revision.js";
import { registryStanding, type RegistryStanding } from "../victims/registry-standing.js";
import { ensureEventView, eventViewPart, type SummaryPart, type ViewPartOptions } from "../views/event-views.js";
import { buildReportView, type ReportView } from "../views/report-view.js";
import type { Store, StoredEvent } from "../store/store.js";
import type { StoredClaim } from "../store/types.js";

const REVISION_INTERVAL_MS = 1000;
/**
 * What cached entries may weigh in all, per kind: answers by the length of their JSON, views by the
 * claims they reconcile (a view of 50,000 claims is about 36 MB of JSON, and more as objects). The
 * newest entry always stays, whatever it weighs.
 */
const BUDGETS: Record<Entry["kind"], number> = { answer: 64 * 1024 * 1024, view: 60_000, other: Infinity };
/**
 * On PostgreSQL, how long a view left stale by another process's write is served while that writer
 * stores the new one (ingest and the workers' sweep do, after they commit): a server that computed
 * it too would hold the event's claims for nothing. After this, the server computes it itself.
 */
const TRUST_WRITER_MS = 60_000;
/** Events whose registry estimates are made at start. */
const WARM_ESTIMATES = 8;
/** Above this many claims, every event's claims reconciled together is refused: counts of different crises do not add up, and it would hold them all in memory. */
const WHOLE_STORE_LIMIT = 250_000;

/** The scopes an entry depends on; "any": every scope (what reads the whole store). */
export type Dependencies = readonly number[] | "any";

/** What a cached value about one event (undefined: the whole store) depends on. */
export function eventDependencies(eventId: number | undefined, ...more: number[]): Dependencies {
  return eventId === undefined ? "any" : [eventScope(eventId), SHARED_SCOPE, ...more];
}

interface Entry {
  value: Promise<unknown>;
  dependencies: Dependencies;
  kind: "view" | "answer" | "other";
  /** Known once the value is: the JSON's length (answers) or the claims reconciled (views). */
  weight: number;
}

/** The index of the first claim with an id above `afterId`, in a list ordered by id (binary search). */
export function firstAfter(claims: ReadonlyArray<{ id: number }>, afterId: number): number {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (claims[middle]!.id <= afterId) low = middle + 1;
    else high = middle;
  }
  return low;
}

function weightOf(value: unknown): number {
  if (typeof value === "string") return value.length;
  const claims = (value as { claimCount?: unknown } | null)?.claimCount;
  return typeof claims === "number" ? claims : 0;
}

export interface LedgerOptions {
  /** YYYY-MM-DD: the day summaries describe. Read at each reconciliation. */
  today: () => string;
  /** Claims above which the view of all documents together is refused (WHOLE_STORE_LIMIT by default). */
  wholeStoreLimit?: number;
}

export class Ledger {
  private revisions: Map<number, number> | null = null;
  private checkedAt = 0;
  private checking: Promise<void> | null = null;
  private entries = new Map<string, Entry>();
  private readonly weights: Record<Entry["kind"], number> = { answer: 0, view: 0, other: 0 };
  /** Scopes this server wrote to: their views are computed here, not waited for. */
  private readonly writtenHere = new Set<number>();

  constructor(
    readonly store: Store,
    private readonly options: LedgerOptions,
  ) {}

  /** Call after a write made through this server, with the scopes it touched (none given: everything). */
  changed(scopes?: readonly number[]): void {
    // A shared change needs no mark: a view stale by it is always computed where it is read (views/event-views.ts).
    for (const scope of scopes ?? []) this.writtenHere.add(scope);
    this.dropDependents(scopes);
  }

  private dropDependents(scopes?: readonly number[]): void {
    if (scopes === undefined || scopes.includes(SHARED_SCOPE)) {
      this.entries.clear();
      this.weights.answer = this.weights.view = this.weights.other = 0;
      return;
    }
    for (const [key, entry] of this.entries) {
      if (entry.dependencies === "any" || entry.dependencies.some((scope) => scopes.includes(scope))) this.drop(key, entry);
    }
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.weights[entry.kind] -= entry.weight;
  }

  /** Notices writes by other processes (ingest, workers, another server) without querying on every request. */
  private async refresh(): Promise<void> {
    if (this.store.engine !== "postgres") return;
    if (Date.now() - this.checkedAt < REVISION_INTERVAL_MS) return;
    this.checking ??= this.store
      .revisions()
      .then((revisions) => {
        const previous = this.revisions;
        this.revisions = revisions;
        this.checkedAt = Date.now();
        if (previous === null) return this.dropDependents();
        const moved = new Set<number>();
        for (const [scope, revision] of revisions) if (previous.get(scope) !== revision) moved.add(scope);
        if (moved.size > 0) this.dropDependents([...moved]);
      })
      .finally(() => {
        this.checking = null;
      });
    await this.checking;
  }

  /**
   * The value for `key` at the current revisions, computed once however many requests ask at the
   * same time. Answers (keys "json:…") and views are capped, the oldest dropped first.
   */
  async memo<T>(key: string, dependencies: Dependencies, compute: () => Promise<T>): Promise<T> {
    await this.refresh();
    const found = this.entries.get(key);
    if (found) return found.value as Promise<T>;
    const kind = key.startsWith("json:") ? "answer" : key.startsWith("view") ? "view" : "other";
    // A view is made room for before it is read, not after: two large views never live at once.
    while (kind === "view" && this.weights.view > BUDGETS.view / 2) this.dropOldest("view");
    const entry: Entry = { value: compute(), dependencies, kind, weight: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (kind === "other" || this.entries.get(key) !== entry) return;
        entry.weight = weightOf(value);
        this.weights[kind] += entry.weight;
        while (this.weights[kind] > BUDGETS[kind] && this.count(kind) > 1) this.dropOldest(kind);
      },
      () => {
        if (this.entries.get(key) === entry) this.drop(key, entry);
      },
    );
    return entry.value as Promise<T>;
  }

  private count(kind: Entry["kind"]): number {
    let n = 0;
    for (const entry of this.entries.values()) if (entry.kind === kind) n++;
    return n;
  }

  /** Entries are kept in insertion order: the first of a kind is the oldest. */
  private dropOldest(kind: Entry["kind"]): void {
    for (const [key, entry] of this.entries) {
      if (entry.kind === kind) return this.drop(key, entry);
    }
  }

  events(): Promise<StoredEvent[]> {
    return this.memo("events", [SHARED_SCOPE], () => this.store.listEvents());
  }

  private claimants(): Promise<ClaimantEntry[]> {
    return this.memo("claimants", [SHARED_SCOPE], () => knownClaimants(this.store));
  }

  /** The claimant resolver over the gazetteer and the claimants the store knows, as reports resolve names. */
  async claimantResolver(): Promise<ClaimantResolver> {
    return claimantResolver(await this.claimants());
  }

  /** Claimant edits in force and dismissed checks; a curation write calls changed(), so this is never stale here. */
  curation(): Promise<StoredCuration> {
    return this.memo("curation", [SHARED_SCOPE], () => loadCuration(this.store));
  }

  /**
   * Ahead of the first request, one event at a time: the registry's estimates of the first events
   * (seconds of model averaging each; the front page opens on the first), then every event's stored
   * view checked, and computed where missing or stale without being held. Failures surface on request.
   */
  async warm(): Promise<void> {
    const events = await this.events();
    if (events.length === 0) return void (await this.viewWithEstimate(undefined).catch(() => undefined));
    for (const event of events.slice(0, WARM_ESTIMATES)) await this.estimate(event.id).catch(() => undefined);
    const today = this.options.today();
    for (const event of events) await ensureEventView(this.store, event.id, today).catch(() => undefined);
  }

  /** The registry's estimate for one event (of every record when eventId is undefined). */
  private estimate(eventId: number | undefined) {
    return this.memo(`estimate:${eventId ?? "all"}`, [VICTIMS_SCOPE], async () => registryEstimateSummary(await this.victimRecords(), eventId));
  }

  /** Every record of the victims registry (the estimate reads them all, then selects). */
  victimRecords(): Promise<StoredVictimRecord[]> {
    return this.memo("victims", [VICTIMS_SCOPE], () => this.store.victims.listRecords());
  }

  /** The registry's persons named per fate in one event (every record when eventId is undefined); null when none. */
  registryStanding(eventId: number | undefined): Promise<RegistryStanding | null> {
    return this.memo(`registry:${eventId ?? "all"}`, [VICTIMS_SCOPE], async () => registryStanding(await this.victimRecords(), eventId));
  }

  /** The reconciliation with the registry's counts and estimate beside it, as the overview and the report show them. */
  viewWithEstimate(eventId: number | undefined): Promise<ReportView> {
    return this.memo(`view+estimate:${eventId ?? "all"}`, eventDependencies(eventId, VICTIMS_SCOPE), async () => {
      const view = { ...(await this.view(eventId)), registry: await this.registryStanding(eventId) };
      // Persons of different crises are different populations: "All documents" of several events gets no estimate.
      if (eventId === undefined && (await this.events()).length > 0) return view;
      return { ...view, estimate: await this.estimate(eventId) };
    });
  }

  /** The whole reconciliation of one event (or of every claim when eventId is undefined), all metrics. */
  view(eventId: number | undefined): Promise<ReportView> {
    return this.memo(`view:${eventId ?? "all"}`, eventDependencies(eventId), async () => {
      if (eventId !== undefined) return eventViewPart(this.store, eventId, this.options.today(), "view", this.viewOptions(eventId));
      return buildReportView(await this.wholeStore(), { event: null, today: this.options.today() }, await this.claimants(), await this.curation());
    });
  }

  /** An event's summary part: read from its stored view without parsing its claims, series and checks. */
  summary(eventId: number | undefined): Promise<SummaryPart> {
    return this.memo(`summary:${eventId ?? "all"}`, eventDependencies(eventId), async () => {
      if (eventId !== undefined) return eventViewPart(this.store, eventId, this.options.today(), "summary", this.viewOptions(eventId));
      const { event, today, latestReport, claimCount, undatedDocuments, undatedClaims, summaries } = await this.view(undefined);
      return { event, today, latestReport, claimCount, undatedDocuments, undatedClaims, summaries, undatedByMetric: {} };
    });
  }

  /** A view this server's own write left stale is computed here; one another process's write left stale is its writer's to store (PostgreSQL). */
  private viewOptions(eventId: number): ViewPartOptions {
    const scope = eventScope(eventId);
    if (this.store.engine !== "postgres" || this.writtenHere.has(scope)) {
      this.writtenHere.delete(scope);
      return {};
    }
    return { trustWriterForMs: TRUST_WRITER_MS };
  }

  /** Every claim of the store, for the view of all documents together; refused for a store too large to hold. */
  private async wholeStore(): Promise<StoredClaim[]> {
    const { total } = await this.store.listClaims({ limit: 1 });
    const limit = this.options.wholeStoreLimit ?? WHOLE_STORE_LIMIT;
    if (total > limit) {
      const events = await this.events();
      throw new HTTPException(422, {
        message: `the store holds ${total.toLocaleString("en")} claims${events.length ? ` across ${events.length} events` : ""}: pick an event (all documents together are reconciled only up to ${limit.toLocaleString("en")} claims)`,
      });
    }
    return loadAllClaims(this.store);
  }
}
