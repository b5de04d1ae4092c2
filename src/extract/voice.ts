// Who speaks for a figure the sentence attributes to no one: the dated section it is listed
// under, the series of counts it updates ("the toll rises to 135"), or the source a document
// says its figures come from ("Casualty figures are those of the ministry unless …").
import type { Claimant } from "./claimants.js";
import { SERIES_UPDATE_NOUNS } from "./lexicon/en.js";
import type { Token } from "./text.js";
import type { Claim, Metric } from "../domain/claim.js";

type Voice = { claimant: string | null; claimantKind: Claim["claimantKind"] };

export interface VoiceMemory {
  /** The dated section now being read and the last claim made in it. */
  section: { day: string | null; last: Voice | null };
  /** The latest main-event source of each metric's series. */
  series: Map<Metric, Claimant>;
  /** The source a document names for all figures it does not attribute otherwise. */
  documentSource: Claimant | null;
}

export function newVoiceMemory(): VoiceMemory {
  return { section: { day: null, last: null }, series: new Map(), documentSource: null };
}

/** A new line: leaving a dated section forgets its voice. */
export function enterLine(memory: VoiceMemory, sectionDay: string | null): void {
  if (memory.section.day !== sectionDay) memory.section = { day: sectionDay, last: null };
}

/** Records a claim made, for the figures after it. */
export function rememberVoice(memory: VoiceMemory, claim: Claim): void {
  if (memory.section.day !== null) memory.section.last = claim;
  if (claim.mainEvent && claim.claimant) memory.series.set(claim.metric, { name: claim.claimant, kind: claim.claimantKind });
}

/** "The toll rises to 135 dead", "By Sunday night the figures had reached 418": a sentence that updates a running count. */
export function updatesSeries(tokens: readonly Token[]): boolean {
  return tokens.some((t) => SERIES_UPDATE_NOUNS.has(t.norm));
}

/**
 * The voice of an unattributed main-event figure once its paragraph has none: the last claim of
 * its dated section, else the source of the series it updates, else the document's stated source.
 */
export function inheritedVoice(memory: VoiceMemory, metric: Metric, tokens: readonly Token[]): Voice | null {
  if (memory.section.last?.claimant) return memory.section.last;
  const series = updatesSeries(tokens) ? memory.series.get(metric) : undefined;
  const source = series ?? memory.documentSource;
  return source ? { claimant: source.name, claimantKind: source.kind } : null;
}
