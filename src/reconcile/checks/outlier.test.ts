import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../../extract/lexicon/claimants.js";
import type { StoredClaim } from "../../store/types.js";
import { buildClaimantRegistry } from "../claimants.js";
import { reconcileClaims, seenClaimants } from "../merge.js";
import { storedClaim } from "../stored-claim-fixture.js";
import { checkOutliers } from "./outlier.js";

const TODAY = "2026-01-21";
const run = (claims: StoredClaim[]) => checkOutliers(reconcileClaims(claims, buildClaimantRegistry(CLAIMANT_GAZETTEER, seenClaimants(claims))), TODAY);
const said = (claimant: string, min: number | null, extra: Partial<StoredClaim> = {}) => storedClaim({ metric: "killed", min, claimant, asOf: "2026-01-14", ...extra });
const flagged = (claims: StoredClaim[]) => run(claims).map((c) => c.claims[0]!.claimant.name);

describe("checkOutliers", () => {
  it("flags a figure more than 3× the median of the others' figures from the same week", () => {
    const checks = run([said("HRANA", 2003), said("Hengaw", 2400), said("Iran Human Rights", 3000), said("Iran International", 12000, { max: null, qualifier: "at_least" })]);
    expect(checks.map((c) => c.claims[0]!.claimant.name)).toEqual(["Iran International"]);
    expect(checks[0]!.explanation).toBe(
      "12,000 (Iran International, at least, 14 January 2026) is 5.0× above the median (2,400) of 3 other claimants' counts of people killed within a week of it.",
    );
    expect(checks[0]!.severity).toBeCloseTo(Math.log10(5));
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

describe("checkOutliers compares like with like", () => {
  const counts = [said("HRANA", 2003), said("Hengaw", 2400), said("Iran Human Rights", 3000)];

  it("compares a population only with the same population", () => {
    // 120 children killed is no outlier beside counts of everyone; three counts of children are compared with each other.
    expect(flagged([...counts, said("UNICEF", 120, { population: "children" })])).toEqual([]);
    const children = [120, 130, 150].map((min, i) => said(["UNICEF", "Save the Children", "Hengaw"][i]!, min, { population: "children" }));
    children.push(said("Amnesty", 2000, { population: "children" }));
    expect(run([...counts, ...children]).map((c) => `${c.claims[0]!.claimant.name} ${c.claims[0]!.population}`)).toEqual(["Amnesty International children"]);
  });

  it("compares only figures dated within a week of each other", () => {
    expect(flagged([...counts, said("Iran International", 12000, { asOf: "2026-01-06" })])).toEqual([]);
    expect(flagged([...counts, said("Iran International", 12000, { asOf: "2026-01-07" })])).toEqual(["Iran International"]);
  });

  it("keeps estimates apart from counts", () => {
    expect(flagged([...counts, said("Iran International", 12000, { status: "estimate" })])).toEqual([]);
  });

  it("does not compare a count its claimant has kept for years with the tolls of single attacks", () => {
    // The UN's figures reach back to 2023 (a background figure about an earlier stage of the war); OCHA,
    // Emergency Lawyers and the activists each gave one toll this week.
    const war = [
      said("United Nations", 12000, { asOf: "2023-12-31", mainEvent: false }),
      said("United Nations", 20000, { max: null, qualifier: "vague", asOf: "2026-01-14" }),
      said("OCHA", 40, { asOf: "2026-01-12" }),
      said("Emergency Lawyers", 46, { max: null, qualifier: "at_least", asOf: "2026-01-10" }),
      said("local activists", 60, { asOf: "2026-01-13" }),
    ];
    expect(run(war)).toEqual([]);
    // The same figure from a claimant with no longer record is compared, and flagged.
    expect(flagged(war.filter((c) => c.mainEvent))).toEqual(["United Nations"]);
  });

  it("ranks its flags by how far off they are on a log scale, most severe first", () => {
    const checks = run([
      ...counts,
      said("Iran International", 12000),
      said("Hengaw", 17, { population: "protesters" }),
      said("HRANA", 2400, { population: "protesters" }),
      said("Iran Human Rights", 2500, { population: "protesters" }),
      said("Amnesty", 2600, { population: "protesters" }),
    ]);
    expect(checks.map((c) => `${c.claims[0]!.claimant.name} ${c.claims[0]!.min}`)).toEqual(["Hengaw 17", "Iran International 12000"]);
    expect(checks.map((c) => Number(c.severity!.toFixed(2)))).toEqual([2.17, 0.7]);
  });
});
