// A report file from disk, read by the one rule for a report's text (report-document.ts): plain
// text as read (offsets index it), an .html file with markup through the same HTML-to-text as web pages.
import type { Candidate, LoadResult } from "./loaded-document.js";
import { readReportFile } from "./read-file.js";
import { reportDocument } from "./report-document.js";
import { isHtmlPath } from "./walk.js";

export interface FileOptions {
  maxBytes?: number;
  /** YYYY-MM-DD: a publication date after tomorrow is not believed. */
  today: string;
}

export async function loadReportFile(path: string, options: FileOptions): Promise<LoadResult> {
  const read = await readReportFile(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  if (!read.ok) return { ok: false, error: read.error };
  return reportDocument(read.text, {
    name: path, url: null, html: isHtmlPath(path), source: "file", today: options.today, ...(read.warning === undefined ? {} : { warning: read.warning }),
  });
}

export function fileCandidate(path: string, options: FileOptions): Candidate {
  return { name: path, load: () => loadReportFile(path, options) };
}
