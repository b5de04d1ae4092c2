// A report's publication day from what its page, feed item or file states about it: each statement
// read as the day its writer wrote, the most trusted plausible one taken, the others named in warnings.
import { dayProblem } from "../domain/day.js";
import { parseDateText } from "../extract/document-meta.js";

/** One place a report states when it was published, as found there. */
export interface DateStatement {
  /** Where it was read, as a user would look for it: "article:published_time", "the feed item's pubDate". */
  from: string;
  /** The value as written (quoted in warnings). */
  value: string;
  /** YYYY-MM-DD, or null with `problem` when the value names no day read unambiguously. */
  day: string | null;
  problem?: string;
  /** A modification time, not a publication time: taken only when nothing else dates the report. */
  lastResort?: true;
}

/** The earliest day a report may be published on; an earlier one is a placeholder (0001-01-01, a CMS default) or a typo. */
const EARLIEST_DAY = "1900-01-01";

/** "2026-01-13", "2026-01-13T23:30:00-05:00", "2026/01/13 10:00": year first, so never ambiguous. */
const YEAR_FIRST = /^(\d{4})[-/](\d{2})[-/](\d{2})(?=$|[T\s])/i;
/** "3/4/2025", "03.04.2025": day-month or month-day, which only the publisher's country says. */
const NUMERIC_AMBIGUOUS = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** The time after a date written in words ("Tue, 13 Jan 2026 23:30:00 -0500", "January 13, 2026 at 11:30 PM"). */
const TIME_TAIL = /,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b.*$/is;

/**
 * The day a timestamp names, in the offset it was written in: "2026-01-13T23:30:00-05:00" is the
 * 13th, though it is the 14th in UTC. The report's "on Tuesday" and "last week" are the publisher's,
 * counted from the publisher's own calendar day, so converting to UTC (or to our clock's zone) would
 * move a late-evening story to the next day and every relative day in it with it.
 */
export function readTimestamp(value: string): { day: string } | { problem: string } {
  const text = value.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const day = `${yearFirst[1]}-${yearFirst[2]}-${yearFirst[3]}`;
    const problem = dayProblem(day);
    return problem ? { problem: `not a real day (${problem})` } : { day };
  }
  if (NUMERIC_AMBIGUOUS.test(text)) return { problem: "ambiguous (day/month or month/day); write 2025-04-03 or 3 April 2025" };
  const inWords = parseDateText(text.replace(TIME_TAIL, ""));
  return inWords ? { day: inWords } : { problem: "not a date read here (YYYY-MM-DD, an ISO 8601 time, an RFC 822 date or \"13 January 2026\")" };
}

/** A statement from a value found in the report; null when there is no value at all. */
export function dateStatement(from: string, value: string | null | undefined, options: { lastResort?: boolean } = {}): DateStatement | null {
  const written = value?.replace(/\s+/g, " ").trim();
  if (!written) return null;
  const read = readTimestamp(written);
  return {
    from,
    value: written.length > 60 ? `${written.slice(0, 59)}…` : written,
    ...("day" in read ? { day: read.day } : { day: null, problem: read.problem }),
    ...(options.lastResort ? { lastResort: true as const } : {}),
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Why `day` cannot be a publication day seen on `today`, or null when it can. Tomorrow is allowed:
 * a publisher east of us is already there. Later is a typo or a placeholder, and would date every
 * "on Tuesday" in the report wrongly; before 1900 is a placeholder ("0001-01-01", a CMS default).
 */
export function implausibleDay(day: string, today: string): string | null {
  if (day < EARLIEST_DAY) return "before 1900";
  const tomorrow = nextDay(today);
  if (day > tomorrow) return `in the future (after ${tomorrow})`;
  return null;
}

export interface ChosenDay {
  /** YYYY-MM-DD, or null when nothing dates the report. */
  published: string | null;
  /** The statement it came from. */
  from: string | null;
  /** One line per statement passed over before it (unreadable or implausible), and one when a last resort dated it. */
  warnings: string[];
}

/**
 * The first plausible statement, in the order given (most trusted first); a last-resort statement
 * only when no other one gives a day. Statements after the one taken are not judged: a page with a
 * good article:published_time is not warned about an odd <meta name=date>.
 */
export function choosePublished(statements: Array<DateStatement | null>, today: string, name: string): ChosenDay {
  const present = statements.filter((statement) => statement !== null);
  const ordered = [...present.filter((s) => !s.lastResort), ...present.filter((s) => s.lastResort)];
  const warnings: string[] = [];
  for (const statement of ordered) {
    const problem = statement.day === null ? statement.problem : implausibleDay(statement.day, today);
    if (problem) {
      warnings.push(`${name}: ignored the publication date '${statement.value}' (${statement.from}): ${problem}`);
      continue;
    }
    if (statement.lastResort) {
      warnings.push(`${name}: states no publication date; dated ${statement.day} by its last-modified time (${statement.from})`);
    }
    return { published: statement.day, from: statement.from, warnings };
  }
  return { published: null, from: null, warnings };
}

/** Today's day in UTC: the clock ingest judges "in the future" by. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
