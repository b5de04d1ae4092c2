import { describe, expect, it } from "vitest";
import { findNumbers } from "../number-grammar.js";
import { numberGrammar } from "../number-words.js";
import { foldTurkish } from "./case-fold.js";
import { turkishNumberWords } from "./numbers.js";

const grammar = numberGrammar(turkishNumberWords, foldTurkish);
const figures = (text: string) => findNumbers(text, grammar).map((n) => (n.vague ? `~${n.value}` : n.value));
const written = (text: string) => findNumbers(text, grammar).map((n) => text.slice(n.start, n.end));

describe("Turkish figures", () => {
  it("reads number words without connectors", () => {
    expect(figures("üç bin altı yüz kişi")).toEqual([3600]);
    expect(figures("iki yüz elli yaralı")).toEqual([250]);
    expect(figures("on iki asker")).toEqual([12]);
    expect(figures("yüz bin kişi")).toEqual([100_000]);
    expect(figures("bin kişi")).toEqual([1000]);
    expect(figures("ÜÇ BİN kişi")).toEqual([3000]);
  });

  it("reads digits mixed with words, Turkish separators and halves", () => {
    expect(figures("2 bin 615 kişi hayatını kaybetti")).toEqual([2615]);
    expect(figures("2.615 kişi")).toEqual([2615]);
    expect(figures("1,5 milyon kişi")).toEqual([1_500_000]);
    expect(figures("bir buçuk milyon kişi")).toEqual([1_500_000]);
    expect(figures("2 milyon 300 bin")).toEqual([2_300_000]);
  });

  it("reads digits after a scale word as its smaller part", () => {
    expect(figures("toplam 58 bin 207 kişi")).toEqual([58_207]);
    expect(figures("3 milyon 450 bin göçmen")).toEqual([3_450_000]);
  });

  it("reads case endings on the last word and says which", () => {
    const [more] = findNumbers("binden fazla kişi", grammar);
    expect(more).toMatchObject({ value: 1000, suffix: "den" });
    const [digits] = findNumbers("1.000'den fazla kişi", grammar);
    expect(digits).toMatchObject({ value: 1000, suffix: "den" });
    expect(written("ölü sayısı 2 bin 615'e yükseldi")).toEqual(["2 bin 615'e"]);
    expect(figures("yaralı sayısı 10 bini aştı")).toEqual([10_000]);
    expect(figures("5 bin 500'den fazla")).toEqual([5500]);
  });

  it("does not read a slash as a decimal point", () => {
    expect(figures("2/5 milyon")).not.toContain(2_500_000);
  });

  it("does not read pronouns and per cent as figures", () => {
    expect(figures("onu gördük, ona söyledik")).toEqual([]);
    expect(figures("yüzde 40")).toEqual([40]);
  });

  it("reads vague quantities", () => {
    expect(figures("yüzlerce kişi gözaltına alındı")).toEqual(["~200"]);
    expect(figures("binlerce kişi")).toEqual(["~2000"]);
    expect(figures("on binlerce kişi")).toEqual(["~20000"]);
    expect(figures("onlarca yaralı")).toEqual(["~24"]);
    expect(figures("birkaç yüz kişi")).toEqual(["~200"]);
    expect(findNumbers("binlercesi evsiz kaldı", grammar)[0]).toMatchObject({ value: 2000, vague: true, suffix: "si" });
  });

  it("says when a figure is the word bir alone", () => {
    expect(findNumbers("bir çocuk", grammar)[0]!.ambiguous).toBe(true);
  });
});
