// Finds who each figure of a sentence is attributed to: "X said (that) …" before it (the
// innermost speaker of a chain wins), "…, X said." after it, or "according to X" anywhere.
import { ATTRIBUTION_VERBS, GENERIC_CLAIMANTS, NOTE_SOURCE_ENDS, PLACE_RECORDING_VERBS } from "./lexicon/en.js";
import { findGazetteerClaimant, findGazetteerName, resolveClaimant, type Claimant, type ClaimantHistory } from "./claimants.js";
import { readStatus } from "./status.js";
import type { Token } from "./text.js";
import type { Status } from "../domain/claim.js";

export interface Attribution {
  claimant: Claimant;
  /** Status the attributing verb implies ("confirmed" → verified). */
  status: Status | null;
  /** Token index of the verb (prefix attributions) or of the phrase. */
  at: number;
  /** An act the source reports of itself ("MSF teams have treated 396"): credited only when no one else is. */
  weak?: boolean;
}

export interface SentenceAttributions {
  /** "X said …": applies to figures after `at`. */
  prefix: Attribution[];
  /** "…, X said.": applies to figures before `at`. */
  trailing: Attribution | null;
  /** "according to X", "X's count", "citing X": applies to the whole sentence. */
  wide: Attribution | null;
  /** "citing X": the source of the figure just before it, and of what follows. */
  citing: Attribution | null;
  /** Token positions of ", and that …": a second complement of an outer verb, closing the inner one. */
  complementBreaks: number[];
  /** Commas and semicolons, to tell how far a citation reaches back. */
  commas: number[];
}

const SUBJECT_BOUNDARIES = new Set([
  ",", ";", ":", "—", "(", ")", "that", "which", "as", "while", "but", "because", "amid", "after", "when", "if",
  "where", "with", "since", "although", "though", "whereas", "and", "before", "until", "than", "so", "said", "told",
]);
const SKIPPED_BEFORE_VERB = new Set([
  "has", "have", "had", "also", "reportedly", "previously", "separately", "later", "earlier", "already", "would",
  "could", "will", "may", "might", "did", "does", "do", "then", "now", "just", "recently", "initially", "officially",
  "publicly", "again", "had", "further", "first", "subsequently", "itself", "themselves",
]);
const PASSIVE_AUX = new Set(["were", "was", "been", "being", "is", "are", "be"]);
const NOUN_LIKE_VERBS = new Set(["counts", "reports", "report", "claims", "claim", "estimates", "estimate", "documents", "records", "finds", "states", "updates", "figures", "says"]);
const NOUN_MAKERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "latest", "new", "these", "those", "official", "media", "earlier", "some", "many", "such", "'s", "of", "unconfirmed", "conflicting", "initial", "first", "local", "press", "news", "previous"]);
const PRONOUN_SUBJECTS = new Set(["it", "they", "he", "she", "we"]);
const PARTICIPLES = new Set(["saying", "citing", "adding", "reporting", "claiming", "estimating"]);
const TRAILING_ADJUNCTS = new Set([
  "on", "in", "a", "an", "the", "its", "their", "late", "early", "last", "this", "night", "morning", "evening",
  "afternoon", "statement", "report", "update", "latest", "post", "posted", "on", "told", "reporters", "media",
  "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier",
  "week", "weekly", "daily", "briefing", "press", "conference", "interview", "with", "at", "by", "telephone", "phone",
  "social", "x", "twitter", "telegram", "website", "online", "also", "said", "adding", "citing", "according", "published", "released", "issued",
  // "…, the coastguard said at the time"
  "time", "then", "later",
]);
/** Verbs of saying that are never nouns, so they end an object phrase. */
/** Auxiliaries that start a clause's verb: an object phrase ends before them. */
const FINITE_AUX = new Set(["had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "may", "might"]);
const SPEECH_ONLY = new Set(["said", "says", "told", "stated", "announced", "added", "wrote", "noted", "confirmed", "reported", "estimated"]);
const SOURCE_NOUNS = new Set(["count", "tally", "toll", "figures", "figure", "data", "estimate", "estimates", "records", "list", "report", "statistics", "numbers", "database", "documentation", "update", "bulletin"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);
/** Every word that can open an attribution: most tokens are passed over by one set lookup. */
const ATTRIBUTION_WORDS = new Set([...Object.keys(ATTRIBUTION_VERBS), "according", "quoted", "cited", "citing", "by", "official", "officially", "'s", ...POSSESSIVE_PRONOUNS]);
const OFFICIAL_SOURCE_NOUNS = new Set(["admission", "toll", "figure", "figures", "count", "tally", "statistics", "data", "estimate"]);
const SELF_REPORT_VERBS = new Set(["treated", "treats", "rescued", "received", "buried", "recovered", "evacuated", "described", "describes"]);

/** "its count", "its own documented count", "their latest figures". */
function isSourceNoun(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    if (SOURCE_NOUNS.has(tokens[k]!.norm)) return true;
    if (!["own", "latest", "new", "documented", "verified", "updated", "official", "revised", "earlier", "previous", "first"].includes(tokens[k]!.norm)) return false;
  }
  return false;
}

/** The last source named in the sentence before token v: a gazetteer name, or a generic head's phrase. */
function nearestClaimantBefore(text: string, tokens: readonly Token[], v: number, history: ClaimantHistory): Claimant | null {
  const named = findGazetteerClaimant(tokens, 0, v - 1, true);
  if (named && v - (named.index + named.length) < 12) return named.claimant;
  // "the Ministry of Public Health issued its first tally": the subject of the verb before "its"
  if ((tokens[v - 1]?.norm ?? "") in ATTRIBUTION_VERBS && v >= 2) {
    const subject = subjectOf(text, tokens, v - 1, history, null);
    if (subject) return subject;
  }
  for (let j = v - 1; j >= 0 && j >= v - 12; j--) {
    if (SUBJECT_BOUNDARIES.has(tokens[j]!.norm) && tokens[j]!.norm !== "and") break;
    const claimant = resolveClaimant(text, tokens, subjectStart(tokens, j + 1), j, history);
    if (claimant && isGenericHead(tokens[j]!)) return claimant;
  }
  return null;
}

function isGenericHead(t: Token): boolean {
  return t.norm in GENERIC_CLAIMANTS;
}
const BY_PARTICIPLES = new Set(["reported", "cited", "compiled", "documented", "verified", "confirmed", "released", "published", "gathered", "counted", "tallied", "estimated", "issued", "provided", "recorded", "given", "announced", "supplied"]);

/** The attributions of one sentence tokens[0..n), in order. */
export function findAttributions(text: string, tokens: readonly Token[], history: ClaimantHistory): SentenceAttributions {
  const result: SentenceAttributions = { prefix: [], trailing: null, wide: null, citing: null, complementBreaks: [], commas: [] };
  tokens.forEach((t, i) => {
    if (t.norm === "that" && (tokens[i - 1]?.norm === "and" || tokens[i - 1]?.norm === "but")) result.complementBreaks.push(i);
    if (t.norm === "," || t.norm === ";") result.commas.push(i);
  });
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (!ATTRIBUTION_WORDS.has(t.norm)) continue;
    if (t.norm === "according" && tokens[v + 1]?.norm === "to") {
      const end = objectEnd(tokens, v + 2);
      const claimant = resolveClaimant(text, tokens, v + 2, end, history);
      // "according to UN estimates": the source's own word for its figure
      if (claimant) result.wide ??= { claimant, status: readStatus(tokens, v + 2, end, v + 2), at: v };
      continue;
    }
    if (t.norm === "quoted" || (t.norm === "cited" && !BY_PARTICIPLES.has(tokens[v + 1]?.norm ?? ""))) {
      // "Reuters quoted three officials as saying that …": the quoted are the source
      const as = tokens.findIndex((x, i) => i > v && i < v + 12 && x.norm === "as" && tokens[i + 1]?.norm === "saying");
      if (as > 0) {
        const claimant = resolveClaimant(text, tokens, v + 1, as - 1, history);
        if (claimant) result.prefix.push({ claimant, status: null, at: as + 1 });
        v = as + 1;
        continue;
      }
    }
    if (t.norm === "citing") {
      const claimant = resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
      if (claimant) {
        result.citing = { claimant, status: null, at: v };
        result.prefix.push(result.citing);
      }
      continue;
    }
    if (t.norm === "by" && BY_PARTICIPLES.has(tokens[v - 1]?.norm ?? "")) {
      const claimant = resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
      if (claimant) result.wide ??= { claimant, status: ATTRIBUTION_VERBS[tokens[v - 1]!.norm] ?? null, at: v };
      continue;
    }
    // "by official admission", "the official toll of 2,000": the authorities' own figure
    // ("X gave the first official tally": X's own, named just before)
    // ("Chief Minister X told reporters that the official toll stood at 822": an official's own)
    const speakerJustBefore = (result.prefix.at(-1)?.at ?? -10) >= v - 4 || result.prefix.at(-1)?.claimant.kind === "government";
    if (!speakerJustBefore && ((t.norm === "official" && OFFICIAL_SOURCE_NOUNS.has(tokens[v + 1]?.norm ?? "")) || (t.norm === "officially" && tokens[v + 1]?.norm !== "reported"))) {
      const authorities: Attribution = { claimant: { name: "authorities", kind: "government" }, status: null, at: v };
      result.prefix.push(authorities);
      result.wide ??= authorities;
      continue;
    }
    // "its estimate of", "his count": the nearest source named before it in the sentence, else the last one
    if (POSSESSIVE_PRONOUNS.has(t.norm) && isSourceNoun(tokens, v + 1)) {
      const claimant = nearestClaimantBefore(text, tokens, v, history) ?? result.prefix.at(-1)?.claimant ?? history.at(-1);
      if (claimant) result.prefix.push({ claimant, status: readStatus(tokens, v + 1, v + 3, v + 1), at: v });
      continue;
    }
    // "By HRANA's count", "AFAD's figure for Turkey"
    if (t.norm === "'s" && isSourceNoun(tokens, v + 1)) {
      const claimant = resolveClaimant(text, tokens, subjectStart(tokens, v), v - 1, history);
      if (claimant) result.prefix.push({ claimant, status: readStatus(tokens, v + 1, v + 3, v + 1), at: v });
      continue;
    }
    if (!(t.norm in ATTRIBUTION_VERBS) || !isSpeechVerb(tokens, v)) continue;
    const claimant = subjectOf(text, tokens, v, history, (result.trailing && result.trailing.at > (result.prefix.at(-1)?.at ?? -1) ? result.trailing : result.prefix.at(-1))?.claimant ?? null);
    if (!claimant || isPlaceRecording(claimant, t.norm, history)) continue;
    const attribution: Attribution = { claimant, status: ATTRIBUTION_VERBS[t.norm] ?? null, at: v, weak: SELF_REPORT_VERBS.has(t.norm) };
    if (isTrailing(tokens, v)) result.trailing = attribution;
    else result.prefix.push(attribution);
  }
  return result;
}

/**
 * "Nakuru has recorded the most deaths (71)": a bare name, known to no list and not named before,
 * as the subject of a verb a place takes too is where the deaths were counted, not who counted
 * them; the figure stays with the source of the count in hand ("according to X", the series').
 */
function isPlaceRecording(claimant: Claimant, verb: string, history: ClaimantHistory): boolean {
  if (!PLACE_RECORDING_VERBS.has(verb) || claimant.kind !== "other" || isNamed(claimant)) return false;
  if (history.some((c) => c.name === claimant.name)) return false;
  const words = claimant.name.split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) && !(w.toLowerCase() in GENERIC_CLAIMANTS));
}

/** The attribution governing a figure whose first token is `first`, and the status its verb implies. */
export function attributionFor(attrs: SentenceAttributions, first: number): Attribution | null {
  // "… to 3,958, citing the WHO": a citation right after the figure's clause names its source
  const citing = attrs.citing;
  if (citing && citing.at > first && attrs.commas.filter((c) => c > first && c < citing.at).length <= 1) return citing;
  // Speakers nest ("X said Y confirmed N"); ", and that …" closes the inner one and returns to X.
  const stack: Attribution[] = [];
  let weak: Attribution | null = null;
  let b = 0;
  for (const a of attrs.prefix) {
    if (a.at >= first) break;
    while (b < attrs.complementBreaks.length && attrs.complementBreaks[b]! < a.at) {
      if (stack.length > 1) stack.pop();
      b++;
    }
    if (a.weak) weak = a;
    else stack.push(a);
  }
  while (b < attrs.complementBreaks.length && attrs.complementBreaks[b]! < first) {
    if (stack.length > 1) stack.pop();
    b++;
  }
  let inner: Attribution | null = stack.at(-1) ?? null;
  // '"We fear hundreds have drowned," said a spokesperson for IOM': the quote's "we" is the speaker
  if (inner?.claimant.firstPerson && attrs.trailing && first < attrs.trailing.at) return attrs.trailing;
  if (inner?.claimant.firstPerson && !inner.claimant.name) inner = null;
  if (inner) return inner;
  if (weak && !attrs.wide && !(attrs.trailing && first < attrs.trailing.at)) return weak;
  if (attrs.wide) return attrs.wide;
  if (attrs.trailing && first < attrs.trailing.at) return attrs.trailing;
  return null;
}

/** A verb of saying used as such: not a participle of the counted phrase ("65 reported killed"). */
function isSpeechVerb(tokens: readonly Token[], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev && tokens[v]!.text[0] === tokens[v]!.norm[0]) return false;
  if (prev && (prev.kind === "num" || PASSIVE_AUX.has(prev.norm))) return false;
  // "could not be independently verified": a passive, whatever adverb stands between
  if (prev && /ly$/.test(prev.norm) && PASSIVE_AUX.has(tokens[v - 2]?.norm ?? "")) return false;
  // "the latest counts", "media reports", "its estimates": a noun, not a verb
  if (prev && NOUN_MAKERS.has(prev.norm) && NOUN_LIKE_VERBS.has(tokens[v]!.norm)) return false;
  if (tokens[v]!.norm === "put" || tokens[v]!.norm === "puts") {
    const window = tokens.slice(v + 1, v + 5).map((t) => t.norm);
    return window.some((w) => w === "toll" || w === "number" || w === "figure" || w === "count" || w === "tally" || w === "total");
  }
  return true;
}

/**
 * The subject of the verb at v: the phrase before it, past an appositive, or a relative's antecedent.
 * A pronoun subject ("X said it had verified") is the speaker already named in the sentence.
 */
function subjectOf(text: string, tokens: readonly Token[], v: number, history: ClaimantHistory, speaker: Claimant | null): Claimant | null {
  let end = v - 1;
  while (end >= 0 && SKIPPED_BEFORE_VERB.has(tokens[end]!.norm)) end--;
  if (end < 0 || (tokens[end]!.kind === "punct" && tokens[end]!.norm !== "," && tokens[end]!.norm !== ")")) {
    // "…, said the ministry." — the inverted order after a comma or a closing quote
    if (tokens[v - 1]?.norm === "," || tokens[v - 1]?.norm === '"') return resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
    return null;
  }
  const last = tokens[end]!.norm;
  if (PRONOUN_SUBJECTS.has(last)) return last === "we" ? { ...(history[0] ?? { name: "", kind: null }), firstPerson: true } : speaker ?? history.at(-1) ?? null;
  // "a source in Washington with ties to Iran who said": the relative's antecedent, prepositions and all
  if ((last === "who" && tokens[end]!.text !== "WHO") || last === "which") {
    // "Iran International, which first reported …": the antecedent stands before the comma
    const antecedentEnd = tokens[end - 1]?.norm === "," ? end - 1 : end;
    return resolveClaimant(text, tokens, subjectStart(tokens, antecedentEnd, true), antecedentEnd - 1, history);
  }
  if (PARTICIPLES.has(tokens[v]!.norm) && (last === "since" || last === "as" || last === "after" || last === "while" || last === "by")) {
    return speaker ?? findGazetteerClaimant(tokens, 0, v - 1)?.claimant ?? null;
  }
  if (last === ",") {
    if (end === v - 1 && isTrailing(tokens, v)) return resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
    // "HRANA, a rights group that monitors …, said": the appositive, and the subject before its opening comma
    let open = end - 1;
    while (open >= 0 && end - open < 30 && tokens[open]!.norm !== "," && !CLAUSE_END.has(tokens[open]!.norm)) open--;
    const appositiveStart = open >= 0 && tokens[open]!.norm === "," ? open + 1 : subjectStart(tokens, end, true);
    // "…, speaking from exile in Germany, said", "…, who asked not to be named, told": no name in it
    const descriptive = /ing$/.test(tokens[appositiveStart]?.norm ?? "") || ["who", "which", "based", "known"].includes(tokens[appositiveStart]?.norm ?? "");
    const appositive = descriptive && !findGazetteerClaimant(tokens, appositiveStart, end - 1) ? null : resolveClaimant(text, tokens, appositiveStart, end - 1, history);
    const subject = open >= 0 && tokens[open]!.norm === "," ? resolveClaimant(text, tokens, subjectStart(tokens, open), open - 1, history) : null;
    // "Abdul Mateen Qani, a spokesman for the interior ministry, said": the person, of the kind his role says
    if (subject && !isNamed(subject) && subject.kind === "other" && appositive && !isNamed(appositive) && appositive.kind !== "other") return { ...subject, kind: appositive.kind };
    if (subject && (isNamed(subject) || !appositive || !isNamed(appositive))) return subject;
    return appositive ?? subject;
  }
  const start = subjectStart(tokens, end + 1);
  return resolveClaimant(text, tokens, start, end, history);
}

const CLAUSE_END = new Set([";", ":", "—", "."]);

function isNamed(c: Claimant): boolean {
  return findGazetteerName(c.name);
}

/** First token of the phrase that ends just before `end`, walking back to a boundary (10 tokens at most). */
function subjectStart(tokens: readonly Token[], end: number, acrossPrepositions = false): number {
  let i = end - 1;
  let n = 0;
  while (i >= 0 && n < 10) {
    const t = tokens[i]!;
    if (t.norm === ")") {
      // "The Syria Civil Defence (White Helmets) has confirmed": a parenthesis belongs to the subject
      while (i > 0 && tokens[i]!.norm !== "(") i--;
      i--;
      n++;
      continue;
    }
    // "Our teams in Rafah and Khan Younis": an "and" between names joins them
    const namesJoined = t.norm === "and" && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "") && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "");
    // "17:40 - Sudan's health ministry says": a spaced dash ends a time stamp or dateline, not a name
    if ((t.norm === "-" || t.norm === "—") && i > 0 && t.start > tokens[i - 1]!.end) break;
    if ((SUBJECT_BOUNDARIES.has(t.norm) && !(acrossPrepositions && t.norm === "with") && !namesJoined) || (t.norm in ATTRIBUTION_VERBS && i < end - 1 && t.text[0] === t.norm[0])) break;
    i--;
    n++;
  }
  return i + 1;
}

/** Last token of the phrase starting at `from`, up to a boundary. */
function objectEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  for (let n = 0; i < tokens.length && n < 12; i++, n++) {
    const t = tokens[i]!;
    if (t.norm === "," || t.norm === "." || t.norm === ";" || t.norm === "—" || t.norm === ":" || t.norm === "that" || t.norm === "which" || t.norm === "who" || t.norm === "and" && n > 0 && tokens[i + 1]?.kind === "num") break;
    if (n > 0 && (SPEECH_ONLY.has(t.norm) || t.kind === "num" || FINITE_AUX.has(t.norm))) break;
  }
  return i - 1;
}

/** "…, the group said." or "…, said HRANA on Tuesday.": nothing but adjuncts follows the verb. */
function isTrailing(tokens: readonly Token[], v: number): boolean {
  let commaBefore = false;
  for (let i = v - 1; i >= 0 && i >= v - 10; i--) {
    const n = tokens[i]!.norm;
    if (n === "," || n === '"') {
      commaBefore = true;
      break;
    }
    if (n === "that" || tokens[i]!.kind === "num") return false;
  }
  if (!commaBefore) return false;
  const inverted = tokens[v - 1]?.norm === "," || tokens[v - 1]?.norm === '"';
  for (let i = v + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "…, AFAD said, and the number …", "…, the ministry said on Thursday, on a day when …": the
    // speech clause ends at the next comma, whatever follows it
    if ((t.norm === "," || t.norm === ";" || t.norm === "—") && !(inverted && i <= objectEnd(tokens, v + 1))) return true;
    if (t.kind === "punct" || TRAILING_ADJUNCTS.has(t.norm)) continue;
    if (inverted && i <= objectEnd(tokens, v + 1)) continue;
    if (/^\p{Lu}/u.test(t.text) && i > v) continue;
    return false;
  }
  return true;
}

/**
 * The source a document note names for its figures: "Casualty figures are those of X unless
 * another source is named", "the figures as they were published by X, which …".
 */
export function documentSourceNote(text: string, tokens: readonly Token[], history: ClaimantHistory): Claimant | null {
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    const opens = (n === "of" && tokens[i - 1]?.norm === "those") || (n === "from" && (tokens[i - 1]?.norm === "are" || tokens[i - 1]?.norm === "come")) || (n === "by" && tokens[i - 1]?.norm === "published");
    if (!opens) continue;
    let end = objectEnd(tokens, i + 1);
    for (let k = i + 1; k <= end; k++) if (NOTE_SOURCE_ENDS.has(tokens[k]!.norm)) end = k - 1;
    return resolveClaimant(text, tokens, i + 1, end, history);
  }
  return null;
}
