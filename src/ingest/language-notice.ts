// The one line `tally extract` and `tally ingest` print for a document in a language the extractor
// has no pack for, so that "no claims" is never silent.
import { canExtract } from "../extract/index.js";
import { languageName } from "../domain/language.js";

/** "report.txt: Persian (fa) — no language pack yet; no claims read", or null when the language has a pack. */
export function noLanguagePackNotice(name: string, language: string): string | null {
  if (canExtract(language)) return null;
  const label = language === "und" ? "in a language Tally cannot tell" : `${languageName(language)} (${language})`;
  return `${name}: ${label} — no language pack yet; no claims read`;
}
