import { describe, expect, it } from "vitest";
import type { Fate, StoredVictimRecord } from "../domain/victim.js";
import { ESTIMATE_CAVEATS, summariseEstimate } from "./estimate-summary.js";
import { estimateRegistry, registryEstimateToJson } from "./registry-estimate.js";

let nextId = 1;
/** Records of one person, one per list naming it. */
function person(personId: string | null, lists: string, fate: Fate = "killed", eventId: number | null = 1): StoredVictimRecord[] {
  return lists.split(",").map((list) => ({
    id: nextId++, eventId, personId, list, recordId: String(nextId), evidence: { kind: "row", file: `${list}.csv`, line: nextId }, privateFields: {},
    givenName: "A", surname: "B", fullName: null, script: "latin", sex: null, age: null, fate, date: null, place: null,
  }));
}

/** `count` persons named by exactly `lists`. */
const persons = (count: number, lists: string, fate?: Fate) => Array.from({ length: count }, () => person(`p${nextId}`, lists, fate)).flat();

describe("summariseEstimate", () => {
  it("shows Chapman for two lists, with its interval, the two-list warning and the caveats", () => {
    // hengaw 6, hrana 7, both 3: Chapman (7 × 8) / 4 − 1 = 13.
    const records = [...persons(3, "hengaw,hrana"), ...persons(4, "hrana"), ...persons(3, "hengaw"), ...persons(2, "reports")];
    const summary = summariseEstimate(estimateRegistry(records, { fate: "killed" }), "killed");
    expect(summary).toMatchObject({ fate: "killed", lists: ["hengaw", "hrana"], observed: 10, overlap: 3, refusal: null, model: "Chapman (two lists)", spread: null, averaged: null });
    expect(summary.N).toBeCloseTo(13, 9);
    expect(summary.ci95![0]).toBeLessThan(13);
    expect(summary.warnings[0]).toContain("Two lists cannot test independence");
    expect(summary.caveats).toEqual(ESTIMATE_CAVEATS);
  });

  it("shows the BIC-best log-linear model, the spread within 2 BIC and the model-averaged median for three lists", () => {
    const records = [...persons(4, "hrana"), ...persons(3, "hengaw"), ...persons(2, "amnesty"), ...persons(3, "hengaw,hrana"), ...persons(2, "amnesty,hrana"), ...persons(1, "amnesty,hengaw"), ...persons(2, "amnesty,hengaw,hrana")];
    const result = estimateRegistry(records, {});
    const summary = summariseEstimate(result, null);
    expect(summary).toMatchObject({ lists: ["amnesty", "hengaw", "hrana"], observed: 17, overlap: 8, refusal: null });
    expect(summary.model).toMatch(/^log-linear, lowest BIC: /);
    expect(summary.N).toBeGreaterThan(17);
    expect(summary.spread!.withinBIC).toBe(2);
    expect(summary.spread!.lowestN).toBeLessThanOrEqual(summary.N!);
    expect(summary.averaged!.median).toBeGreaterThan(17);
    // The same figures as `tally estimate --json`.
    const json = registryEstimateToJson(result) as { selected: { N: number; ci95: [number, number | null] }; table: Record<string, number> };
    expect(json.selected.N).toBe(summary.N);
    expect(json.selected.ci95).toEqual(summary.ci95);
    expect(json.table).toEqual({ "001": 4, "010": 3, "100": 2, "011": 3, "101": 2, "110": 1, "111": 2 });
  });

  it("gives the refusal reason instead of a figure", () => {
    const unlinked = summariseEstimate(estimateRegistry(person(null, "hrana,hengaw"), {}), null);
    expect(unlinked).toMatchObject({ refusal: expect.stringContaining("no link run has been done"), N: null, observed: null });
    const oneList = summariseEstimate(estimateRegistry(persons(5, "hrana"), {}), null);
    expect(oneList.refusal).toContain("only the list 'hrana' names anyone selected");
    const noOverlap = summariseEstimate(estimateRegistry([...persons(5, "hrana"), ...persons(4, "hengaw")], {}), null);
    expect(noOverlap).toMatchObject({ observed: 9, overlap: 0, N: null, refusal: expect.stringContaining("no one is on more than one list") });
    expect(registryEstimateToJson(estimateRegistry([], {}))).toMatchObject({ method: "refused", reason: expect.stringContaining("holds no victim records") });
  });
});
