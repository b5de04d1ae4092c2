// Which hierarchical log-linear models to fit: every one without the highest-order term for up
// to four lists, every pairwise one for five, a stepwise search by BIC beyond; and how a model is named.

export const MAX_LISTS_FOR_ALL_MODELS = 4;
/** Five lists have 10 pairs, so 1,024 pairwise models: cheap to fit without intervals. */
export const MAX_LISTS_FOR_ALL_PAIRWISE = 5;

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

/** The terms one list smaller than `term` that are themselves interactions (two or more lists). */
function immediateSubterms(term: number): number[] {
  if (bitCount(term) <= 2) return [];
  const out: number[] = [];
  for (let rest = term; rest; rest &= rest - 1) out.push(term & ~(rest & -rest));
  return out;
}

/** Interaction terms of 2 … maxOrder lists, lower orders first. */
export function candidateTerms(listCount: number, maxOrder: number): number[] {
  const terms: number[] = [];
  for (let mask = 1; mask < 1 << listCount; mask++) {
    const size = bitCount(mask);
    if (size >= 2 && size <= maxOrder) terms.push(mask);
  }
  return terms.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
}

/** Hierarchical: with every term, all its lower-order interaction terms are in the model too. */
export function isHierarchical(terms: readonly number[]): boolean {
  const present = new Set(terms);
  return terms.every((term) => immediateSubterms(term).every((sub) => present.has(sub)));
}

/** Every hierarchical model whose terms have fewer lists than the table (the full term is unidentifiable). */
export function allHierarchicalModels(listCount: number): number[][] {
  const candidates = candidateTerms(listCount, listCount - 1);
  const models: number[][] = [];
  for (let subset = 0; subset < 2 ** candidates.length; subset++) {
    const terms = candidates.filter((_, i) => Math.floor(subset / 2 ** i) % 2 === 1);
    if (isHierarchical(terms)) models.push(terms);
  }
  return models;
}

/** Every model made of pairwise terms (a graph on the lists). */
export function allPairwiseModels(listCount: number): number[][] {
  const pairs = candidateTerms(listCount, 2);
  return Array.from({ length: 2 ** pairs.length }, (_, subset) => pairs.filter((_, i) => Math.floor(subset / 2 ** i) % 2 === 1));
}

/** The model's highest terms: those inside no other term of the model. */
export function generators(terms: readonly number[]): number[] {
  return terms.filter((term) => !terms.some((other) => other !== term && (other & term) === term));
}

/** A model written by its highest terms, list names joined by `*`: ["EXH*ABA*OSCE", "EXH*HRW"]. */
export function interactionNames(terms: readonly number[], lists: readonly string[]): string[] {
  return generators(terms)
    .sort((a, b) => bitCount(b) - bitCount(a) || a - b)
    .map((term) => lists.filter((_, i) => term & (1 << i)).join("*"));
}

/** The hierarchical closure of some generators: each with all its lower-order interactions. */
export function closeHierarchy(generatorTerms: readonly number[]): number[] {
  const terms = new Set<number>();
  for (const generator of generatorTerms) {
    for (let sub = generator; sub; sub = (sub - 1) & generator) if (bitCount(sub) >= 2) terms.add(sub);
  }
  return [...terms].sort((a, b) => bitCount(a) - bitCount(b) || a - b);
}

/** Models one step from `terms` that stay hierarchical: one term added, or one highest term removed. */
export function neighbours(terms: readonly number[], listCount: number, maxOrder: number): number[][] {
  const present = new Set(terms);
  const added = candidateTerms(listCount, maxOrder)
    .filter((term) => !present.has(term) && immediateSubterms(term).every((sub) => present.has(sub)))
    .map((term) => [...terms, term].sort((a, b) => bitCount(a) - bitCount(b) || a - b));
  const removed = generators(terms).map((term) => terms.filter((other) => other !== term));
  return [...added, ...removed];
}

export function modelKey(terms: readonly number[]): string {
  return [...terms].sort((a, b) => a - b).join(",");
}
