// How Persian and Arabic text is folded for matching: the same word arrives with Arabic or Persian
// yeh and kaf, with or without the zero-width non-joiner, tatweel, vowel marks or hamza seats.
import { latinDigits } from "./digits.js";

/** Folds one UTF-16 code unit: "" drops it, otherwise one code unit to put in its place. */
export type CharFold = (unit: string) => string;

/** Letters written in more than one way, folded to one: Persian yeh and kaf, bare alef, heh. */
const LETTER_FOLDS: Record<string, string> = {
  "\u064a": "\u06cc", // ي Arabic yeh → ی
  "\u0649": "\u06cc", // ى alef maksura, often written for final yeh → ی
  "\u0626": "\u06cc", // ئ yeh with hamza → ی
  "\u0643": "\u06a9", // ك Arabic kaf → ک
  "\u0623": "\u0627", // أ → ا: the hamza seat is often left off ("اكثر" for "أكثر")
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0624": "\u0648", // ؤ → و
  "\u0629": "\u0647", // ة teh marbuta, often written as heh → ه
  "\u06c0": "\u0647", // ۀ heh with yeh above (Persian ezafe) → ه
  "\u06d5": "\u0647", // ە ae → ه
  "\u2019": "'",
  "\u2018": "'",
  "\u00a0": " ",
  "\u202f": " ",
};

/**
 * Units that change nothing a reader sees in a word: ZWNJ and ZWJ (Persian "می‌شود" and "میشود"
 * are one word), tatweel (kashida), vowel marks and Quranic annotation marks, the hamza and alef
 * written above or below a letter, bidirectional controls and the soft hyphen.
 */
function isInvisibleInWords(code: number): boolean {
  return (
    code === 0x200c || code === 0x200d || code === 0x0640 || code === 0x00ad ||
    (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06dc) || (code >= 0x06df && code <= 0x06e8) || (code >= 0x06ea && code <= 0x06ed) ||
    code === 0x200e || code === 0x200f || code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
  );
}

/** The fold for Persian and Arabic text: digits Latin, letters unified, invisible units dropped, Latin lower-cased. */
export const foldArabicScript: CharFold = (unit) => {
  const code = unit.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit;
  if (isInvisibleInWords(code)) return "";
  const letter = LETTER_FOLDS[unit];
  if (letter !== undefined) return letter;
  if (code >= 0x0660 && code <= 0x06f9) return latinDigits(unit);
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
};
