// Ids of stored records (claims, documents, events). The store numbers them with PostgreSQL `serial`,
// a 4-byte integer: an id beyond 2147483647 cannot exist, and must be refused before it reaches SQL.
import { digitsSchema, wholeNumberSchema } from "./whole-number-schema.js";

export const MAX_RECORD_ID = 2_147_483_647;

const EXPECTED = `expected an id: a whole number from 1 to ${MAX_RECORD_ID}`;

/** An id as a number (JSON bodies, the store's callers). */
export const recordIdSchema = wholeNumberSchema(1, MAX_RECORD_ID, EXPECTED);

/** An id as typed in a path, a query string or a flag: digits only. */
export const recordIdTextSchema = digitsSchema(recordIdSchema, EXPECTED);

/** Why `value` is not a record id, or null when it is one. */
export function recordIdProblem(value: unknown): string | null {
  return recordIdSchema.safeParse(value).success ? null : EXPECTED;
}
