// What the standing summary of an event says of the victims registry: persons named per fate, and
// how many of them two or more lists name. Pure: records in, counts out; the API, the dashboard, the
// static report and the text report all show this one object. Counting persons reuses registry.ts.
import { FATES, type Fate, type StoredVictimRecord } from "../domain/victim.js";
import { groupPersons, isOnSeveralLists, summariseRegistry } from "./registry.js";

export interface RegistryFateCount {
  /** "unknown" for persons no record gives a fate. */
  fate: Fate | "unknown";
  persons: number;
  /** Of them, those named by two or more lists (names from reports count as the list "reports", as on the victims page). */
  onSeveralLists: number;
}

export interface RegistryStanding {
  persons: number;
  onSeveralLists: number;
  /** One row per fate that has persons, in the order of FATES, unknown last. */
  perFate: RegistryFateCount[];
  /** The lists naming anyone here, in name order. */
  lists: string[];
  /** Records imported since the last link run: each stands alone, so the overlap is understated until linked. */
  unlinkedRecords: number;
}

/**
 * Which records an event's summary counts: undefined for every record, null for records of no event,
 * a number for that event's records. A person is counted from its records in scope only: its
 * records of another crisis are another statement about another event.
 */
export type RegistryScope = number | null | undefined;

/** The registry's counts for one scope; null when no record is in it, so views show nothing. */
export function registryStanding(records: readonly StoredVictimRecord[], scope: RegistryScope): RegistryStanding | null {
  const kept = scope === undefined ? [...records] : records.filter((record) => record.eventId === scope);
  if (kept.length === 0) return null;
  const persons = groupPersons(kept);
  const summary = summariseRegistry(persons);
  const perFate = ([...FATES, "unknown"] as const).flatMap((fate) => {
    const ofFate = persons.filter((person) => (person.fate ?? "unknown") === fate);
    return ofFate.length === 0 ? [] : [{ fate, persons: ofFate.length, onSeveralLists: ofFate.filter(isOnSeveralLists).length }];
  });
  return {
    persons: summary.persons,
    onSeveralLists: summary.onSeveralLists,
    perFate,
    lists: Object.keys(summary.personsPerList).sort(),
    unlinkedRecords: kept.filter((record) => record.personId === null).length,
  };
}
