// Text a person types or a request carries: names (claimants, events) are one line of well-formed
// text a page can show; notes (a review's reason) may run over lines. Control characters would break
// tables and CSV, and PostgreSQL refuses NUL.
import { z } from "zod";

/** Claimants and events: long enough for "Office of the United Nations High Commissioner for Human Rights (OHCHR)" twice over. */
export const MAX_NAME_CHARS = 200;

// C0/C1 controls (NUL, tab, newline, escape…) and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
// The same, less the tab and the line breaks a note may hold.
const CONTROL_IN_NOTE = /[^\P{Cc}\t\n\r]/u;
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

/** Why `value` is not a note of at most `maxChars` characters (several lines allowed), or null when it is one. */
export function noteTextProblem(value: string, maxChars: number): string | null {
  if (LONE_SURROGATE.test(value)) return "expected text, got a broken character (a lone UTF-16 surrogate)";
  const control = CONTROL_IN_NOTE.exec(value);
  if (control) return `control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} is not allowed`;
  const length = [...value].length;
  if (length > maxChars) return `at most ${maxChars} characters (got ${length})`;
  return null;
}

/** A note, trimmed (possibly empty), that noteTextProblem accepts. */
export function noteTextSchema(maxChars: number) {
  return z
    .string({ error: "expected text" })
    .trim()
    .superRefine((value, context) => {
      const problem = noteTextProblem(value, maxChars);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}
