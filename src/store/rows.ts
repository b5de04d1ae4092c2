// Table rows as the database returns them, and their mapping to the store's records.
import type { Claim } from "../domain/claim.js";
import type { AuditEntry, StoredDocument, StoredEvent } from "./store.js";
import type { ReviewState, StoredClaim } from "./types.js";

export const CLAIM_COLUMNS = `c.id, c.document_id, c.metric, c.population, c.min, c.max, c.qualifier, c.claimant, c.claimant_kind,
  c.status, c.as_of, c.main_event, c.evidence_text, c.evidence_start, c.evidence_end, c.extractor_version, c.review_state,
  d.outlet, d.title, d.url, d.published, d.event_id`;

/** The columns of CLAIM_COLUMNS by name, in order: a page of claims travels as one JSON array of these. */
export const CLAIM_FIELDS = [
  "id", "document_id", "metric", "population", "min", "max", "qualifier", "claimant", "claimant_kind", "status", "as_of", "main_event",
  "evidence_text", "evidence_start", "evidence_end", "extractor_version", "review_state", "outlet", "title", "url", "published", "event_id",
] as const;

/** A claim from its fields in CLAIM_FIELDS order (as json_build_array wrote them). */
export function claimFromFields(f: unknown[]): StoredClaim {
  return claimFromRow({
    id: f[0], document_id: f[1], metric: f[2], population: f[3], min: f[4], max: f[5], qualifier: f[6], claimant: f[7], claimant_kind: f[8],
    status: f[9], as_of: f[10], main_event: f[11], evidence_text: f[12], evidence_start: f[13], evidence_end: f[14], extractor_version: f[15],
    review_state: f[16], outlet: f[17], title: f[18], url: f[19], published: f[20], event_id: f[21],
  } as ClaimRow);
}

export interface ClaimRow {
  id: number;
  document_id: number;
  metric: Claim["metric"];
  population: Claim["population"];
  min: number | null;
  max: number | null;
  qualifier: Claim["qualifier"];
  claimant: string | null;
  claimant_kind: Claim["claimantKind"];
  status: Claim["status"];
  as_of: string | null;
  main_event: boolean;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  extractor_version: string;
  review_state: ReviewState;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  event_id: number | null;
}

export function claimFromRow(row: ClaimRow): StoredClaim {
  return {
    id: row.id,
    documentId: row.document_id,
    metric: row.metric,
    population: row.population,
    min: row.min,
    max: row.max,
    qualifier: row.qualifier,
    claimant: row.claimant,
    claimantKind: row.claimant_kind,
    status: row.status,
    asOf: row.as_of,
    mainEvent: row.main_event,
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
    outlet: row.outlet,
    documentTitle: row.title,
    documentUrl: row.url,
    published: row.published,
    eventId: row.event_id,
    extractorVersion: row.extractor_version,
    reviewState: row.review_state,
  };
}

export const DOCUMENT_COLUMNS = "id, sha256, url, outlet, title, published, language, text, source, fetched_at, event_id";

export interface DocumentRow {
  id: number;
  sha256: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  text: string;
  source: StoredDocument["source"];
  fetched_at: string;
  event_id: number | null;
}

export function documentFromRow(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    sha256: row.sha256,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    language: row.language,
    text: row.text,
    source: row.source,
    fetchedAt: row.fetched_at,
    eventId: row.event_id,
  };
}

export interface EventRow {
  id: number;
  name: string;
  region: string | null;
  since: string;
  match: string[];
}

export function eventFromRow(row: EventRow): StoredEvent {
  return { id: row.id, name: row.name, region: row.region, since: row.since, match: row.match };
}

export interface AuditRow {
  id: number;
  actor: string;
  action: string;
  entity: string;
  entity_id: number;
  before: unknown;
  after: unknown;
  at: string;
  reason: string | null;
}

export function auditFromRow(row: AuditRow): AuditEntry {
  return { id: row.id, actor: row.actor, action: row.action, entity: row.entity, entityId: row.entity_id, before: row.before, after: row.after, at: row.at, reason: row.reason ?? null };
}
