import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsOf } from "./language.js";

// The language judge reads words by character codes; they must be the runs the regular expression finds.
const WORD_RUN = /[\p{L}\p{M}\u200c]+/gu;

const pieces = fc.constantFrom("the", "The", "و", "می\u200cشود", "ğı", "é", "\u0301", "\u200c", " ", ",", "1", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "ß", "Ⅻ", "\u00ad", "-", "'");

describe("wordsOf", () => {
  it("finds exactly the runs of letters, marks and ZWNJ", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.array(pieces).map((parts) => parts.join(""))), (text) => {
        expect(wordsOf(text)).toEqual(text.match(WORD_RUN) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});
