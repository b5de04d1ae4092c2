import { describe, expect, it } from "vitest";
import { boundsProblems, claimCorrectionSchema, correctedBoundsProblems, MAX_FIGURE, type Bounds } from "./claim-rules.js";

const messages = (value: unknown) => {
  const result = claimCorrectionSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("a correction's fields", () => {
  it("accepts what a reviewer may set", () => {
    expect(messages({ min: 0, max: MAX_FIGURE, claimant: "  UN human rights office ", asOf: "2024-02-29", claimantKind: null, mainEvent: false })).toEqual([]);
    expect(claimCorrectionSchema.parse({ claimant: "  HRANA " }).claimant).toBe("HRANA");
  });

  it("refuses figures that are not whole numbers from 0 to ten billion", () => {
    const expected = "expected a whole number from 0 to 10,000,000,000";
    expect(messages({ min: 1.5 })).toEqual([`min: ${expected}`]);
    expect(messages({ min: -1 })).toEqual([`min: ${expected}`]);
    expect(messages({ max: 1e20 })).toEqual([`max: ${expected}`]);
    expect(messages({ max: MAX_FIGURE + 1 })).toEqual([`max: ${expected}`]);
    expect(messages({ min: "12" })).toEqual([`min: ${expected}`]);
  });

  it("refuses impossible days, over-long claimants and control characters", () => {
    expect(messages({ asOf: "2026-02-30" })).toEqual(["asOf: '2026-02-30': day 30 does not exist in 2026-02 (01–28)"]);
    expect(messages({ asOf: "2026-13-01" })).toEqual(["asOf: '2026-13-01': month 13 does not exist (01–12)"]);
    expect(messages({ claimant: "x".repeat(201) })).toEqual(["claimant: at most 200 characters (got 201)"]);
    expect(messages({ claimant: "a\u0000b" })).toEqual(["claimant: control character U+0000 is not allowed in a name"]);
    expect(messages({ claimant: "two\nlines" })).toEqual(["claimant: control character U+000A is not allowed in a name"]);
    expect(messages({ claimant: "   " })).toEqual(["claimant: expected a name, not an empty text"]);
    expect(messages({ claimant: "\ud800" })[0]).toMatch(/^claimant: .*lone UTF-16 surrogate/);
  });

  it("refuses unknown fields and wrong types, naming them", () => {
    expect(messages({ figure: 3 })[0]).toMatch(/"figure"/);
    expect(messages({ mainEvent: "yes" })).toEqual(["mainEvent: expected true or false"]);
    expect(messages({ metric: "deaths" })[0]).toMatch(/^metric: /);
  });
});

describe("a claim's figures taken together", () => {
  const bounds = (min: number | null, max: number | null, qualifier: Bounds["qualifier"]): Bounds => ({ min, max, qualifier });

  it("accepts every shape of the contract's qualifier table", () => {
    for (const b of [bounds(646, 646, "exact"), bounds(12000, null, "at_least"), bounds(2500, null, "more_than"), bounds(3000, 3000, "approx"), bounds(null, 500, "up_to"), bounds(10000, 12000, "range"), bounds(24, null, "vague")]) {
      expect(boundsProblems(b), JSON.stringify(b)).toEqual([]);
    }
  });

  it("refuses min above max and bounds the qualifier cannot stand on", () => {
    expect(boundsProblems(bounds(10, 5, "range"))).toEqual([{ field: "max", message: "max 5 is below min 10" }]);
    expect(boundsProblems(bounds(null, 500, "at_least"))).toEqual([{ field: "qualifier", message: "at_least needs min, the figure the count is at least" }]);
    expect(boundsProblems(bounds(500, null, "up_to"))[0]!.message).toBe("up_to needs max, the figure the count is at most");
    expect(boundsProblems(bounds(500, null, "range"))[0]!.message).toBe("range needs both min and max");
    expect(boundsProblems(bounds(10, 12, "exact"))[0]!.message).toMatch(/^exact needs min and max to be the same figure \(got 10 and 12\)/);
    expect(boundsProblems(bounds(null, null, "approx"))[0]!.message).toBe("approx needs a figure in min or max");
  });

  it("judges a correction on the claim as it will be, blaming the field the reviewer changed", () => {
    const stored = bounds(10, 20, "range");
    expect(correctedBoundsProblems(stored, { max: 5 })).toEqual([{ field: "max", message: "max 5 is below min 10" }]);
    expect(correctedBoundsProblems(stored, { min: 30 })).toEqual([{ field: "min", message: "min 30 is above max 20" }]);
    expect(correctedBoundsProblems(stored, { min: 5, max: 15 })).toEqual([]);
    expect(correctedBoundsProblems(bounds(40, null, "at_least"), { min: null })).toEqual([{ field: "min", message: "at_least needs min, the figure the count is at least" }]);
    expect(correctedBoundsProblems(bounds(null, 500, "up_to"), { qualifier: "at_least" })[0]!.field).toBe("qualifier");
    expect(correctedBoundsProblems(bounds(646, 646, "exact"), { max: 700 })[0]!.field).toBe("max");
    expect(correctedBoundsProblems(bounds(646, 646, "exact"), { max: 700, qualifier: "range" })).toEqual([]);
    // A claim stored with odd figures can still be accepted or given a claimant.
    expect(correctedBoundsProblems(bounds(10, 5, "range"), {})).toEqual([]);
    expect(correctedBoundsProblems(bounds(10, 5, "range"), { claimant: "HRANA" })).toEqual([]);
  });
});
