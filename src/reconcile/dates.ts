// Days as a reader says them: "14 January", or "14 January 2025" when the year differs from today's,
// and how old a day is next to today ("3 days ago", "10 months ago").
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-01-14" → "14 January 2026"; with a reference day in the same year, "14 January". */
export function formatDay(day: string | null, referenceDay?: string): string {
  if (!day) return "undated";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  const text = `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}`;
  return referenceDay?.startsWith(`${year}-`) ? text : `${text} ${year}`;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const AVERAGE_MONTH_DAYS = 365.25 / 12;

/** How long before `today` a day is: "today", "yesterday", "3 days ago", "2 weeks ago", "10 months ago", "over a year ago". */
export function ageOf(day: string, today: string): string {
  const days = daysBetween(day, today);
  if (days < 0) return "after today";
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 365) return `${Math.min(11, Math.round(days / AVERAGE_MONTH_DAYS))} months ago`;
  const years = Math.floor(days / 365);
  return years === 1 ? "over a year ago" : `over ${years} years ago`;
}

/** "latest report 4 February 2026, 10 months ago"; null day: "no dated report". */
export function latestReportWords(day: string | null, today: string): string {
  return day ? `latest report ${formatDay(day)}, ${ageOf(day, today)}` : "no dated report";
}
