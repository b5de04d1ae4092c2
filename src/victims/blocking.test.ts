import { describe, expect, it } from "vitest";
import type { VictimFields } from "../domain/victim.js";
import { candidatePairs } from "./blocking.js";
import { victimKeys } from "./victim-keys.js";

const fields = (given: string | null, surname: string | null, more: Partial<VictimFields> = {}): VictimFields => ({
  givenName: given, surname, fullName: null, script: "latin", sex: null, age: null, fate: null, date: null, place: null, ...more,
});
const paired = (a: VictimFields, b: VictimFields) => candidatePairs([victimKeys(a), victimKeys(b)]).length === 1;

describe("candidatePairs", () => {
  it("meets a typo inside a part, wherever it falls, through the other part and the part's ends or the day", () => {
    // one sound dropped inside the surname: first and last sounds stay
    expect(paired(fields("سینا", "شریفی"), fields("سینا", "شیفی"))).toBe(true);
    // one dropped at the end of a short part: the other part and the day
    expect(paired(fields("Jafar", "Amini", { date: "2026-01-24" }), fields("Jafar", "Amii", { date: "2026-01-24" }))).toBe(true);
    expect(paired(fields("Jafar", "Amini", { date: "2026-01-24" }), fields("Jafar", "Amii", { date: "2026-02-24" }))).toBe(false);
  });

  it("meets a record without a surname a day or a year off its match", () => {
    const lone = fields("Farzad", null, { date: "2026-01-10", age: 36 });
    expect(paired(lone, fields("Farzad", "Valipour", { date: "2026-01-11", age: 35 }))).toBe(true);
    expect(paired(lone, fields("Farzad", "Valipour", { date: "2026-01-14", age: 30 }))).toBe(false);
  });

  it("never splits a full name inside a word joined by a zero-width non-joiner", () => {
    const compound = { ...fields(null, null), fullName: "محمد\u200cجواد", date: "2026-01-10" };
    expect(victimKeys(compound).names.map((name) => [name.given, name.surname])).toEqual([["MHMDJD", ""]]);
    expect(paired(compound, fields("Mohammad-Javad", "Bahrami", { date: "2026-01-11" }))).toBe(true);
  });
});
