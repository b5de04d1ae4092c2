// The estimate of the linked victims registry: the persons a selection keeps, counted into a capture
// table and estimated, or refused with the reason. Pure: records in, the estimate out; the CLI, the
// server and the report all start from here.
import type { StoredVictimRecord } from "../domain/victim.js";
import { groupPersons } from "../victims/registry.js";
import { MAX_LISTS } from "./capture-table-csv.js";
import type { CaptureTable } from "./capture-table.js";
import { estimatePopulation, estimatePopulationOffThread, type Estimate, type OffThreadOptions } from "./estimate.js";
import { estimateToJson, tableToJson } from "./estimate-view.js";
import { captureTableFromMemberships, listsOf, selectMemberships, type RegistrySelection } from "./registry-table.js";
import { REPORTS_LIST } from "../domain/victim.js";

export type RegistryEstimate =
  /** Refused before any table could be counted: the registry is empty, unlinked, or too few or too many lists name anyone selected. */
  | { kind: "refused"; lists: string[]; reason: string }
  | { kind: "estimated"; table: CaptureTable; estimate: Estimate };

/** Why the registry's persons cannot be counted yet, or null: an unlinked record would stand alone and shrink every overlap. */
export function linkProblem(records: ReadonlyArray<{ personId: string | null }>): string | null {
  if (records.length === 0) return "the registry holds no victim records: import lists with 'tally victims import', then run 'tally victims link'";
  const unlinked = records.filter((record) => record.personId === null).length;
  if (unlinked === records.length) return "no link run has been done: run 'tally victims link' first, so that records of one person count once";
  if (unlinked > 0) return `${unlinked} of ${records.length} records were imported after the last link run: run 'tally victims link' again`;
  return null;
}

type RegistryTable = Extract<RegistryEstimate, { kind: "refused" }> | { kind: "table"; table: CaptureTable };

/** The estimate of the persons `selection` keeps, from every record of the registry. */
export function estimateRegistry(records: StoredVictimRecord[], selection: RegistrySelection): RegistryEstimate {
  const counted = registryTable(records, selection);
  return counted.kind === "refused" ? counted : { kind: "estimated", table: counted.table, estimate: estimatePopulation(counted.table) };
}

/** estimateRegistry with a long model-averaging run in a worker thread (estimatePopulationOffThread). */
export async function estimateRegistryOffThread(records: StoredVictimRecord[], selection: RegistrySelection, options: OffThreadOptions = {}): Promise<RegistryEstimate> {
  const counted = registryTable(records, selection);
  return counted.kind === "refused" ? counted : { kind: "estimated", table: counted.table, estimate: await estimatePopulationOffThread(counted.table, options) };
}

/** The capture table of the persons `selection` keeps, or why there is none. */
function registryTable(records: StoredVictimRecord[], selection: RegistrySelection): RegistryTable {
  const problem = linkProblem(records);
  if (problem) return { kind: "refused", lists: [], reason: problem };
  const memberships = selectMemberships(groupPersons(records), selection);
  const lists = listsOf(memberships);
  if (lists.length > MAX_LISTS) {
    return { kind: "refused", lists, reason: `${lists.length} lists (${lists.join(", ")}); at most ${MAX_LISTS} can be estimated from: select fewer with --event or --fate` };
  }
  const table = captureTableFromMemberships(memberships);
  if (table.lists.length < 2) {
    const named = table.lists.length === 0 ? "no list names anyone selected" : `only the list '${table.lists[0]}' names anyone selected`;
    return { kind: "refused", lists: table.lists, reason: `an estimate needs at least two lists, and ${named} (names from reports, list '${REPORTS_LIST}', do not count as a list)` };
  }
  return { kind: "table", table };
}

/** The reason no estimate is given, whether refused before the table or by the estimator; null when there is one. */
export function registryRefusal(result: RegistryEstimate): string | null {
  if (result.kind === "refused") return result.reason;
  return result.estimate.method === "refused" ? result.estimate.reason : null;
}

/** The JSON of `tally estimate --json`; a refusal before the table says so in the same shape. */
export function registryEstimateToJson(result: RegistryEstimate): Record<string, unknown> {
  if (result.kind === "refused") return { lists: result.lists, observed: null, overlap: null, method: "refused", reason: result.reason, warnings: [] };
  return { ...estimateToJson(result.estimate), table: tableToJson(result.table) };
}
