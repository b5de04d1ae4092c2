import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../../extract/lexicon/claimants.js";
import type { StoredClaim } from "../../store/types.js";
import { buildClaimantRegistry } from "../claimants.js";
import { claimsInScope, latestPerClaimant } from "../latest.js";
import { reconcileClaims } from "../merge.js";
import { storedClaim } from "../stored-claim-fixture.js";
import { checkOutliers } from "./outlier.js";

const run = (claims: StoredClaim[]) =>
  checkOutliers(latestPerClaimant(claimsInScope(reconcileClaims(claims, buildClaimantRegistry(CLAIMANT_GAZETTEER)), "killed", "all", "2026-01-21")));
const said = (claimant: string, min: number | null, extra: Partial<StoredClaim> = {}) => storedClaim({ metric: "killed", min, claimant, asOf: "2026-01-14", ...extra });

describe("checkOutliers", () => {
  it("flags a figure more than 3× the median of the others' latest figures", () => {
    const checks = run([said("HRANA", 2003), said("Hengaw", 2400), said("Iran Human Rights", 3000), said("Iran International", 12000, { max: null, qualifier: "at_least" })]);
    expect(checks.map((c) => c.claims[0]!.claimant.name)).toEqual(["Iran International"]);
    expect(checks[0]!.explanation).toBe("12,000 (Iran International, at least, 14 January 2026) is 5.0× above the median (2,400) of the 3 other claimants' latest counts of people killed.");
  });

  it("uses only each claimant's latest figure and reads hedges", () => {
    expect(run([said("HRANA", 300, { asOf: "2026-01-10" }), said("HRANA", 2003), said("Hengaw", 2400), said("Iran Human Rights", 3000)])).toEqual([]);
    // A range's middle (8,500) is over 3× 2,400, but its lower end (5,000) is not.
    expect(run([said("HRANA", 2003), said("Hengaw", 2400), said("Iran Human Rights", 3000), said("Amnesty", 5000, { max: 12000, qualifier: "range" })])).toEqual([]);
    // "thousands" may be 9,999: not 3× below a median of 7,000.
    expect(run([said("HRANA", 6000), said("Hengaw", 7000), said("Iran Human Rights", 8000), said("Amnesty", 2000, { max: null, qualifier: "vague" })])).toEqual([]);
  });

  it("needs at least two other claimants", () => {
    expect(run([said("HRANA", 100), said("Iran International", 12000)])).toEqual([]);
  });
});
