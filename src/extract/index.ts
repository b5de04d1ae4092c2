// Public face of the extractor: one document's text in, its metadata and claims out.
// Pure: no I/O, no clock; the publication date anchors every relative date.
import type { ExtractedDocument, ExtractOptions } from "./types.js";

export const EXTRACTOR_VERSION = "0.1.0";

export function extractDocument(text: string, options: ExtractOptions = {}): ExtractedDocument {
  return {
    document: { title: options.title ?? null, published: options.published ?? null, outlet: options.outlet ?? null, language: "en" },
    claims: [],
  };
}

export type * from "./types.js";
