// Model averaging in a worker thread gives exactly what the same run gives in this thread, and
// tells its progress on the way; estimatePopulationOffThread sends only long runs there.
import { describe, expect, it } from "vitest";
import { tableFromPatterns } from "./capture-table.js";
import { averageInWorker } from "./averaging-thread.js";
import { estimatePopulation, estimatePopulationOffThread, LONG_AVERAGING_WORK } from "./estimate.js";
import { averageOverDecomposableModels, averagingWork } from "./model-averaging.js";
import { referenceDatasets } from "../../test/support/mse-datasets.js";

const { datasets } = referenceDatasets();
const table = (name: string) => tableFromPatterns(datasets[name]!.lists, datasets[name]!.counts);

describe("model averaging in a worker thread", () => {
  it("gives the in-thread result to the last digit, with progress up to the whole grid", async () => {
    const kosovo = table("kosovo_1999");
    const progress: Array<[number, number]> = [];
    // This thread stays free while the worker computes: its timers keep firing.
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 5);
    const inWorker = await averageInWorker(kosovo, {}, (done, total) => progress.push([done, total])).finally(() => clearInterval(ticking));
    expect(ticks).toBeGreaterThan(10);
    expect(inWorker).toEqual(averageOverDecomposableModels(kosovo));
    // dga's reference for the same table, so the worker ran the real computation
    expect(inWorker.median).toBe(datasets.kosovo_1999!.reference.R["dga_bma_delta_2^-t"]!.median);
    const total = progress[0]![1];
    expect(total).toBe(Math.max(2000, 6 * 4400));
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([total, total]);
  }, 60_000);

  it("sends a long run to the worker and keeps a short one here, and both equal estimatePopulation", async () => {
    const kosovo = table("kosovo_1999");
    const hiv = table("HIV_rcapture");
    expect(averagingWork(kosovo)).toBeGreaterThanOrEqual(LONG_AVERAGING_WORK);
    expect(averagingWork(hiv)).toBeLessThan(LONG_AVERAGING_WORK);
    let told = 0;
    expect(await estimatePopulationOffThread(kosovo, { onProgress: () => told++ })).toEqual(estimatePopulation(kosovo));
    expect(told).toBeGreaterThan(0);
    told = 0;
    expect(await estimatePopulationOffThread(hiv, { onProgress: () => told++ })).toEqual(estimatePopulation(hiv));
    expect(told).toBe(0);
  }, 60_000);
});
