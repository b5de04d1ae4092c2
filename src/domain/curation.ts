// What an analyst may change about the reconciled record from the dashboard: dismiss a check, or
// merge, rename or disown a claimant. Shared by the store (its CHECKs), reconcile and the server.
import { MAX_NAME_CHARS, nameTextProblem, noteTextProblem } from "./name-text.js";

/** merge: credit the claimant's claims to another; rename: show another name; not_a_source: as if no one were named. */
export const CLAIMANT_EDIT_ACTIONS = ["merge", "rename", "not_a_source"] as const;
export type ClaimantEditAction = (typeof CLAIMANT_EDIT_ACTIONS)[number];

/** Every curation carries a reason of at most this many characters, kept in the audit trail. */
export const CURATION_REASON_MAX = 500;
/** The longest name a claimant may be shown under (as for a claimant on a claim). */
export const CLAIMANT_NAME_MAX = MAX_NAME_CHARS;

/** Why a reason or a shown name cannot be stored, or null when it can. */
export function curationTextProblem(text: string, what: "reason" | "name"): string | null {
  if (text.trim().length === 0) return `a ${what} is required`;
  // The rules of every name and note (domain/name-text.ts): line breaks are fine in a reason only.
  return what === "reason" ? noteTextProblem(text, CURATION_REASON_MAX) : nameTextProblem(text, CLAIMANT_NAME_MAX);
}
