// Named victims in a report: each person named with a fate ("X, 26, was executed on …", "Among the
// dead was X, a 19-year-old student", "X and Y were sentenced to death"), with the age, day and
// place the sentence states. Pure, like the claim grammar, and dated by the same as-of rules; kept
// apart from the claims so the claim output (the contract) never changes.
import type { Fate } from "../domain/victim.js";
import { dateOfFigure, dayMentionedBefore, SAME_DAY } from "./as-of.js";
import { findDates, parseIsoDate } from "./dates.js";
import {
  ACTIVE_FATES, FATE_AUXILIARIES, INTRANSITIVE_FATES, MONTHS, NAMED_FATE_OPENERS, NOT_NAME_WORDS, PASSIVE_FATES, PERSON_TITLES, WEEKDAYS,
} from "./lexicon/en.js";
import { COUNTRIES } from "./lexicon/places.js";
import { splitLines, splitSentences } from "./sentences.js";
import { normaliseForMatching, PhraseTable, tokenize, type Token } from "./text.js";

export interface NamedVictim {
  /** The name as written, titles left out. */
  name: string;
  age: number | null;
  fate: Fate;
  /** YYYY-MM-DD: the day the sentence gives the fate, read as a claim's as-of day is. */
  date: string | null;
  place: string | null;
  /** The sentence as written, and where it starts in the text. */
  sentence: string;
  offset: number;
}

const auxiliaries = new PhraseTable(FATE_AUXILIARIES.map((phrase) => [phrase, true] as [string, boolean]));
const passiveFates = new PhraseTable(PASSIVE_FATES);
const intransitiveFates = new PhraseTable(INTRANSITIVE_FATES);
const openers = new PhraseTable(NAMED_FATE_OPENERS);
const activeFates = new PhraseTable(ACTIVE_FATES);
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...COUNTRIES.flatMap((c) => c.toLowerCase().split(" "))]);
/** Short words inside a name: "Abu al-Faraj", "Maria de la Cruz". */
const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "de", "la", "da", "van", "von", "der", "ul"]);
const MAX_NAME_WORDS = 5;
/** An appositive longer than this ("X, a 19-year-old student from …,") is not read as one. */
const MAX_APPOSITIVE = 10;

interface NameSpan {
  first: number;
  /** One past the last token. */
  end: number;
  age: number | null;
}

const isCapitalised = (token: Token) => token.kind === "word" && /^\p{Lu}/u.test(token.text);
const isNameWord = (token: Token | undefined) => token !== undefined && isCapitalised(token) && !NOT_NAME.has(token.norm);

/** The name starting at token i (titles skipped): capitalised words, joined by hyphens or particles. */
function readName(tokens: readonly Token[], i: number): { first: number; end: number; words: number } | null {
  let at = i;
  while (tokens[at] && PERSON_TITLES.has(tokens[at]!.norm)) at += tokens[at + 1]?.norm === "." ? 2 : 1;
  if (!isNameWord(tokens[at])) return null;
  const first = at;
  let end = at + 1;
  let words = 1;
  while (words < MAX_NAME_WORDS) {
    const next = tokens[end];
    if (isNameWord(next)) end++;
    else if (next?.norm === "-" && isNameWord(tokens[end + 1]) && next.start === tokens[end - 1]!.end) end += 2;
    else if (next && NAME_PARTICLES.has(next.norm) && (isNameWord(tokens[end + 1]) || (tokens[end + 1]?.norm === "-" && isNameWord(tokens[end + 2])))) {
      end += tokens[end + 1]!.norm === "-" ? 3 : 2;
    } else break;
    words++;
  }
  return { first, end, words };
}

/** "N-year-old", "aged N", or a bare ", N," — the age an appositive states. */
function ageOf(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "num" || !/^\d{1,3}$/.test(t.norm)) continue;
    const bare = to - from === 1;
    const yearOld = tokens[k + 1]?.norm === "-" && tokens[k + 2]?.norm === "year";
    const aged = tokens[k - 1]?.norm === "aged";
    if (bare || yearOld || aged) return Number(t.norm);
  }
  return null;
}

/** A name with what may follow it: ", 26," / " (26)" / ", a 19-year-old student," — or null. */
function readNamedPerson(tokens: readonly Token[], i: number): { span: NameSpan; next: number } | null {
  const name = readName(tokens, i);
  if (!name) return null;
  let next = name.end;
  let age: number | null = null;
  if (tokens[next]?.norm === "(" && tokens[next + 2]?.norm === ")") {
    age = ageOf(tokens, next + 1, next + 2);
    if (age !== null) next += 3;
  } else if (tokens[next]?.norm === ",") {
    // An appositive closes with a comma before the verb; one at the end of a list ("Among the dead was X, 19") needs none.
    let close = next + 1;
    while (close < tokens.length && close <= next + MAX_APPOSITIVE && tokens[close]!.norm !== "," && tokens[close]!.norm !== ".") close++;
    const stated = ageOf(tokens, next + 1, Math.min(close, tokens.length));
    if (stated !== null) {
      age = stated;
      next = close < tokens.length && tokens[close]!.norm === "," ? close + 1 : close;
    }
  }
  // A single word is a name only with an age beside it: "Tarin, 26, was executed".
  if (name.words < 2 && age === null) return null;
  return { span: { first: name.first, end: name.end, age }, next };
}

/** Names joined by "and" or commas from token i, with the token after the last one. */
function readNameList(tokens: readonly Token[], i: number): { names: NameSpan[]; next: number } {
  const names: NameSpan[] = [];
  let at = i;
  // The token after the last name read: a joining "and" or comma after it joined nothing.
  let next = i;
  for (;;) {
    const person = readNamedPerson(tokens, at);
    if (!person) break;
    names.push(person.span);
    at = next = person.next;
    if (tokens[at]?.norm === "and") at++;
    else if (tokens[at]?.norm === "," && tokens[at + 1]?.norm === "and") at += 2;
    else if (tokens[at]?.norm === "," && readName(tokens, at + 1)) at++;
    else break;
  }
  return { names, next };
}

/** The fate phrase at token i ("was reportedly executed", "died"), or null. */
function fateAt(tokens: readonly Token[], i: number): { fate: Fate; at: number; end: number } | null {
  const alone = intransitiveFates.matchAt(tokens, i);
  if (alone) return { fate: alone.value, at: i, end: i + alone.length };
  const aux = auxiliaries.matchAt(tokens, i);
  if (!aux) return null;
  let k = i + aux.length;
  if (tokens[k]?.kind === "word" && tokens[k]!.norm.endsWith("ly")) k++; // "was reportedly executed"
  const passive = passiveFates.matchAt(tokens, k);
  return passive ? { fate: passive.value, at: k, end: k + passive.length } : null;
}

/** Whether an auxiliary stands right before token i, or before an adverb there: "was (reportedly) killed". */
function afterAuxiliary(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.kind === "word" && tokens[i - 1]!.norm.endsWith("ly") ? i - 2 : i - 1;
  return auxiliaries.matchEndingAt(tokens, before) !== null;
}

/** "in Karaj", "in Ghezel Hesar Prison": the capitalised place after the fate, in its clause. */
function placeAfter(text: string, tokens: readonly Token[], from: number): string | null {
  for (let k = from; k < tokens.length && tokens[k]!.norm !== "," && tokens[k]!.norm !== ";"; k++) {
    if (tokens[k]!.norm !== "in" && tokens[k]!.norm !== "at") continue;
    let end = k + 1;
    if (tokens[end]?.norm === "the") end++;
    const first = end;
    while (end < tokens.length && isCapitalised(tokens[end]!) && MONTHS[tokens[end]!.norm] === undefined && WEEKDAYS[tokens[end]!.norm] === undefined) end++;
    if (end > first) return text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  }
  return null;
}

/** The named victims of one sentence. */
function victimsOfSentence(text: string, norm: string, start: number, end: number, published: Date | null): NamedVictim[] {
  const tokens = tokenize(norm, start, end);
  const found: Array<{ names: NameSpan[]; fate: Fate; at: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const opener = openers.matchAt(tokens, i);
    if (opener) {
      let k = i + opener.length;
      if (tokens[k]?.norm === "was" || tokens[k]?.norm === "were") k++;
      else if (tokens[k]?.norm === ",") k++;
      const list = readNameList(tokens, k);
      if (list.names.length > 0) {
        found.push({ names: list.names, fate: opener.value, at: i, end: list.next });
        i = list.next - 1;
        continue;
      }
    }
    // "forces hanged X and Y": the names right after an active fate verb (not "was killed", read below with its subject).
    const active = afterAuxiliary(tokens, i) ? null : activeFates.matchAt(tokens, i);
    if (active) {
      const objects = readNameList(tokens, i + active.length);
      if (objects.names.length > 0 && tokens[objects.next]?.norm !== "'s") {
        found.push({ names: objects.names, fate: active.value, at: i, end: objects.next });
        i = objects.next - 1;
        continue;
      }
    }
    // A name list starts a clause: the sentence's start, or after a comma, "and", "while", "but".
    const prev = tokens[i - 1]?.norm;
    if (i > 0 && prev !== "," && prev !== ";" && prev !== "and" && prev !== "but" && prev !== "while" && prev !== '"') continue;
    const list = readNameList(tokens, i);
    if (list.names.length === 0) continue;
    const fate = fateAt(tokens, list.next);
    if (fate) {
      found.push({ names: list.names, fate: fate.fate, at: fate.at, end: fate.end });
      i = fate.end - 1;
    }
  }
  if (found.length === 0) return [];
  const dates = findDates(tokens, published);
  const sentence = text.slice(start, end);
  const sameDay = SAME_DAY.test(sentence) ? dayMentionedBefore(norm, start, published) : null;
  return found.flatMap(({ names, fate, at, end: after }) => {
    const date = dateOfFigure(tokens, dates, at, null, names.map((n) => ({ first: n.first }))) ?? sameDay;
    const place = placeAfter(text, tokens, after);
    return names.map((n) => ({
      name: text.slice(tokens[n.first]!.start, tokens[n.end - 1]!.end), age: n.age, fate, date, place, sentence, offset: start,
    }));
  });
}

/** Every named victim of an English text, in text order; `published` (YYYY-MM-DD) anchors relative days. */
export function namedVictimsOf(text: string, published: string | null): NamedVictim[] {
  const norm = normaliseForMatching(text);
  const day = published ? parseIsoDate(published) : null;
  const victims: NamedVictim[] = [];
  for (const line of splitLines(norm)) {
    for (const sentence of splitSentences(norm, line)) victims.push(...victimsOfSentence(text, norm, sentence.start, sentence.end, day));
  }
  return victims;
}
