// A Poisson log-linear model fitted by iteratively reweighted least squares (IRLS), the way R's
// glm does it, but iterated to full convergence so the covariance is taken at the final means.
// A term whose cells are all empty has its maximum-likelihood parameter at −∞; such columns are
// frozen once their cells' means are negligible (the extended MLE), instead of letting their
// vanishing weights make every later step singular.
import { weightedLeastSquares } from "./least-squares.js";

export interface PoissonFit {
  coefficients: number[];
  /** Fitted mean of each row. */
  means: number[];
  /** (XᵀWX)⁻¹ over the columns that are not frozen, at the fitted means; when asked for. */
  covariance: number[][] | null;
  /** Columns whose parameter ran to −∞ (every cell they touch is empty); the intercept never is. */
  frozen: boolean[];
  converged: boolean;
  /** A step became singular before convergence: some combination of parameters sits at infinity. */
  singular: boolean;
  iterations: number;
}

const MAX_ITERATIONS = 200;
/** Relative change in deviance at which the fit stops (R's glm uses 1e-8; this is tighter on purpose). */
const DEVIANCE_TOLERANCE = 1e-13;
/** Change in every coefficient at which the fit has settled, whatever the deviance does. */
const COEFFICIENT_TOLERANCE = 1e-11;
/** Expected count below which an empty term's cells count as zero and its column is frozen. */
const FROZEN_MASS = 1e-9;

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
 * repeated fits of the profile likelihood. Null when the first step has no solution or the means
 * overflow (the estimate runs to infinity).
 */
export function fitPoisson(
  rows: readonly number[][],
  y: readonly number[],
  options: { start?: readonly number[]; covariance?: boolean } = {},
): PoissonFit | null {
  const { start } = options;
  const columns = rows[0]?.length ?? 0;
  // Columns with no count at all: their parameter goes to −∞ (the first never: it is the intercept).
  const empty = Array.from({ length: columns }, (_, j) => j > 0 && rows.every((row, i) => row[j] === 0 || y[i] === 0));
  const frozen = new Array<boolean>(columns).fill(false);
  let eta = start ? linearPredictor(rows, start) : y.map((count) => Math.log(count + 0.1));
  let coefficients = start ? [...start] : new Array<number>(columns).fill(0);
  let started = Boolean(start);
  let previousDeviance = start ? deviance(y, eta.map(Math.exp)) : Number.POSITIVE_INFINITY;
  let converged = false;
  let singular = false;
  let iterations = 0;
  const freeColumns = () => frozen.map((isFrozen, j) => (isFrozen ? -1 : j)).filter((j) => j >= 0);
  const solve = (means: number[], working: number[], covariance: boolean) => {
    const free = freeColumns();
    const anyFrozen = free.length < columns;
    const target = anyFrozen ? working.map((value, i) => value - rows[i]!.reduce((sum, x, j) => (frozen[j] ? sum + x * coefficients[j]! : sum), 0)) : working;
    return { free, step: weightedLeastSquares(rows, target, means, { covariance, columns: free }) };
  };
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    const means = eta.map(Math.exp);
    if (started) {
      empty.forEach((isEmpty, j) => {
        if (isEmpty && !frozen[j] && rows.reduce((mass, row, i) => mass + row[j]! * means[i]!, 0) < FROZEN_MASS) frozen[j] = true;
      });
    }
    const working = eta.map((value, i) => value + (y[i]! - means[i]!) / means[i]!);
    const { free, step } = solve(means, working, false);
    if (!step) {
      // Without a converged fit to stand on, there is nothing to report; a warm start's caller retries cold.
      if (!started || (start && iterations === 1)) return null;
      singular = true;
      break;
    }
    let next = [...coefficients];
    free.forEach((j, k) => (next[j] = step.coefficients[k]!));
    let nextEta = linearPredictor(rows, next);
    let current = deviance(y, nextEta.map(Math.exp));
    // Step-halving (as glm2 does): a full Newton step from a distant start can overshoot so far
    // that the next weights underflow; halve it until the deviance does not grow.
    for (let halvings = 0; started && halvings < 50 && !(current <= previousDeviance * (1 + 1e-12) + 1e-9); halvings++) {
      next = next.map((value, j) => (value + coefficients[j]!) / 2);
      nextEta = linearPredictor(rows, next);
      current = deviance(y, nextEta.map(Math.exp));
    }
    let change = started ? 0 : Infinity;
    if (started) next.forEach((value, j) => (change = Math.max(change, Math.abs(value - coefficients[j]!) / (1 + Math.abs(value)))));
    coefficients = next;
    started = true;
    eta = nextEta;
    if (!eta.every(Number.isFinite) || eta.some((value) => value > 700)) return null;
    if (change < COEFFICIENT_TOLERANCE || Math.abs(current - previousDeviance) / (Math.abs(current) + 0.1) < DEVIANCE_TOLERANCE) {
      converged = true;
      break;
    }
    previousDeviance = current;
  }
  const means = eta.map(Math.exp);
  if (!options.covariance) return { coefficients, means, covariance: null, frozen, converged, singular, iterations };
  const final = solve(means, eta, true).step;
  return { coefficients, means, covariance: final?.covariance ?? null, frozen, converged, singular: singular || !final, iterations };
}
