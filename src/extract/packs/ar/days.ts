// Arabic words for days: relative days, weekdays, the Gregorian months in their Egyptian and Gulf,
// Levantine and Iraqi, and Maghrebi names, and the Hijri months.
import type { DayWords } from "../day-phrases.js";

const gregorian = (month: number) => ({ calendar: "gregorian" as const, month });
const hijri = (month: number) => ({ calendar: "hijri" as const, month });

const UNIT_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];

/** "التاسع من سبتمبر", "الحادي والعشرين من أكتوبر": days of the month as ordinals (masculine, for "اليوم"). */
const ARABIC_ORDINAL_DAYS: Record<string, number> = {
  ...Object.fromEntries(UNIT_ORDINALS.map((w, k) => [w, k + 1])), "العاشر": 10,
  "الحادي عشر": 11, ...Object.fromEntries(UNIT_ORDINALS.slice(1).map((w, k) => [`${w} عشر`, 12 + k])),
  "العشرين": 20, "الحادي والعشرين": 21, ...Object.fromEntries(UNIT_ORDINALS.slice(1).map((w, k) => [`${w} والعشرين`, 22 + k])),
  "الثلاثين": 30, "الحادي والثلاثين": 31,
};

export const arabicDayWords: DayWords = {
  relativeDays: {
    "اليوم": 0, "الليلة": 0, "صباح اليوم": 0, "مساء اليوم": 0, "فجر اليوم": 0,
    "أمس": 1, "يوم أمس": 1, "الأمس": 1, "البارحة": 1, "مساء أمس": 1, "ليل أمس": 1, "ليلة أمس": 1,
    "أول أمس": 2, "أول من أمس": 2, "الأسبوع الماضي": 7,
  },
  weekdays: {
    "الأحد": 0, "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4, "الجمعة": 5, "السبت": 6,
  },
  lastWeekBefore: [],
  lastWeekAfter: ["الماضي", "الماضية", "الفائت"],
  months: {
    "يناير": gregorian(1), "فبراير": gregorian(2), "مارس": gregorian(3), "أبريل": gregorian(4), "إبريل": gregorian(4),
    "مايو": gregorian(5), "يونيو": gregorian(6), "يونيه": gregorian(6), "يوليو": gregorian(7), "يوليه": gregorian(7),
    "أغسطس": gregorian(8), "سبتمبر": gregorian(9), "أكتوبر": gregorian(10), "نوفمبر": gregorian(11), "ديسمبر": gregorian(12),
    "كانون الثاني": gregorian(1), "شباط": gregorian(2), "آذار": gregorian(3), "نيسان": gregorian(4), "أيار": gregorian(5),
    "حزيران": gregorian(6), "تموز": gregorian(7), "آب": gregorian(8), "أيلول": gregorian(9), "تشرين الأول": gregorian(10),
    "تشرين الثاني": gregorian(11), "كانون الأول": gregorian(12),
    "جانفي": gregorian(1), "فيفري": gregorian(2), "أفريل": gregorian(4), "ماي": gregorian(5), "جوان": gregorian(6),
    "جويلية": gregorian(7), "أوت": gregorian(8),
    "محرم": hijri(1), "صفر": hijri(2), "ربيع الأول": hijri(3), "ربيع الآخر": hijri(4), "ربيع الثاني": hijri(4),
    "جمادى الأولى": hijri(5), "جمادى الآخرة": hijri(6), "جمادى الثانية": hijri(6), "رجب": hijri(7), "شعبان": hijri(8),
    "رمضان": hijri(9), "شوال": hijri(10), "ذو القعدة": hijri(11), "ذي القعدة": hijri(11), "ذو الحجة": hijri(12), "ذي الحجة": hijri(12),
  },
  monthFillers: [],
  monthEndBefore: ["نهاية", "آخر", "أواخر", "اواخر"],
  monthEndAfter: [],
  ordinalDays: ARABIC_ORDINAL_DAYS,
  ordinalLinks: ["من"],
  numericDates: ["day-month-year", "year-month-day"],
  numericCalendarBelow1700: "hijri",
};
