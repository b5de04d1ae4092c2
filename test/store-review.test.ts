// A review's reason in the audit trail (migration 006), on PGlite and PostgreSQL; a corrected claim
// stays marked corrected when someone later accepts it.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import type { Store } from "../src/store/store.js";
import { sharedStore, storeEngines } from "./support/store-engines.js";

function claim(min: number): Claim {
  return {
    metric: "killed", population: "all", min, max: min, qualifier: "exact", claimant: "HRANA", claimantKind: "ngo",
    status: "reported", asOf: "2026-01-10", mainEvent: true, evidence: { text: `HRANA said ${min} people were killed.`, start: 0, end: 30 },
  };
}

async function twoClaims(store: Store, text: string): Promise<[number, number]> {
  const { documentId } = await store.ingestDocument(
    { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Wire", title: text, published: "2026-01-10", language: "en", source: "file" },
    [claim(40), claim(50)],
    "1",
  );
  const [a, b] = (await store.listClaims({ documentId })).items;
  return [a!.id, b!.id];
}

for (const engine of await storeEngines()) {
  describe.skipIf(engine.skip !== null)(`reviews on ${engine.name}`, () => {
    const shared = sharedStore(engine);

    it("keeps the reviewer's reason with the audit row, and none when none was given", async () => {
      const [first, second] = await twoClaims(shared.store, "Reason fixture");
      await shared.store.reviewClaim(first, "corrected", { min: 41, max: 41 }, "ana", "  The bulletin's table says 41; the text rounds.  ");
      await shared.store.reviewClaim(second, "rejected", {}, "ben");
      const [corrected] = await shared.store.listAudit({ entity: "claim", entityId: first });
      expect(corrected).toMatchObject({ actor: "ana", action: "review:corrected", reason: "The bulletin's table says 41; the text rounds." });
      const [rejected] = await shared.store.listAudit({ entity: "claim", entityId: second });
      expect(rejected!.reason).toBeNull();
    });

    it("refuses a reason longer than 2000 characters and changes nothing", async () => {
      const [first] = await twoClaims(shared.store, "Long reason fixture");
      await expect(shared.store.reviewClaim(first, "corrected", { min: 1 }, "ana", "x".repeat(2001))).rejects.toThrow(/reason: at most 2000 characters \(got 2001\)/);
      expect((await shared.store.getClaim(first))!.reviewState).toBe("auto");
    });

    it("keeps a corrected claim marked corrected when it is later accepted", async () => {
      const [first] = await twoClaims(shared.store, "Accept after correct fixture");
      await shared.store.reviewClaim(first, "corrected", { min: 45, max: 45 }, "ana", "table");
      const accepted = await shared.store.reviewClaim(first, "accepted", {}, "ben");
      expect(accepted).toMatchObject({ min: 45, reviewState: "corrected" });
      expect((await shared.store.getClaim(first))!.reviewState).toBe("corrected");
      const audit = await shared.store.listAudit({ entity: "claim", entityId: first });
      expect(audit.map((a) => a.action)).toEqual(["review:corrected", "review:accepted"]);
    });
  });
}
