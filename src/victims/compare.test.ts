import { describe, expect, it } from "vitest";
import { compareRecords, FIELDS, nameLevel, vectorCode, vectorOfCode } from "./compare.js";
import { victimKeys } from "./victim-keys.js";
import type { VictimFields } from "../domain/victim.js";

const fields = (given: string | null, surname: string | null, more: Partial<VictimFields> = {}): VictimFields => ({
  givenName: given,
  surname,
  fullName: null,
  script: "latin",
  sex: "male",
  age: 30,
  fate: "killed",
  date: "2026-01-10",
  place: "Zahedan",
  ...more,
});

const levels = (a: VictimFields, b: VictimFields) => Object.fromEntries(compareRecords(victimKeys(a), victimKeys(b)).map((level, i) => [FIELDS[i], level]));

describe("compareRecords", () => {
  it("agrees across scripts, a swapped order and a missing surname", () => {
    expect(levels(fields("Erfan", "Rezaei"), fields("عرفان", "رضایی", { script: "persian" }))).toMatchObject({ given: 3, surname: 3 });
    expect(levels(fields("Rezaei", "Erfan"), fields("Erfan", "Rezaei"))).toMatchObject({ given: 3, surname: 3 });
    expect(levels(fields("Erfan", null), fields("Erfan", "Rezaei"))).toMatchObject({ given: 3, surname: -1 });
    expect(levels(fields(null, null, { fullName: "Seyed Mohammad Reza Hosseini" }), fields("Mohammadreza", "Hosseini"))).toMatchObject({ given: 3, surname: 3 });
  });

  it("grades a typo, ages, days and places by how far apart they are", () => {
    expect(levels(fields("Farhad", "Karimi", { age: 31, date: "2026-01-11", place: "Sistan and Baluchestan" }), fields("Fahrad", "Karimi"))).toEqual({
      given: 2,
      surname: 3,
      sex: 1,
      age: 2,
      date: 2,
      place: 1,
      fate: 1,
    });
    expect(levels(fields("Ali", "Karimi", { age: null, place: "Tehran", fate: "executed" }), fields("Ali", "Karimi"))).toMatchObject({ age: -1, place: 0, fate: 0 });
  });

  it("keeps a vector in one number and back", () => {
    const vector = [3, -1, 1, 0, 2, 1, 0];
    expect(vectorOfCode(vectorCode(vector))).toEqual(vector);
  });

  it("rates a changed last vowel or one edit below an exact key", () => {
    expect(nameLevel("MSTFA", "MSTFI")).toBe(2);
    expect(nameLevel("FRHD", "FGRHD")).toBe(2);
    expect(nameLevel("MHMD", "ZHRA")).toBe(0);
  });
});
