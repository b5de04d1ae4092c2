// What GET /api/summary answers, as a zod schema: the OpenAPI document describes the answer from it,
// and the tests read real answers with it, so the description cannot drift from what the route sends.
import { z } from "zod";
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../../domain/claim.js";
import { FATES } from "../../domain/victim.js";

const day = z.string().describe("YYYY-MM-DD");

const claimReport = z.object({
  claimId: z.number().int(),
  documentId: z.number().int(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: day.nullable(),
  evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  claimantAsWritten: z.string().nullable(),
  status: z.enum(STATUSES),
});

const reconciledClaim = z
  .object({
    key: z.string(),
    claimant: z.object({ key: z.string(), name: z.string(), kind: z.enum(CLAIMANT_KINDS).nullable(), generic: z.boolean() }),
    unattributed: z.boolean(),
    metric: z.enum(METRICS),
    population: z.enum(POPULATIONS),
    min: z.number().int().nullable(),
    max: z.number().int().nullable(),
    qualifier: z.enum(QUALIFIERS),
    status: z.enum(STATUSES),
    asOf: day.nullable(),
    mainEvent: z.boolean(),
    corrected: z.boolean().describe("true when a reviewer corrected one of the stored claims behind this figure"),
    reports: z.array(claimReport),
  })
  .describe("One claimant's figure for one day, with every outlet that carried it");

const sourcedFigure = z.object({
  value: z.number().describe("The number used to rank and compare; for a vague figure a stand-in (\"tens of thousands\" is 20000): show `figure`, not this"),
  figure: z.string().describe("The figure as its source stated it: \"at least 1,500\", \"tens of thousands\""),
  claim: reconciledClaim,
});

const floorFigure = sourcedFigure.extend({
  population: z.enum(POPULATIONS).describe("Whose verified count sets the floor: the summary's own population, or the part it comes from (a part's verified count is a floor for the whole)"),
  parts: z
    .array(sourcedFigure.extend({ population: z.enum(POPULATIONS) }))
    .optional()
    .describe("When the floor adds disjoint parts of one breakdown (one claimant, one day, one document): those parts"),
});

const standingFields = {
  underReview: sourcedFigure.nullable().describe("The highest count under review (reported, not yet verified)"),
  highestReported: sourcedFigure.nullable().describe("The highest figure stated as a plain report (status reported); never an estimate"),
  highestEstimate: sourcedFigure.nullable().describe("The highest figure stated as an estimate, belief or projection (status estimate) only"),
};

const populationStanding = z.object({
  population: z.enum(POPULATIONS),
  verified: floorFigure.nullable().describe("The highest verified count of this population"),
  ...standingFields,
});

export const standingSummarySchema = z.object({
  metric: z.enum(METRICS),
  population: z.enum(POPULATIONS),
  today: day.describe("The day the summary is read on; later claims are left out"),
  asOf: day.nullable().describe("The newest claim's day among the counts summarised: what the summary is as of"),
  latest: z.array(reconciledClaim).describe("Each claimant's latest figure, highest first"),
  verifiedFloor: floorFigure.nullable().describe("The highest verified count of everyone, or of any one population when that is higher"),
  ...standingFields,
  spread: z
    .object({ absolute: z.number(), ratio: z.number().nullable().describe("null when the verified floor is 0") })
    .nullable()
    .describe("How far the highest reported figure or estimate is above the verified floor; null when either is missing or the top is vague"),
  populations: z.array(populationStanding).describe("One row per narrower population that has claims (civilians, children, protesters, security forces, women, other)"),
  statement: z.string().describe("Where the count stands in one paragraph, every figure sourced"),
});

const registryStandingSchema = z
  .object({
    persons: z.number().int().describe("Persons named in the registry's records of this event, after linking"),
    onSeveralLists: z.number().int().describe("Of them, those two or more lists name (names from reports count as the list 'reports')"),
    perFate: z
      .array(z.object({ fate: z.enum([...FATES, "unknown"]), persons: z.number().int(), onSeveralLists: z.number().int() }))
      .describe("One row per fate that has persons; 'unknown' for persons no record gives a fate"),
    lists: z.array(z.string()).describe("The lists naming anyone here, in name order"),
    unlinkedRecords: z.number().int().describe("Records imported after the last link run: each counts as a person of its own until 'tally victims link' runs"),
  })
  .describe("The victims registry: named persons, not claimed counts");

export const summaryResponse = z.object({
  event: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  today: day,
  latestReport: day.nullable().describe("The newest claim's day across the summaries"),
  claimCount: z.number().int(),
  undatedDocuments: z.number().int().describe("Documents behind these claims (of the metric asked for) that have no publication date"),
  undatedClaims: z
    .number()
    .int()
    .describe("Their claims with no day of their own: a claim is dated by its own as-of, else by its document's publication date, and the standing summary leaves out a claim with neither"),
  undatedNote: z.string().nullable().describe("What the two counts above mean and what dates the documents, in words; null when every document is dated"),
  summaries: z.array(standingSummarySchema),
  registry: registryStandingSchema.nullable().describe("The victims registry's persons of this event per fate (every record without event); null when the registry holds no one here"),
});
