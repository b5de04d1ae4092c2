import { describe, expect, it } from "vitest";
import { patternOf } from "./capture-table.js";
import { captureTableFromMemberships, listsOf, selectMemberships } from "./registry-table.js";

const byPattern = (table: { lists: string[]; counts: number[] }) =>
  Object.fromEntries(table.counts.flatMap((count, mask) => (count > 0 ? [[patternOf(mask, table.lists.length), count]] : [])));

describe("captureTableFromMemberships", () => {
  it("counts each person once, in the cell of exactly the lists naming it", () => {
    const table = captureTableFromMemberships([
      { lists: ["hrana", "hengaw"] },
      { lists: ["hengaw", "hrana"] },
      { lists: ["hrana"] },
      { lists: ["amnesty", "hengaw", "hrana"] },
      { lists: ["hengaw"] },
      { lists: ["hengaw"] },
    ]);
    expect(table.lists).toEqual(["amnesty", "hengaw", "hrana"]);
    expect(table.counts).toHaveLength(8);
    expect(byPattern(table)).toEqual({ "011": 2, "001": 1, "111": 1, "010": 2 });
    expect(table.counts[0]).toBe(0);
  });

  it("leaves out the names from reports, and the persons only they name", () => {
    const table = captureTableFromMemberships([{ lists: ["reports"] }, { lists: ["reports", "hrana"] }, { lists: ["hengaw", "hrana", "reports"] }]);
    expect(table.lists).toEqual(["hengaw", "hrana"]);
    expect(byPattern(table)).toEqual({ "01": 1, "11": 1 });
  });

  it("names its lists in name order, the excluded ones left out", () => {
    expect(listsOf([{ lists: ["b", "reports"] }, { lists: ["a"] }])).toEqual(["a", "b"]);
    expect(listsOf([{ lists: ["b", "reports"] }], [])).toEqual(["b", "reports"]);
  });

  it("gives an empty table for no persons", () => {
    expect(captureTableFromMemberships([])).toEqual({ lists: [], counts: [0] });
  });
});

describe("selectMemberships", () => {
  const persons = [
    { fate: "killed" as const, records: [{ list: "a", eventId: 1 }, { list: "b", eventId: 2 }] },
    { fate: "executed" as const, records: [{ list: "a", eventId: 1 }] },
    { fate: null, records: [{ list: "b", eventId: null }] },
  ];

  it("keeps every person with all its lists when nothing is selected", () => {
    expect(selectMemberships(persons, {})).toEqual([{ lists: ["a", "b"] }, { lists: ["a"] }, { lists: ["b"] }]);
  });

  it("filters persons by their fate", () => {
    expect(selectMemberships(persons, { fate: "killed" })).toEqual([{ lists: ["a", "b"] }]);
  });

  it("keeps only the records of the event, dropping persons with none", () => {
    expect(selectMemberships(persons, { eventId: 1 })).toEqual([{ lists: ["a"] }, { lists: ["a"] }]);
    expect(selectMemberships(persons, { eventId: 2, fate: "killed" })).toEqual([{ lists: ["b"] }]);
  });
});
