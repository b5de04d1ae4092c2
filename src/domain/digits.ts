// Digits as they arrive in Persian and Arabic text, made Latin for the number grammar. One code
// unit in, one out: the result has the text's length, so every offset into it is an offset into the text.

const PERSIAN_ZERO = 0x06f0; // ۰ … ۹ (also Urdu)
const ARABIC_INDIC_ZERO = 0x0660; // ٠ … ٩
const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫
const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬

const NON_LATIN_NUMERALS = /[\u0660-\u066c\u06f0-\u06f9]/g;

function latinFor(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO);
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code === ARABIC_DECIMAL_SEPARATOR) return ".";
  if (code === ARABIC_THOUSANDS_SEPARATOR) return ",";
  return ch;
}

/**
 * `text` with Persian (۰–۹) and Arabic-Indic (٠–٩) digits as 0–9, the Arabic decimal separator ٫
 * as "." and the Arabic thousands separator ٬ as ",": "۳٬۶۰۰" reads "3,600" and "١٫٥" reads "1.5".
 * Same length as `text`. The Arabic comma "،" is left alone: it separates clauses and list items
 * ("٣٠، ٤٠"), so reading it as a thousands separator would join two figures into one.
 */
export function latinDigits(text: string): string {
  return text.replace(NON_LATIN_NUMERALS, latinFor);
}
