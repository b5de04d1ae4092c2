import { describe, expect, it } from "vitest";
import { reconciled, said, TODAY } from "./claims-fixture.js";
import { houseRules } from "./index.js";

describe("house rules for an event", () => {
  const claims = reconciled([
    said("HRANA", "ngo", "2026-01-15", { min: 2435, population: "protesters" }),
    said("HRANA", "ngo", "2026-01-15", { min: 2637 }),
    said("Iran Human Rights", "ngo", "2026-01-15", { min: 31, max: null, qualifier: "at_least", population: "children", status: "verified" }),
    said("HRANA", "ngo", "2026-01-15", { metric: "detained", min: 18470 }),
    said("HRANA", "ngo", "2026-01-15", { min: 99, mainEvent: false }),
    said("HRANA", "ngo", "2026-04-01", { metric: "missing", min: 800 }),
  ]);

  it("views each metric, population 'all' first, then each population with claims, through the four rules", () => {
    const rules = houseRules(claims, { today: TODAY });
    expect(rules.map((r) => `${r.metric}/${r.population}`)).toEqual(["killed/all", "killed/protesters", "killed/children", "detained/all"]);
    expect(rules[0]!.views.map((v) => [v.rule, v.label])).toEqual([
      ["acled", "ACLED-style"],
      ["ucdp", "UCDP-style"],
      ["ibc", "IBC-style"],
      ["airwars", "Airwars-style"],
    ]);
    expect(rules[0]!.views.every((v) => v.explanation.length > 0 && !v.explanation.includes("\n"))).toBe(true);
    expect(rules[2]!.views[0]!.headline).toBe("31");
  });

  it("keeps to the metrics asked for", () => {
    expect(houseRules(claims, { today: TODAY, metrics: ["detained"] }).map((r) => r.metric)).toEqual(["detained"]);
  });
});
