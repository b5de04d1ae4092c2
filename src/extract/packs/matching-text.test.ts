import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldArabicScript } from "../../domain/arabic-script.js";
import { matchingText, originalSpan } from "./matching-text.js";
import { foldTurkish } from "./tr/case-fold.js";

/** Where `word` (written as the folded copy has it) stands in the original text. */
function findInOriginal(text: string, word: string, fold = foldArabicScript): string | null {
  const matching = matchingText(text, fold);
  const at = matching.text.indexOf(word);
  if (at < 0) return null;
  const span = originalSpan(matching, at, at + word.length);
  return text.slice(span.start, span.end);
}

describe("matching text for Persian and Arabic", () => {
  it("matches a Persian word with or without the zero-width non-joiner", () => {
    const withJoiner = matchingText("دست‌کم ۳۰ نفر", foldArabicScript).text;
    const without = matchingText("دستکم ۳۰ نفر", foldArabicScript).text;
    expect(withJoiner).toBe(without);
    expect(withJoiner).toBe("دستکم 30 نفر");
  });

  it("unifies Arabic and Persian yeh and kaf", () => {
    expect(matchingText("كشته شدند في", foldArabicScript).text).toBe(matchingText("کشته شدند فی", foldArabicScript).text);
    expect(matchingText("على", foldArabicScript).text).toBe(matchingText("علي", foldArabicScript).text);
  });

  it("drops tatweel and vowel marks, and reads hamza seats and teh marbuta as plain letters", () => {
    expect(matchingText("قتـــلى", foldArabicScript).text).toBe(matchingText("قتلى", foldArabicScript).text);
    expect(matchingText("أَكْثَرُ مِنْ", foldArabicScript).text).toBe(matchingText("اكثر من", foldArabicScript).text);
    expect(matchingText("ثلاثة", foldArabicScript).text).toBe(matchingText("ثلاثه", foldArabicScript).text);
  });

  it("maps a match back to the text as read, marks of its last letter included", () => {
    expect(findInOriginal("قال المرصد إنَّ عددَ القتلى بلغ", "عدد")).toBe("عددَ");
    expect(findInOriginal("به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر", "دستکم")).toBe("دست‌کم");
    expect(findInOriginal("به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر", "2,403")).toBe("۲٬۴۰۳");
    expect(findInOriginal("\u200fمقتل ١٢ شخصاً\u200f", "12 شخصا")).toBe("١٢ شخصاً");
  });

  it("keeps characters outside the Arabic script, lower-casing Latin", () => {
    expect(matchingText("HRANA گزارش داد", foldArabicScript).text).toBe("hrana گزارش داد");
    expect(matchingText("😀 ۵", foldArabicScript).text).toBe("😀 5");
  });
});

describe("matching text for Turkish", () => {
  it("lower-cases I to ı and İ to i", () => {
    expect(matchingText("YARALI İKİ KİŞİ", foldTurkish).text).toBe("yaralı iki kişi");
    expect(matchingText("Iğdır'da", foldTurkish).text).toBe("ığdır'da");
  });

  it("drops the dot a default lower-casing left and keeps offsets mappable", () => {
    const text = "İstanbul'da i\u0307ki kişi öldü";
    expect(findInOriginal(text, "iki", foldTurkish)).toBe("i\u0307ki");
    expect(findInOriginal("ÖLÜ sayısı", "ölü", foldTurkish)).toBe("ÖLÜ");
  });
});

describe("matching text, whatever the input", () => {
  const pieces = fc.constantFrom("ی", "ي", "ك", "ک", "\u200c", "\u0640", "\u064e", "۲", "٣", "٬", "İ", "I", "i\u0307", "😀", " ", "a", "،", ".");
  const texts = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join("")));

  it("maps every folded unit to the unit of the original it was folded from, in order", () => {
    for (const fold of [foldArabicScript, foldTurkish]) {
      fc.assert(
        fc.property(texts, (text) => {
          const matching = matchingText(text, fold);
          expect(matching.origins.length).toBe(matching.text.length);
          for (let i = 0; i < matching.text.length; i++) {
            expect(matching.text[i]).toBe(fold(text[matching.origins[i]!]!));
            if (i > 0) expect(matching.origins[i]!).toBeGreaterThan(matching.origins[i - 1]!);
          }
          const span = originalSpan(matching, 0, matching.text.length);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
        }),
      );
    }
  });
});
