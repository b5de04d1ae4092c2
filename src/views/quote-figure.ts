// Where a claim's figure stands inside its quoted sentence, so every view can mark it in place: the
// UTF-16 range of the words or digits ("۲٬۴۰۳", "سه هزار و ششصد", "10,000 and 12,000") the figure was read from.
import type { Qualifier } from "../domain/claim.js";
import { findFigures } from "../extract/numbers.js";
import { languagePack } from "../extract/packs/index.js";
import { findNumbers } from "../extract/packs/number-grammar.js";
import { normaliseForMatching, tokenize } from "../extract/text.js";
import { isRightToLeftText } from "./direction.js";

/** UTF-16 offsets into a text; end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** The fields of a claim (stored or reconciled) that say which figure it is. */
export interface ClaimFigure {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

interface NumberInText extends TextRange {
  value: number;
}

/** Figures as the English extractor reads them: digits with separators, number words, vague quantities. */
function englishNumbers(text: string): NumberInText[] {
  const tokens = tokenize(normaliseForMatching(text), 0, text.length);
  return findFigures(tokens).map((figure) => ({ value: figure.value, start: tokens[figure.first]!.start, end: tokens[figure.last]!.end }));
}

function numbersIn(text: string, language: string): NumberInText[] {
  const pack = languagePack(language);
  return pack ? findNumbers(text, pack.numbers) : englishNumbers(text);
}

/**
 * The languages to read a quote's numbers in: the one given, then those of its script. The figure must
 * have the claim's value, so trying a neighbour's grammar cannot mark another number.
 */
function languagesFor(text: string, language: string | null | undefined): string[] {
  const ofScript = isRightToLeftText(text) ? ["fa", "ar"] : ["en", "tr"];
  return [...new Set([language, ...ofScript].filter((code): code is string => !!code))];
}

/** The bound the figure was written with: a range's low end (the high end follows it), else the one bound stated. */
function boundsOf(claim: ClaimFigure): { first: number; last: number | null } | null {
  if (claim.qualifier === "range" && claim.min !== null && claim.max !== null) return { first: claim.min, last: claim.max };
  const first = claim.min ?? claim.max;
  return first === null ? null : { first, last: null };
}

/** Whether `written` is `value` with its scale word left to the bound after it: the 18 of "18 to 20 thousand" for 18,000. */
function sharesScale(written: number, value: number): boolean {
  return written > 0 && [1e3, 1e6, 1e9].some((scale) => written * scale === value);
}

function rangeIn(numbers: NumberInText[], bounds: { first: number; last: number | null }): TextRange | null {
  const at = numbers.findIndex((n) => n.value === bounds.first);
  if (at >= 0) {
    const upper = bounds.last === null ? undefined : numbers.slice(at + 1).find((n) => n.value === bounds.last);
    return { start: numbers[at]!.start, end: (upper ?? numbers[at]!).end };
  }
  // "between 18 and 20 thousand": the low bound reads 18 alone; the range runs from it to the high bound.
  const upperAt = bounds.last === null ? -1 : numbers.findIndex((n) => n.value === bounds.last);
  if (upperAt < 0) return null;
  const lower = numbers[upperAt - 1];
  const start = lower && sharesScale(lower.value, bounds.first) ? lower.start : numbers[upperAt]!.start;
  return { start, end: numbers[upperAt]!.end };
}

/**
 * The range of `text` holding the claim's figure, or null when the quote does not state it (a reviewer
 * corrected the figure, or it was read across sentences). `language`, when known, is the document's.
 */
export function figureInQuote(text: string, claim: ClaimFigure, language?: string | null): TextRange | null {
  const bounds = boundsOf(claim);
  if (!bounds) return null;
  for (const code of languagesFor(text, language)) {
    const range = rangeIn(numbersIn(text, code), bounds);
    if (range) return range;
  }
  return null;
}
