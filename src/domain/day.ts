// Calendar days as Tally stores them (YYYY-MM-DD, Gregorian): the one check every layer uses,
// so that 2026-02-30 or month 13 is refused the same way by the API, the forms and the CLI.
// Free of zod (its schema is in day-schema.ts), so the CLI starts without loading it.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `value` is not a day, or null when it is one. */
export function dayProblem(value: string): string | null {
  const match = DAY.exec(value);
  if (!match) return "expected a date YYYY-MM-DD";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return "the year must be 0001 or later";
  if (month < 1 || month > 12) return `month ${match[2]} does not exist (01–12)`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `day ${match[3]} does not exist in ${match[1]}-${match[2]} (01–${last})`;
  return null;
}

export function isDay(value: string): boolean {
  return dayProblem(value) === null;
}
