// The same claim carried by several outlets becomes one reconciled claim listing its reports.
// "Same" means: same resolved claimant, metric, population, bounds, hedge and as-of day.
import type { Status } from "../domain/claim.js";
import type { StoredClaim } from "../store/types.js";
import { NO_OVERRIDES, type ClaimantOverrides } from "./claimant-overrides.js";
import type { ClaimantRegistry, SeenClaimant } from "./claimants.js";
import type { ClaimantIdentity, ReconciledClaim } from "./types.js";

/** Verified outranks under review, which outranks an estimate, which outranks a bare report. */
const STATUS_STRENGTH: Record<Status, number> = { verified: 3, under_review: 2, estimate: 1, reported: 0 };

const UNATTRIBUTED: ClaimantIdentity = { key: "unattributed", name: "Unattributed", kind: null, generic: true };

/** Claims a reviewer rejected are not evidence of anything. */
export function usableClaims(claims: StoredClaim[]): StoredClaim[] {
  return claims.filter((claim) => claim.reviewState !== "rejected");
}

/** The claimant names in the data, for the registry to learn variants and countries from. */
export function seenClaimants(claims: StoredClaim[]): SeenClaimant[] {
  const seen = new Map<string, SeenClaimant>();
  for (const claim of claims) {
    if (claim.claimant && !seen.has(claim.claimant)) seen.set(claim.claimant, { name: claim.claimant, kind: claim.claimantKind });
  }
  return [...seen.values()];
}

/**
 * Who stands behind a claim. A figure no one is credited with is the outlet's own reporting,
 * so it is the outlet's (kept apart from other outlets' unattributed figures). An analyst's edits
 * apply on top: a claimant merged into another, renamed, or marked not a source (then as if unnamed).
 */
export function claimantOf(claim: StoredClaim, registry: ClaimantRegistry, overrides: ClaimantOverrides = NO_OVERRIDES): { identity: ClaimantIdentity; unattributed: boolean } {
  if (claim.claimant) {
    const credited = overrides.credit(registry.resolve(claim.claimant, claim.claimantKind));
    if (credited) return { identity: credited, unattributed: false };
  }
  if (claim.outlet) {
    const outlet = registry.resolve(claim.outlet, "media");
    return { identity: overrides.credit(outlet) ?? outlet, unattributed: true };
  }
  return { identity: UNATTRIBUTED, unattributed: true };
}

/** Merges claims (rejected ones dropped) into reconciled claims, in order of first appearance. */
export function reconcileClaims(claims: StoredClaim[], registry: ClaimantRegistry, overrides: ClaimantOverrides = NO_OVERRIDES): ReconciledClaim[] {
  const merged = new Map<string, ReconciledClaim>();
  // Short keys hash faster than long ones: each claimant key becomes a small number.
  const claimantNumbers = new Map<string, number>();
  for (const claim of claims) {
    if (claim.reviewState === "rejected") continue;
    const { identity, unattributed } = claimantOf(claim, registry, overrides);
    const asOf = claim.asOf ?? claim.published;
    let claimantNumber = claimantNumbers.get(identity.key);
    if (claimantNumber === undefined) claimantNumbers.set(identity.key, (claimantNumber = claimantNumbers.size));
    const key = `${claimantNumber}|${claim.metric}|${claim.population}|${claim.min}|${claim.max}|${claim.qualifier}|${asOf}|${claim.mainEvent ? 1 : 0}`;
    const report = {
      claimId: claim.id,
      documentId: claim.documentId,
      outlet: claim.outlet,
      title: claim.documentTitle,
      url: claim.documentUrl,
      published: claim.published,
      evidence: claim.evidence,
      claimantAsWritten: claim.claimant,
      status: claim.status,
    };
    const existing = merged.get(key);
    if (existing) {
      existing.reports.push(report);
      if (STATUS_STRENGTH[claim.status] > STATUS_STRENGTH[existing.status]) existing.status = claim.status;
      existing.unattributed &&= unattributed;
      existing.corrected ||= claim.reviewState === "corrected";
      continue;
    }
    merged.set(key, {
      key,
      claimant: identity,
      unattributed,
      metric: claim.metric,
      population: claim.population,
      min: claim.min,
      max: claim.max,
      qualifier: claim.qualifier,
      status: claim.status,
      asOf,
      mainEvent: claim.mainEvent,
      corrected: claim.reviewState === "corrected",
      reports: [report],
    });
  }
  return [...merged.values()];
}

/** The distinct outlets carrying a reconciled claim, in report order. */
export function outletsOf(claim: ReconciledClaim): string[] {
  return [...new Set(claim.reports.map((report) => report.outlet ?? "unknown outlet"))];
}
