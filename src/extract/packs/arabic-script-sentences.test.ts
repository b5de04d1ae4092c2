import { describe, expect, it } from "vitest";
import { splitArabicScriptSentences } from "./arabic-script-sentences.js";

const sentences = (text: string) => splitArabicScriptSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe("sentences of Persian and Arabic text", () => {
  it("ends sentences at a full stop and at the Arabic question mark", () => {
    expect(sentences("هرانا شمار کشته‌شدگان را ۲۴۰۳ نفر اعلام کرد. این رقم هنوز نهایی نیست؟ منابع دیگر رقم بالاتری دارند."))
      .toEqual(["هرانا شمار کشته‌شدگان را ۲۴۰۳ نفر اعلام کرد.", "این رقم هنوز نهایی نیست؟", "منابع دیگر رقم بالاتری دارند."]);
  });

  it("keeps closing guillemets and direction marks with the sentence they close", () => {
    expect(sentences("گفت: «دست‌کم ۳۰ نفر کشته شدند.» سپس افزود\u200f. و رفت")).toEqual(["گفت: «دست‌کم ۳۰ نفر کشته شدند.»", "سپس افزود\u200f.", "و رفت"]);
  });

  it("does not end a sentence inside a decimal, an era abbreviation or an initial", () => {
    expect(sentences("حدود ۱.۵ میلیون نفر آواره شدند. بقیه ماندند.")).toEqual(["حدود ۱.۵ میلیون نفر آواره شدند.", "بقیه ماندند."]);
    expect(sentences("این رویداد در ۲۳ دی ۱۴۰۴ ه.ش. رخ داد. سپس ادامه یافت.")).toEqual(["این رویداد در ۲۳ دی ۱۴۰۴ ه.ش. رخ داد.", "سپس ادامه یافت."]);
  });

  it("splits Arabic text the same way and keeps offsets into the text", () => {
    const text = "  قال المرصد إن ٣٥ شخصا قتلوا. وأصيب ٤٠ آخرون!  ";
    const spans = splitArabicScriptSentences(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["قال المرصد إن ٣٥ شخصا قتلوا.", "وأصيب ٤٠ آخرون!"]);
    expect(spans[0]!.start).toBe(2);
  });

  it("does not split a run-on Latin word in lower case", () => {
    expect(sentences("به نقل از dr. smith گزارش شد")).toEqual(["به نقل از dr. smith گزارش شد"]);
  });
});
