// Model averaging against R's dga (bma.cr, delta 2^-t, prior 1/N) on the published tables: the
// computation is exact on a grid, so the posterior median and 95 % limits match to the person.
import { describe, expect, it } from "vitest";
import { tableFromPatterns } from "./capture-table.js";
import { averageOverDecomposableModels, decomposableGraphs } from "./model-averaging.js";
import { referenceDatasets } from "../../test/support/mse-datasets.js";

const { datasets } = referenceDatasets();
/** The two largest five-list tables take seconds each; the other five-list tables cover that size. */
const SLOW = new Set(["Ned_5", "UKdat_5"]);

describe("Bayesian model averaging over decomposable graphs", () => {
  it("enumerates the decomposable graphs dga ships: 8, 61 and 822 on three, four and five lists", () => {
    expect([3, 4, 5].map((lists) => decomposableGraphs(lists).length)).toEqual([8, 61, 822]);
  });

  const cases = Object.entries(datasets).filter(([name, dataset]) => dataset.reference.R["dga_bma_delta_2^-t"] && !SLOW.has(name));
  it.each(cases)("reproduces dga's posterior median and interval on %s", (_, dataset) => {
    const reference = dataset.reference.R["dga_bma_delta_2^-t"]!;
    const averaged = averageOverDecomposableModels(tableFromPatterns(dataset.lists, dataset.counts));
    expect(averaged.median).toBe(reference.median);
    expect(averaged.ci95).toEqual(reference.ci95);
    expect(Math.abs(averaged.mean - reference.mean) / reference.mean).toBeLessThan(1e-3);
    expect(averaged.graphs.reduce((sum, graph) => sum + graph.probability, 0)).toBeCloseTo(1, 9);
  });
});
