// The Persian pack: Arabic-script folding, Persian number and day words, RTL sentence ends.
import { foldArabicScript } from "../../../domain/arabic-script.js";
import { splitArabicScriptSentences } from "../arabic-script-sentences.js";
import { claimLexicon } from "../claim-words.js";
import { dayGrammar } from "../day-phrases.js";
import { numberGrammar } from "../number-words.js";
import type { LanguagePack } from "../pack.js";
import { persianClaimWords } from "./claims.js";
import { persianHedgeWords } from "./hedges.js";
import { persianDayWords } from "./days.js";
import { persianNumberWords } from "./numbers.js";

/** Builds the pack's tables: called once, on the first document in the language (packs/index.ts). */
export function buildPersianPack(): LanguagePack {
  return {
    language: "fa",
    fold: foldArabicScript,
    numbers: numberGrammar(persianNumberWords, foldArabicScript),
    days: dayGrammar(persianDayWords, foldArabicScript),
    hedges: persianHedgeWords,
    claims: claimLexicon(persianClaimWords, foldArabicScript),
    splitSentences: splitArabicScriptSentences,
  };
}
