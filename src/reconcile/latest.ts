// Each claimant's latest figure for one metric and population: the day's highest when it gave several.
import type { Metric, Population, Status } from "../domain/claim.js";
import { pointFigure } from "./hedge.js";
import type { ReconciledClaim } from "./types.js";

const STATUS_STRENGTH: Record<Status, number> = { verified: 3, under_review: 2, estimate: 1, reported: 0 };

/** Claims about the main event, for this metric and population, dated on or before today. */
export function claimsInScope(claims: ReconciledClaim[], metric: Metric, population: Population, today: string): ReconciledClaim[] {
  return claims.filter((c) => c.mainEvent && c.metric === metric && c.population === population && c.asOf !== null && c.asOf <= today);
}

/** Claims grouped by metric in one pass, so per-metric work does not scan every claim once per metric. */
export function claimsByMetric(claims: ReconciledClaim[]): Map<Metric, ReconciledClaim[]> {
  const groups = new Map<Metric, ReconciledClaim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.metric);
    if (group) group.push(claim);
    else groups.set(claim.metric, [claim]);
  }
  return groups;
}

/** Whether `candidate` replaces `current` as a claimant's latest: a later day, else a higher figure, else a stronger status. */
export function isLater(candidate: ReconciledClaim, current: ReconciledClaim): boolean {
  if (candidate.asOf! !== current.asOf!) return candidate.asOf! > current.asOf!;
  const byFigure = pointFigure(candidate) - pointFigure(current);
  if (byFigure !== 0) return byFigure > 0;
  return STATUS_STRENGTH[candidate.status] > STATUS_STRENGTH[current.status];
}

/** One claim per claimant, highest figure first. Expects claims already in scope (dated). */
export function latestPerClaimant(scoped: ReconciledClaim[]): ReconciledClaim[] {
  const latest = new Map<string, ReconciledClaim>();
  for (const claim of scoped) {
    const current = latest.get(claim.claimant.key);
    if (!current || isLater(claim, current)) latest.set(claim.claimant.key, claim);
  }
  return [...latest.values()].sort((a, b) => pointFigure(b) - pointFigure(a) || a.claimant.name.localeCompare(b.claimant.name));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
