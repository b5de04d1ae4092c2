// Dates as lists write them: ISO (2026-01-13), day/month/year (13/01/2026, 13.1.2026) or Solar
// Hijri year/month/day (1404/10/23, ۱۴۰۴/۱۰/۲۳), in any digits. Years before 1700 written first are
// Solar Hijri: no list of recent victims dates a death in the Gregorian 1600s.
import { solarHijriToGregorian } from "../domain/calendars.js";
import { isDay } from "../domain/day.js";
import { latinDigits } from "../domain/digits.js";

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const LAST_SOLAR_HIJRI_YEAR = 1699;

const pad = (value: number) => String(value).padStart(2, "0");

/** The Gregorian day a list's date names, or an Error saying what was expected. */
export function readListDate(text: string): string | Error {
  const value = latinDigits(text.trim());
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) {
    const [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
    if (year <= LAST_SOLAR_HIJRI_YEAR) return solarHijriToGregorian(year, month, day) ?? new Error(`'${text}' is not a day of the Solar Hijri calendar`);
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    return isDay(iso) ? iso : new Error(`'${text}' is not a calendar day`);
  }
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const iso = `${dayFirst[3]}-${pad(Number(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`;
    return isDay(iso) ? iso : new Error(`'${text}' is not a calendar day (read as day/month/year)`);
  }
  return new Error(`'${text}' is not a date (expected YYYY-MM-DD, DD/MM/YYYY or a Solar Hijri YYYY/MM/DD)`);
}
