// The shape of a figure within its sentence: whether it may count people at all, whether a hedge
// after its noun or a word saying it was passed bounds it, and whether it names a part of a count
// (a partitive noun, a possessive ending, a part before its whole) and of which.
import type { Metric, Population } from "../../domain/claim.js";
import { findBoundedFigures, type BoundedFigure } from "./bounds.js";
import type { ClaimLexicon } from "./claim-words.js";
import type { MetricFound } from "./figure-metric.js";
import type { LanguagePack } from "./pack.js";
import type { DocumentState, PendingClaim, SentenceFigure } from "./pack-reading-state.js";
import { PhraseTable, type PhraseMatch } from "./phrase-table.js";
import { after, clauseMarksBetween, range, tokensOf, type SentenceWords } from "./sentence-words.js";

/** The figures of a sentence (the pack's number grammar, any digits) with the tokens they span, bounded by a hedge after their noun or a word saying they were passed. */
export function sentenceFigures(words: SentenceWords, pack: LanguagePack): SentenceFigure[] {
  return findBoundedFigures(words.text, pack.numbers, pack.hedges)
    .map((figure) => ({ figure, tokens: tokensOf(words, figure.start, figure.end) }))
    .filter((f): f is { figure: BoundedFigure; tokens: { first: number; last: number } } => f.tokens !== null)
    .map(({ figure, tokens }) => ({ figure: hedgedAfterNoun(words, pack, passed(words, pack.claims, figure, tokens), tokens), first: tokens.first, last: tokens.last }));
}

/** Marks the tokens that count people: the figures, the words counting persons, and the words for who was counted beside a figure. */
export function markCountingWords(words: SentenceWords, lexicon: ClaimLexicon, figures: readonly SentenceFigure[]): void {
  // "یک مقام محلی", "bir yetkili": one written as a word is an article, and may open a source's name.
  for (const f of figures) if (!isArticle(words, f)) for (const i of range(f.first, f.last)) words.counting.add(i);
  // A word for who was counted counts only beside a figure ("5 مدنيين"); away from one it may be a name's ("الدفاع المدني").
  const besideFigure = (m: { first: number; last: number }) => figures.some((f) => (m.first > f.last && m.first - f.last <= 3) || (m.last < f.first && f.first - m.last <= 1));
  for (const m of [...lexicon.personCounters.findAll(words.tokens, words.folded), ...lexicon.populations.findAll(words.tokens, words.folded).filter(besideFigure)]) for (const i of range(m.first, m.last)) words.counting.add(i);
}

/**
 * The count a figure is a part of (the count before it), or null: a part an opener announces ("از این
 * تعداد ۳۰ نفر کودک بودند"), one with a possessive ending ("532'si çocuk"), or a figure of those the count
 * before counted ("۳۸ نفر از اعدام‌شدگان زن بوده‌اند"); never a part named before its whole, which follows.
 */
export function wholeCountOf(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure, figures: readonly SentenceFigure[], metricMatch: MetricFound | null, partOpeners: ReadonlyArray<PhraseMatch<true>>, previousCount: PendingClaim | null): PendingClaim | null {
  // A metric word beyond a clause mark is another clause's: the part takes its whole's metric.
  // An opener before the figure, or right after it in its clause ("۳۰ نفر از آنان کودک بودند").
  const partOpener = partOpeners.filter((p) => p.last < f.first || (p.first <= f.last + 2 && p.first > f.last && clauseMarksBetween(words, f.last, p.first) === 0))[0] ?? null;
  const opened = !partBeforeWhole(words, lexicon, f, figures) && ((partOpener !== null && (!metricMatch || (partOpener.last < f.first && metricMatch.clauseMarks > 0))) || partBySuffix(words, lexicon, f));
  // "۳۸ نفر از اعدام‌شدگان زن بوده‌اند", "من بين المصابين 1404": a figure of those the count before counted is a part of it.
  const ofThoseCounted = !opened && metricMatch !== null && previousCount !== null && previousCount.mainEvent && metricMatch.match.value === previousCount.metric && partitiveNoun(words, lexicon, f, metricMatch.match);
  return opened || ofThoseCounted ? previousCount : null;
}

const hedgesAfter = new WeakMap<LanguagePack, PhraseTable<BoundedFigure["qualifier"]>>();

/** "مقتل خمسة متظاهرين على الأقل": a hedge after the counted noun bounds the figure before it. */
export function hedgedAfterNoun(words: SentenceWords, pack: LanguagePack, figure: BoundedFigure, at: { first: number; last: number }): BoundedFigure {
  if (figure.qualifier !== "exact" || figure.min === null) return figure;
  let table = hedgesAfter.get(pack);
  if (!table) hedgesAfter.set(pack, (table = new PhraseTable(Object.entries(pack.hedges.after), pack.fold)));
  for (const i of [at.last + 2, at.last + 3]) {
    const hedge = table.matchAt(words.tokens, i, words.folded);
    if (!hedge || clauseMarksBetween(words, at.last, i) > 0 || words.tokens.slice(at.last + 1, i).some((t) => t.digits)) continue;
    const value = figure.min;
    if (hedge.value === "at_least" || hedge.value === "more_than") return { ...figure, qualifier: hedge.value, min: value, max: null };
    if (hedge.value === "up_to") return { ...figure, qualifier: "up_to", min: null, max: value };
    if (hedge.value === "approx") return { ...figure, qualifier: "approx" };
  }
  return figure;
}

/** A metric word naming whom the figure is a part of: after it past a partitive marker ("۳۸ نفر از اعدام‌شدگان"), or before it after one ("من بين المصابين 1404"). */
export function partitiveNoun(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure, noun: PhraseMatch<Metric | null>): boolean {
  const markerEndsAt = (i: number) => lexicon.partitiveMarkers.findAll(words.tokens, words.folded, Math.max(0, i - 2), i).some((m) => m.last === i);
  if (noun.first > f.last) return noun.first - f.last <= 3 && markerEndsAt(noun.first - 1) && clauseMarksBetween(words, f.last, noun.first) === 0;
  return noun.last === f.first - 1 && markerEndsAt(noun.first - 1);
}

/** "532'si çocuk", "153'ü ise güvenlik güçleri mensubu": a figure with a possessive ending before who they were is a part of the count before. */
export function partBySuffix(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure): boolean {
  return suffixedPart(words, lexicon, f) !== null;
}

/** A figure with a case ending after an apostrophe ("3'ü", "615'i"): a noun phrase of its own, counting no word after it. */
export function caseEnded(words: SentenceWords, f: { first: number; last: number }): boolean {
  const ending = words.tokens[f.last]!;
  return f.last > f.first && !ending.digits && words.folded[ending.start - 1] === "'";
}

/** The population word after a figure with a possessive ending ("532'si çocuk"), or null. */
function suffixedPart(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure): PhraseMatch<Population> | null {
  const ending = words.tokens[f.last]!;
  if (ending.digits || f.last === f.first || !lexicon.partSuffixes.has(ending.text) || words.folded[ending.start - 1] !== "'") return null;
  const next = f.last + 1 + (lexicon.sourceStops.matchAt(words.tokens, f.last + 1, words.folded) ? 1 : 0);
  return lexicon.populations.matchAt(words.tokens, next, words.folded);
}

/** "58'i çocuk olmak üzere 344 kişi", "3'ü çocuk 10 kişi": a part named before the whole it is of, which follows. */
export function partBeforeWhole(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure, figures: readonly SentenceFigure[]): boolean {
  const population = suffixedPart(words, lexicon, f);
  if (population === null) return false;
  return lexicon.partBeforeWhole.matchAt(words.tokens, population.last + 1, words.folded) !== null || figures.some((g) => g.first === population.last + 1 && clauseMarksBetween(words, population.last, g.first) === 0);
}
/** "از ۵ هزار نفر فراتر رفت", "تجاوز 500": a figure said to be passed is more than it. */
export function passed(words: SentenceWords, lexicon: ClaimLexicon, figure: BoundedFigure, at: { first: number; last: number }): BoundedFigure {
  if (figure.qualifier !== "exact") return figure;
  const { tokens, folded } = words;
  const before = lexicon.passedBefore.findAll(tokens, folded, Math.max(0, at.first - 3), at.first - 1).some((m) => m.last === at.first - 1);
  if (!before) return figure;
  const afterWord = [at.last + 1, at.last + 2, at.last + 3].some((i) => lexicon.passedAfter.matchAt(tokens, i, folded) !== null && clauseMarksBetween(words, at.last, i) === 0);
  return afterWord ? { ...figure, qualifier: "more_than", max: null } : figure;
}

/** Tokens of the figures of a sentence that count people. */
export function figuresCounting(state: DocumentState, words: SentenceWords, figures: readonly SentenceFigure[], dayTokens: ReadonlySet<number>): number[] {
  return figures.filter((f) => countsPeople(state, words, f, dayTokens)).flatMap((f) => range(f.first, f.last));
}

/**
 * Whether a figure may count people: not part of a date, not a year, not a figure of years, cities,
 * per cent or money, not a fraction, and a word that is also something else ("نه", "bir") only
 * before a word counting people.
 */
export function countsPeople(state: DocumentState, words: SentenceWords, f: SentenceFigure, dayTokens: ReadonlySet<number>): boolean {
  const { figure } = f;
  const lexicon = state.pack.claims;
  const { tokens, folded } = words;
  if (range(f.first, f.last).some((i) => dayTokens.has(i))) return false;
  const value = figure.min ?? figure.max ?? 0;
  if (!Number.isInteger(value) || value < 1 || (figure.max !== null && !Number.isInteger(figure.max))) return false;
  if (/^\s*[%٪]/.test(after(words, f.last))) return false;
  const next = f.last + 1;
  // "3 hastane" counts hospitals; "3'ü hastanede" (three of them, in hospital) carries its own case ending.
  if (!caseEnded(words, f) && lexicon.notPeople.matchAt(tokens, next, folded)) return false;
  const before = lexicon.notPeopleBefore.findAll(tokens, folded, Math.max(0, f.first - 2), f.first - 1).some((m) => m.last === f.first - 1);
  if (before) return false;
  const single = f.first === f.last && !tokens[f.first]!.digits;
  // "یک مقام", "bir yetkili", "أحد": one person, written as a word, is a person's own case or an article.
  if (isArticle(words, f)) return false;
  const countedNext = lexicon.personCounters.matchAt(tokens, next, folded) ?? lexicon.populations.matchAt(tokens, next, folded);
  if (single && state.pack.numbers.ambiguous.has(tokens[f.first]!.text) && !countedNext) return false;
  // A year standing alone ("2023", "۱۴۰۱") is no count of people.
  // "من بين المصابين 1404": a metric word right before it makes it a count.
  const metricBefore = lexicon.metrics.findAll(tokens, folded, Math.max(0, f.first - 3), f.first - 1).some((m) => m.last === f.first - 1 && m.value !== null);
  if (isYear(words, f) && !countedNext && !metricBefore && (lexicon.metrics.matchAt(tokens, next, folded) === null || timeEnded(words, lexicon, f))) return false;
  return true;
}

/** One written as a single word ("یک", "bir", "أحد"): an article or one person's own case, never a count. */
export function isArticle(words: SentenceWords, f: SentenceFigure): boolean {
  return f.first === f.last && !words.tokens[f.first]!.digits && f.figure.min === 1 && f.figure.max === 1;
}

/** A figure written as one word that is also a noun ("شخصان", "قتيلين": two people, two dead). */
export function ownWord(words: SentenceWords, f: SentenceFigure): boolean {
  return f.first === f.last && !words.tokens[f.first]!.digits;
}

/** "2023'te idamlar …": a figure whose ending sets it in time, not one counting what follows. */
function timeEnded(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure): boolean {
  return caseEnded(words, f) && lexicon.timeSuffixes.has(words.tokens[f.last]!.text);
}

function isYear(words: SentenceWords, f: SentenceFigure): boolean {
  const token = words.tokens[f.first]!;
  // "2023", "2023'te": a year with or without its case ending.
  const ending = f.last === f.first + 1 && !words.tokens[f.last]!.digits;
  return (f.first === f.last || ending) && token.digits && /^\d{4}$/.test(token.text) && f.figure.qualifier === "exact" && Number(token.text) >= 1300 && Number(token.text) <= 2100;
}
