// The claim pipeline for a language read through its pack (Persian, Arabic, Turkish): lines →
// sentences → figures (the pack's number grammar, any digits) → hedge and bounds → metric (the
// nearest metric word on either side, as word order differs) → population → claimant → status →
// as-of → main event → one claim per figure, duplicates merged as in English. The same Claim the
// English pipeline makes, with evidence offsets into the text as read.
import type { Claim, Metric, Population, Status } from "../../domain/claim.js";
import { mergeDuplicateClaims } from "../dedupe.js";
import { attributeHeadline } from "../headline.js";
import { readLayout } from "../layout.js";
import type { Span } from "../sentences.js";
import type { ExtractionTrace, Words } from "../trace.js";
import { findBoundedFigures, type BoundedFigure } from "./bounds.js";
import { datesOf, pastYearOf, type DatedPhrase } from "./claim-days.js";
import { findDayPhrases } from "./day-phrases.js";
import type { LanguagePack } from "./pack.js";
import type { ClaimLexicon, PackClaimant } from "./claim-words.js";
import { PhraseTable, type PhraseMatch } from "./phrase-table.js";
import { findSentenceSources, knownSource, type PackSource, type SentenceAttribution, type WrittenSource } from "./sentence-sources.js";
import { after, clauseMarksBetween, documentSpan, readSentenceWords, tokensOf, type SentenceWords } from "./sentence-words.js";

interface PendingClaim extends Claim {
  inTitle: boolean;
}

/** How far (in words) a metric word may stand from its figure. */
const METRIC_REACH = 12;
/** How far a population word may stand from its figure, and a status word from the figure. */
const POPULATION_REACH = 5;
const STATUS_REACH = 14;
/** How far (in words) after a source's name a day may stand and date what it said (a title between commas, "روز"). */
const SPEAKER_DAY_REACH = 6;
/** A clause mark between two words counts as this many words. */
const CLAUSE_MARK_WEIGHT = 4;

interface DocumentState {
  text: string;
  pack: LanguagePack;
  published: string | null;
  history: PackSource[];
  /** Sources as the document wrote their names, for a surname alone later. */
  writtenSources: WrittenSource[];
  /** The source the document last credited a figure to, in a sentence with a figure or without: later figures stay its own until another is named. */
  voice: PackSource | null;
  /** The last day a sentence named, for "that same day". */
  lastDay: string | null;
  /** A past year the headline or lead sets the report in ("executions in 2024"): its figures are of that year. */
  periodYear: string | null;
  /** Lines read so far. */
  lineIndex: number;
  /** The day each source's last figure of the main event was dated by the text ("X said on Tuesday"): its later figures without a day of their own are of that day. */
  sourceDays: Map<string, string>;
  claims: PendingClaim[];
  lastClaim: PendingClaim | null;
  trace: ExtractionTrace | null;
}

interface ParagraphState {
  inTitle: boolean;
  lastClaim: PendingClaim | null;
  /** A figureless sentence naming a source and a day ("وزارت بهداشت روز سه‌شنبه آمار تازه‌ای منتشر کرد"): the figures after it are that source's, of that day. */
  statedSource: PackSource | null;
  statedDay: string | null;
}

/** A figure of a sentence with the tokens it spans. */
interface SentenceFigure {
  figure: BoundedFigure;
  first: number;
  last: number;
}

/** Claims of a document in a pack's language. */
export function extractPackClaims(text: string, pack: LanguagePack, published: string | null, trace: ExtractionTrace | null = null): Claim[] {
  const state: DocumentState = { text, pack, published, history: [], writtenSources: [], voice: null, lastDay: null, periodYear: null, lineIndex: 0, sourceDays: new Map(), claims: [], lastClaim: null, trace };
  const { lines, titleLine } = readLayout(text);
  for (const line of lines) {
    const paragraph: ParagraphState = { inTitle: line === titleLine, lastClaim: null, statedSource: null, statedDay: null };
    for (const sentence of pack.splitSentences(text, line)) readSentence(state, paragraph, sentence);
    state.lineIndex++;
  }
  return mergeDuplicateClaims(attributeHeadline(state.claims));
}

function readSentence(state: DocumentState, paragraph: ParagraphState, span: Span): void {
  const { pack } = state;
  const lexicon = pack.claims;
  const words = readSentenceWords(state.text, span, pack.fold);
  const dayPhrases = findDayPhrases(words.text, pack.days).map((phrase) => ({ phrase, tokens: tokensOf(words, phrase.start, phrase.end) }));
  const dayTokens = new Set(dayPhrases.flatMap((d) => (d.tokens ? range(d.tokens.first, d.tokens.last) : [])));
  const allFigures = findBoundedFigures(words.text, pack.numbers, pack.hedges)
    .map((figure) => ({ figure, tokens: tokensOf(words, figure.start, figure.end) }))
    .filter((f): f is { figure: BoundedFigure; tokens: { first: number; last: number } } => f.tokens !== null)
    .map(({ figure, tokens }) => ({ figure: hedgedAfterNoun(words, pack, passed(words, lexicon, figure, tokens), tokens), first: tokens.first, last: tokens.last }));
  // "یک مقام محلی", "bir yetkili": one written as a word is an article, and may open a source's name.
  for (const f of allFigures) if (!isArticle(words, f)) for (const i of range(f.first, f.last)) words.counting.add(i);
  // A word for who was counted counts only beside a figure ("5 مدنيين"); away from one it may be a name's ("الدفاع المدني").
  const besideFigure = (m: { first: number; last: number }) => allFigures.some((f) => (m.first > f.last && m.first - f.last <= 3) || (m.last < f.first && f.first - m.last <= 1));
  for (const m of [...lexicon.personCounters.findAll(words.tokens, words.folded), ...lexicon.populations.findAll(words.tokens, words.folded).filter(besideFigure)]) for (const i of range(m.first, m.last)) words.counting.add(i);
  const sources = findSentenceSources(state.text, words, lexicon, state.history, dayTokens, state.writtenSources);
  for (const a of sources) if (!state.history.includes(a.source)) state.history.push(a.source);
  for (const a of sources) if (a.how !== "referred back") state.writtenSources.push({ written: a.written, source: a.source });
  // A known source named without a cue ("هرانا چه می‌گوید؟") is the one "this agency" refers back to next.
  for (const named of lexicon.claimants.findAll(words.tokens, words.folded)) rememberKnown(state, named.value);
  const figures = allFigures.filter((f) => countsPeople(state, words, f, dayTokens));
  // "الدفاع المدني", "Sağlık Bakanlığı": words of a source's name never say who was counted.
  const nameTokens = new Set([...sources.map((a) => a.named), ...lexicon.claimants.findAll(words.tokens, words.folded)].flatMap((n) => range(n.first, n.last)));
  const days = datesOf(pack, state.published, words, dayPhrases);
  // The headline or lead sets the report in a past year ("اعدام‌ها در سال ۱۴۰۳", "executions in 2024"): its figures are of that year.
  if (state.lineIndex <= 1 && state.periodYear === null) state.periodYear = pastYearOf(pack, state.published, words, null, dayTokens, new Set(figuresCounting(state, words, allFigures, dayTokens)))?.iso ?? null;
  const sameDay = lexicon.sameDay.findAll(words.tokens, words.folded)[0] ?? null;
  if (figures.length === 0) {
    // A sentence that names a source (and maybe a day) without a figure speaks for the figures after it.
    const named = sources.at(-1);
    if (named) {
      paragraph.statedSource = named.source;
      paragraph.statedDay = days[0]?.iso ?? paragraph.statedDay;
      state.voice = named.source;
    }
    state.lastDay = days.at(-1)?.iso ?? state.lastDay;
    return;
  }
  const metrics = lexicon.metrics
    .findAll(words.tokens, words.folded)
    .filter((m) => !lexicon.metricCircumstances.findAll(words.tokens, words.folded, Math.max(0, m.first - 3), m.first - 1).some((c) => c.last === m.first - 1));
  const found = figures.map((f, i) => metricOf(state, words, metrics, figures, i, dayTokens));
  const partOpeners = lexicon.partOpeners.findAll(words.tokens, words.folded);
  // "58'i çocuk olmak üzere 344 kişi öldürüldü": a part named before its whole takes the whole's metric.
  for (let i = found.length - 2; i >= 0; i--) if (partBeforeWhole(words, lexicon, figures[i]!, figures) && found[i + 1]) found[i] = found[i + 1]!;
  // "۳۰ نفر از معترضان و ۵ مامور کشته شدند": the first of joined counts takes the verb of the second;
  // "۴۲ معترض، از جمله ۵ کودک، … جان باختند": so does a count whose part stands beside it, set off by an opener.
  for (let i = found.length - 2; i >= 0; i--) {
    const next = found[i + 1];
    const [a, b] = [figures[i]!, figures[i + 1]!];
    const partBeside = partOpeners.some((p) => p.first > a.last && p.last < b.first) && b.first - a.last <= 6;
    const own = found[i];
    const ownIsNoun = own !== null && own !== undefined && lexicon.predicateEndsClause && isCountedNoun(words, a, own.match);
    if ((!own || (ownIsNoun && partBeside)) && next && next.match.first > b.last && (joinedCounts(words, a, b) || partBeside)) found[i] = next;
  }
  // "از میان کشته‌شدگان ۴۰ زن و ۱۴ کودک": the second of joined counts takes the word before the first.
  for (let i = 1; i < found.length; i++) {
    const before = found[i - 1];
    if (!found[i] && before && before.match.last < figures[i - 1]!.first && joinedCounts(words, figures[i - 1]!, figures[i]!)) found[i] = before;
  }
  const sameDayIso = sameDay ? state.lastDay : null;
  for (const [i, f] of figures.entries()) {
    const metricMatch = found[i] ?? null;
    if (metricMatch && metricMatch.match.value === null) continue;
    // "از این تعداد ۳۰ نفر کودک بودند": a part of the count before, of its metric.
    // A metric word beyond a clause mark is another clause's: the part takes its whole's metric.
    // An opener before the figure, or right after it in its clause ("۳۰ نفر از آنان کودک بودند").
    const partOpener = partOpeners.filter((p) => p.last < f.first || (p.first <= f.last + 2 && p.first > f.last && clauseMarksBetween(words, f.last, p.first) === 0))[0] ?? null;
    const opened = !partBeforeWhole(words, lexicon, f, figures) && ((partOpener !== null && (!metricMatch || (partOpener.last < f.first && metricMatch.clauseMarks > 0))) || partBySuffix(words, lexicon, f));
    // "۳۸ نفر از اعدام‌شدگان زن بوده‌اند", "من بين المصابين 1404": a figure of those the count before counted is a part of it.
    const previousCount = paragraph.lastClaim ?? state.lastClaim;
    const ofThoseCounted = !opened && metricMatch !== null && previousCount !== null && previousCount.mainEvent && metricMatch.match.value === previousCount.metric && partitiveNoun(words, lexicon, f, metricMatch.match);
    const whole = opened || ofThoseCounted ? previousCount : null;
    const metric = (whole ? whole.metric : metricMatch?.match.value) ?? null;
    if (!metric) continue;
    const claim = claimOf(state, paragraph, words, f, metric, whole ? null : metricMatch, whole, { sources, days, figures, sameDay: sameDayIso, dayTokens, figureTokens: new Set(figures.flatMap((g) => range(g.first, g.last))), nameTokens });
    state.claims.push(claim);
    paragraph.lastClaim = claim;
    state.lastClaim = claim;
  }
  const attributed = sources.at(-1);
  if (attributed) state.voice = attributed.source;
  state.lastDay = days.at(-1)?.iso ?? state.lastDay;
}

const hedgesAfter = new WeakMap<LanguagePack, PhraseTable<BoundedFigure["qualifier"]>>();

/** "مقتل خمسة متظاهرين على الأقل": a hedge after the counted noun bounds the figure before it. */
function hedgedAfterNoun(words: SentenceWords, pack: LanguagePack, figure: BoundedFigure, at: { first: number; last: number }): BoundedFigure {
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
function partitiveNoun(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure, noun: PhraseMatch<Metric | null>): boolean {
  const markerEndsAt = (i: number) => lexicon.partitiveMarkers.findAll(words.tokens, words.folded, Math.max(0, i - 2), i).some((m) => m.last === i);
  if (noun.first > f.last) return noun.first - f.last <= 3 && markerEndsAt(noun.first - 1) && clauseMarksBetween(words, f.last, noun.first) === 0;
  return noun.last === f.first - 1 && markerEndsAt(noun.first - 1);
}

/** "532'si çocuk", "153'ü ise güvenlik güçleri mensubu": a figure with a possessive ending before who they were is a part of the count before. */
function partBySuffix(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure): boolean {
  return suffixedPart(words, lexicon, f) !== null;
}

/** A figure with a case ending after an apostrophe ("3'ü", "615'i"): a noun phrase of its own, counting no word after it. */
function caseEnded(words: SentenceWords, f: { first: number; last: number }): boolean {
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
function partBeforeWhole(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure, figures: readonly SentenceFigure[]): boolean {
  const population = suffixedPart(words, lexicon, f);
  if (population === null) return false;
  return lexicon.partBeforeWhole.matchAt(words.tokens, population.last + 1, words.folded) !== null || figures.some((g) => g.first === population.last + 1 && clauseMarksBetween(words, population.last, g.first) === 0);
}

function rememberKnown(state: DocumentState, entry: PackClaimant): void {
  const source = knownSource(entry);
  const same = state.history.findIndex((h) => h.name === source.name);
  if (same >= 0) state.history.splice(same, 1);
  state.history.push(source);
}

/** "از ۵ هزار نفر فراتر رفت", "تجاوز 500": a figure said to be passed is more than it. */
function passed(words: SentenceWords, lexicon: ClaimLexicon, figure: BoundedFigure, at: { first: number; last: number }): BoundedFigure {
  if (figure.qualifier !== "exact") return figure;
  const { tokens, folded } = words;
  const before = lexicon.passedBefore.findAll(tokens, folded, Math.max(0, at.first - 3), at.first - 1).some((m) => m.last === at.first - 1);
  if (!before) return figure;
  const afterWord = [at.last + 1, at.last + 2, at.last + 3].some((i) => lexicon.passedAfter.matchAt(tokens, i, folded) !== null && clauseMarksBetween(words, at.last, i) === 0);
  return afterWord ? { ...figure, qualifier: "more_than", max: null } : figure;
}

/** Tokens of the figures of a sentence that count people. */
function figuresCounting(state: DocumentState, words: SentenceWords, figures: readonly SentenceFigure[], dayTokens: ReadonlySet<number>): number[] {
  return figures.filter((f) => countsPeople(state, words, f, dayTokens)).flatMap((f) => range(f.first, f.last));
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/**
 * Whether a figure may count people: not part of a date, not a year, not a figure of years, cities,
 * per cent or money, not a fraction, and a word that is also something else ("نه", "bir") only
 * before a word counting people.
 */
function countsPeople(state: DocumentState, words: SentenceWords, f: SentenceFigure, dayTokens: ReadonlySet<number>): boolean {
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
  if (isYear(words, f) && !countedNext && !metricBefore && lexicon.metrics.matchAt(tokens, next, folded) === null) return false;
  return true;
}

/** One written as a single word ("یک", "bir", "أحد"): an article or one person's own case, never a count. */
function isArticle(words: SentenceWords, f: SentenceFigure): boolean {
  return f.first === f.last && !words.tokens[f.first]!.digits && f.figure.min === 1 && f.figure.max === 1;
}

/** A figure written as one word that is also a noun ("شخصان", "قتيلين": two people, two dead). */
function ownWord(words: SentenceWords, f: SentenceFigure): boolean {
  return f.first === f.last && !words.tokens[f.first]!.digits;
}

function isYear(words: SentenceWords, f: SentenceFigure): boolean {
  const token = words.tokens[f.first]!;
  // "2023", "2023'te": a year with or without its case ending.
  const ending = f.last === f.first + 1 && !words.tokens[f.last]!.digits;
  return (f.first === f.last || ending) && token.digits && /^\d{4}$/.test(token.text) && f.figure.qualifier === "exact" && Number(token.text) >= 1300 && Number(token.text) <= 2100;
}

interface MetricFound {
  /** A metric word, or a word counting what is no claim (value null). */
  match: PhraseMatch<Metric | null>;
  /** Clause marks between the word and the figure. */
  clauseMarks: number;
}

/** The metric word nearest the figure on either side, between it and the figures beside it; null when a combined figure ("killed or injured") or none. */
function metricOf(state: DocumentState, words: SentenceWords, metrics: ReadonlyArray<PhraseMatch<Metric | null>>, figures: readonly SentenceFigure[], index: number, dayTokens: ReadonlySet<number>): MetricFound | null {
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

/** How many words after a metric verb may still belong to it (an auxiliary: "شده است", "edildi") before its clause ends. */
const AUXILIARY_WORDS = 2;

/**
 * "۱۸ زندانی در هفته گذشته اعدام شدند", "12 tutuklu cezaevinde idam edildi": in a language whose
 * verb ends the clause, a metric word after the figure (its counted noun, or a word describing a
 * place) yields to the metric verb closing the clause, which says what befell them. Null when no such verb.
 */
/** Whether a metric word stands right after a figure, its counted words aside ("۱۸ زندانی", "۱۸ نفر زندانی"). */
function isCountedNoun(words: SentenceWords, f: SentenceFigure, word: { first: number }): boolean {
  return word.first > f.last && range(f.last + 1, word.first - 1).every((i) => words.counting.has(i)) && clauseMarksBetween(words, f.last, word.first) === 0;
}

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

/** The figure a word stands nearest, counting words between. */
function nearestFigure(figures: readonly SentenceFigure[], word: { first: number; last: number }): SentenceFigure | null {
  return nearest(figures, word, (f) => f);
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
function joinedCounts(words: SentenceWords, a: SentenceFigure, b: SentenceFigure): boolean {
  return b.first - a.last <= 5 && clauseMarksBetween(words, a.last, b.first) === 0 && words.tokens.slice(a.last + 1, b.first).length > 0;
}

/** The population word nearest the figure: after it (the counted noun) or before it, within its clause. */
function populationOf(state: DocumentState, words: SentenceWords, f: SentenceFigure, metric: PhraseMatch<Metric | null> | null, figures: readonly SentenceFigure[], nameTokens: ReadonlySet<number>): { value: Population; first: number; last: number } | null {
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

/** What the figures of one sentence share. */
interface SentenceReading {
  sources: readonly SentenceAttribution[];
  days: readonly DatedPhrase[];
  figures: readonly SentenceFigure[];
  /** The day "that same day" refers to, when the sentence says so. */
  sameDay: string | null;
  dayTokens: ReadonlySet<number>;
  /** Tokens of the sentence's figures that count people (a year among them is a count, not a year). */
  figureTokens: ReadonlySet<number>;
  /** Tokens of the sources' names. */
  nameTokens: ReadonlySet<number>;
}

function claimOf(state: DocumentState, paragraph: ParagraphState, words: SentenceWords, f: SentenceFigure, metric: Metric, metricMatch: MetricFound | null, whole: PendingClaim | null, sentence: SentenceReading): PendingClaim {
  const lexicon = state.pack.claims;
  const { figure } = f;
  const { sources, days, figures } = sentence;
  const population = populationOf(state, words, f, metricMatch?.match ?? null, figures, sentence.nameTokens);

  // The cue nearest the figure speaks for it; else the count it is a part of, the paragraph's last
  // source, the source a figureless sentence named, or the document's last source (until another is named).
  const attribution = nearest(sources, f, (a) => a.cue);
  const pastYear = pastYearOf(state.pack, state.published, words, f, sentence.dayTokens, sentence.figureTokens);
  const ofPeriod = pastYear !== null && pastYear.iso === state.periodYear;
  const mainEvent = (pastYear === null || ofPeriod) && (whole ? whole.mainEvent : true);
  const voice = !attribution && !paragraph.inTitle && mainEvent ? paragraph.lastClaim : null;
  const inherited: Array<[PackSource | null, string]> = [
    [whole?.claimant ? { name: whole.claimant, kind: whole.claimantKind } : null, "the source of the count it is a part of"],
    [voice?.claimant ? { name: voice.claimant, kind: voice.claimantKind } : null, "the paragraph's last source speaks on"],
    [mainEvent ? paragraph.statedSource : null, "the source a sentence before it in the paragraph names"],
    // A figure of a past year ("Geçen yıl … 11 kişi hayatını kaybetmişti") is still the voice's that gives it.
    [!paragraph.inTitle ? state.voice : null, "the document's last source speaks on until another is named"],
  ];
  const carried = attribution ? null : inherited.find(([source]) => source !== null) ?? null;
  const claimant: PackSource | null = attribution?.source ?? carried?.[0] ?? null;

  const statusMatches = lexicon.statuses.findAll(words.tokens, words.folded);
  const ownStatus = nearestInClause(words, lexicon, statusMatches, f, STATUS_REACH);
  const status: Status = ownStatus?.value ?? whole?.status ?? "reported";

  // The day the count stands at ("تا ۲۳ دی"), else the day beside the cue ("X said on Tuesday"), else
  // a day in the figure's clause; "that same day"; the day of the count it continues; the publication's.
  const inClause = days.filter((d) => clauseMarksBetween(words, Math.min(d.last, f.last), Math.max(d.first, f.first)) === 0);
  const standsAt = inClause.find((d) => lexicon.asOfBefore.findAll(words.tokens, words.folded, Math.max(0, d.first - 3), d.first - 1).some((m) => m.last === d.first - 1)) ?? null;
  // "X said on Tuesday": a day beside the cue of the figure's source, or beside another cue of the sentence ("افزود که دیروز").
  // "حسین کرمانپور، سخنگوی …، روز پنجشنبه … اعلام کرد", "Fuat Oktay perşembe akşamı … söyledi": a weekday or day
  // counted back right after the source's name, before its cue with no figure between, dates what it said; so does one
  // right after a name its cue opens ("أعلن وزير الصحة، مساء الإثنين، أن …").
  const bySpeaker = attribution
    ? days.find((d) => d.spoken && d.first > attribution.named.last && d.first - attribution.named.last <= SPEAKER_DAY_REACH && (d.last < attribution.cue.first || attribution.cue.last < attribution.named.first) && !figures.some((g) => g.first > attribution.named.last && g.first < d.first)) ?? null
    : null;
  const byCue = attribution ? bySpeaker ?? nearest(days, attribution.cue, (d) => d, 3) ?? sources.map((a) => nearest(days, a.cue, (d) => d, 3)).find((d) => d !== null) ?? null : null;
  const day = standsAt ?? byCue ?? nearest(inClause, f, (d) => d);
  const continued = !attribution && mainEvent ? paragraph.lastClaim : null;
  // Each rule: the day, why, the words it stands on, and whether it is the day a source spoke ("X said on
  // Tuesday"), which its later figures without a day of their own take; a day a count stands at or an event's day is not.
  const sourceDay = mainEvent && claimant ? state.sourceDays.get(claimant.name) : null;
  const asOfRules: Array<[string | null | undefined, string, Words, boolean]> = [
    [pastYear?.iso, "a past year the clause is set in: its last day", pastYear ? documentSpan(words, pastYear.first, pastYear.first) : null, false],
    [day?.iso, day === standsAt ? "the day the count stands at" : day === byCue ? "the day beside the cue that attributes it" : "a day named in the figure's clause", day ? documentSpan(words, day.first, day.last) : null, day !== null && day !== standsAt && day === byCue],
    [sentence.sameDay, "'that same day': the last day named before", null, false],
    [mainEvent ? paragraph.statedDay : null, "the day a sentence before it in the paragraph gives", null, true],
    [whole?.asOf, "the day of the count it is a part of", { from: whole }, false],
    [continued?.asOf, "the day of the count before it in the paragraph, whose voice it continues", { from: continued }, false],
    [sourceDay, "the day its source last spoke, as the text dates it", null, true],
    [mainEvent ? state.periodYear : null, "the past year the headline or lead sets the report in: its last day", null, false],
    [state.published, "the document's publication date", null, false],
  ];
  const asOfRule = asOfRules.find(([iso]) => iso !== null && iso !== undefined) ?? null;
  const asOf = asOfRule?.[0] ?? null;
  // The day beside the cue dates the statement even where the count stands at another ("X said on Sunday that … until
  // the end of October"), unless it stands past a subordinator, in what was said ("اعلام کرد که روز جمعه …").
  const saidOn = attribution && byCue && lexicon.subordinators.findAll(words.tokens, words.folded, attribution.cue.last + 1, byCue.first - 1).length === 0 ? byCue.iso : null;
  const spokenDay = saidOn ?? (asOfRule?.[3] && day !== byCue ? asOf : null);
  if (mainEvent && claimant && spokenDay) state.sourceDays.set(claimant.name, spokenDay);

  const claim: PendingClaim = {
    metric,
    population: population?.value ?? (whole && !population ? whole.population : "all"),
    min: figure.min,
    max: figure.max,
    qualifier: figure.qualifier,
    claimant: claimant?.name ?? null,
    claimantKind: claimant ? claimant.kind ?? "other" : null,
    status,
    asOf,
    mainEvent,
    evidence: { text: words.text, start: words.span.start, end: words.span.end },
    inTitle: paragraph.inTitle,
  };
  if (state.trace) {
    const why = state.trace.begin([]);
    const at = (first: number, last: number): Words => documentSpan(words, first, last);
    why.decide("bounds", "bounds", "the figure and the hedge around it (the pack's number grammar)", { start: words.span.start + figure.start, end: words.span.start + figure.end });
    if (metricMatch) why.decide("metric", "metric", "the metric word nearest the figure in its clause", at(metricMatch.match.first, metricMatch.match.last));
    else why.decide("metric", "metric", "a part of the count before: its metric", { from: whole });
    if (population) why.decide("population", "population", "the counted words nearest the figure", at(population.first, population.last));
    else if (whole) why.decide("population", "population", "the people of the count it is a part of", { from: whole });
    else why.decide("population", "population", "no counted words narrow it: all", null);
    if (attribution) why.decide("claimant", "claimant", `an attribution cue and the source beside it (${attribution.how})`, at(Math.min(attribution.cue.first, attribution.named.first), Math.max(attribution.cue.last, attribution.named.last)));
    else if (carried) why.decide("claimant", "claimant", carried[1], carried[0] === inherited[0]![0] ? { from: whole } : carried[0] === inherited[1]![0] ? { from: voice } : null);
    else why.decide("claimant", "claimant", "no source named for it", null);
    if (ownStatus) why.decide("status", "status", "status words near the figure", at(ownStatus.first, ownStatus.last));
    else if (whole) why.decide("status", "status", "the status of the count it is a part of", { from: whole });
    else why.decide("status", "status", "reported: no words say otherwise", null);
    if (asOfRule) why.decide("asOf", "as-of", asOfRule[1], asOfRule[2]);
    else why.decide("asOf", "as-of", "no date: the report names none and has no publication date", null);
    if (pastYear && !mainEvent) why.decide("mainEvent", "scope", "the clause is set in a past year", at(pastYear.first, pastYear.first));
    else if (ofPeriod) why.decide("mainEvent", "scope", "the past year the headline or lead sets the report in", at(pastYear!.first, pastYear!.first));
    else if (whole) why.decide("mainEvent", "scope", "a part of the count before: of the main event if it is", { from: whole });
    else why.decide("mainEvent", "scope", "nothing in the sentence sets it apart from the main event", null);
    why.keep(claim);
  }
  return claim;
}

/** The phrase nearest the figure, a clause mark or a conjunction before the figure putting it further away ("… تایید کرده و مرگ ۱۷۰۹۱ نفر را در دست بررسی دارد"). */
function nearestInClause<T>(words: SentenceWords, lexicon: ClaimLexicon, matches: ReadonlyArray<PhraseMatch<T>>, f: SentenceFigure, reach: number): PhraseMatch<T> | null {
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

/** The item whose tokens stand nearest the figure (either side), within `reach` words when given. */
function nearest<T>(items: readonly T[], f: { first: number; last: number }, tokensOfItem: (item: T) => { first: number; last: number }, reach = Infinity): T | null {
  let best: { item: T; distance: number } | null = null;
  for (const item of items) {
    const t = tokensOfItem(item);
    const distance = t.first > f.last ? t.first - f.last : t.last < f.first ? f.first - t.last : 0;
    if (distance > reach) continue;
    if (!best || distance < best.distance) best = { item, distance };
  }
  return best?.item ?? null;
}
