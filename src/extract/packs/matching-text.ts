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

const UNKNOWN = -2;
const DROPPED = -1;

/** Each fold's answer for every code unit, filled in as units are met: a fold is pure, and documents run to megabytes. */
const foldTables = new WeakMap<CharFold, Int32Array>();

function foldTable(fold: CharFold): Int32Array {
  let table = foldTables.get(fold);
  if (!table) {
    table = new Int32Array(0x10000).fill(UNKNOWN);
    foldTables.set(fold, table);
  }
  return table;
}

/** The code unit `fold` puts in place of `code`, or DROPPED; a fold that answers more than one unit keeps the original. */
function foldedCode(fold: CharFold, code: number): number {
  const folded = fold(String.fromCharCode(code));
  if (folded === "") return DROPPED;
  return folded.length === 1 ? folded.charCodeAt(0) : code;
}

const CHUNK = 8192;

/** The folded copy of `original` and where each of its units came from. */
export function matchingText(original: string, fold: CharFold): MatchingText {
  const table = foldTable(fold);
  const codes = new Uint16Array(original.length);
  const origins = new Uint32Array(original.length);
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    let folded = table[code]!;
    if (folded === UNKNOWN) folded = table[code] = foldedCode(fold, code);
    if (folded === DROPPED) continue;
    codes[length] = folded;
    origins[length++] = i;
  }
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) parts.push(String.fromCharCode(...codes.subarray(start, Math.min(length, start + CHUNK))));
  return { text: parts.join(""), origins: origins.slice(0, length), original };
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
