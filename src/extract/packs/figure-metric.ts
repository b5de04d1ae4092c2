// The metric of a figure: the metric word nearest it on either side, within the figures beside it,
// yielding to the verb that says what befell the counted people (closing the clause where the verb
// ends it, opening it where the verb comes first); none for a figure of two joined metrics.
import type { Metric } from "../../domain/claim.js";
import type { ClaimLexicon } from "./claim-words.js";
import { ownWord, partBeforeWhole } from "./figure-shapes.js";
import { CLAUSE_MARK_WEIGHT, nearestFigure } from "./figure-nearness.js";
import type { DocumentState, SentenceFigure } from "./pack-reading-state.js";
import type { PhraseMatch, PhraseTable } from "./phrase-table.js";
import { clauseMarksBetween, range, type SentenceWords } from "./sentence-words.js";

/** How far (in words) a metric word may stand from its figure. */
const METRIC_REACH = 12;

export interface MetricFound {
  /** A metric word, or a word counting what is no claim (value null). */
  match: PhraseMatch<Metric | null>;
  /** Clause marks between the word and the figure. */
  clauseMarks: number;
}

/**
 * The metric of each figure of a sentence: the metric word nearest it, or the one it shares with the
 * figure beside it (a part before its whole, joined counts). Null where none, or where the figure counts
 * what is no claim.
 */
export function sentenceMetrics(state: DocumentState, words: SentenceWords, figures: readonly SentenceFigure[], partOpeners: ReadonlyArray<PhraseMatch<true>>, dayTokens: ReadonlySet<number>): Array<MetricFound | null> {
  const lexicon = state.pack.claims;
  const metrics = metricWords(words, lexicon);
  const found = figures.map((f, i) => metricOf(state, words, metrics, figures, i, dayTokens));
  partsTakeWholesMetric(words, lexicon, figures, found);
  firstOfJoinedTakesNextMetric(words, lexicon, figures, found, partOpeners);
  secondOfJoinedTakesFirstMetric(words, figures, found);
  return found;
}

/** The sentence's metric words, but for one a word before makes a circumstance ("پس از بازداشت", after arrest), not what befell the people counted. */
function metricWords(words: SentenceWords, lexicon: ClaimLexicon): Array<PhraseMatch<Metric | null>> {
  return lexicon.metrics
    .findAll(words.tokens, words.folded)
    .filter((m) => !lexicon.metricCircumstances.findAll(words.tokens, words.folded, Math.max(0, m.first - 3), m.first - 1).some((c) => c.last === m.first - 1));
}

/** "58'i çocuk olmak üzere 344 kişi öldürüldü": a part named before its whole takes the whole's metric. */
function partsTakeWholesMetric(words: SentenceWords, lexicon: ClaimLexicon, figures: readonly SentenceFigure[], found: Array<MetricFound | null>): void {
  for (let i = found.length - 2; i >= 0; i--) if (partBeforeWhole(words, lexicon, figures[i]!, figures) && found[i + 1]) found[i] = found[i + 1]!;
}

/**
 * "۳۰ نفر از معترضان و ۵ مامور کشته شدند": the first of joined counts takes the verb of the second;
 * "۴۲ معترض، از جمله ۵ کودک، … جان باختند": so does a count whose part stands beside it, set off by an opener.
 */
function firstOfJoinedTakesNextMetric(words: SentenceWords, lexicon: ClaimLexicon, figures: readonly SentenceFigure[], found: Array<MetricFound | null>, partOpeners: ReadonlyArray<PhraseMatch<true>>): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const next = found[i + 1];
    const [a, b] = [figures[i]!, figures[i + 1]!];
    const partBeside = partOpeners.some((p) => p.first > a.last && p.last < b.first) && b.first - a.last <= 6;
    const own = found[i];
    const ownIsNoun = own !== null && own !== undefined && lexicon.predicateEndsClause && isCountedNoun(words, a, own.match);
    if ((!own || (ownIsNoun && partBeside)) && next && next.match.first > b.last && (joinedCounts(words, a, b) || partBeside)) found[i] = next;
  }
}

/** "از میان کشته‌شدگان ۴۰ زن و ۱۴ کودک": the second of joined counts takes the word before the first. */
function secondOfJoinedTakesFirstMetric(words: SentenceWords, figures: readonly SentenceFigure[], found: Array<MetricFound | null>): void {
  for (let i = 1; i < found.length; i++) {
    const before = found[i - 1];
    if (!found[i] && before && before.match.last < figures[i - 1]!.first && joinedCounts(words, figures[i - 1]!, figures[i]!)) found[i] = before;
  }
}

/** The metric word nearest the figure on either side, between it and the figures beside it; null when a combined figure ("killed or injured") or none. */
export function metricOf(state: DocumentState, words: SentenceWords, metrics: ReadonlyArray<PhraseMatch<Metric | null>>, figures: readonly SentenceFigure[], index: number, dayTokens: ReadonlySet<number>): MetricFound | null {
  const lexicon = state.pack.claims;
  const f = figures[index]!;
  const previous = figures[index - 1] ?? null;
  const next = figures[index + 1] ?? null;
  const left = previous ? previous.last + 1 : 0;
  const right = next ? next.first - 1 : words.tokens.length - 1;
  let best: { match: PhraseMatch<Metric | null>; distance: number } | null = null;
  // "12 قتيلا ونحو 2800 جريح": the counted noun of the figure before is that figure's when this one has its own after it.
  const ownNounAfter = previous !== null && metrics.some((m) => m.value !== null && isCountedNoun(words, f, m) && m.last <= right);
  for (const match of metrics) {
    if (match.first < left || match.last > right || (match.last >= f.first && match.first <= f.last)) continue;
    if (ownNounAfter && match.last < f.first && isCountedNoun(words, previous, match)) continue;
    const isAfter = match.first > f.last;
    // Where the verb ends the clause, the counted noun of the figure before ("یازده زندانی، از جمله دو زن") and
    // the verb closing its clause ("72 bin kişinin yaralandığını ve 1 milyon …") are that figure's.
    if (lexicon.predicateEndsClause && previous && !isAfter && (isCountedNoun(words, previous, match) || closesClause(words, lexicon, match.last, 0))) continue;
    const [a, b] = isAfter ? [f.last, match.first] : [match.last, f.first];
    const conjunctions = lexicon.conjunctions.findAll(words.tokens, words.folded, a + 1, b - 1).length + (isAfter && startsWithWord(lexicon.conjunctions, match.clitic) ? 1 : 0);
    if (isAfter && conjunctions > 0 && lexicon.conjunctionEndsMetricAfter) continue;
    // A conjunction between a metric word and the figure after it closes that word's clause ("… کشته شدند و ۴۰ نفر …").
    // "۶ نفر از بازداشت‌شدگان … به اعدام محکوم شدند": a metric word naming whom the figure is a part of yields to the verb.
    const partitive = isAfter && lexicon.partitiveMarkers.findAll(words.tokens, words.folded, Math.max(0, match.first - 2), match.first - 1).some((m) => m.last === match.first - 1);
    const dayWords = range(a + 1, b - 1).filter((i) => dayTokens.has(i)).length;
    const participle = !isAfter && lexicon.participleEndings.some((e) => words.tokens[match.last]!.text.endsWith(e));
    // Day words and the counted noun phrase ("۱۸۲ تن از مأموران نیروی انتظامی") put the verb no further away.
    const countedWords = range(a + 1, b - 1).filter((i) => words.counting.has(i) && !dayTokens.has(i)).length;
    const distance = b - a - 1 - dayWords - countedWords + (participle ? 3 : 0) + CLAUSE_MARK_WEIGHT * clauseMarksBetween(words, a, b) + conjunctions * (isAfter ? 1 : 3) + (isAfter ? 0.5 : 0) + (partitive ? 4 : 0);
    if (distance > METRIC_REACH) continue;
    if (!best || distance < best.distance) best = { match, distance };
  }
  // "قتيلان", "جريحين": a noun in the dual is its own figure and says what befell them.
  const own = !best && ownWord(words, f) ? lexicon.metrics.matchAt(words.tokens, f.first, words.folded) : null;
  if (own) best = { match: own, distance: 0 };
  // The other metric of a combined figure belongs to this figure, not to a figure of its own ("قتلوا وأصيب 40").
  if (!best) return null;
  const chosen = (lexicon.predicateEndsClause ? predicateAfterCountedNoun(words, lexicon, metrics, f, best.match, right, dayTokens) : predicateBeforeCountedNoun(words, lexicon, metrics, f, best.match, left, previous)) ?? best.match;
  const ownMetrics = metrics.filter((m) => m === chosen || nearestFigure(figures, m) === f);
  if (chosen.value !== null && isCombined(words, ownMetrics, chosen, state)) return null;
  const [a, b] = chosen.first > f.last ? [f.last, chosen.first] : [chosen.last, f.first];
  return { match: chosen, clauseMarks: clauseMarksBetween(words, a, b) };
}

/** Whether a metric word stands right after a figure, its counted words aside ("۱۸ زندانی", "۱۸ نفر زندانی"). */
export function isCountedNoun(words: SentenceWords, f: SentenceFigure, word: { first: number }): boolean {
  return word.first > f.last && range(f.last + 1, word.first - 1).every((i) => words.counting.has(i)) && clauseMarksBetween(words, f.last, word.first) === 0;
}

/**
 * "۱۸ زندانی در هفته گذشته اعدام شدند", "12 tutuklu cezaevinde idam edildi": in a language whose
 * verb ends the clause, a metric word after the figure (its counted noun, or a word describing a
 * place) yields to the metric verb closing the clause, which says what befell them. Null when no such verb.
 */
function predicateAfterCountedNoun(words: SentenceWords, lexicon: ClaimLexicon, metrics: ReadonlyArray<PhraseMatch<Metric | null>>, f: SentenceFigure, noun: PhraseMatch<Metric | null>, right: number, dayTokens: ReadonlySet<number>): PhraseMatch<Metric | null> | null {
  // A metric word after the figure followed by the verb closing the clause describes someone or something
  // else ("از ساکنان روستاهای آسیب‌دیده … آواره شدند", "به اتهام … بازداشت کرد"); a verb past a word
  // opening a subordinate clause is that clause's ("با اتهاماتی روبه‌رو هستند که مجازات آن اعدام است").
  if (noun.first <= f.last) return null;
  for (const verb of metrics) {
    if (verb.first <= noun.last || verb.last > right || verb.value === noun.value) continue;
    if (clauseMarksBetween(words, noun.last, verb.first) > 0 || lexicon.conjunctions.findAll(words.tokens, words.folded, noun.last + 1, verb.first - 1).length > 0 || startsWithWord(lexicon.conjunctions, verb.clitic)) continue;
    if (lexicon.subordinators.findAll(words.tokens, words.folded, f.last + 1, verb.first - 1).length > 0) continue;
    const between = range(noun.last + 1, verb.first - 1).filter((i) => !dayTokens.has(i) && !words.counting.has(i)).length;
    if (between <= METRIC_REACH && closesClause(words, lexicon, verb.last)) return verb;
  }
  return null;
}

/**
 * "أعدمت السلطات 7 سجناء": in a language whose verb opens the clause, a metric verb before the figure,
 * in its clause, says what befell the people its counted noun names. Null when no such verb.
 */
function predicateBeforeCountedNoun(words: SentenceWords, lexicon: ClaimLexicon, metrics: ReadonlyArray<PhraseMatch<Metric | null>>, f: SentenceFigure, noun: PhraseMatch<Metric | null>, left: number, previous: SentenceFigure | null): PhraseMatch<Metric | null> | null {
  if (!isCountedNoun(words, f, noun) || noun.value === null) return null;
  // "12 قتيلا ونحو 2800 جريح": the counted noun of the figure before is no verb of this one.
  const verbs = metrics.filter((m) => !(previous && isCountedNoun(words, previous, m)) && m.first >= left && m.last < f.first && m.value !== noun.value && m.value !== null && f.first - m.last - 1 <= 3 && clauseMarksBetween(words, m.last, f.first) === 0 && lexicon.conjunctions.findAll(words.tokens, words.folded, m.last + 1, f.first - 1).length === 0);
  return verbs.at(-1) ?? null;
}

/** How many words after a metric verb may still belong to it (an auxiliary: "شده است", "edildi") before its clause ends. */
const AUXILIARY_WORDS = 2;

/** Whether the clause ends after token `last`, but for auxiliaries and a speech verb ("… kaybolduğunu bildirdi"). */
function closesClause(words: SentenceWords, lexicon: ClaimLexicon, last: number, auxiliaries = AUXILIARY_WORDS): boolean {
  const { tokens, folded } = words;
  const ends = (i: number) => i >= tokens.length || clauseMarksBetween(words, i - 1, i) > 0 || lexicon.conjunctions.matchAt(tokens, i, folded) !== null;
  for (let i = last + 1; i <= last + 1 + auxiliaries; i++) {
    if (ends(i)) return true;
    const cue = lexicon.attributionAfter.matchAt(tokens, i, folded);
    if (cue && ends(cue.last + 1)) return true;
  }
  return false;
}

/** Whether a clitic is, or opens with, one of a table's words ("وال" opens with "و"). */
function startsWithWord(table: PhraseTable<true>, clitic: string | null): boolean {
  return clitic !== null && (table.hasWord(clitic) || table.hasWord(clitic[0]!));
}

/** "کشته و زخمی", "قتلى وجرحى", "ölü ve yaralı": two metrics joined into one figure, which is no claim. */
function isCombined(words: SentenceWords, metrics: ReadonlyArray<PhraseMatch<Metric | null>>, match: PhraseMatch<Metric | null>, state: DocumentState): boolean {
  const lexicon = state.pack.claims;
  const joins = (a: PhraseMatch<Metric | null>, b: PhraseMatch<Metric | null>) => {
    if (a.value === null || b.value === null || a.value === b.value || b.first <= a.last || clauseMarksBetween(words, a.last, b.first) > 0) return false;
    if (b.first === a.last + 1 && startsWithWord(lexicon.metricJoiners, b.clitic)) return true;
    const joiner = lexicon.metricJoiners.matchAt(words.tokens, a.last + 1, words.folded);
    return joiner !== null && joiner.last + 1 === b.first;
  };
  return metrics.some((other) => joins(match, other) || joins(other, match));
}

/** Two counts joined by a conjunction with nothing but their counted words between ("۳۰ معترض و ۵ مامور"). */
export function joinedCounts(words: SentenceWords, a: SentenceFigure, b: SentenceFigure): boolean {
  return b.first - a.last <= 5 && clauseMarksBetween(words, a.last, b.first) === 0 && words.tokens.slice(a.last + 1, b.first).length > 0;
}
