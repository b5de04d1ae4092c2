// Calendar conversions Tally needs to read dates written in other calendars. The Solar Hijri
// (Persian) calendar follows the astronomical year; the 33-year-cycle breaks below (Borkowski's
// algorithm, as in jalaali-js) give its leap years exactly for years -61 to 3177.

const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

/** For a Solar Hijri year: whether it is leap, its Gregorian year, and the March day of its 1 Farvardin. */
function solarHijriYear(year: number): { leap: boolean; gregorianYear: number; marchDay: number } | null {
  if (!Number.isInteger(year) || year < BREAKS[0]! || year >= BREAKS[BREAKS.length - 1]!) return null;
  const gregorianYear = year + 621;
  let leapCount = -14;
  let previous = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const next = BREAKS[i]!;
    jump = next - previous;
    if (year < next) break;
    leapCount += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previous = next;
  }
  let n = year - previous;
  leapCount += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapCount += 1;
  const gregorianLeaps = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const marchDay = 20 + leapCount - gregorianLeaps;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap: leap === 0, gregorianYear, marchDay };
}

/** Days in a Solar Hijri month: 31 for the first six, 30 for the next five, 29 or 30 (leap) for Esfand. */
function monthLength(month: number, leap: boolean): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return leap ? 30 : 29;
}

/** The Gregorian day (YYYY-MM-DD) of a Solar Hijri date, or null when that date does not exist. */
export function solarHijriToGregorian(year: number, month: number, day: number): string | null {
  const info = solarHijriYear(year);
  if (!info || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return null;
  if (day < 1 || day > monthLength(month, info.leap)) return null;
  const daysIntoYear = (month - 1) * 31 - div(month, 7) * (month - 7) + day - 1;
  const date = new Date(Date.UTC(info.gregorianYear, 2, info.marchDay + daysIntoYear));
  if (date.getUTCFullYear() < 1) return null;
  return date.toISOString().slice(0, 10);
}
