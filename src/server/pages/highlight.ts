// A document's text with each claim's sentence marked, by evidence offsets; overlapping sentences share a mark.
import { html, type SafeHtml } from "../../views/html.js";

export interface Span {
  claimId: number;
  start: number;
  end: number;
  /** e.g. "killed 2,403 (HRANA)" */
  label: string;
}

export function highlightText(text: string, spans: Span[]): SafeHtml {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const anchored = new Set<number>();
  const parts: SafeHtml[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      parts.push(html`${piece}`);
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
