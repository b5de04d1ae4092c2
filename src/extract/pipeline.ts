// The claim pipeline over one document: lines → sentences → figures → hedge, metric,
// population, claimant, status, as-of and scope → one claim per figure → duplicates merged.
import { dateOfFigure, dayMentionedBefore, frontedPeriodEnd, SAME_DAY } from "./as-of.js";
import { attachFigure, type Attachment } from "./attach.js";
import { readAuthor } from "./author.js";
import { attributionFor, findAttributions, type Attribution, type SentenceAttributions } from "./attribution.js";
import { findGazetteerClaimant, mayNameSource, resolveClaimant, type Claimant, type ClaimantHistory } from "./claimants.js";
import { findDates, parseIsoDate, timelineDate, type DateMention } from "./dates.js";
import { mergeDuplicateClaims } from "./dedupe.js";
import { mayTellFigures, readFigurelessSentence } from "./figureless-sentences.js";
import { mayBeNote, readLineNotes, readSentenceNote, type DocumentNote } from "./document-notes.js";
import { attributeHeadline } from "./headline.js";
import { readBounds, type Bounds } from "./hedges.js";
import { leadTokens, readLayout } from "./layout.js";
import { footnoteOf, isFootnoteMarker, readFootnotes, type Footnote } from "./footnotes.js";
import { findFigures, type Figure } from "./numbers.js";
import { readDocumentScope, sentenceScope, type DocumentScope, type ScopeReading } from "./scope.js";
import { readDaySections } from "./sections.js";
import { splitSentences, type Span } from "./sentences.js";
import { readStatus, restatedStatus, statusRegionEnd, statusRegionStart } from "./status.js";
import { normaliseForMatching, tokenize, type Token } from "./text.js";
import { timelineWords, type ExtractionTrace } from "./trace.js";
import { enterLine, inheritedVoice, newVoiceMemory, rememberVoice, type VoiceMemory } from "./voice.js";
import type { Claim, Status } from "../domain/claim.js";

/** Lines worth reading: a cue of one of the seven metrics (the prefilter that keeps extraction fast). */
const TRIGGER = /kill|dead|death|die[sd]?\b|dying|fatal|martyr|toll|lives|life\b|slain|murder|perish|bod(?:y|ies)|corpse|massacr|drown|buried|injur|wound|hurt|hospitali|treat|maim|detain|detention|arrest|custody|jail|imprison|rounded up|prisoner|apprehend|captur|held|holding|execut|hang|missing|unaccounted|disappear|displac|fled|flee|homeless|homes|shelter|tents|evacu|uproot|refugee|victim|figure|tally|count|\blist\b|\bnumber\b|abduct|kidnap|hostage|seiz|captive|lynch|behead|gunned|taken|searching|camps|relief|accounted|stood at|record|\(\d|living|staying|crossed|arrival|influx|liquidat|homicid|hospital|burns|trapped|villages|forced to leave/i;
const HAS_NUMBER = /[0-9\u06f0-\u06f9\u0660-\u0669]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores)\b/i;
/** A sentence that is a part of the count before it: "Of those, …", "Among them are …". */
const PART_OPENER = /^(?:of|among) (?:those|them|these|whom|the dead|the victims|the [\d,]+ (?:dead|victims|people|deaths)\b)\b|^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?) (?:were|are) (?!\w+ed\b)/i;
const PART_ANYWHERE = /\b(?:of|among) (?:those|them|these)\b/i;
/** "Six of them were minors": a part of the last count, said by who they are (not what befell them). */
const PART_DESCRIBED = /\bof (?:them|those|these) (?:were|are|was|is) (?!\w+ed\b)|\bof (?:them|those|these) from\b/i;
/** A line that may open with a date: a day number, a month or a weekday. */
const TIMELINE_START = /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

interface PendingClaim extends Claim {
  inTitle: boolean;
}

/** One line of the text: a headline, a paragraph, or a timeline entry. */
interface ParagraphState {
  /** "9 January: …" dates every figure of the line. */
  timeline: string | null;
  /** The day heading the timeline or live-blog section the line stands in. */
  section: string | null;
  /** "The police gave their latest figures on Friday": the day the paragraph's figures were given. */
  statedDay: string | null;
  /** "The interior ministry has issued its first statement": the source of the paragraph's figures after it. */
  statedSource: Claimant | null;
  inTitle: boolean;
  lastClaim: PendingClaim | null;
}

interface DocumentState {
  text: string;
  norm: string;
  published: Date | null;
  publishedIso: string | null;
  scope: DocumentScope;
  history: ClaimantHistory;
  /** The as-of of each claimant's latest claim, for sentences that refer back to it. */
  lastAsOf: Map<Claimant, string | null>;
  lastClaim: PendingClaim | null;
  claims: PendingClaim[];
  /** Records what decided each field, when an explanation was asked for (null otherwise). */
  trace: ExtractionTrace | null;
  /** Who speaks for figures a sentence attributes to no one. */
  voice: VoiceMemory;
  /** The last day of the period the document says its counts cover. */
  periodEnd: string | null;
  /** Footnotes that source key figures, by marker. */
  footnotes: Map<string, Footnote>;
}

/** What one sentence's figures share, read once and lazily. */
interface SentenceContext {
  state: DocumentState;
  paragraph: ParagraphState;
  sentence: Span;
  sentenceText: string;
  tokens: Token[];
  figures: Figure[];
  evidence: Claim["evidence"];
  opensWithPart: boolean;
  attributions: SentenceAttributions | null;
  dates: DateMention[] | null;
  scopeOf: ((at: number) => ScopeReading) | null;
  previous: { claim: PendingClaim; attribution: Attribution | null } | null;
  /** The count a part-opener restates ("Of the 12 dead, …"), once read. */
  opener: PendingClaim | null;
}

export function extractClaims(text: string, publishedIso: string | null, trace: ExtractionTrace | null = null): Claim[] {
  const norm = normaliseForMatching(text);
  const published = publishedIso ? parseIsoDate(publishedIso) : null;
  const layout = readLayout(text);
  const { lines, titleLine } = layout;
  const state: DocumentState = {
    text, norm, published, publishedIso: published ? publishedIso : null,
    scope: readDocumentScope(leadTokens(text, norm, layout), titleLine ? tokenize(norm, titleLine.start, titleLine.end) : []),
    history: [], lastAsOf: new Map(), lastClaim: null, claims: [], trace, voice: newVoiceMemory(), periodEnd: null,
    footnotes: readFootnotes(text, norm, lines, published),
  };
  const author = readAuthor(text, norm, lines);
  if (author) state.history.push(author.claimant);
  if (author?.isRelease) state.voice.documentSource = author.claimant;
  const sections = readDaySections(norm, lines, published);
  for (const [lineIndex, line] of lines.entries()) {
    const lineText = norm.slice(line.start, line.end);
    if (!(HAS_NUMBER.test(lineText) && (TRIGGER.test(lineText) || PART_ANYWHERE.test(lineText))) && !mayNameSource(lineText)) {
      restateStatus(state, lineText);
      for (const note of readLineNotes(text, norm, line, published, state.history)) takeNote(state, note);
      continue;
    }
    const paragraph: ParagraphState = {
      timeline: TIMELINE_START.test(lineText) ? timelineDate(tokenize(norm, line.start, Math.min(line.end, line.start + 40)), published) : null,
      section: sections[lineIndex] ?? null,
      statedDay: null,
      statedSource: null,
      inTitle: line === titleLine,
      lastClaim: null,
    };
    enterLine(state.voice, paragraph.section);
    for (const sentence of splitSentences(text, line)) readSentence(state, sentence, paragraph);
  }
  return mergeDuplicateClaims(attributeHeadline(state.claims));
}

function readSentence(state: DocumentState, sentence: Span, paragraph: ParagraphState): void {
  const sentenceText = state.norm.slice(sentence.start, sentence.end);
  const mayClaim = HAS_NUMBER.test(sentenceText) && (TRIGGER.test(sentenceText) || PART_OPENER.test(sentenceText) || PART_DESCRIBED.test(sentenceText));
  if (!mayClaim) restateStatus(state, sentenceText);
  if (FRONTED_PERIOD.test(sentenceText)) readFrontedPeriod(state, sentence, paragraph);
  const isNote = mayBeNote(sentenceText) && takeNote(state, readSentenceNote(state.text, state.norm, sentence, state.published, state.history));
  if (!mayClaim && isNote) return;
  if (!mayClaim && mayTellFigures(sentenceText) && readFigureless(state, sentence, sentenceText, paragraph)) return;
  if (!mayClaim && !mayNameSource(sentenceText)) return;
  const tokens = tokenize(state.norm, sentence.start, sentence.end);
  const figures = mayClaim ? findFigures(tokens) : [];
  const ctx: SentenceContext = {
    state, paragraph, sentence, sentenceText, tokens, figures,
    evidence: { text: state.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
    opensWithPart: PART_OPENER.test(sentenceText),
    attributions: null, dates: null, scopeOf: null, previous: null, opener: null,
  };
  let leftLimit = 0;
  // "Three soldiers and two civilians were killed": the first of joined subjects waits for the verb
  let waiting: { bounds: Bounds; attached: Attachment } | null = null;
  for (let i = 0; i < figures.length; i++) {
    const bounds = readBounds(tokens, figures, i);
    const rightLimit = figures[i + 1 + bounds.consumed]?.first ?? tokens.length;
    const attached = attachFigure(tokens, bounds.first, bounds.last, leftLimit, rightLimit, ctx.previous !== null);
    const figure = figures[i]!;
    i += bounds.consumed;
    if (!attached) {
      waiting = null;
      continue;
    }
    const claim = claimOfFigure(ctx, figure, bounds, attached, leftLimit, rightLimit);
    leftLimit = attached.end + 1;
    if (claim && waiting && waiting.attached.end + 2 === bounds.first) {
      const { bounds: b, attached: a } = waiting;
      state.claims.push({ ...claim, min: b.min, max: b.max, qualifier: b.qualifier, population: a.population });
      state.trace?.copy(state.claims.at(-1)!, claim, {
        bounds: { stage: "bounds", rule: "the first of joined figures, waiting for the verb", words: { start: tokens[b.first]!.start, end: tokens[b.last]!.end } },
        population: { stage: "population", rule: "the counted words of the first of joined figures", words: { start: tokens[b.first]!.start, end: tokens[a.end]!.end } },
      });
    }
    waiting = !claim && attached.hasHead && tokens[attached.end + 1]?.norm === "and" ? { bounds, attached } : null;
    if (claim) state.claims.push(claim);
  }
  rememberSources(ctx);
  if (ctx.previous) state.lastClaim = paragraph.lastClaim = ctx.previous.claim;
}

/** The claim a figure makes, once its attachment says what it counts; null when it counts no one. */
function claimOfFigure(ctx: SentenceContext, figure: Figure, bounds: Bounds, attached: Attachment, figureLeft: number, rightLimit: number): PendingClaim | null {
  const { state, tokens, previous } = ctx;
  // "134 of them children": a part of the count before, in this sentence or the last one
  const pronounPartitive = attached.partitive && ["them", "whom", "these", "those"].includes(tokens[figure.last + 2]?.norm ?? "");
  // "Of those, 19,973 remain behind bars"; "Among them are 518 children": the sentence is a part of the last count
  const partOfLast = previous === null && ctx.opensWithPart && state.lastClaim !== null;
  const whole = previous?.claim ?? ((pronounPartitive && attached.canInherit) || partOfLast ? state.lastClaim : null);
  const inherited = attached.metric === null && (attached.canInherit || partOfLast) && whole !== null;
  // "put its count at 648", "the true number could be as high as 3,000": the count in hand continues
  const framedBy = attached.framed ? previous?.claim ?? state.lastClaim : null;
  const metric = attached.metric ?? (inherited ? whole!.metric : framedBy?.metric ?? null);
  if (!metric || isPersonalCase(tokens, figure, bounds, attached) || isFootnoteMarker(tokens, figure, state.footnotes)) return null;

  ctx.scopeOf ??= sentenceScope(tokens, state.scope, state.published?.getUTCFullYear() ?? null);
  const scope = ctx.scopeOf(bounds.first);
  ctx.attributions ??= findAttributions(state.text, tokens, state.history);
  ctx.dates ??= findDates(tokens, state.published).filter((d) => !d.isStart);
  const footnote = footnoteOf(tokens, state.footnotes);
  const attribution = (footnote?.claimant ? { claimant: footnote.claimant, status: null, at: tokens.length - 3 } : null) ?? parentheticalSource(state, tokens, attached.end) ?? attributionFor(ctx.attributions, bounds.first) ?? (inherited && previous ? previous.attribution : null);
  // "Of the 12 dead, four were children": the parts of a count restated in the opener are of that count
  // "Nakuru (71), Nairobi (46)": the items of a breakdown are of the count they break down
  const partOf = attribution ? null : attached.partitive || partOfLast ? state.lastClaim : attached.listItem ? ctx.opener ?? previous?.claim ?? state.lastClaim : ctx.opener;
  const partOfEarlier = partOf !== null;

  // a figure continuing the one before keeps its status and day, unless a source of its own speaks
  const sameVoice = inherited && (!attribution || attribution === previous?.attribution);
  const regionStart = sameVoice ? bounds.first : statusRegionStart(attribution?.at ?? null, bounds.first, figureLeft, tokens);
  const ownStatus = readStatus(tokens, regionStart, statusRegionEnd(tokens, attached.end, rightLimit), bounds.first);
  const status: Status = ownStatus ?? (sameVoice ? whole!.status : attribution?.status ?? (partOfEarlier ? partOf!.status : "reported"));

  // A paragraph speaks with one voice: an unattributed figure continues the last attribution in it.
  // (background about another time or crisis is the writer's, not the source's)
  const earlier = partOfEarlier ? partOf : !attribution && !ctx.paragraph.inTitle && scope.mainEvent ? previous?.claim ?? ctx.paragraph.lastClaim : null;
  // "Of the nine dead, two were women": a figure restating an earlier count is that count's
  const restated = attribution || ctx.paragraph.inTitle ? null : restatedClaim(state.claims, metric, bounds);
  const voice = attribution || earlier?.claimant || ctx.paragraph.inTitle || !scope.mainEvent ? null : inheritedVoice(state.voice, metric, tokens);
  const spoken = restated?.claimant ? restated : earlier?.claimant ? earlier : voice;
  // "The ministry has issued its first statement. The toll nears 300: …": the issuer speaks on
  const issued = attribution || restated?.claimant || earlier?.claimant || !scope.mainEvent ? null : ctx.paragraph.statedSource;
  const claimant = attribution?.claimant ?? (spoken?.claimant && !issued ? { name: spoken.claimant, kind: spoken.claimantKind } : issued);
  const date =
    dateOfFigure(tokens, ctx.dates, bounds.first, attribution, ctx.figures) ??
    footnote?.day ??
    restated?.asOf ??
    (SAME_DAY.test(ctx.sentenceText) ? dayMentionedBefore(state.norm, ctx.sentence.start, state.published) : null) ??
    (sameVoice ? whole!.asOf : null);
  const referredBack = attribution && state.history.includes(attribution.claimant) ? state.lastAsOf.get(attribution.claimant) : undefined;
  const asOf =
    date ?? ctx.paragraph.timeline ?? ctx.paragraph.statedDay ?? ctx.paragraph.section ?? (scope.pastYear !== null ? `${scope.pastYear}-12-31` : null) ?? (partOfEarlier ? partOf!.asOf : null) ?? (scope.mainEvent ? state.periodEnd : null) ?? referredBack ?? state.publishedIso;

  // "some 400 of them": a part of the count before, of its people; "… and 690 injured": the same people
  const population = attached.population === "all" && (attached.partitive || (attached.elliptical && previous)) && whole ? whole.population : attached.population;
  const claim: PendingClaim = {
    metric,
    population,
    min: bounds.min,
    max: bounds.max,
    qualifier: bounds.qualifier,
    claimant: claimant?.name || null,
    claimantKind: claimant?.name ? claimant.kind : null,
    status,
    asOf,
    mainEvent: partOfEarlier ? partOf!.mainEvent && scope.mainEvent : scope.mainEvent,
    evidence: ctx.evidence,
    inTitle: ctx.paragraph.inTitle,
  };
  if (state.trace) {
    const why = state.trace.begin(tokens);
    why.decide("bounds", "bounds", "the figure and the hedge around it", why.span(bounds.first, bounds.last));
    // words before the figure count only where the figure alone would not have said what happened
    const readBefore = attachFigure(tokens, bounds.first, bounds.last, bounds.first, rightLimit, previous !== null)?.metric !== attached.metric;
    if (attached.metric) why.decide("metric", "metric", readBefore ? "the verb or cue before the figure" : "the counted words and the verb they take", readBefore ? why.withLead(bounds.first, attached.end, figureLeft) : why.span(bounds.first, attached.end));
    else why.decide("metric", "metric", inherited ? "a part of the count before: its metric" : "framed as the count before: its metric", { from: inherited ? whole : framedBy });
    if (population === attached.population) why.decide("population", "population", "the counted words", why.span(bounds.first, attached.end));
    else why.decide("population", "population", "the people of the count it is a part of", { from: whole });
    why.firstOf("claimant", claimant?.name ?? null, [
      [footnote?.claimant?.name, "claimant", "the source its footnote marker points to", () => null],
      [parentheticalSource(state, tokens, attached.end)?.claimant.name, "claimant", "a source in brackets after the figure", () => why.clause(attached.end + 2)],
      [attributionFor(ctx.attributions, bounds.first)?.claimant.name, "claimant", "an attribution in the sentence (X said, according to X, the group said)", () => why.name(attribution!.claimant.name, attribution!.at)],
      [attribution?.claimant.name, "claimant", "the source of the count it continues", () => ({ from: previous?.claim ?? null })],
      [restated?.claimant, "claimant", "the earlier count this figure restates", () => ({ from: restated })],
      [earlier?.claimant, "claimant", partOfEarlier ? "the source of the count it is a part of" : "the paragraph's last source speaks on", () => ({ from: earlier })],
      [issued?.name, "claimant", "the source a sentence before it in the paragraph says issued the figures that follow", () => null],
      [voice?.claimant, "claimant", "the voice it continues: its dated section's, its series' or the document's stated source", () => null],
    ], [null, "claimant", "no source named for it"]);
    why.firstOf("status", status, [
      [ownStatus, "status", "status words around the figure", () => why.span(regionStart, statusRegionEnd(tokens, attached.end, rightLimit))],
      [sameVoice ? whole!.status : null, "status", "continues the count before", () => ({ from: whole })],
      [attribution?.status, "status", "the verb that attributes it", () => why.span(attribution!.at, attribution!.at)],
      [partOfEarlier ? partOf!.status : null, "status", "the status of the count it is a part of", () => ({ from: partOf })],
    ], ["reported", "status", "reported: no words say otherwise"]);
    why.firstOf("asOf", asOf, [
      [dateOfFigure(tokens, ctx.dates, bounds.first, attribution, ctx.figures), "as-of", "a date in the figure's clause, beside the verb that attributes it, or ending a period that opens the sentence", () => why.date(ctx.dates!, asOf!, bounds.first, state.published)],
      [footnote?.day, "as-of", "the day its footnote gives", () => null],
      [restated?.asOf, "as-of", "the day of the earlier count this figure restates", () => ({ from: restated })],
      [SAME_DAY.test(ctx.sentenceText) ? dayMentionedBefore(state.norm, ctx.sentence.start, state.published) : null, "as-of", "'that day': the last day named before", () => why.match(SAME_DAY, ctx.sentenceText, ctx.sentence.start)],
      [date, "as-of", "continues the count before", () => ({ from: whole })],
      [ctx.paragraph.timeline, "as-of", "the date of the timeline entry", () => timelineWords(state.text, state.text.lastIndexOf("\n", ctx.sentence.start - 1) + 1)],
      [ctx.paragraph.statedDay, "as-of", "the day a sentence before it in the paragraph gives for the figures that follow", () => null],
      [ctx.paragraph.section, "as-of", "the day heading of its timeline or live-blog section", () => null],
      [scope.pastYear !== null ? `${scope.pastYear}-12-31` : null, "as-of", "a past year the clause is set in: its last day", () => why.match(new RegExp(`\\b${scope.pastYear}\\b`), ctx.sentenceText, ctx.sentence.start)],
      [partOfEarlier ? partOf!.asOf : null, "as-of", "the day of the count it is a part of", () => ({ from: partOf })],
      [scope.mainEvent ? state.periodEnd : null, "as-of", "the last day of the period the document's counts cover", () => null],
      [referredBack, "as-of", "the day this source's last figure was given", () => null],
      [state.publishedIso, "as-of", "the document's publication date", () => null],
    ], [null, "as-of", "no date: the report names none and has no publication date"]);
    if (partOfEarlier) why.decide("mainEvent", "scope", "a part of the count before: of the main event if both are", { from: partOf });
    else why.decide("mainEvent", "scope", scope.mainEvent ? "nothing in the sentence sets it apart from the main event" : "the sentence sets it in another event, place or time", scope.mainEvent ? null : why.clause(bounds.first));
    why.keep(claim);
  }
  if (attribution) state.lastAsOf.set(attribution.claimant, asOf);
  rememberVoice(state.voice, claim);
  if (ctx.opensWithPart && previous === null && restated) ctx.opener = claim;
  ctx.previous = { claim, attribution };
  return claim;
}

/** The latest earlier claim of the same metric and bounds, within the last few claims. */
function restatedClaim(claims: readonly PendingClaim[], metric: Claim["metric"], bounds: Bounds): PendingClaim | null {
  for (let i = claims.length - 1; i >= 0 && i >= claims.length - 12; i--) {
    const c = claims[i]!;
    if (c.metric === metric && c.min === bounds.min && c.max === bounds.max && !c.inTitle) return c;
  }
  return null;
}

/**
 * One person's own case is a victim record, not a count: "one detainee, Arfan Soltani, …",
 * "one of them", "a shopkeeper whose wife and two sons are missing".
 */
function isPersonalCase(tokens: readonly Token[], figure: Figure, bounds: Bounds, attached: Attachment): boolean {
  if (figure.isOne && (!attached.hasHead || tokens[figure.last + 1]?.norm === "of" || isNamedAfter(tokens, attached.end))) return true;
  return tokens.slice(Math.max(0, bounds.first - 5), bounds.first).some((t) => t.norm === "whose");
}

function isNamedAfter(tokens: readonly Token[], end: number): boolean {
  const a = tokens[end + 1];
  const b = tokens[end + 2];
  const c = tokens[end + 3];
  return a?.norm === "," && !!b && /^\p{Lu}/u.test(b.text) && !!c && /^\p{Lu}/u.test(c.text);
}

/** The sources a sentence named, for "the group" and "it" in the sentences after it. */
function rememberSources(ctx: SentenceContext): void {
  const { state, attributions } = ctx;
  if (attributions) {
    for (const a of [attributions.wide, ...attributions.prefix, attributions.trailing, attributions.citing]) {
      if (a && !state.history.includes(a.claimant)) state.history.push(a.claimant);
    }
    return;
  }
  const named = findGazetteerClaimant(ctx.tokens, 0, ctx.tokens.length - 1);
  if (named) state.history.push(named.claimant);
}


/** "Between 28 April and 31 May, …": a cheap test before tokenizing. */
const FRONTED_PERIOD = /^(?:between|from|up to|until|through)\b/i;

/** A period fronting a sentence, with figures or without: its end dates the paragraph's figures after it. */
function readFrontedPeriod(state: DocumentState, sentence: Span, paragraph: ParagraphState): void {
  const tokens = tokenize(state.norm, sentence.start, sentence.end);
  paragraph.statedDay = frontedPeriodEnd(tokens, findDates(tokens, state.published)) ?? paragraph.statedDay;
}

/** "Casualty figures are those of the ministry unless …": the document's source for figures it attributes to no one. */
function takeNote(state: DocumentState, note: DocumentNote | null): boolean {
  if (!note) return false;
  if (note.source) {
    state.voice.documentSource ??= note.source;
    if (!state.history.includes(note.source)) state.history.push(note.source);
  }
  state.periodEnd = note.periodEnd ?? state.periodEnd;
  return true;
}

/** A sentence with no figure: the sources it names and the day it gives, for the figures after it; true once read in full. */
function readFigureless(state: DocumentState, sentence: Span, sentenceText: string, paragraph: ParagraphState): boolean {
  const tokens = tokenize(state.norm, sentence.start, sentence.end);
  const { sources, day, spoke, issuer } = readFigurelessSentence(state.text, sentenceText, tokens, state.published, state.history);
  for (const source of sources) if (!state.history.includes(source)) state.history.push(source);
  paragraph.statedDay = day ?? paragraph.statedDay;
  paragraph.statedSource = issuer ?? paragraph.statedSource;
  return spoke;
}

/** "the figures represent estimates": the last sentence's figures take the status. */
function restateStatus(state: DocumentState, sentenceText: string): void {
  const last = state.lastClaim;
  if (!last) return;
  const status = restatedStatus(sentenceText);
  if (!status) return;
  for (const c of state.claims) {
    if (c.evidence.start !== last.evidence.start || c.claimant !== last.claimant) continue;
    c.status = status;
    state.trace?.later(c, "status", "status", "a later sentence restates the status of the figures before it", { text: sentenceText });
  }
}

/** "Displaced from Rafah: nearly 450,000 (UNRWA)": a source in brackets right after the figure. */
function parentheticalSource(state: DocumentState, tokens: readonly Token[], end: number): Attribution | null {
  if (tokens[end + 1]?.norm !== "(") return null;
  let close = end + 2;
  while (close < tokens.length && close - end < 10 && tokens[close]!.norm !== ")") close++;
  if (tokens[close]?.norm !== ")") return null;
  const named = findGazetteerClaimant(tokens, end + 2, close - 1);
  const claimant = named?.claimant ?? resolveClaimant(state.text, tokens, end + 2, close - 1, state.history);
  return claimant ? { claimant, status: null, at: end + 1 } : null;
}
