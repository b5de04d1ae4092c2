// Who issues a document: a release names its organisation beside "press release" near the top;
// otherwise the first known source of the headline or header speaks as "we".
import { findGazetteerClaimant, resolveClaimant, type Claimant } from "./claimants.js";
import { RELEASE_LINE } from "./lexicon/en.js";
import type { Span } from "./sentences.js";
import { tokenize } from "./text.js";

export interface Author {
  claimant: Claimant;
  /** A release speaks for its organisation: figures it attributes to no one are the organisation's. */
  isRelease: boolean;
}

export function readAuthor(text: string, norm: string, lines: readonly Span[]): Author | null {
  for (const l of lines.slice(0, 5)) {
    const release = RELEASE_LINE.exec(norm.slice(l.start, l.end));
    if (!release) continue;
    const named = release[1] ?? release[2] ?? "";
    const from = l.start + norm.slice(l.start, l.end).indexOf(named);
    // "Temblores ONG, Bogotá": the place after the comma is where, not who
    const comma = named.indexOf(",");
    const tokens = tokenize(norm, from, from + (comma >= 0 ? comma : named.length));
    const claimant = findGazetteerClaimant(tokens, 0, tokens.length - 1)?.claimant ?? resolveClaimant(text, tokens, 0, tokens.length - 1, []);
    if (claimant) return { claimant, isRelease: true };
  }
  for (const l of lines.slice(0, 4)) {
    const lineTokens = tokenize(norm, l.start, Math.min(l.end, l.start + 400));
    const named = findGazetteerClaimant(lineTokens, 0, lineTokens.length - 1);
    if (named) return { claimant: named.claimant, isRelease: false };
  }
  return null;
}
