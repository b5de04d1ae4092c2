// The store's batch writes, change counter, keyset paging and accounts, the same suite on PGlite and
// on PostgreSQL: a batch is stored whole or not at all, a text given twice is stored once.
import { describe, expect, it } from "vitest";
import { SHARED_SCOPE, UNASSIGNED_SCOPE } from "../src/store/revision.js";
import { sharedStore, storeEngines } from "./support/store-engines.js";
import { claim, document } from "./support/store-records.js";

const engines = await storeEngines();

for (const engine of engines) {
  describe.skipIf(engine.skip !== null)(`store batches, revision and accounts on ${engine.name}`, () => {
    const shared = sharedStore(engine);

    it("stores a batch of documents with their claims in order, a repeated text once, and bumps the revisions of the events it touched", async () => {
      const event = await shared.store.addEvent({ name: "Batch crisis", region: null, since: "2026-01-01", match: ["Batchland"] });
      const before = await shared.store.revision();
      const a = document("Batchland toll rises");
      const b = document("Unrelated report");
      const known = document("Stored earlier");
      const earlier = await shared.store.ingestDocument(known, [claim({ min: 1, max: 1 })], "1");
      const afterSingle = await shared.store.revision();
      expect(afterSingle).toBeGreaterThan(before);
      const scopesBefore = await shared.store.revisions();

      const results = await shared.store.ingestDocuments(
        [
          { doc: a, claims: [claim({ min: 5, max: 5 }), claim({ min: 6, max: 6, claimant: "Hengaw" })] },
          { doc: known, claims: [claim({ min: 1, max: 1 })] },
          { doc: b, claims: [claim({ min: 7, max: 7, claimant: null, claimantKind: null })] },
          { doc: a, claims: [claim({ min: 5, max: 5 })] },
        ],
        "1",
      );
      expect(results.map((r) => [r.inserted, r.claimsAdded])).toEqual([[true, 2], [false, 0], [true, 1], [false, 0]]);
      expect(results[1]!.documentId).toBe(earlier.documentId);
      expect(results[3]!.documentId).toBe(results[0]!.documentId);
      expect(results[2]!.documentId).toBeGreaterThan(results[0]!.documentId);
      // The batch's two events (the crisis's and no event's) moved, in its one commit; what every event shares did not.
      const scopesAfter = await shared.store.revisions();
      expect(scopesAfter.get(event.id)).toBeGreaterThan(scopesBefore.get(event.id)!);
      expect(scopesAfter.get(UNASSIGNED_SCOPE)).toBeGreaterThan(scopesBefore.get(UNASSIGNED_SCOPE)!);
      expect(scopesAfter.get(SHARED_SCOPE)).toBe(scopesBefore.get(SHARED_SCOPE));
      expect(await shared.store.revision()).toBe(afterSingle + 2);

      expect((await shared.store.listClaims({ documentId: results[0]!.documentId })).items.map((c) => [c.min, c.claimant, c.eventId])).toEqual([
        [5, "HRANA", event.id],
        [6, "Hengaw", event.id],
      ]);
      expect((await shared.store.getDocument(results[2]!.documentId))!.eventId).toBeNull();
      const found = await shared.store.findDocuments([a.sha256, b.sha256, "0".repeat(64)]);
      expect([...found.keys()].sort()).toEqual([a.sha256, b.sha256].sort());
      expect(found.get(a.sha256)).toEqual({ id: results[0]!.documentId, extractorVersion: "1", generation: 1, published: "2026-01-10" });
      expect(await shared.store.ingestDocuments([], "1")).toEqual([]);
    });

    it("stores nothing of a batch when one of its documents cannot be stored, and leaves the revision alone", async () => {
      const good = document("A good document in a bad batch");
      const bad = document("A bad document in a bad batch");
      const revision = await shared.store.revision();
      const broken = claim({ evidence: { text: "x", start: null as unknown as number, end: 1 } });
      await expect(shared.store.ingestDocuments([{ doc: good, claims: [claim()] }, { doc: bad, claims: [broken] }], "1")).rejects.toThrow();
      expect(await shared.store.findDocuments([good.sha256, bad.sha256])).toEqual(new Map());
      expect(await shared.store.revision()).toBe(revision);
    });

    it("re-extracts a known document met in a batch with another extractor version", async () => {
      const doc = document("Batch re-extraction");
      const { documentId } = await shared.store.ingestDocument(doc, [claim({ min: 3, max: 3 })], "1");
      const [result] = await shared.store.ingestDocuments([{ doc, claims: [claim({ min: 4, max: 4, evidence: { text: "four", start: 9, end: 13 } })] }], "2");
      expect(result).toEqual({ documentId, inserted: false, claimsAdded: 1, eventId: null });
      expect((await shared.store.listClaims({ documentId })).items.map((c) => [c.min, c.extractorVersion])).toEqual([[4, "2"]]);
    });

    it("pages claims by id after a given one, with the filter's full total", async () => {
      const doc = document("Keyset paging fixture");
      const { documentId } = await shared.store.ingestDocument(doc, [1, 2, 3, 4, 5].map((n) => claim({ min: n, max: n })), "1");
      const first = await shared.store.listClaims({ documentId, limit: 2 });
      expect(first.items.map((c) => c.min)).toEqual([1, 2]);
      const second = await shared.store.listClaims({ documentId, limit: 2, afterId: first.items[1]!.id });
      expect(second.items.map((c) => c.min)).toEqual([3, 4]);
      expect(second.total).toBe(5);
      const last = await shared.store.listClaims({ documentId, limit: 2, afterId: second.items[1]!.id });
      expect(last.items.map((c) => c.min)).toEqual([5]);
    });

    it("keeps users and hashed API tokens in the database, across a reopen", async () => {
      const accounts = shared.store.accounts;
      expect(await accounts.countUsers()).toBe(0);
      await accounts.saveUser("ana", "editor", "scrypt$1$2$3$salt$hash");
      await accounts.addToken("ana", "a".repeat(64), "cli");
      await expect(accounts.addToken("nobody", "b".repeat(64), "cli")).rejects.toThrow(/no user 'nobody'/);
      await expect(accounts.saveUser("bo", "owner" as "admin", "x")).rejects.toThrow(/role 'owner'/);
      await accounts.saveUser("ana", "admin", "scrypt$changed");

      await shared.store.close();
      shared.store = await shared.reopen();
      expect(await shared.store.accounts.countUsers()).toBe(1);
      expect(await shared.store.accounts.findUser("ana")).toEqual({ name: "ana", role: "admin", passwordHash: "scrypt$changed" });
      expect(await shared.store.accounts.findUser("bo")).toBeNull();
      expect(await shared.store.accounts.findUserByToken("a".repeat(64))).toEqual({ name: "ana", role: "admin" });
      expect(await shared.store.accounts.findUserByToken("c".repeat(64))).toBeNull();
    }, 30_000);
  });
}
