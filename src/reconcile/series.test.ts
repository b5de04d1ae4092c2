import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../extract/lexicon/claimants.js";
import { buildClaimantRegistry } from "./claimants.js";
import { formatDay } from "./dates.js";
import { reconcileClaims } from "./merge.js";
import { buildSeries } from "./series.js";
import { storedClaim } from "./stored-claim-fixture.js";

describe("buildSeries", () => {
  it("lists one claimant's figures per population, oldest first, leaving out other crises", () => {
    const claims = [
      storedClaim({ metric: "killed", min: 2571, claimant: "HRANA", asOf: "2026-01-14" }),
      storedClaim({ metric: "killed", min: 646, claimant: "HRANA", asOf: "2026-01-13" }),
      storedClaim({ metric: "killed", min: 505, claimant: "HRANA", asOf: "2026-01-13", population: "protesters" }),
      storedClaim({ metric: "executed", min: 975, claimant: "United Nations", asOf: "2024-12-31", mainEvent: false }),
      storedClaim({ metric: "killed", min: 12000, max: null, qualifier: "at_least", claimant: "Iran International", asOf: "2026-01-13" }),
    ];
    const series = buildSeries(reconcileClaims(claims, buildClaimantRegistry(CLAIMANT_GAZETTEER)));
    expect(series.map((s) => [s.claimant.name, s.population, s.points.map((p) => `${p.asOf} ${p.min}`)])).toEqual([
      ["HRANA", "all", ["2026-01-13 646", "2026-01-14 2571"]],
      ["HRANA", "protesters", ["2026-01-13 505"]],
      ["Iran International", "all", ["2026-01-13 12000"]],
    ]);
  });
});

describe("formatDay", () => {
  it("drops the year when it is the reference day's", () => {
    expect(formatDay("2026-01-14", "2026-01-21")).toBe("14 January");
    expect(formatDay("2024-12-31", "2026-01-21")).toBe("31 December 2024");
    expect(formatDay(null)).toBe("undated");
  });
});
