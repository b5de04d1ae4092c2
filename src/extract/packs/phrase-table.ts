// Finds a pack's phrases in a sentence's words, as the pack writes them: a word ending in "*" is a
// stem that takes any ending ("کشته*" for "کشته‌شدگان", "yaral*" for "yaralandı"), and a word may
// carry a clitic the pack lists in front of it ("والقتلى" is "القتلى" with "و"). One matcher for
// every pack's metric, population, attribution, status and claimant words.
import { foldPhrase, type CharFold } from "./matching-text.js";
import type { NumberToken } from "./number-grammar.js";

interface PhraseWord {
  text: string;
  stem: boolean;
}

interface Entry<T> {
  words: PhraseWord[];
  value: T;
  /** Letters the phrase spells out, to prefer "idam cezası" over "idam*" and "بالإعدام" over "إعدام*". */
  weight: number;
}

export interface PhraseMatch<T> {
  value: T;
  /** First and last token of the phrase, inclusive. */
  first: number;
  last: number;
  /** The clitic the first word carried ("و" of "والجرحى"), or null. */
  clitic: string | null;
}

/** Whether only spaces (or a hyphen) stand between two tokens. */
export function joinedBySpace(folded: string, a: NumberToken, b: NumberToken): boolean {
  return /^[\s-]+$/.test(folded.slice(a.end, b.start));
}

export class PhraseTable<T> {
  private readonly byFirstLetter = new Map<string, Array<Entry<T>>>();

  constructor(
    phrases: Iterable<readonly [string, T]>,
    fold: CharFold,
    private readonly clitics: readonly string[] = [],
  ) {
    for (const [phrase, value] of phrases) {
      const words = foldPhrase(phrase, fold)
        .trim()
        .split(/\s+/)
        .map((word) => ({ text: word.replace(/\*$/, ""), stem: word.endsWith("*") }));
      if (words.length === 0 || words[0]!.text === "") continue;
      const entry = { words, value, weight: words.reduce((sum, w) => sum + w.text.length + (w.stem ? 0 : 1), 0) };
      const key = words[0]!.text[0]!;
      const list = this.byFirstLetter.get(key) ?? [];
      list.push(entry);
      this.byFirstLetter.set(key, list);
    }
    for (const list of this.byFirstLetter.values()) list.sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);
    this.clitics = [...clitics].map((c) => foldPhrase(c, fold)).sort((a, b) => b.length - a.length);
  }

  /** The best phrase starting at token i: the most words, then the most letters spelled out; a bare word beats one read under a clitic. */
  matchAt(tokens: readonly NumberToken[], i: number, folded: string): PhraseMatch<T> | null {
    const token = tokens[i];
    if (!token || token.digits) return null;
    const forms: Array<{ text: string; clitic: string | null }> = [{ text: token.text, clitic: null }];
    for (const clitic of this.clitics) {
      if (token.text.length > clitic.length + 1 && token.text.startsWith(clitic)) forms.push({ text: token.text.slice(clitic.length), clitic });
    }
    for (const form of forms) {
      const found = this.matchForm(tokens, i, folded, form.text);
      if (found) return { value: found.value, first: i, last: i + found.words.length - 1, clitic: form.clitic };
    }
    return null;
  }

  private matchForm(tokens: readonly NumberToken[], i: number, folded: string, first: string): Entry<T> | null {
    const candidates = this.byFirstLetter.get(first[0]!);
    if (!candidates) return null;
    return candidates.find((entry) => entry.words.every((word, k) => {
      const token = tokens[i + k];
      if (!token || (k > 0 && !joinedBySpace(folded, tokens[i + k - 1]!, token))) return false;
      return wordFits(word, k === 0 ? first : token.text);
    })) ?? null;
  }

  /** Whether a single word, already folded, is one of the table's one-word phrases. */
  hasWord(word: string): boolean {
    return word !== "" && (this.byFirstLetter.get(word[0]!) ?? []).some((entry) => entry.words.length === 1 && wordFits(entry.words[0]!, word));
  }

  /** Every phrase of tokens[from, to], left to right, none overlapping. */
  findAll(tokens: readonly NumberToken[], folded: string, from = 0, to = tokens.length - 1): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = [];
    for (let i = Math.max(0, from); i <= to; i++) {
      const match = this.matchAt(tokens, i, folded);
      if (!match || match.last > to) continue;
      found.push(match);
      i = match.last;
    }
    return found;
  }
}

function wordFits(word: PhraseWord, text: string): boolean {
  return word.stem ? text.startsWith(word.text) : text === word.text;
}
