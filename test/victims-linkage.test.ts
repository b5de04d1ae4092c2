// Linkage on the synthetic lists of bench/synthetic-victims.ts, whose truth is known: four lists of
// about 3,000 people each, two in Persian script, linked at pairwise F1 ≥ 0.95; the same records
// give the same persons; a reviewer's decisions override the model.
import { describe, expect, it } from "vitest";
import { recordKey } from "../src/domain/victim.js";
import { readList } from "../src/victims/import-list.js";
import { linkRecords, type LinkInput } from "../src/victims/link.js";
import { listCsv, pairwiseScore, syntheticLists } from "../bench/synthetic-victims.js";

function syntheticInput(people: number, seed: number): { input: LinkInput[]; truth: Map<string, number> } {
  const { lists, truth } = syntheticLists(people, undefined, 0.6, seed);
  const input = lists.flatMap((list) => {
    const read = readList(`${list.name}.csv`, listCsv(list), list.name, {});
    expect(read.rejected).toEqual([]);
    return read.records.map((record) => ({ key: recordKey(record), list: record.list, fields: record }));
  });
  return { input, truth };
}

describe("linkRecords on synthetic lists", () => {
  it("links four lists of about 3,000 people (two in Persian script) at pairwise F1 ≥ 0.95", () => {
    const { input, truth } = syntheticInput(5000, 7);
    const perList = new Map<string, number>();
    for (const { key } of input) perList.set(key.split("/")[0]!, (perList.get(key.split("/")[0]!) ?? 0) + 1);
    for (const count of perList.values()) expect(count).toBeGreaterThan(2800);
    const result = linkRecords(input, []);
    const score = pairwiseScore(result.persons, truth);
    console.log(`synthetic lists: ${input.length} records, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it("gives the same persons whatever order the records come in, and respects decisions", () => {
    const { input } = syntheticInput(400, 3);
    const first = linkRecords(input, []);
    const second = linkRecords([...input].reverse(), []);
    expect([...second.persons.entries()].sort()).toEqual([...first.persons.entries()].sort());
    // Split the largest person by calling its first two records different, and join two persons.
    const members = new Map<string, string[]>();
    for (const [key, person] of first.persons) members.set(person, [...(members.get(person) ?? []), key]);
    const linked = [...members.values()].find((keys) => keys.length >= 2)!;
    const [a, b] = linked.sort();
    const loners = [...members.values()].filter((keys) => keys.length === 1).map((keys) => keys[0]!).sort();
    const decided = linkRecords(input, [
      { recordA: a!, recordB: b!, decision: "not_match" },
      { recordA: loners[0]!, recordB: loners[1]!, decision: "match" },
    ]);
    expect(decided.persons.get(a!)).not.toBe(decided.persons.get(b!));
    expect(decided.persons.get(loners[0]!)).toBe(decided.persons.get(loners[1]!));
  }, 60_000);

  it("links nothing, and fails on nothing, when there are no records or one", () => {
    expect(linkRecords([], []).personCount).toBe(0);
    const one = linkRecords([{ key: "l/1", list: "l", fields: { givenName: "Ali", surname: null, fullName: null, script: "latin", sex: null, age: null, fate: null, date: null, place: null } }], []);
    expect(one.personCount).toBe(1);
    expect(one.reviewPairs).toEqual([]);
  });
});
