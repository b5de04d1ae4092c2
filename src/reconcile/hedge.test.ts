import { describe, expect, it } from "vitest";
import { boundsOverlap, formatFigure, lowerBound, pointFigure, upperBound } from "./hedge.js";

describe("hedged bounds", () => {
  it("reads each qualifier's bounds", () => {
    expect([lowerBound({ min: 646, max: 646, qualifier: "exact" }), upperBound({ min: 646, max: 646, qualifier: "exact" })]).toEqual([646, 646]);
    expect(upperBound({ min: 12000, max: null, qualifier: "at_least" })).toBe(Infinity);
    expect([lowerBound({ min: 3000, max: 3000, qualifier: "approx" }), upperBound({ min: 3000, max: 3000, qualifier: "approx" })]).toEqual([2700, 3300]);
    expect([lowerBound({ min: null, max: 500, qualifier: "up_to" }), upperBound({ min: null, max: 500, qualifier: "up_to" })]).toEqual([0, 500]);
    expect([lowerBound({ min: 2000, max: null, qualifier: "vague" }), upperBound({ min: 2000, max: null, qualifier: "vague" })]).toEqual([1000, 9999]);
  });

  it("lets 'about 3,000' and 2,900 agree but not 3,000 and 2,000", () => {
    expect(boundsOverlap({ min: 3000, max: 3000, qualifier: "approx" }, { min: 2900, max: 2900, qualifier: "exact" })).toBe(true);
    expect(boundsOverlap({ min: 3000, max: 3000, qualifier: "exact" }, { min: 2000, max: 2000, qualifier: "exact" })).toBe(false);
    expect(boundsOverlap({ min: 2500, max: null, qualifier: "more_than" }, { min: 2571, max: null, qualifier: "at_least" })).toBe(true);
  });

  it("picks one number per figure and says it with its hedge", () => {
    expect(pointFigure({ min: 10000, max: 12000, qualifier: "range" })).toBe(11000);
    expect(formatFigure({ min: 10000, max: 12000, qualifier: "range" })).toBe("10,000–12,000");
    expect(formatFigure({ min: 12000, max: null, qualifier: "at_least" })).toBe("at least 12,000");
    expect(formatFigure({ min: 200, max: null, qualifier: "vague" })).toBe("hundreds");
    expect(formatFigure({ min: 2003, max: 2003, qualifier: "exact" })).toBe("2,003");
  });
});
