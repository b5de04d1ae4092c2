// Named victims the extractor read in a stored report, as records of the list "reports": the name
// as written (one string: a report does not say which part is the surname), the document and the
// sentence as evidence, and a record id that a re-ingest of the same text gives again.
import { REPORTS_LIST, type NewVictimRecord } from "../domain/victim.js";
import type { NamedVictim } from "../extract/named-victims.js";
import { scriptOf } from "./script.js";

/** The same text, sentence and name give the same id, so storing a report again updates, never duplicates. */
export function reportRecordId(documentSha256: string, victim: Pick<NamedVictim, "offset" | "name">): string {
  return `${documentSha256}:${victim.offset}:${victim.name}`;
}

export function reportVictimRecords(documentId: number, documentSha256: string, victims: readonly NamedVictim[]): NewVictimRecord[] {
  return victims.map((victim) => ({
    list: REPORTS_LIST,
    recordId: reportRecordId(documentSha256, victim),
    givenName: null,
    surname: null,
    fullName: victim.name,
    script: scriptOf(victim.name),
    sex: null,
    age: victim.age,
    fate: victim.fate,
    date: victim.date,
    place: victim.place,
    evidence: { kind: "sentence", documentId, sentence: victim.sentence },
    privateFields: {},
  }));
}
