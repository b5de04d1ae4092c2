// Reads the hedge around a figure ("at least", "up to", "between … and …", "or more") and
// turns figure + hedge into the contract's qualifier and bounds.
import { POST_HEDGES, PRE_HEDGES, RANGE_WORDS } from "./lexicon/en.js";
import type { Figure } from "./numbers.js";
import { PhraseTable, type Token } from "./text.js";
import type { Qualifier } from "../domain/claim.js";

const preHedges = new PhraseTable(PRE_HEDGES);
const postHedges = new PhraseTable(POST_HEDGES);

export interface Bounds {
  qualifier: Qualifier;
  min: number | null;
  max: number | null;
  /** First and last token of figure and hedge together. */
  first: number;
  last: number;
  /** How many of the following figures the hedge took in (1 for the far end of a range). */
  consumed: number;
}

export function readBounds(tokens: readonly Token[], figures: readonly Figure[], index: number): Bounds {
  const f = figures[index]!;
  const next = figures[index + 1];
  const before = tokens[f.first - 1]?.norm;

  if (next && !f.vague && !next.vague && isRangeJoin(tokens, f, next, before)) {
    const scaled = f.value < next.value / 100 && next.value >= 1000 && tokens[f.last]?.kind === "num" ? scaleLike(f.value, next.value) : f.value;
    const lo = Math.min(scaled, next.value);
    const hi = Math.max(scaled, next.value);
    const first = before === "between" || before === "from" ? f.first - 1 : f.first;
    return { qualifier: "range", min: lo, max: hi, first, last: next.last, consumed: 1 };
  }

  const pre = preHedges.matchEndingAt(tokens, f.first - 1);
  const first = pre ? f.first - pre.length : f.first;
  if (f.vague) return { qualifier: "vague", min: f.value, max: null, first, last: f.last, consumed: 0 };
  const post = postHedges.matchAt(tokens, f.last + 1);
  // "more than 1,000+": the hedge before the figure says it; the trailing "+" only belongs to it
  const qualifier: Qualifier = pre?.value ?? post?.value ?? "exact";
  const last = post ? f.last + post.length : f.last;
  return { qualifier, ...boundsOf(qualifier, f.value), first, last, consumed: 0 };
}

export function boundsOf(qualifier: Qualifier, value: number): { min: number | null; max: number | null } {
  switch (qualifier) {
    case "at_least":
    case "more_than":
    case "vague":
      return { min: value, max: null };
    case "up_to":
      return { min: null, max: value };
    default:
      return { min: value, max: value };
  }
}

/** "between 10 and 12", "10 to 12", "10-12" — but not "from 50 to 80", a change over time. */
function isRangeJoin(tokens: readonly Token[], f: Figure, next: Figure, before: string | undefined): boolean {
  if (next.first - f.last !== 2) return false;
  const joiner = tokens[f.last + 1]!.norm;
  if (before === "between") return joiner === "and";
  // "ranged from 2,658 to 3,290", "a range from 793 to 8,498": a range, not a change over time
  if (before === "from") return joiner === "to" && RANGE_WORDS.has(tokens[f.first - 2]?.norm ?? "") && next.value > f.value;
  if (joiner === "-") return next.value > f.value || next.value > f.value / 100;
  if (joiner === "to" || joiner === "or") return next.value > f.value;
  return false;
}

/** "10 to 12 million": the first end borrows the second's scale. */
function scaleLike(value: number, other: number): number {
  for (const scale of [1e9, 1e6, 1e3]) if (other >= scale && value < other / scale * 10 && value * scale <= other * 10) return value * scale;
  return value;
}
