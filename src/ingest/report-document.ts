// One reading rule for a report's text wherever it came from (a file, a page, `tally extract`):
// markup goes through Readability; anything without markup is a plain-text report whose header
// block, headline and date line are read from its first lines.
import { detectPublished, detectTitle, readHeader } from "../extract/document-meta.js";
import { hasMarkup, htmlToDocument } from "./html-text.js";
import type { LoadedDocument, LoadResult } from "./loaded-document.js";
import { choosePublished, dateStatement, type DateStatement } from "./published-day.js";

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
    title: detectTitle(text),
    outlet: header?.outlet ?? null,
    published: textDates(text).find((statement) => statement.day !== null)?.day ?? null,
    url: header?.url ?? null,
    language: header?.language ?? null,
  };
}

/** A `Published:` or `Date:` line of a header block. */
const HEADER_DATE_LINE = /^\s*(published|date)\s*:\s*(\S.*?)\s*$/i;

/** The header block's date line as written ("Published", "2026-01-13T10:00Z"); readHeader keeps only what it can read. */
function headerDateLine(text: string): { label: string; value: string } | null {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/, 20);
  let index = 0;
  while (index < lines.length && lines[index]!.trim() === "") index++;
  for (; index < lines.length && /^\s*[A-Za-z]+\s*:/.test(lines[index]!); index++) {
    const match = HEADER_DATE_LINE.exec(lines[index]!);
    if (match) return { label: `the header's ${match[1]![0]!.toUpperCase()}${match[1]!.slice(1).toLowerCase()}`, value: match[2]! };
  }
  return null;
}

/**
 * What a plain-text report states about its publication day: its header block's `Published:` (or
 * `Date:`), then its first date line ("Updated 14 January 2026 09:12 GMT", "Monday, 3 March 2025",
 * "date 2026-01-14"). A date that could be either day/month or month/day ("3/4/2025") is not read.
 */
export function textDates(text: string): DateStatement[] {
  const header = readHeader(text);
  const written = header ? headerDateLine(text) : null;
  if (header?.published) return [{ from: written?.label ?? "the header", value: written?.value ?? header.published, day: header.published }];
  // A header date readHeader could not read may still be a timestamp ("2026-01-13T10:00:00Z") or say why it is not one.
  const fromHeader = written ? dateStatement(written.label, written.value) : null;
  const line = detectPublished(text);
  return [...(fromHeader ? [fromHeader] : []), ...(line ? [{ from: "the date line at the top", value: line, day: line }] : [])];
}

export interface ReportOrigin {
  /** How the report is named in messages: its path or URL. */
  name: string;
  /** Where it was fetched from; null for a file. */
  url: string | null;
  /** Whether its name or Content-Type says HTML: then it is read as HTML when it holds markup. */
  html: boolean;
  source: LoadedDocument["source"];
  /** YYYY-MM-DD: a stated publication day after tomorrow is not believed. */
  today: string;
  /**
   * What a feed says about the report's publication (its item's pubDate…): taken when the page
   * itself states no publication day (its metadata or its date line), since the page is the report
   * and its own statement counts its "Tuesday"; before the page's last-modified time, which is no
   * publication day at all.
   */
  feedDates?: DateStatement[];
  /** The outlet when the report names none (a page's host). */
  outlet?: string | null;
  warning?: string;
}

/** The warnings to store with a document: the reader's, then the dating's. */
function warningsOf(origin: ReportOrigin, dating: string[]): { warnings?: string[] } {
  const warnings = [...(origin.warning === undefined ? [] : [origin.warning]), ...dating];
  return warnings.length > 0 ? { warnings } : {};
}

/** A report's text as the document ingest stores: HTML when it says so and holds markup, else plain text. */
export function reportDocument(text: string, origin: ReportOrigin): LoadResult {
  const feedDates = origin.feedDates ?? [];
  if (origin.html && hasMarkup(text)) {
    const page = htmlToDocument(text, origin.url);
    if (!page.text.trim()) return { ok: false, error: `${origin.name}: no text found in the HTML` };
    const dated = choosePublished([...page.dates, ...textDates(page.text), ...feedDates], origin.today, origin.name);
    const title = page.title ?? detectTitle(page.text);
    return {
      ok: true,
      document: {
        text: page.text, url: origin.url, outlet: page.outlet, title, published: dated.published, source: origin.source,
        ...(page.language ? { language: page.language } : {}), ...warningsOf(origin, dated.warnings),
      },
    };
  }
  if (!text.trim()) return { ok: false, error: `${origin.name}: empty (only whitespace)` };
  const meta = textReportMeta(text);
  const dated = choosePublished([...textDates(text), ...feedDates], origin.today, origin.name);
  return {
    ok: true,
    document: {
      text,
      url: origin.url ?? meta.url,
      outlet: meta.outlet ?? origin.outlet ?? null,
      title: meta.title,
      published: dated.published,
      source: origin.source,
      ...(meta.language ? { language: meta.language } : {}),
      ...warningsOf(origin, dated.warnings),
    },
  };
}
