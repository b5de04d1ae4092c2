// The plain-text view of `tally extract --explain`: each claim, its sentence, then one line per
// field saying which stage decided it, by what rule, and the words of the report it read.
import type { ClaimExplanation, ExplainedDocument } from "../extract/index.js";
import { formatFigure } from "./format-table.js";

/** Words longer than this are cut with an ellipsis: a whole sentence is already printed above. */
const MAX_WORDS_CHARS = 120;

function quoted(words: string): string {
  const flat = words.replace(/\s+/g, " ").trim();
  return `"${flat.length > MAX_WORDS_CHARS ? `${flat.slice(0, MAX_WORDS_CHARS - 1)}…` : flat}"`;
}

/** One claim: a heading line, its sentence, and a line per field. */
export function formatClaimExplanation(explanation: ClaimExplanation, index: number): string {
  const { claim, fields } = explanation;
  const who = claim.claimant ? `${claim.claimant} (${claim.claimantKind ?? "kind unknown"})` : "unattributed";
  const lines = [
    `#${index + 1} ${claim.metric} · ${claim.population} · ${formatFigure(claim)} · ${who} · ${claim.status} · as of ${claim.asOf ?? "unknown"}${claim.mainEvent ? "" : " · not the main event"}`,
    `   sentence ${quoted(claim.evidence.text)}`,
  ];
  const valueWidth = Math.min(32, Math.max(...fields.map((f) => f.value.length)));
  for (const f of fields) {
    lines.push(`   ${f.field.padEnd(10)} ${f.value.padEnd(valueWidth)}  ${f.stage}: ${f.rule}${f.words === null ? "" : ` ${quoted(f.words)}`}`);
  }
  return lines.join("\n");
}

/** Every claim of one report with its explanation. */
export function formatDocumentExplanation(file: string, explained: ExplainedDocument): string {
  const { document, explanations } = explained;
  const header = `${file}: ${explanations.length} claim${explanations.length === 1 ? "" : "s"}${document.published ? `, published ${document.published}` : ", no publication date"}`;
  return [header, ...explanations.map((e, i) => formatClaimExplanation(e, i))].join("\n\n");
}
