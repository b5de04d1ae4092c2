import { describe, expect, it } from "vitest";
import { findBoundedFigures } from "./bounds.js";
import { languagePack } from "./index.js";

/** Each figure of the text as [written, qualifier, min, max]. */
function bounds(language: string, text: string) {
  const pack = languagePack(language)!;
  return findBoundedFigures(text, pack.numbers, pack.hedges).map((f) => [text.slice(f.start, f.end), f.qualifier, f.min, f.max]);
}

describe("Persian bounds and hedges", () => {
  it("reads the hedge before a figure, with or without the zero-width non-joiner", () => {
    expect(bounds("fa", "دست‌کم ۲۴۰۳ نفر کشته شدند")).toEqual([["دست‌کم ۲۴۰۳", "at_least", 2403, null]]);
    expect(bounds("fa", "دستکم ۳۰ نفر")).toEqual([["دستکم ۳۰", "at_least", 30, null]]);
    expect(bounds("fa", "بیش از هجده هزار نفر بازداشت شده‌اند")).toEqual([["بیش از هجده هزار", "more_than", 18_000, null]]);
    expect(bounds("fa", "حدود سه هزار نفر")).toEqual([["حدود سه هزار", "approx", 3000, 3000]]);
    expect(bounds("fa", "کمتر از ۵۰ نفر")).toEqual([["کمتر از ۵۰", "up_to", null, 50]]);
  });

  it("reads ranges, with the scale of the larger figure", () => {
    expect(bounds("fa", "بین ۱۰ تا ۱۲ هزار نفر")).toEqual([["بین ۱۰ تا ۱۲ هزار", "range", 10_000, 12_000]]);
    expect(bounds("fa", "۳۰ تا ۴۰ نفر")).toEqual([["۳۰ تا ۴۰", "range", 30, 40]]);
  });

  it("keeps exact and vague figures as they are", () => {
    expect(bounds("fa", "۴۵ نفر و هزاران زخمی")).toEqual([["۴۵", "exact", 45, 45], ["هزاران", "vague", 2000, null]]);
  });
});

describe("Arabic bounds and hedges", () => {
  it("reads hedges before and after a figure", () => {
    expect(bounds("ar", "مقتل أكثر من ألفين شخص")).toEqual([["أكثر من ألفين", "more_than", 2000, null]]);
    expect(bounds("ar", "مقتل اكثر من 300 شخص")).toEqual([["اكثر من 300", "more_than", 300, null]]);
    expect(bounds("ar", "قتل ٣٥ شخصا على الأقل")).toEqual([["٣٥", "exact", 35, 35]]);
    expect(bounds("ar", "قتل ٣٥ على الأقل")).toEqual([["٣٥ على الأقل", "at_least", 35, null]]);
    expect(bounds("ar", "ما لا يقل عن ثلاثة آلاف")).toEqual([["ما لا يقل عن ثلاثة آلاف", "at_least", 3000, null]]);
    expect(bounds("ar", "نحو ٥٠٠ نازح")).toEqual([["نحو ٥٠٠", "approx", 500, 500]]);
  });

  it("reads ranges but not a count rising from one figure to another", () => {
    expect(bounds("ar", "بين 10 و12 ألفا")).toEqual([["بين 10 و12 ألفا", "range", 10_000, 12_000]]);
    expect(bounds("ar", "ارتفع العدد من 30 إلى 50")).toEqual([["30", "exact", 30, 30], ["50", "exact", 50, 50]]);
  });
});

describe("Turkish bounds and hedges", () => {
  it("reads hedges before and after a figure", () => {
    expect(bounds("tr", "en az 41 kişi öldü")).toEqual([["en az 41", "at_least", 41, null]]);
    expect(bounds("tr", "yaklaşık 3 bin kişi")).toEqual([["yaklaşık 3 bin", "approx", 3000, 3000]]);
    expect(bounds("tr", "200 civarında yaralı")).toEqual([["200 civarında", "approx", 200, 200]]);
  });

  it("reads a case ending and the word after it", () => {
    expect(bounds("tr", "1.000'den fazla kişi")).toEqual([["1.000'den fazla", "more_than", 1000, null]]);
    expect(bounds("tr", "binden fazla kişi")).toEqual([["binden fazla", "more_than", 1000, null]]);
    expect(bounds("tr", "500'ü aşkın yaralı")).toEqual([["500'ü aşkın", "more_than", 500, null]]);
    expect(bounds("tr", "500'e kadar kişi")).toEqual([["500'e kadar", "up_to", null, 500]]);
  });

  it("reads ranges", () => {
    expect(bounds("tr", "10 ile 12 bin arasında kişi")).toEqual([["10 ile 12 bin arasında", "range", 10_000, 12_000]]);
  });
});
