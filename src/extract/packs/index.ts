// The language packs, and the languages the extractor reads claims in. A document in any other
// language is stored and labelled with its language, with no claims, and the CLI says so.
import { buildArabicPack } from "./ar/index.js";
import { buildPersianPack } from "./fa/index.js";
import type { LanguagePack } from "./pack.js";
import { buildTurkishPack } from "./tr/index.js";

export type { LanguagePack } from "./pack.js";

/**
 * Primary language subtags whose claims the extractor reads: English through its own pipeline,
 * Persian, Arabic and Turkish through their packs (pack-pipeline.ts).
 */
export const EXTRACTION_LANGUAGES: ReadonlySet<string> = new Set(["en", "fa", "ar", "tr"]);

export function canExtract(language: string): boolean {
  return EXTRACTION_LANGUAGES.has(language);
}

/**
 * Each pack's builder. Its phrase tables take tens of milliseconds to build, so a pack is built on
 * the first document in its language: a run over English reports never pays for them.
 */
const PACK_BUILDERS: ReadonlyMap<string, () => LanguagePack> = new Map([
  ["fa", buildPersianPack],
  ["ar", buildArabicPack],
  ["tr", buildTurkishPack],
]);
const builtPacks = new Map<string, LanguagePack>();

/** The pack of a language other than English (whose words live in lexicon/en.ts), or null. */
export function languagePack(language: string): LanguagePack | null {
  const built = builtPacks.get(language);
  if (built) return built;
  const build = PACK_BUILDERS.get(language);
  if (!build) return null;
  const pack = build();
  builtPacks.set(language, pack);
  return pack;
}
