// What stands nearest a figure: the nearest of any phrases, the nearest within its clause (clause
// marks and conjunctions put a word further away), the figure a word stands nearest, and the
// population word that says who a figure counted.
import type { Metric, Population } from "../../domain/claim.js";
import type { ClaimLexicon } from "./claim-words.js";
import { caseEnded, ownWord } from "./figure-shapes.js";
import type { DocumentState, SentenceFigure } from "./pack-reading-state.js";
import type { PhraseMatch } from "./phrase-table.js";
import { clauseMarksBetween, range, type SentenceWords } from "./sentence-words.js";

/** How far a population word may stand from its figure. */
const POPULATION_REACH = 5;
/** A clause mark between two words counts as this many words. */
export const CLAUSE_MARK_WEIGHT = 4;

/** The item whose tokens stand nearest the figure (either side), within `reach` words when given. */
export function nearest<T>(items: readonly T[], f: { first: number; last: number }, tokensOfItem: (item: T) => { first: number; last: number }, reach = Infinity): T | null {
  let best: { item: T; distance: number } | null = null;
  for (const item of items) {
    const t = tokensOfItem(item);
    const distance = t.first > f.last ? t.first - f.last : t.last < f.first ? f.first - t.last : 0;
    if (distance > reach) continue;
    if (!best || distance < best.distance) best = { item, distance };
  }
  return best?.item ?? null;
}

/** The phrase nearest the figure, a clause mark or a conjunction before the figure putting it further away ("… تایید کرده و مرگ ۱۷۰۹۱ نفر را در دست بررسی دارد"). */
export function nearestInClause<T>(words: SentenceWords, lexicon: ClaimLexicon, matches: ReadonlyArray<PhraseMatch<T>>, f: SentenceFigure, reach: number): PhraseMatch<T> | null {
  let best: { match: PhraseMatch<T>; distance: number } | null = null;
  for (const match of matches) {
    // "20 bini aşabileceğini": a status word the figure's hedge took in.
    if (match.last >= f.first && match.first <= f.last) return match;
    const isAfter = match.first > f.last;
    const [a, b] = isAfter ? [f.last, match.first] : [match.last, f.first];
    const conjunctions = lexicon.conjunctions.findAll(words.tokens, words.folded, a + 1, b - 1).length;
    const distance = b - a - 1 + CLAUSE_MARK_WEIGHT * clauseMarksBetween(words, a, b) + conjunctions * (isAfter ? 1 : 3);
    if (distance <= reach && (!best || distance < best.distance)) best = { match, distance };
  }
  return best?.match ?? null;
}

/** The figure a word stands nearest, counting words between. */
export function nearestFigure(figures: readonly SentenceFigure[], word: { first: number; last: number }): SentenceFigure | null {
  return nearest(figures, word, (f) => f);
}

/** The population word nearest the figure: after it (the counted noun) or before it, within its clause. */
export function populationOf(state: DocumentState, words: SentenceWords, f: SentenceFigure, metric: PhraseMatch<Metric | null> | null, figures: readonly SentenceFigure[], nameTokens: ReadonlySet<number>): { value: Population; first: number; last: number } | null {
  // "طفلان", "امرأتين": a noun in the dual is its own figure and names who was counted.
  const own = ownWord(words, f) ? state.pack.claims.populations.matchAt(words.tokens, f.first, words.folded) : null;
  if (own) return { value: own.value, first: own.first, last: own.last };
  const index = figures.indexOf(f);
  const left = index > 0 ? figures[index - 1]!.last + 1 : 0;
  const right = index + 1 < figures.length ? figures[index + 1]!.first - 1 : words.tokens.length - 1;
  const reachLeft = Math.max(left, Math.min(f.first - 3, metric && metric.last < f.first ? metric.first - 1 : f.first - 3));
  const reachRight = Math.min(right, Math.max(f.last + POPULATION_REACH, metric && metric.first > f.last ? metric.last + 1 : 0));
  let best: { value: Population; first: number; last: number; distance: number } | null = null;
  for (const match of state.pack.claims.populations.findAll(words.tokens, words.folded, reachLeft, reachRight)) {
    if (match.last >= f.first && match.first <= f.last) continue;
    if (range(match.first, match.last).some((i) => nameTokens.has(i))) continue;
    const isAfter = match.first > f.last;
    const [a, b] = isAfter ? [f.last, match.first] : [match.last, f.first];
    if (clauseMarksBetween(words, a, b) > 0) continue;
    // "3'ü çocuk 10 kişi": the word after a part with a case ending is the part's, not the whole's.
    if (!isAfter && figures.some((g) => g !== f && g.last === match.first - 1 && caseEnded(words, g))) continue;
    // Before the figure, only the word right before it or one between it and its metric word ("الأطفال القتلى 30").
    const betweenMetric = metric !== null && metric.last < f.first && match.first > metric.last;
    if (!isAfter && b - a - 1 > 1 && !betweenMetric) continue;
    // "قوات الأمن اعتقلت 178 شخصا": before the verb that counts the figure stands who did it, not who was counted.
    if (!isAfter && metric !== null && metric.first > match.last && metric.last < f.first) continue;
    const distance = b - a - 1 + (isAfter ? 0 : 1.5);
    if (!best || distance < best.distance) best = { value: match.value, first: match.first, last: match.last, distance };
  }
  return best;
}
