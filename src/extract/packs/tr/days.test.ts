import { describe, expect, it } from "vitest";
import { dayGrammar, findDayPhrases, resolveDayPhrase } from "../day-phrases.js";
import { foldTurkish } from "./case-fold.js";
import { turkishDayWords } from "./days.js";

const grammar = dayGrammar(turkishDayWords, foldTurkish);
const days = (text: string, published: string | null = "2023-02-08") =>
  findDayPhrases(text, grammar).map((phrase) => [text.slice(phrase.start, phrase.end), resolveDayPhrase(phrase, published)]);

describe("Turkish day phrases", () => {
  it("reads relative days", () => {
    expect(days("AFAD dün açıkladı")).toEqual([["dün", "2023-02-07"]]);
    expect(days("Dün gece yeni bir artçı sarsıntı oldu")).toEqual([["Dün gece", "2023-02-07"]]);
    expect(days("geçen hafta")).toEqual([["geçen hafta", "2023-02-01"]]);
  });

  it("reads weekdays, in capitals too, and the week before", () => {
    // 8 February 2023 was a Wednesday.
    expect(days("Salı günü yapılan açıklamada")).toEqual([["Salı", "2023-02-07"]]);
    expect(days("PAZARTESİ")).toEqual([["PAZARTESİ", "2023-02-06"]]);
    expect(days("geçen çarşamba")).toEqual([["geçen çarşamba", "2023-02-01"]]);
  });

  it("reads dates with and without a year, and numeric dates", () => {
    expect(days("6 Şubat 2023'te")).toEqual([["6 Şubat 2023", "2023-02-06"]]);
    expect(days("6 Şubat'ta")).toEqual([["6 Şubat", "2023-02-06"]]);
    expect(days("20 Aralık", "2023-02-08")).toEqual([["20 Aralık", "2022-12-20"]]);
    expect(days("06.02.2023 tarihinde")).toEqual([["06.02.2023", "2023-02-06"]]);
  });

  it("reads a month's end without its day", () => {
    expect(days("ekim sonu itibarıyla", "2024-11-05")).toEqual([["ekim sonu", "2024-10-31"]]);
  });
});
