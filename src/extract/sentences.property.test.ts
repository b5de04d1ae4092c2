// Lines and sentences are cut where the first version cut them (kept below as the reference, a
// character at a time with regular expressions), on any text, Unicode and long runs included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABBREVIATIONS } from "./lexicon/en.js";
import { MAX_SENTENCE, splitLines, splitSentences, type Span } from "./sentences.js";

function referenceLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const span = referenceTrim(text, start, i);
      if (span) lines.push(span);
      start = i + 1;
    }
  }
  return lines;
}

const CLOSERS = new Set(['"', "'", ")", "]", "\u201d", "\u2019", "\u00bb"]);

function referenceSentences(text: string, line: Span): Span[] {
  const sentences: Span[] = [];
  let start = line.start;
  for (let i = line.start; i < line.end; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < line.end && CLOSERS.has(text[j]!)) j++;
    if (j >= line.end || !referenceIsSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < line.end && referenceIsSpace(text.charCodeAt(k))) k++;
    if (k >= line.end) continue;
    if (!/[\p{Lu}\d"'\u201c\u2018(\p{Lo}]/u.test(text[k]!)) continue;
    if (ch === "." && referenceAbbreviation(text, i)) continue;
    const span = referenceTrim(text, start, j);
    if (span) sentences.push(span);
    start = k;
  }
  const last = referenceTrim(text, start, line.end);
  if (last) sentences.push(last);
  return sentences.length === 1 && sentences[0]!.end - sentences[0]!.start <= MAX_SENTENCE ? sentences : sentences.flatMap((s) => referenceCap(text, s));
}

function referenceCap(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const floor = start + MAX_SENTENCE / 2;
    while (cut > floor && !/\s/.test(text[cut]!)) cut--;
    if (cut <= floor) cut = start + MAX_SENTENCE;
    const piece = referenceTrim(text, start, cut);
    if (piece) pieces.push(piece);
    start = cut;
  }
  const rest = referenceTrim(text, start, span.end);
  if (rest) pieces.push(rest);
  return pieces;
}

function referenceAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return /\p{Lu}/u.test(text[s]!);
  return ABBREVIATIONS.has(word);
}

function referenceTrim(text: string, start: number, end: number): Span | null {
  while (start < end && referenceIsSpace(text.charCodeAt(start))) start++;
  while (end > start && referenceIsSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function referenceIsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

/** Pieces of report text that sit around sentence ends: abbreviations, initials, quotes, capitals in other scripts. */
const PIECES = [
  "Dr.", "U.S.", "J.", "No.", "etc.", "e.g.", "Mr", "said.", "killed!", "why?", ".", "!", "?", "...", " ", "  ", "\t", "\n", "\u00a0", "\u2009",
  '"', "'", ")", "]", "\u201d", "\u2019", "\u00bb", "\u201c", "\u2018", "(", "The", "the", "12", "Élan", "élan", "Ömer", "ЖК", "مقتل", "中", "ß", "🙂",
  "a", "B", "x.y", "A.B.C.", "St.", "Gen.", "approx.",
];
const text = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 120 }), fc.boolean())
  .map(([parts, long]) => (long ? `${parts.join(" ")} ${"word ".repeat(300)}`.repeat(2) : parts.join("")));

describe("splitLines and splitSentences", () => {
  it("cut every text where the first version cut it", () => {
    fc.assert(
      fc.property(text, (value) => {
        const lines = splitLines(value);
        expect(lines).toEqual(referenceLines(value));
        for (const line of lines) expect(splitSentences(value, line)).toEqual(referenceSentences(value, line));
      }),
      { numRuns: 3000 },
    );
  });
});
