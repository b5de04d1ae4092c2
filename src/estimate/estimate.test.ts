import { describe, expect, it } from "vitest";
import { tableFromPatterns } from "./capture-table.js";
import { estimatePopulation, TWO_LIST_WARNING } from "./estimate.js";

describe("estimating a population from its lists", () => {
  it("gives Lincoln–Petersen and Chapman for two lists, warning that independence cannot be tested", () => {
    const estimate = estimatePopulation(tableFromPatterns(["police", "hospital"], { "10": 60, "01": 90, "11": 40 }));
    expect(estimate.method).toBe("two lists");
    if (estimate.method !== "two lists") return;
    expect(estimate.lincolnPetersen.N).toBeCloseTo((100 * 130) / 40, 9);
    expect(estimate.chapman.N).toBeCloseTo((101 * 131) / 41 - 1, 9);
    expect(estimate.chapman.ci95[0]).toBeLessThan(estimate.chapman.N);
    expect(estimate.warnings[0]).toBe(TWO_LIST_WARNING);
  });

  it("refuses one list, an empty list, and lists that share no one, saying why", () => {
    const refused = (lists: string[], counts: Record<string, number>) => {
      const estimate = estimatePopulation(tableFromPatterns(lists, counts));
      return estimate.method === "refused" ? estimate.reason : null;
    };
    expect(refused(["A"], { "1": 12 })).toBe("an estimate needs at least two lists; this table has 1");
    expect(refused(["A", "B", "C"], { "100": 5, "110": 2 })).toBe("no one is on 'C'; drop the empty list");
    expect(refused(["A", "B"], { "10": 5, "01": 7 })).toBe("no one is on more than one list: the overlap between lists is what the estimate is made from");
    expect(refused(["A", "B", "C"], { "100": 5, "010": 7, "110": 3, "001": 9 })).toBe(
      "no one on 'C' is on any other list, so nothing says how many it missed; drop it or check its linkage",
    );
  });

  it("flags an overlap of a handful of people as unstable", () => {
    const estimate = estimatePopulation(tableFromPatterns(["A", "B"], { "10": 50, "01": 40, "11": 3 }));
    expect(estimate.warnings).toContainEqual(expect.stringMatching(/^only 3 people are on more than one list/));
  });

  it("fits every hierarchical model on three lists and selects by BIC, with the spread of plausible ones", () => {
    // Spina bifida, New York 1969–74 (Hook, Albright & Cross 1980), as in dga's example.
    const estimate = estimatePopulation(tableFromPatterns(["B", "D", "M"], { "001": 60, "010": 49, "011": 4, "100": 247, "101": 112, "110": 142, "111": 12 }));
    expect(estimate.method).toBe("log-linear");
    if (estimate.method !== "log-linear") return;
    const { models, selected, spread, search } = estimate.loglinear;
    expect(search).toBe("all hierarchical models");
    expect(models).toHaveLength(8);
    expect(models.every((fit) => fit.status === "ok")).toBe(true);
    const lowestBic = Math.min(...models.map((fit) => fit.BIC!));
    expect(selected!.BIC).toBe(lowestBic);
    expect(spread!.lowestN).toBeLessThanOrEqual(selected!.N!);
    expect(spread!.highestN).toBeGreaterThanOrEqual(selected!.N!);
  });

  it("reports a model whose estimate is infinite as such and leaves it out of the choice", () => {
    // No one on both A and B but not C: with all pairwise terms, the unobserved cell has no bound.
    const estimate = estimatePopulation(tableFromPatterns(["A", "B", "C"], { "100": 50, "010": 40, "001": 30, "101": 10, "011": 8, "111": 3 }));
    if (estimate.method !== "log-linear") throw new Error(estimate.method);
    const allPairs = estimate.loglinear.models.find((fit) => fit.terms.length === 3)!;
    expect(allPairs).toMatchObject({ status: "infinite", N: null });
    expect(estimate.loglinear.selected!.status).toBe("ok");
    expect(estimate.warnings).toContainEqual(expect.stringMatching(/^2 of 8 models did not fit cleanly/));
  });
});
