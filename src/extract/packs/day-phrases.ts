// Finds the phrases of a text that name a day, from a pack's day words: relative days ("دیروز",
// "أمس", "dün"), weekdays ("سه‌شنبه", "الثلاثاء", "salı") and dates in the Gregorian, Solar Hijri
// or Hijri calendar ("۲۳ دی ۱۴۰۴", "1 رمضان 1445", "6 Şubat 2023"), and resolves each against the
// publication day. One grammar for all packs, each pack only data.
import { hijriToGregorian, gregorianToHijri, gregorianToSolarHijri, solarHijriToGregorian } from "../../domain/calendars.js";
import { foldPhrase, matchingText, originalSpan, type CharFold } from "./matching-text.js";
import { numberTokens, type NumberToken } from "./number-grammar.js";

export type CalendarKind = "gregorian" | "solar-hijri" | "hijri";

/** A pack's words for days, written as a reader writes them (folded when the grammar is built). */
export interface DayWords {
  /** Phrases for a day counted back from publication: "دیروز" 1, "أول أمس" 2, "geçen hafta" 7. */
  relativeDays: Record<string, number>;
  /** Weekday names, Sunday 0 to Saturday 6. */
  weekdays: Record<string, number>;
  /** Words before or after a weekday that put it in an earlier week ("geçen salı", "الثلاثاء الماضي"). */
  lastWeekBefore: string[];
  lastWeekAfter: string[];
  /** Month names of each calendar; a month name counts only in a date with its day ("۲۳ دی", not "تیر" for a shot). */
  months: Record<string, { calendar: CalendarKind; month: number }>;
  /** Words that may stand between a month and its year ("دی ماه ۱۴۰۴"). */
  monthFillers: string[];
  /** Words before a month name, without a day, that name its last day ("پایان شهریور", "نهاية أكتوبر"), and after it ("ekim sonu"). */
  monthEndBefore: string[];
  monthEndAfter: string[];
  /** Days of the month written as ordinals ("التاسع" 9, "بیست و یکم" 21), before a month name. */
  ordinalDays: Record<string, number>;
  /** Words that may join an ordinal day to its month ("التاسع من سبتمبر"). */
  ordinalLinks: string[];
  /** How numeric dates are ordered: "1404/10/23" (year first) or "13.01.2026", "13/1/2026" (day first). */
  numericDates: Array<"year-month-day" | "day-month-year">;
  /** The calendar of a numeric date whose year is below 1700 (a Solar Hijri or Hijri year, not a Gregorian one). */
  numericCalendarBelow1700: CalendarKind;
}

interface PhraseEntry<T> {
  words: string[];
  value: T;
}

export interface DayGrammar {
  fold: CharFold;
  relativeDays: Array<PhraseEntry<number>>;
  weekdays: Array<PhraseEntry<number>>;
  lastWeekBefore: Set<string>;
  lastWeekAfter: Set<string>;
  months: Array<PhraseEntry<{ calendar: CalendarKind; month: number }>>;
  monthFillers: Set<string>;
  monthEndBefore: Array<PhraseEntry<true>>;
  monthEndAfter: Array<PhraseEntry<true>>;
  ordinalDays: Array<PhraseEntry<number>>;
  ordinalLinks: Set<string>;
  numericDates: DayWords["numericDates"];
  numericCalendarBelow1700: CalendarKind;
}

function phrases<T>(record: Record<string, T>, fold: CharFold): Array<PhraseEntry<T>> {
  return Object.entries(record)
    .map(([phrase, value]) => ({ words: foldPhrase(phrase, fold).split(/\s+/), value }))
    .sort((a, b) => b.words.length - a.words.length);
}

export function dayGrammar(words: DayWords, fold: CharFold): DayGrammar {
  const set = (list: string[]) => new Set(list.map((w) => foldPhrase(w, fold)));
  return {
    fold,
    relativeDays: phrases(words.relativeDays, fold),
    weekdays: phrases(words.weekdays, fold),
    lastWeekBefore: set(words.lastWeekBefore),
    lastWeekAfter: set(words.lastWeekAfter),
    months: phrases(words.months, fold),
    monthFillers: set(words.monthFillers),
    monthEndBefore: phrases(Object.fromEntries(words.monthEndBefore.map((w) => [w, true as const])), fold),
    monthEndAfter: phrases(Object.fromEntries(words.monthEndAfter.map((w) => [w, true as const])), fold),
    ordinalDays: phrases(words.ordinalDays, fold),
    ordinalLinks: set(words.ordinalLinks),
    numericDates: words.numericDates,
    numericCalendarBelow1700: words.numericCalendarBelow1700,
  };
}

export type DayPhrase =
  | { kind: "relative"; daysBefore: number; start: number; end: number }
  | { kind: "weekday"; weekday: number; lastWeek: boolean; start: number; end: number }
  | { kind: "date"; calendar: CalendarKind; year: number | null; month: number; day: number; start: number; end: number }
  /** A month's last day ("تا پایان شهریور", "حتى نهاية أكتوبر", "ekim sonuna kadar"). */
  | { kind: "monthEnd"; calendar: CalendarKind; year: number | null; month: number; start: number; end: number };

/** The entry whose words stand at token i (longest first), with only spaces between them. */
function phraseAt<T>(entries: Array<PhraseEntry<T>>, tokens: readonly NumberToken[], i: number, folded: string): PhraseEntry<T> | null {
  return entries.find((entry) => entry.words.every((word, k) => tokens[i + k]?.text === word && (k === 0 || spaced(folded, tokens[i + k - 1]!, tokens[i + k]!)))) ?? null;
}

function spaced(folded: string, a: NumberToken, b: NumberToken): boolean {
  return /^\s+$/.test(folded.slice(a.end, b.start));
}

const wholeNumber = (token: NumberToken | undefined) => (token && /^\d+$/.test(token.text) ? Number(token.text) : null);

/** "۲۳ دی ۱۴۰۴", "23 دی ماه", "1 رمضان 1445": a day number, a month name, an optional filler and year. */
function writtenDateAt(tokens: readonly NumberToken[], i: number, folded: string, grammar: DayGrammar): { phrase: DayPhrase; last: number } | null {
  const day = wholeNumber(tokens[i]);
  if (day === null || day < 1 || day > 31 || !tokens[i + 1] || !spaced(folded, tokens[i]!, tokens[i + 1]!)) return null;
  const month = phraseAt(grammar.months, tokens, i + 1, folded);
  if (!month) return null;
  let last = i + month.words.length;
  let next = last + 1;
  if (tokens[next] && grammar.monthFillers.has(tokens[next]!.text) && spaced(folded, tokens[last]!, tokens[next]!)) next++;
  const year = wholeNumber(tokens[next]);
  const hasYear = year !== null && year >= 1000 && year <= 2999 && spaced(folded, tokens[next - 1]!, tokens[next]!);
  if (hasYear) last = next;
  const start = tokens[i]!.start;
  const end = tokens[last]!.end;
  return { phrase: { kind: "date", calendar: month.value.calendar, year: hasYear ? year : null, month: month.value.month, day, start, end }, last };
}

/** The year after a month name, past a filler ("شهریور ماه ۱۴۰۴"): its token, or null. */
function yearAfterMonth(tokens: readonly NumberToken[], monthLast: number, folded: string, grammar: DayGrammar): number | null {
  let next = monthLast + 1;
  if (tokens[next] && grammar.monthFillers.has(tokens[next]!.text) && spaced(folded, tokens[monthLast]!, tokens[next]!)) next++;
  const year = wholeNumber(tokens[next]);
  return year !== null && year >= 1000 && year <= 2999 && spaced(folded, tokens[next - 1]!, tokens[next]!) ? next : null;
}

/** "التاسع من سبتمبر", "بیست و یکم آبان ۱۴۰۳": an ordinal day, a link word maybe, a month name and maybe its year. */
function ordinalDateAt(tokens: readonly NumberToken[], i: number, folded: string, grammar: DayGrammar): { phrase: DayPhrase; last: number } | null {
  const ordinal = phraseAt(grammar.ordinalDays, tokens, i, folded);
  if (!ordinal) return null;
  let at = i + ordinal.words.length;
  if (tokens[at] && grammar.ordinalLinks.has(tokens[at]!.text)) at++;
  const month = tokens[at] && spaced(folded, tokens[at - 1]!, tokens[at]!) ? phraseAt(grammar.months, tokens, at, folded) : null;
  if (!month) return null;
  const monthLast = at + month.words.length - 1;
  const yearAt = yearAfterMonth(tokens, monthLast, folded, grammar);
  const last = yearAt ?? monthLast;
  const phrase: DayPhrase = { kind: "date", calendar: month.value.calendar, year: yearAt === null ? null : Number(tokens[yearAt]!.text), month: month.value.month, day: ordinal.value, start: tokens[i]!.start, end: tokens[last]!.end };
  return { phrase, last };
}

/** "پایان شهریور ماه", "نهاية أكتوبر 2024", "ekim sonu": a month named without a day, by a word for its end. */
function monthEndAt(tokens: readonly NumberToken[], i: number, folded: string, grammar: DayGrammar): { phrase: DayPhrase; last: number } | null {
  const before = phraseAt(grammar.monthEndBefore, tokens, i, folded);
  const at = before ? i + before.words.length : i;
  if (before && !(tokens[at] && spaced(folded, tokens[at - 1]!, tokens[at]!))) return null;
  const month = phraseAt(grammar.months, tokens, at, folded);
  if (!month) return null;
  const monthLast = at + month.words.length - 1;
  // The year stays outside the phrase: standing alone it still sets the clause in a past year ("تا پایان آذر ۱۴۰۱").
  const yearAt = yearAfterMonth(tokens, monthLast, folded, grammar);
  let last = monthLast;
  if (!before) {
    const after = tokens[last + 1] && spaced(folded, tokens[last]!, tokens[last + 1]!) ? phraseAt(grammar.monthEndAfter, tokens, last + 1, folded) : null;
    if (!after) return null;
    last += after.words.length;
  }
  const phrase: DayPhrase = { kind: "monthEnd", calendar: month.value.calendar, year: yearAt === null ? null : Number(tokens[yearAt]!.text), month: month.value.month, start: tokens[i]!.start, end: tokens[last]!.end };
  return { phrase, last };
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d/.-]|\.\d)/g;

/** "1404/10/23", "13.01.2026": numeric dates in the orders the pack allows, with offsets into the folded text. */
function numericDates(folded: string, grammar: DayGrammar): DayPhrase[] {
  const found: DayPhrase[] = [];
  for (const match of folded.matchAll(NUMERIC_DATE)) {
    const [a, b, c] = [match[1]!, match[3]!, match[4]!];
    const order = a.length === 4 ? "year-month-day" : c.length === 4 ? "day-month-year" : null;
    if (!order || !grammar.numericDates.includes(order)) continue;
    const [year, month, day] = order === "year-month-day" ? [Number(a), Number(b), Number(c)] : [Number(c), Number(b), Number(a)];
    const calendar = year < 1700 ? grammar.numericCalendarBelow1700 : "gregorian";
    found.push({ kind: "date", calendar, year, month, day, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Every phrase of the text that names a day, left to right, with offsets into the text as given. */
export function findDayPhrases(text: string, grammar: DayGrammar): DayPhrase[] {
  const matching = matchingText(text, grammar.fold);
  const folded = matching.text;
  const tokens = numberTokens(folded);
  const numeric = numericDates(folded, grammar);
  const found: DayPhrase[] = [...numeric];
  let nextNumeric = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Tokens inside a numeric date ("1404/10/23") belong to it; both lists run left to right.
    while (nextNumeric < numeric.length && numeric[nextNumeric]!.end <= tokens[i]!.start) nextNumeric++;
    if (nextNumeric < numeric.length && tokens[i]!.start >= numeric[nextNumeric]!.start) continue;
    const date = writtenDateAt(tokens, i, folded, grammar) ?? ordinalDateAt(tokens, i, folded, grammar) ?? monthEndAt(tokens, i, folded, grammar);
    if (date) {
      found.push(date.phrase);
      i = date.last;
      continue;
    }
    const relative = phraseAt(grammar.relativeDays, tokens, i, folded);
    if (relative) {
      const last = i + relative.words.length - 1;
      found.push({ kind: "relative", daysBefore: relative.value, start: tokens[i]!.start, end: tokens[last]!.end });
      i = last;
      continue;
    }
    const weekday = phraseAt(grammar.weekdays, tokens, i, folded);
    if (weekday) {
      let first = i;
      let last = i + weekday.words.length - 1;
      const before = tokens[i - 1];
      const after = tokens[last + 1];
      const lastBefore = before !== undefined && grammar.lastWeekBefore.has(before.text) && spaced(folded, before, tokens[i]!);
      const lastAfter = after !== undefined && grammar.lastWeekAfter.has(after.text) && spaced(folded, tokens[last]!, after);
      if (lastBefore) first = i - 1;
      if (lastAfter) last += 1;
      found.push({ kind: "weekday", weekday: weekday.value, lastWeek: lastBefore || lastAfter, start: tokens[first]!.start, end: tokens[last]!.end });
      i = last;
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((phrase) => ({ ...phrase, ...originalSpan(matching, phrase.start, phrase.end) }));
}

const DAY_MS = 86_400_000;

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function toGregorian(calendar: CalendarKind, year: number, month: number, day: number): string | null {
  if (calendar === "solar-hijri") return solarHijriToGregorian(year, month, day);
  if (calendar === "hijri") return hijriToGregorian(year, month, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const iso = date.toISOString().slice(0, 10);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? iso : null;
}

/** The publication day's year in the date's calendar. */
function yearOfPublication(calendar: CalendarKind, published: string): number | null {
  if (calendar === "solar-hijri") return gregorianToSolarHijri(published)?.year ?? null;
  if (calendar === "hijri") return gregorianToHijri(published)?.year ?? null;
  return Number(published.slice(0, 4));
}

/**
 * The Gregorian day (YYYY-MM-DD) a phrase names, reading relative days and weekdays back from the
 * publication day (a weekday is the latest such day on or before it, or the week before with
 * "last"), and giving a date without a year the year that puts it on or before publication.
 * Null for a date that does not exist or a date without a year when there is no publication day.
 */
export function resolveDayPhrase(phrase: DayPhrase, published: string | null): string | null {
  if (phrase.kind === "monthEnd") {
    const lastDay = (year: number) => {
      const next = phrase.month === 12 ? toGregorian(phrase.calendar, year + 1, 1, 1) : toGregorian(phrase.calendar, year, phrase.month + 1, 1);
      return next === null ? null : shiftDays(next, -1);
    };
    if (phrase.year !== null) return lastDay(phrase.year);
    if (published === null) return null;
    const year = yearOfPublication(phrase.calendar, published);
    if (year === null) return null;
    const sameYear = lastDay(year);
    return sameYear !== null && sameYear <= published ? sameYear : lastDay(year - 1);
  }
  if (phrase.kind === "date") {
    if (phrase.year !== null) return toGregorian(phrase.calendar, phrase.year, phrase.month, phrase.day);
    if (published === null) return null;
    const year = yearOfPublication(phrase.calendar, published);
    if (year === null) return null;
    const sameYear = toGregorian(phrase.calendar, year, phrase.month, phrase.day);
    return sameYear !== null && sameYear <= published ? sameYear : toGregorian(phrase.calendar, year - 1, phrase.month, phrase.day);
  }
  if (published === null) return null;
  if (phrase.kind === "relative") return shiftDays(published, -phrase.daysBefore);
  const publishedWeekday = new Date(`${published}T00:00:00Z`).getUTCDay();
  let back = (publishedWeekday - phrase.weekday + 7) % 7;
  if (phrase.lastWeek && back === 0) back = 7;
  return shiftDays(published, -back);
}
