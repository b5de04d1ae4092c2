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

export function averageOverDecomposableModels(table: CaptureTable, options: AveragingOptions = {}): ModelAveragedEstimate {
  const listCount = table.lists.length;
  const n = observedTotal(table);
  const delta = options.delta ?? 2 ** -listCount;
  const gridMax = options.gridMax ?? Math.max(2000, 6 * n);
  const gridMin = options.gridMin ?? 1;
  const cellCount = 1 << listCount;
  // For each subset S of lists: the marginal counts of the observed table; only the all-zero
  // marginal cell depends on the number missing.
  const subsetTerm: Array<{ constant: number; zeroCount: number; alpha: number }> = [{ constant: 0, zeroCount: 0, alpha: 0 }];
  for (let subset = 1; subset < cellCount; subset++) {
    const margins = new Map<number, number>();
    table.counts.forEach((count, mask) => margins.set(mask & subset, (margins.get(mask & subset) ?? 0) + count));
    const alpha = delta * 2 ** (listCount - bitCount(subset));
    let constant = 0;
    for (let cell = subset; ; cell = (cell - 1) & subset) {
      if (cell !== 0) constant += logGamma((margins.get(cell) ?? 0) + alpha) - logGamma(alpha);
      if (cell === 0) break;
    }
    subsetTerm.push({ constant: constant - logGamma(alpha), zeroCount: margins.get(0) ?? 0, alpha });
  }
  const component = (subset: number, missing: number) => {
    if (subset === 0) return 0;
    const term = subsetTerm[subset]!;
    return term.constant + logGamma(term.zeroCount + missing + term.alpha);
  };
  const graphs = decomposableGraphs(listCount).map((edges) => {
    const adjacency = Array.from({ length: listCount }, (_, v) => edges.reduce((mask, edge) => (edge & (1 << v) ? mask | (edge & ~(1 << v)) : mask), 0));
    const families = perfectOrdering(listCount, adjacency)!.map(({ vertex, parents }) => ({ family: parents | (1 << vertex), parents }));
    return { edges, families };
  });
  const totalAlpha = delta * cellCount;
  const observedFactorials = table.counts.reduce((sum, count, mask) => (mask ? sum + logGamma(count + 1) : sum), 0);
  const logWeights = graphs.map(() => new Float64Array(gridMax + 1));
  for (let missing = gridMin; missing <= gridMax; missing++) {
    const N = n + missing;
    // Multinomial coefficient of the full table, and the prior 1/N.
    const shared = logGamma(N + 1) - observedFactorials - logGamma(missing + 1) - Math.log(N);
    // Each margin's Dirichlet-multinomial likelihood carries its own total term; the empty margin's is 1.
    const totalTerm = logGamma(totalAlpha) - logGamma(N + totalAlpha);
    const components = new Float64Array(cellCount);
    for (let subset = 1; subset < cellCount; subset++) components[subset] = totalTerm + component(subset, missing);
    graphs.forEach(({ families }, g) => {
      let logMarginal = shared;
      for (const { family, parents } of families) logMarginal += components[family]! - components[parents]!;
      logWeights[g]![missing] = logMarginal;
    });
  }
  let peak = -Infinity;
  for (const row of logWeights) for (let missing = gridMin; missing <= gridMax; missing++) peak = Math.max(peak, row[missing]!);
  const posteriorN = new Float64Array(gridMax + 1);
  const graphMass = graphs.map(() => 0);
  logWeights.forEach((row, g) =>
    row.forEach((value, missing) => {
      if (missing < gridMin) return;
      const weight = Math.exp(value - peak);
      posteriorN[missing] = posteriorN[missing]! + weight;
      graphMass[g] = graphMass[g]! + weight;
    }),
  );
  const total = posteriorN.reduce((sum, value) => sum + value, 0);
  let cumulative = 0;
  let mean = 0;
  const quantiles = [0.025, 0.5, 0.975];
  const found: number[] = [];
  posteriorN.forEach((weight, missing) => {
    if (missing < gridMin) return;
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
    graphs: graphs.map(({ edges }, g) => ({ edges, probability: graphMass[g]! / total })).sort((a, b) => b.probability - a.probability),
  };
}
