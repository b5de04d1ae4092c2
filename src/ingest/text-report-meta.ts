// What a plain-text report says about itself (its header block, headline and date line), read
// from its first lines. Apart from report-document.ts so that `tally extract` reads a text report
// without loading the HTML reader (linkedom and Readability take about 0.3 s to load).
import { detectPublished, detectTitle, leadingLines, readHeader, type ReportHeader } from "../extract/document-meta.js";
import { dateStatement, type DateStatement } from "./published-day.js";

export interface TextReportMeta {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  url: string | null;
  language: string | null;
}

/**
 * What a plain-text report says about itself: its `Key: value` header block, else its first lines.
 * Its date is the first of textDates that names a day (ingest also refuses one after tomorrow).
 */
export function textReportMeta(text: string): TextReportMeta {
  const header = readHeader(text);
  return {
    title: detectTitle(text, header),
    outlet: header?.outlet ?? null,
    published: textDates(text, header).find((statement) => statement.day !== null)?.day ?? null,
    url: header?.url ?? null,
    language: header?.language ?? null,
  };
}

/** A `Published:` or `Date:` line of a header block. */
const HEADER_DATE_LINE = /^\s*(published|date)\s*:\s*(\S.*?)\s*$/i;

/** The header block's date line as written ("Published", "2026-01-13T10:00Z"); readHeader keeps only what it can read. */
function headerDateLine(text: string): { label: string; value: string } | null {
  let blankLead = true;
  for (const line of leadingLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 20)) {
    if (blankLead && line.trim() === "") continue;
    blankLead = false;
    if (!/^\s*[A-Za-z]+\s*:/.test(line)) break;
    const match = HEADER_DATE_LINE.exec(line);
    if (match) return { label: `the header's ${match[1]![0]!.toUpperCase()}${match[1]!.slice(1).toLowerCase()}`, value: match[2]! };
  }
  return null;
}

/**
 * What a plain-text report states about its publication day: its header block's `Published:` (or
 * `Date:`), then its first date line ("Updated 14 January 2026 09:12 GMT", "Monday, 3 March 2025",
 * "date 2026-01-14"). A date that could be either day/month or month/day ("3/4/2025") is not read.
 */
export function textDates(text: string, header: ReportHeader | null = readHeader(text)): DateStatement[] {
  const written = header ? headerDateLine(text) : null;
  if (header?.published) return [{ from: written?.label ?? "the header", value: written?.value ?? header.published, day: header.published }];
  // A header date readHeader could not read may still be a timestamp ("2026-01-13T10:00:00Z") or say why it is not one.
  const fromHeader = written ? dateStatement(written.label, written.value) : null;
  const line = detectPublished(text, header);
  return [...(fromHeader ? [fromHeader] : []), ...(line ? [{ from: "the date line at the top", value: line, day: line }] : [])];
}
