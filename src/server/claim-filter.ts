// The store's claim filter applied to claims already in memory, so paging through an event's claims
// costs no database query once the ledger holds them. Same semantics as ClaimFilter in store.ts.
import type { ClaimFilter } from "../store/store.js";
import type { StoredClaim } from "../store/types.js";

export function matchesClaimFilter(claim: StoredClaim, filter: ClaimFilter): boolean {
  return (
    (filter.eventId === undefined || claim.eventId === filter.eventId) &&
    (filter.documentId === undefined || claim.documentId === filter.documentId) &&
    (filter.metric === undefined || claim.metric === filter.metric) &&
    (filter.population === undefined || claim.population === filter.population) &&
    (filter.claimant === undefined || (claim.claimant !== null && claim.claimant.toLowerCase() === filter.claimant.toLowerCase())) &&
    (filter.status === undefined || claim.status === filter.status) &&
    (filter.reviewState === undefined || claim.reviewState === filter.reviewState) &&
    (filter.from === undefined || (claim.asOf !== null && claim.asOf >= filter.from)) &&
    (filter.to === undefined || (claim.asOf !== null && claim.asOf <= filter.to)) &&
    (filter.afterId === undefined || claim.id > filter.afterId) &&
    (filter.includeRejected === true || filter.reviewState === "rejected" || claim.reviewState !== "rejected")
  );
}

/** One page of the matching claims, in the store's order (by id), with the total. */
export function pageOfClaims(claims: StoredClaim[], filter: ClaimFilter): { items: StoredClaim[]; total: number } {
  const matching = claims.filter((claim) => matchesClaimFilter(claim, filter));
  const offset = filter.offset ?? 0;
  return { items: matching.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit), total: matching.length };
}
