// The victims routes' inputs as zod schemas, and their declarations (merged into OPERATIONS, so they
// appear in /api/openapi.json): persons of the registry, pairs to review, a reviewer's decision.
import { z } from "zod";
import { reasonSchema } from "../../domain/claim-rules.js";
import { PERSON_FATES } from "../victims.js";
import type { Operation } from "./routes.js";
import { pageQuery } from "./schemas.js";

const LIST_MAX = 200;
const KEY_MAX = 500;

const listName = z.string().trim().min(1, "expected a list name").max(LIST_MAX, `expected at most ${LIST_MAX} characters`);

export const personsQuery = z.strictObject({
  list: listName.optional().describe("Only persons this list names"),
  fate: z.enum(PERSON_FATES).optional().describe("Only persons with this fate (unknown: none of their records states one)"),
  ...pageQuery,
});

const recordKeyField = z
  .string({ error: "expected a record named LIST/RECORD_ID (text)" })
  .trim()
  .max(KEY_MAX, `expected at most ${KEY_MAX} characters`)
  .regex(/^[^/]+\/.+$/, "expected a record named LIST/RECORD_ID, such as hrana/17");

export const decisionBody = z
  .strictObject(
    {
      recordA: recordKeyField.describe("One record of the pair: LIST/RECORD_ID"),
      recordB: recordKeyField.describe("The other record: LIST/RECORD_ID"),
      decision: z.enum(["match", "not_match"], { error: "expected match or not_match" }).describe("One person (match) or two (not_match); kept for every later link run"),
      reason: reasonSchema.optional().describe("Why (kept in the audit trail)"),
    },
    { error: (issue) => (issue.code === "invalid_type" ? "expected a JSON object with recordA, recordB and decision" : undefined) },
  )
  .refine((body) => body.recordA !== body.recordB, { path: ["recordB"], message: "a record cannot be compared with itself" });

export const VICTIM_OPERATIONS = {
  victimPersons: { method: "get", path: "/api/victims/persons", summary: "Named victims: persons with their records (never a list's private fields), counts per fate and list, and the lists' overlap", query: personsQuery },
  victimPairs: { method: "get", path: "/api/victims/pairs", summary: "Pairs of records the last link run could not decide, most likely first, with both records" },
  victimDecision: { method: "post", path: "/api/victims/decisions", summary: "Decide a pair: match or not a match (editor); kept, audited and applied by every later link run", body: decisionBody, role: "editor" },
} satisfies Record<string, Operation>;
