import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../../extract/lexicon/claimants.js";
import type { StoredClaim } from "../../store/types.js";
import { buildClaimantRegistry } from "../claimants.js";
import { reconcileClaims } from "../merge.js";
import { storedClaim } from "../stored-claim-fixture.js";
import { checkOutletDisagreements } from "./disagreement.js";

const run = (claims: StoredClaim[]) => checkOutletDisagreements(reconcileClaims(claims, buildClaimantRegistry(CLAIMANT_GAZETTEER)));
const hrana = (min: number, outlet: string, extra: Partial<StoredClaim> = {}) => storedClaim({ metric: "killed", min, claimant: "HRANA", asOf: "2026-01-13", outlet, ...extra });

describe("checkOutletDisagreements", () => {
  it("flags two outlets giving one claimant different figures for the same day", () => {
    const checks = run([hrana(646, "Wire A"), hrana(2000, "Paper B", { max: null, qualifier: "more_than" }), hrana(646, "Site C")]);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.explanation).toBe("Outlets cite HRANA with different counts of people killed for 13 January 2026: 646 (Wire A, Site C) vs more than 2,000 (Paper B).");
  });

  it("leaves alone figures that fit each other's hedges, different statuses, and one outlet's own updates", () => {
    expect(run([hrana(2500, "Wire A", { max: null, qualifier: "more_than" }), hrana(2571, "Paper B", { max: null, qualifier: "at_least" })])).toEqual([]);
    expect(run([hrana(646, "Wire A", { status: "verified" }), hrana(579, "Paper B", { status: "under_review" })])).toEqual([]);
    expect(run([hrana(646, "Wire A"), hrana(700, "Wire A")])).toEqual([]);
  });
});
