import { describe, expect, it } from "vitest";
import { acledView } from "./acled.js";
import { reconciled, said, TODAY } from "./claims-fixture.js";
import { gatherEvidence } from "./credible.js";
import { houseRulesFor } from "./index.js";

const acled = (claims: Parameters<typeof reconciled>[0]) => acledView(gatherEvidence(reconciled(claims), "killed", "all", TODAY));

describe("ACLED-style most conservative credible figure", () => {
  it("publishes the lowest of the credible sources' latest counts, sourced", () => {
    const view = acled([
      said("HRANA", "ngo", "2026-01-22", { min: 4519, status: "verified" }),
      said("Iran Human Rights", "ngo", "2026-01-21", { min: 3941, status: "verified" }),
      said("Iranian officials", "government", "2026-01-21", { min: 2000 }),
      said("HRANA", "ngo", "2026-01-13", { min: 646, status: "verified" }),
    ]);
    expect(view.headline).toBe("2,000");
    expect(view.figures).toEqual([expect.objectContaining({ measure: "figure", value: 2000, claimant: "Iranian officials", cited: "2,000 (Iranian officials, 21 January)" })]);
    expect(view.explanation).toMatch(/^The most conservative credible figure: .*Tally applies the rule to sources' running totals/);
  });

  it("codes vague words as ACLED does: dozens 12, hundreds 100, thousands 1,000", () => {
    const vague = (min: number) => acled([said("Hengaw", "ngo", "2026-01-10", { min, max: null, qualifier: "vague" }), said("HRANA", "ngo", "2026-01-10", { min: 5000 })]);
    expect(vague(24).figures[0]!.value).toBe(12);
    expect(vague(200).figures[0]).toMatchObject({ value: 100, cited: "hundreds (Hengaw, 10 January)" });
    expect(vague(2000).figures[0]!.value).toBe(1000);
  });

  it("reads a range by its lower end, and gives 'up to N' no floor", () => {
    expect(acled([said("HRANA", "ngo", "2026-01-10", { min: 5000, max: 8000, qualifier: "range" })]).figures[0]!.value).toBe(5000);
    const upTo = acled([said("HRANA", "ngo", "2026-01-10", { min: null, max: 500, qualifier: "up_to" })]);
    expect(upTo.figures).toEqual([]);
    expect(upTo.headline).toBe("no credible count");
  });

  it("leaves out unattributed figures, unnamed sources and estimates", () => {
    const view = acled([
      said(null, null, "2026-01-10", { min: 10 }),
      said("witnesses", "anonymous", "2026-01-10", { min: 5 }),
      said("European embassies", "government", "2026-01-10", { min: 50, status: "estimate" }),
      said("HRANA", "ngo", "2026-01-10", { min: 100 }),
    ]);
    expect(view.figures.map((f) => f.value)).toEqual([100]);
    expect(view.sources).toHaveLength(1);
  });

  it("prefers the verified claim when a verified and a reported count are equal", () => {
    const view = acled([said("Iran Human Rights", "ngo", "2026-01-13", { min: 648 }), said("HRANA", "ngo", "2026-01-13", { min: 648, status: "verified" })]);
    expect(view.figures[0]!.claimant).toBe("HRANA");
  });

  it("sets aside a source's count that a higher credible count a week or more later overtook", () => {
    const claims = reconciled([said("Hengaw", "ngo", "2026-01-13", { min: 17 }), said("HRANA", "ngo", "2026-02-02", { min: 6126 }), said("Iran Human Rights", "ngo", "2026-01-28", { min: 3941 })]);
    const rules = houseRulesFor(claims, "killed", "all", TODAY);
    expect(rules.views[0]!.headline).toBe("3,941");
    expect(rules.overtaken).toEqual([claims[0]!.key]);
  });
});
