// The victims registry in the store, on PGlite and PostgreSQL: list records imported and re-imported
// by record id, link runs saved, reviewers' decisions kept with their audit rows.
import { describe, expect, it } from "vitest";
import type { NewVictimRecord } from "../src/domain/victim.js";
import { sharedStore, storeEngines } from "./support/store-engines.js";
import { linkStoredRecords } from "../src/store/victims-link.js";
import { exportVictimRecords } from "../src/report/victims-export.js";
import { groupPersons } from "../src/victims/registry.js";

const engines = await storeEngines();

const record = (recordId: string, fields: Partial<NewVictimRecord> = {}): NewVictimRecord => ({
  list: "hengaw",
  recordId,
  givenName: "Erfan",
  surname: "Rezaei",
  fullName: null,
  script: "latin",
  sex: "male",
  age: 26,
  fate: "executed",
  date: "2026-01-13",
  place: "Zahedan",
  evidence: { kind: "row", file: "hengaw.csv", line: 2 },
  privateFields: { contact: "+98 912 000" },
  ...fields,
});

for (const engine of engines) {
  describe.skipIf(engine.skip !== null)(`victims store on ${engine.name}`, () => {
    const shared = sharedStore(engine);

    it("imports a list and updates it by record id on re-import", async () => {
      expect(await shared.store.victims.importRecords([record("1"), record("2", { givenName: "Zahra", sex: "female" })], null)).toEqual({ inserted: 2, updated: 0 });
      expect(await shared.store.victims.importRecords([record("2", { age: 27 }), record("3")], null)).toEqual({ inserted: 1, updated: 1 });
      const stored = await shared.store.victims.listRecords();
      expect(stored.map((r) => [r.recordId, r.age])).toEqual([["1", 26], ["2", 27], ["3", 26]]);
      expect(stored[0]).toMatchObject({ date: "2026-01-13", privateFields: { contact: "+98 912 000" }, evidence: { kind: "row", line: 2 } });
    });

    it("saves a link run's persons and review queue, and keeps decisions with an audit row", async () => {
      await shared.store.victims.saveLinkRun(new Map([["hengaw/1", "p-a"], ["hengaw/3", "p-a"], ["hengaw/2", "p-b"]]), [{ recordA: "hengaw/2", recordB: "hengaw/1", probability: 0.5, weight: 1.2 }]);
      const stored = await shared.store.victims.listRecords();
      expect(stored.map((r) => r.personId)).toEqual(["p-a", "p-b", "p-a"]);
      expect(await shared.store.victims.listReviewPairs()).toEqual([{ recordA: "hengaw/1", recordB: "hengaw/2", probability: 0.5, weight: 1.2 }]);
      await shared.store.victims.decide("hengaw/2", "hengaw/1", "match", "ana");
      const decided = await shared.store.victims.decide("hengaw/1", "hengaw/2", "not_match", "ana", "different fathers");
      expect(decided).toMatchObject({ recordA: "hengaw/1", recordB: "hengaw/2", decision: "not_match", reason: "different fathers" });
      expect((await shared.store.victims.listDecisions()).map((d) => d.decision)).toEqual(["not_match"]);
      expect(await shared.store.victims.listReviewPairs()).toEqual([]);
      const audit = await shared.store.listAudit({ entity: "victim_link" });
      expect(audit).toHaveLength(2);
      await expect(shared.store.victims.decide("hengaw/1", "other/9", "match", "ana")).rejects.toThrow(/no victim record 'other\/9'/);
    });

    it("links the stored records, keeps a decision across runs, and exports without private fields", async () => {
      await shared.store.victims.importRecords(
        [
          record("k1", { list: "other", givenName: "عرفان", surname: "رضایی", script: "persian", privateFields: { witness: "neighbour" } }),
          record("k2", { list: "other", givenName: "Zahra", surname: "Ahmadi", sex: "female", age: 40, date: "2026-01-20", place: "Tabriz", fate: "killed" }),
        ],
        null,
      );
      const run = await linkStoredRecords(shared.store);
      expect(run.records).toBe(5);
      const persons = groupPersons(await shared.store.victims.listRecords());
      const erfan = persons.find((person) => person.records.some((r) => r.list === "other" && r.recordId === "k1"))!;
      // hengaw/1 and hengaw/3 are the same Erfan Rezaei; the reviewer's "not a match" keeps hengaw/1 and hengaw/2 apart.
      expect(erfan.records.map((r) => `${r.list}/${r.recordId}`).sort()).toEqual(["hengaw/1", "hengaw/3", "other/k1"]);
      const rows = exportVictimRecords(persons);
      expect(rows).toHaveLength(5);
      expect(JSON.stringify(rows)).not.toContain("neighbour");
      expect(JSON.stringify(rows)).not.toContain("+98");
    });
  });
}
