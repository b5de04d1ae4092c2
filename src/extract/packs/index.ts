// The languages the extractor reads claims in. A document in any other language is stored and
// labelled with its language, with no claims, and the CLI says so.

/** Primary language subtags with a complete pack: add a language here when its pack reads claims. */
export const EXTRACTION_LANGUAGES: ReadonlySet<string> = new Set(["en"]);

export function canExtract(language: string): boolean {
  return EXTRACTION_LANGUAGES.has(language);
}
