// The victims registry in the store (tables of migration 008): list records written in bulk (a
// re-import updates by list and record id), the last link run's persons and review queue, and
// reviewers' match / not-a-match decisions, each with its audit row.
import { recordKey, type Fate, type NewVictimRecord, type Script, type Sex, type StoredVictimRecord, type VictimEvidence } from "../domain/victim.js";
import type { Db, Queryable } from "./db.js";
import { VICTIMS_SCOPE, writeTransaction } from "./revision.js";

/** A pair of records the last link run could not decide: between the match and non-match thresholds. */
export interface ReviewPair {
  recordA: string;
  recordB: string;
  /** The posterior probability that the two are one person, and the Fellegi–Sunter weight (log2). */
  probability: number;
  weight: number;
}

export type LinkDecisionKind = "match" | "not_match";

export interface LinkDecision {
  id: number;
  recordA: string;
  recordB: string;
  decision: LinkDecisionKind;
  reason: string | null;
  actor: string;
  at: string;
}

export interface VictimRepository {
  /** Writes a list's records in one transaction: new ids inserted, known ones updated. */
  importRecords(records: NewVictimRecord[], eventId: number | null): Promise<{ inserted: number; updated: number }>;
  /** Every record (or a list's), ordered by id; read in pages so no single result is huge. */
  listRecords(filter?: { list?: string }): Promise<StoredVictimRecord[]>;
  /** Replaces the persons and the review queue with a link run's, in one transaction. */
  saveLinkRun(persons: Map<string, string>, reviewPairs: ReviewPair[]): Promise<void>;
  listReviewPairs(): Promise<ReviewPair[]>;
  /** Records a reviewer's decision on two records (named "list/record id"); a later one replaces it. */
  decide(recordA: string, recordB: string, decision: LinkDecisionKind, actor: string, reason?: string | null): Promise<LinkDecision>;
  /** Decisions in force, oldest first. */
  listDecisions(): Promise<LinkDecision[]>;
}

const WRITE_BATCH = 5_000;
const READ_PAGE = 20_000;

interface RecordRow {
  id: number;
  list: string;
  record_id: string;
  event_id: number | null;
  given_name: string | null;
  surname: string | null;
  full_name: string | null;
  script: Script;
  sex: Sex | null;
  age: number | null;
  fate: Fate | null;
  day: string | null;
  place: string | null;
  evidence: VictimEvidence;
  private: Record<string, string>;
  person_id: string | null;
}

function recordFromRow(row: RecordRow): StoredVictimRecord {
  return {
    id: row.id,
    list: row.list,
    recordId: row.record_id,
    eventId: row.event_id,
    givenName: row.given_name,
    surname: row.surname,
    fullName: row.full_name,
    script: row.script,
    sex: row.sex,
    age: row.age,
    fate: row.fate,
    date: row.day,
    place: row.place,
    evidence: row.evidence,
    privateFields: row.private,
    personId: row.person_id,
  };
}

/** One INSERT … ON CONFLICT over arrays: thousands of rows per statement instead of one each. */
async function upsertBatch(tx: Queryable, records: NewVictimRecord[], eventId: number | null): Promise<number> {
  const column = <T>(pick: (record: NewVictimRecord) => T) => records.map(pick);
  const { rows } = await tx.query<{ inserted: boolean }>(
    `INSERT INTO victim_record (list, record_id, event_id, given_name, surname, full_name, script, sex, age, fate, day, place, evidence, private)
     SELECT list, record_id, $3::integer, given_name, surname, full_name, script, sex, age, fate, day, place, evidence, private
     FROM unnest($1::text[], $2::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::integer[], $10::text[], $11::date[], $12::text[], $13::jsonb[], $14::jsonb[])
       AS r (list, record_id, given_name, surname, full_name, script, sex, age, fate, day, place, evidence, private)
     ON CONFLICT (list, record_id) DO UPDATE SET
       event_id = COALESCE(EXCLUDED.event_id, victim_record.event_id), given_name = EXCLUDED.given_name, surname = EXCLUDED.surname,
       full_name = EXCLUDED.full_name, script = EXCLUDED.script, sex = EXCLUDED.sex, age = EXCLUDED.age, fate = EXCLUDED.fate,
       day = EXCLUDED.day, place = EXCLUDED.place, evidence = EXCLUDED.evidence, private = EXCLUDED.private, updated_at = now()
     RETURNING (xmax = 0) AS inserted`,
    [
      column((r) => r.list),
      column((r) => r.recordId),
      eventId,
      column((r) => r.givenName),
      column((r) => r.surname),
      column((r) => r.fullName),
      column((r) => r.script),
      column((r) => r.sex),
      column((r) => r.age),
      column((r) => r.fate),
      column((r) => r.date),
      column((r) => r.place),
      column((r) => JSON.stringify(r.evidence)),
      column((r) => JSON.stringify(r.privateFields)),
    ],
  );
  return rows.filter((row) => row.inserted).length;
}

/** The two keys of a pair in the order the tables keep them. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function sqlVictimRepository(db: Db): VictimRepository {
  // Every change to the registry is in its own scope: claims' views do not depend on it.
  const write = <T>(work: (tx: Queryable) => Promise<T>): Promise<T> =>
    writeTransaction(db, (tx, touched) => (touched.touch(VICTIMS_SCOPE), work(tx)));
  return {
    importRecords(records, eventId) {
      // The last row of a list with an id given twice wins, as a re-import would.
      const byKey = new Map(records.map((record) => [recordKey(record), record]));
      const unique = [...byKey.values()];
      return write(async (tx) => {
        let inserted = 0;
        for (let start = 0; start < unique.length; start += WRITE_BATCH) inserted += await upsertBatch(tx, unique.slice(start, start + WRITE_BATCH), eventId);
        return { inserted, updated: unique.length - inserted };
      });
    },
    async listRecords(filter = {}) {
      const records: StoredVictimRecord[] = [];
      for (let afterId = 0; ; ) {
        const params: unknown[] = [afterId, READ_PAGE];
        const listCondition = filter.list !== undefined ? `AND list = $${params.push(filter.list)}` : "";
        const { rows } = await db.query<RecordRow>(
          `SELECT id, list, record_id, event_id, given_name, surname, full_name, script, sex, age, fate, day, place, evidence, private, person_id
           FROM victim_record WHERE id > $1 ${listCondition} ORDER BY id LIMIT $2`,
          params,
        );
        records.push(...rows.map(recordFromRow));
        if (rows.length < READ_PAGE) return records;
        afterId = rows[rows.length - 1]!.id;
      }
    },
    saveLinkRun(persons, reviewPairs) {
      return write(async (tx) => {
        // Only the records whose person changed are written, by primary key: a re-run that changes
        // little writes little.
        const { rows } = await tx.query<{ id: number; key: string; person_id: string | null }>("SELECT id, list || '/' || record_id AS key, person_id FROM victim_record");
        const changed = rows.filter((row) => (persons.get(row.key) ?? null) !== row.person_id);
        for (let start = 0; start < changed.length; start += WRITE_BATCH) {
          const batch = changed.slice(start, start + WRITE_BATCH);
          await tx.query(
            `UPDATE victim_record v SET person_id = p.person_id
             FROM unnest($1::integer[], $2::text[]) AS p (id, person_id)
             WHERE v.id = p.id`,
            [batch.map((row) => row.id), batch.map((row) => persons.get(row.key) ?? null)],
          );
        }
        await tx.query("DELETE FROM victim_review_pair");
        for (let start = 0; start < reviewPairs.length; start += WRITE_BATCH) {
          const batch = reviewPairs.slice(start, start + WRITE_BATCH).map((pair) => ({ ...pair, ordered: orderedPair(pair.recordA, pair.recordB) }));
          await tx.query(
            `INSERT INTO victim_review_pair (record_a, record_b, probability, weight)
             SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) ON CONFLICT DO NOTHING`,
            [batch.map((p) => p.ordered[0]), batch.map((p) => p.ordered[1]), batch.map((p) => p.probability), batch.map((p) => p.weight)],
          );
        }
      });
    },
    async listReviewPairs() {
      const { rows } = await db.query<{ record_a: string; record_b: string; probability: number; weight: number }>(
        "SELECT record_a, record_b, probability, weight FROM victim_review_pair ORDER BY probability DESC, record_a, record_b",
      );
      return rows.map((row) => ({ recordA: row.record_a, recordB: row.record_b, probability: Number(row.probability), weight: Number(row.weight) }));
    },
    decide(recordA, recordB, decision, actor, reason = null) {
      if (recordA === recordB) return Promise.reject(new Error(`a record cannot be compared with itself ('${recordA}')`));
      const [a, b] = orderedPair(recordA, recordB);
      return write(async (tx) => {
        const known = await tx.query<{ key: string }>("SELECT list || '/' || record_id AS key FROM victim_record WHERE list || '/' || record_id = ANY($1::text[])", [[a, b]]);
        const found = new Set(known.rows.map((row) => row.key));
        for (const key of [a, b]) if (!found.has(key)) throw new Error(`no victim record '${key}' (name records as LIST/RECORD_ID)`);
        const before = await tx.query<{ id: number; decision: string }>(
          "UPDATE victim_link_decision SET undone_at = now() WHERE record_a = $1 AND record_b = $2 AND undone_at IS NULL RETURNING id, decision",
          [a, b],
        );
        const { rows } = await tx.query<{ id: number; at: string }>(
          "INSERT INTO victim_link_decision (record_a, record_b, decision, reason, actor) VALUES ($1, $2, $3, $4, $5) RETURNING id, at",
          [a, b, decision, reason, actor],
        );
        const stored = rows[0]!;
        await tx.query("DELETE FROM victim_review_pair WHERE record_a = $1 AND record_b = $2", [a, b]);
        await tx.query("INSERT INTO audit (actor, action, entity, entity_id, before, after, reason) VALUES ($1, 'decide', 'victim_link', $2, $3, $4, $5)", [
          actor,
          stored.id,
          before.rows[0] ? JSON.stringify({ decision: before.rows[0].decision }) : null,
          JSON.stringify({ recordA: a, recordB: b, decision }),
          reason,
        ]);
        return { id: stored.id, recordA: a, recordB: b, decision, reason, actor, at: stored.at };
      });
    },
    async listDecisions() {
      const { rows } = await db.query<{ id: number; record_a: string; record_b: string; decision: LinkDecisionKind; reason: string | null; actor: string; at: string }>(
        "SELECT id, record_a, record_b, decision, reason, actor, at FROM victim_link_decision WHERE undone_at IS NULL ORDER BY id",
      );
      return rows.map((row) => ({ id: row.id, recordA: row.record_a, recordB: row.record_b, decision: row.decision, reason: row.reason, actor: row.actor, at: row.at }));
    },
  };
}
