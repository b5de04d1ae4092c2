// The language packs, and the languages the extractor reads claims in. A document in any other
// language is stored and labelled with its language, with no claims, and the CLI says so.
import { arabicPack } from "./ar/index.js";
import { persianPack } from "./fa/index.js";
import type { LanguagePack } from "./pack.js";
import { turkishPack } from "./tr/index.js";

export type { LanguagePack } from "./pack.js";

/**
 * Primary language subtags whose claims the extractor reads: English through its own pipeline,
 * Persian, Arabic and Turkish through their packs (pack-pipeline.ts).
 */
export const EXTRACTION_LANGUAGES: ReadonlySet<string> = new Set(["en", "fa", "ar", "tr"]);

export function canExtract(language: string): boolean {
  return EXTRACTION_LANGUAGES.has(language);
}

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([persianPack, arabicPack, turkishPack].map((pack) => [pack.language, pack]));

/** The pack of a language other than English (whose words live in lexicon/en.ts), or null. */
export function languagePack(language: string): LanguagePack | null {
  return PACKS.get(language) ?? null;
}
