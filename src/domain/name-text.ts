// Names a person types or a request carries (claimants, events): one line of well-formed text, of a
// length a page can show. Control characters would break tables and CSV, and PostgreSQL refuses NUL.
import { z } from "zod";

/** Claimants and events: long enough for "Office of the United Nations High Commissioner for Human Rights (OHCHR)" twice over. */
export const MAX_NAME_CHARS = 200;

// C0/C1 controls (NUL, tab, newline, escape…) and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
// In a /u pattern a surrogate matches only when it is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why `value` is not a usable name of at most `maxChars` characters, or null when it is one. */
export function nameTextProblem(value: string, maxChars = MAX_NAME_CHARS): string | null {
  if (value.trim() === "") return "expected a name, not an empty text";
  if (LONE_SURROGATE.test(value)) return "expected text, got a broken character (a lone UTF-16 surrogate)";
  const control = CONTROL.exec(value);
  if (control) return `control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} is not allowed in a name`;
  const length = [...value].length;
  if (length > maxChars) return `at most ${maxChars} characters (got ${length})`;
  return null;
}

/** A name, trimmed, that nameTextProblem accepts. */
export function nameTextSchema(maxChars = MAX_NAME_CHARS) {
  return z
    .string({ error: "expected a name (text)" })
    .trim()
    .superRefine((value, context) => {
      const problem = nameTextProblem(value, maxChars);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}
