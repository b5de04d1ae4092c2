// Why a claim came out as it did: for each field, the stage that decided it and the words of the
// document it read. Recorded only when asked (explainDocument): plain extraction passes no trace.
import type { Claim } from "../domain/claim.js";
import { findDates, type DateMention } from "./dates.js";
import { normaliseForMatching, tokenize, type Token } from "./text.js";

export const TRACED_FIELDS = ["metric", "population", "bounds", "claimant", "status", "asOf", "mainEvent"] as const;
export type TracedField = (typeof TRACED_FIELDS)[number];

/** What decided one field of one claim. */
export interface FieldDecision {
  field: TracedField;
  /** The field's value as the claim shows it ("at_least 7", "HRANA (ngo)"). */
  value: string;
  /** The pipeline stage: bounds, metric, population, claimant, status, as-of, scope, headline, merge. */
  stage: string;
  /** The rule that stage applied, in a few words. */
  rule: string;
  /** The words of the document the stage read, exactly as written; null where a default decided. */
  words: string | null;
  /** UTF-16 offsets of `words` in the document; null where the words are not one span of it. */
  start: number | null;
  end: number | null;
}

export interface ClaimExplanation {
  claim: Claim;
  /** One decision per field, in TRACED_FIELDS order. */
  fields: FieldDecision[];
}

/** Where a stage found its words: a span of the document, or the decision an earlier claim made for the same field. */
export type Words = { start: number; end: number } | { from: Claim | null } | { text: string } | null;

interface Decision {
  /** The value when decided, to tell a later stage's change from this one. */
  decided: string;
  stage: string;
  rule: string;
  words: string | null;
  start: number | null;
  end: number | null;
}

type Pending = Claim & { inTitle?: boolean };

/** What a decision says when no recorded rule gave the field its value. */
const UNRECORDED = { stage: "unrecorded", rule: "a rule the trace does not know decided it" } as const;

/** The field's value as a string, the same for the value decided and the value the claim ends with. */
export function fieldValue(claim: Claim, field: TracedField): string {
  switch (field) {
    case "bounds":
      return `${claim.qualifier} ${claim.min !== null && claim.max !== null && claim.min !== claim.max ? `${claim.min}–${claim.max}` : (claim.min ?? claim.max)}`;
    case "claimant":
      return claim.claimant === null ? "none" : `${claim.claimant} (${claim.claimantKind ?? "kind unknown"})`;
    case "asOf":
      return claim.asOf ?? "none";
    case "mainEvent":
      return claim.mainEvent ? "yes" : "no";
    default:
      return String(claim[field]);
  }
}

/** The decisions of one claim, gathered while the pipeline reads its figure, before the claim exists. */
export class ClaimTrace {
  private readonly decisions = new Map<TracedField, Decision>();

  constructor(
    private readonly trace: ExtractionTrace,
    readonly tokens: readonly Token[],
  ) {}

  /** The stage decided `field` by `rule`, reading `words` (the value is read from the claim once it is made). */
  decide(field: TracedField, stage: string, rule: string, words: Words): void {
    this.decisions.set(field, { decided: "", stage, rule, ...this.trace.resolveWords(field, words) });
  }

  /** Document offsets of tokens first..last. */
  span(first: number, last: number): Words {
    const a = this.tokens[Math.max(0, first)];
    const b = this.tokens[Math.min(this.tokens.length - 1, last)];
    return a && b && b.end >= a.start ? { start: a.start, end: b.end } : null;
  }

  /** Tokens first..last with up to `words` words before them in the same clause, not before token `limit`. */
  withLead(first: number, last: number, limit: number, words = 3): Words {
    let from = first;
    while (from > Math.max(0, limit) && first - from < words && this.tokens[from - 1]!.kind !== "punct") from--;
    return this.span(from, last);
  }

  /** The clause around token `at`: the words between the punctuation before and after it. */
  clause(at: number): Words {
    const breaks = (t: Token | undefined) => !t || (t.kind === "punct" && t.norm !== "'s" && t.norm !== "-");
    let first = at;
    let last = at;
    while (first > 0 && at - first < 8 && !breaks(this.tokens[first - 1])) first--;
    while (last < this.tokens.length - 1 && last - at < 8 && !breaks(this.tokens[last + 1])) last++;
    return this.span(first, last);
  }

  /** Where the sentence names `name` (any case), else the clause around token `at`. */
  name(name: string, at: number): Words {
    const first = this.tokens[0];
    const last = this.tokens.at(-1);
    if (first && last) {
      const found = this.trace.lowerText.slice(first.start, last.end).indexOf(name.toLowerCase());
      if (found >= 0) return { start: first.start + found, end: first.start + found + name.length };
    }
    return this.clause(at);
  }

  /** The first match of `pattern` in a sentence's text starting at document offset `offset`. */
  match(pattern: RegExp, sentenceText: string, offset: number): Words {
    const m = new RegExp(pattern.source, pattern.flags.replace("g", "")).exec(sentenceText);
    return m ? { start: offset + m.index, end: offset + m.index + m[0].length } : null;
  }

  /** The words of the date mention giving `iso` nearest token `near`. */
  date(dates: readonly DateMention[], iso: string, near: number, published: Date | null): Words {
    const mentions = dates.filter((d) => d.iso === iso);
    if (mentions.length === 0) return null;
    const mention = mentions.reduce((a, b) => (Math.abs(b.index - near) < Math.abs(a.index - near) ? b : a));
    // A mention knows where it starts; it ends where the shortest run of tokens still reads as that day.
    for (let last = mention.index; last < Math.min(this.tokens.length, mention.index + 8); last++) {
      if (findDates(this.tokens.slice(mention.index, last + 1), published).some((d) => d.index === 0 && d.iso === iso)) return this.span(mention.index, last);
    }
    return this.span(mention.index, mention.index);
  }

  /** The claim is made: its decisions are kept with it. */
  keep(claim: Claim): void {
    const settled = new Map<TracedField, Decision>();
    for (const [field, d] of this.decisions) settled.set(field, { ...d, decided: fieldValue(claim, field) });
    this.trace.keep(claim, settled);
  }
}

/** Every decision of one document's extraction, kept per claim until explain() reads them out. */
export class ExtractionTrace {
  private readonly decisions = new Map<Claim, Map<TracedField, Decision>>();
  private readonly pending: Pending[] = [];
  readonly lowerText: string;

  constructor(
    readonly text: string,
    readonly published: Date | null = null,
  ) {
    this.lowerText = normaliseForMatching(text).toLowerCase();
  }

  /** A trace for the next claim of a sentence. */
  begin(tokens: readonly Token[]): ClaimTrace {
    return new ClaimTrace(this, tokens);
  }

  keep(claim: Claim, decisions: Map<TracedField, Decision>): void {
    this.decisions.set(claim, decisions);
    this.pending.push(claim);
  }

  /** A claim made from another ("three soldiers and two civilians"): its decisions, with some fields decided anew. */
  copy(claim: Claim, from: Claim, anew: Partial<Record<TracedField, { stage: string; rule: string; words: Words }>>): void {
    const decisions = new Map(this.decisions.get(from) ?? []);
    for (const [field, d] of Object.entries(anew) as Array<[TracedField, { stage: string; rule: string; words: Words }]>) {
      decisions.set(field, { decided: fieldValue(claim, field), stage: d.stage, rule: d.rule, ...this.resolveWords(field, d.words) });
    }
    this.keep(claim, decisions);
  }

  /** A stage after the claim was made changed one of its fields (a later sentence restating its status). */
  later(claim: Claim, field: TracedField, stage: string, rule: string, words: Words): void {
    const decisions = this.decisions.get(claim) ?? new Map<TracedField, Decision>();
    decisions.set(field, { decided: fieldValue(claim, field), stage, rule, ...this.resolveWords(field, words) });
    this.decisions.set(claim, decisions);
  }

  resolveWords(field: TracedField, words: Words): Pick<Decision, "words" | "start" | "end"> {
    if (words === null) return { words: null, start: null, end: null };
    if ("text" in words) return { words: words.text, start: null, end: null };
    if ("from" in words) {
      const earlier = words.from ? this.decisions.get(words.from)?.get(field) : undefined;
      if (earlier) return { words: earlier.words, start: earlier.start, end: earlier.end };
      const evidence = words.from?.evidence;
      return evidence ? { words: evidence.text, start: evidence.start, end: evidence.end } : { words: null, start: null, end: null };
    }
    return { words: this.text.slice(words.start, words.end), start: words.start, end: words.end };
  }

  /** For each claim the extractor returned, what decided each of its fields. */
  explain(claims: readonly Claim[]): ClaimExplanation[] {
    const used = new Set<Pending>();
    return claims.map((claim) => {
      const source = this.sourceOf(claim, used);
      if (source) used.add(source);
      const decisions = source ? this.decisions.get(source) : undefined;
      return { claim, fields: TRACED_FIELDS.map((field) => this.decisionFor(claim, field, source, decisions?.get(field))) };
    });
  }

  /** The claim as the pipeline made it, before duplicates were merged into one. */
  private sourceOf(claim: Claim, used: ReadonlySet<Pending>): Pending | undefined {
    const same = (p: Pending) => p.evidence.start === claim.evidence.start && p.metric === claim.metric && p.min === claim.min && p.max === claim.max && p.qualifier === claim.qualifier;
    return this.pending.find((p) => !used.has(p) && same(p) && p.population === claim.population) ?? this.pending.find((p) => !used.has(p) && same(p));
  }

  private decisionFor(claim: Claim, field: TracedField, source: Pending | undefined, decision: Decision | undefined): FieldDecision {
    const value = fieldValue(claim, field);
    if (decision && decision.decided === value) return { field, value, stage: decision.stage, rule: decision.rule, words: decision.words, start: decision.start, end: decision.end };
    // A headline or a repeat of the figure took what another mention of it said.
    const other = this.pending.find((p) => p !== source && p.metric === claim.metric && fieldValue(p, field) === value && this.decisions.get(p)?.get(field)?.decided === value);
    if (other && (field === "claimant" || field === "status")) {
      const stage = source?.inTitle ? "headline" : "merge";
      const rule = source?.inTitle ? "the body names this figure's source" : "another mention of the same figure says it";
      const earlier = this.decisions.get(other)!.get(field)!;
      return { field, value, stage, rule, words: earlier.words, start: earlier.start, end: earlier.end };
    }
    return { field, value, ...UNRECORDED, words: null, start: null, end: null };
  }
}

/** The words a timeline entry's date is written in: the line's opening up to its ":" or dash. */
export function timelineWords(text: string, lineStart: number): Words {
  const tokens = tokenize(normaliseForMatching(text), lineStart, Math.min(text.length, lineStart + 40));
  const sep = tokens.findIndex((t) => t.norm === ":" || t.norm === "-" || t.norm === "—");
  return sep > 0 ? { start: tokens[0]!.start, end: tokens[sep - 1]!.end } : null;
}
