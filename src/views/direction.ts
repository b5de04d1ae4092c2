// Which way a piece of text runs, so pages in English can set Persian, Arabic or Hebrew quotes and
// names right to left: from the document's language where it is known, else from the text's letters.

export type TextDirection = "rtl" | "ltr";

/** Primary subtags of languages written right to left. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "fa", "ur", "ps", "ckb", "he", "yi", "dv", "sd", "ug", "syr"]);

/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

export function isRightToLeftLanguage(language: string | null | undefined): boolean {
  return !!language && RIGHT_TO_LEFT_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0]!);
}

/** The direction most of the letters run in; null for text with no letter at all. */
export function textDirection(text: string): TextDirection | null {
  let rightToLeft = 0;
  let leftToRight = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    if (RIGHT_TO_LEFT_LETTER.test(char)) rightToLeft++;
    else leftToRight++;
  }
  if (rightToLeft + leftToRight === 0) return null;
  return rightToLeft > leftToRight ? "rtl" : "ltr";
}

export function isRightToLeftText(text: string): boolean {
  return textDirection(text) === "rtl";
}

/** The direction to set on an element quoting `text`: the language's when given, else the letters'. */
export function quoteDirection(text: string, language?: string | null): TextDirection | "auto" {
  const ofText = textDirection(text);
  if (isRightToLeftLanguage(language) && ofText !== "ltr") return "rtl";
  return ofText ?? "auto";
}
