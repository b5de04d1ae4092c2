import { describe, expect, it } from "vitest";
import { houseRules } from "../reconcile/house-rules/index.js";
import { reconciled, said, TODAY } from "../reconcile/house-rules/claims-fixture.js";
import { houseRulesSection } from "./house-rules.js";

const link = (claimId: number) => `#claim-${claimId}`;

describe("the house rules section", () => {
  const claims = reconciled([
    said(`<img src=x onerror="alert(1)">Monitors`, "ngo", "2026-01-20", { id: 501, min: 120 }),
    said("HRANA", "ngo", "2026-01-20", { id: 502, min: 987, reviewState: "corrected" }),
    said("HRANA", "ngo", "2026-01-20", { id: 503, min: 40, population: "children" }),
  ]);
  const page = houseRulesSection(houseRules(claims, { today: TODAY }), link).toString();

  it("sets each rule's figure beside its explanation, linked to the evidence, with corrected figures marked", () => {
    expect(page).toContain('<tr data-rule="acled"><th scope="row">ACLED-style</th><td class="num">120</td><td><a href="#claim-501">');
    expect(page).toMatch(/<tr data-rule="ibc">.*maximum: <a href="#claim-502">987 \(HRANA, corrected, 20 January\)<\/a> <span class="corrected-mark"/s);
    expect(page).toContain('<td class="explanation"><small>The most conservative credible figure:');
    expect(page).toContain("<details><summary>By population: children killed</summary>");
  });

  it("escapes what the documents wrote", () => {
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Monitors");
  });

  it("is empty when there is nothing to view", () => {
    expect(houseRulesSection([], link).toString()).toBe("");
  });
});
