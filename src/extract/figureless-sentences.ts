// What a sentence with no figure tells the figures after it: a source that issued or said
// something ("The interior ministry has issued its first statement", "…, says Jerry Chandler"),
// and the day their figures describe ("The police gave their latest figures on Friday",
// "On 22 June, an air strike hit the market.").
import { findAttributions } from "./attribution.js";
import { FIGURE_NOUNS, FRONTED_DAY, SOURCE_SENTENCE } from "./lexicon/en.js";
import type { Claimant, ClaimantHistory } from "./claimants.js";
import { findDates } from "./dates.js";
import type { Token } from "./text.js";

export interface FigurelessReading {
  /** Sources the sentence names as speakers, for "it" and "according to him" after it. */
  sources: Claimant[];
  /** The day the paragraph's figures after it describe. */
  day: string | null;
  /** Whether the sentence is a source's speech, read in full here. */
  spoke: boolean;
  /** "The interior ministry has issued its first statement": the source of the paragraph's figures after it. */
  issuer: Claimant | null;
}

/** Whether a figureless sentence may tell anything: a cheap test before tokenizing. */
export function mayTellFigures(sentenceText: string): boolean {
  return SOURCE_SENTENCE.test(sentenceText) || FRONTED_DAY.test(sentenceText);
}

export function readFigurelessSentence(text: string, sentenceText: string, tokens: readonly Token[], published: Date | null, history: ClaimantHistory): FigurelessReading {
  const sources: Claimant[] = [];
  let day: string | null = null;
  let issuer: Claimant | null = null;
  if (FRONTED_DAY.test(sentenceText)) day = findDates(tokens.slice(0, 8), published).find((d) => d.index <= 3 && !d.isStart)?.iso ?? null;
  const spoke = SOURCE_SENTENCE.test(sentenceText);
  if (spoke) {
    const { prefix, trailing } = findAttributions(text, tokens, history);
    for (const a of [...prefix, trailing]) if (a) sources.push(a.claimant);
    if (FIGURE_NOUNS.test(sentenceText)) {
      day = findDates(tokens, published).find((d) => !d.isStart)?.iso ?? day;
      // one speaker issuing its figures speaks for what follows; two leave it open
      issuer = sources.length === 1 ? sources[0]! : null;
    }
  }
  return { sources, day, spoke, issuer };
}
