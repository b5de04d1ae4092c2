// The claim pipeline over one document: lines → sentences → figures → hedge, metric,
// population, claimant, status, as-of and scope → one claim per figure → duplicates merged.
import { attachFigure } from "./attach.js";
import { attributionFor, findAttributions, type Attribution, type SentenceAttributions } from "./attribution.js";
import { findGazetteerClaimant, findGazetteerName, mayNameSource, resolveClaimant, type Claimant, type ClaimantHistory } from "./claimants.js";
import { findDates, parseIsoDate, timelineDate, type DateMention } from "./dates.js";
import { mergeDuplicateClaims } from "./dedupe.js";
import { readBounds } from "./hedges.js";
import { findFigures } from "./numbers.js";
import { readDocumentScope, sentenceScope, type DocumentScope, type ScopeReading } from "./scope.js";
import { splitLines, splitSentences, type Span } from "./sentences.js";
import { readStatus } from "./status.js";
import { normaliseForMatching, tokenize, type Token } from "./text.js";
import type { Claim, Status } from "./types.js";

/** Lines worth reading: a cue of one of the seven metrics (the prefilter that keeps extraction fast). */
const TRIGGER = /kill|dead|death|die[sd]?\b|dying|fatal|martyr|toll|lives|life\b|slain|murder|perish|bod(?:y|ies)|corpse|massacr|drown|buried|injur|wound|hurt|hospitali|treat|maim|detain|detention|arrest|custody|jail|imprison|rounded up|prisoner|apprehend|captur|held|holding|execut|hang|missing|unaccounted|disappear|displac|fled|flee|homeless|homes|shelter|tents|evacu|uproot|refugee|victim|figure|tally|count|\blist\b|\bnumber\b|abduct|kidnap|hostage|seiz|captive|lynch|behead|gunned|taken|searching|camps|relief|accounted|stood at/i;
const HAS_NUMBER = /[0-9\u06f0-\u06f9\u0660-\u0669]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores)\b/i;
const CLAUSE_BREAKS = new Set([";", "—", ":", "(", ")"]);
/** A sentence that is a part of the count before it: "Of those, …", "Among them are …". */
const PART_OPENER = /^(?:of|among) (?:those|them|these|whom|the dead|the victims)\b/i;
/** A line that may open with a date: a day number, a month or a weekday. */
const TIMELINE_START = /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

interface PendingClaim extends Claim {
  inTitle: boolean;
}

/** One line of the text: a headline, a paragraph, or a timeline entry. */
interface ParagraphState {
  /** "9 January: …" dates every figure of the line. */
  timeline: string | null;
  inTitle: boolean;
  lastClaim: PendingClaim | null;
}

interface DocumentState {
  text: string;
  norm: string;
  published: Date | null;
  publishedIso: string | null;
  scope: DocumentScope;
  history: ClaimantHistory;
  /** The as-of of each claimant's latest claim, for sentences that refer back to it. */
  lastAsOf: Map<Claimant, string | null>;
  lastClaim: PendingClaim | null;
  claims: PendingClaim[];
}

export function extractClaims(text: string, publishedIso: string | null): Claim[] {
  const norm = normaliseForMatching(text);
  const published = publishedIso ? parseIsoDate(publishedIso) : null;
  // A header block ("Title: …", "URL: …") describes the report; only its title is read, as the headline.
  const allLines = splitLines(text);
  let headerTitle: Span | null = null;
  let bodyStart = 0;
  while (bodyStart < allLines.length && HEADER_LINE.test(text.slice(allLines[bodyStart]!.start, allLines[bodyStart]!.end))) {
    const line = allLines[bodyStart]!;
    if (/^title:/i.test(text.slice(line.start, line.end))) headerTitle = line;
    bodyStart++;
  }
  // a headline repeated under the header is the same headline
  const titleText = headerTitle ? text.slice(headerTitle.start, headerTitle.end).replace(/^title:\s*/i, "").trim() : null;
  const body = allLines.slice(bodyStart).filter((l) => titleText === null || text.slice(l.start, l.end).trim() !== titleText);
  const lines = headerTitle ? [headerTitle, ...body] : body;
  const titleLine = headerTitle ?? (lines[0] && isHeadline(text, lines[0]) ? lines[0] : null);
  const opening = lines.slice(0, 4);
  const state: DocumentState = {
    text, norm, published, publishedIso: published ? publishedIso : null,
    scope: readDocumentScope(leadTokens(text, norm, lines, titleLine), titleLine ? tokenize(norm, titleLine.start, titleLine.end) : []),
    history: [], lastAsOf: new Map(), lastClaim: null, claims: [],
  };
  // The first source named in the header or headline speaks as "we" in a statement of its own.
  for (const l of opening) {
    const lineTokens = tokenize(norm, l.start, Math.min(l.end, l.start + 400));
    const author = findGazetteerClaimant(lineTokens, 0, lineTokens.length - 1);
    if (author) {
      state.history.push(author.claimant);
      break;
    }
  }
  for (const line of lines) {
    const lineText = norm.slice(line.start, line.end);
    if (!(HAS_NUMBER.test(lineText) && (TRIGGER.test(lineText) || /\b(?:of|among) (?:those|them|these)\b/i.test(lineText))) && !mayNameSource(lineText)) {
      restateStatus(state, lineText);
      continue;
    }
    const paragraph: ParagraphState = {
      timeline: TIMELINE_START.test(lineText) ? timelineDate(tokenize(norm, line.start, Math.min(line.end, line.start + 40)), published) : null,
      inTitle: line === titleLine,
      lastClaim: null,
    };
    for (const sentence of splitSentences(text, line)) readSentence(state, sentence, paragraph);
  }
  return mergeDuplicateClaims(attributeHeadline(state.claims));
}

/**
 * The tokens that say what the document is about: its headline and the first sentence of its
 * body (header, date and byline lines passed over), where reports name the crisis and place.
 */
function leadTokens(text: string, norm: string, lines: Span[], titleLine: Span | null): Token[] {
  const tokens = titleLine ? tokenize(norm, titleLine.start, titleLine.end) : [];
  for (const line of lines.slice(titleLine ? 1 : 0, 8)) {
    const words = text.slice(line.start, line.end);
    if (line.end - line.start < 60 || /^[A-Z][a-z]+:\s/.test(words)) continue;
    const first = splitSentences(text, line)[0];
    if (first) tokens.push(...tokenize(norm, first.start, first.end));
    break;
  }
  return tokens;
}

const HEADER_LINE = /^(?:title|outlet|published|date|url|language|lang|source|author|byline):\s/i;

/** A first line with no closing punctuation reads as a headline. */
function isHeadline(text: string, line: Span): boolean {
  return !/[.!?]["'\u201d\u2019)]?$/.test(text.slice(line.start, line.end)) && line.end - line.start < 400;
}

function readSentence(state: DocumentState, sentence: Span, paragraph: ParagraphState): void {
  const { timeline, inTitle } = paragraph;
  const sentenceText = state.norm.slice(sentence.start, sentence.end);
  const mayClaim = HAS_NUMBER.test(sentenceText) && (TRIGGER.test(sentenceText) || PART_OPENER.test(sentenceText));
  if (!mayClaim) restateStatus(state, sentenceText);
  if (!mayClaim && !mayNameSource(sentenceText)) return;
  const tokens = tokenize(state.norm, sentence.start, sentence.end);
  const figures = mayClaim ? findFigures(tokens) : [];
  if (figures.length === 0) {
    // a sentence without figures may still name the source the next one calls "the group"
    const named = findGazetteerClaimant(tokens, 0, tokens.length - 1);
    if (named) state.history.push(named.claimant);
    return;
  }
  // Attributions and dates are read only once a figure proves to count people.
  let attrs: SentenceAttributions | null = null;
  const opensWithPart = PART_OPENER.test(sentenceText);
  let dates: DateMention[] | null = null;
  const evidence = { text: state.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  let previous: { claim: PendingClaim; attribution: Attribution | null } | null = null;
  let scopeOf: ((at: number) => ScopeReading) | null = null;
  let leftLimit = 0;

  for (let i = 0; i < figures.length; i++) {
    const bounds = readBounds(tokens, figures, i);
    const figure = figures[i]!;
    const nextIndex = i + 1 + bounds.consumed;
    const rightLimit = figures[nextIndex]?.first ?? tokens.length;
    const figureLeft = leftLimit;
    const attached = attachFigure(tokens, bounds.first, bounds.last, figureLeft, rightLimit, previous !== null);
    i += bounds.consumed;
    if (!attached) continue;
    leftLimit = attached.end + 1;
    // "134 of them children": a part of the count before, in this sentence or the last one
    const pronounPartitive = attached.partitive && ["them", "whom", "these", "those"].includes(tokens[figure.last + 2]?.norm ?? "");
    // "Of those, 19,973 remain behind bars"; "Among them are 518 children": the sentence is a part of the last count
    const partOfLast: boolean = previous === null && opensWithPart && state.lastClaim !== null;
    const whole: PendingClaim | null = previousClaim(previous) ?? ((pronounPartitive && attached.canInherit) || partOfLast ? state.lastClaim : null);
    const inherited: boolean = attached.metric === null && (attached.canInherit || partOfLast) && whole !== null;
    // "put its count at 648", "the true number could be as high as 3,000": the count in hand continues
    const framedBy = attached.framed ? previous?.claim ?? state.lastClaim : null;
    const metric = attached.metric ?? (inherited ? whole!.metric : framedBy?.metric ?? null);
    if (!metric) continue;
    if (figure.isOne && (!attached.hasHead || tokens[figure.last + 1]?.norm === "of" || isNamedVictim(tokens, attached.end))) continue;
    // "a shopkeeper whose wife and two sons are missing": one person's own loss, not a count
    if (tokens.slice(Math.max(0, bounds.first - 5), bounds.first).some((t) => t.norm === "whose")) continue;
    scopeOf ??= sentenceScope(tokens, state.scope, state.published?.getUTCFullYear() ?? null);
    const scope = scopeOf(bounds.first);

    attrs ??= findAttributions(state.text, tokens, state.history);
    dates ??= findDates(tokens, state.published).filter((d) => !d.isStart);
    const attribution: Attribution | null =
      parentheticalSource(state, tokens, attached.end) ?? attributionFor(attrs, bounds.first) ?? (inherited && previous ? previous.attribution : null);
    const partOfEarlier = (attached.partitive || partOfLast) && !attribution && state.lastClaim !== null;
    const clauseEnd = findClauseEnd(tokens, attached.end, rightLimit);
    // a figure continuing the one before keeps its status, unless a source of its own vouches otherwise
    const sameVoice = inherited && (!attribution || attribution === previous?.attribution);
    const ownStatus = readStatus(tokens, sameVoice ? bounds.first : regionStart(attribution, bounds.first, figureLeft, tokens), clauseEnd, bounds.first);
    const status: Status = ownStatus ?? (sameVoice ? whole!.status : attribution?.status ?? (partOfEarlier ? state.lastClaim!.status : "reported"));

    // A paragraph speaks with one voice: an unattributed figure continues the last attribution in it.
    const earlier = partOfEarlier ? state.lastClaim : !attribution && !inTitle ? previous?.claim ?? paragraph.lastClaim : null;
    const claimant = attribution?.claimant ?? (earlier?.claimant ? { name: earlier.claimant, kind: earlier.claimantKind } : null);
    const date =
      dateOfFigure(tokens, dates, bounds.first, attribution, figures) ??
      (SAME_DAY.test(sentenceText) ? dayMentionedBefore(state, sentence.start) : null) ??
      (sameVoice ? whole!.asOf : null);
    const referredBack = attribution && state.history.includes(attribution.claimant) ? state.lastAsOf.get(attribution.claimant) : undefined;
    const asOf =
      date ?? timeline ?? (scope.pastYear !== null ? `${scope.pastYear}-12-31` : null) ?? (partOfEarlier ? state.lastClaim!.asOf : null) ?? referredBack ?? state.publishedIso;

    // "some 400 of them", "dozens of them": a part of the count before it, of its people
    // "123 civilians were killed and at least 581 were injured": a bare figure counts the same people
    const population = attached.population === "all" && (attached.partitive || (attached.elliptical && previous)) && whole ? whole.population : attached.population;
    const claim: PendingClaim = {
      metric,
      population,
      min: bounds.min,
      max: bounds.max,
      qualifier: bounds.qualifier,
      claimant: claimant?.name || null,
      claimantKind: claimant?.name ? claimant.kind : null,
      status,
      asOf,
      mainEvent: partOfEarlier ? state.lastClaim!.mainEvent && scope.mainEvent : scope.mainEvent,
      evidence,
      inTitle,
    };
    state.claims.push(claim);
    if (attribution) state.lastAsOf.set(attribution.claimant, asOf);
    previous = { claim, attribution };
  }
  if (attrs) {
    for (const a of [attrs.wide, ...attrs.prefix, attrs.trailing, attrs.citing]) if (a && !state.history.includes(a.claimant)) state.history.push(a.claimant);
  } else {
    const named = findGazetteerClaimant(tokens, 0, tokens.length - 1);
    if (named) state.history.push(named.claimant);
  }
  if (previous) state.lastClaim = paragraph.lastClaim = previous.claim;
}

/** For each token, the number of its comma-delimited clause in the sentence. */
function clauseIndex(tokens: readonly Token[]): Int32Array {
  const index = new Int32Array(tokens.length);
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    index[k] = c;
    if (tokens[k]!.norm === "," || CLAUSE_BREAKS.has(tokens[k]!.norm)) c++;
  }
  return index;
}

/** "the figures represent estimates", "the toll is unverified": a later word on the last figure's status. */
const STATUS_RESTATEMENT =
  /\b(?:the|these|those|its|their|this|that) (?:figures?|tolls?|numbers?|counts?|tally|tallies|estimates?) (?:are|is|represent|represents|were|was|remain|remains) (?:only |still |just |an? |not yet )?(estimates?|unverified|verified|confirmed|unconfirmed|projections?)\b/i;
const RESTATED_STATUS: Record<string, Status> = {
  estimate: "estimate", estimates: "estimate", projection: "estimate", projections: "estimate",
  unverified: "under_review", unconfirmed: "under_review", verified: "verified", confirmed: "verified",
};

function restateStatus(state: DocumentState, sentenceText: string): void {
  const last = state.lastClaim;
  if (!last) return;
  const m = STATUS_RESTATEMENT.exec(sentenceText);
  if (!m) return;
  const status = RESTATED_STATUS[m[1]!.toLowerCase()];
  if (!status) return;
  for (const c of state.claims) if (c.evidence.start === last.evidence.start && c.claimant === last.claimant) c.status = status;
}

/** "at least 43 people were killed that day": the day is the last one the text named before. */
const SAME_DAY = /\b(?:that|the same) (?:day|night|morning|afternoon|evening)\b/i;
const NAMED_DAY =
  /\b(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/g;

function dayMentionedBefore(state: DocumentState, offset: number): string | null {
  const from = Math.max(0, offset - 2000);
  const window = state.norm.slice(from, offset);
  let last: RegExpExecArray | null = null;
  NAMED_DAY.lastIndex = 0;
  for (let m = NAMED_DAY.exec(window); m; m = NAMED_DAY.exec(window)) last = m;
  if (!last) return null;
  const start = from + last.index;
  return findDates(tokenize(state.norm, start, start + last[0].length), state.published)[0]?.iso ?? null;
}

/** "Displaced from Rafah: nearly 450,000 (UNRWA)": a source in brackets right after the figure. */
function parentheticalSource(state: DocumentState, tokens: readonly Token[], end: number): Attribution | null {
  if (tokens[end + 1]?.norm !== "(") return null;
  let close = end + 2;
  while (close < tokens.length && close - end < 10 && tokens[close]!.norm !== ")") close++;
  if (tokens[close]?.norm !== ")") return null;
  const named = findGazetteerClaimant(tokens, end + 2, close - 1);
  const claimant = named?.claimant ?? resolveClaimant(state.text, tokens, end + 2, close - 1, state.history);
  return claimant ? { claimant, status: null, at: end + 1 } : null;
}

function previousClaim(previous: { claim: PendingClaim } | null): PendingClaim | null {
  return previous ? previous.claim : null;
}

/** The status cue region starts at the attributing verb ("has confirmed 646 deaths") or the clause. */
function regionStart(attribution: Attribution | null, first: number, leftLimit: number, tokens: readonly Token[]): number {
  if (attribution && attribution.at < first) return Math.max(attribution.at, leftLimit);
  let i = first - 1;
  while (i >= leftLimit && !CLAUSE_BREAKS.has(tokens[i]!.norm)) i--;
  return i + 1;
}

/**
 * Where a figure's clause ends for reading its status: at a comma, a break or "and that", but on
 * through an appositive about the figure (", a figure the group said it had confirmed").
 */
function findClauseEnd(tokens: readonly Token[], from: number, rightLimit: number): number {
  let i = from + 1;
  while (i < rightLimit && !CLAUSE_BREAKS.has(tokens[i]!.norm) && tokens[i]!.norm !== ",") {
    if ((tokens[i]!.norm === "and" && tokens[i + 1]?.norm === "that") || tokens[i]!.norm === "while" || tokens[i]!.norm === "but") break;
    i++;
  }
  const a = tokens[i + 1]?.norm;
  const b = tokens[i + 2]?.norm;
  if (tokens[i]?.norm === "," && ((a === "a" && FIGURE_NOUNS.has(b ?? "")) || a === "which")) return findClauseEnd(tokens, i + 1, rightLimit);
  return i - 1;
}

const FIGURE_NOUNS = new Set(["figure", "number", "toll", "count", "tally", "total", "claim"]);

/**
 * The date of a figure: one in its own comma-delimited clause; else one beside the verb that
 * attributes it ("said on Tuesday that …"); else one in a short clause of its own ("On Tuesday, …").
 */
function dateOfFigure(
  tokens: readonly Token[],
  dates: ReadonlyArray<{ index: number; iso: string; isPeriodEnd: boolean }>,
  at: number,
  attribution: Attribution | null,
  figures: ReadonlyArray<{ first: number }>,
): string | null {
  if (dates.length === 0) return null;
  const clauses = clauseIndex(tokens);
  const clauseOf = (i: number) => clauses[i]!;
  const own = clauseOf(at);
  const same = dates.filter((d) => clauseOf(d.index) === own);
  // "said on Tuesday that … 1,614 civilians between 25 and 28 October": the period's end dates the count
  const periodEnd = same.find((d) => d.isPeriodEnd);
  if (periodEnd) return periodEnd.iso;
  if (same.length > 0) return same.reduce((a, b) => (Math.abs(b.index - at) < Math.abs(a.index - at) ? b : a)).iso;
  if (attribution) {
    const besideVerb = dates.find((d) => Math.abs(d.index - attribution.at) <= 3);
    if (besideVerb) return besideVerb.iso;
  }
  // "… attacked on Oct. 7, killing about 1,200 people", "… of Thursday, when a missile killed seven":
  // a clause hanging on the one before happens on its day
  const opener = tokens[clauses.indexOf(own)]?.norm ?? "";
  if (own > 0 && (/ing$/.test(opener) || opener === "when" || opener === "where")) {
    const before = dates.filter((d) => clauseOf(d.index) === own - 1).at(-1);
    if (before) return before.iso;
  }
  const figureClauses = new Set(figures.map((f) => clauseOf(f.first)));
  const clauseLength = (c: number) => clauses.filter((x) => x === c).length;
  return dates.find((d) => !figureClauses.has(clauseOf(d.index)) && clauseLength(clauseOf(d.index)) <= 6)?.iso ?? null;
}

/** "one detainee, Arfan Soltani, …": a named person's own case is a victim record, not a claim. */
function isNamedVictim(tokens: readonly Token[], end: number): boolean {
  const a = tokens[end + 1];
  const b = tokens[end + 2];
  const c = tokens[end + 3];
  return a?.norm === "," && !!b && /^\p{Lu}/u.test(b.text) && !!c && /^\p{Lu}/u.test(c.text);
}

/**
 * A headline figure credited to no one, or to a description ("rights group says"), takes the
 * claimant the body names for that metric: headlines abbreviate the body's sourcing.
 */
function attributeHeadline(claims: PendingClaim[]): PendingClaim[] {
  for (const c of claims) {
    if (!c.inTitle || (c.claimant && findGazetteerName(c.claimant))) continue;
    const source = claims.find(
      (o) => !o.inTitle && o.metric === c.metric && o.claimant && o.mainEvent && (!c.claimant || (findGazetteerName(o.claimant) && o.claimantKind === c.claimantKind)),
    );
    if (source) {
      c.claimant = source.claimant;
      c.claimantKind = source.claimantKind;
    }
  }
  return claims;
}
