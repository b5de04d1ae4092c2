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
import { findBoundedFigures, type BoundedFigure } from "./bounds.js";
import { datesOf, pastYearOf } from "./claim-days.js";
import type { PackClaimant } from "./claim-words.js";
import { findDayPhrases } from "./day-phrases.js";
import { isCountedNoun, joinedCounts, metricOf, type MetricFound } from "./figure-metric.js";
import { nearest, nearestInClause, populationOf } from "./figure-nearness.js";
import { countsPeople, figuresCounting, hedgedAfterNoun, isArticle, partBeforeWhole, partBySuffix, partitiveNoun, passed } from "./figure-shapes.js";
import type { LanguagePack } from "./pack.js";
import type { DocumentState, ParagraphState, PendingClaim, SentenceFigure, SentenceReading } from "./pack-reading-state.js";
import { findSentenceSources, knownSource, type PackSource } from "./sentence-sources.js";
import { clauseMarksBetween, documentSpan, range, readSentenceWords, tokensOf, type SentenceWords } from "./sentence-words.js";

/** How far a status word may stand from its figure. */
const STATUS_REACH = 14;
/** How far (in words) after a source's name a day may stand and date what it said (a title between commas, "روز"). */
const SPEAKER_DAY_REACH = 6;

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

function rememberKnown(state: DocumentState, entry: PackClaimant): void {
  const source = knownSource(entry);
  const same = state.history.findIndex((h) => h.name === source.name);
  if (same >= 0) state.history.splice(same, 1);
  state.history.push(source);
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
