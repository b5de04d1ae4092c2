// A claimant's name as the quote wrote it in another script ("هرانا" for HRANA), found through the
// gazetteer's aliases, so views can show the canonical name beside the original form.
import { foldArabicScript } from "../domain/arabic-script.js";
import { claimantResolver, type ClaimantEntry } from "../domain/claimants.js";
import { CLAIMANT_GAZETTEER } from "../extract/lexicon/claimants.js";
import { matchingText, originalSpan } from "../extract/packs/matching-text.js";

/** Every known name with its entry, as the claimant resolver lists them. */
export type ClaimantAliases = ReadonlyArray<readonly [alias: string, entry: ClaimantEntry]>;

/** The gazetteer's names: what every view uses unless given the store's claimants too. */
export function gazetteerAliases(): ClaimantAliases {
  return claimantResolver(CLAIMANT_GAZETTEER).aliases;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD_UNIT = /[\p{L}\p{N}]/u;

/** The scripts of a name's letters, as a key: "Latin", "other", or both. */
function scriptKey(name: string): string {
  let latin = false;
  let other = false;
  for (const char of name) {
    if (!LETTER.test(char)) continue;
    if (LATIN.test(char)) latin = true;
    else other = true;
  }
  return `${latin ? "Latin" : ""}${other ? "other" : ""}`;
}

/** Where `alias` stands in the folded quote as a whole word, as a range of the quote as written. */
function findWhole(quote: ReturnType<typeof matchingText>, alias: string): { start: number; end: number } | null {
  const folded = matchingText(alias, foldArabicScript).text;
  if (!folded) return null;
  for (let at = quote.text.indexOf(folded); at >= 0; at = quote.text.indexOf(folded, at + 1)) {
    const before = quote.text[at - 1];
    const after = quote.text[at + folded.length];
    if ((before === undefined || !WORD_UNIT.test(before)) && (after === undefined || !WORD_UNIT.test(after))) return originalSpan(quote, at, at + folded.length);
  }
  return null;
}

/**
 * The claimant's name exactly as `quote` writes it, when the quote names it in another script than the
 * canonical name's; null when the quote uses the canonical name's script (or does not name it).
 * Letters written in more than one way (ي/ی, ك/ک), the zero-width non-joiner and tatweel do not matter.
 */
export function originalClaimantForm(canonical: string | null, quote: string, aliases: ClaimantAliases = gazetteerAliases()): string | null {
  if (!canonical) return null;
  const canonicalScript = scriptKey(canonical);
  const candidates = aliases.filter(([alias, entry]) => entry.name === canonical && scriptKey(alias) !== canonicalScript).map(([alias]) => alias);
  if (candidates.length === 0) return null;
  const folded = matchingText(quote, foldArabicScript);
  // The longest form first: "خبرگزاری هرانا" rather than "هرانا" inside it.
  for (const alias of candidates.sort((a, b) => b.length - a.length)) {
    const span = findWhole(folded, alias);
    if (span) return quote.slice(span.start, span.end);
  }
  return null;
}
