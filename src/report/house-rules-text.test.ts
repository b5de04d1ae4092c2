import { describe, expect, it } from "vitest";
import { storedClaim } from "../reconcile/stored-claim-fixture.js";
import { renderReportText } from "./text.js";
import { buildReportView, reportToJson } from "../views/report-view.js";

const claims = [
  storedClaim({ metric: "killed", min: 2000, claimant: "Iranian authorities", claimantKind: "government", asOf: "2026-01-21", outlet: "Daily D" }),
  storedClaim({ metric: "killed", min: 2003, claimant: "HRANA", claimantKind: "ngo", status: "verified", asOf: "2026-01-14", outlet: "Site C" }),
  storedClaim({ metric: "killed", min: 200, max: null, qualifier: "vague", claimant: "witnesses", claimantKind: "anonymous", asOf: "2026-01-20", outlet: "Site C\u001b[31m" }),
];

describe("house rules in the report", () => {
  const view = buildReportView(claims, { event: { id: 1, name: "Iran protests" }, today: "2026-01-21", metric: "killed" });

  it("prints each rule's explanation once, then each rule's figure beside its label, sourced", () => {
    const text = renderReportText(view);
    expect(text).toContain("HOUSE RULES — the figure each public methodology would publish from these claims");
    expect(text).toMatch(/\n {2}ACLED-style: The most conservative credible figure: .*\n {2}UCDP-style: Low, best and high: .*\n {2}IBC-style: Minimum–maximum: .*\n {2}Airwars-style: Each source's latest figure graded: /);
    expect(text).toContain("    ACLED-style    2,000\n                   2,000 (Iranian officials, 21 January)");
    expect(text).toContain("    UCDP-style     low 2,000 · best 2,003 · high 2,003");
    expect(text).toContain("    IBC-style      2,000–2,003");
    expect(text).toContain("Discounted  hundreds (Witnesses, 20 January) — from an unnamed source");
    expect(text).toContain("Left out of the counts: 1 not credible.");
    expect(text).not.toContain("\u001b");
  });

  it("carries the views in the JSON report", () => {
    const [parsed] = JSON.parse(reportToJson([view]));
    expect(parsed.houseRules[0]).toMatchObject({ metric: "killed", population: "all" });
    expect(parsed.houseRules[0].views.map((v: { rule: string }) => v.rule)).toEqual(["acled", "ucdp", "ibc", "airwars"]);
  });
});
