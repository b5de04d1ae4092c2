// Reads what a report or export needs from the store (or a running server standing in for it):
// every claim matching a filter (paged), the claimants the store knows with their aliases, and what
// analysts curated (claimant edits, dismissed checks).
import { CLAIMANT_GAZETTEER, type ClaimantEntry } from "../extract/lexicon/claimants.js";
import type { ClaimFilter, StoreReader } from "./store.js";
import type { CheckDismissal, ClaimantEdit } from "./curation.js";
import type { StoredClaim } from "./types.js";

/**
 * Pages by id, never by OFFSET. An event of up to this many claims answers in one query with no
 * count; a page travels as one JSON text, and a million claims' would pass V8's longest string.
 */
const PAGE_SIZE = 100_000;

/** All claims matching the filter, however many pages (by id, never by OFFSET) the store serves them in. */
export async function loadAllClaims(store: Pick<StoreReader, "listClaims">, filter: Omit<ClaimFilter, "limit" | "offset" | "afterId"> = {}): Promise<StoredClaim[]> {
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

/** What analysts changed on the dashboard, as buildReportView takes it (a ReportCuration). */
export interface StoredCuration {
  claimantEdits: ClaimantEdit[];
  dismissals: CheckDismissal[];
}

/** The claimant edits in force and the checks dismissed, as analysts left them on the dashboard. */
export async function loadCuration(store: StoreReader): Promise<StoredCuration> {
  const [claimantEdits, dismissals] = await Promise.all([store.curation.listClaimantEdits(), store.curation.listCheckDismissals()]);
  return { claimantEdits, dismissals };
}
