// Fellegi–Sunter weights learnt from the records themselves, as Splink does: u (how often two
// different people agree at each level) from random pairs, almost all of which are different people;
// m (how often one person's two records agree) by EM over pairs that share some fields, leaving those
// fields out of that session (they agree by construction): names-agreeing pairs teach m of the other
// fields, same-day pairs teach m of the names. The prior share of matches among all pairs is then the
// fixed point of the posteriors of the candidate pairs. Deterministic: the random pairs come from a seeded generator.
import { FIELDS, LEVELS, MISSING, vectorOfCode } from "./compare.js";

/** Comparison vectors by their code (compare.ts vectorCode), with how many pairs gave each. */
export type VectorCounts = Map<number, number>;

export interface Model {
  /** m[field][level], u[field][level] */
  m: number[][];
  u: number[][];
  /** The share of all pairs of records that are one person. */
  lambda: number;
}

const EM_ROUNDS = 60;
const SMOOTHING = 0.5;


interface Pattern {
  vector: number[];
  count: number;
}

/** Distinct vectors with their counts, in a fixed order: EM over patterns costs the same for any number of pairs. */
function patternsOf(counts: VectorCounts): Pattern[] {
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([code, count]) => ({ vector: vectorOfCode(code), count }));
}

function frequencies(patterns: Pattern[], weights: number[]): number[][] {
  return FIELDS.map((_, field) => {
    const counts = new Array<number>(LEVELS[field]!).fill(SMOOTHING);
    patterns.forEach((pattern, index) => {
      const level = pattern.vector[field]!;
      if (level !== MISSING) counts[level]! += weights[index]!;
    });
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((count) => count / total);
  });
}

/** Probabilities of agreement at each level among different people, from random pairs' vectors. */
export function estimateU(randomVectors: VectorCounts): number[][] {
  const patterns = patternsOf(randomVectors);
  return frequencies(
    patterns,
    patterns.map((pattern) => pattern.count),
  );
}

/** Start m leaning on the top levels: EM only has to refine it. */
function initialM(): number[][] {
  return LEVELS.map((count) => {
    const raw = Array.from({ length: count }, (_, level) => (level === count - 1 ? 6 : 1));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((value) => value / total);
  });
}

/** log2(m/u) summed over the fields present (and, in a session, in use): the pair's match weight. */
export function matchWeight(model: Pick<Model, "m" | "u">, vector: number[], fields: readonly number[] = FIELDS.map((_, i) => i)): number {
  let weight = 0;
  for (const field of fields) {
    const level = vector[field]!;
    if (level !== MISSING) weight += Math.log2(model.m[field]![level]! / model.u[field]![level]!);
  }
  return weight;
}

export function matchProbability(lambda: number, weight: number): number {
  const odds = (lambda / (1 - lambda)) * 2 ** weight;
  return odds / (1 + odds);
}

/** One EM session: m of `fields` (and the session's own share of matches) with u held fixed. */
function emSession(vectors: VectorCounts, fields: number[], u: number[][], m: number[][]): number[][] {
  const patterns = patternsOf(vectors);
  if (patterns.length === 0) return m;
  const total = patterns.reduce((sum, pattern) => sum + pattern.count, 0);
  let lambda = 0.1;
  let current = m;
  for (let round = 0; round < EM_ROUNDS; round++) {
    const responsibility = patterns.map((pattern) => matchProbability(lambda, matchWeight({ m: current, u }, pattern.vector, fields)));
    const weights = patterns.map((pattern, index) => pattern.count * responsibility[index]!);
    const next = Math.min(0.999, Math.max(1e-9, weights.reduce((a, b) => a + b, 0) / total));
    const learnt = frequencies(patterns, weights);
    current = current.map((levels, field) => (fields.includes(field) ? learnt[field]! : levels));
    const change = Math.abs(next - lambda);
    lambda = next;
    if (change < 1e-9) break;
  }
  return current;
}

export interface TrainingPairs {
  /** Random pairs: for u. */
  random: VectorCounts;
  /** Candidate pairs whose names agree exactly: for m of every other field. */
  sameName: VectorCounts;
  /** Pairs sharing one field that is not a name (the day, or the age when few records are dated): for m of the names. */
  sameField: VectorCounts;
  /** The field those pairs share (compare.ts FIELDS index): it is left out of their session. */
  sharedField: number;
  /** All candidate pairs: for the share of matches. */
  candidates: VectorCounts;
  /** How many pairs of records there are in all. */
  allPairs: number;
}

const NAME_FIELDS = [0, 1];

export function trainModel(pairs: TrainingPairs): Model {
  const u = estimateU(pairs.random);
  const everyField = FIELDS.map((_, i) => i);
  let m = initialM();
  m = emSession(pairs.sameName, everyField.filter((field) => !NAME_FIELDS.includes(field)), u, m);
  const fromShared = emSession(pairs.sameField, everyField.filter((field) => field !== pairs.sharedField), u, m);
  m = m.map((levels, field) => (NAME_FIELDS.includes(field) ? fromShared[field]! : levels));
  // The prior: expected matches among all pairs, found among the candidates (blocking keeps them).
  const patterns = patternsOf(pairs.candidates);
  const weights = patterns.map((pattern) => matchWeight({ m, u }, pattern.vector));
  const candidateCount = patterns.reduce((sum, pattern) => sum + pattern.count, 0);
  let lambda = Math.max(1e-12, candidateCount / Math.max(1, pairs.allPairs) / 10);
  for (let round = 0; round < EM_ROUNDS; round++) {
    const expected = patterns.reduce((sum, pattern, index) => sum + pattern.count * matchProbability(lambda, weights[index]!), 0);
    const next = Math.min(0.5, Math.max(1e-12, expected / Math.max(1, pairs.allPairs)));
    if (Math.abs(next - lambda) < lambda * 1e-6) break;
    lambda = next;
  }
  return { m, u, lambda };
}
