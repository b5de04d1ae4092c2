// The registry as people read it: records grouped into persons, each person's fate, counts per fate
// and per list, and how the lists overlap (how many persons each combination of lists names).
import { FATES, type Fate, type StoredVictimRecord } from "../domain/victim.js";

/** When a person's records disagree, the fate that came last in a life wins: executed over sentenced, killed over missing. */
const FATE_PRECEDENCE: readonly Fate[] = ["executed", "killed", "sentenced_to_death", "missing", "detained"];

export interface Person {
  personId: string;
  records: StoredVictimRecord[];
  fate: Fate | null;
  /** The lists naming the person, sorted. */
  lists: string[];
}

export interface RegistrySummary {
  records: number;
  persons: number;
  personsPerFate: Record<Fate | "unknown", number>;
  recordsPerList: Record<string, number>;
  personsPerList: Record<string, number>;
  /** Persons named by two or more lists. */
  onSeveralLists: number;
  /** Combination of lists ("a + b") → persons named by exactly those lists, largest first. */
  overlap: Array<{ lists: string[]; persons: number }>;
}

/** Whether two or more lists name the person: found independently more than once. */
export function isOnSeveralLists(person: Pick<Person, "lists">): boolean {
  return person.lists.length >= 2;
}

export function personFate(records: StoredVictimRecord[]): Fate | null {
  for (const fate of FATE_PRECEDENCE) if (records.some((record) => record.fate === fate)) return fate;
  return null;
}

/** Persons in order of their id; records not yet linked stand alone under their own key. */
export function groupPersons(records: StoredVictimRecord[]): Person[] {
  const byPerson = new Map<string, StoredVictimRecord[]>();
  for (const record of records) {
    const id = record.personId ?? `unlinked:${record.list}/${record.recordId}`;
    const members = byPerson.get(id);
    if (members) members.push(record);
    else byPerson.set(id, [record]);
  }
  return [...byPerson.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, members]) => ({ personId, records: members, fate: personFate(members), lists: [...new Set(members.map((record) => record.list))].sort() }));
}

export function summariseRegistry(persons: Person[]): RegistrySummary {
  const personsPerFate = Object.fromEntries([...FATES, "unknown"].map((fate) => [fate, 0])) as Record<Fate | "unknown", number>;
  const recordsPerList: Record<string, number> = {};
  const personsPerList: Record<string, number> = {};
  const overlap = new Map<string, number>();
  let records = 0;
  for (const person of persons) {
    personsPerFate[person.fate ?? "unknown"]++;
    records += person.records.length;
    for (const record of person.records) recordsPerList[record.list] = (recordsPerList[record.list] ?? 0) + 1;
    for (const list of person.lists) personsPerList[list] = (personsPerList[list] ?? 0) + 1;
    const combination = person.lists.join("\u0000");
    overlap.set(combination, (overlap.get(combination) ?? 0) + 1);
  }
  return {
    records,
    persons: persons.length,
    personsPerFate,
    recordsPerList,
    personsPerList,
    onSeveralLists: persons.filter(isOnSeveralLists).length,
    overlap: [...overlap.entries()]
      .map(([combination, count]) => ({ lists: combination.split("\u0000"), persons: count }))
      .sort((a, b) => b.persons - a.persons || a.lists.join().localeCompare(b.lists.join())),
  };
}
