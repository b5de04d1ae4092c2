// Reads figures written in words, digits or both ("سه هزار و ششصد", "ثلاثة آلاف", "2 bin 615",
// "yüzlerce") from a pack's number words: one grammar for all packs, each pack only data.
import { matchingText, originalSpan } from "./matching-text.js";
import { digitValue, type NumberGrammar } from "./number-words.js";

/** A word or a run of digits of the folded text. */
export interface NumberToken {
  text: string;
  start: number;
  end: number;
  digits: boolean;
}

/** Letters, or digits with their separators: a date "1404/10/23" stays one token, which is no figure. */
const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,/]\d+)*/gu;

/** The words and digit runs of a folded text, with offsets into it. */
export function numberTokens(folded: string): NumberToken[] {
  return [...folded.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length, digits: /^\d/.test(match[0]) }));
}

export interface ReadNumber {
  value: number;
  vague: boolean;
  /** First and last token of the figure, inclusive. */
  first: number;
  last: number;
  /** A case ending the last word carried ("den" of "binden", "i" of "615'i"), folded. */
  suffix: string | null;
  /** The figure is one word that is also something else ("نه", "bir"): the caller decides from context. */
  ambiguous: boolean;
}

/** The place of the lowest non-zero digit of a whole number below 1000 (620 → 10, 600 → 100). */
function lowestPlace(n: number): number {
  let place = 1;
  while (place < 1000 && n % (place * 10) === 0) place *= 10;
  return place;
}

type WordKind =
  | { kind: "value"; value: number }
  | { kind: "hundred" }
  | { kind: "scale"; value: number }
  | { kind: "dual"; value: number }
  | { kind: "half" }
  | { kind: "digits"; value: number };

function classify(word: string, token: NumberToken, grammar: NumberGrammar): WordKind | null {
  if (token.digits) {
    const value = digitValue(word, grammar.digitGroupSeparator, grammar.slashDecimals);
    return value === null ? null : { kind: "digits", value };
  }
  const value = grammar.values.get(word);
  if (value !== undefined) return { kind: "value", value };
  if (grammar.hundreds.has(word)) return { kind: "hundred" };
  const scale = grammar.scales.get(word);
  if (scale !== undefined) return { kind: "scale", value: scale };
  const dual = grammar.duals.get(word);
  if (dual !== undefined) return { kind: "dual", value: dual };
  if (grammar.halves.has(word)) return { kind: "half" };
  return null;
}

/** A figure being read: closed scale groups, the open group below 1000, and what came last. */
interface GroupState {
  total: number;
  current: number;
  /** The scale the last group closed with: later groups must be smaller ("2 milyon 300 bin"). */
  scaleLimit: number;
  previous: "value" | "digits" | "scale" | "dual" | "half" | null;
}

/**
 * Adds one word to the figure, or says it does not belong to it. `joined`: a connector stands
 * before the word; `joinRequired`: the language joins a figure's parts with one ("بیست و پنج";
 * "سه چهار نفر" is three or four people, not seven).
 */
function combine(state: GroupState, word: WordKind, joined: boolean, joinRequired: boolean, unitsBeforeTens: boolean): "accept" | "complete" | "reject" {
  const { previous } = state;
  const startsGroup = previous === null || previous === "scale" || previous === "dual";
  switch (word.kind) {
    case "digits":
      if (previous === null) state.current = word.value;
      // "34 bin 500", "۳۴ هزار و ۵۰۰", "مليونين و300 ألف": digits after a scale are its smaller part.
      else if ((previous === "scale" || previous === "dual") && Number.isInteger(word.value) && word.value < state.scaleLimit) state.current = word.value;
      else return "reject";
      state.previous = "digits";
      return "accept";
    case "hundred":
      // "altı yüz", "ثلاث مائة": a unit times a hundred; otherwise the word is 100 itself.
      if ((previous === "value" || previous === "digits") && !joined && state.current >= 1 && state.current <= 9 && Number.isInteger(state.current)) {
        state.current *= 100;
        state.previous = "value";
        return "accept";
      }
      return combine(state, { kind: "value", value: 100 }, joined, joinRequired, unitsBeforeTens);
    case "value": {
      const v = word.value;
      if (startsGroup && (previous === null || joined || !joinRequired)) state.current = v;
      else if (previous === "value" && (joined || !joinRequired) && v < lowestPlace(state.current)) state.current += v;
      else if (previous === "value" && unitsBeforeTens && unitOnly(state.current) && (joined ? v % 10 === 0 && v >= 20 && v < 100 : v === 10)) state.current += v;
      else return "reject";
      state.previous = "value";
      return "accept";
    }
    case "scale":
      if (joined || word.value >= state.scaleLimit || previous === "scale" || previous === "dual") return "reject";
      state.total += (state.current || 1) * word.value;
      state.current = 0;
      state.scaleLimit = word.value;
      state.previous = "scale";
      return "accept";
    case "dual":
      if (!(previous === null || (previous === "scale" && joined)) || word.value / 2 >= state.scaleLimit) return "reject";
      state.total += word.value;
      state.scaleLimit = word.value / 2;
      state.previous = "dual";
      return "accept";
    case "half":
      // "یک میلیون و نیم": half of the scale just closed, and the figure ends there.
      if (previous === "scale" || previous === "dual") {
        state.total += state.scaleLimit / 2;
        return "complete";
      }
      // "yarım milyon", "نیم میلیون": half of the scale that follows (alone, half a person: no count).
      if (previous === null) {
        state.current = 0.5;
        state.previous = "half";
        return "accept";
      }
      // "bir buçuk milyon": a unit and a half, for the scale that follows.
      if ((previous === "value" || previous === "digits") && !joined && Number.isInteger(state.current) && state.current > 0) {
        state.current += 0.5;
        state.previous = "half";
        return "accept";
      }
      return "reject";
  }
}

/** Whether the open group ends in a unit with no tens yet (305, 7): Arabic puts the tens after it. */
function unitOnly(current: number): boolean {
  const lastTwo = current % 100;
  return lastTwo >= 1 && lastTwo <= 9;
}

/** A token read as a number word: as written, without an attached "و", or without a case ending. */
function readWord(token: NumberToken, grammar: NumberGrammar, afterNumber: boolean): { word: WordKind; suffix: string | null } | null {
  if (grammar.notNumbers.has(token.text)) return null;
  const whole = classify(token.text, token, grammar);
  if (whole) return { word: whole, suffix: null };
  if (token.digits) return null;
  const connector = grammar.attachedConnector;
  if (afterNumber && connector && token.text.startsWith(connector)) {
    const rest = classify(token.text.slice(connector.length), token, grammar);
    if (rest) return { word: rest, suffix: connector };
  }
  for (const suffix of grammar.suffixes) {
    if (token.text.length > suffix.length && token.text.endsWith(suffix)) {
      const stem = classify(token.text.slice(0, -suffix.length), token, grammar);
      if (stem && (afterNumber || stem.kind === "scale" || stem.kind === "hundred")) return { word: stem, suffix };
    }
  }
  return null;
}

/** Whether only spaces stand between two tokens of the folded text. */
function adjacent(folded: string, a: NumberToken, b: NumberToken): boolean {
  return /^\s+$/.test(folded.slice(a.end, b.start));
}

/** A case ending written after an apostrophe ("615'i", "1.000'den"), as the token that holds it. */
function apostropheSuffix(folded: string, tokens: readonly NumberToken[], i: number, grammar: NumberGrammar): string | null {
  const next = tokens[i + 1];
  if (!next || next.start !== tokens[i]!.end + 1 || folded[tokens[i]!.end] !== "'") return null;
  return grammar.suffixes.includes(next.text) ? next.text : null;
}

function readVague(tokens: readonly NumberToken[], i: number, folded: string, grammar: NumberGrammar): ReadNumber | null {
  for (const phrase of grammar.vaguePhrases) {
    const fits = phrase.words.every((word, k) => tokens[i + k]?.text === word && (k === 0 || adjacent(folded, tokens[i + k - 1]!, tokens[i + k]!)));
    if (fits) return { value: phrase.value, vague: true, first: i, last: i + phrase.words.length - 1, suffix: null, ambiguous: false };
  }
  const word = tokens[i]!.text;
  const single = grammar.vague.get(word);
  if (single !== undefined) return { value: single, vague: true, first: i, last: i, suffix: null, ambiguous: false };
  // "binlercesi", "yüzlercesinin": a vague word with a case ending.
  for (const suffix of grammar.suffixes) {
    const stem = word.length > suffix.length && word.endsWith(suffix) ? grammar.vague.get(word.slice(0, -suffix.length)) : undefined;
    if (stem !== undefined) return { value: stem, vague: true, first: i, last: i, suffix, ambiguous: false };
  }
  const scaleToken = tokens[i + 1];
  if (grammar.vagueQuantifiers.has(word) && scaleToken && adjacent(folded, tokens[i]!, scaleToken)) {
    const scale = grammar.scales.get(scaleToken.text) ?? (grammar.hundreds.has(scaleToken.text) ? 100 : undefined);
    // "several hundred" is read as "hundreds": twice the scale, as the contract's vague plurals are.
    if (scale !== undefined) return { value: scale * 2, vague: true, first: i, last: i + 1, suffix: null, ambiguous: false };
  }
  return null;
}

/**
 * The figure that starts at token i, read as far as it goes ("سه هزار و ششصد" 3600, "üç bin altı
 * yüz" 3600, "ثلاثمائة وخمسة وعشرون" 325), or null when token i starts none. A trailing connector
 * is not part of the figure, and a word with a case ending ends it.
 */
export function readNumberAt(tokens: readonly NumberToken[], i: number, folded: string, grammar: NumberGrammar): ReadNumber | null {
  if (i < 0 || i >= tokens.length) return null;
  const vague = readVague(tokens, i, folded, grammar);
  if (vague) return vague;
  const state: GroupState = { total: 0, current: 0, scaleLimit: Infinity, previous: null };
  const joinRequired = grammar.connectors.size > 0;
  let last = -1;
  let suffix: string | null = null;
  let afterConnector = false;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j]!;
    // "34 ألفا و500": a connector written onto the digits after it joins them as a space would.
    const joinedOnto = afterConnector && token.digits && folded.slice(tokens[j - 1]!.end, token.start) === "";
    if (j > i && !adjacent(folded, tokens[j - 1]!, token) && !joinedOnto) break;
    if (j > i && grammar.connectors.has(token.text)) {
      if (afterConnector) break;
      afterConnector = true;
      continue;
    }
    const read = readWord(token, grammar, j > i);
    if (!read) break;
    const attached = read.suffix !== null && read.suffix === grammar.attachedConnector;
    const step = combine(state, read.word, afterConnector || attached, joinRequired, grammar.unitsBeforeTens);
    if (step === "reject") break;
    last = j;
    afterConnector = false;
    const ending = read.suffix !== null && !attached ? read.suffix : apostropheSuffix(folded, tokens, j, grammar);
    if (ending !== null) {
      suffix = ending;
      if (ending !== read.suffix) last = j + 1;
      break;
    }
    if (step === "complete") break;
  }
  if (last < 0) return null;
  const ambiguous = last === i && grammar.ambiguous.has(tokens[i]!.text);
  return { value: state.total + state.current, vague: false, first: i, last, suffix, ambiguous };
}

export interface FoundNumber {
  value: number;
  vague: boolean;
  /** UTF-16 offsets into the text as given; end exclusive. */
  start: number;
  end: number;
  suffix: string | null;
  ambiguous: boolean;
}

/** Every figure of a text, left to right, with offsets into the text as given. */
export function findNumbers(text: string, grammar: NumberGrammar): FoundNumber[] {
  const matching = matchingText(text, grammar.fold);
  const tokens = numberTokens(matching.text);
  const found: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumberAt(tokens, i, matching.text, grammar);
    if (!read) continue;
    const span = originalSpan(matching, tokens[read.first]!.start, tokens[read.last]!.end);
    found.push({ value: read.value, vague: read.vague, start: span.start, end: span.end, suffix: read.suffix, ambiguous: read.ambiguous });
    i = read.last;
  }
  return found;
}
