// Whole numbers typed as text (query strings, form fields, command-line flags): only decimal digits
// count, so "1e3", "0x10", " 7" and "" are refused instead of read as 1000, 16, 7 and 0 as Number() would.
import { z } from "zod";

const DIGITS = /^\d+$/;

/** The number the digits spell, or null when `text` is not only digits. */
export function numberFromDigits(text: string): number | null {
  return DIGITS.test(text) ? Number(text) : null;
}

/** Text of digits, read as a number and then checked by `number`; every failure says `expected`. */
export function digitsSchema(number: z.ZodNumber, expected: string) {
  return z.string({ error: expected }).regex(DIGITS, { error: expected }).transform(Number).pipe(number);
}

/** A whole number from `min` to `max`, with one message for every way of missing it. */
export function wholeNumberSchema(min: number, max: number, expected = `expected a whole number from ${min} to ${max}`) {
  return z.number({ error: expected }).int({ error: expected, abort: true }).min(min, { error: expected, abort: true }).max(max, { error: expected });
}
