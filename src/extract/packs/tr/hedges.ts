// Turkish words that bound or hedge a figure: before it ("en az 30"), after it ("30 civarında"), or a
// case ending on it and the word after ("500'den fazla", "500'e kadar", "500'ü aşkın").
import type { HedgeWords } from "../bounds.js";

export const turkishHedgeWords: HedgeWords = {
  before: {
    "en az": "at_least", "en azından": "at_least",
    "yaklaşık": "approx", "yaklaşık olarak": "approx", "tahminen": "approx", "takriben": "approx", "aşağı yukarı": "approx",
    "en fazla": "up_to",
  },
  after: { "civarında": "approx", "dolayında": "approx", "kadar": "approx" },
  endingThenWord: [
    { endings: ["den", "dan", "ten", "tan", "nden", "ndan"], word: "fazla", bound: "more_than" },
    { endings: ["den", "dan", "ten", "tan", "nden", "ndan"], word: "az", bound: "up_to" },
    { endings: ["i", "ı", "u", "ü", "yi", "yı", "yu", "yü"], word: "aşkın", bound: "more_than" },
    { endings: ["i", "ı", "u", "ü", "yi", "yı", "yu", "yü"], word: "aşan", bound: "more_than" },
    ...["aştı", "aştığını", "aştığı", "aşabileceğini", "aşabilir", "aşmıştır", "aşmış", "geçtiğini", "geçmiştir", "geçmiş"].map((word) => ({ endings: ["i", "ı", "u", "ü", "yi", "yı", "yu", "yü"], word, bound: "more_than" as const })),
    { endings: ["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"], word: "üzerinde", bound: "more_than" },
    { endings: ["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"], word: "üzerine", bound: "more_than" },
    { endings: ["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"], word: "üstünde", bound: "more_than" },
    { endings: ["i", "ı", "u", "ü", "yi", "yı", "yu", "yü"], word: "geçti", bound: "more_than" },
    { endings: ["i", "ı", "u", "ü", "yi", "yı", "yu", "yü"], word: "geçen", bound: "more_than" },
    { endings: ["e", "a", "ye", "ya"], word: "kadar", bound: "up_to" },
    { endings: ["e", "a", "ye", "ya"], word: "yakın", bound: "approx" },
    ...["yaklaştı", "yaklaştığını", "yaklaşan", "yaklaşıyor", "yaklaşmıştı"].map((word) => ({ endings: ["e", "a", "ye", "ya"], word, bound: "approx" as const })),
  ],
  ranges: [
    { opening: null, joiners: ["ile", "ila"], closing: "arasında" },
    { opening: null, joiners: ["ila"], closing: null },
  ],
};
