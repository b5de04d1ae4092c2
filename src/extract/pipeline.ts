// The claim pipeline over one document. Lines are read for what they tell the figures after them
// (day headings, notes, voices); each sentence worth reading is tokenized once, and its parsers
// find the figures, their hedges and what they count: a Candidate each. The candidate stages
// (stages.ts) decide its fields in order; the refiners then work on the document's claims as a
// whole (a headline takes its source from the body; one figure told twice is one claim).
import { frontedPeriodEnd } from "./as-of.js";
import { attachFigure, type Attachment } from "./attach.js";
import { readAuthor } from "./author.js";
import { newCandidate, type DocumentState, type ParagraphState, type PendingClaim, type SentenceContext } from "./candidate.js";
import { findGazetteerClaimant, mayNameSource, type Claimant } from "./claimants.js";
import { findDates, parseIsoDate, timelineDate } from "./dates.js";
import { mergeDuplicateClaims } from "./dedupe.js";
import { mayTellFigures, readFigurelessSentence } from "./figureless-sentences.js";
import { mayBeNote, readLineNotes, readSentenceNote, type DocumentNote } from "./document-notes.js";
import { attributeHeadline } from "./headline.js";
import { readBounds, type Bounds } from "./hedges.js";
import { leadTokens, readLayout } from "./layout.js";
import { readFootnotes } from "./footnotes.js";
import { findFigures, type Figure } from "./numbers.js";
import { readDocumentScope } from "./scope.js";
import { readDaySections } from "./sections.js";
import { splitSentences, type Span } from "./sentences.js";
import { CueScanner } from "./cue-scanner.js";
import { claimOf, runStages } from "./stages.js";
import { restatedStatus } from "./status.js";
import { normaliseForMatching, tokenize } from "./text.js";
import type { ExtractionTrace } from "./trace.js";
import { CLAIM_CUES, FOLLOWING_STATEMENT, FRONTED_PERIOD, NUMBER_PREFILTER, PART_ANYWHERE, PART_DESCRIBED, PART_OPENER, TIMELINE_START } from "./lexicon/en.js";
import { enterLine, newVoiceMemory, rememberVoice } from "./voice.js";
import type { Claim } from "../domain/claim.js";

/** The prefilter: a line or sentence is read only with a number and one of these cues. */
const claimCues = new CueScanner(CLAIM_CUES);

export function extractClaims(text: string, publishedIso: string | null, trace: ExtractionTrace | null = null): Claim[] {
  const norm = normaliseForMatching(text);
  const published = publishedIso ? parseIsoDate(publishedIso) : null;
  const layout = readLayout(text);
  const { lines, titleLine } = layout;
  const state: DocumentState = {
    text, norm, published, publishedIso: published ? publishedIso : null,
    scope: readDocumentScope(leadTokens(text, norm, layout), titleLine ? tokenize(norm, titleLine.start, titleLine.end) : []),
    history: [], inHistory: new Set(), lastAsOf: new Map(), lastClaim: null, claims: [], trace, voice: newVoiceMemory(), periodEnd: null,
    footnotes: readFootnotes(text, norm, lines, published),
  };
  const author = readAuthor(text, norm, lines);
  if (author) addToHistory(state, author.claimant);
  if (author?.isRelease) state.voice.documentSource = author.claimant;
  const sections = readDaySections(norm, lines, published);
  for (const [lineIndex, line] of lines.entries()) {
    const lineText = norm.slice(line.start, line.end);
    if (!(NUMBER_PREFILTER.test(lineText) && (claimCues.test(lineText) || PART_ANYWHERE.test(lineText))) && !mayNameSource(lineText) && !FOLLOWING_STATEMENT.test(lineText)) {
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
  // the refiners: a headline takes its source from the body; one figure told twice is one claim
  return mergeDuplicateClaims(attributeHeadline(state.claims));
}

function readSentence(state: DocumentState, sentence: Span, paragraph: ParagraphState): void {
  const sentenceText = state.norm.slice(sentence.start, sentence.end);
  const mayClaim = NUMBER_PREFILTER.test(sentenceText) && (claimCues.test(sentenceText) || PART_OPENER.test(sentenceText) || PART_DESCRIBED.test(sentenceText));
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
  // "Three soldiers and two civilians were killed", "920 militants, 165 soldiers and 47 civilians
  // have been killed": the first of joined subjects wait for the verb
  let waiting: Array<{ bounds: Bounds; attached: Attachment }> = [];
  for (let i = 0; i < figures.length; i++) {
    const bounds = readBounds(tokens, figures, i);
    const rightLimit = figures[i + 1 + bounds.consumed]?.first ?? tokens.length;
    const attached = attachFigure(tokens, bounds.first, bounds.last, leftLimit, rightLimit, ctx.previous !== null);
    const figure = figures[i]!;
    i += bounds.consumed;
    if (!attached) {
      waiting = [];
      continue;
    }
    const claim = claimOfFigure(ctx, figure, bounds, attached, leftLimit, rightLimit);
    leftLimit = attached.end + 1;
    // the figure right after the last waiting one, past the word that joins them
    const lastWaiting = waiting.at(-1);
    const followsWaiting = lastWaiting !== undefined && lastWaiting.attached.end + 2 === bounds.first;
    if (claim && followsWaiting) {
      for (const { bounds: b, attached: a } of waiting) {
        state.claims.push({ ...claim, min: b.min, max: b.max, qualifier: b.qualifier, population: a.population });
        state.trace?.copy(state.claims.at(-1)!, claim, {
          bounds: { stage: "bounds", rule: "the first of joined figures, waiting for the verb", words: { start: tokens[b.first]!.start, end: tokens[b.last]!.end } },
          population: { stage: "population", rule: "the counted words of the first of joined figures", words: { start: tokens[b.first]!.start, end: tokens[a.end]!.end } },
        });
      }
    }
    const joiner = tokens[attached.end + 1]?.norm;
    const joins = !claim && attached.hasHead && (joiner === "and" || joiner === ",");
    // a comma list waits only while its items follow one another
    const continues = followsWaiting && tokens[lastWaiting.attached.end + 1]?.norm === ",";
    waiting = joins ? [...(continues ? waiting : []), { bounds, attached }] : [];
    if (claim) state.claims.push(claim);
  }
  rememberSources(ctx);
  if (ctx.previous) state.lastClaim = paragraph.lastClaim = ctx.previous.claim;
}

/** The claim a figure makes, once its attachment says what it counts; null when it counts no one. */
function claimOfFigure(ctx: SentenceContext, figure: Figure, bounds: Bounds, attached: Attachment, figureLeft: number, rightLimit: number): PendingClaim | null {
  const candidate = newCandidate(ctx, figure, bounds, attached, figureLeft, rightLimit);
  if (!runStages(candidate)) return null;
  const claim = claimOf(candidate);
  candidate.why?.keep(claim);
  const { state } = ctx;
  if (candidate.attribution) state.lastAsOf.set(candidate.attribution.claimant, claim.asOf);
  rememberVoice(state.voice, claim);
  if (ctx.opensWithPart && ctx.previous === null && candidate.restated) ctx.opener = claim;
  ctx.previous = { claim, attribution: candidate.attribution };
  return claim;
}

/** The sources a sentence named, for "the group" and "it" in the sentences after it. */
function rememberSources(ctx: SentenceContext): void {
  const { state, attributions } = ctx;
  if (attributions) {
    for (const a of [attributions.wide, ...attributions.prefix, attributions.trailing, attributions.citing]) {
      if (a) rememberSource(state, a.claimant);
    }
    return;
  }
  const named = findGazetteerClaimant(ctx.tokens, 0, ctx.tokens.length - 1);
  if (named) addToHistory(state, named.claimant);
}

/** A source named again is not added again; one resolved anew is (a new claimant each time). */
function rememberSource(state: DocumentState, claimant: Claimant): void {
  if (!state.inHistory.has(claimant)) addToHistory(state, claimant);
}

function addToHistory(state: DocumentState, claimant: Claimant): void {
  state.history.push(claimant);
  state.inHistory.add(claimant);
}

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
    rememberSource(state, note.source);
  }
  state.periodEnd = note.periodEnd ?? state.periodEnd;
  return true;
}

/** A sentence with no figure: the sources it names and the day it gives, for the figures after it; true once read in full. */
function readFigureless(state: DocumentState, sentence: Span, sentenceText: string, paragraph: ParagraphState): boolean {
  const tokens = tokenize(state.norm, sentence.start, sentence.end);
  const { sources, day, spoke, issuer } = readFigurelessSentence(state.text, sentenceText, tokens, state.published, state.history);
  for (const source of sources) rememberSource(state, source);
  paragraph.statedDay = day ?? paragraph.statedDay;
  paragraph.statedSource = issuer ?? paragraph.statedSource;
  // "Police Commissioner X gave the following update": what follows is the issuer's statement
  if (issuer && FOLLOWING_STATEMENT.test(sentenceText)) state.voice.documentSource ??= issuer;
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
