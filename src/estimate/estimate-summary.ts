// What a reader is shown of the registry's estimate: plain values for the dashboard and the static
// report (views/estimate-section.ts only renders them), with the caveats every estimate carries.
import type { Fate } from "../domain/victim.js";
import type { Estimate } from "./estimate.js";
import { interactionNames } from "./model-space.js";
import type { StoredVictimRecord } from "../domain/victim.js";
import { estimateRegistryOffThread, type RegistryEstimate } from "./registry-estimate.js";

export interface EstimateSummary {
  /** Whose toll: the fate selected, null for every person. */
  fate: Fate | null;
  /** The lists the estimate was made from (names from reports are never one). */
  lists: string[];
  /** People on at least one list, on two or more: null when refused before counting. */
  observed: number | null;
  overlap: number | null;
  /** Why there is no estimate; null when there is one. */
  refusal: string | null;
  /** The estimator or model shown: "Chapman (two lists)", "log-linear: independence", … */
  model: string | null;
  N: number | null;
  /** 95 % interval; upper null when unbounded. */
  ci95: [number, number | null] | null;
  /** How far the choice of model moves N̂: the models within `withinBIC` of the best and their lowest and highest N̂. */
  spread: { withinBIC: number; models: number; lowestN: number; highestN: number } | null;
  /** The Bayesian model-averaged median and interval, when computed. */
  averaged: { median: number; ci95: [number, number] } | null;
  /** What the estimator itself warns of (few matches, models that did not fit, two lists). */
  warnings: string[];
  /** What no estimate from lists can rule out, said every time. */
  caveats: string[];
}

export const ESTIMATE_CAVEATS: readonly string[] = [
  "Lists that copy each other, or that reach the same kind of people, share more names than chance would give: the estimate then comes out too low.",
  "People no list can reach (in areas no group covers, or whose families cannot speak) are missing from every list, and no count of overlaps can see them.",
  "Linkage errors move the estimate: two records of one person left apart shrink the overlap and raise it; two people wrongly merged raise the overlap and lower it.",
];

function selectedFigures(estimate: Estimate): Pick<EstimateSummary, "model" | "N" | "ci95" | "spread" | "averaged"> {
  if (estimate.method === "two lists") {
    return { model: "Chapman (two lists)", N: estimate.chapman.N, ci95: estimate.chapman.ci95, spread: null, averaged: null };
  }
  if (estimate.method === "refused") return { model: null, N: null, ci95: null, spread: null, averaged: null };
  const { selected, spread } = estimate.loglinear;
  const names = selected ? interactionNames(selected.terms, estimate.lists) : [];
  return {
    model: selected ? `log-linear, lowest BIC: ${names.length ? names.join(" + ") : "independence"}` : null,
    N: selected?.N ?? null,
    ci95: selected?.profile ? [selected.profile.lower, selected.profile.upper] : null,
    spread: spread ? { withinBIC: spread.bicGap, models: spread.models, lowestN: spread.lowestN, highestN: spread.highestN } : null,
    averaged: estimate.averaged ? { median: estimate.averaged.median, ci95: estimate.averaged.ci95 } : null,
  };
}

export function summariseEstimate(result: RegistryEstimate, fate: Fate | null): EstimateSummary {
  const caveats = [...ESTIMATE_CAVEATS];
  if (result.kind === "refused") {
    return { fate, lists: result.lists, observed: null, overlap: null, refusal: result.reason, model: null, N: null, ci95: null, spread: null, averaged: null, warnings: [], caveats };
  }
  const { estimate } = result;
  return {
    fate,
    lists: estimate.lists,
    observed: estimate.observed,
    overlap: estimate.overlap,
    refusal: estimate.method === "refused" ? estimate.reason : null,
    ...selectedFigures(estimate),
    warnings: estimate.warnings,
    caveats,
  };
}

/**
 * Whose toll the dashboard and the report estimate: one fate, since persons killed, detained and
 * missing are different populations and one estimate over all of them would mean nothing; killed is
 * the count the claims' verified floor is most often of.
 */
export const SHOWN_FATE: Fate = "killed";

/**
 * The summary of the registry's estimate for one event (every record when eventId is undefined);
 * a long model-averaging run goes to a worker thread, so a server keeps answering meanwhile.
 */
export async function registryEstimateSummary(records: StoredVictimRecord[], eventId: number | undefined, fate: Fate = SHOWN_FATE): Promise<EstimateSummary> {
  return summariseEstimate(await estimateRegistryOffThread(records, { ...(eventId === undefined ? {} : { eventId }), fate }), fate);
}
