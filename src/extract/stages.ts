// The named stages a Candidate passes through once the sentence's parsers have found its figure,
// its hedge and what it counts (in the spirit of chrono's parsers and refiners). Each stage reads
// the candidate and its sentence and fills its own fields; a field's fallbacks are one ordered
// rule table (field-rules.ts) that both decides the value and explains it.
import { dateOfFigure, dayMentionedBefore, SAME_DAY } from "./as-of.js";
import { attachFigure } from "./attach.js";
import { attributionFor, findAttributions, type Attribution } from "./attribution.js";
import type { Candidate, PendingClaim } from "./candidate.js";
import { findGazetteerClaimant, resolveClaimant, type Claimant } from "./claimants.js";
import { findDates } from "./dates.js";
import { decideField, firstRule, ruleText, type FieldRule, type FieldRules } from "./field-rules.js";
import { footnoteOf, isFootnoteMarker } from "./footnotes.js";
import type { Bounds } from "./hedges.js";
import { sentenceScope } from "./scope.js";
import { readStatus, statusRegionEnd, statusRegionStart } from "./status.js";
import type { Token } from "./text.js";
import { timelineWords } from "./trace.js";
import { inheritedVoice } from "./voice.js";
import type { Claim, Metric, Population, Status } from "../domain/claim.js";
import { ATTRIBUTION_VERBS, METRIC_CUES } from "./lexicon/en.js";

export interface CandidateStage {
  name: string;
  /** Fills the stage's fields; false drops the candidate (it counts no one). */
  run(c: Candidate): boolean;
}

/** The stages, in the order they run. */
export const CANDIDATE_STAGES: readonly CandidateStage[] = [
  { name: "bounds", run: recordBounds },
  { name: "metric", run: readMetric },
  { name: "scope", run: readScope },
  { name: "source", run: readSource },
  { name: "status", run: readCandidateStatus },
  { name: "claimant", run: readClaimant },
  { name: "as-of", run: readAsOf },
  { name: "population", run: readPopulation },
  { name: "main event", run: readMainEvent },
];

/** Runs every stage over the candidate; false when one dropped it. */
export function runStages(c: Candidate): boolean {
  for (const stage of CANDIDATE_STAGES) if (!stage.run(c)) return false;
  return true;
}

/** The claim a candidate that passed every stage makes. */
export function claimOf(c: Candidate): PendingClaim {
  return {
    metric: c.metric!,
    population: c.population,
    min: c.bounds.min,
    max: c.bounds.max,
    qualifier: c.bounds.qualifier,
    claimant: c.claimant?.name || null,
    claimantKind: c.claimant?.name ? c.claimant.kind : null,
    status: c.status,
    asOf: c.asOf,
    mainEvent: c.mainEvent,
    evidence: c.ctx.evidence,
    inTitle: c.ctx.paragraph.inTitle,
  };
}

/** The sentence's parsers read the figure and its hedge: recorded for the explanation. */
function recordBounds(c: Candidate): boolean {
  c.why?.decide("bounds", "bounds", "the figure and the hedge around it", c.why.span(c.bounds.first, c.bounds.last));
  return true;
}

const from = (claim: Claim | null): { from: Claim | null } => ({ from: claim });

// ---- metric: what the figure counts, its own or the count it continues

const METRIC: FieldRules<Metric> = {
  field: "metric",
  stage: "metric",
  rules: [
    {
      // words before the figure count only where the figure alone would not have said what happened
      rule: (c) => (readsBefore(c) ? "the verb or cue before the figure" : "the counted words and the verb they take"),
      value: (c) => c.attached.metric,
      words: (c, why) => (readsBefore(c) ? why.withLead(c.bounds.first, c.attached.end, c.figureLeft) : why.span(c.bounds.first, c.attached.end)),
    },
    // "Of the dead, Miyagi accounted for 8,103": the opener says what befell the part, whatever the count before it counted
    { rule: "a part named by the sentence's opener: its metric word", value: (c) => (c.inherited && c.partOfLast ? openerMetric(c.ctx.tokens) : null) },
    { rule: "a part of the count before: its metric", value: (c) => (c.inherited ? c.whole!.metric : null), words: (c) => from(c.whole) },
    { rule: "framed as the count before: its metric", value: (c) => c.framedBy?.metric, words: (c) => from(c.framedBy) },
  ],
  otherwise: { value: null, rule: "nothing says what happened to the people counted" },
};

function readsBefore(c: Candidate): boolean {
  const { tokens, previous } = c.ctx;
  return attachFigure(tokens, c.bounds.first, c.bounds.last, c.bounds.first, c.rightLimit, previous !== null)?.metric !== c.attached.metric;
}

const PRONOUN_PARTS = new Set(["them", "whom", "these", "those"]);

/** The metric word of a part opener before its comma: "Of the dead," "Of those detained,". */
function openerMetric(tokens: readonly Token[]): Metric | null {
  for (let k = 0; k < tokens.length && k < 8 && tokens[k]!.norm !== ","; k++) {
    const metric = METRIC_CUES[tokens[k]!.norm];
    if (metric) return metric;
  }
  return null;
}

function readMetric(c: Candidate): boolean {
  const { ctx, figure, bounds, attached } = c;
  const { state, tokens, previous } = ctx;
  // "134 of them children": a part of the count before, in this sentence or the last one
  const pronounPartitive = attached.partitive && PRONOUN_PARTS.has(tokens[figure.last + 2]?.norm ?? "");
  // "Of those, 19,973 remain behind bars"; "Among them are 518 children": the sentence is a part of the last count
  c.partOfLast = previous === null && ctx.opensWithPart && state.lastClaim !== null;
  c.whole = previous?.claim ?? ((pronounPartitive && attached.canInherit) || c.partOfLast ? state.lastClaim : null);
  c.inherited = attached.metric === null && (attached.canInherit || c.partOfLast) && c.whole !== null;
  // "put its count at 648", "the true number could be as high as 3,000": the count in hand continues
  c.framedBy = attached.framed ? previous?.claim ?? state.lastClaim : null;
  c.metric = decideField(c, METRIC);
  return c.metric !== null && !isPersonalCase(tokens, figure, bounds, attached, previous !== null) && !isFootnoteMarker(tokens, figure, state.footnotes);
}

/**
 * One person's own case is a victim record, not a count: "one detainee, Arfan Soltani, …",
 * "one of them", "a shopkeeper whose wife and two sons are missing".
 */
function isPersonalCase(tokens: readonly Token[], figure: Candidate["figure"], bounds: Bounds, attached: Candidate["attached"], listed: boolean): boolean {
  // "1,203 in Palu City, 144 in Donggala … and one in Pasangkayu": the last item of a list of counts
  const lastOfList = listed && !attached.hasHead && (tokens[bounds.first - 1]?.norm === "and" || tokens[bounds.first - 1]?.norm === ",");
  if (figure.isOne && !lastOfList && (!attached.hasHead || tokens[figure.last + 1]?.norm === "of" || isNamedAfter(tokens, attached.end))) return true;
  // "said one farmer who lost two brothers": a speaker, not a count
  if (figure.isOne && Object.hasOwn(ATTRIBUTION_VERBS, tokens[bounds.first - 1]?.norm ?? "")) return true;
  for (let i = Math.max(0, bounds.first - 5); i < bounds.first; i++) if (tokens[i]!.norm === "whose") return true;
  return false;
}

function isNamedAfter(tokens: readonly Token[], end: number): boolean {
  const a = tokens[end + 1];
  const b = tokens[end + 2];
  const c = tokens[end + 3];
  return a?.norm === "," && !!b && /^\p{Lu}/u.test(b.text) && !!c && /^\p{Lu}/u.test(c.text);
}

// ---- scope: whether the clause sets the figure in the main event, and in which year

function readScope(c: Candidate): boolean {
  const { ctx } = c;
  ctx.scopeOf ??= sentenceScope(ctx.tokens, ctx.state.scope, ctx.state.published?.getUTCFullYear() ?? null);
  c.scope = ctx.scopeOf(c.bounds.first);
  return true;
}

// ---- source: the attribution that speaks for the figure, or the count it is a part of

const ATTRIBUTION: ReadonlyArray<FieldRule<Attribution>> = [
  {
    rule: "the source its footnote marker points to",
    value: (c) => (c.footnote?.claimant ? { claimant: c.footnote.claimant, status: null, at: c.ctx.tokens.length - 3 } : null),
  },
  { rule: "a source in brackets after the figure", value: (c) => parentheticalSource(c), words: (c, why) => why.clause(c.attached.end + 2) },
  {
    rule: "an attribution in the sentence (X said, according to X, the group said)",
    value: (c) => attributionFor(c.ctx.attributions!, c.bounds.first),
    words: (c, why) => why.name(c.attribution!.claimant.name, c.attribution!.at),
  },
  { rule: "the source of the count it continues", value: (c) => (c.inherited && c.ctx.previous ? c.ctx.previous.attribution : null), words: (c) => from(c.ctx.previous?.claim ?? null) },
];

function readSource(c: Candidate): boolean {
  const { ctx, attached } = c;
  const { state, tokens, previous } = ctx;
  ctx.attributions ??= findAttributions(state.text, tokens, state.history);
  c.footnote = footnoteOf(tokens, state.footnotes);
  const chosen = firstRule(c, ATTRIBUTION);
  c.attribution = chosen?.value ?? null;
  c.attributedBy = chosen?.by ?? null;
  // "Of the 12 dead, four were children": the parts of a count restated in the opener are of that count
  // "Nakuru (71), Nairobi (46)": the items of a breakdown are of the count they break down
  c.partOf = c.attribution ? null : attached.partitive || c.partOfLast ? state.lastClaim : attached.listItem ? ctx.opener ?? previous?.claim ?? state.lastClaim : ctx.opener;
  // a figure continuing the one before keeps its status and day, unless a source of its own speaks
  c.sameVoice = c.inherited && (!c.attribution || c.attribution === previous?.attribution);
  return true;
}

/** "Displaced from Rafah: nearly 450,000 (UNRWA)": a source in brackets right after the figure. */
function parentheticalSource(c: Candidate): Attribution | null {
  const { tokens, state } = c.ctx;
  const end = c.attached.end;
  if (tokens[end + 1]?.norm !== "(") return null;
  let close = end + 2;
  while (close < tokens.length && close - end < 10 && tokens[close]!.norm !== ")") close++;
  if (tokens[close]?.norm !== ")") return null;
  const named = findGazetteerClaimant(tokens, end + 2, close - 1);
  const claimant = named?.claimant ?? resolveClaimant(state.text, tokens, end + 2, close - 1, state.history);
  return claimant ? { claimant, status: null, at: end + 1 } : null;
}

// ---- status

function statusRegion(c: Candidate): [number, number] {
  const { tokens } = c.ctx;
  const start = c.sameVoice ? c.bounds.first : statusRegionStart(c.attribution?.at ?? null, c.bounds.first, c.figureLeft, tokens);
  return [start, statusRegionEnd(tokens, c.attached.end, c.rightLimit)];
}

const STATUS: FieldRules<Status> = {
  field: "status",
  stage: "status",
  rules: [
    {
      rule: "status words around the figure",
      value: (c) => {
        const [start, end] = statusRegion(c);
        return readStatus(c.ctx.tokens, start, end, c.bounds.first);
      },
      words: (c, why) => why.span(...statusRegion(c)),
    },
    { rule: "continues the count before", value: (c) => (c.sameVoice ? c.whole!.status : null), words: (c) => from(c.whole) },
    { rule: "the verb that attributes it", value: (c) => c.attribution?.status, words: (c, why) => why.span(c.attribution!.at, c.attribution!.at) },
    { rule: "the status of the count it is a part of", value: (c) => c.partOf?.status, words: (c) => from(c.partOf) },
  ],
  otherwise: { value: "reported", rule: "reported: no words say otherwise" },
};

function readCandidateStatus(c: Candidate): boolean {
  c.status = decideField(c, STATUS)!;
  return true;
}

// ---- claimant

const claimantOf = (claim: Claim | null): Claimant | null => (claim?.claimant ? { name: claim.claimant, kind: claim.claimantKind } : null);

const CLAIMANT: FieldRules<Claimant> = {
  field: "claimant",
  stage: "claimant",
  rules: [
    {
      rule: (c) => ruleText(c.attributedBy!, c),
      value: (c) => c.attribution?.claimant,
      words: (c, why) => c.attributedBy!.words?.(c, why, c.attribution!) ?? null,
    },
    { rule: "the earlier count this figure restates", value: (c) => claimantOf(c.restated), words: (c) => from(c.restated) },
    {
      rule: (c) => (c.partOf ? "the source of the count it is a part of" : "the paragraph's last source speaks on"),
      value: (c) => claimantOf(c.earlier),
      words: (c) => from(c.earlier),
    },
    { rule: "the source a sentence before it in the paragraph says issued the figures that follow", value: (c) => c.issued },
    { rule: "the voice it continues: its dated section's, its series' or the document's stated source", value: (c) => (c.voice?.claimant ? { name: c.voice.claimant, kind: c.voice.claimantKind } : null) },
  ],
  otherwise: { value: null, rule: "no source named for it" },
};

function readClaimant(c: Candidate): boolean {
  const { ctx, bounds, attribution, scope } = c;
  const { state, paragraph, previous, tokens } = ctx;
  // A paragraph speaks with one voice: an unattributed figure continues the last attribution in it.
  // (background about another time or crisis is the writer's, not the source's)
  c.earlier = c.partOf ? c.partOf : !attribution && !paragraph.inTitle && scope.mainEvent ? previous?.claim ?? paragraph.lastClaim : null;
  // "Of the nine dead, two were women": a figure restating an earlier count is that count's
  // "Of the 438 deaths recorded by DoDMA, …": an opener restates its count even where it names the source
  c.restated = (attribution && !(ctx.opensWithPart && previous === null)) || paragraph.inTitle ? null : restatedClaim(state.claims, c.metric!, bounds);
  c.voice = attribution || c.earlier?.claimant || paragraph.inTitle || !scope.mainEvent ? null : inheritedVoice(state.voice, c.metric!, tokens);
  // "The ministry has issued its first statement. The toll nears 300: …": the issuer speaks on
  c.issued = attribution || c.restated?.claimant || c.earlier?.claimant || !scope.mainEvent ? null : paragraph.statedSource;
  c.claimant = decideField(c, CLAIMANT);
  return true;
}

/** The latest earlier claim of the same metric and bounds, within the last few claims. */
function restatedClaim(claims: readonly PendingClaim[], metric: Metric, bounds: Bounds): PendingClaim | null {
  for (let i = claims.length - 1; i >= 0 && i >= claims.length - 12; i--) {
    const c = claims[i]!;
    if (c.metric === metric && c.min === bounds.min && c.max === bounds.max && !c.inTitle) return c;
  }
  return null;
}

// ---- as-of: the day the figure describes

const AS_OF: FieldRules<string> = {
  field: "asOf",
  stage: "as-of",
  rules: [
    {
      rule: "a date in the figure's clause, beside the verb that attributes it, or ending a period that opens the sentence",
      value: (c) => dateOfFigure(c.ctx.tokens, c.ctx.dates!, c.bounds.first, c.attribution, c.ctx.figures),
      words: (c, why, day) => why.date(c.ctx.dates!, day, c.bounds.first, c.ctx.state.published),
    },
    { rule: "the day its footnote gives", value: (c) => c.footnote?.day },
    { rule: "the day of the earlier count this figure restates", value: (c) => c.restated?.asOf, words: (c) => from(c.restated) },
    // "Of the 438 deaths recorded by DoDMA, Blantyre accounted for 225": the parts of a restated count are of its day
    { rule: "the day of the count the sentence's opener restates", value: (c) => (c.ctx.opensWithPart ? c.ctx.opener?.asOf : null), words: (c) => from(c.ctx.opener) },
    {
      rule: "'that day': the last day named before",
      value: (c) => (SAME_DAY.test(c.ctx.sentenceText) ? dayMentionedBefore(c.ctx.state.norm, c.ctx.sentence.start, c.ctx.state.published) : null),
      words: (c, why) => why.match(SAME_DAY, c.ctx.sentenceText, c.ctx.sentence.start),
    },
    { rule: "continues the count before", value: (c) => (c.sameVoice ? c.whole!.asOf : null), words: (c) => from(c.whole) },
    {
      rule: "the date of the timeline entry",
      value: (c) => c.ctx.paragraph.timeline,
      words: (c) => timelineWords(c.ctx.state.text, c.ctx.state.text.lastIndexOf("\n", c.ctx.sentence.start - 1) + 1),
    },
    { rule: "the day a sentence before it in the paragraph gives for the figures that follow", value: (c) => c.ctx.paragraph.statedDay },
    { rule: "the day heading of its timeline or live-blog section", value: (c) => c.ctx.paragraph.section },
    {
      rule: "a past year the clause is set in: its last day",
      value: (c) => (c.scope.pastYear !== null ? `${c.scope.pastYear}-12-31` : null),
      words: (c, why) => why.match(new RegExp(`\\b${c.scope.pastYear}\\b`), c.ctx.sentenceText, c.ctx.sentence.start),
    },
    { rule: "the day of the count it is a part of", value: (c) => c.partOf?.asOf, words: (c) => from(c.partOf) },
    { rule: "the last day of the period the document's counts cover", value: (c) => (c.scope.mainEvent ? c.ctx.state.periodEnd : null) },
    {
      rule: "the day this source's last figure was given",
      value: (c) => (c.attribution && c.ctx.state.inHistory.has(c.attribution.claimant) ? c.ctx.state.lastAsOf.get(c.attribution.claimant) : null),
    },
    { rule: "the document's publication date", value: (c) => c.ctx.state.publishedIso },
  ],
  otherwise: { value: null, rule: "no date: the report names none and has no publication date" },
};

function readAsOf(c: Candidate): boolean {
  const { ctx } = c;
  ctx.dates ??= findDates(ctx.tokens, ctx.state.published).filter((d) => !d.isStart);
  c.asOf = decideField(c, AS_OF);
  return true;
}

// ---- population

const POPULATION: FieldRules<Population> = {
  field: "population",
  stage: "population",
  rules: [
    {
      // "some 400 of them": a part of the count before, of its people; "… and 690 injured": the same people
      rule: "the people of the count it is a part of",
      value: (c) => {
        const { attached, whole } = c;
        const takesWhole = attached.population === "all" && (attached.partitive || (attached.elliptical && c.ctx.previous)) && whole && whole.population !== attached.population;
        return takesWhole ? whole.population : null;
      },
      words: (c) => from(c.whole),
    },
    { rule: "the counted words", value: (c) => c.attached.population, words: (c, why) => why.span(c.bounds.first, c.attached.end) },
  ],
  otherwise: { value: "all", rule: "the counted words" },
};

function readPopulation(c: Candidate): boolean {
  c.population = decideField(c, POPULATION)!;
  return true;
}

// ---- main event

const MAIN_EVENT: FieldRules<boolean> = {
  field: "mainEvent",
  stage: "scope",
  rules: [
    { rule: "a part of the count before: of the main event if both are", value: (c) => (c.partOf ? c.partOf.mainEvent && c.scope.mainEvent : null), words: (c) => from(c.partOf) },
    {
      rule: (c) => (c.scope.mainEvent ? "nothing in the sentence sets it apart from the main event" : "the sentence sets it in another event, place or time"),
      value: (c) => c.scope.mainEvent,
      words: (c, why) => (c.scope.mainEvent ? null : why.clause(c.bounds.first)),
    },
  ],
  otherwise: { value: true, rule: "nothing in the sentence sets it apart from the main event" },
};

function readMainEvent(c: Candidate): boolean {
  c.mainEvent = decideField(c, MAIN_EVENT)!;
  return true;
}
