// Public face of the extractor: one document's text in, its metadata and claims out.
// Pure: no I/O, no clock; the publication date anchors every relative date.
import { extractClaims } from "./pipeline.js";
import type { ExtractedDocument, ExtractOptions } from "../domain/claim.js";

export const EXTRACTOR_VERSION = "0.1.0";

export function extractDocument(text: string, options: ExtractOptions = {}): ExtractedDocument {
  const published = options.published ?? null;
  return {
    document: { title: options.title ?? null, published, outlet: options.outlet ?? null, language: options.language ?? "en" },
    claims: extractClaims(text, published),
  };
}

export type * from "../domain/claim.js";
