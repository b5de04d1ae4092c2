// The claim pipeline for a language read through its pack (Persian, Arabic, Turkish): lines →
// sentences → figures (the pack's number grammar, any digits) → hedge and bounds → metric (the
// nearest metric word on either side, as word order differs) → population → claimant → status →
// as-of → main event → one claim per figure, duplicates merged as in English. The same Claim the
// English pipeline makes, with evidence offsets into the text as read.
import type { Claim, Metric, Status } from "../../domain/claim.js";
import { mergeDuplicateClaims } from "../dedupe.js";
import { attributeHeadline } from "../headline.js";
import { readLayout } from "../layout.js";
import type { Span } from "../sentences.js";
import type { ExtractionTrace, Words } from "../trace.js";
import { datesOf, pastYearOf, type DatedPhrase } from "./claim-days.js";
import type { PackClaimant } from "./claim-words.js";
import { findDayPhrases } from "./day-phrases.js";
import { asOfOf, scopeOf, type AsOfRule, type FigureScope } from "./figure-as-of.js";
import { claimantOf, type FigureClaimant } from "./figure-claimant.js";
import { sentenceMetrics, type MetricFound } from "./figure-metric.js";
import { nearestInClause, populationOf } from "./figure-nearness.js";
import { countsPeople, figuresCounting, markCountingWords, sentenceFigures, wholeCountOf } from "./figure-shapes.js";
import type { LanguagePack } from "./pack.js";
import type { DocumentState, ParagraphState, PendingClaim, SentenceFigure, SentenceReading } from "./pack-reading-state.js";
import type { PhraseMatch } from "./phrase-table.js";
import { findSentenceSources, knownSource, type SentenceAttribution } from "./sentence-sources.js";
import { documentSpan, range, readSentenceWords, tokensOf, type SentenceWords } from "./sentence-words.js";

/** How far a status word may stand from its figure. */
const STATUS_REACH = 14;

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

/** Reads one sentence: its figures, sources and days, then a claim per figure; what it named carries over to the sentences after it. */
function readSentence(state: DocumentState, paragraph: ParagraphState, span: Span): void {
  const { pack } = state;
  const lexicon = pack.claims;
  const words = readSentenceWords(state.text, span, pack.fold);
  const dayPhrases = findDayPhrases(words.text, pack.days).map((phrase) => ({ phrase, tokens: tokensOf(words, phrase.start, phrase.end) }));
  const dayTokens = new Set(dayPhrases.flatMap((d) => (d.tokens ? range(d.tokens.first, d.tokens.last) : [])));
  const allFigures = sentenceFigures(words, pack);
  markCountingWords(words, lexicon, allFigures);
  const sources = findSentenceSources(state.text, words, lexicon, state.history, dayTokens, state.writtenSources);
  rememberSources(state, words, sources);
  const figures = allFigures.filter((f) => countsPeople(state, words, f, dayTokens));
  // "الدفاع المدني", "Sağlık Bakanlığı": words of a source's name never say who was counted.
  const nameTokens = new Set([...sources.map((a) => a.named), ...lexicon.claimants.findAll(words.tokens, words.folded)].flatMap((n) => range(n.first, n.last)));
  const days = datesOf(pack, state.published, words, dayPhrases);
  // The headline or lead sets the report in a past year ("اعدام‌ها در سال ۱۴۰۳", "executions in 2024"): its figures are of that year.
  if (state.lineIndex <= 1 && state.periodYear === null) state.periodYear = pastYearOf(pack, state.published, words, null, dayTokens, new Set(figuresCounting(state, words, allFigures, dayTokens)))?.iso ?? null;
  const sameDay = lexicon.sameDay.findAll(words.tokens, words.folded)[0] ?? null;
  if (figures.length === 0) rememberStatedSource(paragraph, sources, days);
  else claimFigures(state, paragraph, words, { sources, days, figures, sameDay: sameDay ? state.lastDay : null, dayTokens, figureTokens: new Set(figures.flatMap((g) => range(g.first, g.last))), nameTokens });
  // The sentence's last source speaks on for the figures after it, until another is named.
  const attributed = sources.at(-1);
  if (attributed) state.voice = attributed.source;
  state.lastDay = days.at(-1)?.iso ?? state.lastDay;
}

/** Adds the sentence's sources to those the document named, the last named last, for words referring back and surnames alone. */
function rememberSources(state: DocumentState, words: SentenceWords, sources: readonly SentenceAttribution[]): void {
  for (const a of sources) if (!state.history.includes(a.source)) state.history.push(a.source);
  for (const a of sources) if (a.how !== "referred back") state.writtenSources.push({ written: a.written, source: a.source });
  // A known source named without a cue ("هرانا چه می‌گوید؟") is the one "this agency" refers back to next.
  for (const named of state.pack.claims.claimants.findAll(words.tokens, words.folded)) rememberKnown(state, named.value);
}

function rememberKnown(state: DocumentState, entry: PackClaimant): void {
  const source = knownSource(entry);
  const same = state.history.findIndex((h) => h.name === source.name);
  if (same >= 0) state.history.splice(same, 1);
  state.history.push(source);
}

/** A sentence that names a source (and maybe a day) without a figure speaks for the figures after it in the paragraph. */
function rememberStatedSource(paragraph: ParagraphState, sources: readonly SentenceAttribution[], days: readonly DatedPhrase[]): void {
  const named = sources.at(-1);
  if (!named) return;
  paragraph.statedSource = named.source;
  paragraph.statedDay = days[0]?.iso ?? paragraph.statedDay;
}

/** One claim per figure of the sentence that has a metric, its own or that of the count it is a part of. */
function claimFigures(state: DocumentState, paragraph: ParagraphState, words: SentenceWords, sentence: SentenceReading): void {
  const lexicon = state.pack.claims;
  const { figures } = sentence;
  const partOpeners = lexicon.partOpeners.findAll(words.tokens, words.folded);
  const found = sentenceMetrics(state, words, figures, partOpeners, sentence.dayTokens);
  for (const [i, f] of figures.entries()) {
    const metricMatch = found[i] ?? null;
    if (metricMatch && metricMatch.match.value === null) continue;
    const whole = wholeCountOf(words, lexicon, f, figures, metricMatch, partOpeners, paragraph.lastClaim ?? state.lastClaim);
    const metric = (whole ? whole.metric : metricMatch?.match.value) ?? null;
    if (!metric) continue;
    const claim = claimOf(state, paragraph, words, f, metric, whole ? null : metricMatch, whole, sentence);
    state.claims.push(claim);
    paragraph.lastClaim = claim;
    state.lastClaim = claim;
  }
}

/** The claim of one figure with its metric: population, scope, claimant, status and as-of, each explained when tracing. */
function claimOf(state: DocumentState, paragraph: ParagraphState, words: SentenceWords, f: SentenceFigure, metric: Metric, metricMatch: MetricFound | null, whole: PendingClaim | null, sentence: SentenceReading): PendingClaim {
  const lexicon = state.pack.claims;
  const { figure } = f;
  const population = populationOf(state, words, f, metricMatch?.match ?? null, sentence.figures, sentence.nameTokens);
  const scope = scopeOf(state, words, f, sentence, whole);
  const claimant = claimantOf(state, paragraph, f, sentence.sources, whole, scope.mainEvent);
  const ownStatus = nearestInClause(words, lexicon, lexicon.statuses.findAll(words.tokens, words.folded), f, STATUS_REACH);
  const status: Status = ownStatus?.value ?? whole?.status ?? "reported";
  const asOf = asOfOf(state, paragraph, words, f, sentence, claimant.attribution, claimant.source, whole, scope);
  const claim: PendingClaim = {
    metric,
    population: population?.value ?? (whole && !population ? whole.population : "all"),
    min: figure.min,
    max: figure.max,
    qualifier: figure.qualifier,
    claimant: claimant.source?.name ?? null,
    claimantKind: claimant.source ? claimant.source.kind ?? "other" : null,
    status,
    asOf: asOf?.iso ?? null,
    mainEvent: scope.mainEvent,
    evidence: { text: words.text, start: words.span.start, end: words.span.end },
    inTitle: paragraph.inTitle,
  };
  if (state.trace) explainClaim(state.trace, words, claim, { figure: f, metricMatch, whole, population, claimant, ownStatus, asOf, scope });
  return claim;
}

/** What decided each field of a pack claim, for --explain. */
interface ClaimReasons {
  figure: SentenceFigure;
  metricMatch: MetricFound | null;
  whole: PendingClaim | null;
  population: { first: number; last: number } | null;
  claimant: FigureClaimant;
  ownStatus: PhraseMatch<Status> | null;
  asOf: AsOfRule | null;
  scope: FigureScope;
}

/** Records for --explain the stage, rule and words that decided each field of the claim. */
function explainClaim(trace: ExtractionTrace, words: SentenceWords, claim: PendingClaim, reasons: ClaimReasons): void {
  const { figure: f, metricMatch, whole, population, claimant, ownStatus, asOf, scope } = reasons;
  const { attribution, carried } = claimant;
  const { pastYear, ofPeriod, mainEvent } = scope;
  const why = trace.begin([]);
  const at = (first: number, last: number): Words => documentSpan(words, first, last);
  why.decide("bounds", "bounds", "the figure and the hedge around it (the pack's number grammar)", { start: words.span.start + f.figure.start, end: words.span.start + f.figure.end });
  if (metricMatch) why.decide("metric", "metric", "the metric word nearest the figure in its clause", at(metricMatch.match.first, metricMatch.match.last));
  else why.decide("metric", "metric", "a part of the count before: its metric", { from: whole });
  if (population) why.decide("population", "population", "the counted words nearest the figure", at(population.first, population.last));
  else if (whole) why.decide("population", "population", "the people of the count it is a part of", { from: whole });
  else why.decide("population", "population", "no counted words narrow it: all", null);
  if (attribution) why.decide("claimant", "claimant", `an attribution cue and the source beside it (${attribution.how})`, at(Math.min(attribution.cue.first, attribution.named.first), Math.max(attribution.cue.last, attribution.named.last)));
  else if (carried) why.decide("claimant", "claimant", carried.why, carried.from);
  else why.decide("claimant", "claimant", "no source named for it", null);
  if (ownStatus) why.decide("status", "status", "status words near the figure", at(ownStatus.first, ownStatus.last));
  else if (whole) why.decide("status", "status", "the status of the count it is a part of", { from: whole });
  else why.decide("status", "status", "reported: no words say otherwise", null);
  if (asOf) why.decide("asOf", "as-of", asOf.why, asOf.words);
  else why.decide("asOf", "as-of", "no date: the report names none and has no publication date", null);
  if (pastYear && !mainEvent) why.decide("mainEvent", "scope", "the clause is set in a past year", at(pastYear.first, pastYear.first));
  else if (ofPeriod) why.decide("mainEvent", "scope", "the past year the headline or lead sets the report in", at(pastYear!.first, pastYear!.first));
  else if (whole) why.decide("mainEvent", "scope", "a part of the count before: of the main event if it is", { from: whole });
  else why.decide("mainEvent", "scope", "nothing in the sentence sets it apart from the main event", null);
  why.keep(claim);
}
