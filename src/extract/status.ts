// Reads how a figure is vouched for: verified, under review, an estimate, or merely reported,
// from the cue nearest to it in its clause; a negated check ("could not verify") is no cue.
import { STATUS_CUES, STATUS_NEGATIONS } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";
import type { Status } from "./types.js";

const cues = new PhraseTable(STATUS_CUES.map(([c, s]) => [c, s] as [string, Status]));
const negations = new PhraseTable(STATUS_NEGATIONS.map((n) => [n, true] as [string, boolean]));

/** The status cue in tokens[from, to] nearest to token `at`; "under review" outranks the rest. */
export function readStatus(tokens: readonly Token[], from: number, to: number, at: number): Status | null {
  let best: { status: Status; distance: number } | null = null;
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const m = cues.matchAt(tokens, i);
    const status = m?.value ?? (tokens[i]!.norm.startsWith("extrapolat") ? "estimate" : null);
    if (!status) continue;
    if (status === "under_review") return status;
    if (isNegated(tokens, i)) continue;
    const distance = Math.abs(i - at);
    if (!best || distance < best.distance) best = { status, distance };
  }
  return best?.status ?? null;
}

function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (negations.matchEndingAt(tokens, j)) return true;
  return false;
}
