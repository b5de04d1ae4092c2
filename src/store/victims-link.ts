// A link run over the whole registry: read every record and the reviewers' decisions, link them
// (victims/link.ts, pure), save the persons and the review queue. Shared by the CLI and the bench.
import { recordKey } from "../domain/victim.js";
import { linkRecords, type LinkResult } from "../victims/link.js";
import type { Store } from "./store.js";

export interface LinkRun extends LinkResult {
  records: number;
  decisions: number;
}

export async function linkStoredRecords(store: Pick<Store, "victims">): Promise<LinkRun> {
  const records = await store.victims.listRecords();
  const decisions = await store.victims.listDecisions();
  const result = linkRecords(
    records.map((record) => ({ key: recordKey(record), list: record.list, fields: record })),
    decisions,
  );
  await store.victims.saveLinkRun(result.persons, result.reviewPairs);
  return { ...result, records: records.length, decisions: decisions.length };
}
