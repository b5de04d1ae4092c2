// The days a sentence of a pack's language names for its figures: dates and relative days that
// may date a count (not a period's start, not after publication), and a past year a clause is set in
// ("سال ۱۴۰۱", "عام 2011", "1999 depreminde"), its last day converted from its calendar.
import { gregorianToHijri, gregorianToSolarHijri, hijriToGregorian, solarHijriToGregorian } from "../../domain/calendars.js";
import { resolveDayPhrase, type DayPhrase } from "./day-phrases.js";
import type { LanguagePack } from "./pack.js";
import { clauseMarksBetween, range, type SentenceWords } from "./sentence-words.js";

export interface DatedPhrase {
  iso: string;
  first: number;
  last: number;
  /** A weekday or a day counted back ("on Thursday", "yesterday"), not a date: the words that date a statement. */
  spoken: boolean;
}

/** How far after a day the participle of the event it dates may stand ("… günü … meydana gelen"), in tokens. */
const EVENT_VERB_REACH = 6;
/** How far before a day a word opening a period to now may stand ("منذ بدء الحملة في …"), in tokens. */
const SINCE_REACH = 5;

/** The days a sentence names that may date its figures (not a period's start, not after publication), with their tokens. */
export function datesOf(pack: LanguagePack, published: string | null, words: SentenceWords, phrases: ReadonlyArray<{ phrase: DayPhrase; tokens: { first: number; last: number } | null }>): DatedPhrase[] {
  const lexicon = pack.claims;
  const { tokens, folded } = words;
  const dates: DatedPhrase[] = [];
  for (const { phrase, tokens: at } of phrases) {
    if (!at) continue;
    const iso = resolveDayPhrase(phrase, published);
    if (!iso || (published !== null && iso > published)) continue;
    const opensBefore = lexicon.periodStartsBefore.findAll(tokens, folded, Math.max(0, at.first - 2), at.first - 1).some((m) => m.last === at.first - 1);
    // "6 Şubat'tan beri", "16 Eylül'de … ölmesinin ardından başlayan": a period opening on the day, within its clause.
    const opensAfter = range(at.last + 1, Math.min(tokens.length - 1, at.last + 6)).some((i) => lexicon.periodStartsAfter.matchAt(tokens, i, folded) !== null && clauseMarksBetween(words, at.last, i) === 0);
    // "در سیلاب‌های جمعه گذشته", "cuma günü meydana gelen depremde": the day the event struck, not the figure's.
    const eventBefore = lexicon.eventDayBefore.findAll(tokens, folded, Math.max(0, at.first - 2), at.first - 1).some((m) => m.last === at.first - 1);
    // "cuma akşamı Elazığ'ın Sivrice ilçesinde meydana gelen depremde": the participle may stand a place away, in the day's clause.
    const eventAfter = range(at.last + 1, Math.min(tokens.length - 1, at.last + EVENT_VERB_REACH)).some((i) => lexicon.eventDayAfter.matchAt(tokens, i, folded) !== null && clauseMarksBetween(words, at.last, i) === 0);
    // "منذ بدء الحملة الأمريكية في 15 آذار", "منذ احتجاجات 20 سبتمبر": a day a period runs from, a few words after "since".
    // "از ابتدای سال جاری تا پایان شهریور": not a day a word for "until" puts the count at.
    const until = lexicon.asOfBefore.findAll(tokens, folded, Math.max(0, at.first - SINCE_REACH), at.last);
    const since = lexicon.sinceWords.findAll(tokens, folded, Math.max(0, at.first - SINCE_REACH), at.first - 1).some((m) => clauseMarksBetween(words, m.last, at.first) === 0 && !until.some((u) => u.first > m.last));
    if (opensBefore || opensAfter || eventBefore || eventAfter || since) continue;
    dates.push({ iso, ...at, spoken: phrase.kind !== "date" });
  }
  return dates;
}

/** The year of the publication day in a calendar. */
function publicationYear(published: string, calendar: "gregorian" | "solar-hijri" | "hijri"): number | null {
  if (calendar === "solar-hijri") return gregorianToSolarHijri(published)?.year ?? null;
  if (calendar === "hijri") return gregorianToHijri(published)?.year ?? null;
  return Number(published.slice(0, 4));
}

/** A year before the publication's that the figure's clause is set in ("سال ۱۴۰۱", "عام 2011", "1999 depreminde"): its Gregorian last day. */
export function pastYearOf(pack: LanguagePack, published: string | null, words: SentenceWords, f: { first: number; last: number } | null, dayTokens: ReadonlySet<number>, counted: ReadonlySet<number>): { iso: string; first: number } | null {
  if (!published) return null;
  const { tokens, folded } = words;
  const lexicon = pack.claims;
  let latest: { iso: string; first: number; year: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A year inside a date ("since 7 October 2023") dates a day; only a year standing alone sets the clause in it.
    if (!/^\d{4}$/.test(token.text) || (f && i >= f.first && i <= f.last) || dayTokens.has(i) || counted.has(i)) continue;
    // "since 2023", "2011'den bu yana", "منذ اندلاع الحرب في أبريل 2023" open a period that runs to now: no past year.
    if (lexicon.periodStartsBefore.findAll(tokens, folded, Math.max(0, i - 2), i - 1).length > 0) continue;
    if (range(i + 1, Math.min(tokens.length - 1, i + 3)).some((k) => lexicon.periodStartsAfter.matchAt(tokens, k, folded) !== null && clauseMarksBetween(words, i, k) === 0)) continue;
    if (lexicon.sinceWords.findAll(tokens, folded, Math.max(0, i - 8), i - 1).some((m) => clauseMarksBetween(words, m.last, i) === 0)) continue;
    if (f) {
      const [a, b] = i < f.first ? [i, f.first] : [f.last, i];
      if (clauseMarksBetween(words, a, b) > 0) continue;
    }
    const year = Number(token.text);
    const calendar = year < 1700 ? pack.days.numericCalendarBelow1700 : "gregorian";
    // A Solar Hijri or Hijri year reads like a count ("إلى 1414"): it is a year only beside a word for year or a month.
    if (calendar !== "gregorian" && !besideYearWord(pack, words, i)) continue;
    const current = publicationYear(published, calendar);
    if (current === null || year >= current || year < current - 150) continue;
    // "در سال‌های ۲۰۰۳ تا ۲۰۰۸": a period of years ends with the latest.
    const iso = lastDayOfYear(calendar, year);
    if (iso && (!latest || iso > latest.iso)) latest = { iso, first: i, year };
  }
  if (latest) return { iso: latest.iso, first: latest.first };
  // "وفي العام الماضي، نفذت السلطات 834 حكما", "Geçen yıl … 11 kişi hayatını kaybetmişti": the year before publication.
  for (const m of lexicon.lastYearWords.findAll(tokens, folded)) {
    if (f && clauseMarksBetween(words, Math.min(m.last, f.last), Math.max(m.first, f.first)) > 0 && !opensSentence(words, m.first, f.first)) continue;
    const current = publicationYear(published, m.value);
    const iso = current === null ? null : lastDayOfYear(m.value, current - 1);
    if (iso) return { iso, first: m.first };
  }
  return null;
}

/** "وفي العام الماضي، نفذت …": a phrase opening the sentence, set off by a comma, frames the clause after it. */
function opensSentence(words: SentenceWords, first: number, figure: number): boolean {
  return first <= 2 && clauseMarksBetween(words, first, figure) === 1;
}

/** "سال ۱۴۰۱", "عام 1445", "آبان ۱۳۹۸", "۱۴۴۴ هـ": a year word or a month name right before or after token i. */
function besideYearWord(pack: LanguagePack, words: SentenceWords, i: number): boolean {
  const { tokens, folded } = words;
  const lexicon = pack.claims;
  const yearWord = lexicon.yearWords.findAll(tokens, folded, Math.max(0, i - 2), i - 1).some((m) => m.last === i - 1) || lexicon.yearWords.matchAt(tokens, i + 1, folded) !== null;
  const month = i > 0 && pack.days.months.some((m) => m.words.length === 1 && m.words[0] === tokens[i - 1]!.text);
  return yearWord || month;
}

/** The Gregorian day that ends a year of a calendar (1403 Solar Hijri ends on 2025-03-20). */
function lastDayOfYear(calendar: "gregorian" | "solar-hijri" | "hijri", year: number): string | null {
  if (calendar === "gregorian") return `${year}-12-31`;
  const next = calendar === "solar-hijri" ? solarHijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year + 1, 1, 1);
  return next ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : null;
}
