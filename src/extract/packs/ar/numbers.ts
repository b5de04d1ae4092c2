// Arabic number words: masculine and feminine units, the dual ("ألفين" 2000), plural scales after
// 3–10 ("ثلاثة آلاف"), units before tens ("خمسة وعشرون" 25), "و" written onto the next word.
import type { NumberWords } from "../number-words.js";

/** Hundreds are written as one word or two, with مائة or مئة: "ثلاثمائة", "ثلاثمئة", "ثلاث مائة". */
const HUNDRED_STEMS: Record<string, number> = {
  "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9,
};

function hundredsInOneWord(): Record<string, number> {
  const words: Record<string, number> = {};
  for (const [stem, unit] of Object.entries(HUNDRED_STEMS)) {
    for (const hundred of ["مائة", "مئة"]) words[stem + hundred] = unit * 100;
  }
  return words;
}

/**
 * Nouns in the dual count two ("قتل شخصان", "إصابة طفلين"). Only nouns whose plural is broken ("أشخاص", "قتلى",
 * "أطفال"): a sound masculine plural in the genitive ("معتقلين", "مدنيين") is written as its dual.
 */
const DUAL_NOUNS: Record<string, number> = Object.fromEntries(
  ["شخص", "قتيل", "جريح", "طفل", "جندي", "ضابط", "أسير", "سجين", "رجل", "شاب", "ضحية"].flatMap((noun) => {
    const stem = noun.endsWith("ة") ? `${noun.slice(0, -1)}ت` : noun;
    return [`${stem}ان`, `${stem}ين`].map((w) => [w, 2] as const);
  }).concat([["امرأتان", 2], ["امرأتين", 2], ["سيدتان", 2], ["سيدتين", 2]]),
);

export const arabicNumberWords: NumberWords = {
  values: {
    "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200, "مائتا": 200, "مئتا": 200,
    ...hundredsInOneWord(),
    ...DUAL_NOUNS,
  },
  hundreds: ["مائة", "مئة"],
  // Singular, accusative ("أحد عشر ألفا") and plural ("ثلاثة آلاف") forms of each scale.
  scales: {
    "ألف": 1_000, "ألفا": 1_000, "آلاف": 1_000,
    "مليون": 1_000_000, "مليونا": 1_000_000, "ملايين": 1_000_000,
    "مليار": 1_000_000_000, "مليارا": 1_000_000_000, "مليارات": 1_000_000_000,
  },
  // "ألفي قتيل": the dual loses its ending before the noun it counts.
  duals: { "ألفان": 2_000, "ألفين": 2_000, "ألفي": 2_000, "مليونان": 2_000_000, "مليونين": 2_000_000, "مليوني": 2_000_000 },
  connectors: ["و"],
  attachedConnector: "و",
  halves: ["نصف"],
  unitsBeforeTens: true,
  vague: {
    "عشرات": 24, "العشرات": 24, "مئات": 200, "المئات": 200, "آلاف": 2_000, "الآلاف": 2_000,
    "ملايين": 2_000_000, "الملايين": 2_000_000,
  },
  vaguePhrases: {
    "عشرات الآلاف": 20_000, "مئات الآلاف": 200_000, "عشرات الملايين": 20_000_000,
  },
  vagueQuantifiers: ["بضع", "بضعة", "عدة"],
  digitGroupSeparator: ",",
  suffixes: [],
  // "أحد" is also "one of" or "anyone", "ست" also "lady".
  ambiguous: ["أحد", "ست", "واحد"],
};
