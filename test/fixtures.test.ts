// The extractor against the project's own annotated sample reports (samples/*.txt with
// test/fixtures/expected/*.json), the structure of those fixtures, and the scorer itself.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeAnnotatedSet } from "./support/annotated-set.js";
import { scoreDocuments, type GoldClaim, type PredictedClaim } from "./support/score-claims.js";

// Measured 0.972 when this floor was set; it guards against regressions, not a target.
describeAnnotatedSet({
  label: "fixtures",
  texts: join(import.meta.dirname, "..", "samples"),
  gold: join(import.meta.dirname, "fixtures", "expected"),
  minReports: 36,
  minF1: 0.93,
});

describe("the fixture scorer", () => {
  const gold: GoldClaim = {
    metric: "killed", population: "protesters", min: 2403, max: 2403, qualifier: "exact",
    claimant: "HRANA", claimantAliases: ["Human Rights Activists News Agency"], claimantKind: "ngo",
    status: "reported", asOf: "2026-01-14", mainEvent: true, quote: "2,403 of the dead were protesters",
  };
  const predicted = (overrides: Partial<PredictedClaim>): PredictedClaim => ({
    metric: "killed", population: "protesters", min: 2403, max: 2403, qualifier: "exact",
    claimant: "the Human Rights Activists News Agency", claimantKind: "ngo", status: "reported",
    asOf: "2026-01-14", mainEvent: true, ...overrides,
  });

  it("matches on metric and bounds and scores the other fields", () => {
    const score = scoreDocuments([{ name: "d", gold: [gold], predicted: [predicted({ population: "all", asOf: "2026-01-13" })] }]);
    expect(score.f1).toBe(1);
    expect(score.fieldAccuracy.population).toBe(0);
    expect(score.fieldAccuracy.asOf).toBe(0);
    expect(score.fieldAccuracy.claimant).toBe(1);
  });

  it("counts other bounds as one miss and one spurious claim, and ignores non-contract metrics", () => {
    const other = { ...predicted({ min: 2404, max: 2404 }) };
    const foreign = { ...predicted({}), metric: "arrested_cities" as never };
    const score = scoreDocuments([{ name: "d", gold: [gold], predicted: [other, foreign] }]);
    expect(score).toMatchObject({ gold: 1, predicted: 1, matched: 0, precision: 0, recall: 0, f1: 0 });
    expect(score.perDocument[0]!.missed).toHaveLength(1);
    expect(score.perDocument[0]!.spurious).toHaveLength(1);
  });

  it("leaves asOf unscored for claims outside the main event", () => {
    const aside = { ...gold, mainEvent: false, asOf: "2022-12-31" };
    const score = scoreDocuments([{ name: "d", gold: [aside], predicted: [predicted({ mainEvent: false, asOf: null })] }]);
    expect(score.fieldAccuracy.asOf).toBeNull();
    expect(score.fieldAccuracy.mainEvent).toBe(1);
  });
});
