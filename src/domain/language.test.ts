import { describe, expect, it } from "vitest";
import { declaredLanguage, detectLanguage, languageName, languageOfText } from "./language.js";

const PERSIAN = "به گزارش خبرگزاری هرانا، دست‌کم ۲۴۰۳ نفر از معترضان در جریان اعتراضات کشته شده‌اند و شمار بازداشت‌شدگان از هجده هزار گذشته است.";
const PERSIAN_ARABIC_KEYBOARD = "به گزارش هرانا، دستكم ۲۴۰۳ نفر از معترضان كشته شده اند و اين رقم هنوز نهايي نيست كه آمار را تغيير دهد.";
const ARABIC = "قال المرصد السوري لحقوق الإنسان إن عدد القتلى ارتفع إلى ٣٥ شخصا على الأقل منذ صباح الثلاثاء، في حين أصيب العشرات.";
const TURKISH = "AFAD'ın açıkladığı son verilere göre depremde hayatını kaybedenlerin sayısı 2 bin 615'e yükseldi, yaralı sayısı ise 10 bini aştı.";
const ENGLISH = "The rights group said on Tuesday that at least 2,403 protesters had been killed, and that the number of people detained had passed 18,000.";
const FRENCH = "Le bilan s'élève à quatre mille morts selon les secours, qui poursuivent les recherches dans les quartiers détruits par la tempête.";

describe("language of a text", () => {
  it("tells Persian from Arabic by their letters and words", () => {
    expect(languageOfText(PERSIAN)).toBe("fa");
    expect(languageOfText(ARABIC)).toBe("ar");
  });

  it("still knows Persian typed with Arabic yeh and kaf", () => {
    expect(languageOfText(PERSIAN_ARABIC_KEYBOARD)).toBe("fa");
  });

  it("tells Turkish from English by its letters and words", () => {
    expect(languageOfText(TURKISH)).toBe("tr");
    expect(languageOfText(TURKISH.toLocaleUpperCase("tr"))).toBe("tr");
    expect(languageOfText(ENGLISH)).toBe("en");
  });

  it("names languages that have no pack", () => {
    expect(languageOfText(FRENCH)).toBe("fr");
    expect(languageOfText("По данным правозащитников, погибли не менее тридцати человек.")).toBe("ru");
  });

  it("leaves a text too short to tell undecided", () => {
    expect(languageOfText("2,403")).toBeNull();
    expect(detectLanguage("12 / 3")).toEqual({ code: "en", name: "English", from: "default" });
  });

  it("judges by the script most of the text is in: an English report quoting Persian is English", () => {
    expect(languageOfText(`${ENGLISH} The statement was headed «${PERSIAN.slice(0, 20)}».`)).toBe("en");
  });
});

describe("declared language", () => {
  it("reads tags and names", () => {
    expect(declaredLanguage("fa-IR")).toBe("fa");
    expect(declaredLanguage("tr_TR")).toBe("tr");
    expect(declaredLanguage(" Farsi ")).toBe("fa");
    expect(declaredLanguage("العربية")).toBe("ar");
    expect(declaredLanguage("EN")).toBe("en");
    expect(declaredLanguage("")).toBeNull();
    expect(declaredLanguage("not a language tag")).toBeNull();
  });

  it("takes the declaration over the words of the text", () => {
    expect(detectLanguage(ENGLISH, "en-GB")).toMatchObject({ code: "en", from: "declared" });
    expect(detectLanguage(TURKISH, "tr")).toMatchObject({ code: "tr", name: "Turkish", from: "declared" });
  });

  it("does not believe a declaration the script of the text contradicts", () => {
    expect(detectLanguage(PERSIAN, "en")).toEqual({ code: "fa", name: "Persian", from: "text" });
  });

  it("does not believe a declaration the words of a long enough text plainly contradict", () => {
    expect(detectLanguage(`${ENGLISH} ${ENGLISH}`, "tr")).toMatchObject({ code: "en", from: "text" });
    expect(detectLanguage(`${TURKISH} ${TURKISH}`, "en-US")).toMatchObject({ code: "tr", from: "text" });
    // A headline is too short to overrule what the page declares.
    expect(detectLanguage("Death toll rises in the south", "tr")).toMatchObject({ code: "tr", from: "declared" });
  });

  it("falls back to the text when the declaration is unreadable", () => {
    expect(detectLanguage(ARABIC, "??")).toEqual({ code: "ar", name: "Arabic", from: "text" });
  });
});

describe("language names", () => {
  it("names a code in English", () => {
    expect(languageName("fa")).toBe("Persian");
    expect(languageName("ckb")).toBe("Central Kurdish");
    expect(languageName("und")).toBe("an undetermined language");
  });
});
