// What a PostgreSQL store holds, as comparable rows: each document by its SHA-256 and each claim by
// its document's SHA-256 and every field the extractor wrote (ids and times left out, since two
// stores filled in another order number them differently).
import pg from "pg";

export interface StoredContents {
  /** SHA-256 of every stored document, sorted (a text stored twice would appear twice). */
  documents: string[];
  /** One line per claim, sorted. */
  claims: string[];
}

const CLAIM_FIELDS = `d.sha256, c.generation, c.extractor_version, c.extracted_key, c.metric, c.population, c.min, c.max, c.qualifier,
  c.claimant, c.claimant_kind, c.status, c.as_of::text, c.main_event, c.evidence_text, c.evidence_start, c.evidence_end, c.review_state`;

export async function storedContents(databaseUrl: string): Promise<StoredContents> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const documents = await client.query<{ sha256: string }>("SELECT sha256 FROM document ORDER BY sha256");
    const claims = await client.query({ text: `SELECT ${CLAIM_FIELDS} FROM claim c JOIN document d ON d.id = c.document_id`, rowMode: "array" });
    return { documents: documents.rows.map((row) => row.sha256), claims: claims.rows.map((row: unknown[]) => JSON.stringify(row)).sort() };
  } finally {
    await client.end();
  }
}
