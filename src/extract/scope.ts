// Decides whether a figure is about the document's main event: not when its clause is set in
// another year, compares with another time, or names a different crisis or country than the
// document's opening does.
import { COMPARISON_CUES, EVENT_TYPES, MONTHS } from "./lexicon/en.js";
import { COUNTRIES } from "./lexicon/places.js";
import { PhraseTable, type Token } from "./text.js";

const eventTypes = new PhraseTable(Object.entries(EVENT_TYPES));
const comparisons = new PhraseTable(COMPARISON_CUES.map((c) => [c, true] as [string, boolean]));
const countries = new PhraseTable(COUNTRIES.map((c) => [c, c] as [string, string]));
const PERIOD_WORDS = new Set(["in", "during", "throughout", "from", "of", "for", "between", "the", "a", "and", "to"]);
const LOCATIVES = new Set(["in", "across", "throughout", "inside"]);
const BREAKS = new Set([",", ";", ":", "—", "(", ")"]);
const STARTS = new Set(["since", "began", "begun", "broke", "erupted", "started", "start", "beginning", "outbreak"]);
/** "since the 2021 coup", "died between October 2010 and April 2012": the lead's period is the main event's own time. */
const LEAD_PERIOD_WORDS = new Set(["coup", "between"]);
/** Clauses that continue the place of the clause before: "in Greece, where authorities said …". */
const CONTINUING = new Set(["where", "when", "which", "whose"]);

export interface DocumentScope {
  /** Kinds of crisis named in the opening (title and first lines). */
  types: Set<string>;
  /** Countries named in the opening. */
  countries: Set<string>;
  /** The earliest year the opening places the main event in ("gang violence in 2024", "since the 2021 coup"). */
  firstYear: number | null;
}

/**
 * The main event's kinds and places from the lead; the year it started from the headline, or from
 * the lead where it says so ("since the coup of 1 February 2021").
 */
export function readDocumentScope(tokens: readonly Token[], headline: readonly Token[]): DocumentScope {
  let firstYear: number | null = null;
  const consider = (list: readonly Token[], needsStart: boolean) => {
    list.forEach((t, i) => {
      if (t.kind !== "num" || t.norm.length !== 4 || !/^(19|20)\d\d$/.test(t.norm)) return;
      if (needsStart && !list.slice(Math.max(0, i - 6), i).some((x) => STARTS.has(x.norm) || LEAD_PERIOD_WORDS.has(x.norm))) return;
      const year = Number(t.norm);
      if (firstYear === null || year < firstYear) firstYear = year;
    });
  };
  consider(headline, false);
  consider(tokens.slice(headline.length), true);
  return {
    types: new Set(eventTypes.findAll(tokens).map((m) => m.value)),
    countries: new Set(countries.findAll(tokens).filter((m) => /^\p{Lu}/u.test(tokens[m.index]!.text)).map((m) => m.value)),
    firstYear,
  };
}

export interface ScopeReading {
  mainEvent: boolean;
  /** "In 2024, …": the year the figure's clause is set in, when it is not the current one. */
  pastYear: number | null;
}

/** Reads a sentence's scope cues once; returns the reading for the figure whose first token is `at`. */
export function sentenceScope(tokens: readonly Token[], main: DocumentScope, publishedYear: number | null): (at: number) => ScopeReading {
  const years = settingYears(tokens, publishedYear);
  const compares = comparisons.findAll(tokens);
  const types = eventTypes.findAll(tokens);
  const places = main.countries.size > 0 ? countries.findAll(tokens).filter((m) => LOCATIVES.has(tokens[m.index - 1]?.norm ?? "") && /^\p{Lu}/u.test(tokens[m.index]!.text)) : [];
  // "20,000 migrant deaths in the Mediterranean since 2014": a count reaching back before the event began
  const since = main.firstYear === null ? [] : tokens.flatMap((t, i) => (t.norm === "since" && /^\d{4}$/.test(tokens[i + 1]?.norm ?? "") && Number(tokens[i + 1]!.norm) < main.firstYear! ? [i] : []));
  const thenClauses = earlierEventClauses(tokens, publishedYear);
  return (at) => {
    const then = thenClauses.find((c) => at > c.from && at < c.to);
    if (then) return { mainEvent: false, pastYear: then.year };
    if (since.some((i) => !between(tokens, Math.min(i, at), Math.max(i, at), (n) => n === ";" || n === "."))) return { mainEvent: false, pastYear: null };
    // a year the opening already places the main event in is the event's own time, not another's
    const pastYear = yearGoverning(tokens, years, at);
    if (pastYear !== null) return { mainEvent: main.firstYear !== null && pastYear >= main.firstYear, pastYear };
    let [from, to] = clauseAround(tokens, at);
    if (CONTINUING.has(tokens[from]?.norm ?? "") && from > 1) from = clauseAround(tokens, from - 2)[0];
    // "in Gaza, the WHO says …", "Two decades earlier, …": a short adjunct before the clause belongs to it
    if (from > 1 && from - 1 - clauseAround(tokens, from - 2)[0] <= 4) {
      from = clauseAround(tokens, from - 2)[0];
    }
    if (compares.some((m) => m.index >= from && m.index < to)) return { mainEvent: false, pastYear: null };
    if (types.length === 0 && places.length === 0) return { mainEvent: true, pastYear: null };
    const here = types.filter((m) => m.index >= from && m.index < to).map((m) => m.value);
    if (main.types.size > 0 && here.length > 0 && !here.some((t) => main.types.has(t))) return { mainEvent: false, pastYear: null };
    // another country counts as another event where the clause names an event there ("flooding in Greece")
    if (here.length > 0 && places.some((m) => m.index >= from && m.index < to && !main.countries.has(m.value))) return { mainEvent: false, pastYear: null };
    return { mainEvent: true, pastYear: null };
  };
}

/**
 * "the deadliest in Italy since 2009, when an earthquake in L'Aquila killed 309", "the worst since
 * the 2004 tsunami, which killed over 8,000": the clause that tells what happened in the past year
 * a superlative reaches back to is about that earlier event, set in that year. Token ranges from
 * the "when" or "which" to the end of the sentence.
 */
function earlierEventClauses(tokens: readonly Token[], publishedYear: number | null): Array<{ from: number; to: number; year: number }> {
  if (publishedYear === null) return [];
  const found: Array<{ from: number; to: number; year: number }> = [];
  tokens.forEach((t, i) => {
    if (t.norm !== "since") return;
    let k = i + 1;
    while (k < tokens.length && k - i <= 8 && !(/^\d{4}$/.test(tokens[k]!.norm) && Number(tokens[k]!.norm) < publishedYear)) {
      if (BREAKS.has(tokens[k]!.norm) || tokens[k]!.norm === ".") return;
      k++;
    }
    if (k - i > 8 || k >= tokens.length) return;
    for (let j = k + 1; j < tokens.length && j - k <= 8; j++) {
      const w = tokens[j]!.norm;
      if (w === ";" || w === ".") return;
      if (w === "when" || w === "which") {
        let end = j;
        while (end < tokens.length && tokens[end]!.norm !== ";" && tokens[end]!.norm !== ".") end++;
        found.push({ from: j, to: end, year: Number(tokens[k]!.norm) });
        return;
      }
    }
  });
  return found;
}

/** Token range of the comma-delimited clause holding token `at`. */
function clauseAround(tokens: readonly Token[], at: number): [number, number] {
  let from = at;
  while (from > 0 && !BREAKS.has(tokens[from - 1]!.norm)) from--;
  let to = at;
  while (to < tokens.length && !BREAKS.has(tokens[to]!.norm)) to++;
  return [from, to];
}

/** Bare past years a sentence is set in ("In 2024", "the 1999 Izmit earthquake"), with their positions. */
function settingYears(tokens: readonly Token[], publishedYear: number | null): Array<{ index: number; year: number }> {
  if (publishedYear === null) return [];
  const found: Array<{ index: number; year: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" || t.norm.length !== 4 || !/^\d{4}$/.test(t.norm)) continue;
    const year = Number(t.norm);
    if (year < 1900 || year >= publishedYear) continue;
    const before = tokens[i - 1];
    // "since 2015" opens a period reaching today; "28 December 2025" is a full date of the event;
    // "more than in 2023" is what a figure is compared with
    if (before?.norm === "since" || before?.kind === "num" || (before?.norm === "," && tokens[i - 2]?.kind === "num")) continue;
    if (before && MONTHS[before.norm] !== undefined && tokens[i - 2]?.kind === "num") continue;
    if (tokens.slice(Math.max(0, i - 3), i).some((x) => x.norm === "than")) continue;
    // "the war, which broke out in April 2023, has displaced …": when the main event began
    if (tokens.slice(Math.max(0, i - 5), i).some((x) => STARTS.has(x.norm))) continue;
    const setting = i === 0 || PERIOD_WORDS.has(before?.norm ?? "") || (before !== undefined && MONTHS[before.norm] !== undefined);
    if (setting) found.push({ index: i, year });
  }
  return found;
}

/** A year before the figure governs it up to a semicolon; a year after it only within its clause. */
function yearGoverning(tokens: readonly Token[], years: ReadonlyArray<{ index: number; year: number }>, at: number): number | null {
  let found: number | null = null;
  for (const { index, year } of years) {
    if (index < at ? !between(tokens, index, at, (n) => n === ";") : !between(tokens, at, index, (n) => BREAKS.has(n))) found = year;
  }
  return found;
}

function between(tokens: readonly Token[], from: number, to: number, isBreak: (norm: string) => boolean): boolean {
  for (let k = from + 1; k < to; k++) if (isBreak(tokens[k]!.norm)) return true;
  return false;
}
