// The day a figure describes, from the dates of its sentence: its own clause's, the one beside
// the verb that attributes it, the one of the clause it hangs on, or a day named before.
import type { Attribution } from "./attribution.js";
import { findDates, type DateMention } from "./dates.js";
import { EVENT_CLAUSE_OPENERS, ISSUING_WORDS } from "./lexicon/en.js";
import { tokenize, type Token } from "./text.js";

const CLAUSE_BREAKS = new Set([",", ";", "—", ":", "(", ")"]);

/** For each token, the number of its comma-delimited clause in the sentence. */
function clauseIndex(tokens: readonly Token[]): Int32Array {
  const index = new Int32Array(tokens.length);
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    index[k] = c;
    if (CLAUSE_BREAKS.has(tokens[k]!.norm)) c++;
  }
  return index;
}

/**
 * The date of the figure starting at token `at`: one in its own comma-delimited clause (a
 * period's end first); else one beside the verb that attributes it ("said on Tuesday that …");
 * else the day of the clause it hangs on (", killing …", ", when …"); else one in a short
 * clause of its own ("On Tuesday, …") or the end of a period fronting the sentence.
 */
export function dateOfFigure(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  at: number,
  attribution: Attribution | null,
  figures: ReadonlyArray<{ first: number }>,
): string | null {
  if (dates.length === 0) return null;
  const clauses = clauseIndex(tokens);
  const own = clauses[at]!;
  // "9 killed when gunmen attacked late on Tuesday, officials said on Wednesday": Tuesday is the attack's
  const same = dates.filter((d) => clauses[d.index] === own && !(d.index > at && opensEventClause(tokens, at, d.index)));
  // "said on Tuesday that … 1,614 civilians between 25 and 28 October": the period's end dates the count
  const periodEnd = same.find((d) => d.isPeriodEnd);
  if (periodEnd) return periodEnd.iso;
  if (same.length > 0) return same.reduce((a, b) => (Math.abs(b.index - at) < Math.abs(a.index - at) ? b : a)).iso;
  // "(BNPB), as of 4 October 2018 at 13:00 local time, 1,424 people have died": a period's end before the figure dates it
  const earlierEnd = dates.filter((d) => d.isPeriodEnd && d.index < at && !opensEventClause(tokens, d.index, at)).at(-1);
  if (earlierEnd) return earlierEnd.iso;
  if (attribution) {
    // "said in a statement on Friday", "told the Lok Sabha on Thursday that": the day ends the verb's phrase
    const besideVerb = dates.find((d) => Math.abs(d.index - attribution.at) <= 3 || inVerbPhrase(tokens, attribution.at, d.index));
    if (besideVerb) return besideVerb.iso;
    // "A study published in May … estimated that 4,645 people died": the day its source was issued
    const issued = dates.find((d) => d.index < attribution.at && ISSUING_WORDS.has(tokens[d.index - 2]?.norm ?? ""));
    if (issued) return issued.iso;
    // "Late on Tuesday the ministry issued its first tally: 78 dead": a day that opens the speaker's clause
    const opensSpeech = dates.find((d) => d.index < attribution.at && clauses[d.index] === clauses[attribution.at]);
    if (opensSpeech) return opensSpeech.iso;
  }
  const opener = tokens[clauses.indexOf(own)]?.norm ?? "";
  if (own > 0 && (/ing$/.test(opener) || opener === "when" || opener === "where")) {
    const before = dates.filter((d) => clauses[d.index] === own - 1).at(-1);
    if (before) return before.iso;
  }
  // "Between 20 October 2010 and 29 October 2016, the ministry recorded 9,480 deaths": the fronted period's end
  const fronted = frontedPeriodEnd(tokens, dates);
  if (fronted && dates.some((d) => d.iso === fronted && d.index < at)) return fronted;
  const figureClauses = new Set(figures.map((f) => clauses[f.first]));
  const clauseLength = (c: number) => clauses.filter((x) => x === c).length;
  return dates.find((d) => !figureClauses.has(clauses[d.index]) && clauseLength(clauses[d.index]!) <= 6)?.iso ?? null;
}

/** "at least 43 people were killed that day": the day is the last one the text named before. */
export const SAME_DAY = /\b(?:that|the same) (?:day|night|morning|afternoon|evening)\b/i;
const NAMED_DAY =
  /\b(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/g;

export function dayMentionedBefore(norm: string, offset: number, published: Date | null): string | null {
  const from = Math.max(0, offset - 2000);
  const window = norm.slice(from, offset);
  let last: RegExpExecArray | null = null;
  NAMED_DAY.lastIndex = 0;
  for (let m = NAMED_DAY.exec(window); m; m = NAMED_DAY.exec(window)) last = m;
  if (!last) return null;
  const start = from + last.index;
  return findDates(tokenize(norm, start, start + last[0].length), published)[0]?.iso ?? null;
}

/** Whether the date at `day` closes the phrase of the verb at `verb`: a few words after it, no clause or "that" between. */
function inVerbPhrase(tokens: readonly Token[], verb: number, day: number): boolean {
  if (day <= verb || day - verb > 8) return false;
  for (let k = verb + 1; k < day; k++) {
    const w = tokens[k]!.norm;
    if (CLAUSE_BREAKS.has(w) || w === "that" || tokens[k]!.kind === "num" || EVENT_CLAUSE_OPENERS.has(w)) return false;
  }
  return true;
}

/** Whether a clause about the event ("when …", "after …") opens between the figure and a date. */
function opensEventClause(tokens: readonly Token[], from: number, to: number): boolean {
  // "as of 15 January" closes the count's own period
  for (let k = from + 1; k < to; k++) if (EVENT_CLAUSE_OPENERS.has(tokens[k]!.norm) && tokens[k + 1]?.norm !== "of") return true;
  return false;
}

/**
 * "Between 28 April and 31 May, our teams documented …": a period fronted in the sentence's first
 * clause is the period of the paragraph's counts, whatever the sentence itself counts; its end
 * dates the figures after it that name no day of their own.
 */
export function frontedPeriodEnd(tokens: readonly Token[], dates: readonly DateMention[]): string | null {
  const comma = tokens.findIndex((t) => CLAUSE_BREAKS.has(t.norm));
  if (comma < 0 || comma > 12) return null;
  return dates.find((d) => d.index < comma && d.isPeriodEnd)?.iso ?? null;
}
