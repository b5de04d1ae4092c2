// A folded copy of a text for matching words of a language pack (letters unified, invisible marks
// dropped), with the way back: every index of the copy maps to a UTF-16 offset of the text as read.
import type { CharFold } from "../../domain/arabic-script.js";

export type { CharFold };

export interface MatchingText {
  /** The folded copy: never longer than the original, since a unit is dropped or replaced by one. */
  text: string;
  /** origins[i] is the offset in the original of the unit text[i] came from. */
  origins: Uint32Array;
  original: string;
}

/** The folded copy of `original` and where each of its units came from. */
export function matchingText(original: string, fold: CharFold): MatchingText {
  const units: string[] = [];
  const origins = new Uint32Array(original.length);
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const unit = original[i]!;
    const folded = fold(unit);
    if (folded === "") continue;
    units.push(folded);
    origins[length++] = i;
  }
  return { text: units.join(""), origins: origins.slice(0, length), original };
}

const MARK = /\p{M}/u;

/**
 * The span of the original that text[start, end) of the folded copy stands for, end exclusive.
 * Marks dropped after the last unit (the diacritics of the last letter) belong to the span.
 */
export function originalSpan(matching: MatchingText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < matching.origins.length ? matching.origins[start]! : matching.original.length;
    return { start: at, end: at };
  }
  let originalEnd = matching.origins[end - 1]! + 1;
  while (originalEnd < matching.original.length && MARK.test(matching.original[originalEnd]!) && !keptAt(matching, end, originalEnd)) originalEnd++;
  return { start: matching.origins[start]!, end: originalEnd };
}

/** Whether the original unit at `offset` was kept as the folded unit at `index`. */
function keptAt(matching: MatchingText, index: number, offset: number): boolean {
  return index < matching.origins.length && matching.origins[index] === offset;
}

/** Folds a word or phrase of a pack's data the way the text it will be matched against is folded. */
export function foldPhrase(phrase: string, fold: CharFold): string {
  return matchingText(phrase, fold).text;
}
