// Turkish words for days: relative days, weekdays ("salı günü", "geçen salı") and months.
import type { DayWords } from "../day-phrases.js";

export const turkishDayWords: DayWords = {
  relativeDays: {
    "bugün": 0, "bugünkü": 0, "dünkü": 1, "bu sabah": 0, "bu akşam": 0, "bu gece": 0,
    "dün": 1, "dün gece": 1, "dün akşam": 1, "dün sabah": 1, "önceki gün": 2, "evvelki gün": 2, "geçen hafta": 7,
  },
  weekdays: {
    "pazar": 0, "pazartesi": 1, "salı": 2, "çarşamba": 3, "perşembe": 4, "cuma": 5, "cumartesi": 6,
  },
  lastWeekBefore: ["geçen", "geçtiğimiz"],
  lastWeekAfter: [],
  months: {
    "ocak": { calendar: "gregorian", month: 1 }, "şubat": { calendar: "gregorian", month: 2 }, "mart": { calendar: "gregorian", month: 3 },
    "nisan": { calendar: "gregorian", month: 4 }, "mayıs": { calendar: "gregorian", month: 5 }, "haziran": { calendar: "gregorian", month: 6 },
    "temmuz": { calendar: "gregorian", month: 7 }, "ağustos": { calendar: "gregorian", month: 8 }, "eylül": { calendar: "gregorian", month: 9 },
    "ekim": { calendar: "gregorian", month: 10 }, "kasım": { calendar: "gregorian", month: 11 }, "aralık": { calendar: "gregorian", month: 12 },
  },
  monthFillers: [],
  monthEndBefore: [],
  monthEndAfter: ["sonu", "sonuna", "sonunda", "sonuyla", "sonuydu", "sonuna kadar"],
  ordinalDays: {},
  ordinalLinks: [],
  numericDates: ["day-month-year"],
  numericCalendarBelow1700: "gregorian",
};
