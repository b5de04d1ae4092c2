import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../../extract/lexicon/claimants.js";
import type { StoredClaim } from "../../store/types.js";
import { buildClaimantRegistry } from "../claimants.js";
import { reconcileClaims, seenClaimants } from "../merge.js";
import { buildSeries } from "../series.js";
import { storedClaim } from "../stored-claim-fixture.js";
import { checkFallingCounts } from "./falling.js";

const run = (claims: StoredClaim[]) => checkFallingCounts(buildSeries(reconcileClaims(claims, buildClaimantRegistry(CLAIMANT_GAZETTEER, seenClaimants(claims)))));

describe("checkFallingCounts", () => {
  it("flags officials' count falling from about 3,000 to 2,000, whatever words named them", () => {
    const checks = run([
      storedClaim({ metric: "killed", min: 3000, qualifier: "approx", claimant: "an Iranian official", claimantKind: "government", asOf: "2026-01-13" }),
      storedClaim({ metric: "killed", min: 2000, claimant: "Iranian authorities", claimantKind: "government", asOf: "2026-01-21" }),
    ]);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.explanation).toBe(
      "Iranian officials' count of people killed falls from 3,000 (Iranian officials, about, 13 January 2026) to 2,000 (Iranian officials, 21 January 2026); a cumulative count should not go down.",
    );
  });

  it("allows hedged dips, counts that may fall, and a verified part after a reported whole", () => {
    expect(run([
      storedClaim({ metric: "killed", min: 3000, qualifier: "approx", claimant: "HRANA", asOf: "2026-01-13" }),
      storedClaim({ metric: "killed", min: 2800, claimant: "HRANA", asOf: "2026-01-14" }),
    ])).toEqual([]);
    expect(run([
      storedClaim({ metric: "displaced", min: 50000, claimant: "UNHCR", asOf: "2026-01-13" }),
      storedClaim({ metric: "displaced", min: 20000, claimant: "UNHCR", asOf: "2026-01-20" }),
    ])).toEqual([]);
    expect(run([
      storedClaim({ metric: "killed", min: 2571, max: null, qualifier: "at_least", claimant: "HRANA", asOf: "2026-01-14" }),
      storedClaim({ metric: "killed", min: 2003, claimant: "HRANA", status: "verified", asOf: "2026-01-15" }),
    ])).toEqual([]);
  });
});

describe("checkFallingCounts on a stray figure", () => {
  it("flags the day after a spike once, not every day until the count catches up", () => {
    const checks = run([
      storedClaim({ metric: "killed", min: 100, claimant: "HRANA", asOf: "2026-01-10" }),
      storedClaim({ metric: "killed", min: 900, claimant: "HRANA", asOf: "2026-01-11" }),
      storedClaim({ metric: "killed", min: 120, claimant: "HRANA", asOf: "2026-01-12" }),
      storedClaim({ metric: "killed", min: 130, claimant: "HRANA", asOf: "2026-01-13" }),
    ]);
    expect(checks.map((c) => c.claims.map((x) => x.min))).toEqual([[900, 120]]);
  });
});
