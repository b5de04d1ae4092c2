// Public face of the extractor: one document's text in, its metadata and claims out.
// Pure: no I/O, no clock; the publication date anchors every relative date.
import { extractClaims } from "./pipeline.js";
import { canExtract } from "./packs/index.js";
import { detectLanguage } from "../domain/language.js";
import type { ExtractedDocument, ExtractOptions } from "../domain/claim.js";

export const EXTRACTOR_VERSION = "0.1.0";

/** Claims of a document in a language with a pack; a document in any other language is labelled, not read with another language's grammar. */
export function extractDocument(text: string, options: ExtractOptions = {}): ExtractedDocument {
  const published = options.published ?? null;
  const language = detectLanguage(text, options.language).code;
  return {
    document: { title: options.title ?? null, published, outlet: options.outlet ?? null, language },
    claims: canExtract(language) ? extractClaims(text, published) : [],
  };
}

export { canExtract } from "./packs/index.js";
export type * from "../domain/claim.js";
