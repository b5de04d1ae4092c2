// Linkage errors move the estimate (a missed link makes two people of one, a wrong one one of two):
// on the synthetic lists of bench/synthetic-victims.ts, the estimate from the lists as the linker
// groups them must land within 5 % of the estimate from the generator's true grouping, under the
// same model. Both go through the registry's own path (estimateRegistry), as `tally estimate` does.
import { describe, expect, it } from "vitest";
import { recordKey, type StoredVictimRecord } from "../src/domain/victim.js";
import { estimateRegistry } from "../src/estimate/registry-estimate.js";
import { fitLogLinear } from "../src/estimate/loglinear-model.js";
import { interactionNames } from "../src/estimate/model-space.js";
import { readList } from "../src/victims/import-list.js";
import { linkRecords } from "../src/victims/link.js";
import { listCsv, pairwiseScore, syntheticLists } from "../bench/synthetic-victims.js";

const PEOPLE = 1500;
/** A seed whose lists the linker finds harder than most (F1 0.97 before blocking met typos inside a part). */
const SEED = 5;

/** The lists' records as the store would hold them, each in the person `personOf` gives it. */
function storedRecords(people: number, seed: number) {
  const { lists, truth } = syntheticLists(people, undefined, 0.6, seed);
  const records = lists.flatMap((list) => readList(`${list.name}.csv`, listCsv(list), list.name, {}).records);
  const linked = linkRecords(records.map((record) => ({ key: recordKey(record), list: record.list, fields: record })), []);
  const inPersons = (personOf: (key: string) => string): StoredVictimRecord[] =>
    records.map((record, i) => ({ ...record, id: i + 1, eventId: 1, personId: personOf(recordKey(record)) }));
  return {
    linked: inPersons((key) => linked.persons.get(key)!),
    truth: inPersons((key) => `true-${truth.get(key)}`),
    score: pairwiseScore(linked.persons, truth),
  };
}

function logLinear(records: StoredVictimRecord[]) {
  const result = estimateRegistry(records, { eventId: 1 });
  if (result.kind !== "estimated" || result.estimate.method !== "log-linear") throw new Error(`no log-linear estimate: ${JSON.stringify(result)}`);
  return { table: result.table, selected: result.estimate.loglinear.selected! };
}

describe("the estimate from linked synthetic lists", () => {
  it("lands within 5 per cent of the estimate from the true overlaps, under the same model", () => {
    const { linked, truth, score } = storedRecords(PEOPLE, SEED);
    const fromTruth = logLinear(truth);
    const fromLinks = logLinear(linked);
    // The model the true overlaps select, fitted to the linked lists' table: only linkage differs.
    const sameModel = fitLogLinear(fromLinks.table, fromTruth.selected.terms, { profile: false });
    const gap = sameModel.N! / fromTruth.selected.N! - 1;
    const selectedGap = fromLinks.selected.N! / fromTruth.selected.N! - 1;
    const model = interactionNames(fromTruth.selected.terms, fromTruth.table.lists).join(" + ") || "independence";
    console.log(
      `seed ${SEED}: F1 ${score.f1.toFixed(3)}; true overlaps ${fromTruth.selected.N!.toFixed(0)} (${model}), linked ${sameModel.N!.toFixed(0)} (${(100 * gap).toFixed(1)} %), ` +
        `linked with its own BIC-best ${fromLinks.selected.N!.toFixed(0)} (${(100 * selectedGap).toFixed(1)} %)`,
    );
    expect(Math.abs(gap)).toBeLessThan(0.05);
    expect(Math.abs(selectedGap)).toBeLessThan(0.05);
    // The true overlaps' estimate itself is sound: the population lies in its interval.
    const profile = fromTruth.selected.profile!;
    expect(profile.lower).toBeLessThanOrEqual(PEOPLE);
    expect(profile.upper ?? Infinity).toBeGreaterThanOrEqual(PEOPLE);
  }, 60_000);
});
