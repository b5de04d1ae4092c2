// Multiple systems estimation of one capture table: refused with the reason when the lists cannot
// support it, the two-list estimators for two lists, log-linear models for three or more.
import { type CaptureTable, listSize, observedTotal, overlapTotal } from "./capture-table.js";
import { searchLogLinear, type LogLinearSearch } from "./loglinear-search.js";
import { averageInWorker } from "./averaging-thread.js";
import { averageOverDecomposableModels, averagingWork, type AveragingProgress, type ModelAveragedEstimate } from "./model-averaging.js";
import { chapman, lincolnPetersen, pairCounts, type TwoListEstimate } from "./two-list.js";

/** Below this many people on two or more lists the estimate is flagged as unstable (Robson & Regier's m ≥ 7). */
export const LOW_OVERLAP = 7;

export const TWO_LIST_WARNING =
  "Two lists cannot test independence: the estimate assumes that being on one list does not change the chance of being on the other, and nothing in two lists can check it. Lists that copy each other or reach the same people make it too low.";

interface Common {
  lists: string[];
  /** People on at least one list. */
  observed: number;
  /** People on two or more lists. */
  overlap: number;
  warnings: string[];
}

export type Estimate =
  | (Common & { method: "refused"; reason: string })
  | (Common & { method: "two lists"; lincolnPetersen: TwoListEstimate; chapman: TwoListEstimate })
  | (Common & { method: "log-linear"; loglinear: LogLinearSearch; averaged: ModelAveragedEstimate | null });

/** Model averaging enumerates every decomposable graph: 822 on five lists, 18,154 on six. */
export const MAX_LISTS_FOR_AVERAGING = 5;

/** Why these lists cannot give an estimate, or null when they can. */
export function refusalReason(table: CaptureTable): string | null {
  if (table.lists.length < 2) return `an estimate needs at least two lists; this table has ${table.lists.length}`;
  const empty = table.lists.filter((_, i) => listSize(table, i) === 0);
  if (empty.length) return `no one is on ${empty.map((name) => `'${name}'`).join(", ")}; drop the empty list${empty.length > 1 ? "s" : ""}`;
  if (overlapTotal(table) === 0) return "no one is on more than one list: the overlap between lists is what the estimate is made from";
  const isolated = table.lists.filter((_, i) => !table.counts.some((count, mask) => count > 0 && mask & (1 << i) && mask & ~(1 << i)));
  if (isolated.length) return `no one on ${isolated.map((name) => `'${name}'`).join(", ")} is on any other list, so nothing says how many it missed; drop it or check its linkage`;
  return null;
}

/** Everything but the model averaging, or the finished estimate where there is none to do. */
type Prepared = { estimate: Estimate } | { common: Common; loglinear: LogLinearSearch; average: boolean };

function prepare(table: CaptureTable): Prepared {
  const common: Common = { lists: [...table.lists], observed: observedTotal(table), overlap: overlapTotal(table), warnings: [] };
  const reason = refusalReason(table);
  if (reason) return { estimate: { ...common, method: "refused", reason } };
  if (common.overlap < LOW_OVERLAP) {
    common.warnings.push(`only ${common.overlap} ${common.overlap === 1 ? "person is" : "people are"} on more than one list: the estimate rests on very few matches and is unstable`);
  }
  if (table.lists.length === 2) {
    const counts = pairCounts(table, 0, 1);
    // refusalReason guarantees an overlap, so Lincoln–Petersen is defined.
    return { estimate: { ...common, method: "two lists", lincolnPetersen: lincolnPetersen(counts)!, chapman: chapman(counts), warnings: [TWO_LIST_WARNING, ...common.warnings] } };
  }
  const loglinear = searchLogLinear(table);
  if (!loglinear.selected) common.warnings.push("no model fitted cleanly: every fit ran to a boundary, diverged or did not converge");
  const troubled = loglinear.models.filter((fit) => fit.status !== "ok").length;
  if (troubled) common.warnings.push(`${troubled} of ${loglinear.models.length} models did not fit cleanly (status other than ok) and were not considered for selection`);
  return { common, loglinear, average: table.lists.length <= MAX_LISTS_FOR_AVERAGING };
}

function finish(common: Common, loglinear: LogLinearSearch, averaged: ModelAveragedEstimate | null): Estimate {
  if (averaged && averaged.massAtGridEnd > 1e-6) common.warnings.push(
      `the model-averaged posterior still has weight at ${averaged.gridMax.toLocaleString("en-US")} missing, where its grid ends (max(2,000, 6 × observed), as in the reference runs of dga): its upper limit depends on that cut-off`,
    );
  return { ...common, method: "log-linear", loglinear, averaged };
}

export function estimatePopulation(table: CaptureTable): Estimate {
  const prepared = prepare(table);
  if ("estimate" in prepared) return prepared.estimate;
  return finish(prepared.common, prepared.loglinear, prepared.average ? averageOverDecomposableModels(table) : null);
}

/** Model averaging costing more than this (graphs × values of N, averagingWork) runs in a worker thread. */
export const LONG_AVERAGING_WORK = 1_000_000;

export interface OffThreadOptions {
  /** Told how far a model averaging run in the worker has gone. */
  onProgress?: AveragingProgress;
  /** Averaging of at least this much work goes to the worker; less runs here. LONG_AVERAGING_WORK by default. */
  workerFrom?: number;
}

/**
 * estimatePopulation, with a long model-averaging run in a worker thread so that this one stays
 * free (a server answers meanwhile, a terminal shows progress). The same table gives the same estimate.
 */
export async function estimatePopulationOffThread(table: CaptureTable, options: OffThreadOptions = {}): Promise<Estimate> {
  const prepared = prepare(table);
  if ("estimate" in prepared) return prepared.estimate;
  if (!prepared.average) return finish(prepared.common, prepared.loglinear, null);
  const long = averagingWork(table) >= (options.workerFrom ?? LONG_AVERAGING_WORK);
  const averaged = long ? await averageInWorker(table, {}, options.onProgress) : averageOverDecomposableModels(table);
  return finish(prepared.common, prepared.loglinear, averaged);
}
