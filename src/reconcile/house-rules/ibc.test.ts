import { describe, expect, it } from "vitest";
import { reconciled, said, TODAY } from "./claims-fixture.js";
import { gatherEvidence } from "./credible.js";
import { ibcView } from "./ibc.js";

const ibc = (claims: Parameters<typeof reconciled>[0]) => ibcView(gatherEvidence(reconciled(claims), "killed", "all", TODAY));

describe("IBC-style minimum–maximum", () => {
  it("spans the lowest and highest credible counts, projections left out", () => {
    const view = ibc([
      said("Iranian officials", "government", "2026-01-21", { min: 2000 }),
      said("Iran Human Rights", "ngo", "2026-01-20", { min: 3941, status: "verified" }),
      said("Iran International", "opposition", "2026-01-23", { min: 12000 }),
      said("Iran International", "opposition", "2026-01-22", { min: null, max: 16500, qualifier: "up_to", status: "estimate" }),
    ]);
    expect(view.headline).toBe("2,000–12,000");
    expect(view.figures.map((f) => [f.measure, f.value, f.claimant])).toEqual([
      ["minimum", 2000, "Iranian officials"],
      ["maximum", 12000, "Iran International"],
    ]);
    expect(view.explanation).toMatch(/^Minimum–maximum: .*“hundreds” 100–999.*Tally takes them across sources' running totals\.$/);
  });

  it("reads a vague word at its smallest for the minimum and its largest for the maximum, a range at its ends", () => {
    expect(ibc([said("Iran Human Rights", "ngo", "2026-01-18", { min: 200, max: null, qualifier: "vague" }), said("HRANA", "ngo", "2026-01-18", { min: 150 })]).headline).toBe("100–999");
    expect(ibc([said("HRANA", "ngo", "2026-01-18", { min: 5300, max: 10000, qualifier: "range" })]).headline).toBe("5,300–10,000");
  });

  it("gives one number when one count stands, and says so when none is credible", () => {
    expect(ibc([said("HRANA", "ngo", "2026-01-15", { min: 14 })]).headline).toBe("14");
    const none = ibc([said(null, null, "2026-01-15", { min: 14 }), said("sources", "anonymous", "2026-01-15", { min: 20 })]);
    expect(none.headline).toBe("no credible count");
    expect(none.figures).toEqual([]);
  });
});
