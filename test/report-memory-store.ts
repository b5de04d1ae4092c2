// An in-memory Store holding claims and events, enough for the report and export commands' tests.
import type { ClaimFilter, Store, StoredEvent } from "../src/store/store.js";
import type { StoredClaim } from "../src/store/types.js";

export function memoryStore(claims: StoredClaim[], events: StoredEvent[] = []): Store & { closed: boolean } {
  const notUsed = (name: string) => () => Promise.reject(new Error(`memory store: ${name} is not used by report/export`));
  const matches = (claim: StoredClaim, filter: ClaimFilter) =>
    (filter.eventId === undefined || claim.eventId === filter.eventId) &&
    (filter.metric === undefined || claim.metric === filter.metric) &&
    (filter.includeRejected || claim.reviewState !== "rejected");
  const store = {
    engine: "pglite" as const,
    closed: false,
    async close() {
      store.closed = true;
    },
    async listClaims(filter: ClaimFilter = {}) {
      const all = claims.filter((claim) => matches(claim, filter));
      const offset = filter.offset ?? 0;
      return { items: all.slice(offset, offset + (filter.limit ?? 100)), total: all.length };
    },
    async listEvents() {
      return events;
    },
    async listClaimants() {
      return [];
    },
    curation: {
      listClaimantEdits: async () => [],
      listCheckDismissals: async () => [],
    },
    ingestDocument: notUsed("ingestDocument"),
    getDocument: notUsed("getDocument"),
    listDocuments: notUsed("listDocuments"),
    getClaim: notUsed("getClaim"),
    reviewClaim: notUsed("reviewClaim"),
    listAudit: notUsed("listAudit"),
    addEvent: notUsed("addEvent"),
  };
  return store as unknown as Store & { closed: boolean };
}
