// Decides whether a figure is about the document's main event: not when its sentence compares
// with another year, or names a different kind of crisis than the one the document is about.
import { COMPARISON_CUES, EVENT_TYPES } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";

const eventTypes = new PhraseTable(Object.entries(EVENT_TYPES));
const comparisons = new PhraseTable(COMPARISON_CUES.map((c) => [c, true] as [string, boolean]));
const PERIOD_WORDS = new Set(["in", "during", "throughout", "from", "of", "for", "between"]);

/** The kinds of crisis named in the document's opening (title and first sentences). */
export function mainEventTypes(tokens: readonly Token[]): Set<string> {
  return new Set(eventTypes.findAll(tokens).map((m) => m.value));
}

export interface ScopeReading {
  mainEvent: boolean;
  /** "In 2024, …": the year the sentence is set in, when it is not the current one. */
  pastYear: number | null;
}

export function readScope(tokens: readonly Token[], mainTypes: ReadonlySet<string>, publishedYear: number | null): ScopeReading {
  const pastYear = findPastYear(tokens, publishedYear);
  if (pastYear !== null) return { mainEvent: false, pastYear };
  if (comparisons.findAll(tokens).length > 0) return { mainEvent: false, pastYear: null };
  const types = new Set(eventTypes.findAll(tokens).map((m) => m.value));
  if (mainTypes.size > 0 && types.size > 0 && ![...types].some((t) => mainTypes.has(t))) return { mainEvent: false, pastYear: null };
  return { mainEvent: true, pastYear: null };
}

/** A bare year the sentence is set in ("In 2024", "from 2010 to 2020") before the publication year. */
function findPastYear(tokens: readonly Token[], publishedYear: number | null): number | null {
  if (publishedYear === null) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" || !/^\d{4}$/.test(t.norm)) continue;
    const year = Number(t.norm);
    if (year < 1900 || year >= publishedYear) continue;
    const before = tokens[i - 1]?.norm ?? "";
    // "since 2015" opens a period reaching today; "28 December 2025" is a full date of the event
    if (before === "since" || tokens[i - 1]?.kind === "num" || before === "," && tokens[i - 2]?.kind === "num") continue;
    if (PERIOD_WORDS.has(before) || i === 0) return year;
  }
  return null;
}
