// The dated sections of a timeline or live blog: a line that is only a day ("Tuesday 4 August",
// "SUNDAY") dates the entries under it until the next heading of any kind.
import { dayHeadingDate, findDates } from "./dates.js";
import type { Span } from "./sentences.js";
import { tokenize } from "./text.js";

/** A line that reads as a heading: short, not a list item or a time-stamped entry, no closing stop. */
function isHeading(lineText: string): boolean {
  return lineText.length < 80 && !/^[-•*\d]/.test(lineText) && !/[.!?]["'\u201d\u2019)]?$/.test(lineText);
}

/** A paragraph of prose (not a headline, even one that asks a question), after which a date line heads a section. */
function isProse(lineText: string): boolean {
  return lineText.length >= 100 && /[.!?]["'\u201d\u2019)]?$/.test(lineText);
}

/** "KEY FIGURES (as of 14 October)": a block of figures headed by the day they describe. */
function asOfHeadingDate(norm: string, line: Span, published: Date | null): string | null {
  if (!/\bas (?:of|at)\b/i.test(norm.slice(line.start, line.end))) return null;
  return findDates(tokenize(norm, line.start, line.end), published).find((d) => d.isPeriodEnd)?.iso ?? null;
}

/**
 * The heading day of each line (null outside a dated section). A day line standing before any
 * paragraph is the report's dateline, not a section.
 */
export function readDaySections(norm: string, lines: readonly Span[], published: Date | null): Array<string | null> {
  const days: Array<string | null> = [];
  let current: string | null = null;
  let seenProse = false;
  for (const line of lines) {
    const lineText = norm.slice(line.start, line.end);
    if (isHeading(lineText) || /^\d{1,2}(?:-\d{1,2})?\s+[A-Za-z]/.test(lineText)) {
      const day = lineText.length < 80 ? dayHeadingDate(tokenize(norm, line.start, line.end), published) ?? asOfHeadingDate(norm, line, published) : null;
      if (day || isHeading(lineText)) current = day && seenProse ? day : null;
    }
    if (isProse(lineText)) seenProse = true;
    days.push(current);
  }
  return days;
}
