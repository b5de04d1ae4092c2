import { describe, expect, it } from "vitest";
import { figureInQuote, type ClaimFigure } from "./quote-figure.js";

const exact = (n: number): ClaimFigure => ({ min: n, max: n, qualifier: "exact" });
/** The figure as the quote writes it, found by the claim's bounds. */
function figureText(text: string, claim: ClaimFigure, language?: string): string | null {
  const range = figureInQuote(text, claim, language);
  return range && text.slice(range.start, range.end);
}

describe("figureInQuote", () => {
  it("finds Persian digits with the Arabic thousands separator, in a sentence with zero-width non-joiners", () => {
    const text = "به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر از معترضان کشته شده‌اند.";
    const range = figureInQuote(text, { min: 2403, max: null, qualifier: "at_least" });
    // UTF-16 offsets into the quote as written, the ZWNJ before it counted.
    expect(range).toEqual({ start: text.indexOf("۲"), end: text.indexOf("۲") + "۲٬۴۰۳".length });
  });

  it("finds Persian number words and Arabic-Indic digits", () => {
    expect(figureText("به گزارش هرانا، سه هزار و ششصد نفر بازداشت شدند.", exact(3600))).toBe("سه هزار و ششصد");
    expect(figureText("قال المرصد السوري إن ١٢٠ شخصاً قتلوا في القصف.", exact(120))).toBe("١٢٠");
    expect(figureText("هزاران نفر بازداشت شدند", { min: 2000, max: null, qualifier: "vague" })).toBe("هزاران");
  });

  it("finds Turkish and English figures, a range from its low end to its high end", () => {
    expect(figureText("En az 2 bin 615 kişi hayatını kaybetti.", { min: 2615, max: null, qualifier: "at_least" }, "tr")).toBe("2 bin 615");
    expect(figureText("Between 10,000 and 12,000 people were detained.", { min: 10000, max: 12000, qualifier: "range" })).toBe("10,000 and 12,000");
    expect(figureText("Up to 500 people are missing.", { min: null, max: 500, qualifier: "up_to" })).toBe("500");
    // The scale written once, after the high bound.
    expect(figureText("يقدّر عدد القتلى بما بين 18 و20 ألفاً.", { min: 18000, max: 20000, qualifier: "range" }, "ar")).toBe("18 و20 ألفاً");
    expect(figureText("Ölü sayısının 10 ila 15 bin arasında olduğu tahmin ediliyor.", { min: 10000, max: 15000, qualifier: "range" }, "tr")).toBe("10 ila 15 bin");
  });

  it("skips a number of another value and answers null when the quote does not state the figure", () => {
    expect(figureText("In 2025, 40 people were killed in 3 cities.", exact(40))).toBe("40");
    expect(figureInQuote("At least 40 people were killed.", exact(45))).toBeNull();
    expect(figureInQuote("Many were killed.", { min: null, max: null, qualifier: "vague" })).toBeNull();
  });
});
