// The claim pipeline for a language read through its pack (Persian, Arabic, Turkish): lines →
// sentences → figures (the pack's number grammar, any digits) → hedge and bounds → metric (the
// nearest metric word on either side, as word order differs) → population → claimant → status →
// as-of → main event → one claim per figure, duplicates merged as in English. The same Claim the
// English pipeline makes, with evidence offsets into the text as read.
import type { Claim, Metric, Population, Status } from "../../domain/claim.js";
import { gregorianToHijri, gregorianToSolarHijri } from "../../domain/calendars.js";
import { mergeDuplicateClaims } from "../dedupe.js";
import { attributeHeadline } from "../headline.js";
import { readLayout } from "../layout.js";
import type { Span } from "../sentences.js";
import type { ExtractionTrace, Words } from "../trace.js";
import { findBoundedFigures, type BoundedFigure } from "./bounds.js";
import { findDayPhrases, resolveDayPhrase, type DayPhrase } from "./day-phrases.js";
import type { LanguagePack } from "./pack.js";
import type { PhraseMatch } from "./phrase-table.js";
import { findSentenceSources, type PackSource, type SentenceAttribution } from "./sentence-sources.js";
import { after, clauseMarksBetween, documentSpan, readSentenceWords, tokensOf, type SentenceWords } from "./sentence-words.js";

interface PendingClaim extends Claim {
  inTitle: boolean;
}

/** How far (in words) a metric word may stand from its figure. */
const METRIC_REACH = 12;
/** How far a population word may stand from its figure, and a status word from the figure. */
const POPULATION_REACH = 5;
const STATUS_REACH = 14;
/** A clause mark between two words counts as this many words. */
const CLAUSE_MARK_WEIGHT = 4;

interface DocumentState {
  text: string;
  pack: LanguagePack;
  published: string | null;
  history: PackSource[];
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
  const state: DocumentState = { text, pack, published, history: [], claims: [], lastClaim: null, trace };
  const { lines, titleLine } = readLayout(text);
  for (const line of lines) {
    const paragraph: ParagraphState = { inTitle: line === titleLine, lastClaim: null, statedSource: null, statedDay: null };
    for (const sentence of pack.splitSentences(text, line)) readSentence(state, paragraph, sentence);
  }
  return mergeDuplicateClaims(attributeHeadline(state.claims));
}

function readSentence(state: DocumentState, paragraph: ParagraphState, span: Span): void {
  const { pack } = state;
  const lexicon = pack.claims;
  const words = readSentenceWords(state.text, span, pack.fold);
  const dayPhrases = findDayPhrases(words.text, pack.days).map((phrase) => ({ phrase, tokens: tokensOf(words, phrase.start, phrase.end) }));
  const dayTokens = new Set(dayPhrases.flatMap((d) => (d.tokens ? range(d.tokens.first, d.tokens.last) : [])));
  const sources = findSentenceSources(state.text, words, lexicon, state.history, dayTokens);
  for (const a of sources) if (!state.history.includes(a.source)) state.history.push(a.source);
  const figures = findBoundedFigures(words.text, pack.numbers, pack.hedges)
    .map((figure) => ({ figure, tokens: tokensOf(words, figure.start, figure.end) }))
    .filter((f): f is { figure: BoundedFigure; tokens: { first: number; last: number } } => f.tokens !== null)
    .map(({ figure, tokens }) => ({ figure, first: tokens.first, last: tokens.last }))
    .filter((f) => countsPeople(state, words, f, dayTokens));
  const days = datesOf(state, words, dayPhrases);
  if (figures.length === 0) {
    // A sentence that names a source (and maybe a day) without a figure speaks for the figures after it in the paragraph.
    const named = sources.at(-1);
    if (named) {
      paragraph.statedSource = named.source;
      paragraph.statedDay = days[0]?.iso ?? paragraph.statedDay;
    }
    return;
  }
  const metrics = lexicon.metrics.findAll(words.tokens, words.folded);
  const found = figures.map((f, i) => metricOf(state, words, metrics, figures, i));
  // "۳۰ نفر از معترضان و ۵ مامور کشته شدند": the first of joined counts takes the verb of the second.
  for (let i = found.length - 2; i >= 0; i--) {
    const next = found[i + 1];
    if (!found[i] && next && next.match.first > figures[i + 1]!.last && joinedCounts(words, figures[i]!, figures[i + 1]!)) found[i] = next;
  }
  const partOpener = lexicon.partOpeners.findAll(words.tokens, words.folded)[0] ?? null;
  for (const [i, f] of figures.entries()) {
    const metricMatch = found[i] ?? null;
    // "از این تعداد ۳۰ نفر کودک بودند": a part of the count before, of its metric.
    const whole = !metricMatch && partOpener ? paragraph.lastClaim ?? state.lastClaim : null;
    const metric = metricMatch?.match.value ?? whole?.metric ?? null;
    if (!metric) continue;
    const claim = claimOf(state, paragraph, words, f, metric, metricMatch, whole, sources, days, figures);
    state.claims.push(claim);
    paragraph.lastClaim = claim;
    state.lastClaim = claim;
  }
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
  if (lexicon.notPeople.matchAt(tokens, next, folded)) return false;
  const before = lexicon.notPeopleBefore.findAll(tokens, folded, Math.max(0, f.first - 2), f.first - 1).some((m) => m.last === f.first - 1);
  if (before) return false;
  const single = f.first === f.last && !tokens[f.first]!.digits;
  const countedNext = lexicon.personCounters.matchAt(tokens, next, folded) ?? lexicon.populations.matchAt(tokens, next, folded);
  if (single && state.pack.numbers.ambiguous.has(tokens[f.first]!.text) && !countedNext) return false;
  // A year standing alone ("2023", "۱۴۰۱") is no count of people.
  if (isYear(words, f) && !countedNext) return false;
  return true;
}

function isYear(words: SentenceWords, f: SentenceFigure): boolean {
  const token = words.tokens[f.first]!;
  return f.first === f.last && token.digits && /^\d{4}$/.test(token.text) && f.figure.qualifier === "exact" && Number(token.text) >= 1300 && Number(token.text) <= 2100;
}

interface MetricFound {
  match: PhraseMatch<Metric>;
}

/** The metric word nearest the figure on either side, between it and the figures beside it; null when a combined figure ("killed or injured") or none. */
function metricOf(state: DocumentState, words: SentenceWords, metrics: ReadonlyArray<PhraseMatch<Metric>>, figures: readonly SentenceFigure[], index: number): MetricFound | null {
  const lexicon = state.pack.claims;
  const f = figures[index]!;
  const previous = figures[index - 1] ?? null;
  const next = figures[index + 1] ?? null;
  const left = previous ? previous.last + 1 : 0;
  const right = next ? next.first - 1 : words.tokens.length - 1;
  let best: { match: PhraseMatch<Metric>; distance: number } | null = null;
  for (const match of metrics) {
    if (match.first < left || match.last > right || (match.last >= f.first && match.first <= f.last)) continue;
    const isAfter = match.first > f.last;
    const [a, b] = isAfter ? [f.last, match.first] : [match.last, f.first];
    const conjunctions = lexicon.conjunctions.findAll(words.tokens, words.folded, a + 1, b - 1).length + (isAfter && match.clitic !== null && lexicon.conjunctions.hasWord(match.clitic) ? 1 : 0);
    if (isAfter && conjunctions > 0 && lexicon.conjunctionEndsMetricAfter) continue;
    const distance = b - a - 1 + CLAUSE_MARK_WEIGHT * clauseMarksBetween(words, a, b) + conjunctions + (isAfter ? 0.5 : 0);
    if (distance > METRIC_REACH) continue;
    if (!best || distance < best.distance) best = { match, distance };
  }
  // The other metric of a combined figure belongs to this figure, not to a figure of its own ("قتلوا وأصيب 40").
  if (!best) return null;
  const chosen = best.match;
  const ownMetrics = metrics.filter((m) => m === chosen || nearestFigure(figures, m) === f);
  if (isCombined(words, ownMetrics, chosen, state)) return null;
  return { match: best.match };
}

/** The figure a word stands nearest, counting words between. */
function nearestFigure(figures: readonly SentenceFigure[], word: { first: number; last: number }): SentenceFigure | null {
  return nearest(figures, word, (f) => f);
}

/** "کشته و زخمی", "قتلى وجرحى", "ölü ve yaralı": two metrics joined into one figure, which is no claim. */
function isCombined(words: SentenceWords, metrics: ReadonlyArray<PhraseMatch<Metric>>, match: PhraseMatch<Metric>, state: DocumentState): boolean {
  const lexicon = state.pack.claims;
  const joins = (a: PhraseMatch<Metric>, b: PhraseMatch<Metric>) => {
    if (a.value === b.value || b.first <= a.last || clauseMarksBetween(words, a.last, b.first) > 0) return false;
    if (b.first === a.last + 1 && b.clitic !== null && lexicon.metricJoiners.hasWord(b.clitic)) return true;
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
function populationOf(state: DocumentState, words: SentenceWords, f: SentenceFigure, metric: PhraseMatch<Metric> | null, figures: readonly SentenceFigure[]): { value: Population; first: number; last: number } | null {
  const lexicon = state.pack.claims;
  const index = figures.indexOf(f);
  const left = index > 0 ? figures[index - 1]!.last + 1 : 0;
  const right = index + 1 < figures.length ? figures[index + 1]!.first - 1 : words.tokens.length - 1;
  const reachLeft = Math.max(left, Math.min(f.first - 3, metric && metric.last < f.first ? metric.first - 1 : f.first - 3));
  const reachRight = Math.min(right, Math.max(f.last + POPULATION_REACH, metric && metric.first > f.last ? metric.last + 1 : 0));
  let best: { value: Population; first: number; last: number; distance: number } | null = null;
  for (const match of state.pack.claims.populations.findAll(words.tokens, words.folded, reachLeft, reachRight)) {
    if (match.last >= f.first && match.first <= f.last) continue;
    const isAfter = match.first > f.last;
    const [a, b] = isAfter ? [f.last, match.first] : [match.last, f.first];
    if (clauseMarksBetween(words, a, b) > 0) continue;
    const distance = b - a - 1 + (isAfter ? 0 : 1.5);
    if (!best || distance < best.distance) best = { value: match.value, first: match.first, last: match.last, distance };
  }
  void lexicon;
  return best;
}

interface DatedPhrase {
  iso: string;
  first: number;
  last: number;
}

/** The days a sentence names that may date its figures (not a period's start, not after publication), with their tokens. */
function datesOf(state: DocumentState, words: SentenceWords, phrases: ReadonlyArray<{ phrase: DayPhrase; tokens: { first: number; last: number } | null }>): DatedPhrase[] {
  const lexicon = state.pack.claims;
  const { tokens, folded } = words;
  const dates: DatedPhrase[] = [];
  for (const { phrase, tokens: at } of phrases) {
    if (!at) continue;
    const iso = resolveDayPhrase(phrase, state.published);
    if (!iso || (state.published !== null && iso > state.published)) continue;
    const opensBefore = lexicon.periodStartsBefore.findAll(tokens, folded, Math.max(0, at.first - 2), at.first - 1).some((m) => m.last === at.first - 1);
    const opensAfter = [at.last + 1, at.last + 2].some((i) => lexicon.periodStartsAfter.matchAt(tokens, i, folded) !== null && (i === at.last + 1 || tokens[at.last + 1]!.text.length <= 4));
    if (opensBefore || opensAfter) continue;
    dates.push({ iso, ...at });
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
function pastYearOf(state: DocumentState, words: SentenceWords, f: SentenceFigure): { iso: string; first: number } | null {
  if (!state.published) return null;
  const { tokens } = words;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\d{4}$/.test(token.text) || (i >= f.first && i <= f.last)) continue;
    const [a, b] = i < f.first ? [i, f.first] : [f.last, i];
    if (clauseMarksBetween(words, a, b) > 0) continue;
    const year = Number(token.text);
    const calendar = year < 1700 ? state.pack.days.numericCalendarBelow1700 : "gregorian";
    const current = publicationYear(state.published, calendar);
    if (current === null || year >= current || year < current - 150) continue;
    const gregorianYear = calendar === "gregorian" ? year : calendar === "solar-hijri" ? year + 622 : Math.round(year * 0.970229 + 621.5643);
    return { iso: `${gregorianYear}-12-31`, first: i };
  }
  return null;
}

function claimOf(
  state: DocumentState,
  paragraph: ParagraphState,
  words: SentenceWords,
  f: SentenceFigure,
  metric: Metric,
  metricMatch: MetricFound | null,
  whole: PendingClaim | null,
  sources: readonly SentenceAttribution[],
  days: readonly DatedPhrase[],
  figures: readonly SentenceFigure[],
): PendingClaim {
  const lexicon = state.pack.claims;
  const { figure } = f;
  const population = populationOf(state, words, f, metricMatch?.match ?? null, figures);

  // The cue nearest the figure speaks for it; else the paragraph's voice, its stated source, or the count it is a part of.
  const attribution = nearest(sources, f, (a) => a.cue);
  const pastYear = pastYearOf(state, words, f);
  const mainEvent = pastYear === null && (whole ? whole.mainEvent : true);
  const voice = !attribution && !paragraph.inTitle && mainEvent ? paragraph.lastClaim : null;
  const claimant: PackSource | null = attribution?.source ?? (whole?.claimant ? { name: whole.claimant, kind: whole.claimantKind } : null) ?? (voice?.claimant ? { name: voice.claimant, kind: voice.claimantKind } : null) ?? (mainEvent ? paragraph.statedSource : null);

  const statusMatches = lexicon.statuses.findAll(words.tokens, words.folded);
  const ownStatus = nearest(statusMatches, f, (m) => m, STATUS_REACH);
  const status: Status = ownStatus?.value ?? whole?.status ?? "reported";

  // The day in the figure's clause, else beside the cue that attributes it; else the paragraph's, the whole's, the publication's.
  const inClause = nearest(days.filter((d) => clauseMarksBetween(words, Math.min(d.last, f.last), Math.max(d.first, f.first)) === 0), f, (d) => d);
  const byCue = attribution ? nearest(days, { first: attribution.cue.first, last: attribution.cue.last }, (d) => d, 4) : null;
  const day = inClause ?? byCue;
  const asOf = pastYear?.iso ?? day?.iso ?? (mainEvent ? paragraph.statedDay : null) ?? whole?.asOf ?? state.published;

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
    else if (claimant && whole?.claimant) why.decide("claimant", "claimant", "the source of the count it is a part of", { from: whole });
    else if (claimant && voice?.claimant) why.decide("claimant", "claimant", "the paragraph's last source speaks on", { from: voice });
    else if (claimant) why.decide("claimant", "claimant", "the source a sentence before it in the paragraph names", null);
    else why.decide("claimant", "claimant", "no source named for it", null);
    if (ownStatus) why.decide("status", "status", "status words near the figure", at(ownStatus.first, ownStatus.last));
    else if (whole) why.decide("status", "status", "the status of the count it is a part of", { from: whole });
    else why.decide("status", "status", "reported: no words say otherwise", null);
    if (pastYear) why.decide("asOf", "as-of", "a past year the clause is set in: its last day", at(pastYear.first, pastYear.first));
    else if (day) why.decide("asOf", "as-of", inClause ? "a day named in the figure's clause" : "a day beside the cue that attributes it", at(day.first, day.last));
    else if (mainEvent && paragraph.statedDay) why.decide("asOf", "as-of", "the day a sentence before it in the paragraph gives", null);
    else if (whole?.asOf) why.decide("asOf", "as-of", "the day of the count it is a part of", { from: whole });
    else if (state.published) why.decide("asOf", "as-of", "the document's publication date", null);
    else why.decide("asOf", "as-of", "no date: the report names none and has no publication date", null);
    if (pastYear) why.decide("mainEvent", "scope", "the clause is set in a past year", at(pastYear.first, pastYear.first));
    else if (whole) why.decide("mainEvent", "scope", "a part of the count before: of the main event if it is", { from: whole });
    else why.decide("mainEvent", "scope", "nothing in the sentence sets it apart from the main event", null);
    why.keep(claim);
  }
  return claim;
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
