// Footnotes that source a report's key figures: "550 people killed (1)" with "(1) Federal
// Ministry of Health." below, or "(b) Ministry of Home Affairs (MoHA), as of 14 May".
import { findGazetteerClaimant, resolveClaimant, type Claimant } from "./claimants.js";
import { findDates } from "./dates.js";
import type { Span } from "./sentences.js";
import { tokenize, type Token } from "./text.js";

export interface Footnote {
  claimant: Claimant | null;
  /** The day the note gives its source's figures ("as of 14 May"). */
  day: string | null;
}

/** A footnote's marker at a line's start or after a stop: "(1)", "(b)", "[2]". */
const MARKER = /(?:^|(?<=[.;]\s+))[([]([0-9]{1,2}|[a-z])[)\]]\s+/g;

/** The footnotes of a document, by marker. */
export function readFootnotes(text: string, norm: string, lines: readonly Span[], published: Date | null): Map<string, Footnote> {
  const notes = new Map<string, Footnote>();
  for (const line of lines) {
    const lineText = norm.slice(line.start, line.end);
    if (!/^[([]([0-9]{1,2}|[a-z])[)\]]\s/.test(lineText)) continue;
    const marks = [...lineText.matchAll(MARKER)];
    marks.forEach((m, k) => {
      const from = line.start + m.index! + m[0].length;
      const to = k + 1 < marks.length ? line.start + marks[k + 1]!.index! : line.end;
      notes.set(m[1]!, readNote(text, tokenize(norm, from, to), published));
    });
  }
  return notes;
}

function readNote(text: string, tokens: readonly Token[], published: Date | null): Footnote {
  const day = findDates(tokens, published).find((d) => !d.isStart)?.iso ?? null;
  const named = findGazetteerClaimant(tokens, 0, tokens.length - 1);
  if (named) return { claimant: named.claimant, day };
  // "Government of Kenya, National Disaster Operations Centre (NDOC)": the first part that names a source
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.norm !== "," && tokens[i]!.norm !== ".") continue;
    const claimant = i > start ? resolveClaimant(text, tokens, start, i - 1, []) : null;
    if (claimant) return { claimant, day };
    start = i + 1;
  }
  return { claimant: null, day };
}

/** The footnote a key-figure line ends with: "1,482 people killed (1)". */
export function footnoteOf(tokens: readonly Token[], notes: ReadonlyMap<string, Footnote>): Footnote | null {
  const n = tokens.length;
  if (notes.size === 0 || n < 3 || tokens[n - 3]!.norm !== "(" || tokens[n - 1]!.norm !== ")") return null;
  return notes.get(tokens[n - 2]!.norm) ?? null;
}

/** "(1)" closing a key-figure line is the mark of a note, not a count. */
export function isFootnoteMarker(tokens: readonly Token[], figure: { first: number }, notes: ReadonlyMap<string, Footnote>): boolean {
  return figure.first === tokens.length - 2 && footnoteOf(tokens, notes) !== null;
}
