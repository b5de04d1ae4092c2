// One hierarchical log-linear model of a capture table: its Poisson fit on the observed cells,
// the estimate N̂ = observed + exp(intercept), its standard error, AIC and BIC (Rcapture's
// conventions) and the multinomial profile-likelihood interval.
import { type CaptureTable, observedTotal } from "./capture-table.js";
import { designRow } from "./design.js";
import { logGamma } from "./log-gamma.js";
import { fitPoisson } from "./poisson-fit.js";
import { profileInterval, type ProfileInterval } from "./profile-interval.js";

/**
 * What became of a fit. `boundary`: some fitted cell is (near) zero for another reason than a term
 * with no one in it (those are handled exactly, see emptyTerms), so some combination of parameters
 * sits at infinity and N̂ depends on where the iterations stopped; `infinite`: the unobserved cell grows
 * without bound; `not-converged`: IRLS did not settle; `not-identifiable`: the cells cannot
 * separate the model's terms.
 */
export type FitStatus = "ok" | "boundary" | "infinite" | "not-converged" | "not-identifiable";

export interface ModelFit {
  /** Interaction terms as list bitmasks (each with two or more bits), lower-order terms included. */
  terms: number[];
  status: FitStatus;
  /** Estimated population; null unless the fit gives a finite one. */
  N: number | null;
  /** Estimated people on no list. */
  unobserved: number | null;
  se: number | null;
  AIC: number | null;
  BIC: number | null;
  deviance: number | null;
  /** Residual degrees of freedom: observed cells minus parameters. */
  df: number;
  /** Interaction terms whose every cell is empty: their parameters are at −∞ (N̂ is unaffected). */
  emptyTerms: number[];
  profile: ProfileInterval | null;
}

/** Fitted unobserved cells beyond this many times the observed total are taken as infinite. */
const INFINITE_RATIO = 1e6;
/** A fitted mean of a zero cell below this means a parameter has run to its boundary. */
const BOUNDARY_MEAN = 1e-6;

function poissonLogLikelihood(y: readonly number[], means: readonly number[]): number {
  return y.reduce((sum, count, i) => sum + (count > 0 ? count * Math.log(means[i]!) : 0) - means[i]! - logGamma(count + 1), 0);
}

export function fitLogLinear(table: CaptureTable, terms: readonly number[], options: { profile?: boolean } = {}): ModelFit {
  const listCount = table.lists.length;
  const cells = table.counts.map((_, mask) => mask).slice(1);
  const rows = cells.map((mask) => designRow(mask, listCount, terms));
  const y = cells.map((mask) => table.counts[mask]!);
  const n = observedTotal(table);
  const parameters = rows[0]!.length;
  const empty = { terms: [...terms], N: null, unobserved: null, se: null, AIC: null, BIC: null, deviance: null, df: cells.length - parameters, emptyTerms: [], profile: null };
  const fit = fitPoisson(rows, y, { covariance: true });
  if (!fit) return { ...empty, status: cells.length < parameters ? "not-identifiable" : "infinite" };
  const unobserved = Math.exp(fit.coefficients[0]!);
  if (!Number.isFinite(unobserved) || unobserved > INFINITE_RATIO * n) return { ...empty, status: "infinite" };
  const logLikelihood = poissonLogLikelihood(y, fit.means);
  const deviance = 2 * y.reduce((sum, count, i) => sum + (count > 0 ? count * Math.log(count / fit.means[i]!) : 0) - (count - fit.means[i]!), 0);
  // Cells emptied by a frozen term are the expected boundary of the extended MLE; any other
  // vanishing cell means a combination of parameters ran off, and N̂ depends on where IRLS stopped.
  const frozenCell = (row: number[]) => row.some((x, j) => x === 1 && fit.frozen[j]);
  const atBoundary = fit.singular || y.some((count, i) => count === 0 && fit.means[i]! < BOUNDARY_MEAN && !frozenCell(rows[i]!));
  const status: FitStatus = !fit.converged && !fit.singular ? "not-converged" : atBoundary || !fit.covariance ? "boundary" : "ok";
  // Delta method on n0 = exp(b0), plus the Poisson variance of the unobserved count itself:
  // Rcapture's formula. Its printed digits differ by up to ~1e-5 relative because R's glm stops
  // at a 1e-8 deviance change and keeps the previous step's weights; this fit is fully converged.
  const se = fit.covariance ? Math.sqrt(unobserved + unobserved * unobserved * fit.covariance[0]![0]!) : null;
  const N = n + unobserved;
  return {
    terms: [...terms],
    status,
    N,
    unobserved,
    se,
    AIC: 2 * parameters - 2 * logLikelihood,
    BIC: parameters * Math.log(n) - 2 * logLikelihood,
    deviance,
    df: cells.length - parameters,
    emptyTerms: terms.filter((_, k) => fit.frozen[1 + listCount + k]),
    profile: options.profile === false ? null : profileInterval(table, terms, N),
  };
}
