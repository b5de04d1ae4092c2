// The victims registry as the dashboard and the API show it: persons with their records side by side
// (never a list's private fields), counts per fate and list, the lists' overlap, and the link review
// queue's pairs with both records. Decisions go through the store's one `decide`, audited.
import { HTTPException } from "hono/http-exception";
import { FATES, recordKey, type Fate, type StoredVictimRecord } from "../domain/victim.js";
import type { LinkDecision, LinkDecisionKind } from "../store/victims.js";
import type { Store } from "../store/store.js";
import { groupPersons, summariseRegistry, type RegistrySummary } from "../victims/registry.js";

/** A record as it may leave the store: everything but the columns a list keeps private. */
export type PublicVictimRecord = Omit<StoredVictimRecord, "privateFields">;

export interface PublicPerson {
  personId: string;
  fate: Fate | null;
  lists: string[];
  records: PublicVictimRecord[];
}

export interface PairToReview {
  recordA: string;
  recordB: string;
  probability: number;
  weight: number;
  /** The two records; null for one no longer in its list (re-imported without it since the link run). */
  a: PublicVictimRecord | null;
  b: PublicVictimRecord | null;
}

export interface PersonFilter {
  list?: string;
  fate?: Fate | "unknown";
}

export function publicRecord(record: StoredVictimRecord): PublicVictimRecord {
  const { privateFields: _private, ...shown } = record;
  return shown;
}

/** Every person (the summary counts them all) and those the filter keeps, in person id order. */
export async function registryOf(store: Pick<Store, "victims">, filter: PersonFilter = {}): Promise<{ summary: RegistrySummary; persons: PublicPerson[] }> {
  const all = groupPersons(await store.victims.listRecords());
  const persons = all
    .filter((person) => (filter.list === undefined || person.lists.includes(filter.list)) && (filter.fate === undefined || (person.fate ?? "unknown") === filter.fate))
    .map((person) => ({ personId: person.personId, fate: person.fate, lists: person.lists, records: person.records.map(publicRecord) }));
  return { summary: summariseRegistry(all), persons };
}

/** The pairs `tally victims review` shows, most likely first, each with both records. */
export async function pairsToReview(store: Pick<Store, "victims">): Promise<PairToReview[]> {
  const pairs = await store.victims.listReviewPairs();
  if (pairs.length === 0) return [];
  const records = new Map((await store.victims.listRecords()).map((record) => [recordKey(record), record]));
  const shown = (key: string) => {
    const record = records.get(key);
    return record ? publicRecord(record) : null;
  };
  return pairs.map((pair) => ({ ...pair, a: shown(pair.recordA), b: shown(pair.recordB) }));
}

/** How a request names the two records in an error: a JSON body's fields, a form's. */
export interface DecisionNames {
  recordA: string;
  recordB: string;
}

/**
 * A reviewer's match / not a match, stored by the same call `tally victims decide` makes (kept,
 * audited, applied by every later link run). A record the store does not know is the client's
 * mistake: a 400 naming the field that holds it.
 */
export async function decidePair(
  store: Pick<Store, "victims">,
  decision: { recordA: string; recordB: string; decision: LinkDecisionKind; reason?: string | undefined },
  actor: string,
  names: DecisionNames,
): Promise<LinkDecision> {
  try {
    return await store.victims.decide(decision.recordA, decision.recordB, decision.decision, actor, decision.reason || null);
  } catch (error) {
    const missing = /^no victim record '(.*)' \(/.exec((error as Error).message)?.[1];
    if (missing === undefined) throw error;
    const field = missing === decision.recordA ? names.recordA : names.recordB;
    throw new HTTPException(400, { message: `${field}: no victim record '${missing}' (name records as LIST/RECORD_ID, as GET /api/victims/pairs lists them)` });
  }
}

export const PERSON_FATES = [...FATES, "unknown"] as const;
