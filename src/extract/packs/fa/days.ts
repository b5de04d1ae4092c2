// Persian words for days: relative days, weekdays (Saturday starts the week), the Solar Hijri months
// Iranian outlets date by, and the Gregorian months as Persian writes them.
import type { DayWords } from "../day-phrases.js";

const UNIT_ORDINALS = ["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"];

/** "هفتم", "بیست و یکم", "سی‌ام": days of the month as ordinals, as dates are written before a month ("هفتم مهر"). */
const PERSIAN_ORDINAL_DAYS: Record<string, number> = {
  ...Object.fromEntries(UNIT_ORDINALS.map((w, k) => [w, k + 1])), "اول": 1,
  "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15, "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19,
  "بیستم": 20, ...Object.fromEntries(UNIT_ORDINALS.map((w, k) => [`بیست و ${w}`, 21 + k])), "سی‌ام": 30, "سی ام": 30, "سیام": 30, "سی و یکم": 31,
};
export const persianDayWords: DayWords = {
  relativeDays: {
    "امروز": 0, "امشب": 0, "صبح امروز": 0, "بامداد امروز": 0, "عصر امروز": 0,
    "دیروز": 1, "دیشب": 1, "روز گذشته": 1, "شب گذشته": 1, "بامداد دیروز": 1, "پریروز": 2,
    "هفته گذشته": 7, "هفته پیش": 7,
  },
  weekdays: {
    "یکشنبه": 0, "یک شنبه": 0, "دوشنبه": 1, "دو شنبه": 1, "سه‌شنبه": 2, "سه شنبه": 2,
    "چهارشنبه": 3, "چهار شنبه": 3, "پنجشنبه": 4, "پنج شنبه": 4, "جمعه": 5, "شنبه": 6,
  },
  lastWeekBefore: [],
  lastWeekAfter: ["گذشته", "پیش"],
  months: {
    "فروردین": { calendar: "solar-hijri", month: 1 }, "اردیبهشت": { calendar: "solar-hijri", month: 2 },
    "خرداد": { calendar: "solar-hijri", month: 3 }, "تیر": { calendar: "solar-hijri", month: 4 },
    "مرداد": { calendar: "solar-hijri", month: 5 }, "امرداد": { calendar: "solar-hijri", month: 5 },
    "شهریور": { calendar: "solar-hijri", month: 6 }, "مهر": { calendar: "solar-hijri", month: 7 },
    "آبان": { calendar: "solar-hijri", month: 8 }, "آذر": { calendar: "solar-hijri", month: 9 },
    "دی": { calendar: "solar-hijri", month: 10 }, "بهمن": { calendar: "solar-hijri", month: 11 },
    "اسفند": { calendar: "solar-hijri", month: 12 },
    "ژانویه": { calendar: "gregorian", month: 1 }, "فوریه": { calendar: "gregorian", month: 2 },
    "مارس": { calendar: "gregorian", month: 3 }, "آوریل": { calendar: "gregorian", month: 4 },
    "مه": { calendar: "gregorian", month: 5 }, "می": { calendar: "gregorian", month: 5 },
    "ژوئن": { calendar: "gregorian", month: 6 }, "ژوئیه": { calendar: "gregorian", month: 7 }, "جولای": { calendar: "gregorian", month: 7 },
    "اوت": { calendar: "gregorian", month: 8 }, "آگوست": { calendar: "gregorian", month: 8 },
    "سپتامبر": { calendar: "gregorian", month: 9 }, "اکتبر": { calendar: "gregorian", month: 10 },
    "نوامبر": { calendar: "gregorian", month: 11 }, "دسامبر": { calendar: "gregorian", month: 12 },
  },
  monthFillers: ["ماه", "سال"],
  monthEndBefore: ["پایان", "آخر", "انتهای", "اواخر"],
  monthEndAfter: [],
  ordinalDays: PERSIAN_ORDINAL_DAYS,
  ordinalLinks: [],
  numericDates: ["year-month-day"],
  numericCalendarBelow1700: "solar-hijri",
};
