// Persian number words: units, teens, tens and hundreds are single words ("ششصد"), scales follow
// the count ("سه هزار"), and the parts of one figure are joined by "و" ("سه هزار و ششصد").
import type { NumberWords } from "../number-words.js";

export const persianNumberWords: NumberWords = {
  values: {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16,
    "هفده": 17, "هیفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
    "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "پونصد": 500, "ششصد": 600,
    "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
  },
  hundreds: ["صد"],
  scales: { "هزار": 1_000, "میلیون": 1_000_000, "ملیون": 1_000_000, "میلیارد": 1_000_000_000 },
  duals: {},
  connectors: ["و"],
  halves: ["نیم"],
  unitsBeforeTens: false,
  vague: {
    "ده‌ها": 24, "دهها": 24, "صدها": 200, "هزاران": 2_000, "میلیون‌ها": 2_000_000,
  },
  vaguePhrases: {
    "ده ها": 24, "صد ها": 200,
    "ده‌ها هزار": 20_000, "ده ها هزار": 20_000, "صدها هزار": 200_000, "صد ها هزار": 200_000,
    "ده‌ها میلیون": 20_000_000,
  },
  vagueQuantifiers: ["چند", "چندین"],
  digitGroupSeparator: ",",
  slashDecimals: true,
  suffixes: [],
  // "نه" is also "no" and "ده" also "village": a figure only before a counted noun.
  ambiguous: ["نه", "ده"],
};
