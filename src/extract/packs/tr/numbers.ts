// Turkish number words: no connector ("üç bin altı yüz"), "yüz" and "bin" alone are 100 and 1000,
// digits and words mix ("2 bin 615"), "." groups digits and "," marks decimals ("1,5 milyon"),
// and the last word may carry a case ending ("binden fazla", "615'i").
import type { NumberWords } from "../number-words.js";

export const turkishNumberWords: NumberWords = {
  values: {
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90,
  },
  hundreds: ["yüz"],
  scales: { "bin": 1_000, "milyon": 1_000_000, "milyar": 1_000_000_000 },
  duals: {},
  connectors: [],
  halves: ["buçuk", "yarım"],
  unitsBeforeTens: false,
  vague: {
    "onlarca": 24, "düzinelerce": 24, "yüzlerce": 200, "binlerce": 2_000, "milyonlarca": 2_000_000,
  },
  vaguePhrases: {
    "on binlerce": 20_000, "yüz binlerce": 200_000, "on milyonlarca": 20_000_000,
  },
  vagueQuantifiers: ["birkaç", "kaç"],
  digitGroupSeparator: ".",
  // Case endings after a vowel or consonant, with and without the buffer consonant: ablative
  // ("binden", "1.000'den"), dative ("bine"), accusative ("615'i", "üçü"), locative, genitive, "ile".
  suffixes: [
    "den", "dan", "ten", "tan", "nden", "ndan",
    "e", "a", "ye", "ya",
    "i", "ı", "u", "ü", "yi", "yı", "yu", "yü", "si", "sı", "su", "sü",
    "de", "da", "te", "ta", "nde", "nda",
    "in", "ın", "un", "ün", "nin", "nın", "nun", "nün",
    "le", "la", "yle", "yla",
  ],
  notNumbers: ["yüzde"],
  // "bir" is also the article "a".
  ambiguous: ["bir"],
};
