// What an analyst may change about the reconciled record from the dashboard: dismiss a check, or
// merge, rename or disown a claimant. Shared by the store (its CHECKs), reconcile and the server.

/** merge: credit the claimant's claims to another; rename: show another name; not_a_source: as if no one were named. */
export const CLAIMANT_EDIT_ACTIONS = ["merge", "rename", "not_a_source"] as const;
export type ClaimantEditAction = (typeof CLAIMANT_EDIT_ACTIONS)[number];

/** Every curation carries a reason of at most this many characters, kept in the audit trail. */
export const CURATION_REASON_MAX = 500;
/** The longest name a claimant may be shown under (as for a claimant on a claim). */
export const CLAIMANT_NAME_MAX = 200;

/** Why a reason or a shown name cannot be stored, or null when it can. */
export function curationTextProblem(text: string, what: "reason" | "name"): string | null {
  const max = what === "reason" ? CURATION_REASON_MAX : CLAIMANT_NAME_MAX;
  if (text.trim().length === 0) return `a ${what} is required`;
  if ([...text].length > max) return `the ${what} is longer than ${max} characters`;
  // Line breaks are fine in a reason; no other control character belongs in either.
  const control = what === "reason" ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  if (control.test(text)) return `the ${what} contains a control character`;
  return null;
}
