// A named victim as one list (or one report) states it: the record Tally keeps, links into persons
// and exports. Private fields a list holds (contacts, witnesses, notes) ride along but never leave the store.

export const FATES = ["killed", "executed", "detained", "sentenced_to_death", "missing"] as const;
export type Fate = (typeof FATES)[number];

export const SEXES = ["female", "male"] as const;
export type Sex = (typeof SEXES)[number];

export const SCRIPTS = ["latin", "persian", "arabic"] as const;
export type Script = (typeof SCRIPTS)[number];

/**
 * The list of the names ingest reads in reports. They are not an independent list drawn from the
 * population (they come from the sources the lists are built from), so they never count as a list
 * in an estimate.
 */
export const REPORTS_LIST = "reports";

/** Where a record came from: a row of a list file, or a sentence of a stored report. */
export type VictimEvidence = { kind: "row"; file: string; line: number } | { kind: "sentence"; documentId: number; sentence: string };

/** The fields a list states about one person; every one may be missing except the name. */
export interface VictimFields {
  givenName: string | null;
  surname: string | null;
  /** The name as one string, when the list does not split it. */
  fullName: string | null;
  script: Script;
  sex: Sex | null;
  age: number | null;
  fate: Fate | null;
  /** YYYY-MM-DD (Gregorian), converted from the list's calendar. */
  date: string | null;
  place: string | null;
}

export interface NewVictimRecord extends VictimFields {
  list: string;
  /** The list's own id for the record; re-importing the list updates the record with this id. */
  recordId: string;
  evidence: VictimEvidence;
  /** Columns the list holds that Tally does not read: kept, never exported. */
  privateFields: Record<string, string>;
}

export interface StoredVictimRecord extends NewVictimRecord {
  id: number;
  eventId: number | null;
  /** The person the last link run put the record in; null before any run. */
  personId: string | null;
}

/** "list/record id": how a record is named across link runs, decisions and re-imports. */
export function recordKey(record: { list: string; recordId: string }): string {
  return `${record.list}/${record.recordId}`;
}
