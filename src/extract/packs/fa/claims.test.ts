// Persian sentences (our own wording) that must and must not yield a claim, read through the pack
// pipeline as text arrives: with or without the zero-width non-joiner, Arabic or Persian yeh and kaf.
import { describe, expect, it } from "vitest";
import { explainDocument, extractDocument } from "../../index.js";

const read = (text: string, published = "2026-01-14") => extractDocument(text, { published, language: "fa" }).claims;
const brief = (text: string, published?: string) =>
  read(text, published).map((c) => ({ metric: c.metric, population: c.population, qualifier: c.qualifier, min: c.min, max: c.max, claimant: c.claimant, status: c.status, asOf: c.asOf, mainEvent: c.mainEvent }));

describe("Persian claims", () => {
  it("reads a figure, its hedge, metric, population, claimant and day", () => {
    expect(brief("به گزارش خبرگزاری هرانا، دست‌کم ۲۴۰۳ نفر از معترضان تا روز سه‌شنبه کشته شده‌اند.")).toEqual([
      { metric: "killed", population: "protesters", qualifier: "at_least", min: 2403, max: null, claimant: "HRANA", status: "reported", asOf: "2026-01-13", mainEvent: true },
    ]);
  });

  it("reads the metric on either side of the figure: a noun before it, a verb after it", () => {
    expect(brief("شمار بازداشت‌شدگان به سه هزار و ششصد نفر رسید.").map((c) => [c.metric, c.min])).toEqual([["detained", 3600]]);
    expect(brief("۳۰ نفر کشته و ۴۰ نفر زخمی شدند.").map((c) => [c.metric, c.min])).toEqual([["killed", 30], ["injured", 40]]);
  });

  it("reads the metric from the verb closing the clause, not from a word right after the figure naming who was counted", () => {
    expect(brief("به گفته دیدبان حقوق بشر، ۲۵ زندانی سیاسی ماه گذشته در زندان قزلحصار اعدام شدند.").map((c) => [c.metric, c.min, c.claimant])).toEqual([["executed", 25, "Human Rights Watch"]]);
    expect(brief("۹ نفر بازداشتی در بازداشتگاه جان باختند.").map((c) => c.metric)).toEqual(["killed"]);
    // No verb closes the clause: the word after the figure still says it.
    expect(brief("این حمله ۴۰ کشته در اردوگاه آوارگان بر جای گذاشت.").map((c) => c.metric)).toEqual(["killed"]);
  });

  it("reads a count and its part set off beside it, joined counts sharing a word, and a metric word describing a place", () => {
    expect(brief("به گزارش هرانا ۶۰ معترض، از جمله ۷ نوجوان، در شهرهای غربی جان باختند.").map((c) => [c.metric, c.min, c.population])).toEqual([["killed", 60, "protesters"], ["killed", 7, "children"]]);
    expect(brief("از میان زخمی‌ها ۲۱ نفر زن و ۹ نفر کودک هستند.").map((c) => [c.metric, c.min, c.population])).toEqual([["injured", 21, "women"], ["injured", 9, "children"]]);
    expect(brief("حدود ۸۰۰ خانوار از محله‌های آسیب‌دیده آواره شده‌اند.").map((c) => c.metric)).toEqual([]);
    expect(brief("حدود ۸۰۰ نفر از ساکنان محله‌های آسیب‌دیده آواره شده‌اند.").map((c) => c.metric)).toEqual(["displaced"]);
  });

  it("credits the teller, not the one told, a source after a relative clause, and the day said after the speaker's name", () => {
    expect(brief("یک مقام محلی به خبرگزاری ایرنا گفت ۱۲ نفر در سیل جان باختند.").map((c) => c.claimant)).toEqual(["یک مقام محلی"]);
    expect(brief("بر اساس آماری که یونیسف منتشر کرده، ۳۰۰ کودک آواره شده‌اند.").map((c) => c.claimant)).toEqual(["UNICEF"]);
    expect(brief("علی رضایی، سخنگوی استانداری، روز دوشنبه در نشستی خبری اعلام کرد در حادثه هفته گذشته ۱۹ نفر زخمی شدند.", "2026-01-14").map((c) => [c.claimant, c.asOf])).toEqual([["علی رضایی", "2026-01-12"]]);
  });

  it("reads the verb closing the clause past a charge", () => {
    expect(brief("پلیس ۲۵ نفر را به اتهام شرکت در تجمعات بازداشت کرد.").map((c) => [c.metric, c.min])).toEqual([["detained", 25]]);
  });

  it("credits the teller when the one told stands between it and the verb", () => {
    expect(brief("فرماندار شهر به رسانه‌ها گفت ۱۷ نفر زخمی شده‌اند.").map((c) => [c.metric, c.min, c.claimant])).toEqual([["injured", 17, "فرماندار شهر"]]);
  });

  it("reads digits, a scale word, و and smaller digits as one figure", () => {
    expect(brief("وزارت بهداشت اعلام کرد شمار مجروحان به ۱۱ هزار و ۴۲۰ نفر رسیده است.").map((c) => [c.metric, c.min])).toEqual([["injured", 11_420]]);
  });

  it("reads the same sentence with or without the zero-width non-joiner, and with Arabic yeh and kaf", () => {
    const withZwnj = brief("سازمان حقوق بشر ایران اعلام کرد دست‌کم ۳۴۲۸ معترض کشته شده‌اند.");
    expect(brief("سازمان حقوق بشر ايران اعلام كرد دستكم ۳۴۲۸ معترض كشته شدهاند.")).toEqual(withZwnj);
    expect(withZwnj[0]).toMatchObject({ claimant: "Iran Human Rights", qualifier: "at_least", min: 3428, population: "protesters" });
  });

  it("converts a Solar Hijri date to the Gregorian day, and sends figures of a past year out of the main event", () => {
    expect(brief("هرانا اعلام کرد تا ۲۳ دی ۱۴۰۴ دست‌کم ۱۲ کودک کشته شده‌اند.")[0]).toMatchObject({ population: "children", asOf: "2026-01-13" });
    const report = "هرانا: دست‌کم ۲۵۰۰ کشته در اعتراضات\n\nاعتراضات در شهرهای بسیاری ادامه دارد.\n\nدر اعتراضات سال ۱۴۰۱ دست‌کم ۴۸۱ معترض کشته شدند.";
    expect(brief(report).map((c) => [c.min, c.mainEvent])).toEqual([[2500, true], [481, false]]);
    // A report its headline sets in a past year is about that year: its figures are of its last day.
    expect(brief("اعدام‌ها در سال ۱۴۰۳\n\nدست‌کم ۹۷۵ نفر اعدام شدند.")[0]).toMatchObject({ mainEvent: true, asOf: "2025-03-20" });
  });

  it("keeps the claimant named earlier for the figures that follow, and reads a part of the count before", () => {
    const claims = brief("به گزارش هرانا، ۵۰۰ نفر کشته شده‌اند. از این تعداد ۴۰ نفر کودک بوده‌اند.");
    expect(claims.map((c) => [c.metric, c.min, c.population, c.claimant])).toEqual([["killed", 500, "all", "HRANA"], ["killed", 40, "children", "HRANA"]]);
  });

  it("reads a figure said to be passed as more than it, and statuses", () => {
    expect(brief("شمار زخمی‌ها از ۵ هزار نفر فراتر رفته است.")[0]).toMatchObject({ qualifier: "more_than", min: 5000 });
    expect(brief("هرانا مرگ ۷۷۹ نفر دیگر را دریافت کرده که هنوز در دست بررسی است.")[0]).toMatchObject({ status: "under_review" });
    expect(brief("دیده‌بان حقوق بشر برآورد کرده است که حدود ۲ هزار نفر بازداشت شده‌اند.")[0]).toMatchObject({ status: "estimate", qualifier: "approx" });
  });

  it("yields no claim for years, ages, cities, charges, rescues or a combined figure", () => {
    expect(read("اعتراضات در سال ۱۴۰۴ به بیش از ۱۸۰ شهر کشیده شد.")).toEqual([]);
    expect(read("مهسا امینی، زن ۲۲ ساله‌ای که در بازداشت جان باخت.")).toEqual([]);
    expect(read("ده‌ها نفر دیگر با اتهاماتی روبه‌رو هستند که مجازات آن اعدام است.")).toEqual([]);
    expect(read("امدادگران ۸ نفر را زنده از زیر آوار بیرون کشیدند.")).toEqual([]);
    expect(read("۵۰ نفر کشته و زخمی شدند.")).toEqual([]);
  });

  it("gives the evidence as the sentence, in UTF-16 offsets into the text as read", () => {
    const text = "هرانا گزارش داد\n\nبه گزارش هرانا، ۲۴۰۳ نفر کشته شده‌اند. این نهاد افزود ۱۸ هزار نفر بازداشت شده‌اند.";
    for (const claim of read(text)) expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    expect(read(text).map((c) => c.evidence.text)).toEqual(["به گزارش هرانا، ۲۴۰۳ نفر کشته شده‌اند.", "این نهاد افزود ۱۸ هزار نفر بازداشت شده‌اند."]);
  });

  it("explains every field of every claim", () => {
    const text = "به گزارش هرانا، دست‌کم ۲۴۰۳ نفر کشته شده‌اند. از این تعداد ۴۰ نفر کودک بوده‌اند.";
    const explained = explainDocument(text, { published: "2026-01-14", language: "fa" });
    expect(explained.claims).toEqual(read(text));
    for (const { fields } of explained.explanations) {
      for (const f of fields) {
        expect(f.stage, f.field).not.toBe("unrecorded");
        if (f.start !== null) expect(text.slice(f.start, f.end!)).toBe(f.words);
      }
    }
  });

  it("names a source opening the sentence with a word of its kind, up to its cue", () => {
    expect(brief("سخنگوی وزارت راه و شهرسازی گفته است که ۱۲ نفر در ریزش ساختمان جان باخته‌اند.").map((c) => c.claimant)).toEqual(["سخنگوی وزارت راه و شهرسازی"]);
    expect(brief("دادستان استان اما روز دوشنبه گفت تنها ۴۰ نفر بازداشت شده‌اند.").map((c) => [c.claimant, c.asOf])).toEqual([["دادستان استان", "2026-01-12"]]);
  });

  it("reads a Solar Hijri month's end without its day, and a day of the floods as no figure's day", () => {
    expect(brief("به گزارش هرانا، دست‌کم ۵۰۰ نفر از ابتدای سال تا پایان آذر ماه اعدام شده‌اند.").map((c) => c.asOf)).toEqual(["2025-12-21"]);
    expect(brief("استاندار گفته است که در سیلاب‌های جمعه گذشته ۲۰ نفر جان باخته‌اند.").map((c) => c.asOf)).toEqual(["2026-01-14"]);
  });

  it("keeps the day a source spoke for its later figures", () => {
    const text = "هرانا روز دوشنبه اعلام کرد ۳۰۰ نفر بازداشت شده‌اند.\n\nبه گفته این نهاد، ۲۰ نفر از بازداشت‌شدگان کودک هستند.";
    expect(brief(text).map((c) => [c.min, c.asOf])).toEqual([[300, "2026-01-12"], [20, "2026-01-12"]]);
  });

  it("dates a figure by the day after a speaker's role set off by commas, and reads a subject after a word tying the sentence to the last", () => {
    // 14 January 2026 was a Wednesday.
    expect(brief("علی احمدی، سخنگوی وزارت کشور، روز دوشنبه در یک نشست خبری گفت که ۴۰ نفر کشته شده‌اند.").map((c) => [c.min, c.claimant, c.asOf])).toEqual([[40, "علی احمدی", "2026-01-12"]]);
    const text = "هرانا اعلام کرد ۵۰ نفر کشته شده‌اند.\n\nدر مقابل، رضا کریمی، دادستان شهر، روز یکشنبه گفته بود که ۱۲ نفر کشته شده‌اند.";
    expect(brief(text).map((c) => [c.min, c.claimant, c.asOf])).toEqual([[50, "HRANA", "2026-01-14"], [12, "رضا کریمی", "2026-01-11"]]);
  });

  it("reads people under the rubble as missing, but not those pulled out of it, nor the places a disaster affected", () => {
    expect(brief("۱۵ کارگر هنوز زیر آوار هستند.").map((c) => [c.metric, c.min, c.population])).toEqual([["missing", 15, "other"]]);
    expect(brief("امدادگران ۸ نفر را از زیر آوار بیرون کشیدند.")).toEqual([]);
    expect(brief("حدود ۹ هزار نفر در مناطق آسیب‌دیده زندگی می‌کنند.")).toEqual([]);
    expect(brief("جست‌وجو برای یافتن سه نفر دیگر ادامه دارد.").map((c) => [c.metric, c.min])).toEqual([["missing", 3]]);
    expect(brief("۲۰۰ نفر به مکان‌های امن منتقل شدند.").map((c) => [c.metric, c.min])).toEqual([["displaced", 200]]);
  });

  it("reads a figure a projection may exceed, and the floors of a building as no people", () => {
    expect(brief("سازمان زمین‌شناسی آمریکا برآورد کرده است که شمار قربانیان ممکن است از ده هزار نفر فراتر برود.").map((c) => [c.qualifier, c.min, c.claimant, c.status])).toEqual([["more_than", 10_000, "USGS", "estimate"]]);
    expect(brief("در فروریختن یک ساختمان ۳۰ طبقه دست‌کم ۱۰ نفر کشته شدند.").map((c) => c.min)).toEqual([10]);
  });

  it("reads an office opening its sentence as the source past a place phrase and a day before its verb", () => {
    expect(brief("فرمانداری شیراز در جنوب ایران روز دوشنبه ۲۲ دی اعلام کرد که ۱۲ نفر کشته شده‌اند.").map((c) => [c.min, c.claimant, c.asOf])).toEqual([[12, "فرمانداری شیراز", "2026-01-12"]]);
  });
});
