// The Arabic pack: Arabic-script folding, Arabic number and day words, RTL sentence ends.
import { foldArabicScript } from "../../../domain/arabic-script.js";
import { splitArabicScriptSentences } from "../arabic-script-sentences.js";
import { claimLexicon } from "../claim-words.js";
import { dayGrammar } from "../day-phrases.js";
import { numberGrammar } from "../number-words.js";
import type { LanguagePack } from "../pack.js";
import { arabicClaimWords } from "./claims.js";
import { arabicHedgeWords } from "./hedges.js";
import { arabicDayWords } from "./days.js";
import { arabicNumberWords } from "./numbers.js";

/** Builds the pack's tables: called once, on the first document in the language (packs/index.ts). */
export function buildArabicPack(): LanguagePack {
  return {
    language: "ar",
    fold: foldArabicScript,
    numbers: numberGrammar(arabicNumberWords, foldArabicScript),
    days: dayGrammar(arabicDayWords, foldArabicScript),
    hedges: arabicHedgeWords,
    claims: claimLexicon(arabicClaimWords, foldArabicScript),
    splitSentences: splitArabicScriptSentences,
  };
}
