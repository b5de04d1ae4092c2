// The capture table of the linked victims registry: each person's pattern is the set of lists
// holding at least one of its records. Pure: persons in, the table estimatePopulation takes out.
import { REPORTS_LIST, type Fate } from "../domain/victim.js";
import type { CaptureTable } from "./capture-table.js";

/** One person as the estimate sees it: the lists naming it. */
export interface ListMembership {
  lists: readonly string[];
}

/** Which persons an estimate is about; absent fields select all. */
export interface RegistrySelection {
  eventId?: number;
  fate?: Fate;
}

/** The part of a linked person the selection reads. */
export interface SelectablePerson {
  fate: Fate | null;
  records: ReadonlyArray<{ list: string; eventId: number | null }>;
}

/**
 * The persons a selection keeps, each with the lists of its kept records: --fate reads the
 * person's fate (from all its records), --event keeps only the records of that event.
 */
export function selectMemberships(persons: readonly SelectablePerson[], selection: RegistrySelection): ListMembership[] {
  const memberships: ListMembership[] = [];
  for (const person of persons) {
    if (selection.fate !== undefined && person.fate !== selection.fate) continue;
    const records = selection.eventId === undefined ? person.records : person.records.filter((record) => record.eventId === selection.eventId);
    if (records.length > 0) memberships.push({ lists: [...new Set(records.map((record) => record.list))] });
  }
  return memberships;
}

/** The lists naming any of these persons, in name order, less the `excluded` ones: the columns of their table. */
export function listsOf(memberships: readonly ListMembership[], excluded: readonly string[] = [REPORTS_LIST]): string[] {
  const skip = new Set(excluded);
  return [...new Set(memberships.flatMap((membership) => membership.lists))].filter((list) => !skip.has(list)).sort();
}

/**
 * The capture table of these persons over the lists that name any of them, in name order; the
 * `excluded` lists (by default the names from reports) are dropped, and with them the persons only
 * they name.
 */
export function captureTableFromMemberships(memberships: readonly ListMembership[], excluded: readonly string[] = [REPORTS_LIST]): CaptureTable {
  const lists = listsOf(memberships, excluded);
  const bit = new Map(lists.map((list, i) => [list, 1 << i]));
  const counts = new Array<number>(1 << lists.length).fill(0);
  for (const membership of memberships) {
    let mask = 0;
    for (const list of membership.lists) mask |= bit.get(list) ?? 0;
    if (mask !== 0) counts[mask]!++;
  }
  return { lists, counts };
}
