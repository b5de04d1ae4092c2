// A Poisson log-linear model fitted by iteratively reweighted least squares (IRLS), the way R's
// glm does it, but iterated to full convergence so the covariance is taken at the final means.
import { weightedLeastSquares } from "./least-squares.js";

export interface PoissonFit {
  coefficients: number[];
  /** Fitted mean of each row. */
  means: number[];
  /** (XᵀWX)⁻¹ at the fitted means, when asked for. */
  covariance: number[][] | null;
  converged: boolean;
  iterations: number;
}

const MAX_ITERATIONS = 200;
/** Relative change in deviance at which the fit stops (R's glm uses 1e-8; this is tighter on purpose). */
const DEVIANCE_TOLERANCE = 1e-13;
/** Change in every coefficient at which the fit has settled, whatever the deviance does. */
const COEFFICIENT_TOLERANCE = 1e-11;

function deviance(y: readonly number[], means: readonly number[]): number {
  let sum = 0;
  y.forEach((count, i) => {
    const mean = means[i]!;
    sum += (count > 0 ? count * Math.log(count / mean) : 0) - (count - mean);
  });
  return 2 * sum;
}

function linearPredictor(rows: readonly number[][], coefficients: readonly number[]): number[] {
  return rows.map((row) => row.reduce((sum, x, j) => sum + x * coefficients[j]!, 0));
}

/**
 * Fits log E[y] = Xβ. `start` (coefficients of an earlier fit of nearby data) speeds up the
 * repeated fits of the profile likelihood. Null when a step has no solution (dependent columns)
 * or the means overflow.
 */
export function fitPoisson(
  rows: readonly number[][],
  y: readonly number[],
  options: { start?: readonly number[]; covariance?: boolean } = {},
): PoissonFit | null {
  const { start } = options;
  let eta = start ? linearPredictor(rows, start) : y.map((count) => Math.log(count + 0.1));
  let coefficients = start ? [...start] : [];
  let previousDeviance = Number.POSITIVE_INFINITY;
  let converged = false;
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    const means = eta.map(Math.exp);
    const working = eta.map((value, i) => value + (y[i]! - means[i]!) / means[i]!);
    const step = weightedLeastSquares(rows, working, means);
    if (!step) return null;
    let change = coefficients.length ? 0 : Infinity;
    step.coefficients.forEach((value, j) => {
      if (coefficients.length) change = Math.max(change, Math.abs(value - coefficients[j]!) / (1 + Math.abs(value)));
    });
    coefficients = step.coefficients;
    eta = linearPredictor(rows, coefficients);
    if (!eta.every(Number.isFinite) || eta.some((value) => value > 700)) return null;
    const current = deviance(y, eta.map(Math.exp));
    if (change < COEFFICIENT_TOLERANCE || Math.abs(current - previousDeviance) / (Math.abs(current) + 0.1) < DEVIANCE_TOLERANCE) {
      converged = true;
      break;
    }
    previousDeviance = current;
  }
  const means = eta.map(Math.exp);
  if (!options.covariance) return { coefficients, means, covariance: null, converged, iterations };
  const final = weightedLeastSquares(rows, eta, means, { covariance: true });
  if (!final) return null;
  return { coefficients, means, covariance: final.covariance, converged, iterations };
}
