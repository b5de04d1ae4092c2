import { describe, expect, it } from "vitest";
import { reconciled, said, TODAY } from "./claims-fixture.js";
import { gatherEvidence } from "./credible.js";
import { ucdpView } from "./ucdp.js";

const ucdp = (claims: Parameters<typeof reconciled>[0]) => ucdpView(gatherEvidence(reconciled(claims), "killed", "all", TODAY));
const values = (view: ReturnType<typeof ucdp>) => Object.fromEntries(view.figures.map((f) => [f.measure, f.value]));

describe("UCDP-style low, best and high", () => {
  it("takes low from the lowest credible count, best from the most reliable (verified over reported), high from estimates too", () => {
    const view = ucdp([
      said("Iranian officials", "government", "2026-01-21", { min: 2000 }),
      said("Iran Human Rights", "ngo", "2026-01-20", { min: 3941, status: "verified" }),
      said("Iran International", "opposition", "2026-01-23", { min: 12000 }),
      said("Iran International", "opposition", "2026-01-23", { min: null, max: 16500, qualifier: "up_to", status: "estimate" }),
    ]);
    expect(values(view)).toEqual({ low: 2000, best: 3941, high: 16500 });
    expect(view.headline).toBe("low 2,000 · best 3,941 · high 16,500");
    expect(view.figures.find((f) => f.measure === "best")!.cited).toBe("3,941 (Iran Human Rights, verified, 20 January)");
    expect(view.explanation).toMatch(/^Low, best and high: .*Tally ranks sources by review status only\.$/);
  });

  it("among equally reliable sources takes the latest, and a range's middle as best", () => {
    expect(values(ucdp([said("HRANA", "ngo", "2026-01-10", { min: 5000, max: 7000, qualifier: "range" })]))).toEqual({ low: 5000, best: 6000, high: 7000 });
    const later = ucdp([said("HRANA", "ngo", "2026-01-15", { min: 153 }), said("Government spokeswoman", "government", "2026-01-21", { min: 600, qualifier: "approx" })]);
    expect(values(later)).toEqual({ low: 153, best: 600, high: 600 });
  });

  it("reads a vague word at its smallest for low and best and its largest for high", () => {
    expect(values(ucdp([said("Iran Human Rights", "ngo", "2026-01-18", { min: 200, max: null, qualifier: "vague" })]))).toEqual({ low: 100, best: 100, high: 999 });
  });

  it("ignores unattributed and unnamed figures, even for high", () => {
    const view = ucdp([said(null, null, "2026-01-10", { min: 90000, status: "estimate" }), said("residents", "anonymous", "2026-01-10", { min: 50000 }), said("HRANA", "ngo", "2026-01-10", { min: 300 })]);
    expect(values(view)).toEqual({ low: 300, best: 300, high: 300 });
  });

  it("has only a high when credible sources give nothing but estimates", () => {
    const view = ucdp([said("European embassies", "government", "2026-01-23", { min: 5000, max: 7000, qualifier: "range", status: "estimate" })]);
    expect(values(view)).toEqual({ high: 7000 });
    expect(view.headline).toBe("low – · best – · high 7,000");
  });
});
