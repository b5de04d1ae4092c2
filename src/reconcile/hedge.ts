// What a hedged figure allows: the bounds to compare, one number to rank by, and how to say it.
// "about 3,000" may be 2,800 and "thousands" anything from 1,000 to 9,999, so checks use these bounds.
import type { Qualifier } from "../domain/claim.js";

export interface Bounded {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

/** How far "about N" may stray either way before two figures count as different. */
export const APPROX_TOLERANCE = 0.1;

/** The smallest value the wording allows. */
export function lowerBound(figure: Bounded): number {
  const { min, max, qualifier } = figure;
  switch (qualifier) {
    case "approx":
      return Math.round((min ?? max ?? 0) * (1 - APPROX_TOLERANCE));
    case "up_to":
      return 0;
    case "vague":
      // The contract writes "hundreds" as 200 and "thousands" as 2,000: half of that is the smallest reading.
      return Math.floor((min ?? 0) / 2);
    default:
      return min ?? max ?? 0;
  }
}

/** The largest value the wording allows (Infinity for "at least", "more than"). */
export function upperBound(figure: Bounded): number {
  const { min, max, qualifier } = figure;
  switch (qualifier) {
    case "approx":
      return Math.round((max ?? min ?? Infinity) * (1 + APPROX_TOLERANCE));
    case "at_least":
    case "more_than":
      return max ?? Infinity;
    case "vague":
      // "hundreds" (200) stops below 1,000, "thousands" (2,000) below 10,000.
      return min === null ? Infinity : min * 5 - 1;
    default:
      return max ?? min ?? Infinity;
  }
}

/** Whether two figures can describe the same count. */
export function boundsOverlap(a: Bounded, b: Bounded): boolean {
  return lowerBound(a) <= upperBound(b) && lowerBound(b) <= upperBound(a);
}

/** One number standing for the figure, for ranking and medians: a range's middle, a bound's value. */
export function pointFigure(figure: Bounded): number {
  const { min, max, qualifier } = figure;
  if (qualifier === "range" && min !== null && max !== null) return Math.round((min + max) / 2);
  if (qualifier === "up_to") return max ?? min ?? 0;
  return min ?? max ?? 0;
}

/** The highest number the text states: a range's max, else its only bound. */
export function statedTop(figure: Bounded): number {
  return figure.max ?? figure.min ?? 0;
}

/** The number the text commits to: a range's min, "at least N" → N. */
export function statedFloor(figure: Bounded): number {
  return figure.min ?? figure.max ?? 0;
}

const numberFormat = new Intl.NumberFormat("en-US");

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "exact",
  at_least: "at least",
  more_than: "more than",
  approx: "about",
  up_to: "up to",
  range: "range",
  vague: "vague",
};

/** The hedge in a word or two, as the statement cites it: "at least", "range". */
export function qualifierWords(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** The contract's stand-in values for vague words, read back. */
const VAGUE_WORDS = new Map<number, string>([
  [24, "dozens"],
  [40, "scores"],
  [200, "hundreds"],
  [2000, "thousands"],
  [20000, "tens of thousands"],
  [200000, "hundreds of thousands"],
]);

/** The figure with its hedge: "at least 12,000", "10,000–12,000", "hundreds". */
export function formatFigure(figure: Bounded): string {
  const { min, max, qualifier } = figure;
  const n = (value: number | null) => (value === null ? "?" : formatNumber(value));
  switch (qualifier) {
    case "exact":
      return n(min ?? max);
    case "at_least":
      return `at least ${n(min)}`;
    case "more_than":
      return `more than ${n(min)}`;
    case "approx":
      return `about ${n(min ?? max)}`;
    case "up_to":
      return `up to ${n(max ?? min)}`;
    case "range":
      return `${n(min)}–${n(max)}`;
    case "vague":
      return (min !== null && VAGUE_WORDS.get(min)) || `an unstated number (about ${n(min)})`;
  }
}
