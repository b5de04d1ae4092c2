// A report file from disk: plain text as read (offsets index it), HTML through the same
// HTML-to-text as web pages; title, outlet and date from its header block or first lines.
import { detectPublished, detectTitle, readHeader } from "../extract/document-meta.js";
import { htmlToDocument } from "./html-text.js";
import type { Candidate, LoadResult } from "./loaded-document.js";
import { readReportFile } from "./read-file.js";
import { isHtmlPath } from "./walk.js";

export async function loadReportFile(path: string, maxBytes?: number): Promise<LoadResult> {
  const read = await readReportFile(path, maxBytes === undefined ? {} : { maxBytes });
  if (!read.ok) return { ok: false, error: read.error };
  const warning = read.warning === undefined ? {} : { warning: read.warning };
  if (isHtmlPath(path)) {
    const page = htmlToDocument(read.text, null);
    if (!page.text.trim()) return { ok: false, error: `${path}: no text found in the HTML` };
    const published = page.published ?? detectPublished(page.text);
    return { ok: true, document: { text: page.text, url: null, outlet: page.outlet, title: page.title ?? detectTitle(page.text), published, source: "file", ...warning } };
  }
  const header = readHeader(read.text);
  return {
    ok: true,
    document: {
      text: read.text,
      url: header?.url ?? null,
      outlet: header?.outlet ?? null,
      title: detectTitle(read.text),
      published: detectPublished(read.text),
      source: "file",
      ...warning,
    },
  };
}

export function fileCandidate(path: string, maxBytes?: number): Candidate {
  return { name: path, load: () => loadReportFile(path, maxBytes) };
}
