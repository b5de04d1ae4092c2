import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../../extract/lexicon/claimants.js";
import type { StoredClaim } from "../../store/types.js";
import { buildClaimantRegistry } from "../claimants.js";
import { reconcileClaims } from "../merge.js";
import { storedClaim } from "../stored-claim-fixture.js";
import { checkBreakdowns } from "./breakdown.js";

const part = (population: StoredClaim["population"], min: number, extra: Partial<StoredClaim> = {}) =>
  storedClaim({ metric: "killed", population, min, claimant: "HRANA", asOf: "2026-01-13", documentId: 7, documentTitle: "Toll rises", outlet: "Wire A", ...extra });
const run = (claims: StoredClaim[]) => checkBreakdowns(reconcileClaims(claims, buildClaimantRegistry(CLAIMANT_GAZETTEER)));

describe("checkBreakdowns", () => {
  it("accepts parts that add up to the total, children counted inside protesters", () => {
    expect(run([part("all", 646), part("protesters", 505), part("children", 9), part("security_forces", 133), part("civilians", 7), part("other", 1)])).toEqual([]);
  });

  it("flags disjoint parts whose sum exceeds the total", () => {
    const [check, ...rest] = run([part("all", 600), part("protesters", 505), part("security_forces", 133)]);
    expect(rest).toEqual([]);
    expect(check!.kind).toBe("breakdown_exceeds_total");
    expect(check!.claims.map((c) => c.min)).toEqual([600, 505, 133]);
    expect(check!.explanation).toContain("at least 638 (protesters 505 + security forces 133)");
    expect(check!.explanation).toContain('"Toll rises" (Wire A)');
  });

  it("reads hedges generously: an open total or an approximate part does not trip it", () => {
    expect(run([part("all", 2500, { max: null, qualifier: "more_than" }), part("protesters", 2403), part("security_forces", 147)])).toEqual([]);
    expect(run([part("all", 640), part("protesters", 600, { qualifier: "approx" }), part("security_forces", 60, { qualifier: "approx" })])).toEqual([]);
  });

  it("flags a single overlapping part larger than the total, and compares within one document only", () => {
    expect(run([part("all", 10), part("children", 12)]).map((c) => c.claims.map((x) => x.population))).toEqual([["all", "children"]]);
    expect(run([part("all", 600), part("protesters", 505, { documentId: 8 }), part("security_forces", 133, { documentId: 9 })])).toEqual([]);
  });
});
