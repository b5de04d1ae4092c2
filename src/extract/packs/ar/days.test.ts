import { describe, expect, it } from "vitest";
import { foldArabicScript } from "../../../domain/arabic-script.js";
import { dayGrammar, findDayPhrases, resolveDayPhrase } from "../day-phrases.js";
import { arabicDayWords } from "./days.js";

const grammar = dayGrammar(arabicDayWords, foldArabicScript);
const days = (text: string, published: string | null = "2024-03-13") =>
  findDayPhrases(text, grammar).map((phrase) => [text.slice(phrase.start, phrase.end), resolveDayPhrase(phrase, published)]);

describe("Arabic day phrases", () => {
  it("reads relative days, with or without hamza", () => {
    expect(days("قالت الوزارة أمس إن ٣٥ شخصا قتلوا")).toEqual([["أمس", "2024-03-12"]]);
    expect(days("قالت الوزارة امس")).toEqual([["امس", "2024-03-12"]]);
    expect(days("أول من أمس")).toEqual([["أول من أمس", "2024-03-11"]]);
    expect(days("الأسبوع الماضي")).toEqual([["الأسبوع الماضي", "2024-03-06"]]);
  });

  it("reads weekdays and the week before", () => {
    // 13 March 2024 was a Wednesday.
    expect(days("يوم الثلاثاء")).toEqual([["الثلاثاء", "2024-03-12"]]);
    expect(days("الأربعاء الماضي")).toEqual([["الأربعاء الماضي", "2024-03-06"]]);
    expect(days("الجمعة")).toEqual([["الجمعة", "2024-03-08"]]);
  });

  it("reads Gregorian months by their Egyptian, Levantine and Maghrebi names", () => {
    expect(days("حتى 11 مارس 2024")).toEqual([["11 مارس 2024", "2024-03-11"]]);
    expect(days("حتى ١١ آذار ٢٠٢٤")).toEqual([["١١ آذار ٢٠٢٤", "2024-03-11"]]);
    expect(days("في 3 تشرين الثاني 2023")).toEqual([["3 تشرين الثاني 2023", "2023-11-03"]]);
    expect(days("في 5 جوان", "2024-03-13")).toEqual([["5 جوان", "2023-06-05"]]);
  });

  it("reads Hijri dates", () => {
    expect(days("في 1 رمضان 1445 هـ")).toEqual([["1 رمضان 1445", "2024-03-11"]]);
    expect(days("في 10 ذي الحجة 1445")).toEqual([["10 ذي الحجة 1445", "2024-06-16"]]);
  });

  it("reads numeric dates day first", () => {
    expect(days("بتاريخ 11/3/2024")).toEqual([["11/3/2024", "2024-03-11"]]);
  });

  it("does not take a month name without its day: صفر is also zero", () => {
    expect(days("من الصفر")).toEqual([]);
  });

  it("reads ordinal days before a month, and a month's end", () => {
    expect(days("صباح السبت التاسع من سبتمبر", "2023-09-11")).toEqual([["السبت", "2023-09-09"], ["التاسع من سبتمبر", "2023-09-09"]]);
    expect(days("منذ الحادي والعشرين من أكتوبر 2023")).toEqual([["الحادي والعشرين من أكتوبر 2023", "2023-10-21"]]);
    expect(days("حتى نهاية أكتوبر", "2024-11-05")).toEqual([["نهاية أكتوبر", "2024-10-31"]]);
    expect(days("حتى نهاية شباط")).toEqual([["نهاية شباط", "2024-02-29"]]);
  });
});
