// A Store kept in memory: for the server's tests and for demos without a database.
// Follows the contract of src/store/store.ts (rejected claims hidden unless asked, audit on review).
import type { Claim } from "../extract/types.js";
import type {
  AuditEntry,
  ClaimCorrection,
  ClaimFilter,
  DocumentToStore,
  IngestResult,
  KnownDocument,
  NewDocument,
  Store,
  StoredClaimant,
  StoredDocument,
  StoredEvent,
} from "../store/store.js";
import type { ReviewState, StoredClaim } from "../store/types.js";
import { memoryAccounts } from "./auth/accounts.js";

export class MemoryStore implements Store {
  readonly engine = "pglite" as const;
  private documents: StoredDocument[] = [];
  private claims: StoredClaim[] = [];
  private events: StoredEvent[] = [];
  private audit: AuditEntry[] = [];
  private lastClaimId = 0;
  private changes = 1;
  private now: () => string;
  readonly accounts = memoryAccounts();

  constructor(options: { now?: () => string } = {}) {
    this.now = options.now ?? (() => new Date().toISOString());
  }

  async close(): Promise<void> {}

  async ingestDocument(doc: NewDocument, claims: Claim[], extractorVersion: string, eventId: number | null = null): Promise<IngestResult> {
    const known = this.documents.find((d) => d.sha256 === doc.sha256);
    if (known) return { documentId: known.id, inserted: false, claimsAdded: 0 };
    this.changes++;
    const stored: StoredDocument = { ...doc, id: this.documents.length + 1, eventId, fetchedAt: this.now() };
    this.documents.push(stored);
    this.addClaims(stored, claims, extractorVersion);
    return { documentId: stored.id, inserted: true, claimsAdded: claims.length };
  }

  async ingestDocuments(items: DocumentToStore[], extractorVersion: string): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const { doc, claims } of items) results.push(await this.ingestDocument(doc, claims, extractorVersion, doc.eventId ?? null));
    return results;
  }

  async findDocuments(sha256s: string[]): Promise<Map<string, KnownDocument>> {
    const found = new Map<string, KnownDocument>();
    for (const sha256 of sha256s) {
      const known = await this.findDocument(sha256);
      if (known) found.set(sha256, known);
    }
    return found;
  }

  async revision(): Promise<number> {
    return this.changes;
  }

  private addClaims(doc: StoredDocument, claims: Claim[], extractorVersion: string): void {
    for (const claim of claims) {
      this.claims.push({
        ...claim,
        evidence: { ...claim.evidence },
        id: ++this.lastClaimId,
        documentId: doc.id,
        outlet: doc.outlet,
        documentTitle: doc.title,
        documentUrl: doc.url,
        published: doc.published,
        eventId: doc.eventId,
        extractorVersion,
        reviewState: "auto",
      });
    }
  }

  async findDocument(sha256: string): Promise<KnownDocument | null> {
    const doc = this.documents.find((d) => d.sha256 === sha256);
    if (!doc) return null;
    const version = this.claims.find((c) => c.documentId === doc.id)?.extractorVersion ?? "";
    return { id: doc.id, extractorVersion: version, generation: 1 };
  }

  /** Replaces the document's automatic claims; reviewed claims stay. */
  async reextractDocument(documentId: number, claims: Claim[], extractorVersion: string): Promise<number> {
    const doc = await this.getDocument(documentId);
    if (!doc) throw new Error(`document ${documentId} not found`);
    const reviewed = this.claims.filter((c) => c.documentId === documentId && c.reviewState !== "auto");
    const kept = (claim: Claim) => reviewed.some((r) => r.evidence.start === claim.evidence.start && r.metric === claim.metric);
    this.claims = this.claims.filter((c) => c.documentId !== documentId || c.reviewState !== "auto");
    const fresh = claims.filter((claim) => !kept(claim));
    this.changes++;
    this.addClaims(doc, fresh, extractorVersion);
    return fresh.length;
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    return this.documents.find((d) => d.id === id) ?? null;
  }

  async listDocuments(filter: { eventId?: number | null; limit?: number; offset?: number } = {}) {
    const matching = this.documents.filter((d) => filter.eventId === undefined || d.eventId === filter.eventId);
    const offset = filter.offset ?? 0;
    return { items: matching.slice(offset, offset + (filter.limit ?? matching.length)), total: matching.length };
  }

  async listClaims(filter: ClaimFilter = {}) {
    const matching = this.claims.filter(
      (c) =>
        (filter.eventId === undefined || c.eventId === filter.eventId) &&
        (filter.documentId === undefined || c.documentId === filter.documentId) &&
        (filter.metric === undefined || c.metric === filter.metric) &&
        (filter.population === undefined || c.population === filter.population) &&
        (filter.claimant === undefined || (c.claimant ?? "").toLowerCase() === filter.claimant.toLowerCase()) &&
        (filter.status === undefined || c.status === filter.status) &&
        (filter.reviewState === undefined || c.reviewState === filter.reviewState) &&
        (filter.from === undefined || (c.asOf !== null && c.asOf >= filter.from)) &&
        (filter.to === undefined || (c.asOf !== null && c.asOf <= filter.to)) &&
        (filter.afterId === undefined || c.id > filter.afterId) &&
        (filter.includeRejected || filter.reviewState === "rejected" || c.reviewState !== "rejected"),
    );
    const offset = filter.offset ?? 0;
    return { items: matching.slice(offset, offset + (filter.limit ?? matching.length)), total: matching.length };
  }

  async getClaim(id: number): Promise<StoredClaim | null> {
    return this.claims.find((c) => c.id === id) ?? null;
  }

  async reviewClaim(id: number, state: Exclude<ReviewState, "auto">, correction: ClaimCorrection, actor: string): Promise<StoredClaim> {
    const index = this.claims.findIndex((c) => c.id === id);
    if (index < 0) throw new Error(`claim ${id} not found`);
    const before = this.claims[index]!;
    const after: StoredClaim = { ...before, ...correction, reviewState: state };
    this.claims[index] = after;
    this.changes++;
    this.audit.push({ id: this.audit.length + 1, actor, action: state, entity: "claim", entityId: id, before, after, at: this.now() });
    return after;
  }

  async listAudit(filter: { entity?: string; entityId?: number; limit?: number }): Promise<AuditEntry[]> {
    const matching = this.audit
      .filter((a) => (filter.entity === undefined || a.entity === filter.entity) && (filter.entityId === undefined || a.entityId === filter.entityId));
    return matching.slice(0, filter.limit ?? matching.length);
  }

  async addEvent(event: Omit<StoredEvent, "id">): Promise<StoredEvent> {
    const stored = { ...event, id: this.events.length + 1 };
    this.events.push(stored);
    this.changes++;
    return stored;
  }

  async listEvents(): Promise<StoredEvent[]> {
    return [...this.events];
  }

  async listClaimants(): Promise<StoredClaimant[]> {
    const seen = new Map<string, StoredClaimant>();
    for (const c of this.claims) {
      if (c.claimant && !seen.has(c.claimant)) seen.set(c.claimant, { id: seen.size + 1, name: c.claimant, kind: c.claimantKind, aliases: [] });
    }
    return [...seen.values()];
  }
}
