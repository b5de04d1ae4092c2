// Digits of other scripts read as ASCII digits: lists and reports in Persian or Arabic write ages,
// dates and ids in their own digits, and every parser downstream reads only 0-9.

const PERSIAN_ZERO = 0x06f0; // ۰
const ARABIC_INDIC_ZERO = 0x0660; // ٠

/** `text` with Persian (۰-۹) and Arabic-Indic (٠-٩) digits replaced by 0-9; nothing else changes, so lengths stay equal. */
export function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}
