// Bayesian model averaging over decomposable graphical models (Madigan & York 1997), computed as
// R's dga::bma.cr does: hyper-Dirichlet priors with `delta` per cell of the full table, a prior
// on N proportional to 1/N, equal prior weight per graph, and the posterior of the number missing
// evaluated exactly on a grid (no sampling, so no seed: the same table always gives the same answer).
import { type CaptureTable, observedTotal } from "./capture-table.js";
import { logGamma } from "./log-gamma.js";

export interface GraphPosterior {
  /** Edges of the graph as pairs of list bitmasks (two bits each). */
  edges: number[];
  probability: number;
}

export interface ModelAveragedEstimate {
  median: number;
  mean: number;
  /** Central 95 % posterior interval. */
  ci95: [number, number];
  delta: number;
  /** Largest number missing on the grid; posterior mass there means the grid was too short. */
  gridMax: number;
  massAtGridEnd: number;
  graphs: GraphPosterior[];
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

/**
 * A perfect elimination ordering by maximum cardinality search, as (vertex, earlier neighbours)
 * pairs; null when the graph is not chordal (not decomposable).
 */
export function perfectOrdering(listCount: number, adjacency: readonly number[]): Array<{ vertex: number; parents: number }> | null {
  const order: Array<{ vertex: number; parents: number }> = [];
  let numbered = 0;
  for (let step = 0; step < listCount; step++) {
    let best = -1;
    let bestWeight = -1;
    for (let v = 0; v < listCount; v++) {
      if (numbered & (1 << v)) continue;
      const weight = bitCount(adjacency[v]! & numbered);
      if (weight > bestWeight) [best, bestWeight] = [v, weight];
    }
    const parents = adjacency[best]! & numbered;
    // Chordal iff every vertex's earlier neighbours are pairwise adjacent.
    for (let u = 0; u < listCount; u++) {
      if (parents & (1 << u) && (parents & ~(1 << u) & ~adjacency[u]!) !== 0) return null;
    }
    order.push({ vertex: best, parents });
    numbered |= 1 << best;
  }
  return order;
}

/** Every decomposable graph on the lists, as lists of edges. */
export function decomposableGraphs(listCount: number): number[][] {
  const pairs: number[] = [];
  for (let i = 0; i < listCount; i++) for (let j = i + 1; j < listCount; j++) pairs.push((1 << i) | (1 << j));
  const graphs: number[][] = [];
  for (let subset = 0; subset < 2 ** pairs.length; subset++) {
    const edges = pairs.filter((_, k) => Math.floor(subset / 2 ** k) % 2 === 1);
    const adjacency = Array.from({ length: listCount }, (_, v) => edges.reduce((mask, edge) => (edge & (1 << v) ? mask | (edge & ~(1 << v)) : mask), 0));
    if (perfectOrdering(listCount, adjacency)) graphs.push(edges);
  }
  return graphs;
}

export interface AveragingOptions {
  /** Prior weight per cell of the full table; dga's usual choice, and the reference's, is 2^-t. */
  delta?: number;
  /** Largest number missing considered; default max(2,000, 6 × observed) as in the reference runs. */
  gridMax?: number;
  /**
   * Smallest number missing considered; 1 as in dga's examples and the reference runs. It
   * matters: with a small delta the saturated graph puts a spike at 0 missing (HAV: median 290
   * from 0, 378 from 1).
   */
  gridMin?: number;
}

interface MarginTerm {
  /** Σ over the margin's cells but the all-zero one of log Γ(m + α) − log Γ(α), less log Γ(α) for that one. */
  constant: number;
  /** Observed people in the all-zero cell of the margin (on none of its lists). */
  zeroCount: number;
  alpha: number;
}

/**
 * For each subset S of lists, the parts of its margin's Dirichlet-multinomial likelihood that do
 * not depend on the number missing: only the all-zero marginal cell does.
 */
function marginTerms(table: CaptureTable, delta: number): MarginTerm[] {
  const listCount = table.lists.length;
  const terms: MarginTerm[] = [{ constant: 0, zeroCount: 0, alpha: 0 }];
  for (let subset = 1; subset < 1 << listCount; subset++) {
    const margins = new Map<number, number>();
    table.counts.forEach((count, mask) => margins.set(mask & subset, (margins.get(mask & subset) ?? 0) + count));
    const alpha = delta * 2 ** (listCount - bitCount(subset));
    let constant = -logGamma(alpha);
    for (let cell = subset; cell !== 0; cell = (cell - 1) & subset) constant += logGamma((margins.get(cell) ?? 0) + alpha) - logGamma(alpha);
    terms.push({ constant, zeroCount: margins.get(0) ?? 0, alpha });
  }
  return terms;
}

/** Each decomposable graph with its families (vertex and earlier neighbours) in a perfect ordering. */
function graphFamilies(listCount: number): Array<{ edges: number[]; families: Array<{ family: number; parents: number }> }> {
  return decomposableGraphs(listCount).map((edges) => {
    const adjacency = Array.from({ length: listCount }, (_, v) => edges.reduce((mask, edge) => (edge & (1 << v) ? mask | (edge & ~(1 << v)) : mask), 0));
    const families = perfectOrdering(listCount, adjacency)!.map(({ vertex, parents }) => ({ family: parents | (1 << vertex), parents }));
    return { edges, families };
  });
}

/** How far a run has gone: `done` of `total` values of the number missing evaluated. */
export type AveragingProgress = (done: number, total: number) => void;

/** Progress is told about this many times in a run. */
const PROGRESS_REPORTS = 100;

function gridOf(table: CaptureTable, options: AveragingOptions): { gridMin: number; gridMax: number } {
  return { gridMin: options.gridMin ?? 1, gridMax: options.gridMax ?? Math.max(2000, 6 * observedTotal(table)) };
}

/** Graphs × values of the number missing: what a run costs (a million is about a second). */
export function averagingWork(table: CaptureTable, options: AveragingOptions = {}): number {
  const { gridMin, gridMax } = gridOf(table, options);
  return decomposableGraphCount(table.lists.length) * Math.max(0, gridMax - gridMin + 1);
}

const graphCounts = new Map<number, number>();
function decomposableGraphCount(listCount: number): number {
  let count = graphCounts.get(listCount);
  if (count === undefined) graphCounts.set(listCount, (count = decomposableGraphs(listCount).length));
  return count;
}

export function averageOverDecomposableModels(table: CaptureTable, options: AveragingOptions = {}, onProgress?: AveragingProgress): ModelAveragedEstimate {
  const listCount = table.lists.length;
  const n = observedTotal(table);
  const delta = options.delta ?? 2 ** -listCount;
  const { gridMin, gridMax } = gridOf(table, options);
  const steps = Math.max(0, gridMax - gridMin + 1);
  const reportEvery = Math.max(1, Math.ceil(steps / PROGRESS_REPORTS));
  const margins = marginTerms(table, delta);
  const graphs = graphFamilies(listCount);
  const totalAlpha = delta * (1 << listCount);
  const observedFactorials = table.counts.reduce((sum, count, mask) => (mask ? sum + logGamma(count + 1) : sum), 0);
  // log p(table, graph, N) on the grid; the marginal likelihood of a decomposable graph is the
  // product over a perfect ordering of p(family margin) / p(parents margin), p(empty margin) = 1.
  const logWeights = graphs.map(() => new Float64Array(gridMax + 1).fill(Number.NEGATIVE_INFINITY));
  const logMargin = new Float64Array(1 << listCount);
  for (let missing = gridMin; missing <= gridMax; missing++) {
    const N = n + missing;
    // Multinomial coefficient of the full table, and the prior 1/N.
    const shared = logGamma(N + 1) - observedFactorials - logGamma(missing + 1) - Math.log(N);
    const totalTerm = logGamma(totalAlpha) - logGamma(N + totalAlpha);
    for (let subset = 1; subset < logMargin.length; subset++) {
      const margin = margins[subset]!;
      logMargin[subset] = totalTerm + margin.constant + logGamma(margin.zeroCount + missing + margin.alpha);
    }
    graphs.forEach(({ families }, g) => {
      let logJoint = shared;
      for (const { family, parents } of families) logJoint += logMargin[family]! - logMargin[parents]!;
      logWeights[g]![missing] = logJoint;
    });
    const done = missing - gridMin + 1;
    if (onProgress && (done % reportEvery === 0 || done === steps)) onProgress(done, steps);
  }
  return summarisePosterior(logWeights, n, gridMax, graphs.map(({ edges }) => edges), delta);
}

/** Normalises the joint weights; the posterior of N (median, 95 % limits, mean) and of each graph. */
function summarisePosterior(logWeights: Float64Array[], n: number, gridMax: number, edges: number[][], delta: number): ModelAveragedEstimate {
  let peak = Number.NEGATIVE_INFINITY;
  for (const row of logWeights) for (const value of row) peak = Math.max(peak, value);
  const posteriorN = new Float64Array(gridMax + 1);
  const graphMass = logWeights.map((row) => {
    let mass = 0;
    row.forEach((value, missing) => {
      const weight = Math.exp(value - peak);
      posteriorN[missing] = posteriorN[missing]! + weight;
      mass += weight;
    });
    return mass;
  });
  const total = posteriorN.reduce((sum, value) => sum + value, 0);
  const quantiles = [0.025, 0.5, 0.975];
  const found: number[] = [];
  let cumulative = 0;
  let mean = 0;
  posteriorN.forEach((weight, missing) => {
    const probability = weight / total;
    cumulative += probability;
    mean += (n + missing) * probability;
    while (found.length < quantiles.length && cumulative >= quantiles[found.length]!) found.push(n + missing);
  });
  return {
    median: found[1]!,
    mean,
    ci95: [found[0]!, found[2]!],
    delta,
    gridMax,
    massAtGridEnd: posteriorN[gridMax]! / total,
    graphs: edges.map((graph, g) => ({ edges: graph, probability: graphMass[g]! / total })).sort((a, b) => b.probability - a.probability),
  };
}
