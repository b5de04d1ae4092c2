// Fitting a family of log-linear models to one table and choosing among them by BIC, with the
// spread of N̂ across the models nearly as good as the chosen one (choice of model moves N̂ more
// than sampling does, so that spread is part of the answer).
import type { CaptureTable } from "./capture-table.js";
import { fitLogLinear, type ModelFit } from "./loglinear-model.js";
import { allHierarchicalModels, allPairwiseModels, MAX_LISTS_FOR_ALL_MODELS, MAX_LISTS_FOR_ALL_PAIRWISE, modelKey, neighbours } from "./model-space.js";

/** Models within this much BIC of the best are counted as plausible alternatives (Raftery 1995: "weak" evidence). */
export const PLAUSIBLE_BIC_GAP = 2;
/** Beyond four lists models have pairwise terms only, as in Rcapture's closedpMS.t(maxorder = 2). */
export const PAIRWISE_ONLY = 2;
/**
 * When many models are fitted, profile intervals (a hundred refits each) are computed only for
 * models within this much BIC of the best, and for independence, the usual baseline.
 */
export const PROFILE_BIC_GAP = 10;

export interface PlausibleSpread {
  bicGap: number;
  models: number;
  lowestN: number;
  highestN: number;
}

export interface LogLinearSearch {
  search: "all hierarchical models" | "all pairwise models" | "stepwise by BIC";
  models: ModelFit[];
  /** The BIC-best model among those that fitted cleanly; null when none did. */
  selected: ModelFit | null;
  spread: PlausibleSpread | null;
}

const usable = (fit: ModelFit): fit is ModelFit & { BIC: number; N: number } => fit.status === "ok" && fit.BIC !== null && fit.N !== null;

function bestByBic(fits: readonly ModelFit[]): ModelFit | null {
  return fits.filter(usable).reduce<ModelFit | null>((best, fit) => (best === null || fit.BIC! < best.BIC! ? fit : best), null);
}

/**
 * Greedy search from independence: take the neighbour with the lowest BIC until none improves it.
 * It can stop at a local best (on the UK five-list table it does), hence only beyond five lists.
 */
function stepwiseModels(table: CaptureTable): ModelFit[] {
  const fitted = new Map<string, ModelFit>();
  const fit = (terms: number[]) => {
    const key = modelKey(terms);
    let result = fitted.get(key);
    if (!result) {
      result = fitLogLinear(table, terms, { profile: false });
      fitted.set(key, result);
    }
    return result;
  };
  let current = fit([]);
  for (;;) {
    const next = bestByBic(neighbours(current.terms, table.lists.length, PAIRWISE_ONLY).map(fit));
    if (!next || !usable(current) || next.BIC! >= current.BIC!) break;
    current = next;
  }
  return [...fitted.values()];
}

/** Adds profile intervals to the fits near the best (see PROFILE_BIC_GAP). */
function withProfiles(table: CaptureTable, fits: ModelFit[]): ModelFit[] {
  const best = bestByBic(fits);
  return fits.map((fit) =>
    fit.terms.length === 0 || (best && fit.BIC !== null && fit.BIC <= best.BIC! + PROFILE_BIC_GAP) ? fitLogLinear(table, fit.terms) : fit,
  );
}

export function searchLogLinear(table: CaptureTable): LogLinearSearch {
  const listCount = table.lists.length;
  let search: LogLinearSearch["search"];
  let models: ModelFit[];
  if (listCount <= MAX_LISTS_FOR_ALL_MODELS) {
    search = "all hierarchical models";
    models = allHierarchicalModels(listCount).map((terms) => fitLogLinear(table, terms));
  } else if (listCount <= MAX_LISTS_FOR_ALL_PAIRWISE) {
    search = "all pairwise models";
    models = withProfiles(table, allPairwiseModels(listCount).map((terms) => fitLogLinear(table, terms, { profile: false })));
  } else {
    search = "stepwise by BIC";
    models = withProfiles(table, stepwiseModels(table));
  }
  const selected = bestByBic(models);
  let spread: PlausibleSpread | null = null;
  if (selected) {
    const plausible = models.filter((fit) => usable(fit) && fit.BIC! <= selected.BIC! + PLAUSIBLE_BIC_GAP).map((fit) => fit.N!);
    spread = { bicGap: PLAUSIBLE_BIC_GAP, models: plausible.length, lowestN: Math.min(...plausible), highestN: Math.max(...plausible) };
  }
  return { search, models, selected, spread };
}
