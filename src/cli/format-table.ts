// The plain-text view of one extracted document for `tally extract` without --json:
// a few lines of metadata, then one row per claim with its figure, source and sentence.
import type { Claim, ExtractedDocument } from "../domain/claim.js";

/** What the contract's vague words stand for, to print the word back beside its floor. */
const VAGUE_WORDS: Record<number, string> = { 24: "dozens", 40: "scores", 200: "hundreds", 2000: "thousands", 20000: "tens of thousands" };

/** Widest the evidence column gets when the output is not a terminal (a file, a pipe). */
const EVIDENCE_CHARS_OFF_TTY = 160;
const MIN_EVIDENCE_CHARS = 30;

const grouped = (value: number) => value.toLocaleString("en-US");

/** A claim's figure with its hedge: "≥ 12,000", "~3,000", "10,000–12,000", "hundreds (≥200)". */
export function formatFigure(claim: Pick<Claim, "min" | "max" | "qualifier">): string {
  const { min, max } = claim;
  const low = min === null ? "?" : grouped(min);
  const high = max === null ? "?" : grouped(max);
  switch (claim.qualifier) {
    case "exact":
      return min !== null && max !== null && min !== max ? `${low}–${high}` : min !== null ? low : high;
    case "at_least":
      return `≥ ${low}`;
    case "more_than":
      return `> ${low}`;
    case "approx":
      return `~${min !== null ? low : high}`;
    case "up_to":
      return `≤ ${max === null ? low : high}`;
    case "range":
      return `${low}–${high}`;
    case "vague": {
      const word = min === null ? undefined : VAGUE_WORDS[min];
      return word ? `${word} (≥${low})` : `vague (≥${low})`;
    }
  }
}

/** Cuts text to `width` characters at a word boundary, marking the cut with an ellipsis. */
function cut(text: string, width: number): string {
  if (text.length <= width) return text;
  const slice = text.slice(0, width - 1);
  const space = slice.lastIndexOf(" ");
  return `${space > width * 0.6 ? slice.slice(0, space) : slice}…`;
}

/**
 * The evidence sentence on one line, at most `width` characters. When the figure sits beyond the
 * cut, the window moves so the figure stays in view ("…the toll rose to 2,403 on…").
 */
export function excerptEvidence(claim: Pick<Claim, "min" | "max" | "evidence">, width: number): string {
  const text = claim.evidence.text.replace(/\s+/g, " ").trim();
  if (text.length <= width) return text;
  const figures = [claim.min, claim.max].filter((value): value is number => value !== null);
  const at = figures
    .flatMap((value) => [grouped(value), String(value)])
    .map((written) => text.indexOf(written))
    .find((index) => index >= 0);
  if (at === undefined || at < width * 0.6) return cut(text, width);
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width + 1));
  const space = text.indexOf(" ", start);
  const from = space >= 0 && space < at ? space + 1 : start;
  return `…${cut(text.slice(from), width - 1)}`;
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ").trimEnd();
}

export interface TableOptions {
  /** Terminal width; when absent the evidence column is capped at a fixed length. */
  columns?: number;
}

/** One document as plain text: its name and metadata, then one row per claim. */
export function formatDocumentTable(name: string, result: ExtractedDocument, options: TableOptions = {}): string {
  const { document, claims } = result;
  const meta = [
    `title: ${document.title ?? "—"}`,
    `published: ${document.published ?? "—"}`,
    ...(document.outlet ? [`outlet: ${document.outlet}`] : []),
  ];
  const lines = [name, `  ${meta.join("   ")}`];
  if (claims.length === 0) return [...lines, "  no casualty claims found", ""].join("\n");
  lines.push(`  ${claims.length} claim${claims.length === 1 ? "" : "s"}`, "");

  const header = ["metric", "population", "figure", "status", "claimant", "as of", "evidence"];
  const rows = claims.map((claim) => [
    claim.metric,
    claim.population,
    `${formatFigure(claim)}${claim.mainEvent ? "" : " *"}`,
    claim.status,
    claim.claimant ?? "—",
    claim.asOf ?? "—",
  ]);
  const widths = header.slice(0, -1).map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const used = 2 + widths.reduce((sum, width) => sum + width + 2, 0);
  const evidenceWidth = options.columns ? Math.max(MIN_EVIDENCE_CHARS, options.columns - used) : EVIDENCE_CHARS_OFF_TTY;

  lines.push(`  ${pad(header, widths)}`);
  claims.forEach((claim, i) => lines.push(`  ${pad([...rows[i]!, excerptEvidence(claim, evidenceWidth)], widths)}`));
  if (claims.some((claim) => !claim.mainEvent)) lines.push("", "  * about another event or period, not the report's main one");
  return [...lines, ""].join("\n");
}
