// Resolves the day a figure describes: explicit dates, weekdays and relative days in its
// sentence, taken to the past of the publication date; a date that starts something is skipped.
import { DATE_START_CUES, EVENT_TYPES, MONTHS, RELATIVE_DAYS, WEEKDAYS } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";

export interface DateMention {
  /** Token index where the date expression starts. */
  index: number;
  iso: string;
  /** The date opens a period ("since 28 December"): not the day of a count. */
  isStart: boolean;
  /** The date closes a period ("up to 15 January", "between 25 and 28 October"): the day a count reaches. */
  isPeriodEnd: boolean;
}

const relativeDays = new PhraseTable(Object.entries(RELATIVE_DAYS));
/** Words a date can start with: most tokens are rejected by one set lookup. */
const DATE_STARTS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(RELATIVE_DAYS).map((r) => r.split(" ")[0]!), "last", "this"]);
const startCues = new PhraseTable(DATE_START_CUES.map((c) => [c, true] as [string, boolean]));

export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** A day and month with no year: the year that puts it on or before publication. */
export function resolveDayMonth(day: number, month: number, published: Date | null, year?: number): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  let y = year ?? published?.getUTCFullYear() ?? null;
  if (y === null) return null;
  let d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  if (year === undefined && published && d.getTime() > published.getTime()) {
    y -= 1;
    d = new Date(Date.UTC(y, month - 1, day));
  }
  return toIso(d);
}

/** Dates written in a sentence, with their token positions. */
export function findDates(tokens: readonly Token[], published: Date | null): DateMention[] {
  const found: DateMention[] = [];
  const sinceUsed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" && !DATE_STARTS.has(t.norm)) continue;
    const parsed = readDate(tokens, i, published);
    if (!parsed) continue;
    // "Monday's earthquake", "the 12 May earthquake", "the earthquakes of 7 October" name an event by its day
    if ((tokens[i + parsed.length]?.norm === "'s" && WEEKDAYS[t.norm] !== undefined) || namesEvent(tokens, i, parsed.length)) {
      i += parsed.length - 1;
      continue;
    }
    // "BAGHDAD, Oct 28 - …": a wire dateline says when the story was filed, not what a count describes
    if (isDateline(tokens, i, parsed.length)) {
      i += parsed.length - 1;
      continue;
    }
    const isPeriodEnd = hasPeriodEndCue(tokens, i);
    // "since August 8 rose to 121 on Thursday": "since" opens a period at its own date only
    const since = sinceBefore(tokens, i);
    const startedBySince = since >= 0 && !sinceUsed.has(since);
    if (startedBySince) sinceUsed.add(since);
    found.push({ index: i, iso: parsed.iso, isStart: !isPeriodEnd && (startedBySince || hasStartCue(tokens, i)), isPeriodEnd });
    i += parsed.length - 1;
  }
  return found;
}

function readDate(tokens: readonly Token[], i: number, published: Date | null): { iso: string; length: number } | null {
  const t = tokens[i]!;
  // ISO 2026-01-14
  if (t.kind === "num" && /^\d{4}$/.test(t.norm) && tokens[i + 1]?.norm === "-" && tokens[i + 3]?.norm === "-") {
    const iso = `${t.norm}-${tokens[i + 2]?.norm.padStart(2, "0")}-${tokens[i + 4]?.norm.padStart(2, "0")}`;
    if (parseIsoDate(iso)) return { iso, length: 5 };
  }
  const month = monthAt(tokens, i);
  // "9 January", "9 January 2026"
  if (t.kind === "num" && /^\d{1,2}$/.test(t.norm) && monthAt(tokens, i + 1)) {
    const m = monthAt(tokens, i + 1)!;
    const yearTok = tokens[i + 1 + m.length];
    const year = yearTok && /^\d{4}$/.test(yearTok.norm) ? Number(yearTok.norm) : undefined;
    const iso = resolveDayMonth(Number(t.norm), m.month, published, year);
    return iso ? { iso, length: 1 + m.length + (year ? 1 : 0) } : null;
  }
  // "January 9", "Jan. 9, 2026"
  if (month && tokens[i + month.length]?.kind === "num" && /^\d{1,2}$/.test(tokens[i + month.length]!.norm)) {
    const day = Number(tokens[i + month.length]!.norm);
    let length = month.length + 1;
    let year: number | undefined;
    const a = tokens[i + length];
    const b = tokens[i + length + 1];
    // "January 9, 2026", "June 9 of 2019"
    if ((a?.norm === "," || a?.norm === "of") && b && /^\d{4}$/.test(b.norm)) {
      year = Number(b.norm);
      length += 2;
    } else if (a && /^\d{4}$/.test(a.norm)) {
      year = Number(a.norm);
      length += 1;
    }
    const iso = resolveDayMonth(day, month.month, published, year);
    return iso ? { iso, length } : null;
  }
  // "in February 2025", "in June", "January's": a month's count is as of its last day
  if (month) {
    const ambiguous = t.norm === "may" || t.norm === "march";
    const yearTok = tokens[i + month.length];
    const year = yearTok && /^\d{4}$/.test(yearTok.norm) ? Number(yearTok.norm) : undefined;
    // "by the end of September": the month's last day, as "in September" is
    const lead = MONTH_LEADS.has(tokens[i - 1]?.norm ?? "") || byTheEndOf(tokens, i);
    // "January's count" dates a figure; "January's protests" names an event
    const possessive = tokens[i + month.length]?.norm === "'s" && !EVENT_TYPES[tokens[i + month.length + 1]?.norm ?? ""];
    if ((lead && tokens[i + month.length]?.norm !== "'s") || (!ambiguous && (year !== undefined || possessive))) {
      const iso = endOfMonth(month.month, published, year);
      return iso ? { iso, length: month.length + (year !== undefined ? 1 : 0) } : null;
    }
  }
  if (!published) return null;
  // "last year", "last month", "this year"
  if ((t.norm === "last" || t.norm === "this" || t.norm === "past") && (tokens[i + 1]?.norm === "year" || tokens[i + 1]?.norm === "month")) {
    const y = published.getUTCFullYear();
    const m = published.getUTCMonth();
    if (t.norm === "this") return { iso: toIso(published), length: 2 };
    if (t.norm === "past") return null;
    return { iso: tokens[i + 1]!.norm === "year" ? `${y - 1}-12-31` : toIso(new Date(Date.UTC(y, m, 0))), length: 2 };
  }
  // "Tuesday", "last Thursday"
  const weekday = WEEKDAYS[t.norm];
  if (weekday !== undefined && /^\p{Lu}/u.test(t.text)) {
    // "Monday 6 February", "Tuesday, 4 August": the weekday only names the date that follows
    const comma = tokens[i + 1]?.norm === "," ? 1 : 0;
    const next = tokens[i + 1 + comma];
    if (next && (next.kind === "num" || monthAt(tokens, i + 1 + comma))) {
      const explicit = readDate(tokens, i + 1 + comma, published);
      if (explicit) return { iso: explicit.iso, length: 1 + comma + explicit.length };
    }
    const strict = tokens[i - 1]?.norm === "last";
    let back = (published.getUTCDay() - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return { iso: toIso(addDays(published, -back)), length: 1 };
  }
  const rel = relativeDays.matchAt(tokens, i);
  if (rel) {
    const back = rel.value >= 0 ? rel.value : published.getUTCDay();
    return { iso: toIso(addDays(published, -back)), length: rel.length };
  }
  return null;
}

function namesEvent(tokens: readonly Token[], i: number, length: number): boolean {
  // "last week's earthquake", "yesterday's attack": a relative day's possessive names the event, not the count's day
  if (tokens[i + length]?.norm === "'s" && EVENT_TYPES[tokens[i + length + 1]?.norm ?? ""] !== undefined) return true;
  if (EVENT_TYPES[tokens[i + length]?.norm ?? ""] !== undefined && tokens[i - 1]?.norm === "the") return true;
  return tokens[i - 1]?.norm === "of" && EVENT_TYPES[tokens[i - 2]?.norm ?? ""] !== undefined;
}

/** Words before a bare month that make it a period: "in June", "during March", "for February". */
const MONTH_LEADS = new Set(["in", "during", "for", "through", "throughout", "since", "until", "by", "across", "over"]);

/** The last day of a month, or the publication day when the month is the current one. */
function endOfMonth(month: number, published: Date | null, year?: number): string | null {
  let y = year ?? published?.getUTCFullYear();
  if (y === undefined) return null;
  if (year === undefined && published && month > published.getUTCMonth() + 1) y -= 1;
  const last = new Date(Date.UTC(y, month, 0));
  if (published && last.getTime() > published.getTime()) return toIso(published);
  return toIso(last);
}

function monthAt(tokens: readonly Token[], i: number): { month: number; length: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  const month = MONTHS[t.norm];
  if (month === undefined || !/^\p{Lu}/u.test(t.text)) return null;
  return { month, length: tokens[i + 1]?.norm === "." ? 2 : 1 };
}

const PERIOD_END_CUES = new Set(["until", "till", "through", "to", "and", "by"]);

function hasPeriodEndCue(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1]?.norm ?? "";
  // "between 25 and 28 October" ends a period; "the earthquakes of 7 and 11 October" names two days
  const andOfBetween = (a === "and" || tokens[i - 2]?.norm === "and") && tokens.slice(Math.max(0, i - 5), i).some((t) => t.norm === "between");
  if (a === "and" || tokens[i - 2]?.norm === "and") return andOfBetween;
  if (PERIOD_END_CUES.has(a)) return true;
  // "19 - 25 February 2024": the second day of a range of days
  if ((a === "-" || a === "–") && tokens[i - 2]?.kind === "num" && /^\d{1,2}$/.test(tokens[i - 2]!.norm)) return true;
  // "as of 14 May", "up to 23 October", "by the end of 23 October", "at the end of September"
  return (a === "of" && (tokens[i - 2]?.norm === "as" || byTheEndOf(tokens, i))) || (tokens[i - 2]?.norm === "up" && a === "to");
}

/** "by the end of September", "up to the end of 23 October"; not "who were there at the end of October". */
function byTheEndOf(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== "of" || tokens[i - 2]?.norm !== "end" || tokens[i - 3]?.norm !== "the") return false;
  const before = tokens[i - 4]?.norm ?? "";
  return PERIOD_END_CUES.has(before) && before !== "and";
}

/** The "since" whose clause the date at i stands in ("since a fishing boat … capsized early on Wednesday"), or -1. */
function sinceBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 14; j--) {
    const n = tokens[j]!.norm;
    if (n === "," || n === ";" || n === "—" || n === ":") break;
    if (n === "since") return j;
  }
  return -1;
}

/** A date between a capitalised place and a dash at a paragraph's start: "BAGHDAD, Oct 28 - ". */
function isDateline(tokens: readonly Token[], i: number, length: number): boolean {
  const after = tokens[i + length]?.norm;
  if (i === 0 || i > 5 || tokens[i - 1]!.norm !== "," || (after !== "-" && after !== "—" && after !== "(")) return false;
  // "BAGHDAD", "JOS, Nigeria": a place in capitals, perhaps with its country
  const place = tokens.slice(0, i - 1);
  return place[0]!.text === place[0]!.text.toUpperCase() && place.every((t) => t.norm === "," || (t.kind === "word" && /^\p{Lu}/u.test(t.text)));
}

function hasStartCue(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    // "between 25 and 28 October": the far end of a period is the day its count reaches;
    // "up from 1,900 on Monday": the cue belongs to the figure between
    if (tokens[j]!.norm === "," || tokens[j]!.norm === ";" || tokens[j]!.norm === "and" || tokens[j]!.norm === "to" || tokens[j]!.kind === "num") return false;
    if (startCues.matchEndingAt(tokens, j)) return true;
  }
  return false;
}

/** A line that opens with a date and a colon or dash: "9 January: …", "Jan. 9 — …". */
export function timelineDate(tokens: readonly Token[], published: Date | null): string | null {
  let i = 0;
  if (tokens[0] && WEEKDAYS[tokens[0].norm] !== undefined) i = tokens[1]?.norm === "," ? 2 : 1;
  const parsed = readDate(tokens, i, published);
  if (!parsed || WEEKDAYS[tokens[i]!.norm] !== undefined) return null;
  const sep = tokens[i + parsed.length]?.norm;
  return sep === ":" || sep === "-" || sep === "—" ? parsed.iso : null;
}

/**
 * A line that heads a day of a timeline or live blog: "Tuesday 4 August", "Sunday, 2 January",
 * "14 August", "MONDAY", "16-17 May 2023 - Mangu" (a span of days is dated by its last; a place
 * may follow a dash). Null for any line that says more than a day.
 */
export function dayHeadingDate(tokens: readonly Token[], published: Date | null): string | null {
  if (tokens.length === 0) return null;
  let i = 0;
  const weekday = WEEKDAYS[tokens[0]!.norm];
  if (weekday !== undefined) {
    if (tokens.length === 1) return readDate(tokens, 0, published)?.iso ?? null;
    i = tokens[1]!.norm === "," ? 2 : 1;
  }
  if (tokens[i]?.kind === "num" && tokens[i + 1]?.norm === "-" && tokens[i + 2]?.kind === "num") i += 2;
  const parsed = readDate(tokens, i, published);
  if (!parsed) return null;
  const rest = i + parsed.length;
  if (rest === tokens.length) return parsed.iso;
  const dash = tokens[rest]!.norm;
  const placeOnly = (dash === "-" || dash === "—") && tokens.length - rest <= 8 && tokens.slice(rest + 1).every((t) => t.kind !== "num" && t.norm !== ":");
  return placeOnly ? parsed.iso : null;
}
