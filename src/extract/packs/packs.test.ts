// Every pack read end to end on a sentence of its own: the folding, numbers, days and sentences agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBoundedFigures } from "./bounds.js";
import { findDayPhrases, resolveDayPhrase } from "./day-phrases.js";
import { canExtract, languagePack } from "./index.js";
import { findNumbers } from "./number-grammar.js";
import { claimantResolver } from "../../domain/claimants.js";
import { CLAIMANT_GAZETTEER } from "../lexicon/claimants.js";
import { arabicClaimWords } from "./ar/claims.js";
import { persianClaimWords } from "./fa/claims.js";
import { turkishClaimWords } from "./tr/claims.js";

function read(language: string, text: string, published: string) {
  const pack = languagePack(language)!;
  const sentences = pack.splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
  const numbers = findNumbers(text, pack.numbers).map((n) => n.value);
  const days = findDayPhrases(text, pack.days).map((d) => resolveDayPhrase(d, published));
  return { sentences, numbers, days };
}

describe("language packs", () => {
  it("Persian", () => {
    expect(read("fa", "هرانا روز سه‌شنبه ۲۳ دی ۱۴۰۴ اعلام کرد دست‌کم دو هزار و چهارصد و سه نفر کشته شده‌اند. آمار بازداشت‌ها از ۱۸ هزار گذشت.", "2026-01-14")).toEqual({
      sentences: ["هرانا روز سه‌شنبه ۲۳ دی ۱۴۰۴ اعلام کرد دست‌کم دو هزار و چهارصد و سه نفر کشته شده‌اند.", "آمار بازداشت‌ها از ۱۸ هزار گذشت."],
      numbers: [23, 1404, 2403, 18_000],
      days: ["2026-01-13", "2026-01-13"],
    });
  });

  it("Arabic", () => {
    expect(read("ar", "أعلنت وزارة الصحة أمس ارتفاع عدد القتلى إلى ثلاثة آلاف وستمائة. وأصيب أكثر من ألفين آخرين؟", "2024-03-13")).toEqual({
      sentences: ["أعلنت وزارة الصحة أمس ارتفاع عدد القتلى إلى ثلاثة آلاف وستمائة.", "وأصيب أكثر من ألفين آخرين؟"],
      numbers: [3600, 2000],
      days: ["2024-03-12"],
    });
  });

  it("Turkish", () => {
    expect(read("tr", "AFAD Salı günü yaptığı açıklamada can kaybının 2 bin 615'e yükseldiğini bildirdi. Yaralı sayısı on binlerce.", "2023-02-08")).toEqual({
      sentences: ["AFAD Salı günü yaptığı açıklamada can kaybının 2 bin 615'e yükseldiğini bildirdi.", "Yaralı sayısı on binlerce."],
      numbers: [2615, 20_000],
      days: ["2023-02-07"],
    });
  });

  it("each reads claims, and a language without a pack does not", () => {
    expect(["fa", "ar", "tr", "en"].map(canExtract)).toEqual([true, true, true, true]);
    expect(canExtract("fr")).toBe(false);
    expect(languagePack("en")).toBeNull();
  });
});

describe("language packs, whatever the input", () => {
  it("find numbers and days only inside the text, never throwing", () => {
    const words = fc.constantFrom("سه", "هزار", "و", "ششصد", "ثلاثة", "آلاف", "ألفين", "وعشرون", "üç", "bin", "yüz", "'den", "۲/۵", "1.000", "٣٬٥٠٠", "دی", "۲۳", "1404/10/23", "Salı", "أمس", " ", "\u200c", "،", ".", "بین", "تا", "دست‌کم", "على الأقل", "ile", "arasında", "fazla", "بين");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }).map((parts) => parts.join(" ")), (text) => {
        for (const language of ["fa", "ar", "tr"]) {
          const pack = languagePack(language)!;
          for (const found of [...findNumbers(text, pack.numbers), ...findDayPhrases(text, pack.days), ...findBoundedFigures(text, pack.numbers, pack.hedges)]) {
            expect(found.start).toBeGreaterThanOrEqual(0);
            expect(found.end).toBeLessThanOrEqual(text.length);
            expect(found.end).toBeGreaterThan(found.start);
          }
        }
      }),
    );
  });
});

describe("language packs on long text finish (a time-out here means super-linear matching)", () => {
  // Some 200,000 to 500,000 characters each: linear matching takes a second or two, quadratic matching minutes.
  const long: Array<[string, string]> = [
    ["fa", "۲۳ دی ۱۴۰۴ سه هزار و ششصد و ۱۴۰۴/۱۰/۲۳ و ده‌ها ".repeat(10_000)],
    ["ar", "ثلاثة آلاف وخمسة وعشرون أمس 1 رمضان 1445 و ".repeat(10_000)],
    ["tr", "2 bin 615'e dün geçen salı 06.02.2023 binlercesi ".repeat(10_000)],
    ["fa", `${"۱٬".repeat(100_000)}۱ نفر`],
    ["tr", `${"bir ".repeat(50_000)}kişi`],
  ];
  for (const [language, text] of long) {
    it(`completes on ${text.length} characters of ${language}`, () => {
      const pack = languagePack(language)!;
      const started = Date.now();
      findNumbers(text, pack.numbers);
      findDayPhrases(text, pack.days);
      findBoundedFigures(text, pack.numbers, pack.hedges);
      pack.splitSentences(text, { start: 0, end: text.length });
      expect(Date.now() - started).toBeLessThan(20_000);
    });
  }
});

describe("pack claimants", () => {
  it("are named as the gazetteer names them, or by a name the one claimant resolver does not know", () => {
    const resolver = claimantResolver(CLAIMANT_GAZETTEER);
    const exact = new Set(resolver.aliases.map(([alias]) => alias.toLowerCase()));
    for (const entry of [persianClaimWords, arabicClaimWords, turkishClaimWords].flatMap((words) => words.claimants)) {
      if (!exact.has(entry.name.toLowerCase())) expect(resolver.resolve(entry.name), entry.name).toBeNull();
    }
  });
});
