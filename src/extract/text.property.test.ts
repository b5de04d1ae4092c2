// The tokenizer reads character codes where it first compared one-character strings: it must give
// the same tokens as that first version (kept below as the reference) on any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseForMatching, PhraseTable, phraseWords, tokenize, type Token, type TokenKind } from "./text.js";

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

/** The first PhraseTable: candidates listed by first and by last word, longest first. */
class ReferenceTable<V> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: V; phrase: string }>>();
  private readonly byLast = new Map<string, Array<{ words: string[]; value: V; phrase: string }>>();

  constructor(entries: Array<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      const entry = { words, value, phrase };
      for (const [map, key] of [[this.byFirst, words[0]!], [this.byLast, words[words.length - 1]!]] as const) {
        const list = map.get(key);
        if (list) list.push(entry);
        else map.set(key, [entry]);
      }
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  matchAt(tokens: readonly Token[], i: number) {
    const first = tokens[i];
    if (!first) return null;
    for (const e of this.byFirst.get(first.norm) ?? []) {
      let k = 1;
      while (k < e.words.length && tokens[i + k]?.norm === e.words[k]) k++;
      if (k === e.words.length) return { value: e.value, length: e.words.length, phrase: e.phrase };
    }
    return null;
  }

  matchEndingAt(tokens: readonly Token[], j: number) {
    const last = tokens[j];
    if (!last) return null;
    for (const e of this.byLast.get(last.norm) ?? []) {
      const n = e.words.length;
      const first = j - n + 1;
      if (first < 0) continue;
      let k = 0;
      while (k < n - 1 && tokens[first + k]!.norm === e.words[k]) k++;
      if (k === n - 1) return { value: e.value, length: n, phrase: e.phrase };
    }
    return null;
  }
}

describe("PhraseTable", () => {
  const WORDS = ["the", "health", "ministry", "of", "un", "U.N.", "office", "'s", "red", "cross", ",", "the red"];
  const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 4 }).map((words) => words.join(" "));
  const entries = fc.array(fc.tuple(phrase, fc.nat(99)), { maxLength: 25 });
  const sentence = fc.array(fc.constantFrom(...WORDS, "said"), { maxLength: 14 }).map((words) => {
    const text = words.join(" ");
    return tokenize(text, 0, text.length);
  });

  it("finds the same phrase as the first version at every token, forward and backward", () => {
    fc.assert(
      fc.property(entries, sentence, fc.nat(14), fc.nat(14), (list, tokens, from, span) => {
        const table = new PhraseTable(list);
        const reference = new ReferenceTable(list);
        for (let i = -1; i <= tokens.length; i++) {
          expect(table.matchAt(tokens, i)).toEqual(reference.matchAt(tokens, i));
          expect(table.matchEndingAt(tokens, i)).toEqual(reference.matchEndingAt(tokens, i));
        }
        const to = Math.min(tokens.length, from + span);
        const expected: unknown[] = [];
        for (let i = from; i < to; i++) {
          const m = reference.matchAt(tokens, i);
          if (m && i + m.length <= to) {
            expected.push({ ...m, index: i });
            i += m.length - 1;
          }
        }
        expect(table.findAll(tokens, from, to)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
