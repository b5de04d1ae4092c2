// The spelling-blind key of a name, the same whether a list wrote it in Persian or Arabic script or
// in any Latin transliteration: "Erfan", "Irfan", "Arfan" and "عرفان" all give "RFN". Short vowels are
// not written in Persian, so every vowel is dropped; letters Persian pronounces alike share a symbol
// (ث س ص → S; ذ ز ض ظ and Arabic "dh" → Z; ق غ گ, gh, q, g → G; ح ه → H; و as v/w and ی as y only
// when they open the word); doubled letters collapse; the word's last vowel is kept as a class (A for
// -a/-eh/-ah/ه/ا, I for -i/-ei/-ee/-yi/ی, U for -o/-u/-ow/و) because it tells "Hossein" from "Hosseini".
import { NAME_TITLES } from "./name-titles.js";

/** Symbols of the key; digits stand for sounds Latin writes with two letters. */
const SH = "1";
const CH = "2";
const KH = "3";

const ARABIC_LETTER_SOUND: Record<string, string> = {
  ب: "B", پ: "P", ت: "T", ط: "T", ث: "S", س: "S", ص: "S", ج: "J", ژ: "J", چ: CH, ح: "H", ه: "H", خ: KH,
  د: "D", ذ: "Z", ز: "Z", ض: "Z", ظ: "Z", ر: "R", ش: SH, غ: "G", ق: "G", گ: "G", ف: "F", ک: "K", ل: "L",
  م: "M", ن: "N",
};

const LATIN_LETTER_SOUND: Record<string, string> = {
  b: "B", p: "P", t: "T", d: "D", s: "S", z: "Z", r: "R", f: "F", k: "K", c: "K", l: "L", m: "M", n: "N",
  h: "H", j: "J", g: "G", q: "G", x: KH,
};

/** Latin digraphs first: "sh" is one sound, "th" is ث, "dh" is ذ/ظ in Arabic transliteration. */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/sh/g, SH],
  [/ch/g, CH],
  [/kh/g, KH],
  [/gh/g, "q"],
  [/zh/g, "j"],
  [/dj/g, "j"],
  [/th/g, "s"],
  [/dh/g, "z"],
  [/ph/g, "f"],
  [/ck/g, "k"],
];

const ARABIC_NORMAL: Record<string, string> = { ك: "ک", ي: "ی", ى: "ی", ئ: "ی", ة: "ه", أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ؤ: "و" };
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_LETTERS = /[\u0600-\u06ff]/;

export interface WordKey {
  /** The consonants as sound symbols. */
  skeleton: string;
  /** The class of the vowel the word ends on: "A", "I", "U", or "" after a consonant. */
  ending: string;
}

function collapseDoubles(symbols: string): string {
  let out = "";
  for (const symbol of symbols) if (out[out.length - 1] !== symbol) out += symbol;
  return out;
}

function arabicWordKey(word: string): WordKey {
  // ت directly before ح/ه is written "th" in Latin ("Fathi" فتحی), which Latin keys read as ث.
  let letters = [...word.replace(ARABIC_MARKS, "")].map((letter) => ARABIC_NORMAL[letter] ?? letter).join("").replace(/ت(?:ح|ه(?!$))/g, "ث");
  let ending = "";
  const last = letters[letters.length - 1];
  if (letters.length > 1 && (last === "ه" || last === "ا")) ending = "A";
  else if (letters.length > 1 && last === "ی") ending = "I";
  else if (letters.length > 1 && last === "و") ending = "U";
  if (ending) letters = letters.slice(0, -1);
  let skeleton = "";
  [...letters].forEach((letter, index) => {
    if (index === 0 && letter === "و") skeleton += "V";
    else if (index === 0 && letter === "ی") skeleton += "Y";
    else skeleton += ARABIC_LETTER_SOUND[letter] ?? "";
  });
  return { skeleton: collapseDoubles(skeleton), ending };
}

const LATIN_ENDINGS: [RegExp, string][] = [
  [/(?:[aeiouy]?[iy]|ee|ie|ii)$/, "I"],
  [/(?:[ae]h|a|e)$/, "A"],
  [/(?:ow|ou|oo|aw|au|o|u)$/, "U"],
];

function latinWordKey(word: string): WordKey {
  let letters = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  for (const [pattern, sound] of LATIN_DIGRAPHS) letters = letters.replace(pattern, sound);
  let ending = "";
  for (const [pattern, vowel] of LATIN_ENDINGS) {
    const match = pattern.exec(letters);
    if (match && match.index > 0) {
      ending = vowel;
      letters = letters.slice(0, match.index);
      break;
    }
  }
  let skeleton = "";
  [...letters].forEach((letter, index) => {
    if (index === 0 && (letter === "v" || letter === "w")) skeleton += "V";
    else if (index === 0 && letter === "y") skeleton += "Y";
    else skeleton += LATIN_LETTER_SOUND[letter] ?? (/[1-3]/.test(letter) ? letter : "");
  });
  return { skeleton: collapseDoubles(skeleton), ending };
}

export function wordKey(word: string): WordKey {
  return ARABIC_LETTERS.test(word) ? arabicWordKey(word) : latinWordKey(word);
}

const TITLES = new Set(NAME_TITLES.map((title) => normaliseWord(title)));

function normaliseWord(word: string): string {
  return ARABIC_LETTERS.test(word) ? [...word.replace(ARABIC_MARKS, "")].map((letter) => ARABIC_NORMAL[letter] ?? letter).join("") : word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

const WORD_BREAK = /[\s\-\u200c\u2010-\u2015_.,،]+/;

/** The words of a name, split on spaces, hyphens and Persian's zero-width non-joiner, titles left out. */
export function nameWords(name: string | null): string[] {
  if (!name) return [];
  return name
    .split(WORD_BREAK)
    .map((word) => word.replace(/['’‘`ʿʾ"]/g, ""))
    .filter((word) => word.length > 0 && !TITLES.has(normaliseWord(word)));
}

/**
 * The name as written words, each with its words (nameWords): a zero-width non-joiner joins the
 * parts of one written word ("محمد‌جواد", "ولی‌پور"), so a full name is never split between them.
 */
export function writtenWords(name: string | null): string[][] {
  if (!name) return [];
  return name
    .split(/[\s\u2010-\u2015_.,،]+/)
    .map((written) => nameWords(written))
    .filter((words) => words.length > 0);
}

/**
 * The key of a name of one or more words, as if written joined: "Mohammad Reza", "Mohammad-Reza",
 * "محمد رضا" and "Mohammadreza" all give "MHMDRZA". Only the last word's ending counts: inside a
 * compound the vowel between parts is a short one, unwritten in Persian.
 */
export function partKey(words: string[]): string {
  if (words.length === 0) return "";
  const keys = words.map(wordKey);
  const skeleton = collapseDoubles(keys.map((key) => key.skeleton).join(""));
  return skeleton + keys[keys.length - 1]!.ending;
}
