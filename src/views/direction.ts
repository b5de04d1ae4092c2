// Which way a piece of text runs, so pages in English can set Persian, Arabic or Hebrew quotes and
// names right to left: from the document's language where it is known, else from the text's letters.

export type TextDirection = "rtl" | "ltr";

/** Primary subtags of languages written right to left. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "fa", "ur", "ps", "ckb", "he", "yi", "dv", "sd", "ug", "syr"]);

/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
function isRightToLeftCode(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}
const LETTER = /\p{L}/u;

export function isRightToLeftLanguage(language: string | null | undefined): boolean {
  return !!language && RIGHT_TO_LEFT_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0]!);
}

/** The direction most of the letters run in; null for text with no letter at all. */
export function textDirection(text: string): TextDirection | null {
  let rightToLeft = 0;
  let leftToRight = 0;
  // Read by character codes: every quote on a page is measured, and most are ASCII.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) leftToRight++;
    } else if (isRightToLeftCode(code)) {
      // Arabic digits, punctuation and marks sit in these blocks too, but are no letters.
      if (LETTER.test(text[i]!)) rightToLeft++;
    } else if (LETTER.test(String.fromCodePoint(text.codePointAt(i)!))) leftToRight++;
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
