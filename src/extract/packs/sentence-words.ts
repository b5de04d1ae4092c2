// One sentence of a document read through a pack's fold: its words and digit runs, each with its
// UTF-16 span in the document as read, and the clause punctuation between them.
import type { Span } from "../sentences.js";
import { matchingText, originalSpan, type CharFold } from "./matching-text.js";
import { numberTokens, type NumberToken } from "./number-grammar.js";

/** Marks that end a clause: commas, semicolons, colons, brackets, quotes, dashes (Latin and Arabic script). */
const CLAUSE_MARKS = /[,،;؛:!?؟()«»"“”[\]—–]/gu;

export interface SentenceWords {
  /** The sentence's span in the document. */
  span: Span;
  /** The sentence as written. */
  text: string;
  /** The sentence folded for matching; tokens index into it. */
  folded: string;
  tokens: NumberToken[];
  /** spans[i]: the document span of tokens[i]. */
  spans: Span[];
  /** original[i]: tokens[i] as written. */
  original: string[];
  /** Tokens of figures and of words counting people ("سه هزار", "نفر"): never part of a source's name. */
  counting: Set<number>;
}

export function readSentenceWords(document: string, span: Span, fold: CharFold): SentenceWords {
  const text = document.slice(span.start, span.end);
  const matching = matchingText(text, fold);
  const tokens = numberTokens(matching.text);
  const spans = tokens.map((t) => {
    const s = originalSpan(matching, t.start, t.end);
    return { start: s.start + span.start, end: s.end + span.start };
  });
  return { span, text, folded: matching.text, tokens, spans, original: spans.map((s) => document.slice(s.start, s.end)), counting: new Set() };
}

/** The tokens a span of the sentence's text (offsets into the sentence) covers, or null when it covers none. */
export function tokensOf(words: SentenceWords, start: number, end: number): { first: number; last: number } | null {
  const from = words.span.start + start;
  const to = words.span.start + end;
  let first = -1;
  let last = -1;
  for (let i = 0; i < words.spans.length; i++) {
    const s = words.spans[i]!;
    if (s.start >= from && s.end <= to) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : { first, last };
}

/** How many clause marks stand between token a and token b (a before b). */
export function clauseMarksBetween(words: SentenceWords, a: number, b: number): number {
  if (b <= a || a < 0 || b >= words.tokens.length) return 0;
  const between = words.folded.slice(words.tokens[a]!.end, words.tokens[b]!.start);
  return between.match(CLAUSE_MARKS)?.length ?? 0;
}

/** The document span of tokens first..last. */
export function documentSpan(words: SentenceWords, first: number, last: number): Span {
  return { start: words.spans[first]!.start, end: words.spans[last]!.end };
}

/** The folded text right after token i up to the next token (what punctuation follows it). */
export function after(words: SentenceWords, i: number): string {
  const next = words.tokens[i + 1];
  return words.folded.slice(words.tokens[i]!.end, next ? next.start : words.folded.length);
}

/** Token indices first..last. */
export function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}
