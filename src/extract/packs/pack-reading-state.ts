// What the pack pipeline carries while it reads a document: the document's and the paragraph's
// running state (last source, last day, claims so far) and the readings of one sentence's figures,
// shared by the stages that find a figure's shape, metric, nearness and claim.
import type { Claim } from "../../domain/claim.js";
import type { ExtractionTrace } from "../trace.js";
import type { BoundedFigure } from "./bounds.js";
import type { DatedPhrase } from "./claim-days.js";
import type { LanguagePack } from "./pack.js";
import type { PackSource, SentenceAttribution, WrittenSource } from "./sentence-sources.js";

export interface PendingClaim extends Claim {
  inTitle: boolean;
}

export interface DocumentState {
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

export interface ParagraphState {
  inTitle: boolean;
  lastClaim: PendingClaim | null;
  /** A figureless sentence naming a source and a day ("وزارت بهداشت روز سه‌شنبه آمار تازه‌ای منتشر کرد"): the figures after it are that source's, of that day. */
  statedSource: PackSource | null;
  statedDay: string | null;
}

/** A figure of a sentence with the tokens it spans. */
export interface SentenceFigure {
  figure: BoundedFigure;
  first: number;
  last: number;
}

/** What the figures of one sentence share. */
export interface SentenceReading {
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
