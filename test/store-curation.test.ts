// Curation in the store, the same suite on PGlite and on PostgreSQL: checks dismissed and undismissed,
// claimants merged, renamed, disowned and restored, each with its audit entry, kept across a reopen.
import { describe, expect, it } from "vitest";
import { CurationError, type NewCheckDismissal, type NewClaimantEdit } from "../src/store/curation.js";
import { sharedStore, storeEngines } from "./support/store-engines.js";

const engines = await storeEngines();

const outlier = (fields: Partial<NewCheckDismissal> = {}): NewCheckDismissal => ({
  checkKey: "outlier-displaced-0a1b2c3d4e5f60",
  eventId: null,
  kind: "outlier",
  metric: "displaced",
  explanation: "12,000,000 (UNHCR, about, 6 November 2025) is 180.0× above the median (60,000) of the 5 other claimants' latest counts of people displaced.",
  reason: "UNHCR's figure is for the whole country since April 2023; the others count El Fasher since 26 October.",
  ...fields,
});

const edit = (fields: Partial<NewClaimantEdit> & Pick<NewClaimantEdit, "action">): NewClaimantEdit => ({
  claimantKey: "named:office",
  claimantName: "office",
  intoKey: null,
  intoName: null,
  intoKind: null,
  newName: null,
  reason: "\"The office\" in this report is the UN human rights office.",
  ...fields,
});

async function refused(work: Promise<unknown>): Promise<CurationError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CurationError);
  return error as CurationError;
}

for (const engine of engines) {
  describe.skipIf(engine.skip !== null)(`curation on ${engine.name}`, () => {
    const shared = sharedStore(engine);

    it("dismisses a check with a reason and its audit entry, bumps the revision, and refuses a second dismissal", async () => {
      const event = await shared.store.addEvent({ name: "Sudan", region: null, since: "2025-01-01", match: [] });
      const revision = await shared.store.revision();
      const dismissed = await shared.store.curation.dismissCheck(outlier({ eventId: event.id }), "ana");
      expect(dismissed).toMatchObject({ ...outlier({ eventId: event.id }), id: expect.any(Number), actor: "ana", undone: null });
      expect(dismissed.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(await shared.store.revision()).toBeGreaterThan(revision);
      expect(await shared.store.curation.listCheckDismissals()).toEqual([dismissed]);

      const audit = await shared.store.listAudit({ entity: "check_dismissal", entityId: dismissed.id });
      expect(audit).toEqual([
        expect.objectContaining({ actor: "ana", action: "check:dismiss", reason: dismissed.reason, before: null, after: expect.objectContaining({ checkKey: dismissed.checkKey, reason: dismissed.reason, eventId: event.id }) }),
      ]);

      const again = await refused(shared.store.curation.dismissCheck(outlier({ reason: "Another reason" }), "ben"));
      expect(again.problem).toBe("conflict");
      expect(again.message).toMatch(/already dismissed \(by ana/);
    });

    it("undismisses a check, keeps the dismissal as history, and finds nothing to undo the second time", async () => {
      const undone = await shared.store.curation.undismissCheck(outlier().checkKey, "ben", "New figures from the same camps");
      expect(undone.undone).toMatchObject({ actor: "ben", reason: "New figures from the same camps" });
      expect(await shared.store.curation.listCheckDismissals()).toEqual([]);
      expect(await shared.store.curation.listCheckDismissals({ includeUndone: true, checkKey: outlier().checkKey })).toEqual([undone]);
      const audit = await shared.store.listAudit({ entity: "check_dismissal", entityId: undone.id });
      expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
        ["ana", "check:dismiss"],
        ["ben", "check:undismiss"],
      ]);
      expect(audit[1]!.after).toEqual({ dismissed: false, reason: "New figures from the same camps" });
      expect(audit.map((entry) => entry.reason)).toEqual([outlier().reason, "New figures from the same camps"]);
      expect((await refused(shared.store.curation.undismissCheck(outlier().checkKey, "ben"))).problem).toBe("not_found");
      // Dismissed again after the undo: a new row, the old one stays.
      await shared.store.curation.dismissCheck(outlier(), "ana");
      expect(await shared.store.curation.listCheckDismissals({ includeUndone: true })).toHaveLength(2);
    });

    it("refuses a dismissal without a reason or with one over 500 characters, and lets one of two at once through", async () => {
      const empty = await refused(shared.store.curation.dismissCheck(outlier({ checkKey: "outlier-killed-00000000000001", reason: "  " }), "ana"));
      expect([empty.problem, empty.message]).toEqual(["invalid", "reason: a reason is required"]);
      const long = await refused(shared.store.curation.dismissCheck(outlier({ checkKey: "outlier-killed-00000000000001", reason: "x".repeat(501) }), "ana"));
      expect(long.message).toMatch(/at most 500 characters/);
      expect(await shared.store.curation.dismissCheck(outlier({ checkKey: "outlier-killed-00000000000001", reason: "é".repeat(500) }), "ana")).toMatchObject({ reason: "é".repeat(500) });

      const key = "cumulative_falls-killed-00000000000002";
      const results = await Promise.allSettled([shared.store.curation.dismissCheck(outlier({ checkKey: key }), "ana"), shared.store.curation.dismissCheck(outlier({ checkKey: key }), "ben")]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(CurationError);
      expect(await shared.store.curation.listCheckDismissals({ checkKey: key })).toHaveLength(1);
    });

    it("merges, renames and disowns claimants; a later edit replaces the one in force and both are audited", async () => {
      const merged = await shared.store.curation.editClaimant(edit({ action: "merge", intoKey: "gazetteer:ohchr", intoName: "OHCHR", intoKind: "intergovernmental" }), "ana");
      expect(merged).toMatchObject({ claimantKey: "named:office", action: "merge", intoKey: "gazetteer:ohchr", newName: null, actor: "ana", undone: null });
      const renamed = await shared.store.curation.editClaimant(edit({ claimantKey: "gazetteer:ohchr", claimantName: "OHCHR", action: "rename", newName: "UN Human Rights Office", reason: "Readers know it by name" }), "ana");
      expect(await shared.store.curation.listClaimantEdits()).toEqual([merged, renamed]);
      expect((await shared.store.curation.listClaimantEdits({ involving: "gazetteer:ohchr" })).map((e) => e.id)).toEqual([merged.id, renamed.id]);

      const disowned = await shared.store.curation.editClaimant(edit({ action: "not_a_source", reason: "\"office\" is a common noun here" }), "ben");
      const history = await shared.store.curation.listClaimantEdits({ involving: "named:office", includeUndone: true });
      expect(history.map((e) => [e.action, e.undone?.actor ?? null, e.undone?.reason ?? null])).toEqual([
        ["merge", "ben", "replaced by a later edit"],
        ["not_a_source", null, null],
      ]);
      const audit = await shared.store.listAudit({ entity: "claimant_edit", entityId: disowned.id });
      expect(audit).toEqual([
        expect.objectContaining({
          actor: "ben",
          action: "claimant:not_a_source",
          reason: "\"office\" is a common noun here",
          before: expect.objectContaining({ action: "merge", intoKey: "gazetteer:ohchr", reason: merged.reason }),
          after: expect.objectContaining({ action: "not_a_source", claimantName: "office", reason: "\"office\" is a common noun here" }),
        }),
      ]);
    });

    it("restores a claimant, and refuses edits that name nothing, merge into themselves or have no reason", async () => {
      const restored = await shared.store.curation.restoreClaimant("named:office", "ana");
      expect(restored.undone).toMatchObject({ actor: "ana", reason: null });
      expect((await shared.store.curation.listClaimantEdits()).map((e) => e.claimantKey)).toEqual(["gazetteer:ohchr"]);
      expect((await shared.store.listAudit({ entity: "claimant_edit", entityId: restored.id })).map((e) => e.action)).toEqual(["claimant:not_a_source", "claimant:restore"]);
      expect((await refused(shared.store.curation.restoreClaimant("named:office", "ana"))).problem).toBe("not_found");

      expect((await refused(shared.store.curation.editClaimant(edit({ action: "merge", intoKey: "named:office" }), "ana"))).problem).toBe("conflict");
      expect((await refused(shared.store.curation.editClaimant(edit({ action: "merge" }), "ana"))).message).toMatch(/^into:/);
      expect((await refused(shared.store.curation.editClaimant(edit({ action: "rename", newName: " " }), "ana"))).message).toBe("name: a name is required");
      expect((await refused(shared.store.curation.editClaimant(edit({ action: "rename", newName: "a\u0007b" }), "ana"))).message).toMatch(/control character/);
      expect((await refused(shared.store.curation.editClaimant(edit({ action: "not_a_source", reason: "" }), "ana"))).message).toBe("reason: a reason is required");
      expect((await shared.store.curation.listClaimantEdits()).map((e) => e.claimantKey)).toEqual(["gazetteer:ohchr"]);
    });

    it("keeps dismissals and edits across a reopen", async () => {
      const dismissals = await shared.store.curation.listCheckDismissals({ includeUndone: true });
      const edits = await shared.store.curation.listClaimantEdits({ includeUndone: true });
      await shared.store.close();
      shared.store = await shared.reopen();
      expect(await shared.store.curation.listCheckDismissals({ includeUndone: true })).toEqual(dismissals);
      expect(await shared.store.curation.listClaimantEdits({ includeUndone: true })).toEqual(edits);
    }, 30_000);
  });
}
