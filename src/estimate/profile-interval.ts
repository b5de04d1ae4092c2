// The multinomial profile-likelihood interval for N (Cormack 1992), as Rcapture's closedpCI.t
// computes it: for each candidate N the model is refitted on the complete 2^t table with
// N − n people in the unobserved cell, and the interval holds every N whose profile
// log-likelihood is within χ²₁(0.95)/2 of the best.
import { type CaptureTable, observedTotal } from "./capture-table.js";
import { logGamma } from "./log-gamma.js";
import { designRow } from "./design.js";
import { fitPoisson } from "./poisson-fit.js";
import { findRoot, maximise } from "./root-finding.js";

export interface ProfileInterval {
  /** The N that maximises the profile likelihood (a little below the Poisson N̂). */
  N: number;
  lower: number;
  /** Null when the likelihood never falls far enough: the data set no upper limit. */
  upper: number | null;
}

/** χ²₁ quantile at 0.95. */
export const CHI_SQUARE_95 = 3.841458820694124;
/** Beyond this many times the observed total the upper limit is reported as missing. */
const UPPER_SEARCH_LIMIT = 1e6;

/** l(N) for one model on one table; null where a fit fails. */
export function profileLogLikelihood(table: CaptureTable, terms: readonly number[]): (N: number) => number {
  const listCount = table.lists.length;
  const rows = table.counts.map((_, mask) => designRow(mask, listCount, terms));
  const n = observedTotal(table);
  let warmStart: number[] | undefined;
  return (N: number) => {
    const y = table.counts.map((count, mask) => (mask === 0 ? N - n : count));
    const fit = fitPoisson(rows, y, { start: warmStart }) ?? fitPoisson(rows, y);
    if (!fit) return Number.NEGATIVE_INFINITY;
    warmStart = fit.coefficients;
    let sum = logGamma(N + 1) - logGamma(N - n + 1);
    y.forEach((count, i) => {
      if (count > 0) sum += count * Math.log(fit.means[i]! / N);
    });
    return sum;
  };
}

/** Null when the profile cannot be traced (no finite maximum on (n, ∞), or refits that fail). */
export function profileInterval(table: CaptureTable, terms: readonly number[], poissonN: number): ProfileInterval | null {
  try {
    return traceProfile(table, terms, poissonN);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function traceProfile(table: CaptureTable, terms: readonly number[], poissonN: number): ProfileInterval | null {
  const n = observedTotal(table);
  const profile = profileLogLikelihood(table, terms);
  const atEstimate = profile(poissonN);
  if (!Number.isFinite(atEstimate)) return null;
  // Bracket the maximum: walk up until the likelihood has clearly fallen.
  let high = poissonN * 1.5 + 10;
  while (profile(high) > atEstimate - CHI_SQUARE_95 && high < UPPER_SEARCH_LIMIT * n) high *= 2;
  const best = maximise(profile, n, high, 1e-10);
  const excess = (N: number) => 2 * (best.value - profile(N)) - CHI_SQUARE_95;
  const lower = excess(n) > 0 ? findRoot(excess, n, best.x) : n;
  let upper: number | null = null;
  for (let bound = best.x * 1.5 + 10; bound < UPPER_SEARCH_LIMIT * n; bound *= 2) {
    if (excess(bound) > 0) {
      upper = findRoot(excess, best.x, bound);
      break;
    }
  }
  return { N: best.x, lower, upper };
}
