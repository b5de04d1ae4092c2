// Days as a reader says them: "14 January", or "14 January 2025" when the year differs from today's.
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
