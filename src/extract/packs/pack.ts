// The shape every language pack has: how its text is folded for matching, its number and day
// grammars built from its data, and how it splits a line into sentences.
import type { ClaimLexicon } from "./claim-words.js";
import type { CharFold } from "./matching-text.js";
import type { HedgeWords } from "./bounds.js";
import type { DayGrammar } from "./day-phrases.js";
import type { NumberGrammar } from "./number-words.js";
import type { Span } from "../sentences.js";

export interface LanguagePack {
  /** Primary language subtag: "fa", "ar", "tr". */
  language: string;
  fold: CharFold;
  numbers: NumberGrammar;
  days: DayGrammar;
  hedges: HedgeWords;
  /** Metric, population, attribution, status and claimant words. */
  claims: ClaimLexicon;
  /** The sentences of one line of text (a span that holds no newline), with offsets into the text. */
  splitSentences(text: string, line: Span): Span[];
}
