// Solar Hijri (Iran's civil calendar) and Hijri (lunar) days to and from Gregorian ISO days, with the
// platform's Intl calendars doing the arithmetic: Tally stores Gregorian days, reports print both.
//
// Hijri is the Umm al-Qura calendar (Intl "islamic-umalqura"): it is Saudi Arabia's official calendar
// and what Gulf and pan-Arab outlets print, and ICU follows its published tables for 1300–1600 AH
// (falling back to the arithmetic calendar outside them). The purely arithmetic "islamic-civil"
// calendar drifts a day or two from the printed dates: it puts 1 Muharram 1446 on 6 July 2024,
// which Saudi Arabia and the outlets dated 7 July. Countries that start months by local sighting of
// the moon may still differ by a day; where a report also prints a Gregorian date, trust that.

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

type CalendarName = "persian" | "islamic-umalqura";

const DAY_MS = 86_400_000;

const formatters = new Map<CalendarName, Intl.DateTimeFormat>();

function formatterFor(calendar: CalendarName): Intl.DateTimeFormat {
  let formatter = formatters.get(calendar);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    formatters.set(calendar, formatter);
  }
  return formatter;
}

/** The day of `calendar` that the UTC day starting at `ms` falls on. */
function calendarDayAt(calendar: CalendarName, ms: number): CalendarDay {
  const day: CalendarDay = { year: 0, month: 0, day: 0 };
  for (const part of formatterFor(calendar).formatToParts(ms)) {
    if (part.type === "year" || part.type === "month" || part.type === "day") day[part.type] = Number(part.value);
  }
  return day;
}

/** Midnight UTC of a Gregorian day, years below 100 included (Date.UTC would read 5 as 1905). */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function isoDay(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return `${String(year).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** How far from the first guess the true day can lie: the guesses below are within two days. */
const SEARCH_DAYS = 4;

/**
 * The Gregorian day that `calendar` calls year/month/day, found by asking Intl about the days around
 * a first guess; null when no day near the guess has that name (30 Esfand of a common year, 30 Safar
 * in a year where Safar has 29 days), which is how impossible dates are refused.
 */
function findGregorian(calendar: CalendarName, wanted: CalendarDay, guessMs: number): string | null {
  if (!Number.isFinite(guessMs)) return null;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    for (const ms of offset === 0 ? [guessMs] : [guessMs - offset * DAY_MS, guessMs + offset * DAY_MS]) {
      const found = calendarDayAt(calendar, ms);
      if (found.year === wanted.year && found.month === wanted.month && found.day === wanted.day) return isoDay(ms);
    }
  }
  return null;
}

function plausible(year: number, month: number, day: number, longestMonth: number): boolean {
  return [year, month, day].every(Number.isInteger) && year >= 1 && year <= 9000 && month >= 1 && month <= 12 && day >= 1 && day <= longestMonth;
}

/**
 * The Gregorian day (YYYY-MM-DD) of a Solar Hijri date: 23 Dey 1404 (year 1404, month 10, day 23)
 * is "2026-01-13". Null for a day that does not exist (31 Mehr, 30 Esfand of a common year).
 */
export function solarHijriToGregorian(year: number, month: number, day: number): string | null {
  if (!plausible(year, month, day, 31)) return null;
  // The year starts at the March equinox (20 or 21 March); months 1–6 have 31 days, 7–11 have 30.
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + (day - 1);
  return findGregorian("persian", { year, month, day }, utcMidnight(year + 621, 3, 21) + dayOfYear * DAY_MS);
}

/** Julian day number of the first guess for a Hijri date, from the arithmetic (civil) calendar. */
function tabularHijriJulianDay(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439 - 1;
}

/** Milliseconds since 1970 of the UTC midnight that starts Julian day number `julianDay` (counted from noon). */
const julianDayToMs = (julianDay: number) => (julianDay - 2440588) * DAY_MS;

/**
 * The Gregorian day (YYYY-MM-DD) of a Hijri date in the Umm al-Qura calendar: 1 Ramadan 1445
 * (year 1445, month 9, day 1) is "2024-03-11". Null for a day that does not exist (30 of a 29-day month).
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (!plausible(year, month, day, 30)) return null;
  return findGregorian("islamic-umalqura", { year, month, day }, julianDayToMs(tabularHijriJulianDay(year, month, day)));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function gregorianMs(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = utcMidnight(year, month, day);
  return isoDay(ms) === iso ? ms : null;
}

/** The Solar Hijri date of a Gregorian day ("2026-01-13" is 23 Dey 1404), for display; null when `iso` is not a real day. */
export function gregorianToSolarHijri(iso: string): CalendarDay | null {
  const ms = gregorianMs(iso);
  return ms === null ? null : calendarDayAt("persian", ms);
}

/** The Umm al-Qura Hijri date of a Gregorian day ("2024-03-11" is 1 Ramadan 1445), for display; null when `iso` is not a real day. */
export function gregorianToHijri(iso: string): CalendarDay | null {
  const ms = gregorianMs(iso);
  return ms === null ? null : calendarDayAt("islamic-umalqura", ms);
}

/**
 * A Gregorian day written in the Solar Hijri or Hijri calendar in a language, as Intl writes it:
 * ("2026-01-13", "solar-hijri", "fa") is "۲۳ دی ۱۴۰۴", with "en" "Dey 23, 1404 AP". Null when
 * `iso` is not a real day.
 */
export function formatInCalendar(iso: string, calendar: "solar-hijri" | "hijri", locale: string): string | null {
  const ms = gregorianMs(iso);
  if (ms === null) return null;
  const name: CalendarName = calendar === "solar-hijri" ? "persian" : "islamic-umalqura";
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(`${locale}-u-ca-${name}`, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
  } catch {
    return null; // not a locale the platform knows
  }
  return format.format(ms);
}
