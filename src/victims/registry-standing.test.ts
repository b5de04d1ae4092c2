import { describe, expect, it } from "vitest";
import type { Fate, StoredVictimRecord } from "../domain/victim.js";
import { registryStanding } from "./registry-standing.js";
import { unlinkedWarning } from "./registry-words.js";

let nextId = 1;
/** Records of one person, one per list naming it; `fates` gives each record's fate in turn. */
function person(personId: string | null, lists: string, fates: Array<Fate | null> = ["killed"], eventId: number | null = 1): StoredVictimRecord[] {
  return lists.split(",").map((list, i) => ({
    id: nextId++, eventId, personId, list, recordId: String(nextId), evidence: { kind: "row", file: `${list}.csv`, line: nextId }, privateFields: {},
    givenName: "A", surname: "B", fullName: null, script: "latin", sex: null, age: null, fate: fates[Math.min(i, fates.length - 1)]!, date: null, place: null,
  }));
}

describe("registryStanding", () => {
  it("counts persons per fate and those on two or more lists, in the order of the fates", () => {
    const records = [
      ...person("p1", "hrana,hengaw"), ...person("p2", "hrana"), ...person("p3", "hengaw,reports"),
      // one record says detained, the other executed: the later fate in a life wins
      ...person("p4", "hrana,amnesty", ["detained", "executed"]), ...person("p5", "amnesty", ["detained"]), ...person("p6", "amnesty", [null]),
    ];
    expect(registryStanding(records, 1)).toEqual({
      persons: 6, onSeveralLists: 3, lists: ["amnesty", "hengaw", "hrana", "reports"], unlinkedRecords: 0,
      perFate: [{ fate: "killed", persons: 3, onSeveralLists: 2 }, { fate: "executed", persons: 1, onSeveralLists: 1 }, { fate: "detained", persons: 1, onSeveralLists: 0 }, { fate: "unknown", persons: 1, onSeveralLists: 0 }],
    });
  });

  it("keeps the records of the event asked (null: of no event; undefined: all), and is null when none is kept", () => {
    const records = [...person("p1", "hrana,hengaw", ["killed"], 1), ...person("p2", "hrana", ["killed"], 2), ...person("p3", "hrana", ["missing"], null)];
    expect(registryStanding(records, 2)).toMatchObject({ persons: 1, onSeveralLists: 0, lists: ["hrana"] });
    expect(registryStanding(records, null)).toMatchObject({ persons: 1, perFate: [{ fate: "missing", persons: 1, onSeveralLists: 0 }] });
    expect(registryStanding(records, undefined)).toMatchObject({ persons: 3, onSeveralLists: 1 });
    expect(registryStanding(records, 3)).toBeNull();
    expect(registryStanding([], undefined)).toBeNull();
  });

  it("says when records wait for a link run, since each then counts as a person of its own", () => {
    const records = [...person("p1", "hrana,hengaw"), ...person(null, "amnesty"), ...person(null, "amnesty")];
    const standing = registryStanding(records, 1)!;
    expect(standing).toMatchObject({ persons: 3, unlinkedRecords: 2 });
    expect(unlinkedWarning(standing)).toBe("2 records were imported after the last link run and each counts as a person of its own: run 'tally victims link' to count them once.");
    expect(unlinkedWarning(registryStanding(records.slice(0, 2), 1)!)).toBeNull();
  });
});
