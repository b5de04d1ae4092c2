// The registry exported: one row per list record with the person it was linked into and that
// person's fate and lists. Only the fields Tally reads are written: a list's private columns
// (contacts, witnesses, notes) are never part of an export.
import type { Person } from "../victims/registry.js";
import { toCsv, type Cell } from "./csv.js";

export interface ExportedVictimRecord {
  person_id: string;
  list: string;
  record_id: string;
  given_name: string | null;
  surname: string | null;
  full_name: string | null;
  script: string;
  sex: string | null;
  age: number | null;
  date_of_death: string | null;
  place: string | null;
  fate: string | null;
  person_fate: string | null;
  person_lists: string;
}

export function exportVictimRecords(persons: Person[]): ExportedVictimRecord[] {
  return persons.flatMap((person) =>
    person.records.map((record) => ({
      person_id: person.personId,
      list: record.list,
      record_id: record.recordId,
      given_name: record.givenName,
      surname: record.surname,
      full_name: record.fullName,
      script: record.script,
      sex: record.sex,
      age: record.age,
      date_of_death: record.date,
      place: record.place,
      fate: record.fate,
      person_fate: person.fate,
      person_lists: person.lists.join(";"),
    })),
  );
}

const COLUMNS: Array<keyof ExportedVictimRecord> = ["person_id", "list", "record_id", "given_name", "surname", "full_name", "script", "sex", "age", "date_of_death", "place", "fate", "person_fate", "person_lists"];

export function victimRecordsToCsv(rows: ExportedVictimRecord[]): string {
  return toCsv([COLUMNS, ...rows.map((row) => COLUMNS.map((column) => row[column] as Cell))]);
}

export function victimRecordsToJson(rows: ExportedVictimRecord[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
