// Splits a line of Persian or Arabic text into sentences: they end at "." "؟" "?" "!" or "…" before
// a space, whatever follows (the script has no capitals to tell a new sentence by).
import type { Span } from "../sentences.js";

const ENDS = new Set([".", "؟", "?", "!", "…", "\u06d4"]);
/** Closing quotes and brackets, and the direction marks that often sit after a full stop in RTL text. */
const CLOSERS = new Set(["»", '"', "'", ")", "]", "\u201d", "\u2019", "\u200f", "\u200e", "\u061c"]);
/** Spaces and the invisible marks a sentence neither starts nor ends with. */
const BLANK = /[\s\u200c\u200d\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]/u;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && BLANK.test(text[start]!)) start++;
  while (end > start && BLANK.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * Whether the full stop at `dot` ends an abbreviation rather than a sentence: a single letter before
 * it ("ه.ش." for the Solar Hijri era, "ق.م.", an initial "J. Smith"), or a Latin word run on in lower case.
 */
function isAbbreviationDot(text: string, dot: number, next: string): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) start--;
  if (dot - start === 1) return true;
  return /\p{Ll}/u.test(next);
}

/** The sentences of text[line.start, line.end), a span that holds no newline. */
export function splitArabicScriptSentences(text: string, line: Span): Span[] {
  const sentences: Span[] = [];
  let start = line.start;
  for (let i = line.start; i < line.end; i++) {
    if (!ENDS.has(text[i]!)) continue;
    let j = i + 1;
    while (j < line.end && (ENDS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (j >= line.end || !/\s/u.test(text[j]!)) continue;
    let k = j;
    while (k < line.end && BLANK.test(text[k]!)) k++;
    if (k >= line.end) continue;
    if (text[i] === "." && isAbbreviationDot(text, i, text[k]!)) continue;
    const span = trimSpan(text, start, j);
    if (span) sentences.push(span);
    start = k;
    i = k - 1;
  }
  const last = trimSpan(text, start, line.end);
  if (last) sentences.push(last);
  return sentences;
}
