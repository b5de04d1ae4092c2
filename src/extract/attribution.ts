// Finds who each figure of a sentence is attributed to: "X said (that) …" before it (the
// innermost speaker of a chain wins), "…, X said." after it, or "according to X" anywhere.
import { ATTRIBUTION_VERBS } from "./lexicon/en.js";
import { resolveClaimant, type Claimant, type ClaimantHistory } from "./claimants.js";
import type { Token } from "./text.js";
import type { Status } from "./types.js";

export interface Attribution {
  claimant: Claimant;
  /** Status the attributing verb implies ("confirmed" → verified). */
  status: Status | null;
  /** Token index of the verb (prefix attributions) or of the phrase. */
  at: number;
}

export interface SentenceAttributions {
  /** "X said …": applies to figures after `at`. */
  prefix: Attribution[];
  /** "…, X said.": applies to figures before `at`. */
  trailing: Attribution | null;
  /** "according to X", "X's count", "citing X": applies to the whole sentence. */
  wide: Attribution | null;
  /** "citing X": the innermost source of the whole sentence. */
  citing: Attribution | null;
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
const TRAILING_ADJUNCTS = new Set([
  "on", "in", "a", "an", "the", "its", "their", "late", "early", "last", "this", "night", "morning", "evening",
  "afternoon", "statement", "report", "update", "latest", "post", "posted", "on", "told", "reporters", "media",
  "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier",
  "week", "weekly", "daily", "briefing", "press", "conference", "interview", "with", "at", "by", "telephone", "phone",
  "social", "x", "twitter", "telegram", "website", "online", "also", "said", "adding", "citing", "according",
]);
/** Verbs of saying that are never nouns, so they end an object phrase. */
const SPEECH_ONLY = new Set(["said", "says", "told", "stated", "announced", "added", "wrote", "noted", "confirmed", "reported", "estimated"]);
const SOURCE_NOUNS = new Set(["count", "tally", "toll", "figures", "figure", "data", "estimate", "estimates", "records", "list", "report", "statistics", "numbers", "database", "documentation"]);
const BY_PARTICIPLES = new Set(["reported", "cited", "compiled", "documented", "verified", "confirmed", "released", "published", "gathered", "counted", "tallied", "estimated", "issued", "provided", "recorded"]);

/** The attributions of one sentence tokens[0..n), in order. */
export function findAttributions(text: string, tokens: readonly Token[], history: ClaimantHistory): SentenceAttributions {
  const result: SentenceAttributions = { prefix: [], trailing: null, wide: null, citing: null };
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word") continue;
    if (t.norm === "according" && tokens[v + 1]?.norm === "to") {
      const claimant = resolveClaimant(text, tokens, v + 2, objectEnd(tokens, v + 2), history);
      if (claimant) result.wide ??= { claimant, status: null, at: v };
      continue;
    }
    if (t.norm === "citing") {
      const claimant = resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
      if (claimant) result.citing = { claimant, status: null, at: v };
      continue;
    }
    if (t.norm === "by" && BY_PARTICIPLES.has(tokens[v - 1]?.norm ?? "")) {
      const claimant = resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
      if (claimant) result.wide ??= { claimant, status: ATTRIBUTION_VERBS[tokens[v - 1]!.norm] ?? null, at: v };
      continue;
    }
    if (t.norm === "by" && tokens[v + 1]?.norm === "official" && tokens[v + 2]?.norm === "admission") {
      result.wide ??= { claimant: { name: "authorities", kind: "government" }, status: null, at: v };
      continue;
    }
    if (t.norm === "'s" && SOURCE_NOUNS.has(tokens[v + 1]?.norm ?? "")) {
      const claimant = resolveClaimant(text, tokens, subjectStart(tokens, v), v - 1, history);
      if (claimant) result.wide ??= { claimant, status: null, at: v };
      continue;
    }
    if (!(t.norm in ATTRIBUTION_VERBS) || !isSpeechVerb(tokens, v)) continue;
    const claimant = subjectOf(text, tokens, v, history);
    if (!claimant) continue;
    const attribution: Attribution = { claimant, status: ATTRIBUTION_VERBS[t.norm] ?? null, at: v };
    if (isTrailing(tokens, v)) result.trailing = attribution;
    else result.prefix.push(attribution);
  }
  return result;
}

/** The attribution governing a figure whose first token is `first`, and the status its verb implies. */
export function attributionFor(attrs: SentenceAttributions, first: number): Attribution | null {
  if (attrs.citing) return attrs.citing;
  let inner: Attribution | null = null;
  for (const a of attrs.prefix) if (a.at < first) inner = a;
  if (inner) return inner;
  if (attrs.wide) return attrs.wide;
  if (attrs.trailing && first < attrs.trailing.at) return attrs.trailing;
  return null;
}

/** A verb of saying used as such: not a participle of the counted phrase ("65 reported killed"). */
function isSpeechVerb(tokens: readonly Token[], v: number): boolean {
  const prev = tokens[v - 1];
  const next = tokens[v + 1];
  if (!prev && tokens[v]!.text[0] === tokens[v]!.norm[0]) return false;
  if (prev && (prev.kind === "num" || PASSIVE_AUX.has(prev.norm))) return false;
  if (tokens[v]!.norm === "put" || tokens[v]!.norm === "puts") {
    const window = tokens.slice(v + 1, v + 5).map((t) => t.norm);
    return window.includes("toll") || window.includes("number") || window.includes("figure");
  }
  return true;
}

/** The subject of the verb at v: the phrase before it, past an appositive, or a relative's antecedent. */
function subjectOf(text: string, tokens: readonly Token[], v: number, history: ClaimantHistory): Claimant | null {
  let end = v - 1;
  while (end >= 0 && SKIPPED_BEFORE_VERB.has(tokens[end]!.norm)) end--;
  if (end < 0) {
    // "…, said the ministry." — the inverted order after a comma
    if (tokens[v - 1]?.norm === ",") return resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
    return null;
  }
  // "a source in Washington with ties to Iran who said": the relative's antecedent, prepositions and all
  if (tokens[end]!.norm === "who") return resolveClaimant(text, tokens, subjectStart(tokens, end, true), end - 1, history);
  if (tokens[end]!.norm === ",") {
    if (end === v - 1 && isTrailing(tokens, v)) return resolveClaimant(text, tokens, v + 1, objectEnd(tokens, v + 1), history);
    // "HRANA, a US-based rights group, said": skip the appositive to the subject before it
    const appositiveStart = subjectStart(tokens, end);
    const beforeComma = appositiveStart - 1;
    if (tokens[beforeComma]?.norm === ",") {
      const subject = resolveClaimant(text, tokens, subjectStart(tokens, beforeComma), beforeComma - 1, history);
      if (subject) return subject;
    }
    return resolveClaimant(text, tokens, appositiveStart, end - 1, history);
  }
  const start = subjectStart(tokens, end + 1);
  return resolveClaimant(text, tokens, start, end, history);
}

/** First token of the phrase that ends just before `end`, walking back to a boundary (10 tokens at most). */
function subjectStart(tokens: readonly Token[], end: number, acrossPrepositions = false): number {
  let i = end - 1;
  let n = 0;
  while (i >= 0 && n < 10) {
    const t = tokens[i]!;
    if ((SUBJECT_BOUNDARIES.has(t.norm) && !(acrossPrepositions && t.norm === "with")) || (t.norm in ATTRIBUTION_VERBS && i < end - 1 && t.text[0] === t.norm[0])) break;
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
    if (n > 0 && (SPEECH_ONLY.has(t.norm) || t.kind === "num")) break;
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
  for (let i = v + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" || TRAILING_ADJUNCTS.has(t.norm)) continue;
    if (tokens[v - 1]?.norm === "," && i <= objectEnd(tokens, v + 1)) continue;
    if (/^\p{Lu}/u.test(t.text) && i > v) continue;
    return false;
  }
  return true;
}
