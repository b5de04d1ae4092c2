// Reads how a figure is vouched for: verified, under review, an estimate, or merely reported,
// from the cue nearest to it in its clause; a negated check ("could not verify") is no cue.
import { ESTIMATE_ADVERBS, PROJECTION_ADVERBS, PROJECTION_MODALS, PROJECTION_VERBS, STATUS_CUES, STATUS_NEGATIONS } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";
import type { Status } from "../domain/claim.js";

const cues = new PhraseTable([...STATUS_CUES, ...ESTIMATE_ADVERBS.map((a) => [a, "estimate"] as [string, Status])]);
const negations = new PhraseTable(STATUS_NEGATIONS.map((n) => [n, true] as [string, boolean]));

/** The status cue in tokens[from, to] nearest to token `at`; "under review" outranks the rest. */
export function readStatus(tokens: readonly Token[], from: number, to: number, at: number): Status | null {
  let best: { status: Status; distance: number } | null = null;
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const m = cues.matchAt(tokens, i);
    const status = m?.value ?? (tokens[i]!.norm.startsWith("extrapolat") || isProjection(tokens, i) ? "estimate" : null);
    if (!status) continue;
    if (status === "under_review") return status;
    if (isNegated(tokens, i)) continue;
    const distance = Math.abs(i - at);
    if (!best || distance < best.distance) best = { status, distance };
  }
  return best?.status ?? null;
}

/** "could climb", "would probably exceed", "will still rise": a modal opening a projection (not "could not"). */
function isProjection(tokens: readonly Token[], i: number): boolean {
  if (!PROJECTION_MODALS.has(tokens[i]!.norm)) return false;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && PROJECTION_ADVERBS.has(tokens[k]!.norm)) k++;
  return PROJECTION_VERBS.has(tokens[k]?.norm ?? "");
}

function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (negations.matchEndingAt(tokens, j)) return true;
  return false;
}

const CLAUSE_BREAKS = new Set([";", "—", ":", "(", ")"]);
/** Words that open a clause of the figure's own: "…, which killed about 10,000", "rather than the 4,100". */
const CLAUSE_OPENERS = new Set(["which", "who", "than", "whereas"]);
const FIGURE_NOUNS = new Set(["figure", "number", "toll", "count", "tally", "total", "claim"]);

/** Where a figure's status cues may stand: from the verb attributing it ("has confirmed 646 deaths"), else its clause. */
export function statusRegionStart(attributionAt: number | null, first: number, leftLimit: number, tokens: readonly Token[]): number {
  if (attributionAt !== null && attributionAt < first) return Math.max(attributionAt, leftLimit);
  let i = first - 1;
  while (i >= leftLimit && !CLAUSE_BREAKS.has(tokens[i]!.norm) && !CLAUSE_OPENERS.has(tokens[i]!.norm)) i--;
  return i + 1;
}

/**
 * Where a figure's clause ends for reading its status: at a comma, a break or "and that", but on
 * through an appositive about the figure (", a figure the group said it had confirmed").
 */
export function statusRegionEnd(tokens: readonly Token[], from: number, rightLimit: number): number {
  let i = from + 1;
  while (i < rightLimit && !CLAUSE_BREAKS.has(tokens[i]!.norm) && tokens[i]!.norm !== ",") {
    if ((tokens[i]!.norm === "and" && tokens[i + 1]?.norm === "that") || tokens[i]!.norm === "while" || tokens[i]!.norm === "but") break;
    // "… remain missing and may be among the dead": a second predicate's conjecture is not the count's
    if (tokens[i]!.norm === "and" && PROJECTION_MODALS.has(tokens[i + 1]?.norm ?? "")) break;
    i++;
  }
  const a = tokens[i + 1]?.norm;
  const b = tokens[i + 2]?.norm;
  if (tokens[i]?.norm === "," && ((a === "a" && FIGURE_NOUNS.has(b ?? "")) || a === "which")) return statusRegionEnd(tokens, i + 1, rightLimit);
  return i - 1;
}

/** "the figures represent estimates", "the toll is unverified": a later word on the last figure's status. */
const STATUS_RESTATEMENT =
  /\b(?:the|these|those|its|their|this|that) (?:figures?|tolls?|numbers?|counts?|tally|tallies|estimates?) (?:are|is|represent|represents|were|was|remain|remains) (?:only |still |just |an? |not yet )?(estimates?|unverified|verified|confirmed|unconfirmed|projections?)\b/i;
const RESTATED_STATUS: Record<string, Status> = {
  estimate: "estimate", estimates: "estimate", projection: "estimate", projections: "estimate",
  unverified: "under_review", unconfirmed: "under_review", verified: "verified", confirmed: "verified",
};

/** The status a sentence gives the figure before it, if it restates one. */
export function restatedStatus(sentenceText: string): Status | null {
  const m = STATUS_RESTATEMENT.exec(sentenceText);
  return m ? RESTATED_STATUS[m[1]!.toLowerCase()] ?? null : null;
}
