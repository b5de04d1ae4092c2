import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../extract/lexicon/claimants.js";
import { buildClaimantRegistry } from "./claimants.js";
import { outletsOf, reconcileClaims, seenClaimants } from "./merge.js";
import { storedClaim } from "./stored-claim-fixture.js";

describe("reconcileClaims", () => {
  const registry = (claims: Parameters<typeof seenClaimants>[0]) => buildClaimantRegistry(CLAIMANT_GAZETTEER, seenClaimants(claims));

  it("merges one claimant's figure carried by three outlets into one claim with three reports", () => {
    const claims = [
      storedClaim({ metric: "killed", min: 2403, claimant: "HRANA", claimantKind: "ngo", asOf: "2026-01-14", outlet: "Wire A", documentId: 1 }),
      storedClaim({ metric: "killed", min: 2403, claimant: "Human Rights Activists News Agency", claimantKind: "ngo", asOf: "2026-01-14", outlet: "Paper B", documentId: 2, status: "verified" }),
      storedClaim({ metric: "killed", min: 2403, claimant: "U.S.-based HRANA", claimantKind: "ngo", asOf: "2026-01-14", outlet: "Site C", documentId: 3 }),
    ];
    const [merged, ...rest] = reconcileClaims(claims, registry(claims));
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ claimant: { name: "HRANA" }, min: 2403, status: "verified", asOf: "2026-01-14" });
    expect(outletsOf(merged!)).toEqual(["Wire A", "Paper B", "Site C"]);
    expect(merged!.reports.map((r) => r.claimantAsWritten)).toEqual(["HRANA", "Human Rights Activists News Agency", "U.S.-based HRANA"]);
  });

  it("keeps different bounds, days and populations apart, and drops rejected claims", () => {
    const claims = [
      storedClaim({ metric: "killed", min: 2403, claimant: "HRANA", asOf: "2026-01-14" }),
      storedClaim({ metric: "killed", min: 2403, claimant: "HRANA", asOf: "2026-01-15" }),
      storedClaim({ metric: "killed", min: 2403, claimant: "HRANA", asOf: "2026-01-14", population: "protesters" }),
      storedClaim({ metric: "killed", min: 2500, max: null, qualifier: "more_than", claimant: "HRANA", asOf: "2026-01-14" }),
      storedClaim({ metric: "killed", min: 9999, claimant: "HRANA", asOf: "2026-01-14", reviewState: "rejected" }),
    ];
    expect(reconcileClaims(claims, registry(claims))).toHaveLength(4);
  });

  it("credits an unattributed figure to the outlet that printed it", () => {
    const claims = [storedClaim({ metric: "killed", min: 65, outlet: "CNN", asOf: "2026-01-09" }), storedClaim({ metric: "killed", min: 70, outlet: "Example Daily", asOf: "2026-01-09" })];
    const merged = reconcileClaims(claims, registry(claims));
    expect(merged.map((c) => [c.claimant.name, c.claimant.kind, c.unattributed])).toEqual([
      ["CNN", "media", true],
      ["Example Daily", "media", true],
    ]);
  });

  it("uses a corrected claim as corrected and falls back to the publication day", () => {
    const claims = [storedClaim({ metric: "detained", min: 18100, max: null, qualifier: "more_than", claimant: "HRANA", reviewState: "corrected", asOf: null, published: "2026-01-14" })];
    expect(reconcileClaims(claims, registry(claims))[0]).toMatchObject({ min: 18100, qualifier: "more_than", asOf: "2026-01-14" });
  });
});
