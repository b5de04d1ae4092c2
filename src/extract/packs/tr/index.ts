// The Turkish pack: Turkish case folding, Turkish number and day words; sentences end as in English
// (a stop, a space, a capital), so the English splitter serves.
import { splitSentences } from "../../sentences.js";
import { claimLexicon } from "../claim-words.js";
import { dayGrammar } from "../day-phrases.js";
import { numberGrammar } from "../number-words.js";
import type { LanguagePack } from "../pack.js";
import { turkishClaimWords } from "./claims.js";
import { turkishHedgeWords } from "./hedges.js";
import { foldTurkish } from "./case-fold.js";
import { turkishDayWords } from "./days.js";
import { turkishNumberWords } from "./numbers.js";

/** Builds the pack's tables: called once, on the first document in the language (packs/index.ts). */
export function buildTurkishPack(): LanguagePack {
  return {
    language: "tr",
    fold: foldTurkish,
    numbers: numberGrammar(turkishNumberWords, foldTurkish),
    days: dayGrammar(turkishDayWords, foldTurkish),
    hedges: turkishHedgeWords,
    claims: claimLexicon(turkishClaimWords, foldTurkish),
    splitSentences,
  };
}
