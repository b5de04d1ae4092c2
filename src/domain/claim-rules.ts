// What a claim's fields may hold wherever a person sets them (the API, the review form, the store
// edge): one zod schema for a correction, and the rule its figures obey taken together.
import { z } from "zod";
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES, type Claim, type Qualifier } from "./claim.js";
import { daySchema } from "./day-schema.js";
import { MAX_NAME_CHARS, nameTextSchema, noteTextSchema } from "./name-text.js";
import { wholeNumberSchema } from "./whole-number-schema.js";

/**
 * The largest figure a claim may state. No casualty count can exceed the number of people alive
 * (about 8.2 billion in 2025), so anything above ten billion is a slip of the keyboard or an attack,
 * not a report; the ceiling also keeps figures exact in a JavaScript number and in a bigint column.
 */
export const MAX_FIGURE = 10_000_000_000;
export const MAX_CLAIMANT_CHARS = MAX_NAME_CHARS;

/** A review's reason: a paragraph, not an essay. */
export const MAX_REASON_CHARS = 2000;

export const reasonSchema = noteTextSchema(MAX_REASON_CHARS);
export const figureSchema = wholeNumberSchema(0, MAX_FIGURE, "expected a whole number from 0 to 10,000,000,000");
export const claimantSchema = nameTextSchema(MAX_CLAIMANT_CHARS);

/** The fields a reviewer may correct; each optional, null where the claim allows none. */
export const claimCorrectionSchema = z.strictObject({
  metric: z.enum(METRICS).optional(),
  population: z.enum(POPULATIONS).optional(),
  min: figureSchema.nullable().optional(),
  max: figureSchema.nullable().optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
  claimant: claimantSchema.nullable().optional(),
  claimantKind: z.enum(CLAIMANT_KINDS).nullable().optional(),
  status: z.enum(STATUSES).optional(),
  asOf: daySchema.nullable().optional(),
  mainEvent: z.boolean({ error: "expected true or false" }).optional(),
});

export type ClaimCorrection = z.infer<typeof claimCorrectionSchema>;
export const CORRECTION_FIELDS = Object.keys(claimCorrectionSchema.shape) as Array<keyof ClaimCorrection>;

export type Bounds = Pick<Claim, "min" | "max" | "qualifier">;
type BoundsField = keyof Bounds;

export interface FieldProblem {
  field: BoundsField;
  message: string;
}

/** Which bounds each qualifier needs; see the contract's table of qualifiers and bounds. */
const NEEDS: Record<Qualifier, { min?: true; max?: true; either?: true; what: string }> = {
  exact: { min: true, max: true, what: "min and max, the same figure" },
  at_least: { min: true, what: "min, the figure the count is at least" },
  more_than: { min: true, what: "min, the figure the count is above" },
  vague: { min: true, what: "min, the least the words can mean (dozens: 24)" },
  up_to: { max: true, what: "max, the figure the count is at most" },
  range: { min: true, max: true, what: "both min and max" },
  approx: { either: true, what: "a figure in min or max" },
};

/**
 * What is wrong with a claim's figures taken together: min ≤ max, and the bounds its qualifier needs
 * (at_least, more_than and vague need min, up_to needs max, range both, exact both and equal).
 * Each problem names the field to change: among those that share the blame, one of `changed` first.
 */
export function boundsProblems(bounds: Bounds, changed: ReadonlySet<string> = new Set()): FieldProblem[] {
  const { min, max, qualifier } = bounds;
  const blame = (...fields: BoundsField[]) => fields.find((field) => changed.has(field)) ?? fields[0]!;
  const problems: FieldProblem[] = [];
  if (min !== null && max !== null && min > max) {
    const field = blame("max", "min");
    problems.push({ field, message: field === "max" ? `max ${max} is below min ${min}` : `min ${min} is above max ${max}` });
  }
  const needs = NEEDS[qualifier];
  const missing: BoundsField[] = [];
  if (needs.min && min === null) missing.push("min");
  if (needs.max && max === null) missing.push("max");
  if (needs.either && min === null && max === null) missing.push("min");
  if (missing.length > 0) {
    const field = blame("qualifier", ...missing);
    problems.push({ field, message: `${qualifier} needs ${needs.what}` });
  } else if (qualifier === "exact" && min !== max) {
    const field = blame("qualifier", "max", "min");
    problems.push({ field, message: `exact needs min and max to be the same figure (got ${min} and ${max}); a range is qualifier range` });
  }
  return problems;
}

/**
 * The bounds problems of `claim` once `correction` is applied to it, blaming the corrected fields.
 * A correction that leaves min, max and qualifier alone cannot make them worse: it is not held to
 * account for a stored claim's figures (an accept or a new claimant goes through).
 */
export function correctedBoundsProblems(claim: Bounds, correction: ClaimCorrection): FieldProblem[] {
  const changed = new Set(Object.keys(correction).filter((key) => correction[key as keyof ClaimCorrection] !== undefined));
  if (!changed.has("min") && !changed.has("max") && !changed.has("qualifier")) return [];
  const after: Bounds = {
    min: correction.min !== undefined ? correction.min : claim.min,
    max: correction.max !== undefined ? correction.max : claim.max,
    qualifier: correction.qualifier ?? claim.qualifier,
  };
  return boundsProblems(after, changed);
}
