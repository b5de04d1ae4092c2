// The store's contract: what ingest, reconcile, server and report may ask of the database.
// One implementation runs on both PGlite (embedded default) and PostgreSQL (DATABASE_URL).
import type { EventViewRepository } from "./event-views.js";
import type { Claim, ClaimantKind, Metric, Population, Status } from "../domain/claim.js";
import type { ClaimCorrection } from "../domain/claim-rules.js";
import type { AccountRepository } from "./accounts.js";
import type { AlertRepository } from "./alerts.js";
import type { CurationRepository } from "./curation.js";
import type { ReviewState, StoredClaim } from "./types.js";
import type { VictimRepository } from "./victims.js";

export type DocumentSource = "file" | "url" | "feed";

export interface NewDocument {
  text: string;
  /** Hex SHA-256 of the text; unique in the store. */
  sha256: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  language: string;
  source: DocumentSource;
  /** When set, the document joins this event instead of the one whose match words it contains. */
  eventId?: number | null;
}

export interface StoredDocument extends NewDocument {
  id: number;
  eventId: number | null;
  fetchedAt: string;
}

export interface StoredEvent {
  id: number;
  name: string;
  region: string | null;
  /** YYYY-MM-DD */
  since: string;
  /** Words any of which, in a document's title or text, assign it to the event. */
  match: string[];
}

export interface StoredClaimant {
  id: number;
  name: string;
  kind: ClaimantKind | null;
  aliases: string[];
}

export interface ClaimFilter {
  /** A number for that event's claims, null for the claims of documents in no event, absent for all. */
  eventId?: number | null;
  documentId?: number;
  metric?: Metric;
  population?: Population;
  claimant?: string;
  status?: Status;
  reviewState?: ReviewState;
  /** Inclusive YYYY-MM-DD bounds on asOf. */
  from?: string;
  to?: string;
  /** Rejected claims are left out unless asked for. */
  includeRejected?: boolean;
  limit?: number;
  offset?: number;
  /** Only claims with a larger id: pages by id (keyset) instead of OFFSET, cheap however deep the page. */
  afterId?: number;
}

export interface AuditEntry {
  id: number;
  actor: string;
  action: string;
  entity: string;
  entityId: number;
  before: unknown;
  after: unknown;
  at: string;
  /** Why the person made the change (a review's reason), when they said. */
  reason: string | null;
}

/** Fields a reviewer may correct on a claim; domain/claim-rules.ts says what each may hold. */
export type { ClaimCorrection };

export interface KnownDocument {
  id: number;
  /** The extractor version that produced the document's current claims. */
  extractorVersion: string;
  generation: number;
  /** YYYY-MM-DD, or null when it was stored with no publication date (dateDocument may give it one). */
  published: string | null;
}

/** One document and its claims, for a batch written in one transaction. */
export interface DocumentToStore {
  doc: NewDocument;
  claims: Claim[];
}

export interface IngestResult {
  documentId: number;
  /** false when a document with the same SHA-256 was already stored. */
  inserted: boolean;
  claimsAdded: number;
  /** The event the document belongs to (null: none): the scope its claims changed. */
  eventId: number | null;
}

export interface Store {
  readonly engine: "pglite" | "postgres";
  close(): Promise<void>;

  /**
   * Stores a document and its claims in one transaction; a known SHA-256 is not stored again (when
   * it was extracted by another extractor version, its claims are re-extracted: see reextractDocument).
   * The document joins the event whose match words it contains.
   */
  ingestDocument(doc: NewDocument, claims: Claim[], extractorVersion: string): Promise<IngestResult>;
  /**
   * Stores several documents, each as ingestDocument would, in one transaction: all of them or none.
   * Results come in the order given; a text given twice is stored once (the second is "not inserted").
   */
  ingestDocuments(items: DocumentToStore[], extractorVersion: string): Promise<IngestResult[]>;
  /** The stored document with this SHA-256, if any: lets ingest skip extracting a text it already holds. */
  findDocument(sha256: string): Promise<KnownDocument | null>;
  /** The stored documents among these SHA-256s, keyed by SHA-256. */
  findDocuments(sha256s: string[]): Promise<Map<string, KnownDocument>>;
  /**
   * Replaces a document's automatic claims with a new generation from another extractor version,
   * in one transaction; claims a person reviewed are kept (and not added twice). Returns claims added.
   */
  reextractDocument(documentId: number, claims: Claim[], extractorVersion: string): Promise<number>;
  /**
   * Gives a document stored with no publication date the day a later ingest found or was told, and
   * replaces its automatic claims by `claims` (read against that day) in the same transaction, as
   * reextractDocument does. Returns the claims added; null, changing nothing, when it has a date.
   */
  dateDocument(documentId: number, published: string, claims: Claim[], extractorVersion: string): Promise<number | null>;
  getDocument(id: number): Promise<StoredDocument | null>;
  listDocuments(filter?: { eventId?: number | null; limit?: number; offset?: number }): Promise<{ items: StoredDocument[]; total: number }>;

  listClaims(filter?: ClaimFilter): Promise<{ items: StoredClaim[]; total: number }>;
  /** The ids of the claims matching the filter, in order (its paging ignored). */
  listClaimIds(filter: ClaimFilter): Promise<number[]>;
  getClaim(id: number): Promise<StoredClaim | null>;
  /**
   * Accept, correct or reject a claim; writes the audit trail, with the reviewer's reason, in the same
   * transaction. Accepting a corrected claim keeps it marked corrected: its figure is still the reviewer's.
   */
  reviewClaim(id: number, state: Exclude<ReviewState, "auto">, correction: ClaimCorrection, actor: string, reason?: string | null): Promise<StoredClaim>;
  listAudit(filter: { entity?: string; entityId?: number; limit?: number }): Promise<AuditEntry[]>;

  addEvent(event: Omit<StoredEvent, "id">): Promise<StoredEvent>;
  listEvents(): Promise<StoredEvent[]>;
  listClaimants(): Promise<StoredClaimant[]>;

  /** A number that grows with every committed write (ingest, review, event): equal means unchanged. */
  revision(): Promise<number>;
  /** Each scope's revision (store/revision.ts): an event's id, 0 for documents in no event, -1 shared, -2 victims. */
  revisions(): Promise<Map<number, number>>;
  /** One scope's revision and when it last moved; null when never written. */
  scopeRevision(scope: number): Promise<{ revision: number; changedAt: Date } | null>;
  /** Users and API tokens for the server, in the same database. */
  readonly accounts: AccountRepository;
  /** Checks dismissed and claimants merged, renamed or disowned by an analyst, each audited. */
  readonly curation: CurationRepository;
  /** Named victims from lists and reports, the persons they were linked into, and reviewers' decisions. */
  readonly victims: VictimRepository;
  /** Alerts raised when an event's standing changes, the webhooks that receive them and their deliveries. */
  readonly alerts: AlertRepository;
  /** Each scope's reconciliation as last computed (store/event-views.ts). */
  readonly views: EventViewRepository;
}

/**
 * What the report and export commands read: the store itself, or, while `tally serve` holds a PGlite
 * data folder, the running server's API standing in for it (server-reader.ts). Report code takes
 * this narrower type, so a new read it needs must be given to both.
 */
export type StoreReader = Pick<Store, "listEvents" | "listClaims" | "listClaimants" | "close"> & {
  readonly curation: Pick<CurationRepository, "listClaimantEdits" | "listCheckDismissals">;
  /** The registry's records (through a server, without the lists' private fields, which reports never show). */
  readonly victims: Pick<VictimRepository, "listRecords">;
};
