// What flows through the extractor's stages: the document and paragraph being read, one
// sentence's shared readings, and the Candidate, one figure on its way to becoming a claim.
import type { Attachment } from "./attach.js";
import type { Attribution, SentenceAttributions } from "./attribution.js";
import type { Claimant, ClaimantHistory } from "./claimants.js";
import type { DateMention } from "./dates.js";
import type { FieldRule } from "./field-rules.js";
import type { Footnote } from "./footnotes.js";
import type { Bounds } from "./hedges.js";
import type { Figure } from "./numbers.js";
import type { DocumentScope, ScopeReading } from "./scope.js";
import type { Span } from "./sentences.js";
import type { Token } from "./text.js";
import type { ClaimTrace, ExtractionTrace } from "./trace.js";
import type { VoiceMemory } from "./voice.js";
import type { Claim, Metric, Population, Status } from "../domain/claim.js";

export interface PendingClaim extends Claim {
  inTitle: boolean;
}

/** One line of the text: a headline, a paragraph, or a timeline entry. */
export interface ParagraphState {
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

export interface DocumentState {
  text: string;
  norm: string;
  published: Date | null;
  publishedIso: string | null;
  scope: DocumentScope;
  history: ClaimantHistory;
  /** The claimants in `history`, tested without walking it: a long report or live blog names thousands (pipeline.addToHistory keeps both). */
  inHistory: Set<Claimant>;
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
export interface SentenceContext {
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

/** Who a candidate's voice is when no attribution names it: a claim before it, or the section's or series' source. */
export type Voice = { claimant: string | null; claimantKind: Claim["claimantKind"] };

/**
 * One figure on its way to a claim. The sentence's parsers fill the first fields (figure, hedge,
 * what it counts); each named stage then reads the candidate and the sentence and fills its own
 * fields, in CANDIDATE_STAGES order, so a later stage may use what an earlier one decided.
 */
export interface Candidate {
  readonly ctx: SentenceContext;
  readonly figure: Figure;
  readonly bounds: Bounds;
  readonly attached: Attachment;
  /** First token this figure's words may reach back to (just after the previous figure's). */
  readonly figureLeft: number;
  /** First token of the next figure. */
  readonly rightLimit: number;
  /** The explanation being recorded for this candidate; null on the plain extraction path. */
  readonly why: ClaimTrace | null;

  // metric
  /** The count this figure continues or is a part of, in the sentence or the one before. */
  whole: PendingClaim | null;
  /** No metric of its own: it takes the metric of `whole`. */
  inherited: boolean;
  /** "put its count at 648": the count in hand it is framed as. */
  framedBy: PendingClaim | null;
  partOfLast: boolean;
  metric: Metric | null;
  // scope
  scope: ScopeReading;
  // source
  footnote: Footnote | null;
  attribution: Attribution | null;
  /** The rule that found the attribution, for the claimant's explanation. */
  attributedBy: FieldRule<Attribution> | null;
  /** The count this figure is a part of when no source of its own speaks ("Of the 12 dead, four …"). */
  partOf: PendingClaim | null;
  /** A figure continuing the one before, with no other source speaking: it keeps that one's status and day. */
  sameVoice: boolean;
  // claimant
  restated: PendingClaim | null;
  earlier: PendingClaim | null;
  voice: Voice | null;
  issued: Claimant | null;
  claimant: Claimant | null;
  status: Status;
  asOf: string | null;
  population: Population;
  mainEvent: boolean;
}

export function newCandidate(ctx: SentenceContext, figure: Figure, bounds: Bounds, attached: Attachment, figureLeft: number, rightLimit: number): Candidate {
  return {
    ctx, figure, bounds, attached, figureLeft, rightLimit,
    why: ctx.state.trace?.begin(ctx.tokens) ?? null,
    whole: null, inherited: false, framedBy: null, partOfLast: false, metric: null,
    scope: { mainEvent: true, pastYear: null },
    footnote: null, attribution: null, attributedBy: null, partOf: null, sameVoice: false,
    restated: null, earlier: null, voice: null, issued: null, claimant: null,
    status: "reported", asOf: null, population: attached.population, mainEvent: true,
  };
}
