// The store's behaviour, the same suite on PGlite and on PostgreSQL: documents stored once with
// their claims, filters, reviews with their audit trail, re-extraction that keeps reviews, events.
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { InputError } from "../src/domain/input-error.js";
import { sharedStore, storeEngines } from "./support/store-engines.js";
import { claim, document } from "./support/store-records.js";

const engines = await storeEngines();

for (const engine of engines) {
  describe.skipIf(engine.skip !== null)(`store on ${engine.name}`, () => {
    const shared = sharedStore(engine);

    it("stores a document and its claims once, whatever the number of times it is ingested", async () => {
      const doc = document("Protest deaths rise\nHRANA said 12 people were killed.");
      const claims = [claim(), claim({ metric: "detained", min: 300, max: 300, claimant: "Iran Human Rights", asOf: null })];
      const first = await shared.store.ingestDocument(doc, claims, "1");
      expect(first).toEqual({ documentId: expect.any(Number), inserted: true, claimsAdded: 2, eventId: null });
      const again = await shared.store.ingestDocument(doc, claims, "1");
      expect(again).toEqual({ documentId: first.documentId, inserted: false, claimsAdded: 0, eventId: null });

      const stored = await shared.store.listClaims({ documentId: first.documentId });
      expect(stored.total).toBe(2);
      expect(stored.items[0]).toMatchObject({
        ...claim(), documentId: first.documentId, outlet: "Wire", documentTitle: "Protest deaths rise", published: "2026-01-10",
        eventId: null, extractorVersion: "1", reviewState: "auto",
      });
      expect(stored.items[1]).toMatchObject({ metric: "detained", min: 300, asOf: null, claimant: "Iran Human Rights" });
      expect(await shared.store.findDocument(doc.sha256)).toEqual({ id: first.documentId, extractorVersion: "1", generation: 1, published: "2026-01-10" });
      const got = await shared.store.getDocument(first.documentId);
      expect(got).toMatchObject({ ...doc, id: first.documentId, eventId: null });
      expect(got!.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect((await shared.store.listClaimants()).map((c) => c.name)).toEqual(expect.arrayContaining(["HRANA", "Iran Human Rights"]));
    });

    it("stores nothing of a document whose claims cannot be stored", async () => {
      const doc = document("A document whose second claim is broken");
      const broken = claim({ evidence: { text: "x", start: null as unknown as number, end: 1 } });
      await expect(shared.store.ingestDocument(doc, [claim(), broken], "1")).rejects.toThrow();
      expect(await shared.store.findDocument(doc.sha256)).toBeNull();
    });

    it("filters claims and pages through them with the full total", async () => {
      const doc = document("Filter fixture", { published: "2026-02-01" });
      const { documentId } = await shared.store.ingestDocument(
        doc,
        [
          claim({ asOf: "2026-01-20", min: 1, max: 1 }),
          claim({ asOf: "2026-01-25", min: 2, max: 2, claimant: "hengaw", population: "children" }),
          claim({ asOf: "2026-01-30", min: 3, max: 3, metric: "injured", status: "verified" }),
        ],
        "1",
      );
      expect((await shared.store.listClaims({ documentId, metric: "killed" })).items.map((c) => c.min)).toEqual([1, 2]);
      expect((await shared.store.listClaims({ documentId, claimant: "HENGAW" })).items.map((c) => c.min)).toEqual([2]);
      expect((await shared.store.listClaims({ documentId, population: "children" })).total).toBe(1);
      expect((await shared.store.listClaims({ documentId, status: "verified" })).items.map((c) => c.min)).toEqual([3]);
      expect((await shared.store.listClaims({ documentId, from: "2026-01-21", to: "2026-01-30" })).items.map((c) => c.min)).toEqual([2, 3]);
      const page = await shared.store.listClaims({ documentId, limit: 1, offset: 1 });
      expect(page.items.map((c) => c.min)).toEqual([2]);
      expect(page.total).toBe(3);
      expect(typeof page.total).toBe("number");
    });

    it("records a review in the audit trail, hides rejected claims unless asked", async () => {
      const { documentId } = await shared.store.ingestDocument(document("Review fixture"), [claim({ min: 40, max: 40 }), claim({ min: 50, max: 50 })], "1");
      const [first, second] = (await shared.store.listClaims({ documentId })).items;
      const corrected = await shared.store.reviewClaim(first!.id, "corrected", { min: 41, max: 41, claimant: "Hengaw" }, "ana");
      expect(corrected).toMatchObject({ id: first!.id, min: 41, max: 41, claimant: "Hengaw", reviewState: "corrected" });
      expect(await shared.store.getClaim(first!.id)).toMatchObject({ min: 41, claimant: "Hengaw", reviewState: "corrected" });
      await shared.store.reviewClaim(second!.id, "rejected", {}, "ben");

      const audit = await shared.store.listAudit({ entity: "claim", entityId: first!.id });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: "ana", action: "review:corrected", entity: "claim", entityId: first!.id });
      expect(audit[0]!.before).toMatchObject({ min: 40, claimant: "HRANA", reviewState: "auto" });
      expect(audit[0]!.after).toMatchObject({ min: 41, claimant: "Hengaw", reviewState: "corrected" });
      expect(audit[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);

      expect((await shared.store.listClaims({ documentId })).items.map((c) => c.id)).toEqual([first!.id]);
      expect((await shared.store.listClaims({ documentId, includeRejected: true })).total).toBe(2);
      expect((await shared.store.listClaims({ documentId, reviewState: "rejected" })).items.map((c) => c.id)).toEqual([second!.id]);
    });

    it("refuses a correction outside the contract, naming the field, and changes nothing", async () => {
      const { documentId } = await shared.store.ingestDocument(document("Bad correction fixture"), [claim()], "1");
      const [only] = (await shared.store.listClaims({ documentId })).items;
      await expect(shared.store.reviewClaim(only!.id, "corrected", { metric: "hurt" as Claim["metric"] }, "ana")).rejects.toThrow(/correction 'metric'/);
      await expect(shared.store.reviewClaim(999_999, "accepted", {}, "ana")).rejects.toThrow(/no claim 999999/);
      expect((await shared.store.getClaim(only!.id))!.reviewState).toBe("auto");
      expect(await shared.store.listAudit({ entity: "claim", entityId: only!.id })).toEqual([]);
    });

    it("refuses what a caller should have checked before any SQL runs: ids beyond the integer column, impossible days, bounds that contradict", async () => {
      const { documentId } = await shared.store.ingestDocument(document("Store edge fixture"), [claim({ min: 10, max: 20, qualifier: "range" })], "1");
      const [stored] = (await shared.store.listClaims({ documentId })).items;
      const refused = async (work: Promise<unknown>, message: RegExp) => {
        const error = await work.then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).toMatch(message);
      };
      await refused(shared.store.getClaim(99_999_999_999), /^claim id: expected an id: a whole number from 1 to 2147483647/);
      await refused(shared.store.getDocument(2_147_483_648), /^document id: /);
      await refused(shared.store.listClaims({ eventId: 99_999_999_999 }), /^event id: /);
      await refused(shared.store.listClaims({ from: "2026-02-30" }), /^from: '2026-02-30': day 30 does not exist/);
      await refused(shared.store.listClaims({ to: "2026-13-01" }), /^to: '2026-13-01': month 13/);
      await refused(shared.store.listClaims({ claimant: "a\u0000b" }), /^claimant: control character U\+0000/);
      await refused(shared.store.listDocuments({ eventId: 99_999_999_999 }), /^event id: /);
      await refused(shared.store.reviewClaim(99_999_999_999, "accepted", {}, "ana"), /^claim id: /);
      await refused(shared.store.reviewClaim(stored!.id, "corrected", { asOf: "2026-02-30" }, "ana"), /correction 'asOf': '2026-02-30'/);
      await refused(shared.store.reviewClaim(stored!.id, "corrected", { min: 1e20 }, "ana"), /correction 'min': expected a whole number from 0 to 10,000,000,000/);
      // Judged on the stored row: a max alone below the stored min.
      await refused(shared.store.reviewClaim(stored!.id, "corrected", { max: 5 }, "ana"), /correction 'max': max 5 is below min 10/);
      await refused(shared.store.addEvent({ name: "Bad start", since: "2026-02-30", match: [], region: null }), /^event since: '2026-02-30'/);
      expect((await shared.store.getClaim(stored!.id))!).toMatchObject({ min: 10, max: 20, reviewState: "auto" });
      expect(await shared.store.listAudit({ entity: "claim", entityId: stored!.id })).toEqual([]);
    });

    it("re-extraction with a new extractor version adds a generation and keeps reviewed claims", async () => {
      const doc = document("Re-extraction fixture");
      const reviewedOne = claim({ min: 7, max: 7, evidence: { text: "seven", start: 10, end: 20 } });
      const autoOne = claim({ min: 8, max: 8, evidence: { text: "eight", start: 30, end: 40 } });
      const { documentId } = await shared.store.ingestDocument(doc, [reviewedOne, autoOne], "1");
      const [toReview] = (await shared.store.listClaims({ documentId })).items;
      await shared.store.reviewClaim(toReview!.id, "corrected", { min: 70, max: 70 }, "ana");

      // Version 2 finds the reviewed claim again, drops 8 and finds 9.
      const newOne = claim({ min: 9, max: 9, evidence: { text: "nine", start: 50, end: 60 } });
      const result = await shared.store.ingestDocument(doc, [reviewedOne, newOne], "2");
      expect(result).toEqual({ documentId, inserted: false, claimsAdded: 1, eventId: null });
      const after = (await shared.store.listClaims({ documentId })).items;
      expect(after.map((c) => [c.min, c.reviewState, c.extractorVersion])).toEqual([
        [70, "corrected", "1"],
        [9, "auto", "2"],
      ]);
      expect(await shared.store.findDocument(doc.sha256)).toEqual({ id: documentId, extractorVersion: "2", generation: 2, published: "2026-01-10" });
      expect(await shared.store.reextractDocument(documentId, [reviewedOne, newOne, autoOne], "3")).toBe(2);
      expect((await shared.store.listClaims({ documentId })).total).toBe(3);
    });

    it("dates a document stored with no publication date and reads its claims again, keeping reviewed ones; never re-dates one", async () => {
      const doc = document("Undated fixture\nOn Tuesday 9 people were killed.", { published: null });
      const reviewedOne = claim({ min: 4, max: 4, asOf: null, evidence: { text: "four", start: 10, end: 20 } });
      const { documentId } = await shared.store.ingestDocument(doc, [reviewedOne, claim({ min: 9, max: 9, asOf: null })], "1");
      expect(await shared.store.findDocument(doc.sha256)).toMatchObject({ id: documentId, published: null });
      const [toReview] = (await shared.store.listClaims({ documentId })).items;
      await shared.store.reviewClaim(toReview!.id, "accepted", {}, "ana");

      expect(await shared.store.dateDocument(documentId, "2026-01-14", [reviewedOne, claim({ min: 9, max: 9, asOf: "2026-01-13" })], "1")).toBe(1);
      expect(await shared.store.findDocument(doc.sha256)).toEqual({ id: documentId, extractorVersion: "1", generation: 2, published: "2026-01-14" });
      expect((await shared.store.listClaims({ documentId })).items.map((c) => [c.min, c.asOf, c.published, c.reviewState])).toEqual([
        [4, null, "2026-01-14", "accepted"],
        [9, "2026-01-13", "2026-01-14", "auto"],
      ]);
      expect(await shared.store.dateDocument(documentId, "2026-01-15", [], "1")).toBeNull();
      expect((await shared.store.getDocument(documentId))!.published).toBe("2026-01-14");
      expect((await shared.store.listClaims({ documentId })).total).toBe(2);
      const error = await shared.store.dateDocument(documentId, "2026-02-30", [], "1").catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^published: '2026-02-30': day 30 does not exist/);
    });

    it("assigns documents to the event whose words they contain, from its start on; others stay visible", async () => {
      const before = await shared.store.ingestDocument(document("Derna flood toll rises", { published: "2023-09-12" }), [claim()], "1");
      const tooEarly = await shared.store.ingestDocument(document("Derna mentioned in an old story", { published: "2020-01-01" }), [], "1");
      const event = await shared.store.addEvent({ name: "Libya floods", region: "Libya", since: "2023-09-10", match: ["Derna", "Storm Daniel"] });
      expect(event).toEqual({ id: expect.any(Number), name: "Libya floods", region: "Libya", since: "2023-09-10", match: ["Derna", "Storm Daniel"] });
      expect((await shared.store.getDocument(before.documentId))!.eventId).toBe(event.id);
      expect((await shared.store.getDocument(tooEarly.documentId))!.eventId).toBeNull();

      const later = await shared.store.ingestDocument(document("After storm daniel, thousands missing", { published: "2023-09-14" }), [claim()], "1");
      const other = await shared.store.ingestDocument(document("Nothing to do with it", { published: "2023-09-14" }), [claim()], "1");
      expect((await shared.store.getDocument(later.documentId))!.eventId).toBe(event.id);
      expect((await shared.store.listClaims({ eventId: event.id })).items.map((c) => c.documentId)).toEqual([before.documentId, later.documentId]);
      const unassigned = await shared.store.listDocuments({ eventId: null });
      expect(unassigned.items.map((d) => d.id)).toContain(other.documentId);
      expect(unassigned.items.map((d) => d.id)).not.toContain(later.documentId);
      expect((await shared.store.listDocuments({ eventId: event.id })).total).toBe(2);
      expect(await shared.store.listEvents()).toEqual([event]);
      await expect(shared.store.addEvent({ name: "libya FLOODS", region: null, since: "2023-09-10", match: [] })).rejects.toThrow(/already exists/);
    });

    it("opens again with the same data and no migration run twice", async () => {
      const total = (await shared.store.listDocuments({ limit: 1 })).total;
      await shared.store.close();
      shared.store = await shared.reopen();
      expect((await shared.store.listDocuments({ limit: 1 })).total).toBe(total);
    }, 30_000);
  });
}
