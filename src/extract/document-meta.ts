// A report's own metadata, read from its first lines: an optional `Key: value` header block,
// the publication date line ("January 13, 2026", "date 2026-01-14") and the headline. Pure.

export interface ReportHeader {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD when the header's date could be read, else absent. */
  published?: string;
  url?: string;
  language?: string;
}

/** The header keys we understand, lower-cased, and the field each fills. */
const HEADER_KEYS: Record<string, keyof ReportHeader> = {
  title: "title",
  headline: "title",
  outlet: "outlet",
  source: "outlet",
  publisher: "outlet",
  published: "published",
  date: "published",
  url: "url",
  link: "url",
  language: "language",
  lang: "language",
};

/** Only the top of a report can carry its date: a date deeper in the body is an event, not a byline. */
const HEAD_CHARS = 600;
const HEAD_LINES = 8;
const MAX_TITLE_CHARS = 200;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?";
/** The date itself, in the forms newsrooms print. Each alternative captures its own parts. */
const DATE =
  `(?:(\\d{4})-(\\d{2})-(\\d{2})` + // 2026-01-14
  `|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})` + // January 13, 2026
  `|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4}))`; // 13 January 2026
/** Words that introduce a date line: "date 2026-01-14", "Published: …", "Updated on …". */
const DATE_LABEL = "(?:date|dated|published|posted|updated|last updated|first published)(?:\\s+on)?\\s*:?";
/** What may follow a date on its line: a time, a separator and more byline, or nothing. */
const AFTER_DATE = "(?:$|\\s*[|·•—–]|\\s+-\\s|,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}|\\s+(?:\\d+\\s+min|updated))";

/** A line that is a date: optionally labelled, optionally with a weekday, then a byline tail. */
const DATE_LINE = new RegExp(`^(?:${DATE_LABEL}\\s*)?(?:${WEEKDAY}\\s+)?${DATE}${AFTER_DATE}`, "i");
/** "date 2026-01-14 The death toll…": a labelled date run into the headline on one line. */
const LABELLED_DATE_PREFIX = new RegExp(`^${DATE_LABEL}\\s*(?:${WEEKDAY}\\s+)?${DATE}\\s*`, "i");
/** A dateline: "GENEVA, Tuesday, 18 November 2025 — The UN …". */
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{L} .'’-]{1,40},\\s*(?:${WEEKDAY}\\s+)?${DATE}\\s*[—–-]`, "iu");

/** A real calendar date as YYYY-MM-DD, or null ("2026-02-30" is not one). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The captures of DATE (wherever it sits in a larger pattern) as YYYY-MM-DD. */
function dateFromCaptures(groups: Array<string | undefined>): string | null {
  const [isoYear, isoMonth, isoDay, monthFirst, dayAfterMonth, yearAfterMonth, dayFirst, monthAfterDay, yearAfterDay] = groups;
  if (isoYear) return isoDate(Number(isoYear), Number(isoMonth), Number(isoDay));
  if (monthFirst) return isoDate(Number(yearAfterMonth), MONTHS[monthFirst.toLowerCase()] ?? 0, Number(dayAfterMonth));
  if (monthAfterDay) return isoDate(Number(yearAfterDay), MONTHS[monthAfterDay.toLowerCase()] ?? 0, Number(dayFirst));
  return null;
}

/** Every form of DATE holds a four-digit year: a line without one is no date, whatever the pattern around it. */
const YEAR_DIGITS = /\d{4}/;

function matchDate(pattern: RegExp, line: string): string | null {
  if (!YEAR_DIGITS.test(line)) return null;
  const match = pattern.exec(line);
  return match ? dateFromCaptures(match.slice(1)) : null;
}

const DATE_TEXT = new RegExp(`^\\s*(?:${WEEKDAY}\\s+)?${DATE}\\s*$`, "i");

/** A date written on its own ("13 January 2026", "2026-01-13"), as YYYY-MM-DD, else null. */
export function parseDateText(value: string): string | null {
  return matchDate(DATE_TEXT, value);
}

/**
 * The first `count` lines of `text`, as `text.split(/\r\n|\r|\n/, count)` gives them, read only
 * as far as the caller takes them: the header block is read several times per report and ends
 * at its first line that is not `Key: value`, so the lines after it need not be cut out at all.
 */
export function* leadingLines(text: string, count: number): Generator<string> {
  let start = 0;
  for (let taken = 0; taken < count; taken++) {
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    yield text.slice(start, end);
    if (end === text.length) return;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

const HEADER_LINE = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/;

function isHeaderLine(line: string): boolean {
  const key = HEADER_LINE.exec(line)?.[1];
  return key !== undefined && HEADER_KEYS[key.toLowerCase()] !== undefined;
}

/** The first lines of the text, trimmed, as far as HEAD_CHARS reaches. */
function headLines(text: string): string[] {
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, HEAD_CHARS);
  return Array.from(leadingLines(head, HEAD_LINES), (line) => line.trim());
}

/**
 * The `Key: value` block at the very top of a report (Title, Outlet, Published, URL, Language),
 * or null when the report has none. The block ends at the first line that is not such a pair.
 */
export function readHeader(text: string): ReportHeader | null {
  const header: ReportHeader = {};
  let found = false;
  let blankLead = true;
  for (const line of leadingLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 20)) {
    if (blankLead && line.trim() === "") continue;
    blankLead = false;
    const match = HEADER_LINE.exec(line);
    const field = match ? HEADER_KEYS[match[1]!.toLowerCase()] : undefined;
    if (!match || !field) break;
    found = true;
    const value = match[2]!;
    if (value === "" || header[field] !== undefined) continue;
    if (field === "published") {
      const date = parseDateText(value);
      if (date) header.published = date;
    } else {
      header[field] = value;
    }
  }
  return found ? header : null;
}

/**
 * The publication date a report states near its top, as YYYY-MM-DD: the header's Published, else
 * the first date line ("Wednesday, January 21, 2026", "date 2026-01-14", "Published: 13 Jan 2026")
 * or dateline ("GENEVA, 18 November 2025 —") within the first few lines. Null when there is none.
 */
export function detectPublished(text: string, header: ReportHeader | null = readHeader(text)): string | null {
  const fromHeader = header?.published;
  if (fromHeader) return fromHeader;
  for (const line of headLines(text)) {
    const found = matchDate(DATE_LINE, line) ?? matchDate(LABELLED_DATE_PREFIX, line) ?? matchDate(DATELINE, line);
    if (found) return found;
  }
  return null;
}

/** Whether a line reads like a headline: short, not a sentence, not a date or header line. */
function readsLikeHeadline(line: string): boolean {
  if (line.length === 0 || line.length >= MAX_TITLE_CHARS) return false;
  if (/[.:;,]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (YEAR_DIGITS.test(line) && DATE_LINE.test(line)) return false;
  if (!/\p{L}/u.test(line)) return false;
  return true;
}

/**
 * The report's title: the header's Title, else its first line when that reads like a headline
 * (a "date 2026-01-14" run into the line is dropped). Null when the report opens with prose.
 */
export function detectTitle(text: string, header: ReportHeader | null = readHeader(text)): string | null {
  if (header?.title) return header.title;
  const first = headLines(text).find((line) => line !== "" && !isHeaderLine(line));
  if (first === undefined) return null;
  const line = first.replace(LABELLED_DATE_PREFIX, "").trim();
  return readsLikeHeadline(line) ? line : null;
}
