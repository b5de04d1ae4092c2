// The store's own check of what its callers hand it, before any SQL runs: an id beyond the integer
// column, an impossible day or a malformed correction is an InputError naming the field (the server
// answers 400), never a database error. The API and the forms check first; this catches what slips by.
import { claimCorrectionSchema, correctedBoundsProblems, MAX_REASON_CHARS, type Bounds, type ClaimCorrection } from "../domain/claim-rules.js";
import { dayProblem } from "../domain/day.js";
import { InputError } from "../domain/input-error.js";
import { nameTextProblem, noteTextProblem } from "../domain/name-text.js";
import { recordIdProblem } from "../domain/record-id.js";
import type { ClaimFilter, StoredEvent } from "./store.js";

export function checkId(field: string, value: unknown): void {
  const problem = recordIdProblem(value);
  if (problem) throw new InputError(field, `${problem} (got ${String(value).slice(0, 40)})`);
}

function checkOptionalId(field: string, value: unknown): void {
  if (value !== undefined && value !== null) checkId(field, value);
}

export function checkDay(field: string, value: unknown, required = false): void {
  if (value === undefined && !required) return;
  const problem = typeof value === "string" ? dayProblem(value) : "expected a date YYYY-MM-DD";
  if (problem) throw new InputError(field, `'${String(value).slice(0, 40)}': ${problem}`);
}

function checkCount(field: string, value: unknown): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0)) throw new InputError(field, "expected a whole number ≥ 0");
}

export function checkPage(filter: { limit?: number; offset?: number }): void {
  checkCount("limit", filter.limit);
  checkCount("offset", filter.offset);
}

export function checkDocumentFilter(filter: { eventId?: number | null; limit?: number; offset?: number }): void {
  checkOptionalId("event id", filter.eventId);
  checkPage(filter);
}

export function checkClaimFilter(filter: ClaimFilter): void {
  checkOptionalId("event id", filter.eventId);
  checkOptionalId("document id", filter.documentId);
  checkOptionalId("after id", filter.afterId);
  checkDay("from", filter.from);
  checkDay("to", filter.to);
  if (filter.claimant !== undefined) {
    const problem = typeof filter.claimant === "string" ? nameTextProblem(filter.claimant, Number.MAX_SAFE_INTEGER) : "expected a name";
    if (problem) throw new InputError("claimant", problem);
  }
  checkPage(filter);
}

/** The correction as the shared schema reads it (claimants trimmed); an InputError naming the first bad field. */
export function checkCorrection(id: number, correction: ClaimCorrection): ClaimCorrection {
  const result = claimCorrectionSchema.safeParse(correction);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".");
  throw new InputError(`claim ${id}: correction '${field}'`, issue.message);
}

/** Min ≤ max and the qualifier's bounds, on the stored claim as the correction leaves it. */
export function checkCorrectedBounds(id: number, stored: Bounds, correction: ClaimCorrection): void {
  const problem = correctedBoundsProblems(stored, correction)[0];
  if (problem) throw new InputError(`claim ${id}: correction '${problem.field}'`, problem.message);
}

/** A review's reason, trimmed; null when none was given. */
export function checkReason(id: number, reason: unknown): string | null {
  if (reason === null || reason === undefined) return null;
  if (typeof reason !== "string") throw new InputError(`claim ${id}: reason`, "expected text");
  const why = reason.trim();
  const problem = noteTextProblem(why, MAX_REASON_CHARS);
  if (problem) throw new InputError(`claim ${id}: reason`, problem);
  return why || null;
}

export function checkNewEvent(event: Omit<StoredEvent, "id">): void {
  const nameProblem = typeof event.name === "string" ? nameTextProblem(event.name) : "expected a name";
  if (nameProblem) throw new InputError("event name", nameProblem);
  checkDay("event since", event.since, true);
}
