// Where each population's count stands: the highest verified, under-review, reported and estimated
// figure, and the verified floor of the whole, which a verified count of any one part may raise.
import type { Population, Status } from "../domain/claim.js";
import { DISJOINT_POPULATIONS } from "./checks/breakdown.js";
import { formatFigure, formatNumber, statedFloor, statedTop, upperBound } from "./hedge.js";
import type { FloorFigure, PopulationStanding, ReconciledClaim, SourcedFigure } from "./types.js";

function sourced(claim: ReconciledClaim, value: number): SourcedFigure {
  return { value, figure: formatFigure(claim), claim };
}

/** Ties go to the open-ended figure ("at least 12,000" over "10,000–12,000"), the later day, more reports. */
function tieBreak(a: ReconciledClaim, b: ReconciledClaim): number {
  const byUpper = upperBound(a) - upperBound(b);
  if (byUpper !== 0 && !Number.isNaN(byUpper)) return byUpper;
  if (a.asOf !== b.asOf) return a.asOf! > b.asOf! ? 1 : -1;
  return a.reports.length - b.reports.length;
}

/** The claim with the highest `value` among those of one status. */
function highest(claims: ReconciledClaim[], status: Status, value: (claim: ReconciledClaim) => number): SourcedFigure | null {
  let best: ReconciledClaim | null = null;
  let bestValue = 0;
  for (const claim of claims) {
    if (claim.status !== status) continue;
    const v = value(claim);
    if (!best || v > bestValue || (v === bestValue && tieBreak(claim, best) > 0)) [best, bestValue] = [claim, v];
  }
  return best ? sourced(best, bestValue) : null;
}

/** One population's standing. A verified count is read at what it commits to ("at least N" → N); the others at their highest stated number. */
export function populationStanding(population: Population, claims: ReconciledClaim[]): PopulationStanding {
  const verified = highest(claims, "verified", statedFloor);
  return {
    population,
    verified: verified && { ...verified, population },
    underReview: highest(claims, "under_review", statedTop),
    highestReported: highest(claims, "reported", statedTop),
    highestEstimate: highest(claims, "estimate", statedTop),
  };
}

/**
 * Sums of verified counts of disjoint populations (civilians, security forces, …) that one claimant gave
 * for one day in one document: one breakdown, so no person is counted twice. Each population's lowest
 * reading is taken when the breakdown gives two.
 */
function verifiedBreakdownSums(parts: ReconciledClaim[]): FloorFigure[] {
  // Claimant and day first (one key per claim); documents only where two populations meet.
  const byDay = new Map<string, ReconciledClaim[]>();
  for (const claim of parts) {
    if (claim.status !== "verified" || !DISJOINT_POPULATIONS.includes(claim.population)) continue;
    const key = `${claim.claimant.key}|${claim.asOf}`;
    const group = byDay.get(key);
    if (group) group.push(claim);
    else byDay.set(key, [claim]);
  }
  const accounts = new Map<string, Map<Population, ReconciledClaim>>();
  for (const [day, group] of byDay) {
    if (group.every((claim) => claim.population === group[0]!.population)) continue;
    for (const claim of group) {
      for (const { documentId } of claim.reports) {
        const key = `${day}|${documentId}`;
        const account = accounts.get(key) ?? new Map<Population, ReconciledClaim>();
        accounts.set(key, account);
        const current = account.get(claim.population);
        if (!current || statedFloor(claim) < statedFloor(current)) account.set(claim.population, claim);
      }
    }
  }
  const sums: FloorFigure[] = [];
  for (const account of accounts.values()) {
    if (account.size < 2) continue;
    const terms = [...account.entries()].map(([population, claim]) => ({ ...sourced(claim, statedFloor(claim)), population })).sort((a, b) => b.value - a.value);
    const value = terms.reduce((sum, term) => sum + term.value, 0);
    const largest = terms[0]!;
    sums.push({ value, figure: `at least ${formatNumber(value)}`, claim: largest.claim, population: largest.population, parts: terms });
  }
  return sums;
}

/**
 * The whole's verified floor: its own highest verified count, or a part's when higher, since a count of
 * civilians (or children) killed is a count of people killed too. Parts may overlap (children are often
 * civilians), so they are added only as disjoint parts of one breakdown. Ties go to the whole's own count.
 */
export function verifiedFloorOf(own: FloorFigure | null, parts: PopulationStanding[], partClaims: ReconciledClaim[]): FloorFigure | null {
  let floor = own;
  const candidates = [...parts.flatMap((p) => (p.verified ? [p.verified] : [])), ...verifiedBreakdownSums(partClaims)];
  for (const candidate of candidates) if (!floor || candidate.value > floor.value) floor = candidate;
  return floor;
}
