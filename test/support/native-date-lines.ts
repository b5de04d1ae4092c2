// The publication day a Persian, Arabic or Turkish report prints on a line of its own near its
// top ("پنجشنبه ۲۵ دی ۱۴۰۴", "1404/10/27", "الخميس 29 صفر 1445 هـ الموافق 14 سبتمبر 2023",
// "6 Şubat 2023 Pazartesi"), read independently of the extractor so that the annotated sets can
// check each expected file's `published` against its report. Every date on the line must name the
// same Gregorian day and a weekday, when printed, must be that day's: a wrong conversion in an
// annotation fails here instead of passing silently.
import { hijriToGregorian, solarHijriToGregorian } from "../../src/domain/calendars.js";
import { latinDigits } from "../../src/domain/digits.js";

type Calendar = "gregorian" | "solar-hijri" | "hijri";

const MONTH_NAMES: Array<[Calendar, string[]]> = [
  ["solar-hijri", ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]],
  ["gregorian", ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]],
  ["gregorian", ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]],
  ["gregorian", ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]],
  ["hijri", ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]],
  ["gregorian", ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"]],
];

/** Month name (lower-cased, one or two words) to its calendar and number. */
const MONTHS = new Map<string, { calendar: Calendar; month: number }>();
for (const [calendar, names] of MONTH_NAMES) names.forEach((name, i) => MONTHS.set(name, { calendar, month: i + 1 }));

/** Weekday names to JavaScript's day numbers (Sunday 0). */
const WEEKDAYS = new Map<string, number>([
  ["یکشنبه", 0], ["دوشنبه", 1], ["سه‌شنبه", 2], ["چهارشنبه", 3], ["پنجشنبه", 4], ["جمعه", 5], ["شنبه", 6],
  ["الأحد", 0], ["الاثنين", 1], ["الإثنين", 1], ["الثلاثاء", 2], ["الأربعاء", 3], ["الخميس", 4], ["الجمعة", 5], ["السبت", 6],
  ["pazar", 0], ["pazartesi", 1], ["salı", 2], ["çarşamba", 3], ["perşembe", 4], ["cuma", 5], ["cumartesi", 6],
]);

/** Words a date line may carry besides dates and a weekday: era marks and "corresponding to". */
const FILLERS = new Set(["هـ", "ه", "م", "الموافق", "-", "–", "|"]);

const HEAD_LINES = 8;

function toGregorian(calendar: Calendar, year: number, month: number, day: number): string | null {
  if (calendar === "solar-hijri") return solarHijriToGregorian(year, month, day);
  if (calendar === "hijri") return hijriToGregorian(year, month, day);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The Gregorian day a whole line states, or null when the line holds anything but dates, a weekday and fillers. */
function dateOfLine(line: string): string | null {
  const tokens = latinDigits(line).toLocaleLowerCase("tr").replace(/[،,]/g, " ").split(/\s+/).filter(Boolean);
  const days: string[] = [];
  let weekday: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (FILLERS.has(token)) continue;
    if (WEEKDAYS.has(token)) {
      weekday = WEEKDAYS.get(token);
      continue;
    }
    const numeric = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(token);
    if (numeric) {
      const [year, month, day] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
      const found = toGregorian(year < 1700 ? "solar-hijri" : "gregorian", year, month, day);
      if (!found) return null;
      days.push(found);
      continue;
    }
    if (!/^\d{1,2}$/.test(token)) return null;
    const two = MONTHS.get(`${tokens[i + 1]} ${tokens[i + 2]}`);
    const month = two ?? MONTHS.get(tokens[i + 1] ?? "");
    const yearAt = i + (two ? 3 : 2);
    const year = tokens[yearAt];
    if (!month || !year || !/^\d{4}$/.test(year)) return null;
    const found = toGregorian(month.calendar, Number(year), month.month, Number(token));
    if (!found) return null;
    days.push(found);
    i = yearAt;
  }
  if (days.length === 0 || days.some((day) => day !== days[0])) return null;
  if (weekday !== undefined && new Date(`${days[0]}T00:00:00Z`).getUTCDay() !== weekday) return null;
  return days[0]!;
}

/** The publication day stated by the first date line among the report's first lines, as YYYY-MM-DD. */
export function nativePublication(text: string): string | null {
  for (const line of text.split(/\r?\n/, HEAD_LINES)) {
    const day = line.trim() === "" ? null : dateOfLine(line.trim());
    if (day) return day;
  }
  return null;
}
