// The curation routes' inputs as zod schemas, and their declarations (merged into OPERATIONS, so they
// appear in /api/openapi.json): dismiss or undismiss a check; merge, rename, disown or restore a claimant.
import { z } from "zod";
import { CLAIMANT_NAME_MAX, CURATION_REASON_MAX, curationTextProblem } from "../../domain/curation.js";
import { CHECK_KEY_PATTERN } from "../../reconcile/index.js";
import type { Operation } from "./routes.js";
import { eventQuery, metricQuery } from "./schemas.js";

const noControlCharacters = (what: "reason" | "name") => (value: string) => !/control character/.test(curationTextProblem(value, what) ?? "");

export const reasonField = z
  .string()
  .trim()
  .min(1, "a reason is required")
  .max(CURATION_REASON_MAX, `at most ${CURATION_REASON_MAX} characters`)
  .refine(noControlCharacters("reason"), "contains a control character");

const shownName = z
  .string()
  .trim()
  .min(1, "a name is required")
  .max(CLAIMANT_NAME_MAX, `at most ${CLAIMANT_NAME_MAX} characters`)
  .refine(noControlCharacters("name"), "contains a control character");

export const checkKeyParam = z.strictObject({
  key: z.string().regex(CHECK_KEY_PATTERN, "expected a check key such as outlier-killed-0a1b2c3d4e5f60 (see GET /api/checks)"),
});

export const claimantParam = z.strictObject({
  name: z.string().min(1).max(400).describe("The claimant's shown name (any case), or its key from GET /api/claimants"),
});

export const checksQuery = metricQuery.extend({
  dismissed: z.enum(["hide", "include", "only"]).default("hide").describe("Checks an analyst dismissed: left out (hide), listed too (include) or alone (only), each with its dismissal"),
});

export const dismissBody = z.strictObject({ reason: reasonField.describe("Why the check does not apply (kept in the audit trail)") });
/** Undoing takes an optional reason. */
export const undoBody = z.strictObject({ reason: reasonField.optional() });
export const mergeBody = z.strictObject({
  into: z.string().trim().min(1, "name the claimant to merge into").max(400).describe("The claimant to credit instead: its shown name or key"),
  reason: reasonField,
});
export const renameBody = z.strictObject({ name: shownName.describe("The name to show; the claimant keeps its key"), reason: reasonField });
export const notASourceBody = z.strictObject({ reason: reasonField });

const scoped = { params: checkKeyParam, query: eventQuery, role: "editor" } as const;
const claimant = { params: claimantParam, query: eventQuery, role: "editor" } as const;
const conflict = "The change contradicts the record (already dismissed; a merge into itself or a cycle; a name another claimant has)";

export const CURATION_OPERATIONS = {
  dismissCheck: { method: "post", path: "/api/checks/{key}/dismiss", summary: "Dismiss a check with a reason (editor): it no longer counts, and stays listed as dismissed", ...scoped, body: dismissBody, conflict },
  undismissCheck: { method: "post", path: "/api/checks/{key}/undismiss", summary: "Undo a check's dismissal (editor)", ...scoped, body: undoBody },
  claimantHistory: { method: "get", path: "/api/claimants/{name}/history", summary: "A claimant's edits (merges, renames, not a source) with their audit trail", params: claimantParam, query: eventQuery },
  mergeClaimant: { method: "post", path: "/api/claimants/{name}/merge", summary: "Credit a claimant's claims to another claimant (editor): their series join", ...claimant, body: mergeBody, conflict },
  renameClaimant: { method: "post", path: "/api/claimants/{name}/rename", summary: "Show a claimant under another name (editor); its key and links stay", ...claimant, body: renameBody, conflict },
  notASource: { method: "post", path: "/api/claimants/{name}/not-a-source", summary: "Mark a claimant not a source (editor): its claims count as unattributed", ...claimant, body: notASourceBody, conflict },
  restoreClaimant: { method: "post", path: "/api/claimants/{name}/restore", summary: "Undo the edit in force for a claimant (editor)", ...claimant, body: undoBody },
} satisfies Record<string, Operation>;
