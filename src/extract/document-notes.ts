// Notes in which a document says what its figures are: whose ("Casualty figures are those of
// the ministry unless another source is named") and over what period ("The report covers the
// period from 1 October to 30 April"). Both hold for the figures after them.
import { documentSourceNote } from "./attribution.js";
import { PERIOD_NOTE, SOURCE_NOTE } from "./lexicon/en.js";
import type { Claimant, ClaimantHistory } from "./claimants.js";
import { findDates, parseIsoDate } from "./dates.js";
import { splitSentences, type Span } from "./sentences.js";
import { tokenize } from "./text.js";

export interface DocumentNote {
  source: Claimant | null;
  /** The last day of the period the document's counts cover. */
  periodEnd: string | null;
}

/** Whether a sentence may be a note: a cheap test before tokenizing. */
export function mayBeNote(sentenceText: string): boolean {
  return SOURCE_NOTE.test(sentenceText) || PERIOD_NOTE.test(sentenceText);
}

/** The note of one sentence, or null when it states neither a source nor a period. */
export function readSentenceNote(text: string, norm: string, sentence: Span, published: Date | null, history: ClaimantHistory): DocumentNote | null {
  const sentenceText = norm.slice(sentence.start, sentence.end);
  const tokens = tokenize(norm, sentence.start, sentence.end);
  const source = SOURCE_NOTE.test(sentenceText) ? documentSourceNote(text, tokens, history) : null;
  const stated = PERIOD_NOTE.test(sentenceText) ? findDates(tokens, published).find((d) => d.isPeriodEnd)?.iso ?? null : null;
  const periodEnd = stated && isRetrospective(stated, published) ? stated : null;
  return source || periodEnd ? { source, periodEnd } : null;
}

/**
 * A report looking back over a period that closed well before it was published: its counts are as
 * of the period's end. An update whose window closes about when it is published counts up to now.
 */
function isRetrospective(periodEnd: string, published: Date | null): boolean {
  const end = parseIsoDate(periodEnd);
  return !published || !end || published.getTime() - end.getTime() > RECENT_WINDOW_MS;
}
const RECENT_WINDOW_MS = 7 * 86_400_000;

/** The notes of a line that holds no figure. */
export function readLineNotes(text: string, norm: string, line: Span, published: Date | null, history: ClaimantHistory): DocumentNote[] {
  if (!mayBeNote(norm.slice(line.start, line.end))) return [];
  return splitSentences(text, line).flatMap((s) => readSentenceNote(text, norm, s, published, history) ?? []);
}
