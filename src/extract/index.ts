// Public face of the extractor: one document's text in, its metadata and claims out.
// Pure: no I/O, no clock; the publication date anchors every relative date.
import { parseIsoDate } from "./dates.js";
import { extractClaims } from "./pipeline.js";
import { canExtract, languagePack } from "./packs/index.js";
import { extractPackClaims } from "./packs/pack-pipeline.js";
import { ExtractionTrace, type ClaimExplanation } from "./trace.js";
import { detectLanguage } from "../domain/language.js";
import type { DocumentMeta, ExtractedDocument, ExtractOptions } from "../domain/claim.js";

export const EXTRACTOR_VERSION = "0.1.0";

function documentMeta(text: string, options: ExtractOptions): DocumentMeta {
  const language = detectLanguage(text, options.language).code;
  return { title: options.title ?? null, published: options.published ?? null, outlet: options.outlet ?? null, language };
}

/** Claims of a document in a language with a pack; a document in any other language is labelled, not read with another language's grammar. */
export function extractDocument(text: string, options: ExtractOptions = {}): ExtractedDocument {
  const document = documentMeta(text, options);
  return { document, claims: canExtract(document.language) ? claimsOf(text, document.language, document.published) : [] };
}

/** English through its own pipeline, every other language through its pack. */
function claimsOf(text: string, language: string, published: string | null, trace: ExtractionTrace | null = null): ReturnType<typeof extractClaims> {
  const pack = language === "en" ? null : languagePack(language);
  return pack ? extractPackClaims(text, pack, published, trace) : extractClaims(text, published, trace);
}

/** A document's claims, each with what decided each of its fields (`explanations[i]` is of `claims[i]`). */
export interface ExplainedDocument extends ExtractedDocument {
  explanations: ClaimExplanation[];
}

/**
 * extractDocument, with the stages recording their decisions: the same claims, slower. For
 * `tally extract --explain` and the review queue's "Why"; never on the ingest path.
 */
export function explainDocument(text: string, options: ExtractOptions = {}): ExplainedDocument {
  const document = documentMeta(text, options);
  if (!canExtract(document.language)) return { document, claims: [], explanations: [] };
  const published = document.published;
  const trace = new ExtractionTrace(text, published ? parseIsoDate(published) : null);
  const claims = claimsOf(text, document.language, published, trace);
  return { document, claims, explanations: trace.explain(claims) };
}

export { canExtract } from "./packs/index.js";
export { TRACED_FIELDS, type ClaimExplanation, type FieldDecision, type TracedField } from "./trace.js";
export type * from "../domain/claim.js";
