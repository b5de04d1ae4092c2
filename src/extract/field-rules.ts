// A field's rules as data: an ordered list of named rules, the first that gives a value decides
// the field. The same list computes the value and explains it, so a rule cannot be added to one
// and forgotten in the other.
import type { Candidate } from "./candidate.js";
import type { ClaimTrace, TracedField, Words } from "./trace.js";

export interface FieldRule<T> {
  /** What the rule reads, in a few words, as `tally extract --explain` prints it. */
  rule: string | ((c: Candidate) => string);
  value(c: Candidate): T | null | undefined;
  /** The words of the document the rule read; only asked for when an explanation is recorded. */
  words?(c: Candidate, why: ClaimTrace, value: T): Words;
}

export interface FieldRules<T> {
  field: TracedField;
  stage: string;
  rules: ReadonlyArray<FieldRule<T>>;
  /** The value, and why, when no rule gives one. */
  otherwise: { value: T | null; rule: string };
}

/** The first rule that gives a value, and the value; nothing recorded. */
export function firstRule<T>(c: Candidate, rules: ReadonlyArray<FieldRule<T>>): { value: T; by: FieldRule<T> } | null {
  for (const by of rules) {
    const value = by.value(c);
    if (value !== null && value !== undefined) return { value, by };
  }
  return null;
}

/** The field's value by the first rule that gives one, recorded on the candidate's trace when there is one. */
export function decideField<T>(c: Candidate, table: FieldRules<T>): T | null {
  const chosen = firstRule(c, table.rules);
  if (c.why) {
    if (chosen) c.why.decide(table.field, table.stage, ruleText(chosen.by, c), chosen.by.words ? chosen.by.words(c, c.why, chosen.value) : null);
    else c.why.decide(table.field, table.stage, table.otherwise.rule, null);
  }
  return chosen ? chosen.value : table.otherwise.value;
}

export function ruleText<T>(rule: FieldRule<T>, c: Candidate): string {
  return typeof rule.rule === "string" ? rule.rule : rule.rule(c);
}
