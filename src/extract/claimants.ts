// Resolves a noun phrase to a claimant: a gazetteer entry, an earlier claimant it refers back
// to ("the group", "it"), a generic description ("an official") or a named person.
import { claimantResolver, matchesOnlyInCapitals, type ClaimantEntry } from "../domain/claimants.js";
import { CLAIMANT_GAZETTEER } from "./lexicon/claimants.js";
import { ANAPHORS, CLAIMANT_KIND_MODIFIERS, GENERIC_CLAIMANTS, INSTITUTION_HEADS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";
import type { ClaimantKind } from "../domain/claim.js";

export interface Claimant {
  name: string;
  kind: ClaimantKind | null;
  /** Resolved from "we": inside a quote it is the quoted speaker. */
  firstPerson?: boolean;
}

/** Claimants named so far in the document, most recent last. */
export type ClaimantHistory = Claimant[];

/** The one resolver every layer shares; the extractor matches its names token by token in the text. */
const knownClaimants = claimantResolver(CLAIMANT_GAZETTEER);
const gazetteer = new PhraseTable<{ entry: ClaimantEntry; alias: string }>(knownClaimants.aliases.map(([alias, entry]) => [alias, { entry, alias }]));
const generics = new PhraseTable(Object.entries(GENERIC_CLAIMANTS));
const DETERMINERS = new Set(["the", "a", "an", "another", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some", "several", "other", "two", "three", "one", "many", "both", "various", "multiple"]);
const PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "him", "her", "them"]);
/** Nouns for what a source issues rather than who it is. */
/** How far back a name is looked for: sources named long before are not referred to by a surname or a head. */
const RECENT_SOURCES = 64;
/** "her team", "its researchers": those who work for the source named last. */
const GROUP_OF_SPEAKER = new Set(["team", "researchers", "staff", "colleagues", "teams"]);
const DOCUMENT_NOUNS = new Set(["figures", "figure", "data", "report", "statement", "statistics", "count", "tally", "study", "survey", "bulletin", "update"]);
const CLAUSE_STARTS = new Set(["—", ":", '"', "(", ";"]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our"]);
const PREPOSITIONS = new Set(["in", "of", "with", "from", "at", "for", "on", "close", "near", "within", "inside", "to"]);
const TRAILING_NOISE = new Set(["on", "late", "early", "last", "this", "night", "morning", "evening", "afternoon", "in", "a", "statement", "also", "has", "have", "had", "had", "reportedly", "previously", "separately", "'s", "own"]);
const GOVERNMENT_ROLES = new Set(["president", "minister", "governor", "mayor", "commander", "spokesman", "spokeswoman", "spokesperson", "general", "prime", "secretary", "chief", "ambassador", "senator", "official", "police", "colonel", "envoy", "prosecutor"]);
const HEADS_THAT_REFER_BACK = new Set(["society", "federation", "association", "group", "organisation", "organization", "agency", "monitor", "outlet", "channel", "network", "charity", "watchdog", "ngo", "body", "office", "official", "officials", "source", "sources", "observatory", "committee", "campaign", "centre", "center", "institute", "spokesman", "spokesperson", "spokeswoman"]);

/** First words of gazetteer names ("Human" of "Human Rights Watch"), for a cheap test before tokenizing. */
const NAME_STARTS = new Set(
  knownClaimants.aliases.map(([a]) => a.replace(/^the /i, "").split(/[\s']/)[0]!.replace(/[.]$/, "")),
);
const CAPITALISED = /[A-Z][A-Za-z\u00c0-\u024f]*/g;

/** Whether a text may name a gazetteer source: one of its capitalised words starts a known name. */
export function mayNameSource(text: string): boolean {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) if (NAME_STARTS.has(m[0])) return true;
  return false;
}

/** Whether a name is a gazetteer entry's canonical name. */
export function findGazetteerName(name: string): boolean {
  return knownClaimants.isCanonical(name);
}

/** The longest gazetteer name in tokens[from, to]; acronyms must match in case. */
export function findGazetteerClaimant(tokens: readonly Token[], from: number, to: number, last = false): { claimant: Claimant; index: number; length: number } | null {
  let best: { claimant: Claimant; index: number; length: number } | null = null;
  for (let i = from; i <= to; i++) {
    const m = gazetteer.matchAt(tokens, i);
    if (!m || i + m.length - 1 > to) continue;
    const { entry, alias } = m.value;
    if (matchesOnlyInCapitals(alias) && tokens[i]!.text !== alias.replace(/\.$/, "")) continue;
    // "Sudan's army-aligned government": a name hyphenated into a modifier is not the speaker
    if (tokens[i + m.length]?.norm === "-" && tokens[i + m.length]!.start === tokens[i + m.length - 1]!.end) continue;
    if (!best || m.length > best.length || last) best = { claimant: { name: ownAcronym(tokens, i + m.length, entry.name), kind: entry.kind }, index: i, length: m.length };
    i += m.length - 1;
  }
  return best;
}

/**
 * "Indonesia's National Disaster Management Authority (BNPB)": where the gazetteer knows the name
 * under another body's acronym (India's NDMA), the acronym the text gives in brackets is the name.
 */
function ownAcronym(tokens: readonly Token[], after: number, canonical: string): string {
  const acronym = tokens[after + 1];
  if (tokens[after]?.norm !== "(" || tokens[after + 2]?.norm !== ")" || !acronym || acronym.kind !== "word") return canonical;
  const isAcronym = (s: string) => s.length > 1 && s === s.toUpperCase() && /^\p{Lu}+$/u.test(s);
  return isAcronym(canonical) && isAcronym(acronym.text) && acronym.text !== canonical ? acronym.text : canonical;
}

/**
 * Resolves tokens[from, to] (a subject or object phrase) to a claimant.
 * Returns null when the phrase names nothing Tally can use ("its own investigation").
 */
export function resolveClaimant(text: string, tokens: readonly Token[], from: number, to: number, history: ClaimantHistory): Claimant | null {
  while (to >= from && (TRAILING_NOISE.has(tokens[to]!.norm) || isDateWord(tokens[to]!) || tokens[to]!.kind === "punct")) to--;
  // "Yesterday Police said": a day opening the sentence is no part of the name
  while (from <= to && (tokens[from]!.kind === "punct" || tokens[from]!.norm === "and" || RELATIVE_DAYS[tokens[from]!.norm] !== undefined)) from++;
  if (from > to) return null;
  const named = findGazetteerClaimant(tokens, from, to);
  if (named) return named.claimant;
  // "in a report published on Friday": a phrase led by a preposition is no one's name
  if (PREPOSITIONS.has(tokens[from]!.norm) && tokens[from]!.text === tokens[from]!.norm) return null;

  // "A resident who helped collect the remains": the relative clause is not part of the name
  for (let i = from + 1; i <= to; i++) {
    const n = tokens[i]!.norm;
    if ((n === "who" || n === "which" || n === "that" || n === "whose") && tokens[i]!.text === n) {
      to = i - 1;
      break;
    }
  }
  // "The group's director": the possessor speaks for the group
  const possessive = tokens.findIndex((t, i) => i > from && i <= to && t.norm === "'s");
  if (possessive > 0) {
    const owner = resolveClaimant(text, tokens, from, possessive - 1, history);
    // "Turkey's interior minister" is the minister; "the group's director" speaks for the group
    if (owner && (owner.kind !== "other" || findGazetteerName(owner.name))) return owner;
  }
  // "a figure the group": a second phrase starts at an inner determiner not led by a preposition
  for (let i = to; i > from; i--) {
    const n = tokens[i]!.norm;
    if ((n === "the" || n === "a" || n === "an") && !PREPOSITIONS.has(tokens[i - 1]!.norm) && tokens[i - 1]!.kind !== "punct") {
      from = i;
      break;
    }
  }
  const first = tokens[from]!.norm;
  const phrase = tokens.slice(from, to + 1).map((t) => t.norm).join(" ");
  if (to === from && PRONOUNS.has(first)) return first === "we" ? history[0] ?? null : history.at(-1) ?? null;
  // "Shalabayev told the same briefing": a surname alone is the person named in full before
  if (to === from && /^\p{Lu}\p{Ll}/u.test(tokens[from]!.text)) {
    const surname = ` ${tokens[from]!.text}`;
    for (let i = history.length - 1; i >= 0 && i >= history.length - RECENT_SOURCES; i--) if (history[i]!.name.endsWith(surname)) return history[i]!;
  }
  // "a survey by her team": the team speaks for the person or body named last
  if (POSSESSIVES.has(first)) return first === "our" ? history[0] ?? null : to === from + 1 && GROUP_OF_SPEAKER.has(tokens[to]!.norm) ? history.at(-1) ?? null : null;

  let start = from;
  while (start <= to && DETERMINERS.has(tokens[start]!.norm)) start++;
  if (start > to) return null;
  const definite = first === "the" || first === "this" || first === "that";
  const headMatch = findHead(tokens, start, to);
  // "the commission" after "the Iraqi High Commission for Human Rights": the institution named before
  if (definite && headMatch && INSTITUTION_HEADS.has(headMatch.word) && !hasProperNoun(tokens, start, to)) {
    const named = findEarlierByWords(history, tokens.slice(start, to + 1).filter((t) => t.kind === "word").map((t) => t.norm));
    if (named) return named;
  }
  if (definite && (ANAPHORS.has(phrase) || (headMatch && HEADS_THAT_REFER_BACK.has(headMatch.word) && !hasProperNoun(tokens, start, to)))) {
    // "the report", "the study": whoever issued it, of any kind
    const kind = headMatch && !DOCUMENT_NOUNS.has(headMatch.word) ? kindOf(tokens, start, to, headMatch.kind) : null;
    const earlier = findEarlier(history, kind);
    if (earlier) return earlier;
  }
  // "the latest government figures", "a ministry statement": the document speaks for who issued it
  if (headMatch && DOCUMENT_NOUNS.has(headMatch.word)) {
    for (let i = start; i < to; i++) {
      const issuer = generics.matchAt(tokens, i);
      if (issuer && !DOCUMENT_NOUNS.has(tokens[i + issuer.length - 1]!.norm) && i + issuer.length - 1 < to) {
        return { name: cleanName(text.slice(tokens[i]!.start, tokens[i + issuer.length - 1]!.end)), kind: issuer.value };
      }
    }
  }
  // "report", "the study": a document alone names no one
  if (headMatch && start === to && DOCUMENT_NOUNS.has(headMatch.word)) return null;
  if (headMatch) {
    const name = cleanName(text.slice(tokens[start]!.start, tokens[to]!.end));
    return name ? { name, kind: kindOf(tokens, start, to, headMatch.kind) } : null;
  }
  if (hasProperNoun(tokens, start, to) && to - start < 10) {
    const name = cleanName(text.slice(tokens[start]!.start, tokens[to]!.end));
    const role = tokens.slice(start, to + 1).some((t) => GOVERNMENT_ROLES.has(t.norm));
    return name ? { name, kind: role ? "government" : "other" } : null;
  }
  return null;
}

/** The head of a generic description: the last generic word before any prepositional complement. */
function findHead(tokens: readonly Token[], from: number, to: number): { word: string; kind: ClaimantKind } | null {
  let head: { word: string; kind: ClaimantKind } | null = null;
  for (let i = from; i <= to; i++) {
    if (PREPOSITIONS.has(tokens[i]!.norm) && head) break;
    const m = generics.matchAt(tokens, i);
    if (m && i + m.length - 1 <= to) {
      head = { word: tokens[i + m.length - 1]!.norm, kind: m.value };
      i += m.length - 1;
    }
  }
  return head;
}

/** Each kind modifier as the spaced word and its plural that kindOf looks for. */
const KIND_CUES = CLAIMANT_KIND_MODIFIERS.map(([cue, kind]) => [` ${cue.trim()} `, ` ${cue.trim()}s `, kind] as const);

function kindOf(tokens: readonly Token[], from: number, to: number, fallback: ClaimantKind): ClaimantKind {
  let words = " ";
  for (let i = from; i <= to; i++) words += `${tokens[i]!.norm} `;
  for (const [cue, plural, kind] of KIND_CUES) if (words.includes(cue) || words.includes(plural)) return kind;
  return fallback;
}

/** The latest source whose name has every word of the phrase: "the health ministry" is "Sri Lanka's health ministry", not the interior ministry. */
function findEarlierByWords(history: ClaimantHistory, words: readonly string[]): Claimant | null {
  const patterns = words.map((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu"));
  for (let i = history.length - 1; i >= 0 && i >= history.length - RECENT_SOURCES; i--) if (patterns.every((p) => p.test(history[i]!.name))) return history[i]!;
  return null;
}

function findEarlier(history: ClaimantHistory, kind: ClaimantKind | null): Claimant | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const c = history[i]!;
    if (kind === null || c.kind === kind || (kind === "ngo" && c.kind === "opposition")) return c;
  }
  return null;
}

/** A capitalised word that is a name: not the sentence's first word, not a "US-based" modifier. */
function hasProperNoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !/^\p{Lu}/u.test(t.text) || isDateWord(t)) continue;
    // a sentence's first word is capitalised anyway, unless it is an acronym ("JNIM") or starts a name
    const opensSentence = i === 0 || CLAUSE_STARTS.has(tokens[i - 1]!.norm);
    if (opensSentence && !(t.text.length > 1 && t.text === t.text.toUpperCase()) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) continue;
    if (tokens[i + 1]?.norm === "-") continue;
    return true;
  }
  return false;
}

function isDateWord(t: Token): boolean {
  return WEEKDAYS[t.norm] !== undefined || (MONTHS[t.norm] !== undefined && /^\p{Lu}/u.test(t.text)) || t.kind === "num";
}

/** What cleanName removes or changes; most names have none of it. */
const NEEDS_CLEANING = /[()"\u201c\u201d'\u2018\u2019]|\s\s|[^\S ]|^[\s,.-]|[\s,.-]$/;

function cleanName(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw
    .replace(/\s*\([^)]*\)?\s*$/, "") // a trailing "(DoDMA)" or "(DoDMA" is an acronym, not the name
    .replace(/["\u201c\u201d]/g, "")
    .replace(/(^|\s)['\u2018\u2019]+|['\u2018\u2019]+(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/^[\s,.-]+|[\s,.-]+$/g, "")
    .trim();
}
