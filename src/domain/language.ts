// The language of a document: what its header or page metadata declares, else what its letters and
// commonest words say. Persian and Arabic share a script and Turkish shares English's, so letters
// decide the script and the words and language-specific letters decide the language. Pure.
import { foldArabicScript } from "./arabic-script.js";

export interface DetectedLanguage {
  /** The primary BCP 47 subtag ("fa", "ar", "tr", "en"), or "und" when it cannot be told. */
  code: string;
  /** Its English name ("Persian"). */
  name: string;
  from: "declared" | "text" | "default";
}

/** How much of a long document is read: the language of a report shows in its first pages. */
const SAMPLE_CHARS = 20_000;
/** Below this many letters a text says too little to overrule English, the extractor's default. */
const MIN_LETTERS = 20;

/** Letters only one language of a script uses, and the weight each occurrence carries. */
const ARABIC_SCRIPT_LETTERS: Record<string, Record<string, number>> = {
  fa: { "پ": 3, "چ": 3, "ژ": 3, "گ": 3 },
  ar: { "ة": 2, "ى": 1 },
  ur: { "ے": 4, "ں": 4, "ٹ": 4, "ڈ": 4, "ڑ": 4 },
  ps: { "ټ": 4, "ډ": 4, "ړ": 4, "ښ": 4, "ږ": 4, "ځ": 4, "څ": 4 },
  ckb: { "ێ": 4, "ۆ": 4, "ڕ": 4, "ڵ": 4 },
};
const LATIN_LETTERS: Record<string, Record<string, number>> = {
  tr: { "ğ": 4, "ı": 3, "İ": 4, "ş": 2 },
};

/** The commonest words of each language (function words and report vocabulary), 2 points each. */
const FUNCTION_WORDS: Record<string, string[]> = {
  fa: ["است", "این", "که", "را", "از", "با", "برای", "شد", "شده", "می", "های", "آن", "نفر", "کرد", "بود", "اند", "تا", "یک"],
  ar: ["في", "من", "على", "إلى", "أن", "إن", "التي", "الذي", "عن", "مع", "هذا", "هذه", "قال", "كان", "وقال", "أو", "بعد", "منذ"],
  en: ["the", "and", "of", "to", "in", "was", "were", "said", "that", "is", "by", "at", "with", "from", "have", "has"],
  tr: ["ve", "bir", "bu", "için", "ile", "olarak", "göre", "kişi", "olan", "da", "de", "en", "az", "çok", "daha", "sonra", "dedi"],
  fr: ["le", "les", "des", "et", "est", "dans", "une", "pour", "qui", "au", "sur", "ont"],
  es: ["el", "los", "las", "y", "del", "que", "por", "una", "con", "según", "fueron"],
  de: ["der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "wurden", "sich"],
};

/** Names people write in a `Language:` header instead of a tag. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: "en", persian: "fa", farsi: "fa", "فارسی": "fa", arabic: "ar", "العربية": "ar", "عربي": "ar",
  turkish: "tr", "türkçe": "tr", turkce: "tr", french: "fr", spanish: "es", german: "de", urdu: "ur",
  per: "fa", fas: "fa", ara: "ar", tur: "tr", eng: "en",
};

/** Made on first use: building it loads the platform's locale data (about 30 ms), which most runs never need. */
let displayNames: Intl.DisplayNames | null = null;

/** "Persian" for "fa"; the code itself when the platform has no name for it. */
export function languageName(code: string): string {
  if (code === "und") return "an undetermined language";
  // Every document asks for one of a handful of names; the platform's lookup is slow.
  let name = languageNames.get(code);
  if (name === undefined) {
    try {
      displayNames ??= new Intl.DisplayNames(["en"], { type: "language" });
      name = displayNames.of(code) ?? code;
    } catch {
      name = code;
    }
    languageNames.set(code, name);
  }
  return name;
}
// The languages Tally reads, named without the platform's locale data.
const languageNames = new Map<string, string>([["en", "English"], ["fa", "Persian"], ["ar", "Arabic"], ["tr", "Turkish"]]);

/** A declared language ("fa-IR", "Farsi", "tr_TR", " EN ") as a primary subtag, or null when it names none. */
export function declaredLanguage(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase();
  if (!trimmed) return null;
  const named = LANGUAGE_NAMES[trimmed];
  if (named) return named;
  const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(trimmed)?.[1];
  if (!primary) return null;
  return LANGUAGE_NAMES[primary] ?? primary;
}

type Script = "arabic" | "latin" | "cyrillic" | "hebrew" | "other";

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return "latin";
  if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d5) || (code >= 0x06fa && code <= 0x06ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return "arabic";
  if (code >= 0x0400 && code <= 0x04ff) return "cyrillic";
  if (code >= 0x05d0 && code <= 0x05ea) return "hebrew";
  // ASCII spaces, digits and punctuation: no letter, and no regular expression per character.
  if (code < 0x80) return null;
  return /\p{L}/u.test(String.fromCharCode(code)) ? "other" : null;
}

/** The script most of the letters are in, and how many letters there are. */
function dominantScript(sample: string): { script: Script; letters: number } {
  const counts: Record<Script, number> = { arabic: 0, latin: 0, cyrillic: 0, hebrew: 0, other: 0 };
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // Most of a report is ASCII: its letters are Latin and the rest no letter at all.
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
        counts.latin++;
        letters++;
      }
      continue;
    }
    const script = scriptOf(code);
    if (script) {
      counts[script]++;
      letters++;
    }
  }
  const script = (Object.keys(counts) as Script[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), "latin");
  return { script, letters };
}

/** Folds a word as the packs do, so "في" and "فی", "كه" and "که" count alike. */
function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  let folded = "";
  for (let i = 0; i < word.length; i++) folded += foldArabicScript(word[i]!);
  return folded;
}

/** Whether a word is all a–z: an ASCII word of the text (letters only) lower-cases to nothing else. */
function isAsciiLowerWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Each folded function word and the languages it counts for. */
const FUNCTION_WORD_LANGUAGES = new Map<string, string[]>();
for (const [code, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) {
    const folded = foldWord(word);
    FUNCTION_WORD_LANGUAGES.set(folded, [...(FUNCTION_WORD_LANGUAGES.get(folded) ?? []), code]);
  }
}
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORD_LANGUAGES.keys()].map((word) => word.length));

const WORD_UNIT = /^[\p{L}\p{M}\u200c]$/u;
/** Whether each UTF-16 unit outside ASCII is a word character (1) or not (2), learnt as the text shows it (0). */
const wordUnits = new Uint8Array(0x10000);

/** Whether the code point at i (one unit, or a surrogate pair of `width` 2) is a letter, a mark or ZWNJ. */
function isWordCodePoint(text: string, i: number, width: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (width === 2) return WORD_UNIT.test(text.slice(i, i + 2));
  if (wordUnits[c] === 0) wordUnits[c] = WORD_UNIT.test(text[i]!) ? 1 : 2;
  return wordUnits[c] === 1;
}

/**
 * Calls `visit` with the bounds of every word of the text, exactly the runs
 * `text.match(/[\p{L}\p{M}\u200c]+/gu)` finds, and whether the word is all ASCII, until `visit` returns false. One pass by
 * character codes: the language of every document is judged from up to SAMPLE_CHARS of it.
 */
function forEachWord(text: string, visit: (from: number, to: number, ascii: boolean) => boolean | void): void {
  let start = -1;
  let ascii = true;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (isWordCodePoint(text, i, width)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (c >= 0x80) ascii = false;
    } else if (start >= 0) {
      if (visit(start, i, ascii) === false) return;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(start, text.length, ascii);
}

/** The words forEachWord visits, for tests. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (from, to) => {
    words.push(text.slice(from, to));
  });
  return words;
}

/**
 * What scoring one list of candidates reads, built once per list: each telling letter (by its UTF-16
 * code) and each folded function word, with the candidates it counts for, as indexes into the list.
 */
interface ScoringTable {
  letters: Map<number, Array<[candidate: number, weight: number]>>;
  /** Every function word, folded, for the words of the text outside ASCII. */
  words: Map<string, number[]>;
  /** ASCII function words by letter (a–z), read from the text's character codes without slicing or lower-casing it. */
  asciiWords: AsciiWordNode;
}

interface AsciiWordNode {
  next: Array<AsciiWordNode | undefined>;
  /** The candidates of the word that ends here. */
  counted: number[] | null;
}

const asciiWordNode = (): AsciiWordNode => ({ next: new Array<AsciiWordNode | undefined>(26), counted: null });

/** The candidates an ASCII word of the text counts for, matched case-insensitively; null for none. */
function asciiWordCounts(root: AsciiWordNode, text: string, from: number, to: number): number[] | null {
  let node: AsciiWordNode | undefined = root;
  for (let i = from; i < to && node; i++) node = node.next[(text.charCodeAt(i) | 0x20) - 0x61];
  return node?.counted ?? null;
}
const scoringTables = new Map<string, ScoringTable>();

function scoringTable(candidates: readonly string[], letterWeights: Record<string, Record<string, number>>): ScoringTable {
  const key = candidates.join(" ");
  let table = scoringTables.get(key);
  if (!table) {
    table = { letters: new Map(), words: new Map(), asciiWords: asciiWordNode() };
    candidates.forEach((code, index) => {
      // A telling letter is one UTF-16 unit, as the text is read one unit at a time.
      for (const [letter, weight] of Object.entries(letterWeights[code] ?? {})) {
        if (letter.length === 1) table!.letters.set(letter.charCodeAt(0), [...(table!.letters.get(letter.charCodeAt(0)) ?? []), [index, weight]]);
      }
    });
    for (const [word, codes] of FUNCTION_WORD_LANGUAGES) {
      const indexes = codes.map((code) => candidates.indexOf(code)).filter((index) => index >= 0);
      if (indexes.length === 0) continue;
      // (a word outside ASCII may fold to an ASCII one: every word is in the map)
      table.words.set(word, indexes);
      if (isAsciiLowerWord(word)) {
        let node = table.asciiWords;
        for (let i = 0; i < word.length; i++) node = node.next[word.charCodeAt(i) - 0x61] ??= asciiWordNode();
        node.counted = indexes;
      }
    }
    scoringTables.set(key, table);
  }
  return table;
}

/**
 * Once one language leads every other by this much and by three to one, more words cannot change
 * the verdict (nor textOverrules' reading of it): the rest of the sample is not scored.
 */
const DECISIVE_LEAD = 80;

/** Each candidate's score from its letters and its words. (Every document is scored: by indexes into an array, not by name.) */
function scoresOf(sample: string, candidates: string[], letterWeights: Record<string, Record<string, number>>): Map<string, number> {
  const scores = new Array<number>(candidates.length).fill(0);
  const table = scoringTable(candidates, letterWeights);
  // Every telling letter is outside ASCII: one lookup per such letter, none for the rest.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) continue;
    const counts = table.letters.get(code);
    if (counts) for (const [candidate, weight] of counts) scores[candidate]! += weight;
  }
  let words = 0;
  forEachWord(sample, (from, to, ascii) => {
    // An ASCII word folds to itself lower-cased: one longer than every function word is none.
    if (ascii && to - from > LONGEST_FUNCTION_WORD) return true;
    const counted = ascii ? asciiWordCounts(table.asciiWords, sample, from, to) : table.words.get(foldWord(sample.slice(from, to)));
    if (counted) for (const candidate of counted) scores[candidate]! += 2;
    return ++words % 64 !== 0 || !isDecided(scores);
  });
  return new Map(candidates.map((code, index) => [code, scores[index]!]));
}

function isDecided(scores: readonly number[]): boolean {
  let best = 0;
  let second = 0;
  for (const score of scores) {
    if (score > best) [best, second] = [score, best];
    else if (score > second) second = score;
  }
  return best - second >= DECISIVE_LEAD && best >= 3 * second;
}

interface TextJudgement {
  language: string;
  /** Every candidate of the script and its score (empty for scripts told by letters alone). */
  scores: Map<string, number>;
}

function judgeText(text: string): TextJudgement | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { script, letters } = dominantScript(sample);
  if (letters < MIN_LETTERS) return null;
  const best = (scores: Map<string, number>) => {
    // Ties go to the first candidate: Persian before Arabic, English before Turkish.
    const language = [...scores.keys()].reduce((a, b) => (scores.get(b)! > scores.get(a)! ? b : a));
    return { language, scores };
  };
  switch (script) {
    case "arabic":
      return best(scoresOf(sample, ["fa", "ar", "ur", "ps", "ckb"], ARABIC_SCRIPT_LETTERS));
    case "latin":
      return best(scoresOf(sample, ["en", "tr", "fr", "es", "de"], LATIN_LETTERS));
    case "cyrillic":
      return { language: /[іїєґ]/iu.test(sample) ? "uk" : "ru", scores: new Map() };
    case "hebrew":
      return { language: "he", scores: new Map() };
    default:
      return { language: "und", scores: new Map() };
  }
}

/** The language the text is written in, judged from its letters and words alone. */
export function languageOfText(text: string): string | null {
  return judgeText(text)?.language ?? null;
}

/**
 * Whether the text overrules a declaration: written in another script, or so plainly in another
 * language of the same script (three times the score and some words) that the declaration is a
 * site template's default rather than the article's language.
 */
function textOverrules(stated: string, judged: TextJudgement): boolean {
  if (judged.language === stated) return false;
  const statedScript = SCRIPT_OF_LANGUAGE[stated];
  const textScript = SCRIPT_OF_LANGUAGE[judged.language];
  if (!statedScript || !textScript) return false;
  if (statedScript !== textScript) return true;
  const textScore = judged.scores.get(judged.language) ?? 0;
  const statedScore = judged.scores.get(stated) ?? 0;
  return textScore >= PLAIN_SCORE && textScore >= 3 * statedScore;
}

/** A score a text of a few sentences reaches in its own language (about ten function words). */
const PLAIN_SCORE = 20;

const SCRIPT_OF_LANGUAGE: Record<string, Script> = { fa: "arabic", ar: "arabic", ur: "arabic", ps: "arabic", ckb: "arabic", en: "latin", tr: "latin", fr: "latin", es: "latin", de: "latin" };

/**
 * The document's language: the declared one (a `Language:` header, the page's lang attribute) unless
 * the text is plainly in another language (a Persian report on a site whose template says "en", an
 * English article on a Turkish site), else the text's, else English, the extractor's default.
 */
export function detectLanguage(text: string, declared?: string | null): DetectedLanguage {
  const stated = declaredLanguage(declared);
  const judged = judgeText(text);
  if (stated && !(judged && textOverrules(stated, judged))) return { code: stated, name: languageName(stated), from: "declared" };
  if (judged) return { code: judged.language, name: languageName(judged.language), from: "text" };
  return { code: "en", name: languageName("en"), from: "default" };
}
