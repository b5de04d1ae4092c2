import { describe, expect, it } from "vitest";
import { airwarsView } from "./airwars.js";
import { reconciled, said, TODAY } from "./claims-fixture.js";
import { gatherEvidence } from "./credible.js";

const airwars = (claims: Parameters<typeof reconciled>[0]) => airwarsView(gatherEvidence(reconciled(claims), "killed", "all", TODAY));
const grades = (view: ReturnType<typeof airwars>) => Object.fromEntries(view.grades.map((g) => [g.claimant, g.grade]));

describe("Airwars-style grading of each source's latest figure", () => {
  it("confirms a government's own count and a figure a government's count agrees with", () => {
    const view = airwars([said("Iranian officials", "government", "2026-01-21", { min: 2000 }), said("Kurdish monitor", "ngo", "2026-01-23", { min: 2100 })]);
    expect(grades(view)).toEqual({ "Kurdish monitor": "confirmed", "Iranian officials": "confirmed" });
    expect(view.grades.find((g) => g.claimant === "Iranian officials")!.reason).toBe("a government's own count");
    expect(view.grades.find((g) => g.claimant === "Kurdish monitor")!.reason).toBe("a government's count agrees (Iranian officials: 2,000 (21 January))");
  });

  it("does not confirm a government's estimate, and an open-ended hedge does not stretch to agree", () => {
    const view = airwars([said("European embassies", "government", "2026-01-23", { min: 5000, max: 7000, qualifier: "range", status: "estimate" }), said("Iranian officials", "government", "2026-01-20", { min: 7, max: null, qualifier: "at_least" }), said("HRANA", "ngo", "2026-01-22", { min: 3941 })]);
    expect(grades(view)).toMatchObject({ "European embassies": "contested", HRANA: "contested" });
  });

  it("grades two credible sources that agree within 10% as fair", () => {
    const view = airwars([said("HRANA", "ngo", "2026-01-13", { min: 646, status: "verified" }), said("Iran Human Rights", "ngo", "2026-01-13", { min: 648 })]);
    expect(grades(view)).toEqual({ "Iran Human Rights": "fair", HRANA: "fair" });
    expect(view.grades[0]!.reason).toBe("agrees with HRANA: 646 (13 January)");
  });

  it("grades a contested pair as contested, naming the other figure", () => {
    const view = airwars([said("HRANA", "ngo", "2026-02-02", { min: 6126 }), said("Iran Human Rights", "ngo", "2026-01-28", { min: 3941, status: "verified" })]);
    expect(grades(view)).toEqual({ HRANA: "contested", "Iran Human Rights": "contested" });
    expect(view.grades[0]!.reason).toBe("disagrees with Iran Human Rights: 3,941 (28 January)");
    expect(view.headline).toBe("2 contested");
  });

  it("grades a lone source as weak, and unattributed or unnamed ones as discounted", () => {
    const view = airwars([said("HRANA", "ngo", "2026-01-15", { min: 14 }), said(null, null, "2026-03-01", { min: 3, outlet: "Wire A" }), said("witnesses", "anonymous", "2026-02-20", { min: 30 })]);
    expect(grades(view)).toEqual({ HRANA: "weak", "Wire A": "discounted", Witnesses: "discounted" });
    expect(view.grades.map((g) => g.reason)).toEqual(["from an unnamed source", "no other credible source gave a count within a week of it", "unattributed: the outlet names no source for it"]);
    expect(view.headline).toBe("1 weak, 2 discounted");
  });

  it("notes a figure overtaken by later counts", () => {
    const view = airwars([said("Hengaw", "ngo", "2026-01-13", { min: 17 }), said("HRANA", "ngo", "2026-02-02", { min: 6126 })]);
    expect(view.grades.find((g) => g.claimant === "Hengaw")!.reason).toBe("no other credible source gave a count within a week of it; overtaken by later counts");
  });
});
