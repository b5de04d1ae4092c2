// Reads what a report or export needs from the store (or a running server standing in for it): every claim matching a filter
// (paged) and the claimants the store knows with their aliases.
import { CLAIMANT_GAZETTEER, type ClaimantEntry } from "../extract/lexicon/claimants.js";
import type { ClaimFilter, StoreReader } from "../store/store.js";
import type { StoredClaim } from "../store/types.js";

/** Large enough that a store of a few hundred thousand claims answers in one query, with no count and no OFFSET. */
const PAGE_SIZE = 1_000_000;

/** All claims matching the filter, however many pages (by id, never by OFFSET) the store serves them in. */
export async function loadAllClaims(store: StoreReader, filter: Omit<ClaimFilter, "limit" | "offset" | "afterId"> = {}): Promise<StoredClaim[]> {
  let claims: StoredClaim[] = [];
  for (;;) {
    const afterId = claims.length > 0 ? claims[claims.length - 1]!.id : undefined;
    const page = await store.listClaims({ ...filter, limit: PAGE_SIZE, ...(afterId === undefined ? {} : { afterId }) });
    claims = claims.length === 0 ? page.items : claims.concat(page.items);
    if (page.items.length < PAGE_SIZE) return claims;
  }
}

/** The gazetteer plus the claimants stored with their aliases (a stored name the gazetteer lacks extends it). */
export async function knownClaimants(store: StoreReader): Promise<ClaimantEntry[]> {
  const stored = await store.listClaimants();
  const extra = stored
    .filter((claimant) => claimant.aliases.length > 0)
    .map((claimant) => ({ name: claimant.name, kind: claimant.kind ?? "other", aliases: claimant.aliases }));
  return [...CLAIMANT_GAZETTEER, ...extra];
}
