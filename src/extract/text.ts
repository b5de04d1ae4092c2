// Text primitives of the extractor: a same-length normalised copy of the text (so offsets
// stay valid), tokens with document offsets, and phrase tables matched over tokens.

export type TokenKind = "num" | "word" | "punct";

export interface Token {
  /** Normalised form: lower case, ASCII digits, straight quotes, "-" for en dashes. */
  norm: string;
  /** As written in the normalised copy (case kept), for proper-noun tests. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const CHAR_MAP: Record<string, string> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
  "\u00bb": '"', "\u2013": "-", "\u2012": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-", "\u00a0": " ",
  "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u066c": ",", "\u066b": ".", "\u060c": ",",
};

/**
 * Returns a copy of `text` of exactly the same length in UTF-16 code units, with Persian and
 * Arabic-Indic digits made ASCII and typographic quotes, dashes and spaces made plain.
 */
export function normaliseForMatching(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u2019\u2018\u02bc\u201c\u201d\u201e\u00ab\u00bb\u2013\u2012\u2011\u2010\u2212\u00a0\u202f\u2009\u2007\u066c\u066b\u060c]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    return CHAR_MAP[ch] ?? ch;
  });
}

// A possessive "'s" is its own token so "HRANA's count" still names HRANA.
const TOKEN_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:'(?!s(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|'s(?![\p{L}\p{M}])|\S/gu;

/** Tokens of normalised[from, to), with offsets into the whole text. */
export function tokenize(normalised: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = normalised.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? "num" : /[\p{L}\p{M}]/u.test(text[0] ?? "") ? "word" : "punct";
    tokens.push({ norm: text.toLowerCase(), text, start: from + m.index, end: from + m.index + text.length, kind });
  }
  return tokens;
}

/** Splits a phrase of the lexicon into the token norms the tokenizer would produce. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase.toLowerCase(), 0, phrase.length).map((t) => t.norm);
}

export interface PhraseMatch<V> {
  value: V;
  /** Number of tokens matched. */
  length: number;
  phrase: string;
}

/** A lexicon table of multi-word phrases, matched forward from or backward to a token. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: V; phrase: string }>>();
  private readonly byLast = new Map<string, Array<{ words: string[]; value: V; phrase: string }>>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      const entry = { words, value, phrase };
      push(this.byFirst, words[0]!, entry);
      push(this.byLast, words[words.length - 1]!, entry);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Longest phrase starting at tokens[i]. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    const first = tokens[i];
    if (!first) return null;
    for (const e of this.byFirst.get(first.norm) ?? []) {
      if (e.words.every((w, k) => tokens[i + k]?.norm === w)) return { value: e.value, length: e.words.length, phrase: e.phrase };
    }
    return null;
  }

  /** Longest phrase whose last token is tokens[j]. */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<V> | null {
    const last = tokens[j];
    if (!last) return null;
    for (const e of this.byLast.get(last.norm) ?? []) {
      const n = e.words.length;
      if (j - n + 1 < 0) continue;
      if (e.words.every((w, k) => tokens[j - n + 1 + k]?.norm === w)) return { value: e.value, length: n, phrase: e.phrase };
    }
    return null;
  }

  /** Every match in tokens[from, to), left to right, non-overlapping. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Array<PhraseMatch<V> & { index: number }> {
    const found: Array<PhraseMatch<V> & { index: number }> = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && i + m.length <= to) {
        found.push({ ...m, index: i });
        i += m.length - 1;
      }
    }
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
