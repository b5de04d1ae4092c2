// Whole numbers typed as text (query strings, form fields, command-line flags): only decimal digits
// count, so "1e3", "0x10", " 7" and "" are refused instead of read as 1000, 16, 7 and 0 as Number() would.
// Free of zod (the schemas are in whole-number-schema.ts), so the CLI starts without loading it.

/** Decimal digits only, at least one. */
export const DIGITS = /^\d+$/;

/** The number the digits spell, or null when `text` is not only digits. */
export function numberFromDigits(text: string): number | null {
  return DIGITS.test(text) ? Number(text) : null;
}
