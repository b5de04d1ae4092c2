import { describe, expect, it } from "vitest";
import type { StoredClaim } from "../store/types.js";
import { mergeProblem, type ClaimantOverride } from "./claimant-overrides.js";
import { reconcile } from "./index.js";
import { storedClaim } from "./stored-claim-fixture.js";

const edit = (claimantKey: string, action: ClaimantOverride["action"], fields: Partial<ClaimantOverride> = {}): ClaimantOverride => ({
  claimantKey, action, intoKey: null, intoName: null, intoKind: null, newName: null, ...fields,
});
const said = (claimant: string | null, min: number, asOf: string, extra: Partial<StoredClaim> = {}) =>
  storedClaim({ metric: "killed", population: "civilians", min, claimant, claimantKind: claimant ? "intergovernmental" : null, asOf, outlet: "Geneva Wire", ...extra });

// The UN human rights office in one crisis, as the extractor read it: its acronym, its chief, "office".
const claims = [
  said("OHCHR", 1350, "2025-11-11", { status: "under_review" }),
  said("Volker Türk", 1614, "2025-11-18", { status: "verified" }),
  said("office", 670, "2025-11-18", { metric: "detained", population: "all", claimantKind: "government", status: "verified" }),
  said("Sudan Doctors Network", 1500, "2025-10-31", { claimantKind: "ngo", population: "all" }),
];
const TODAY = "2026-03-01";
const seriesNames = (edits: ClaimantOverride[]) =>
  reconcile(claims, { today: TODAY, claimantEdits: edits }).series.map((s) => `${s.claimant.name}: ${s.metric} ${s.points.map((p) => p.min).join(",")}`);

describe("claimant overrides", () => {
  it("changes nothing without edits", () => {
    expect(seriesNames([])).toEqual(["OHCHR: killed 1350", "Sudan Doctors Network: killed 1500", "Volker Türk: killed 1614", "office: detained 670"]);
  });

  it("merges one claimant into another so their series join, and chains of merges follow through", () => {
    const merged = [edit("named:volker türk", "merge", { intoKey: "gazetteer:ohchr", intoName: "OHCHR", intoKind: "intergovernmental" })];
    expect(seriesNames(merged)).toEqual(["OHCHR: killed 1350,1614", "Sudan Doctors Network: killed 1500", "office: detained 670"]);
    const chained = [...merged, edit("named:office", "merge", { intoKey: "named:volker türk", intoName: "Volker Türk" })];
    expect(seriesNames(chained)).toEqual(["OHCHR: killed 1350,1614", "Sudan Doctors Network: killed 1500", "OHCHR: detained 670"]);
    const { claims: reconciled } = reconcile(claims, { today: TODAY, claimantEdits: chained });
    // The reports keep the name as each document wrote it.
    expect(reconciled.find((c) => c.min === 670)!.reports[0]!.claimantAsWritten).toBe("office");
    expect(reconciled.find((c) => c.min === 670)!.claimant).toMatchObject({ key: "gazetteer:ohchr", kind: "intergovernmental", generic: false });
  });

  it("renames a claimant, keeping its key, and a merged claimant shows the target's new name", () => {
    const edits = [
      edit("gazetteer:ohchr", "rename", { newName: "UN Human Rights Office (OHCHR)" }),
      edit("named:volker türk", "merge", { intoKey: "gazetteer:ohchr", intoName: "OHCHR" }),
    ];
    const { series } = reconcile(claims, { today: TODAY, claimantEdits: edits });
    const ohchr = series.filter((s) => s.claimant.key === "gazetteer:ohchr");
    expect(ohchr.map((s) => [s.claimant.name, s.points.length])).toEqual([["UN Human Rights Office (OHCHR)", 2]]);
  });

  it("makes a claimant that is not a source unattributed: the outlet stands as the source", () => {
    const { summaries, claims: reconciled } = reconcile(claims, { today: TODAY, claimantEdits: [edit("named:office", "not_a_source")] });
    const detained = reconciled.find((c) => c.metric === "detained")!;
    expect(detained).toMatchObject({ unattributed: true, claimant: { name: "Geneva Wire", kind: "media" } });
    expect(detained.reports[0]!.claimantAsWritten).toBe("office");
    expect(summaries.find((s) => s.metric === "detained")!.statement).toContain("670 (Geneva Wire, verified");
    expect(summaries.find((s) => s.metric === "detained")!.statement).not.toContain("office");
  });

  it("refuses merges into itself, cycles and targets that are not a source", () => {
    const edits = [edit("named:office", "merge", { intoKey: "gazetteer:ohchr" }), edit("named:agency", "not_a_source")];
    expect(mergeProblem(edits, "gazetteer:ohchr", "gazetteer:ohchr")).toMatch(/itself/);
    expect(mergeProblem(edits, "gazetteer:ohchr", "named:office")).toMatch(/cycle/);
    expect(mergeProblem(edits, "gazetteer:unhcr", "named:agency")).toMatch(/not a source/);
    // Re-pointing a merged claimant elsewhere replaces its edit: no cycle.
    expect(mergeProblem(edits, "named:office", "gazetteer:unhcr")).toBeNull();
  });
});
