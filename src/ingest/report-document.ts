// One reading rule for a report's text wherever it came from (a file, a page, `tally extract`):
// markup goes through Readability; anything without markup is a plain-text report whose header
// block, headline and date line are read from its first lines.
import { detectPublished, detectTitle, readHeader } from "../extract/document-meta.js";
import { hasMarkup, htmlToDocument } from "./html-text.js";
import type { LoadedDocument, LoadResult } from "./loaded-document.js";

export interface TextReportMeta {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  url: string | null;
  language: string | null;
}

/** What a plain-text report says about itself: its `Key: value` header block, else its first lines. */
export function textReportMeta(text: string): TextReportMeta {
  const header = readHeader(text);
  return {
    title: detectTitle(text),
    outlet: header?.outlet ?? null,
    published: detectPublished(text),
    url: header?.url ?? null,
    language: header?.language ?? null,
  };
}

export interface ReportOrigin {
  /** How the report is named in messages: its path or URL. */
  name: string;
  /** Where it was fetched from; null for a file. */
  url: string | null;
  /** Whether its name or Content-Type says HTML: then it is read as HTML when it holds markup. */
  html: boolean;
  source: LoadedDocument["source"];
  /** The outlet when the report names none (a page's host). */
  outlet?: string | null;
  warning?: string;
}

/** A report's text as the document ingest stores: HTML when it says so and holds markup, else plain text. */
export function reportDocument(text: string, origin: ReportOrigin): LoadResult {
  const warning = origin.warning === undefined ? {} : { warning: origin.warning };
  if (origin.html && hasMarkup(text)) {
    const page = htmlToDocument(text, origin.url);
    if (!page.text.trim()) return { ok: false, error: `${origin.name}: no text found in the HTML` };
    const published = page.published ?? detectPublished(page.text);
    const title = page.title ?? detectTitle(page.text);
    return { ok: true, document: { text: page.text, url: origin.url, outlet: page.outlet, title, published, source: origin.source, ...warning } };
  }
  if (!text.trim()) return { ok: false, error: `${origin.name}: empty (only whitespace)` };
  const meta = textReportMeta(text);
  return {
    ok: true,
    document: {
      text,
      url: origin.url ?? meta.url,
      outlet: meta.outlet ?? origin.outlet ?? null,
      title: meta.title,
      published: meta.published,
      source: origin.source,
      ...(meta.language ? { language: meta.language } : {}),
      ...warning,
    },
  };
}
