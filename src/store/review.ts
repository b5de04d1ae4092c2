// A person's review of a claim: accept, correct or reject it, with the audit row written in the
// same transaction so the trail never misses a change.
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../domain/claim.js";
import { getClaim } from "./claims.js";
import type { Queryable } from "./db.js";
import type { ClaimCorrection } from "./store.js";
import type { ReviewState, StoredClaim } from "./types.js";

const REVIEW_STATES = ["accepted", "corrected", "rejected"] as const;

/** Checks each corrected field against the contract's values; the message names the field. */
export function checkCorrection(correction: ClaimCorrection): string | null {
  const oneOf = (field: keyof ClaimCorrection, values: readonly (string | null)[]) => {
    const value = correction[field];
    return value !== undefined && !values.includes(value as string) ? `${field} must be one of ${values.filter(Boolean).join(", ")}` : null;
  };
  const count = (field: "min" | "max") => {
    const value = correction[field];
    return value !== undefined && value !== null && !(Number.isSafeInteger(value) && value >= 0) ? `${field} must be a whole number ≥ 0 or null` : null;
  };
  const asOf = correction.asOf;
  return (
    oneOf("metric", METRICS) ??
    oneOf("population", POPULATIONS) ??
    oneOf("qualifier", QUALIFIERS) ??
    oneOf("claimantKind", [...CLAIMANT_KINDS, null]) ??
    oneOf("status", STATUSES) ??
    count("min") ??
    count("max") ??
    (asOf !== undefined && asOf !== null && !/^\d{4}-\d\d-\d\d$/.test(asOf) ? "asOf must be a date YYYY-MM-DD or null" : null) ??
    (correction.mainEvent !== undefined && typeof correction.mainEvent !== "boolean" ? "mainEvent must be true or false" : null) ??
    (correction.claimant !== undefined && correction.claimant !== null && typeof correction.claimant !== "string" ? "claimant must be a name or null" : null)
  );
}

/** The reviewable fields of a claim, as the audit trail records them. */
function reviewedFields(claim: StoredClaim) {
  const { metric, population, min, max, qualifier, claimant, claimantKind, status, asOf, mainEvent, reviewState } = claim;
  return { metric, population, min, max, qualifier, claimant, claimantKind, status, asOf, mainEvent, reviewState };
}

/** Longest reason kept with a review, in characters. */
export const MAX_REASON_LENGTH = 2000;

export async function reviewClaim(
  tx: Queryable,
  id: number,
  state: Exclude<ReviewState, "auto">,
  correction: ClaimCorrection,
  actor: string,
  reason: string | null = null,
): Promise<StoredClaim> {
  if (!REVIEW_STATES.includes(state)) throw new Error(`review state must be one of ${REVIEW_STATES.join(", ")}, not '${state}'`);
  const problem = checkCorrection(correction);
  if (problem) throw new Error(`claim ${id}: ${problem}`);
  const why = reason?.trim() || null;
  if (why !== null && why.length > MAX_REASON_LENGTH) throw new Error(`claim ${id}: reason must be at most ${MAX_REASON_LENGTH} characters`);
  const before = await getClaim(tx, id, true);
  if (!before) throw new Error(`no claim ${id} in the store`);
  // Accepting a corrected claim agrees with the correction: the figure stays marked as the reviewer's.
  const kept = state === "accepted" && before.reviewState === "corrected" ? "corrected" : state;
  const after: StoredClaim = { ...before, ...correction, reviewState: kept };
  if (after.claimant !== null && after.claimant !== before.claimant) {
    await tx.query("INSERT INTO claimant (name, kind) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [after.claimant, after.claimantKind]);
  }
  await tx.query(
    `UPDATE claim SET metric = $2, population = $3, min = $4, max = $5, qualifier = $6, claimant = $7, claimant_kind = $8,
       claimant_id = (SELECT id FROM claimant WHERE name = $7), status = $9, as_of = $10::date, main_event = $11, review_state = $12
     WHERE id = $1`,
    [id, after.metric, after.population, after.min, after.max, after.qualifier, after.claimant, after.claimantKind, after.status, after.asOf, after.mainEvent, kept],
  );
  await tx.query("INSERT INTO audit (actor, action, entity, entity_id, before, after, reason) VALUES ($1, $2, 'claim', $3, $4::jsonb, $5::jsonb, $6)", [
    actor,
    `review:${state}`,
    id,
    JSON.stringify(reviewedFields(before)),
    JSON.stringify(reviewedFields(after)),
    why,
  ]);
  return after;
}
