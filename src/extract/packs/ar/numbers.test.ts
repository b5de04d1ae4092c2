import { describe, expect, it } from "vitest";
import { foldArabicScript } from "../../../domain/arabic-script.js";
import { findNumbers } from "../number-grammar.js";
import { numberGrammar } from "../number-words.js";
import { arabicNumberWords } from "./numbers.js";

const grammar = numberGrammar(arabicNumberWords, foldArabicScript);
const figures = (text: string) => findNumbers(text, grammar).map((n) => (n.vague ? `~${n.value}` : n.value));
const written = (text: string) => findNumbers(text, grammar).map((n) => text.slice(n.start, n.end));

describe("Arabic figures", () => {
  it("reads scales after a count, in the plural and the accusative", () => {
    expect(figures("قُتل ثلاثة آلاف شخص")).toEqual([3000]);
    expect(figures("عشرة آلاف نازح")).toEqual([10_000]);
    expect(figures("أحد عشر ألفا من المدنيين")).toEqual([11_000]);
    expect(figures("ثلاثة ملايين نازح")).toEqual([3_000_000]);
  });

  it("reads digits with a scale word, و and smaller digits as one figure, و written onto the digits or not", () => {
    expect(figures("ارتفع العدد إلى 27 ألفا و640 شخصا")).toEqual([27_640]);
    expect(figures("نحو 9 آلاف و 15 نازحا")).toEqual([9015]);
    expect(figures("مليونين و400 ألف لاجئ")).toEqual([2_400_000]);
    expect(figures("سجل 1200 و500 في يومين")).toEqual([1200, 500]);
  });

  it("reads the dual", () => {
    expect(figures("أكثر من ألفين قتيل")).toEqual([2000]);
    expect(figures("ألفان وخمسمائة جريح")).toEqual([2500]);
    expect(figures("مليونين ونصف")).toEqual([2_500_000]);
  });

  it("reads units before tens, teens and hundreds in one word or two", () => {
    expect(figures("خمسة وعشرون طفلا")).toEqual([25]);
    expect(figures("ثلاثة عشر شخصا")).toEqual([13]);
    expect(figures("ثلاثمائة وخمسة وعشرون معتقلا")).toEqual([325]);
    expect(figures("ثلاث مئة قتيل")).toEqual([300]);
    expect(figures("مائة وخمسون جريحا")).toEqual([150]);
    expect(figures("ثلاثة آلاف وستمائة")).toEqual([3600]);
    expect(figures("ثلاث عشرة امرأة")).toEqual([13]);
    expect(figures("اثنا عشر طفلا")).toEqual([12]);
    expect(figures("عشرين ألفا")).toEqual([20_000]);
    expect(figures("مائة ألف لاجئ")).toEqual([100_000]);
    expect(figures("مليون ونصف")).toEqual([1_500_000]);
  });

  it("reads words with and without hamza, vowel marks and tatweel alike", () => {
    expect(figures("اربعة الاف")).toEqual([4000]);
    expect(figures("أَرْبَعَةُ آلَافٍ")).toEqual([4000]);
    expect(figures("خمســة")).toEqual([5]);
  });

  it("reads Arabic-Indic digits and digits with scale words", () => {
    expect(figures("مقتل ٣٥ شخصا")).toEqual([35]);
    expect(figures("١٢٬٥٠٠ نازح")).toEqual([12_500]);
    expect(figures("١٫٥ مليون")).toEqual([1_500_000]);
    expect(figures("12 ألف")).toEqual([12_000]);
  });

  it("reads vague quantities", () => {
    expect(figures("عشرات القتلى")).toEqual(["~24"]);
    expect(figures("مئات المعتقلين")).toEqual(["~200"]);
    expect(figures("آلاف النازحين")).toEqual(["~2000"]);
    expect(figures("عشرات الآلاف من النازحين")).toEqual(["~20000"]);
    expect(figures("مئات الآلاف")).toEqual(["~200000"]);
    expect(figures("بضعة آلاف")).toEqual(["~2000"]);
  });

  it("gives offsets into the text as written", () => {
    expect(written("قال المرصد إن ثلاثةَ آلافٍ قُتلوا")).toEqual(["ثلاثةَ آلافٍ"]);
    expect(written("وأصيب ٤٠ آخرون، وقتل ١٢")).toEqual(["٤٠", "١٢"]);
  });
});
