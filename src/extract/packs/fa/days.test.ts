import { describe, expect, it } from "vitest";
import { foldArabicScript } from "../../../domain/arabic-script.js";
import { dayGrammar, findDayPhrases, resolveDayPhrase } from "../day-phrases.js";
import { persianDayWords } from "./days.js";

const grammar = dayGrammar(persianDayWords, foldArabicScript);
/** Each day phrase of the text as written, with the day it names for a report published on `published`. */
const days = (text: string, published: string | null = "2026-01-14") =>
  findDayPhrases(text, grammar).map((phrase) => [text.slice(phrase.start, phrase.end), resolveDayPhrase(phrase, published)]);

describe("Persian day phrases", () => {
  it("reads relative days back from the publication day", () => {
    expect(days("این گروه دیروز اعلام کرد که ۳۰ نفر کشته شده‌اند")).toEqual([["دیروز", "2026-01-13"]]);
    expect(days("شب گذشته درگیری‌ها ادامه یافت")).toEqual([["شب گذشته", "2026-01-13"]]);
    expect(days("پریروز")).toEqual([["پریروز", "2026-01-12"]]);
  });

  it("reads weekdays written with the zero-width non-joiner, a space or neither", () => {
    // 14 January 2026 was a Wednesday.
    expect(days("روز سه‌شنبه")).toEqual([["سه‌شنبه", "2026-01-13"]]);
    expect(days("روز سه شنبه")).toEqual([["سه شنبه", "2026-01-13"]]);
    expect(days("روز سهشنبه")).toEqual([["سهشنبه", "2026-01-13"]]);
    expect(days("شنبه")).toEqual([["شنبه", "2026-01-10"]]);
    expect(days("چهارشنبه گذشته")).toEqual([["چهارشنبه گذشته", "2026-01-07"]]);
    expect(days("چهارشنبه")).toEqual([["چهارشنبه", "2026-01-14"]]);
  });

  it("reads Solar Hijri dates with and without a year, in Persian or Latin digits", () => {
    expect(days("تا ۲۳ دی ۱۴۰۴")).toEqual([["۲۳ دی ۱۴۰۴", "2026-01-13"]]);
    expect(days("از ۸ دی ماه ۱۴۰۴")).toEqual([["۸ دی ماه ۱۴۰۴", "2025-12-29"]]);
    expect(days("تا ۲۳ دی", "2026-01-14")).toEqual([["۲۳ دی", "2026-01-13"]]);
    // 25 Esfand without a year, in a report of 20 January 2026, is the previous Esfand.
    expect(days("در ۲۵ اسفند", "2026-01-20")).toEqual([["۲۵ اسفند", "2025-03-15"]]);
  });

  it("reads numeric Solar Hijri dates", () => {
    expect(days("گزارش مورخ ۱۴۰۴/۱۰/۲۳")).toEqual([["۱۴۰۴/۱۰/۲۳", "2026-01-13"]]);
    expect(days("1404/10/23")).toEqual([["1404/10/23", "2026-01-13"]]);
    expect(days("2026/01/13")).toEqual([["2026/01/13", "2026-01-13"]]);
  });

  it("reads Gregorian dates written in Persian", () => {
    expect(days("در ۱۳ ژانویه ۲۰۲۶")).toEqual([["۱۳ ژانویه ۲۰۲۶", "2026-01-13"]]);
  });

  it("does not take a month name without its day: تیر is also a shot", () => {
    expect(days("با تیر جنگی کشته شد")).toEqual([]);
    expect(days("مهر تأیید")).toEqual([]);
  });

  it("refuses a day that does not exist", () => {
    expect(days("۳۱ مهر ۱۴۰۴")).toEqual([["۳۱ مهر ۱۴۰۴", null]]);
  });

  it("reads ordinal days before a month, and a Solar Hijri month's end without its day", () => {
    expect(days("هفتم مهر ۱۴۰۴")).toEqual([["هفتم مهر ۱۴۰۴", "2025-09-29"]]);
    expect(days("تا پایان شهریور ماه", "2025-10-08")).toEqual([["پایان شهریور", "2025-09-22"]]);
    expect(days("تا پایان اسفند", "2025-10-08")).toEqual([["پایان اسفند", "2025-03-20"]]);
  });
});
