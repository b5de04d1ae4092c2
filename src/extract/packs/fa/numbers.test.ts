import { describe, expect, it } from "vitest";
import { foldArabicScript } from "../../../domain/arabic-script.js";
import { findNumbers } from "../number-grammar.js";
import { numberGrammar } from "../number-words.js";
import { persianNumberWords } from "./numbers.js";

const grammar = numberGrammar(persianNumberWords, foldArabicScript);
const figures = (text: string) => findNumbers(text, grammar).map((n) => (n.vague ? `~${n.value}` : n.value));
const written = (text: string) => findNumbers(text, grammar).map((n) => text.slice(n.start, n.end));

describe("Persian figures", () => {
  it("reads number words joined by و", () => {
    expect(figures("سه هزار و ششصد نفر بازداشت شدند")).toEqual([3600]);
    expect(figures("بیست و پنج کودک")).toEqual([25]);
    expect(figures("دو هزار و چهارصد و سه معترض")).toEqual([2403]);
    expect(figures("یک میلیون و دویست هزار آواره")).toEqual([1_200_000]);
    expect(figures("هزار نفر")).toEqual([1000]);
    expect(figures("دو میلیون و پانصد هزار نفر")).toEqual([2_500_000]);
    expect(figures("یکصد و بیست نفر")).toEqual([120]);
  });

  it("reads Persian digits, with or without the Arabic thousands separator, and digits with scale words", () => {
    expect(figures("دست‌کم ۲٬۴۰۳ نفر کشته شدند")).toEqual([2403]);
    expect(figures("۳۶۰۰ نفر")).toEqual([3600]);
    expect(figures("۱۲ هزار نفر")).toEqual([12_000]);
    expect(figures("۱٫۵ میلیون نفر")).toEqual([1_500_000]);
    expect(figures("۳ هزار و ۶۰۰ نفر")).toEqual([3600]);
  });

  it("reads digits with a scale word, و and smaller digits as one figure", () => {
    expect(figures("شمار آوارگان به ۵۸ هزار و ۲۰۷ نفر رسید")).toEqual([58_207]);
    expect(figures("۳ میلیون و ۴۵۰ هزار پناهجو")).toEqual([3_450_000]);
    expect(figures("۷ هزار و۹۰ مجروح")).toEqual([7090]);
  });

  it("reads a slash as a decimal point before a scale, and a date as no figure", () => {
    expect(figures("۲/۵ میلیون نفر آواره شدند")).toEqual([2_500_000]);
    expect(figures("در تاریخ ۱۴۰۴/۱۰/۲۳ منتشر شد")).toEqual([]);
  });

  it("reads a half after a scale", () => {
    expect(figures("یک میلیون و نیم نفر آواره شدند")).toEqual([1_500_000]);
  });

  it("reads vague quantities, with or without the zero-width non-joiner", () => {
    expect(figures("هزاران نفر بازداشت شدند")).toEqual(["~2000"]);
    expect(figures("ده‌ها نفر زخمی شدند")).toEqual(["~24"]);
    expect(figures("دهها نفر زخمی شدند")).toEqual(["~24"]);
    expect(figures("صدها هزار نفر")).toEqual(["~200000"]);
    expect(figures("چند هزار نفر")).toEqual(["~2000"]);
  });

  it("keeps two figures apart where no و joins them or a comma stands between", () => {
    expect(figures("۳۰، ۴۰ نفر")).toEqual([30, 40]);
    expect(figures("سه چهار نفر")).toEqual([3, 4]);
    expect(figures("سه هزار و")).toEqual([3000]);
  });

  it("gives offsets into the text as written", () => {
    expect(written("به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر")).toEqual(["۲٬۴۰۳"]);
    expect(written("سه هزار و ششصد نفر")).toEqual(["سه هزار و ششصد"]);
  });

  it("says when a figure is one word that is also something else", () => {
    expect(findNumbers("نه، چنین نیست", grammar)[0]!.ambiguous).toBe(true);
    expect(findNumbers("نه هزار نفر", grammar)[0]!.ambiguous).toBe(false);
  });
});
