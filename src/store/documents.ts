// Documents: stored once per SHA-256 together with their claims in one transaction, re-extracted
// into a new generation that keeps every claim a person reviewed.
import type { Claim } from "../domain/claim.js";
import { extractedKey, insertClaims, insertClaimsOfDocuments } from "./claims.js";
import type { Queryable } from "./db.js";
import { matchEvent } from "./event-match.js";
import { listEvents } from "./events.js";
import { DOCUMENT_COLUMNS, documentFromRow, type DocumentRow } from "./rows.js";
import type { DocumentToStore, IngestResult, KnownDocument, NewDocument, StoredDocument } from "./store.js";

export async function findDocumentBySha256(db: Queryable, sha256: string): Promise<KnownDocument | null> {
  const { rows } = await db.query<{ id: number; extractor_version: string; generation: number; published: string | null }>(
    "SELECT id, extractor_version, generation, published FROM document WHERE sha256 = $1",
    [sha256],
  );
  const row = rows[0];
  return row ? { id: row.id, extractorVersion: row.extractor_version, generation: row.generation, published: row.published } : null;
}

/** The stored documents among these SHA-256s, in one query. */
export async function findDocumentsBySha256(db: Queryable, sha256s: string[]): Promise<Map<string, KnownDocument>> {
  const found = new Map<string, KnownDocument>();
  if (sha256s.length === 0) return found;
  const { rows } = await db.query<{ id: number; sha256: string; extractor_version: string; generation: number; published: string | null }>(
    "SELECT id, sha256, extractor_version, generation, published FROM document WHERE sha256 = ANY($1::text[])",
    [sha256s],
  );
  for (const row of rows) found.set(row.sha256, { id: row.id, extractorVersion: row.extractor_version, generation: row.generation, published: row.published });
  return found;
}

/**
 * Inside a transaction: several documents with all their claims in a handful of statements (the
 * documents in one, their claims in one). A known SHA-256 takes the single-document path below.
 */
export async function ingestDocuments(tx: Queryable, items: DocumentToStore[], extractorVersion: string): Promise<IngestResult[]> {
  const events = await listEvents(tx);
  const firstOfText = new Map<string, number>();
  const fresh: number[] = [];
  items.forEach((item, index) => {
    if (firstOfText.has(item.doc.sha256)) return;
    firstOfText.set(item.doc.sha256, index);
    fresh.push(index);
  });
  const docs = fresh.map((index) => items[index]!.doc);
  const column = <T>(pick: (doc: NewDocument) => T): T[] => docs.map(pick);
  const eventIds = column((d) => d.eventId ?? matchEvent(events, d));
  const inserted = await tx.query<{ id: number; sha256: string }>(
    `INSERT INTO document (sha256, url, outlet, title, published, language, text, source, event_id, extractor_version)
     SELECT u.sha256, u.url, u.outlet, u.title, u.published, u.language, u.text, u.source, u.event_id, $1
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::integer[])
        WITH ORDINALITY AS u(sha256, url, outlet, title, published, language, text, source, event_id, ordinal)
     ORDER BY u.ordinal
     ON CONFLICT (sha256) DO NOTHING RETURNING id, sha256`,
    [
      extractorVersion, column((d) => d.sha256), column((d) => d.url), column((d) => d.outlet), column((d) => d.title),
      column((d) => d.published), column((d) => d.language), column((d) => d.text), column((d) => d.source), eventIds,
    ],
  );
  const idOf = new Map(inserted.rows.map((row) => [row.sha256, row.id]));
  const results: IngestResult[] = new Array(items.length);
  const claimsToInsert = [];
  for (const [position, index] of fresh.entries()) {
    const { doc, claims } = items[index]!;
    const id = idOf.get(doc.sha256);
    if (id === undefined) results[index] = await ingestDocument(tx, doc, claims, extractorVersion);
    else {
      results[index] = { documentId: id, inserted: true, claimsAdded: claims.length, eventId: eventIds[position] ?? null };
      claimsToInsert.push({ documentId: id, generation: 1, claims });
    }
  }
  await insertClaimsOfDocuments(tx, claimsToInsert, extractorVersion);
  items.forEach((item, index) => {
    if (results[index]) return;
    const first = results[firstOfText.get(item.doc.sha256)!]!;
    results[index] = { documentId: first.documentId, inserted: false, claimsAdded: 0, eventId: first.eventId };
  });
  return results;
}

/** Inside a transaction: the document and all its claims, or nothing when its SHA-256 is known. */
export async function ingestDocument(tx: Queryable, doc: NewDocument, claims: Claim[], extractorVersion: string): Promise<IngestResult> {
  const eventId = doc.eventId ?? matchEvent(await listEvents(tx), doc);
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO document (sha256, url, outlet, title, published, language, text, source, event_id, extractor_version)
     VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9, $10)
     ON CONFLICT (sha256) DO NOTHING RETURNING id`,
    [doc.sha256, doc.url, doc.outlet, doc.title, doc.published, doc.language, doc.text, doc.source, eventId, extractorVersion],
  );
  const row = inserted.rows[0];
  if (row) return { documentId: row.id, inserted: true, claimsAdded: await insertClaims(tx, row.id, 1, extractorVersion, claims), eventId };
  const known = await findDocumentBySha256(tx, doc.sha256);
  if (!known) throw new Error(`document ${doc.sha256} vanished while being stored`);
  const storedEvent = await documentEventId(tx, known.id);
  if (known.extractorVersion === extractorVersion) return { documentId: known.id, inserted: false, claimsAdded: 0, eventId: storedEvent };
  return { documentId: known.id, inserted: false, claimsAdded: await reextractDocument(tx, known.id, claims, extractorVersion), eventId: storedEvent };
}

/** The event a stored document belongs to (null: none, or no such document). */
export async function documentEventId(db: Queryable, documentId: number): Promise<number | null> {
  const { rows } = await db.query<{ event_id: number | null }>("SELECT event_id FROM document WHERE id = $1", [documentId]);
  return rows[0]?.event_id ?? null;
}

/**
 * Inside a transaction: replaces a document's automatic claims with a new generation. Claims a
 * person reviewed stay, and a new claim the reviewed one already stands for is not added again.
 * Returns the number of claims added.
 */
export async function reextractDocument(tx: Queryable, documentId: number, claims: Claim[], extractorVersion: string): Promise<number> {
  const { rows } = await tx.query<{ generation: number }>(
    "UPDATE document SET generation = generation + 1, extractor_version = $2 WHERE id = $1 RETURNING generation",
    [documentId, extractorVersion],
  );
  const generation = rows[0]?.generation;
  if (generation === undefined) throw new Error(`no document ${documentId} in the store`);
  await tx.query("DELETE FROM claim WHERE document_id = $1 AND review_state = 'auto'", [documentId]);
  const reviewed = await tx.query<{ extracted_key: string }>("SELECT extracted_key FROM claim WHERE document_id = $1", [documentId]);
  const kept = new Set(reviewed.rows.map((row) => row.extracted_key));
  return insertClaims(tx, documentId, generation, extractorVersion, claims.filter((claim) => !kept.has(extractedKey(claim))));
}

/** Inside a transaction: dates an undated document and re-reads its claims (see Store.dateDocument); null when it has a date. */
export async function dateDocument(tx: Queryable, documentId: number, published: string, claims: Claim[], extractorVersion: string): Promise<number | null> {
  const dated = await tx.query<{ id: number }>("UPDATE document SET published = $2::date WHERE id = $1 AND published IS NULL RETURNING id", [documentId, published]);
  if (dated.rows.length === 0) return null;
  return reextractDocument(tx, documentId, claims, extractorVersion);
}

export async function getDocument(db: Queryable, id: number): Promise<StoredDocument | null> {
  const { rows } = await db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document WHERE id = $1`, [id]);
  return rows[0] ? documentFromRow(rows[0]) : null;
}

/** eventId: a number for that event's documents, null for the unassigned ones, absent for all. */
export async function listDocuments(
  db: Queryable,
  filter: { eventId?: number | null; limit?: number; offset?: number } = {},
): Promise<{ items: StoredDocument[]; total: number }> {
  const params: unknown[] = [];
  const where = filter.eventId === undefined ? "" : filter.eventId === null ? "WHERE event_id IS NULL" : `WHERE event_id = $${params.push(filter.eventId)}`;
  const countParams = [...params];
  const page = [
    filter.limit !== undefined ? `LIMIT $${params.push(filter.limit)}` : "",
    filter.offset !== undefined ? `OFFSET $${params.push(filter.offset)}` : "",
  ].join(" ");
  const { rows } = await db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document ${where} ORDER BY id ${page}`, params);
  const total = (await db.query<{ total: number }>(`SELECT count(*) AS total FROM document ${where}`, countParams)).rows[0]!.total;
  return { items: rows.map(documentFromRow), total };
}
