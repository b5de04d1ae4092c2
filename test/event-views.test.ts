// Each event's reconciliation stored as a view (views/event-views.ts) and the server's ledger over
// it: a stored view reads back as the one computed, renders the same report, goes stale only when
// its own event (or what every event shares) changes, and the ledger drops only what a change feeds.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertAfterIngest } from "../src/alerts/after-ingest.js";
import { Ledger } from "../src/server/ledger.js";
import { eventScope, SHARED_SCOPE, UNASSIGNED_SCOPE } from "../src/store/revision.js";
import type { Store, StoredEvent } from "../src/store/store.js";
import { computeEventView, eventViewPart, refreshDayStaleViews, refreshEventViews } from "../src/views/event-views.js";
import { renderStaticReport } from "../src/views/static-report.js";
import { addHostileDocument, seededStore } from "./server-support.js";

const TODAY = "2026-06-01";

describe("stored event views", () => {
  let store: Store;
  let events: StoredEvent[];

  beforeAll(async () => {
    store = await seededStore();
    events = await store.listEvents();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it("reads a stored view back as computed, and renders the same report from it", async () => {
    for (const event of events) {
      const computed = await computeEventView(store, event.id, TODAY);
      await refreshEventViews(store, [event.id], TODAY);
      const stored = await eventViewPart(store, event.id, TODAY, "view");
      expect(stored).toEqual(computed.view);
      const render = (view: typeof stored) => renderStaticReport([view], { generatedAt: "2026-06-01T00:00:00Z" });
      expect(render(stored)).toBe(render(computed.view));
      expect(await eventViewPart(store, event.id, TODAY, "summary")).toEqual(computed.summary);
    }
    expect(events.length).toBeGreaterThan(1);
  });

  it("goes stale for the event a write touched, another day or a shared change, and no other", async () => {
    const [a, b] = events as [StoredEvent, StoredEvent];
    await refreshEventViews(store, [a.id, b.id], TODAY);
    const before = await store.revisions();
    await addHostileDocument(store, a.id);
    const after = await store.revisions();
    expect(after.get(eventScope(a.id))).not.toBe(before.get(eventScope(a.id)));
    expect(after.get(eventScope(b.id))).toBe(before.get(eventScope(b.id)));
    expect((await store.views.read(eventScope(b.id), "summary"))!.revision).toBe(after.get(eventScope(b.id)));
    expect((await store.views.read(eventScope(a.id), "summary"))!.revision).not.toBe(after.get(eventScope(a.id)));
    // Read again, a's view is computed with the new claim and stored under the new revision.
    const summary = await eventViewPart(store, a.id, TODAY, "summary");
    expect(summary.claimCount).toBe((await computeEventView(store, a.id, TODAY)).summary.claimCount);
    expect((await store.views.read(eventScope(a.id), "summary"))!.revision).toBe(after.get(eventScope(a.id)));
    // Another day: computed again for that day.
    expect((await eventViewPart(store, b.id, "2026-06-02", "summary")).today).toBe("2026-06-02");
    expect((await store.views.read(eventScope(b.id), "summary"))!.today).toBe("2026-06-02");
  });

  it("serves a view its writer is storing again while the writer may still be at it, and computes it after", async () => {
    const [a] = events as [StoredEvent];
    await refreshEventViews(store, [a.id], TODAY);
    const before = (await eventViewPart(store, a.id, TODAY, "summary")).claimCount;
    const text = "Medics said 9 more people were killed in the shelling on Sunday.";
    await store.ingestDocument(
      { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: null, title: null, published: "2026-05-04", language: "en", source: "file", eventId: a.id },
      [{ metric: "killed", population: "all", min: 9, max: 9, qualifier: "exact", claimant: "Medics", claimantKind: "other", status: "reported", asOf: "2026-05-03", mainEvent: true, evidence: { text, start: 0, end: text.length } }],
      "test",
    );
    expect((await eventViewPart(store, a.id, TODAY, "summary", { trustWriterForMs: 60_000 })).claimCount).toBe(before);
    expect((await eventViewPart(store, a.id, TODAY, "summary", { trustWriterForMs: 0 })).claimCount).toBe(before + 1);
  });

  it("stores, after an ingest, the view the alerts' reconciliation gives: the one computed from the claims", async () => {
    const [, b] = events as [StoredEvent, StoredEvent];
    const text = "The ministry said 31 people had been detained by Tuesday.";
    const stored = await store.ingestDocument(
      { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: null, title: null, published: "2026-05-06", language: "en", source: "file", eventId: b.id },
      [{ metric: "detained", population: "all", min: 31, max: 31, qualifier: "exact", claimant: "Ministry of Interior", claimantKind: "government", status: "reported", asOf: "2026-05-05", mainEvent: true, evidence: { text, start: 0, end: text.length } }],
      "test",
    );
    await alertAfterIngest(store, [stored.documentId], { today: TODAY });
    const current = await store.revisions();
    expect((await store.views.stamp(eventScope(b.id)))!.revision).toBe(current.get(eventScope(b.id)));
    expect(await eventViewPart(store, b.id, TODAY, "view")).toEqual((await computeEventView(store, b.id, TODAY)).view);
  });

  it("computes again, a few at a time, the views a new day left stale", async () => {
    await refreshEventViews(store, events.map((event) => event.id), TODAY);
    const nextDay = "2026-06-03";
    expect(await refreshDayStaleViews(store, nextDay, 1)).toBe(1);
    expect((await store.views.stamp(eventScope(events[0]!.id)))!.today).toBe(nextDay);
    expect((await store.views.stamp(eventScope(events[1]!.id)))!.today).toBe(TODAY);
    await refreshDayStaleViews(store, nextDay, 100);
    expect(await store.views.computedBefore(nextDay, 100)).toEqual([]);
  });

  it("computes the view of documents in no event from their claims alone", async () => {
    const text = "Rescuers said 12 people were killed when the bridge collapsed on Monday.";
    const evidence = { text, start: 0, end: text.length };
    await store.ingestDocument(
      { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: null, title: null, published: "2026-05-02", language: "en", source: "file", eventId: null },
      [{ metric: "killed", population: "all", min: 12, max: 12, qualifier: "exact", claimant: "Rescuers", claimantKind: "other", status: "reported", asOf: "2026-05-01", mainEvent: true, evidence }],
      "test",
    );
    const view = await eventViewPart(store, null, TODAY, "view");
    expect(view.event).toBeNull();
    expect(view.claimCount).toBe(1);
    expect((await store.revisions()).has(UNASSIGNED_SCOPE)).toBe(true);
  });

  it("drops from the ledger only what the changed scopes feed", async () => {
    const [a, b] = events as [StoredEvent, StoredEvent];
    const ledger = new Ledger(store, { today: () => TODAY });
    const viewA = await ledger.view(a.id);
    const viewB = await ledger.view(b.id);
    expect(await ledger.view(a.id)).toBe(viewA);
    ledger.changed([eventScope(b.id)]);
    expect(await ledger.view(a.id)).toBe(viewA);
    expect(await ledger.view(b.id)).not.toBe(viewB);
    ledger.changed([SHARED_SCOPE]);
    expect(await ledger.view(a.id)).not.toBe(viewA);
  });

  it("refuses to reconcile all documents together above its limit, naming the way out", async () => {
    const ledger = new Ledger(store, { today: () => TODAY, wholeStoreLimit: 10 });
    await expect(ledger.view(undefined)).rejects.toThrow(/claims across \d+ events: pick an event \(all documents together are reconciled only up to 10 claims\)/);
  });
});
