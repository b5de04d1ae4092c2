// Lists of named victims for the tests. Two small lists for the server and browser tests: two persons both name (Fatemeh
// Karimi's two records differ too much to link), two pairs the linker cannot decide (Erfan Rezaei / Arfan Rezaie, Mohammad
// Hosseini / Mohamad Hoseini: the names sound alike, age, date and place differ), and a private column that must never
// leave the store. And three overlapping lists as CSV files (17 persons, 8 on two or more) for the registry's estimate.
import type { NewVictimRecord } from "../../src/domain/victim.js";
import type { Store } from "../../src/store/store.js";
import { linkStoredRecords } from "../../src/store/victims-link.js";

export const PRIVATE_CONTACT = "+98 912 555 0101";
/** The two pairs the linker leaves to a reviewer, in the queue's order. */
export const UNDECIDED_PAIR = ["hengaw/1", "hrana/1"] as const;
export const SECOND_UNDECIDED_PAIR = ["hengaw/5", "hrana/5"] as const;

const base: Omit<NewVictimRecord, "list" | "recordId"> = {
  givenName: "Erfan", surname: "Rezaei", fullName: null, script: "latin", sex: "male", age: 26, fate: "executed", date: "2026-01-13", place: "Zahedan",
  evidence: { kind: "row", file: "list.csv", line: 2 }, privateFields: {},
};

const ROWS: Array<[list: string, recordId: string, fields: Partial<NewVictimRecord>]> = [
  ["hrana", "1", { privateFields: { contact: PRIVATE_CONTACT } }],
  ["hengaw", "1", { givenName: "Arfan", surname: "Rezaie", age: 30, date: "2026-01-20", place: "Tehran" }],
  ["hrana", "2", { givenName: "Zahra", surname: "Ahmadi", sex: "female", age: 40, place: "Tabriz", date: "2026-01-20", fate: "killed" }],
  ["hengaw", "2", { givenName: "Zahra", surname: "Ahmadi", sex: "female", age: 40, place: "Tabriz", date: "2026-01-20", fate: "killed" }],
  ["hrana", "3", { givenName: "Fatemeh", surname: "Karimi", sex: "female", age: 19, place: "Shiraz", date: "2026-01-10", fate: "killed" }],
  ["hengaw", "3", { givenName: "Fatemeh", surname: "Karimi", sex: "female", age: 25, place: "Mashhad", date: "2026-01-02", fate: "detained" }],
  ["hrana", "4", { givenName: "Ali", surname: "Moradi", age: 22, place: "Karaj", date: "2026-01-09", fate: "killed" }],
  ["hengaw", "4", { givenName: "Ali", surname: "Moradi", age: 22, place: "Karaj", date: "2026-01-09", fate: "killed" }],
  ["hrana", "5", { givenName: "Mohammad", surname: "Hosseini", age: 31, place: "Tehran", date: "2026-01-08", fate: "killed" }],
  ["hengaw", "5", { givenName: "Mohamad", surname: "Hoseini", age: 35, place: "Karaj", date: "2026-01-15", fate: "killed" }],
];

/** Imports both lists and links them with the real linker; the undecided pair waits for review. */
export async function importAndLinkVictims(store: Store): Promise<void> {
  for (const list of ["hrana", "hengaw"]) {
    const records = ROWS.filter(([name]) => name === list).map(([name, recordId, fields]) => ({ ...base, list: name, recordId, ...fields }));
    await store.victims.importRecords(records, null);
  }
  await linkStoredRecords(store);
}

/** A person on the CSV lists: name, place, and the lists naming them, one letter a list. */
export type ListedPerson = readonly [name: string, place: string, lists: string];

/** Three overlapping lists (h = hrana, g = hengaw, a = amnesty): 17 persons, 8 on two or more; a log-linear estimate fits them. */
export const THREE_LIST_PERSONS: readonly ListedPerson[] = [
  ["Babak Tehrani", "Tehran", "h"], ["Dariush Kamali", "Isfahan", "h"], ["Parisa Jafari", "Rasht", "h"], ["Omid Nouri", "Arak", "h"],
  ["Leila Sadeghi", "Yazd", "g"], ["Reza Bagheri", "Qom", "g"], ["Sara Moradi", "Sanandaj", "g"],
  ["Hamid Ebrahimi", "Kerman", "a"], ["Nasrin Ghorbani", "Ahvaz", "a"],
  ["Kaveh Azadi", "Mashhad", "hg"], ["Mina Rostami", "Tabriz", "hg"], ["Arash Farahani", "Shiraz", "hg"],
  ["Shirin Sohrabi", "Urmia", "ha"], ["Peyman Yazdani", "Zanjan", "ha"], ["Ladan Khosravi", "Kashan", "ga"],
  ["Siamak Nikpour", "Bushehr", "hga"], ["Golnar Heidari", "Gorgan", "hga"],
];

export interface VictimListCsvOptions {
  /** The fate every row of this list states; "killed" unless given. */
  fate?: string;
  /** A private `contact` column with this value on every row (it must never leave the store). */
  contact?: string;
}

/**
 * The CSV file of the list `letter`: a row for each person it names, record id `LETTER<position>`; age and date of death
 * follow the person's position in `persons`, so the same person has the same age and date on every list.
 */
export function victimListCsv(persons: readonly ListedPerson[], letter: string, options: VictimListCsvOptions = {}): string {
  const fate = options.fate ?? "killed";
  const contact = options.contact === undefined ? [] : [options.contact];
  const header = ["record_id", "given_name", "surname", "age", "place", "date_of_death", "fate", ...(options.contact === undefined ? [] : ["contact"])];
  const rows = persons.flatMap(([name, place, lists], i) =>
    lists.includes(letter) ? [[`${letter}${i + 1}`, name.replace(" ", ","), 20 + i, place, `2026-01-${10 + (i % 15)}`, fate, ...contact].join(",")] : [],
  );
  return [header.join(","), ...rows].join("\n");
}
