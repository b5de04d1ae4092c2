// `--expires` for `tally user token`: a span from now ("30d", "12h") or the last day the token works
// (YYYY-MM-DD, through the end of that day in UTC).
import { dayProblem } from "../domain/day.js";

const SPAN = /^(\d{1,5})([dh])$/;
const MAX_DAYS = 10 * 366;

/** When a token made at `now` stops working, or an error naming the flag and what it expects. */
export function parseExpiry(text: string, now: Date): Date | Error {
  const span = SPAN.exec(text);
  if (span) {
    const amount = Number(span[1]);
    const hours = span[2] === "d" ? amount * 24 : amount;
    if (amount === 0 || hours > MAX_DAYS * 24) return new Error(`--expires '${text}': expected 1 to ${MAX_DAYS} days (or hours with 'h')`);
    return new Date(now.getTime() + hours * 3_600_000);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const problem = dayProblem(text);
    if (problem) return new Error(`--expires '${text}': ${problem}`);
    const end = new Date(`${text}T00:00:00.000Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    if (end.getTime() <= now.getTime()) return new Error(`--expires '${text}' is in the past`);
    return end;
  }
  return new Error(`--expires '${text}': expected a span like 30d or 12h, or the last day YYYY-MM-DD`);
}
