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

const LETTER = /[\p{L}\p{M}]/u;

/** Whether the UTF-16 unit at i is part of a letter (ASCII fast path, Unicode classes beyond). */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER.test(s.slice(i - 1, i + 1));
  return LETTER.test(s[i]!);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680;
}

const APOSTROPHE = 39;
const LOWER_S = 115;
const COMMA = 44;
const FULL_STOP = 46;

/** Whether an "'s" at i is a possessive on its own: "s" ends the word there. */
function isPossessiveAt(s: string, i: number, to: number): boolean {
  return s.charCodeAt(i) === APOSTROPHE && s.charCodeAt(i + 1) === LOWER_S && (i + 2 >= to || !isLetterAt(s, i + 2));
}

/**
 * Tokens of normalised[from, to), with offsets into the whole text: numbers with their separators
 * ("12,000", "1.5"), words with inner apostrophes ("don't"), a possessive "'s" on its own so
 * "HRANA's count" still names HRANA, and every other visible character alone.
 * (Read by character codes: every sentence that may hold a figure is tokenized.)
 */
export function tokenize(normalised: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const s = normalised;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigitCode(c)) {
      kind = "num";
      i++;
      for (;;) {
        if (i >= to) break;
        const d = s.charCodeAt(i);
        if (isDigitCode(d) || ((d === COMMA || d === FULL_STOP) && i + 1 < to && isDigitCode(s.charCodeAt(i + 1)))) i++;
        else break;
      }
    } else if (isLetterAt(s, i)) {
      kind = "word";
      i++;
      while (i < to) {
        if (isLetterAt(s, i)) i++;
        else if (s.charCodeAt(i) === APOSTROPHE && i + 1 < to && isLetterAt(s, i + 1) && !(s.charCodeAt(i + 1) === LOWER_S && (i + 2 >= to || !isLetterAt(s, i + 2)))) i += 2;
        else break;
      }
    } else if (isPossessiveAt(s, i, to)) {
      kind = "punct";
      i += 2;
    } else {
      kind = "punct";
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    const text = s.slice(start, i);
    tokens.push({ norm: kind === "word" && !isLowerAscii(s, start, i) ? text.toLowerCase() : text, text, start, end: i, kind });
  }
  return tokens;
}

/** Whether s[from, to) is all a–z, so lower-casing it would change nothing (most words of a report). */
function isLowerAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
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

/** A node of a phrase trie: the phrase that ends here (the first one entered), and the words that continue it. */
interface TrieNode<V> {
  phrase: { value: V; phrase: string } | null;
  next: Map<string, TrieNode<V>>;
}

function trieNode<V>(): TrieNode<V> {
  return { phrase: null, next: new Map() };
}

/**
 * A lexicon table of multi-word phrases, matched forward from or backward to a token. Phrases sit
 * in two tries (by words forward and backward), so a match walks the tokens once whatever the
 * number of phrases sharing a first word ("the …" opens hundreds of names); where two phrases
 * have the same words, the first entered wins.
 */
export class PhraseTable<V> {
  private readonly forward = trieNode<V>();
  private readonly backward = trieNode<V>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      insert(this.forward, words, { value, phrase });
      insert(this.backward, [...words].reverse(), { value, phrase });
    }
  }

  /** Longest phrase starting at tokens[i]. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    if (!tokens[i]) return null;
    let node: TrieNode<V> | undefined = this.forward;
    let best: PhraseMatch<V> | null = null;
    for (let k = i; k < tokens.length; k++) {
      node = node.next.get(tokens[k]!.norm);
      if (!node) break;
      if (node.phrase) best = { value: node.phrase.value, length: k - i + 1, phrase: node.phrase.phrase };
    }
    return best;
  }

  /** Longest phrase whose last token is tokens[j]. */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<V> | null {
    if (!tokens[j]) return null;
    let node: TrieNode<V> | undefined = this.backward;
    let best: PhraseMatch<V> | null = null;
    for (let k = j; k >= 0; k--) {
      node = node.next.get(tokens[k]!.norm);
      if (!node) break;
      if (node.phrase) best = { value: node.phrase.value, length: j - k + 1, phrase: node.phrase.phrase };
    }
    return best;
  }

  /** Every match in tokens[from, to), left to right, non-overlapping. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Array<PhraseMatch<V> & { index: number }> {
    const found: Array<PhraseMatch<V> & { index: number }> = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && i + m.length <= to) {
        found.push({ value: m.value, length: m.length, phrase: m.phrase, index: i });
        i += m.length - 1;
      }
    }
    return found;
  }
}

function insert<V>(root: TrieNode<V>, words: readonly string[], phrase: { value: V; phrase: string }): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = trieNode<V>();
      node.next.set(word, child);
    }
    node = child;
  }
  node.phrase ??= phrase;
}
