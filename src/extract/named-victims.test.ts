import { describe, expect, it } from "vitest";
import { namedVictimsOf } from "./named-victims.js";

const PUBLISHED = "2026-02-10";
const brief = (text: string) => namedVictimsOf(text, PUBLISHED).map(({ name, age, fate, date, place }) => ({ name, age, fate, date, place }));

describe("namedVictimsOf", () => {
  it("reads a name, an age in commas, the fate and its day", () => {
    expect(brief("Corvin Aldane, 26, was executed on 3 February in Varlow prison.")).toEqual([
      { name: "Corvin Aldane", age: 26, fate: "executed", date: "2026-02-03", place: "Varlow", },
    ]);
  });

  it("reads the dead an opener lists, with the age of an appositive", () => {
    expect(brief("Among the dead was Liesel Marbrand, a 19-year-old student, the group said.")).toEqual([
      { name: "Liesel Marbrand", age: 19, fate: "killed", date: null, place: null },
    ]);
  });

  it("keeps every name of a list joined by 'and', each with the fate", () => {
    const names = brief("Tomas Revik and Anselm Qoro were sentenced to death on Monday.");
    expect(names.map((v) => [v.name, v.fate, v.date])).toEqual([
      ["Tomas Revik", "sentenced_to_death", "2026-02-09"],
      ["Anselm Qoro", "sentenced_to_death", "2026-02-09"],
    ]);
  });

  it("skips a title, reads an adverb between auxiliary and participle, and an age in brackets", () => {
    expect(brief("Mr Halvard Sinn (41) was reportedly hanged.")).toEqual([{ name: "Halvard Sinn", age: 41, fate: "executed", date: null, place: null }]);
  });

  it("takes a single word as a name only with an age beside it", () => {
    expect(brief("Orrin, 17, was shot dead by security forces.").map((v) => [v.name, v.age, v.fate])).toEqual([["Orrin", 17, "killed"]]);
    expect(brief("Orrin was shot dead by security forces.")).toEqual([]);
  });

  it("takes no office, organisation, force or place as a person", () => {
    expect(brief("Mr President was killed, the agency said.")).toEqual([]);
    expect(brief("Amnesty International was detained at the border.")).toEqual([]);
    expect(brief("Security Forces were killed in the clashes.")).toEqual([]);
    expect(brief("South Sudan was hit; Iran executed Belo Marr.").map((v) => v.name)).toEqual(["Belo Marr"]);
    expect(brief("Human Rights Watch said 12 people were killed.")).toEqual([]);
  });

  it("reads no fate for the subject of an active verb: the name there is the one acting", () => {
    expect(brief("Judge Pell Varo sentenced the men to death.")).toEqual([]);
    expect(brief("Colonel Aster Grane killed 12 people, witnesses said.")).toEqual([]);
  });

  it("reads the named object of an active fate verb, not a name that owns something", () => {
    expect(brief("Security forces shot dead Nadim Oresk and Pavla Tine in Harrow on Tuesday.").map((v) => [v.name, v.fate, v.date, v.place])).toEqual([
      ["Nadim Oresk", "killed", "2026-02-10", "Harrow"],
      ["Pavla Tine", "killed", "2026-02-10", "Harrow"],
    ]);
    expect(brief("Guards killed Nadim Oresk's brother.")).toEqual([]);
    expect(brief("Ten people were killed Tuesday.")).toEqual([]);
  });

  it("keeps the sentence as written and where it starts", () => {
    const text = "Protests spread.\nDarius Venn went missing on 2 February.";
    const [victim] = namedVictimsOf(text, PUBLISHED);
    expect(victim).toMatchObject({ name: "Darius Venn", fate: "missing", date: "2026-02-02", sentence: "Darius Venn went missing on 2 February.", offset: 17 });
  });
});
