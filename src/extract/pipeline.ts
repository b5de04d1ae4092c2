// The claim pipeline over one document: lines → sentences → figures → hedge, metric,
// population, claimant, status, as-of and scope → one claim per figure → duplicates merged.
import { dateOfFigure, dayMentionedBefore, SAME_DAY } from "./as-of.js";
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
import { enterLine, inheritedVoice, newVoiceMemory, rememberVoice, type VoiceMemory } from "./voice.js";
import type { Claim, Status } from "../domain/claim.js";

/** Lines worth reading: a cue of one of the seven metrics (the prefilter that keeps extraction fast). */
const TRIGGER = /kill|dead|death|die[sd]?\b|dying|fatal|martyr|toll|lives|life\b|slain|murder|perish|bod(?:y|ies)|corpse|massacr|drown|buried|injur|wound|hurt|hospitali|treat|maim|detain|detention|arrest|custody|jail|imprison|rounded up|prisoner|apprehend|captur|held|holding|execut|hang|missing|unaccounted|disappear|displac|fled|flee|homeless|homes|shelter|tents|evacu|uproot|refugee|victim|figure|tally|count|\blist\b|\bnumber\b|abduct|kidnap|hostage|seiz|captive|lynch|behead|gunned|taken|searching|camps|relief|accounted|stood at/i;
const HAS_NUMBER = /[0-9\u06f0-\u06f9\u0660-\u0669]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores)\b/i;
/** A sentence that is a part of the count before it: "Of those, …", "Among them are …". */
const PART_OPENER = /^(?:of|among) (?:those|them|these|whom|the dead|the victims)\b/i;
const PART_ANYWHERE = /\b(?:of|among) (?:those|them|these)\b/i;
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
}

export function extractClaims(text: string, publishedIso: string | null): Claim[] {
  const norm = normaliseForMatching(text);
  const published = publishedIso ? parseIsoDate(publishedIso) : null;
  const layout = readLayout(text);
  const { lines, titleLine } = layout;
  const state: DocumentState = {
    text, norm, published, publishedIso: published ? publishedIso : null,
    scope: readDocumentScope(leadTokens(text, norm, layout), titleLine ? tokenize(norm, titleLine.start, titleLine.end) : []),
    history: [], lastAsOf: new Map(), lastClaim: null, claims: [], voice: newVoiceMemory(), periodEnd: null,
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
  const mayClaim = HAS_NUMBER.test(sentenceText) && (TRIGGER.test(sentenceText) || PART_OPENER.test(sentenceText));
  if (!mayClaim) restateStatus(state, sentenceText);
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
    attributions: null, dates: null, scopeOf: null, previous: null,
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
  const partOfEarlier = (attached.partitive || partOfLast) && !attribution && state.lastClaim !== null;

  // a figure continuing the one before keeps its status and day, unless a source of its own speaks
  const sameVoice = inherited && (!attribution || attribution === previous?.attribution);
  const regionStart = sameVoice ? bounds.first : statusRegionStart(attribution?.at ?? null, bounds.first, figureLeft, tokens);
  const ownStatus = readStatus(tokens, regionStart, statusRegionEnd(tokens, attached.end, rightLimit), bounds.first);
  const status: Status = ownStatus ?? (sameVoice ? whole!.status : attribution?.status ?? (partOfEarlier ? state.lastClaim!.status : "reported"));

  // A paragraph speaks with one voice: an unattributed figure continues the last attribution in it.
  // (background about another time or crisis is the writer's, not the source's)
  const earlier = partOfEarlier ? state.lastClaim : !attribution && !ctx.paragraph.inTitle && scope.mainEvent ? previous?.claim ?? ctx.paragraph.lastClaim : null;
  // "Of the nine dead, two were women": a figure restating an earlier count is that count's
  const restated = attribution || ctx.paragraph.inTitle ? null : restatedClaim(state.claims, metric, bounds);
  const voice = attribution || earlier?.claimant || ctx.paragraph.inTitle || !scope.mainEvent ? null : inheritedVoice(state.voice, metric, tokens);
  const spoken = restated?.claimant ? restated : earlier?.claimant ? earlier : voice;
  const claimant = attribution?.claimant ?? (spoken?.claimant ? { name: spoken.claimant, kind: spoken.claimantKind } : null);
  const date =
    dateOfFigure(tokens, ctx.dates, bounds.first, attribution, ctx.figures) ??
    footnote?.day ??
    restated?.asOf ??
    (SAME_DAY.test(ctx.sentenceText) ? dayMentionedBefore(state.norm, ctx.sentence.start, state.published) : null) ??
    (sameVoice ? whole!.asOf : null);
  const referredBack = attribution && state.history.includes(attribution.claimant) ? state.lastAsOf.get(attribution.claimant) : undefined;
  const asOf =
    date ?? ctx.paragraph.timeline ?? ctx.paragraph.statedDay ?? ctx.paragraph.section ?? (scope.pastYear !== null ? `${scope.pastYear}-12-31` : null) ?? (partOfEarlier ? state.lastClaim!.asOf : null) ?? (scope.mainEvent ? state.periodEnd : null) ?? referredBack ?? state.publishedIso;

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
    mainEvent: partOfEarlier ? state.lastClaim!.mainEvent && scope.mainEvent : scope.mainEvent,
    evidence: ctx.evidence,
    inTitle: ctx.paragraph.inTitle,
  };
  if (attribution) state.lastAsOf.set(attribution.claimant, asOf);
  rememberVoice(state.voice, claim);
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
  const { sources, day, spoke } = readFigurelessSentence(state.text, sentenceText, tokens, state.published, state.history);
  for (const source of sources) if (!state.history.includes(source)) state.history.push(source);
  paragraph.statedDay = day ?? paragraph.statedDay;
  return spoke;
}

/** "the figures represent estimates": the last sentence's figures take the status. */
function restateStatus(state: DocumentState, sentenceText: string): void {
  const last = state.lastClaim;
  if (!last) return;
  const status = restatedStatus(sentenceText);
  if (!status) return;
  for (const c of state.claims) if (c.evidence.start === last.evidence.start && c.claimant === last.claimant) c.status = status;
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
