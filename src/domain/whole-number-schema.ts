// The whole-number rules of whole-number.ts as zod schemas, for the API and the stored records.
import { z } from "zod";
import { DIGITS } from "./whole-number.js";

/** Text of digits, read as a number and then checked by `number`; every failure says `expected`. */
export function digitsSchema(number: z.ZodNumber, expected: string) {
  return z.string({ error: expected }).regex(DIGITS, { error: expected }).transform(Number).pipe(number);
}

/** A whole number from `min` to `max`, with one message for every way of missing it. */
export function wholeNumberSchema(min: number, max: number, expected = `expected a whole number from ${min} to ${max}`) {
  return z.number({ error: expected }).int({ error: expected, abort: true }).min(min, { error: expected, abort: true }).max(max, { error: expected });
}
