// The Store over a database handle: each method is one repository call, writes in one transaction.
import type { Claim } from "../domain/claim.js";
import { sqlAccountRepository } from "./accounts.js";
import { sqlAlertRepository } from "./alerts.js";
import * as claims from "./claims.js";
import { sqlCurationRepository } from "./curation.js";
import type { Db } from "./db.js";
import type { Queryable } from "./db.js";
import * as documents from "./documents.js";
import * as events from "./events.js";
import { checkClaimFilter, checkDay, checkDocumentFilter, checkId, checkNewEvent } from "./input-checks.js";
import { reviewClaim } from "./review.js";
import { readRevision, readRevisions, readScopeRevision, SHARED_SCOPE, UNASSIGNED_SCOPE, writeTransaction, type TouchedScopes } from "./revision.js";
import { sqlVictimRepository } from "./victims.js";
import { sqlEventViewRepository } from "./event-views.js";
import { auditFromRow, type AuditRow } from "./rows.js";
import type { AuditEntry, ClaimCorrection, ClaimFilter, DocumentToStore, IngestResult, NewDocument, Store, StoredClaimant, StoredEvent } from "./store.js";
import type { ReviewState } from "./types.js";

export function sqlStore(db: Db, onClose: () => Promise<void> = async () => undefined): Store {
  let closed: Promise<void> | null = null;
  const write = <T>(work: (tx: Queryable, touched: TouchedScopes) => Promise<T>): Promise<T> => writeTransaction(db, work);
  /** A write that changes one document's claims touches that document's event. */
  const writeDocument = <T>(documentId: number, work: (tx: Queryable) => Promise<T>): Promise<T> =>
    write(async (tx, touched) => {
      const result = await work(tx);
      touched.touchEvents([await documents.documentEventId(tx, documentId)]);
      return result;
    });
  /** Results that stored or re-read claims touch their documents' events. */
  const touchResults = (touched: TouchedScopes, results: IngestResult[]) =>
    touched.touchEvents(results.filter((result) => result.inserted || result.claimsAdded > 0).map((result) => result.eventId));
  return {
    engine: db.engine,
    close() {
      closed ??= db.close().finally(onClose);
      return closed;
    },
    ingestDocument: (doc: NewDocument, found: Claim[], version: string) =>
      write(async (tx, touched) => {
        const result = await documents.ingestDocument(tx, doc, found, version);
        touchResults(touched, [result]);
        return result;
      }),
    ingestDocuments: async (items: DocumentToStore[], version: string) =>
      items.length === 0
        ? []
        : write(async (tx, touched) => {
            const results = await documents.ingestDocuments(tx, items, version);
            touchResults(touched, results);
            return results;
          }),
    findDocument: (sha256: string) => documents.findDocumentBySha256(db, sha256),
    findDocuments: (sha256s: string[]) => documents.findDocumentsBySha256(db, sha256s),
    reextractDocument: (id: number, found: Claim[], version: string) => writeDocument(id, (tx) => documents.reextractDocument(tx, id, found, version)),
    dateDocument: async (id: number, published: string, found: Claim[], version: string) => {
      checkId("document id", id);
      checkDay("published", published, true);
      return writeDocument(id, (tx) => documents.dateDocument(tx, id, published, found, version));
    },
    // The methods a request reaches check their inputs first (see input-checks.ts): a bad one throws, in a promise.
    getDocument: async (id: number) => (checkId("document id", id), documents.getDocument(db, id)),
    listDocuments: async (filter) => (checkDocumentFilter(filter ?? {}), documents.listDocuments(db, filter)),
    listClaims: async (filter?: ClaimFilter) => (checkClaimFilter(filter ?? {}), claims.listClaims(db, filter)),
    listClaimIds: async (filter: ClaimFilter) => (checkClaimFilter(filter), claims.listClaimIds(db, filter)),
    getClaim: async (id: number) => (checkId("claim id", id), claims.getClaim(db, id)),
    reviewClaim: async (id: number, state: Exclude<ReviewState, "auto">, correction: ClaimCorrection, actor: string, reason?: string | null) => {
      checkId("claim id", id);
      return write(async (tx, touched) => {
        const claim = await reviewClaim(tx, id, state, correction, actor, reason ?? null);
        touched.touchEvents([claim.eventId]);
        return claim;
      });
    },
    async listAudit(filter: { entity?: string; entityId?: number; limit?: number }): Promise<AuditEntry[]> {
      if (filter.entityId !== undefined) checkId("entity id", filter.entityId);
      const params: unknown[] = [];
      const conditions: string[] = [];
      if (filter.entity !== undefined) conditions.push(`entity = $${params.push(filter.entity)}`);
      if (filter.entityId !== undefined) conditions.push(`entity_id = $${params.push(filter.entityId)}`);
      const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
      const limit = filter.limit !== undefined ? `LIMIT $${params.push(filter.limit)}` : "";
      const { rows } = await db.query<AuditRow>(`SELECT id, actor, action, entity, entity_id, before, after, at, reason FROM audit ${where} ORDER BY id ${limit}`, params);
      return rows.map(auditFromRow);
    },
    // A new event takes documents from no event, and the list of events is what every scope shows.
    addEvent: async (event: Omit<StoredEvent, "id">) =>
      (checkNewEvent(event),
      write(async (tx, touched) => {
        const added = await events.addEvent(tx, event);
        [SHARED_SCOPE, UNASSIGNED_SCOPE, added.id].forEach((scope) => touched.touch(scope));
        return added;
      })),
    listEvents: () => events.listEvents(db),
    async listClaimants(): Promise<StoredClaimant[]> {
      const { rows } = await db.query<StoredClaimant>("SELECT id, name, kind, aliases FROM claimant ORDER BY name");
      return rows;
    },
    revision: () => readRevision(db),
    revisions: () => readRevisions(db),
    scopeRevision: (scope: number) => readScopeRevision(db, scope),
    accounts: sqlAccountRepository(db),
    curation: sqlCurationRepository(db),
    victims: sqlVictimRepository(db),
    alerts: sqlAlertRepository(db),
    views: sqlEventViewRepository(db),
  };
}
