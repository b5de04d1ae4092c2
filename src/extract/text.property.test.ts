// The tokenizer reads character codes where it first compared one-character strings: it must give
// the same tokens as that first version (kept below as the reference) on any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseForMatching, tokenize, type Token, type TokenKind } from "./text.js";

const LETTER = /[\p{L}\p{M}]/u;

function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER.test(s.slice(i - 1, i + 1));
  return LETTER.test(s[i]!);
}

const digitAt = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

function spaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680;
}

function referenceTokenize(s: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (spaceAt(s, i)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (digitAt(s, i)) {
      kind = "num";
      i++;
      while (i < to && (digitAt(s, i) || ((s[i] === "," || s[i] === ".") && i + 1 < to && digitAt(s, i + 1)))) i++;
    } else if (letterAt(s, i)) {
      kind = "word";
      i++;
      while (i < to) {
        if (letterAt(s, i)) i++;
        else if (s[i] === "'" && i + 1 < to && letterAt(s, i + 1) && !(s[i + 1] === "s" && (i + 2 >= to || !letterAt(s, i + 2)))) i += 2;
        else break;
      }
    } else if (s[i] === "'" && s[i + 1] === "s" && (i + 2 >= to || !letterAt(s, i + 2))) {
      kind = "punct";
      i += 2;
    } else {
      kind = "punct";
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    const text = s.slice(start, i);
    tokens.push({ norm: kind === "word" ? text.toLowerCase() : text, text, start, end: i, kind });
  }
  return tokens;
}

const PIECES = ["'s", "'", "s", "don't", "HRANA's", "12,000", "1.5", "3.", ",", ".", "٣٤٥", "۲٬۴۰۳", "é", "e\u0301", "🙂", "\ud83d", "Ж", "\u00a0", " ", "\t", "-", "–", "’", "İ", "ß", "A1"];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => normaliseForMatching(parts.join("")));

describe("tokenize", () => {
  it("gives the first version's tokens on any text and range", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const from = value.length === 0 ? 0 : a % (value.length + 1);
        const to = from + (value.length - from === 0 ? 0 : b % (value.length - from + 1));
        expect(tokenize(value, from, to)).toEqual(referenceTokenize(value, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
