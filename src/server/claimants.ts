// Claimant identities seen in a reconciliation, with how many merged claims each gave: for the API and the pages.
import type { Metric } from "../domain/claim.js";
import type { ClaimantIdentity, ReconciledClaim } from "../reconcile/types.js";

export interface ClaimantCount extends ClaimantIdentity {
  claims: number;
  metrics: Metric[];
}

export function claimantsOf(claims: ReconciledClaim[]): ClaimantCount[] {
  const byKey = new Map<string, ClaimantCount>();
  for (const claim of claims) {
    const entry = byKey.get(claim.claimant.key) ?? { ...claim.claimant, claims: 0, metrics: [] };
    entry.claims++;
    if (!entry.metrics.includes(claim.metric)) entry.metrics.push(claim.metric);
    byKey.set(claim.claimant.key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
