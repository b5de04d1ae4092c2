// Events (crises) and the assignment of documents to them by their match words.
import type { Queryable } from "./db.js";
import { matchingWordCount } from "./event-match.js";
import { eventFromRow, type EventRow } from "./rows.js";
import type { StoredEvent } from "./store.js";

const ASSIGN_BATCH = 500;

export async function listEvents(db: Queryable): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>("SELECT id, name, region, since, match FROM event ORDER BY id");
  return rows.map(eventFromRow);
}

/** Inside a transaction: the new event, with the unassigned documents it matches assigned to it. */
export async function addEvent(tx: Queryable, event: Omit<StoredEvent, "id">): Promise<StoredEvent> {
  const existing = await tx.query("SELECT 1 FROM event WHERE lower(name) = lower($1)", [event.name]);
  if (existing.rows.length > 0) throw new Error(`an event named '${event.name}' already exists`);
  const { rows } = await tx.query<EventRow>(
    "INSERT INTO event (name, region, since, match) VALUES ($1, $2, $3::date, $4::text[]) RETURNING id, name, region, since, match",
    [event.name, event.region, event.since, event.match],
  );
  const stored = eventFromRow(rows[0]!);
  await assignUnassignedDocuments(tx, stored);
  return stored;
}

/** Gives the event every unassigned document that matches it; returns how many. */
export async function assignUnassignedDocuments(tx: Queryable, event: StoredEvent): Promise<number> {
  let assigned = 0;
  for (let afterId = 0; ; ) {
    const { rows } = await tx.query<{ id: number; title: string | null; text: string; published: string | null }>(
      "SELECT id, title, text, published FROM document WHERE event_id IS NULL AND id > $1 ORDER BY id LIMIT $2",
      [afterId, ASSIGN_BATCH],
    );
    if (rows.length === 0) return assigned;
    afterId = rows[rows.length - 1]!.id;
    const matching = rows.filter((doc) => matchingWordCount(event, doc) > 0).map((doc) => doc.id);
    if (matching.length > 0) {
      await tx.query("UPDATE document SET event_id = $1 WHERE id = ANY($2::integer[])", [event.id, matching]);
      await tx.query("UPDATE claim SET event_id = $1 WHERE document_id = ANY($2::integer[])", [event.id, matching]);
      assigned += matching.length;
    }
  }
}
