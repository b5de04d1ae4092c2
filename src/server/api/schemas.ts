// The API's inputs as zod schemas: the routes validate with them and the OpenAPI document is generated from them.
import { z } from "zod";
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../../domain/claim.js";

export const REVIEW_STATES = ["auto", "accepted", "corrected", "rejected"] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");
const id = z.coerce.number().int().min(1);

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
  claimant: z.string().min(1).max(200).optional().describe("Claimant name as shown"),
});

export const houseRulesQuery = z.strictObject({
  event: id.optional().describe("Event id; all documents when absent"),
  metric: z.enum(METRICS).optional(),
  population: z.enum(POPULATIONS).optional().describe("Only this population; every population with claims when absent"),
});

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const documentsQuery = z.strictObject({
  event: id.optional(),
  ...pageQuery,
});

export const claimsQuery = z.strictObject({
  event: id.optional(),
  document: id.optional(),
  metric: z.enum(METRICS).optional(),
  population: z.enum(POPULATIONS).optional(),
  claimant: z.string().min(1).max(200).optional(),
  status: z.enum(STATUSES).optional(),
  review: z.enum(REVIEW_STATES).optional().describe("Review state; rejected claims are left out unless asked for"),
  from: day.optional().describe("Earliest as-of day, inclusive"),
  to: day.optional().describe("Latest as-of day, inclusive"),
  after: id.optional().describe("Only claims with a larger id: pass the last id of a page to get the next one (cheaper than offset deep in the list)"),
  ...pageQuery,
});

export const idParam = z.strictObject({ id });

export const claimCorrection = z.strictObject({
  metric: z.enum(METRICS).optional(),
  population: z.enum(POPULATIONS).optional(),
  min: z.number().int().min(0).nullable().optional(),
  max: z.number().int().min(0).nullable().optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
  claimant: z.string().max(200).nullable().optional(),
  claimantKind: z.enum(CLAIMANT_KINDS).nullable().optional(),
  status: z.enum(STATUSES).optional(),
  asOf: day.nullable().optional(),
  mainEvent: z.boolean().optional(),
});

export const reviewBody = z.strictObject({
  action: z.enum(["accept", "correct", "reject"]),
  correction: claimCorrection.optional().describe("Fields to change; required for correct"),
  reason: z.string().trim().max(2000).optional().describe("Why: required for correct (what was wrong, or where the right figure comes from); kept in the audit trail"),
});

export type ClaimsQuery = z.infer<typeof claimsQuery>;
export type ReviewBody = z.infer<typeof reviewBody>;

/** "query parameter 'metric': Invalid option…" — the first problem, naming the field. */
export function describeZodError(error: z.ZodError, where: string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : issue.path.map(String);
      const field = keys.length ? `${where} '${keys.join(".")}'` : where;
      return `${field}: ${issue.message}`;
    })
    .join("; ");
}
