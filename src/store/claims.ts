// Writing a document's claims (one statement, arrays unnested) and reading them back with filters.
import type { Claim } from "../domain/claim.js";
import type { Queryable } from "./db.js";
import { CLAIM_COLUMNS, CLAIM_FIELDS, claimFromFields, claimFromRow, type ClaimRow } from "./rows.js";
import type { ClaimFilter } from "./store.js";
import type { StoredClaim } from "./types.js";

/** What the extractor said, fixed at insertion: a re-extraction finding the same claim has the same key. */
export function extractedKey(claim: Claim): string {
  return `${claim.evidence.start}:${claim.evidence.end}:${claim.metric}:${claim.min ?? ""}:${claim.max ?? ""}`;
}

/** Adds the claimants the claims name, keeping the kind first seen. Sorted, so concurrent writers lock names in one order. */
export async function upsertClaimants(tx: Queryable, claims: Claim[]): Promise<void> {
  const kinds = new Map<string, string | null>();
  for (const claim of claims) if (claim.claimant !== null && !kinds.has(claim.claimant)) kinds.set(claim.claimant, claim.claimantKind);
  if (kinds.size === 0) return;
  const names = [...kinds.keys()].sort();
  await tx.query(
    `INSERT INTO claimant (name, kind) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (name) DO NOTHING`,
    [names, names.map((name) => kinds.get(name) ?? null)],
  );
}

/** Claims to insert for one document, at one generation. */
export interface ClaimsOfDocument {
  documentId: number;
  generation: number;
  claims: Claim[];
}

/** Inserts all the claims of one document in a single statement. */
export async function insertClaims(tx: Queryable, documentId: number, generation: number, extractorVersion: string, claims: Claim[]): Promise<number> {
  return insertClaimsOfDocuments(tx, [{ documentId, generation, claims }], extractorVersion);
}

/** Inserts the claims of several documents in a single statement, each document's in its order. */
export async function insertClaimsOfDocuments(tx: Queryable, documents: ClaimsOfDocument[], extractorVersion: string): Promise<number> {
  const all = documents.flatMap((doc) => doc.claims);
  if (all.length === 0) return 0;
  await upsertClaimants(tx, all);
  const documentIds = documents.flatMap((doc) => doc.claims.map(() => doc.documentId));
  const generations = documents.flatMap((doc) => doc.claims.map(() => doc.generation));
  const column = <T>(pick: (claim: Claim) => T): T[] => all.map(pick);
  const result = await tx.query(
    `INSERT INTO claim (document_id, event_id, generation, extractor_version, extracted_key, metric, population, min, max, qualifier,
        claimant, claimant_kind, claimant_id, status, as_of, main_event, evidence_text, evidence_start, evidence_end)
     SELECT u.document_id, d.event_id, u.generation, $1, u.key, u.metric, u.population, u.min, u.max, u.qualifier, u.claimant, u.claimant_kind, k.id,
        u.status, u.as_of, u.main_event, u.evidence_text, u.evidence_start, u.evidence_end
     FROM unnest($2::integer[], $3::integer[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[], $10::text[], $11::text[],
        $12::text[], $13::date[], $14::boolean[], $15::text[], $16::integer[], $17::integer[])
        WITH ORDINALITY AS u(document_id, generation, key, metric, population, min, max, qualifier, claimant, claimant_kind, status, as_of,
        main_event, evidence_text, evidence_start, evidence_end, ordinal)
     JOIN document d ON d.id = u.document_id
     LEFT JOIN claimant k ON k.name = u.claimant
     ORDER BY u.ordinal`,
    [
      extractorVersion, documentIds, generations,
      column(extractedKey), column((c) => c.metric), column((c) => c.population), column((c) => c.min), column((c) => c.max),
      column((c) => c.qualifier), column((c) => c.claimant), column((c) => c.claimantKind), column((c) => c.status),
      column((c) => c.asOf), column((c) => c.mainEvent), column((c) => c.evidence.text), column((c) => c.evidence.start),
      column((c) => c.evidence.end),
    ],
  );
  return result.rowCount;
}

/** The WHERE clause and parameters of a claim filter. */
function whereClause(filter: ClaimFilter): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace("?", `$${params.length}`));
  };
  if (filter.eventId === null) conditions.push("c.event_id IS NULL");
  else if (filter.eventId !== undefined) add("c.event_id = ?", filter.eventId);
  if (filter.documentId !== undefined) add("c.document_id = ?", filter.documentId);
  if (filter.metric !== undefined) add("c.metric = ?", filter.metric);
  if (filter.population !== undefined) add("c.population = ?", filter.population);
  if (filter.claimant !== undefined) add("lower(c.claimant) = lower(?)", filter.claimant);
  if (filter.status !== undefined) add("c.status = ?", filter.status);
  if (filter.reviewState !== undefined) add("c.review_state = ?", filter.reviewState);
  if (filter.from !== undefined) add("c.as_of >= ?::date", filter.from);
  if (filter.to !== undefined) add("c.as_of <= ?::date", filter.to);
  if (filter.afterId !== undefined) add("c.id > ?", filter.afterId);
  if (!filter.includeRejected && filter.reviewState !== "rejected") conditions.push("c.review_state <> 'rejected'");
  return { sql: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

/**
 * A page of the claims matching the filter, by id; `total` counts every match, whatever the page.
 * The page travels as one JSON value: PGlite decodes a result field by field in JavaScript, which
 * made 100,000 claims of 22 columns cost about three times as long as one aggregated text.
 */
export async function listClaims(db: Queryable, filter: ClaimFilter = {}): Promise<{ items: StoredClaim[]; total: number }> {
  const { afterId, ...criteria } = filter;
  const where = whereClause(filter);
  const page: string[] = [];
  const params = [...where.params];
  if (filter.limit !== undefined) page.push(`LIMIT $${params.push(filter.limit)}`);
  if (filter.offset !== undefined) page.push(`OFFSET $${params.push(filter.offset)}`);
  const from = "FROM claim c JOIN document d ON d.id = c.document_id";
  const { rows } = await db.query<{ claims: string | null }>(
    `SELECT json_agg(json_build_array(${CLAIM_FIELDS.map((field) => `q.${field}`).join(", ")}) ORDER BY q.id)::text AS claims
     FROM (SELECT ${CLAIM_COLUMNS} ${from} ${where.sql} ORDER BY c.id ${page.join(" ")}) q`,
    params,
  );
  const items = rows[0]?.claims ? (JSON.parse(rows[0].claims) as unknown[][]).map(claimFromFields) : [];
  const pageIsAll = filter.offset === undefined && afterId === undefined && (filter.limit === undefined || items.length < filter.limit);
  return { items, total: pageIsAll ? items.length : await countClaims(db, criteria) };
}

/** How many claims match the filter (its paging ignored). */
export async function countClaims(db: Queryable, filter: ClaimFilter): Promise<number> {
  const where = whereClause({ ...filter, afterId: undefined });
  const { rows } = await db.query<{ total: number }>(`SELECT count(*) AS total FROM claim c ${where.sql}`, where.params);
  return Number(rows[0]!.total);
}

/** The ids of every claim matching the filter (its paging ignored), in order: a queue's positions without its claims. */
export async function listClaimIds(db: Queryable, filter: ClaimFilter): Promise<number[]> {
  const where = whereClause({ ...filter, afterId: undefined });
  const { rows } = await db.query<{ ids: number[] | null }>(`SELECT array_agg(c.id ORDER BY c.id) AS ids FROM claim c ${where.sql}`, where.params);
  return (rows[0]?.ids ?? []).map(Number);
}

export async function getClaim(db: Queryable, id: number, lock = false): Promise<StoredClaim | null> {
  const { rows } = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim c JOIN document d ON d.id = c.document_id WHERE c.id = $1${lock ? " FOR UPDATE OF c" : ""}`,
    [id],
  );
  return rows[0] ? claimFromRow(rows[0]) : null;
}
