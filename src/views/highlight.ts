// Text with parts marked, escaped in one place for every view: a document with each claim's sentence
// marked by its evidence offsets (overlapping sentences share a mark), and the figures inside marked
// in place. Marks never add or drop a character, so the text reads (and runs, right to left or not) as written.
import { html, type SafeHtml } from "./html.js";
import type { TextRange } from "./quote-figure.js";

export interface Span {
  claimId: number;
  start: number;
  end: number;
  /** e.g. "killed 2,403 (HRANA)" */
  label: string;
}

function clip(range: TextRange, length: number): TextRange {
  return { start: Math.max(0, Math.min(range.start, length)), end: Math.max(0, Math.min(range.end, length)) };
}

/** The figures' ranges in order, overlapping ones merged, empty ones dropped. */
function mergedRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges.map((r) => clip(r, length)).filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** text[from, to) escaped, with the parts of `figures` inside it (merged, in order) wrapped in <mark class="claim-figure">. */
function withFigures(text: string, from: number, to: number, figures: readonly TextRange[]): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = from;
  for (const figure of figures) {
    const start = Math.max(figure.start, from);
    const end = Math.min(figure.end, to);
    if (end <= start) continue;
    parts.push(html`${text.slice(at, start)}<mark class="claim-figure">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(html`${text.slice(at, to)}`);
  return html`${parts}`;
}

/** A quote with its figure marked: the range is UTF-16 offsets into `text`. */
export function markFigure(text: string, figure: TextRange | null): SafeHtml {
  return withFigures(text, 0, text.length, figure ? mergedRanges([figure], text.length) : []);
}

/** A document's text with each claim's sentence marked and, inside them, each claim's figure (`figures`, offsets into `text`). */
export function highlightText(text: string, spans: Span[], figures: readonly TextRange[] = []): SafeHtml {
  const valid = spans.map((s) => ({ ...s, ...clip(s, text.length) })).filter((s) => s.end > s.start);
  const figureRanges = mergedRanges(figures, text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const anchored = new Set<number>();
  const parts: SafeHtml[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    const piece = withFigures(text, from, to, figureRanges);
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const anchors = covering.filter((s) => s.start === from && !anchored.has(s.claimId));
    anchors.forEach((s) => anchored.add(s.claimId));
    parts.push(
      html`${anchors.map((s) => html`<span class="anchor" id="claim-${s.claimId}"></span>`)}<mark data-claims="${covering.map((s) => s.claimId).join(" ")}" title="${covering.map((s) => s.label).join("; ")}">${piece}</mark>`,
    );
  }
  return html`${parts}`;
}
