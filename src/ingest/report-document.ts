// One reading rule for a report's text wherever it came from (a file, a page, `tally extract`):
// markup goes through Readability; anything without markup is a plain-text report whose header
// block, headline and date line are read from its first lines.
import { detectTitle } from "../extract/document-meta.js";
import { hasMarkup, htmlToDocument } from "./html-text.js";
import type { LoadedDocument, LoadResult } from "./loaded-document.js";
import { choosePublished, type DateStatement } from "./published-day.js";
import { textDates, textReportMeta } from "./text-report-meta.js";

export { textDates, textReportMeta, type TextReportMeta } from "./text-report-meta.js";

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
