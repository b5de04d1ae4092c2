// The API's inputs as zod schemas: the routes validate with them and the OpenAPI document is generated from them.
import { z } from "zod";
import { METRICS, POPULATIONS, STATUSES } from "../../domain/claim.js";
import { FATES } from "../../domain/victim.js";
import { claimantSchema as claimantRule, claimCorrectionSchema, MAX_CLAIMANT_CHARS, reasonSchema } from "../../domain/claim-rules.js";
import { daySchema } from "../../domain/day-schema.js";
import { MAX_RECORD_ID, recordIdTextSchema as id } from "../../domain/record-id.js";
import { digitsSchema, wholeNumberSchema } from "../../domain/whole-number-schema.js";

export const REVIEW_STATES = ["auto", "accepted", "corrected", "rejected"] as const;

// The domain's rules, with what the OpenAPI document should say of them.
const day = daySchema.meta({ format: "date" });
const claimantSchema = claimantRule.meta({ maxLength: MAX_CLAIMANT_CHARS });

export const eventQuery = z.strictObject({
  event: id.optional().describe("Event id; all documents when absent"),
});

export const metricQuery = z.strictObject({
  event: id.optional().describe("Event id; all documents when absent"),
  metric: z.enum(METRICS).optional(),
});

export const seriesQuery = z.strictObject({
  event: id.optional().describe("Event id; all documents when absent"),
  metric: z.enum(METRICS).optional(),
  population: z.enum(POPULATIONS).optional(),
  claimant: claimantSchema.optional().describe("Claimant name as shown"),
});

export const houseRulesQuery = z.strictObject({
  event: id.optional().describe("Event id; all documents when absent"),
  metric: z.enum(METRICS).optional(),
  population: z.enum(POPULATIONS).optional().describe("Only this population; every population with claims when absent"),
});

export const estimateQuery = z.strictObject({
  event: id.optional().describe("Event id: only the registry's records of this event; every record when absent"),
  fate: z.enum(FATES).optional().describe("Only persons of this fate; every person when absent (as `tally estimate`)"),
});

export const MAX_PAGE = 500;

// No list holds more rows than there can be ids, so an offset past the largest id is a mistake.
export const offsetSchema = digitsSchema(wholeNumberSchema(0, MAX_RECORD_ID), `expected a whole number from 0 to ${MAX_RECORD_ID}`);

export const pageQuery = {
  limit: digitsSchema(wholeNumberSchema(1, MAX_PAGE), `expected a whole number from 1 to ${MAX_PAGE}`).default(50),
  offset: offsetSchema.default(0),
};

export const documentsQuery = z.strictObject({
  event: id.optional(),
  ...pageQuery,
});

export const claimsQuery = z
  .strictObject({
    event: id.optional(),
    document: id.optional(),
    metric: z.enum(METRICS).optional(),
    population: z.enum(POPULATIONS).optional(),
    claimant: claimantSchema.optional(),
    status: z.enum(STATUSES).optional(),
    review: z.enum(REVIEW_STATES).optional().describe("Review state; rejected claims are left out unless asked for"),
    from: day.optional().describe("Earliest as-of day, inclusive"),
    to: day.optional().describe("Latest as-of day, inclusive"),
    after: id.optional().describe("Only claims with a larger id: pass the last id of a page to get the next one (cheaper than offset deep in the list)"),
    ...pageQuery,
  })
  .superRefine((q, context) => {
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) context.addIssue({ code: "custom", path: ["to"], message: `${q.to} is before from ${q.from}` });
  });

export const idParam = z.strictObject({ id });

export const reviewBody = z
  .strictObject(
    {
      action: z.enum(["accept", "correct", "reject"]),
      correction: claimCorrectionSchema.optional().describe("Fields to change; required for correct"),
      reason: reasonSchema.optional().describe("Why: required for correct (what was wrong, or where the right figure comes from); kept in the audit trail"),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "expected a JSON object with an action (accept, correct or reject)" : undefined) },
  )
  .superRefine((body, context) => {
    // Accepting or rejecting with a correction would drop the correction without a word.
    if (body.action !== "correct" && body.correction !== undefined) context.addIssue({ code: "custom", path: ["correction"], message: `only correct takes a correction, not ${body.action}` });
  });

export type ClaimsQuery = z.infer<typeof claimsQuery>;
export type ReviewBody = z.infer<typeof reviewBody>;

/** "query parameter 'metric': Invalid option…" — the first problems, each naming its field. */
export function describeZodError(error: z.ZodError, where: string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map(String);
      // A name a client made up may be as long as the request: quote the start of it.
      const name = (keys: string[]) => `${where} '${keys.map((key) => key.slice(0, 60)).join(".")}'`;
      if (issue.code === "unrecognized_keys") return `${issue.keys.map((key) => name([...path, key])).join(", ")}: not a known field`;
      // A problem with the whole input ("body: expected a JSON object") names the input, not a field.
      const field = path.length ? name(path) : where.replace(/ (field|parameter)$/, "");
      return `${field}: ${issue.message}`;
    })
    .join("; ");
}
