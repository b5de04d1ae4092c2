// The day a figure of a pack's language stands at, and whether it is of the main event: a past year
// its clause is set in, the day its count stands at or its source spoke, else a day the text carries
// over (the paragraph's, the count it continues, its source's last, the publication's).
import type { Words } from "../trace.js";
import { pastYearOf, type DatedPhrase } from "./claim-days.js";
import type { ClaimLexicon } from "./claim-words.js";
import { nearest } from "./figure-nearness.js";
import type { DocumentState, ParagraphState, PendingClaim, SentenceFigure, SentenceReading } from "./pack-reading-state.js";
import type { PackSource, SentenceAttribution } from "./sentence-sources.js";
import { clauseMarksBetween, documentSpan, type SentenceWords } from "./sentence-words.js";

/** How far (in words) after a source's name a day may stand and date what it said (a title between commas, "روز"). */
const SPEAKER_DAY_REACH = 6;

export interface FigureScope {
  /** A past year the figure's clause is set in, with its last day. */
  pastYear: { iso: string; first: number } | null;
  /** Whether that year is the one the headline or lead sets the report in. */
  ofPeriod: boolean;
  mainEvent: boolean;
}

/** Whether a figure is of the main event: not set in a past year (but the report's own), and not a part of a count that is not. */
export function scopeOf(state: DocumentState, words: SentenceWords, f: SentenceFigure, sentence: SentenceReading, whole: PendingClaim | null): FigureScope {
  const pastYear = pastYearOf(state.pack, state.published, words, f, sentence.dayTokens, sentence.figureTokens);
  const ofPeriod = pastYear !== null && pastYear.iso === state.periodYear;
  const mainEvent = (pastYear === null || ofPeriod) && (whole ? whole.mainEvent : true);
  return { pastYear, ofPeriod, mainEvent };
}

/** The rule that dated a figure: the day, why, and the words it stands on. */
export interface AsOfRule {
  iso: string;
  why: string;
  words: Words;
}

/** The days of the sentence that may date a figure, and the one that does. */
interface FigureDays {
  /** The day the count stands at ("تا ۲۳ دی"). */
  standsAt: DatedPhrase | null;
  /** The day beside the cue that attributes it ("X said on Tuesday"). */
  byCue: DatedPhrase | null;
  /** The one of them, or a day in the figure's clause, that dates it. */
  day: DatedPhrase | null;
}

/**
 * The day a figure stands at and the rule that gave it (null when none did), remembering the day its source
 * spoke for its later figures without a day of their own.
 */
export function asOfOf(state: DocumentState, paragraph: ParagraphState, words: SentenceWords, f: SentenceFigure, sentence: SentenceReading, attribution: SentenceAttribution | null, claimant: PackSource | null, whole: PendingClaim | null, scope: FigureScope): AsOfRule | null {
  const lexicon = state.pack.claims;
  const { pastYear, mainEvent } = scope;
  const { standsAt, byCue, day } = figureDays(words, lexicon, f, sentence, attribution);
  const continued = !attribution && mainEvent ? paragraph.lastClaim : null;
  // Each rule: the day, why, the words it stands on, and whether it is the day a source spoke ("X said on
  // Tuesday"), which its later figures without a day of their own take; a day a count stands at or an event's day is not.
  const sourceDay = mainEvent && claimant ? state.sourceDays.get(claimant.name) : null;
  const asOfRules: Array<[string | null | undefined, string, Words, boolean]> = [
    [pastYear?.iso, "a past year the clause is set in: its last day", pastYear ? documentSpan(words, pastYear.first, pastYear.first) : null, false],
    [day?.iso, day === standsAt ? "the day the count stands at" : day === byCue ? "the day beside the cue that attributes it" : "a day named in the figure's clause", day ? documentSpan(words, day.first, day.last) : null, day !== null && day !== standsAt && day === byCue],
    [sentence.sameDay, "'that same day': the last day named before", null, false],
    [mainEvent ? paragraph.statedDay : null, "the day a sentence before it in the paragraph gives", null, true],
    [whole?.asOf, "the day of the count it is a part of", { from: whole }, false],
    [continued?.asOf, "the day of the count before it in the paragraph, whose voice it continues", { from: continued }, false],
    // A count over the year the report is set in stands at the year's end, whenever its source spoke of it
    // ("Amnesty'nin bugün yayımlanan raporuna göre … İran'da en az 853 kişi idam edildi").
    [mainEvent ? state.periodYear : null, "the past year the headline or lead sets the report in: its last day", null, false],
    [sourceDay, "the day its source last spoke, as the text dates it", null, true],
    [state.published, "the document's publication date", null, false],
  ];
  const asOfRule = asOfRules.find((rule): rule is [string, string, Words, boolean] => rule[0] !== null && rule[0] !== undefined) ?? null;
  const asOf = asOfRule?.[0] ?? null;
  // The day beside the cue dates the statement even where the count stands at another ("X said on Sunday that … until
  // the end of October"), unless it stands past a subordinator, in what was said ("اعلام کرد که روز جمعه …").
  const saidOn = attribution && byCue && lexicon.subordinators.findAll(words.tokens, words.folded, attribution.cue.last + 1, byCue.first - 1).length === 0 ? byCue.iso : null;
  const spokenDay = saidOn ?? (asOfRule?.[3] && day !== byCue ? asOf : null);
  if (mainEvent && claimant && spokenDay) state.sourceDays.set(claimant.name, spokenDay);
  return asOfRule ? { iso: asOfRule[0], why: asOfRule[1], words: asOfRule[2] } : null;
}

/**
 * The day the count stands at ("تا ۲۳ دی"), else the day beside the cue ("X said on Tuesday"), else a day in the
 * figure's clause.
 */
function figureDays(words: SentenceWords, lexicon: ClaimLexicon, f: SentenceFigure, sentence: SentenceReading, attribution: SentenceAttribution | null): FigureDays {
  const { days } = sentence;
  const inClause = days.filter((d) => clauseMarksBetween(words, Math.min(d.last, f.last), Math.max(d.first, f.first)) === 0);
  const standsAt = inClause.find((d) => lexicon.asOfBefore.findAll(words.tokens, words.folded, Math.max(0, d.first - 3), d.first - 1).some((m) => m.last === d.first - 1)) ?? null;
  const byCue = attribution ? cueDay(sentence, attribution) : null;
  const day = standsAt ?? byCue ?? nearest(inClause, f, (d) => d);
  return { standsAt, byCue, day };
}

/**
 * "X said on Tuesday": a day beside the cue of the figure's source, or beside another cue of the sentence ("افزود که دیروز").
 * "حسین کرمانپور، سخنگوی …، روز پنجشنبه … اعلام کرد", "Fuat Oktay perşembe akşamı … söyledi": a weekday or day counted
 * back right after the source's name, before its cue with no figure between, dates what it said; so does one right
 * after a name its cue opens ("أعلن وزير الصحة، مساء الإثنين، أن …").
 */
function cueDay(sentence: SentenceReading, attribution: SentenceAttribution): DatedPhrase | null {
  const { days, sources, figures } = sentence;
  const { named, cue } = attribution;
  const bySpeaker = days.find((d) => d.spoken && d.first > named.last && d.first - named.last <= SPEAKER_DAY_REACH && (d.last < cue.first || cue.last < named.first) && !figures.some((g) => g.first > named.last && g.first < d.first)) ?? null;
  return bySpeaker ?? nearest(days, cue, (d) => d, 3) ?? sources.map((a) => nearest(days, a.cue, (d) => d, 3)).find((d) => d !== null) ?? null;
}
