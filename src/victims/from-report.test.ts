import { describe, expect, it } from "vitest";
import { reportRecordId, reportVictimRecords } from "./from-report.js";

const victim = { name: "Corvin Aldane", age: 26, fate: "executed" as const, date: "2026-02-03", place: "Varlow", sentence: "Corvin Aldane, 26, was executed.", offset: 40 };

describe("reportVictimRecords", () => {
  it("makes a record of the list 'reports' with the document and sentence as evidence", () => {
    expect(reportVictimRecords(7, "ab12", [victim])).toEqual([
      {
        list: "reports", recordId: "ab12:40:Corvin Aldane", givenName: null, surname: null, fullName: "Corvin Aldane", script: "latin", sex: null,
        age: 26, fate: "executed", date: "2026-02-03", place: "Varlow", evidence: { kind: "sentence", documentId: 7, sentence: victim.sentence }, privateFields: {},
      },
    ]);
  });

  it("gives one id per text, sentence and name, whatever the document's id", () => {
    expect(reportVictimRecords(8, "ab12", [victim])[0]!.recordId).toBe(reportRecordId("ab12", victim));
    expect(reportRecordId("ab12", { ...victim, offset: 41 })).not.toBe(reportRecordId("ab12", victim));
  });
});
