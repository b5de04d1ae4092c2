// Reads how a figure is bounded or hedged from the words around it ("دست‌کم ۳۰", "أكثر من ألف",
// "500'den fazla", "بین ۱۰ تا ۱۲ هزار"), from a pack's hedge words: one reader, each pack only data.
import type { Qualifier } from "../../domain/claim.js";
import { foldPhrase, matchingText, originalSpan, type CharFold } from "./matching-text.js";
import { numberTokens, readNumberAt, type NumberToken, type ReadNumber } from "./number-grammar.js";
import type { NumberGrammar } from "./number-words.js";

type Bound = Exclude<Qualifier, "exact" | "range" | "vague">;

/** A pack's hedge words, written as a reader writes them. */
export interface HedgeWords {
  /** Phrases right before a figure: "دست‌کم" at_least, "أكثر من" more_than, "yaklaşık" approx. */
  before: Record<string, Bound>;
  /** Phrases right after a figure: "على الأقل" at_least, "civarında" approx. */
  after: Record<string, Bound>;
  /** Turkish: a case ending on the figure and the word after it ("500'den fazla" more_than, "500'e kadar" up_to). */
  endingThenWord?: Array<{ endings: string[]; word: string; bound: Bound }>;
  /** "between X and Y": the word before X (may be absent), the words between X and Y, the word after Y (may be absent). */
  ranges: Array<{ opening: string | null; joiners: string[]; closing: string | null }>;
}

export interface BoundedFigure {
  qualifier: Qualifier;
  min: number | null;
  max: number | null;
  /** UTF-16 offsets into the text as given of the figure with its hedge words; end exclusive. */
  start: number;
  end: number;
}

interface Phrase {
  words: string[];
  bound: Bound;
}

function phraseList(record: Record<string, Bound>, fold: CharFold): Phrase[] {
  return Object.entries(record)
    .map(([phrase, bound]) => ({ words: foldPhrase(phrase, fold).split(/\s+/), bound }))
    .sort((a, b) => b.words.length - a.words.length);
}

const spaced = (folded: string, a: NumberToken, b: NumberToken) => /^\s*$/.test(folded.slice(a.end, b.start));

/** The phrase whose words end right before token `i`. */
function phraseEndingBefore(phrases: Phrase[], tokens: readonly NumberToken[], i: number, folded: string): Phrase | null {
  return phrases.find((p) => p.words.every((word, k) => {
    const at = i - p.words.length + k;
    return at >= 0 && tokens[at]!.text === word && spaced(folded, tokens[at]!, tokens[at + 1]!);
  })) ?? null;
}

/** The phrase whose words start right after token `i`. */
function phraseStartingAfter(phrases: Phrase[], tokens: readonly NumberToken[], i: number, folded: string): Phrase | null {
  return phrases.find((p) => p.words.every((word, k) => {
    const at = i + 1 + k;
    return at < tokens.length && tokens[at]!.text === word && spaced(folded, tokens[at - 1]!, tokens[at]!);
  })) ?? null;
}

/** A pack's hedge words folded for matching. */
interface FoldedHedges {
  before: Phrase[];
  after: Phrase[];
  ranges: Array<{ opening: string | null; joiners: Set<string>; closing: string | null }>;
  endingThenWord: Array<{ endings: Set<string>; word: string; bound: Bound }>;
}

/** Folded once per pack: a document is read sentence by sentence, and folding every phrase again for each cost most of the time. */
const foldedHedges = new WeakMap<HedgeWords, WeakMap<CharFold, FoldedHedges>>();

function foldHedges(hedges: HedgeWords, fold: CharFold): FoldedHedges {
  let byFold = foldedHedges.get(hedges);
  if (!byFold) foldedHedges.set(hedges, (byFold = new WeakMap()));
  const known = byFold.get(fold);
  if (known) return known;
  const f = (word: string) => foldPhrase(word, fold);
  const folded: FoldedHedges = {
    before: phraseList(hedges.before, fold),
    after: phraseList(hedges.after, fold),
    ranges: hedges.ranges.map((r) => ({ opening: r.opening === null ? null : f(r.opening), joiners: new Set(r.joiners.map(f)), closing: r.closing === null ? null : f(r.closing) })),
    endingThenWord: (hedges.endingThenWord ?? []).map((e) => ({ endings: new Set(e.endings.map(f)), word: f(e.word), bound: e.bound })),
  };
  byFold.set(fold, folded);
  return folded;
}

/** Every figure of the text with its bounds, left to right, as the claims contract states them. */
export function findBoundedFigures(text: string, numbers: NumberGrammar, hedges: HedgeWords): BoundedFigure[] {
  const fold = numbers.fold;
  const matching = matchingText(text, fold);
  const folded = matching.text;
  const tokens = numberTokens(folded);
  const { before, after, ranges, endingThenWord } = foldHedges(hedges, fold);

  const figures: BoundedFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumberAt(tokens, i, folded, numbers);
    if (!read) continue;
    let first = i;
    let last = read.last;
    let figure: Omit<BoundedFigure, "start" | "end"> = read.vague ? { qualifier: "vague", min: read.value, max: null } : { qualifier: "exact", min: read.value, max: read.value };
    const range = read.vague ? null : readRange(tokens, read, folded, numbers, ranges);
    if (range) {
      figure = { qualifier: "range", min: range.min, max: range.max };
      first = range.first;
      last = range.last;
    } else if (!read.vague) {
      const ending = read.suffix === null ? undefined : endingThenWord.find((e) => e.endings.has(read.suffix!) && tokens[last + 1]?.text === e.word && spaced(folded, tokens[last]!, tokens[last + 1]!));
      const hedgeBefore = phraseEndingBefore(before, tokens, i, folded);
      const hedgeAfter = ending ? null : phraseStartingAfter(after, tokens, last, folded);
      const bound = ending?.bound ?? hedgeBefore?.bound ?? hedgeAfter?.bound;
      if (bound) figure = boundedBy(bound, read.value);
      if (hedgeBefore) first = i - hedgeBefore.words.length;
      if (ending) last += 1;
      else if (hedgeAfter) last += hedgeAfter.words.length;
    }
    const span = originalSpan(matching, tokens[first]!.start, tokens[last]!.end);
    figures.push({ ...figure, ...span });
    i = Math.max(i, last);
  }
  return figures;
}

function boundedBy(bound: Bound, value: number): Omit<BoundedFigure, "start" | "end"> {
  switch (bound) {
    case "at_least":
    case "more_than":
      return { qualifier: bound, min: value, max: null };
    case "up_to":
      return { qualifier: bound, min: null, max: value };
    case "approx":
      return { qualifier: bound, min: value, max: value };
  }
}

/**
 * "بین ۱۰ تا ۱۲ هزار", "between 10 and 12 thousand", "10 ile 12 bin arasında": X, a joiner, Y, with the
 * opening and closing words the pack's form wants. A scale after Y alone scales X too ("10 تا 12 هزار").
 */
function readRange(tokens: readonly NumberToken[], x: ReadNumber, folded: string, numbers: NumberGrammar, ranges: Array<{ opening: string | null; joiners: Set<string>; closing: string | null }>): { min: number; max: number; first: number; last: number } | null {
  const joiner = tokens[x.last + 1];
  if (!joiner || !spaced(folded, tokens[x.last]!, joiner)) return null;
  const y = readNumberAt(tokens, x.last + 2, folded, numbers);
  if (!y || y.vague || !spaced(folded, joiner, tokens[x.last + 2]!)) return null;
  for (const range of ranges) {
    if (!range.joiners.has(joiner.text)) continue;
    const opening = range.opening === null ? null : tokens[x.first - 1];
    if (range.opening !== null && opening?.text !== range.opening) continue;
    const closing = range.closing === null ? null : tokens[y.last + 1];
    if (range.closing !== null && closing?.text !== range.closing) continue;
    // "10 تا 12 هزار": the smaller figure takes the larger one's scale when it has none of its own.
    const scale = y.value >= 1000 && x.value < y.value / 100 ? scaleOf(y.value) : 1;
    const min = x.value * scale;
    if (!(min < y.value)) continue;
    return { min, max: y.value, first: range.opening === null ? x.first : x.first - 1, last: range.closing === null ? y.last : y.last + 1 };
  }
  return null;
}

/** The largest power of 1000 that divides a round figure (12,000 → 1000). */
function scaleOf(value: number): number {
  let scale = 1;
  while (value % (scale * 1000) === 0 && scale < 1e9) scale *= 1000;
  return scale;
}
