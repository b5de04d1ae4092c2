// The /api routes: thin handlers that validate with the schemas, ask the store or the ledger, and answer JSON.
// Each route is declared once in OPERATIONS; the OpenAPI document is generated from the same list.
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { correctedBoundsProblems } from "../../domain/claim-rules.js";
import { withCanonicalClaimant } from "../../domain/claimants.js";
import type { ClaimFilter } from "../../store/store.js";
import { refuseUnless } from "../auth/guard.js";
import { claimantsOf } from "../claimants.js";
import type { AppEnv } from "../context.js";
import { eventDependencies, type Dependencies, type Ledger } from "../ledger.js";
import { SHARED_SCOPE, VICTIMS_SCOPE, eventScope } from "../../store/revision.js";
import { CREDIBLE_NOTE } from "../../reconcile/house-rules/index.js";
import { checksOf } from "../curation.js";
import { explainStoredClaim } from "../explain.js";
import { checksQuery, CURATION_OPERATIONS } from "./curation-schemas.js";
import { VICTIM_OPERATIONS } from "./victims-schemas.js";
import { claimsQuery, documentsQuery, estimateQuery, eventQuery, houseRulesQuery, idParam, metricQuery, reviewBody, seriesQuery, type ClaimsQuery } from "./schemas.js";
import { summaryResponse } from "./summary-schema.js";
import { undatedText } from "../../views/report-view.js";
import { estimateRegistryOffThread, registryEstimateToJson } from "../../estimate/registry-estimate.js";
import { notFound, parseInput, readJsonBody, singleQuery, toJson } from "./validate.js";

export interface Operation {
  method: "get" | "post";
  /** OpenAPI form: /api/claims/{id} */
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodObject;
  /** The answer's shape, where the OpenAPI document describes it. */
  response?: z.ZodType;
  /** The role needed beyond signing in. */
  role?: "editor";
  /** When the operation may answer 409, why. */
  conflict?: string;
}

export const OPERATIONS = {
  events: { method: "get", path: "/api/events", summary: "Events (crises) documents and claims belong to" },
  documents: { method: "get", path: "/api/documents", summary: "Documents, newest first, without their text", query: documentsQuery },
  document: { method: "get", path: "/api/documents/{id}", summary: "One document with its text and claims", params: idParam },
  claims: { method: "get", path: "/api/claims", summary: "Claims, filtered and paginated", query: claimsQuery },
  claim: { method: "get", path: "/api/claims/{id}", summary: "One claim with its audit trail", params: idParam },
  explain: { method: "get", path: "/api/claims/{id}/explain", summary: "Why the extractor made a claim: for each field, the stage that decided it and the words it read (re-run on the stored text)", params: idParam },
  review: { method: "post", path: "/api/claims/{id}/review", summary: "Accept, correct or reject a claim (editor)", params: idParam, body: reviewBody, role: "editor" },
  claimants: { method: "get", path: "/api/claimants", summary: "Claimants after aliases are resolved, with their claim counts", query: eventQuery },
  storedClaimants: { method: "get", path: "/api/stored-claimants", summary: "Claimants as the store holds them (name, kind, aliases), before claims are grouped by claimant" },
  claimantEdits: { method: "get", path: "/api/claimant-edits", summary: "The claimant edits in force (merges, renames, not a source), oldest first" },
  checkDismissals: { method: "get", path: "/api/check-dismissals", summary: "The check dismissals in force, oldest first" },
  series: { method: "get", path: "/api/series", summary: "Each claimant's figures over time per metric and population", query: seriesQuery },
  checks: { method: "get", path: "/api/checks", summary: "Consistency checks with the claims they concern, each with its key", query: checksQuery },
  summary: {
    method: "get",
    path: "/api/summary",
    summary: "Where each count stands: as of the newest claim, the verified floor (which a part's verified count may set), under review, highest reported figure, highest estimate, per population",
    query: metricQuery,
    response: summaryResponse,
  },
  houseRules: { method: "get", path: "/api/house-rules", summary: "What ACLED, UCDP, IBC and Airwars would publish from the same claims, per metric and population, each explained in one line", query: houseRulesQuery },
  estimate: {
    method: "get",
    path: "/api/estimate",
    summary: "Multiple systems estimation from the linked victims registry: the same JSON as `tally estimate --json` (models, the BIC-best, the spread within 2 BIC, the model-averaged median), or method 'refused' with the reason",
    query: estimateQuery,
  },
  ...CURATION_OPERATIONS,
  ...VICTIM_OPERATIONS,
} satisfies Record<string, Operation>;

export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

function json(c: Context, body: string, status: 200 | 201 = 200): Response {
  return c.body(body, status, { "content-type": "application/json; charset=utf-8" });
}

export function claimFilter(q: ClaimsQuery): ClaimFilter {
  return {
    eventId: q.event,
    documentId: q.document,
    metric: q.metric,
    population: q.population,
    claimant: q.claimant,
    status: q.status,
    reviewState: q.review,
    from: q.from,
    to: q.to,
    limit: q.limit,
    offset: q.offset,
    afterId: q.after,
  };
}

export function apiRoutes(ledger: Ledger): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const store = ledger.store;
  const query = <S extends z.ZodObject>(c: Context, schema: S) => parseInput(schema, singleQuery(c), "query parameter");
  const params = <S extends z.ZodObject>(c: Context, schema: S) => parseInput(schema, c.req.param(), "path parameter");

  /** 404 for an event the store does not hold. */
  const requireEvent = async (event: number | undefined) => {
    if (event !== undefined && !(await ledger.events()).some((e) => e.id === event)) notFound(`event ${event}`);
  };
  /** The reconciliation for the event asked for; 404 for an unknown event. */
  const viewFor = async (event: number | undefined) => {
    await requireEvent(event);
    return ledger.view(event);
  };
  /** Answers are cached as JSON text until a scope they depend on changes. */
  const cachedJson = (c: Context, dependencies: Dependencies, build: () => Promise<unknown>) =>
    ledger.memo(`json:${c.req.path}?${new URL(c.req.url).search}`, dependencies, async () => toJson(await build())).then((body) => json(c, body));
  const shared = [SHARED_SCOPE];

  const op = OPERATIONS;
  api.get(honoPath(op.events.path), (c) => cachedJson(c, shared, () => ledger.events()));

  api.get(honoPath(op.documents.path), (c) => {
    const q = query(c, documentsQuery);
    return cachedJson(c, eventDependencies(q.event), async () => {
      const page = await store.listDocuments({ eventId: q.event, limit: q.limit, offset: q.offset });
      return { total: page.total, limit: q.limit, offset: q.offset, items: page.items.map(({ text, ...meta }) => ({ ...meta, length: text.length })) };
    });
  });

  api.get(honoPath(op.document.path), async (c) => {
    const { id } = params(c, idParam);
    const document = await store.getDocument(id);
    if (!document) notFound(`document ${id}`);
    const claims = await store.listClaims({ documentId: id, includeRejected: true });
    return json(c, toJson({ ...document, claims: claims.items }));
  });

  api.get(honoPath(op.claims.path), (c) => {
    const q = query(c, claimsQuery);
    // Paged by SQL on the claims' event index: nothing is held per event, whatever its size.
    return cachedJson(c, eventDependencies(q.event), async () => {
      const page = await store.listClaims(claimFilter(q));
      return { total: page.total, limit: q.limit, offset: q.offset, items: page.items };
    });
  });

  api.get(honoPath(op.claim.path), async (c) => {
    const { id } = params(c, idParam);
    const claim = await store.getClaim(id);
    if (!claim) notFound(`claim ${id}`);
    const audit = await store.listAudit({ entity: "claim", entityId: id });
    return json(c, toJson({ ...claim, audit }));
  });

  api.get(honoPath(op.explain.path), async (c) => {
    const { id } = params(c, idParam);
    const found = (await explainStoredClaim(store, id)) ?? notFound(`claim ${id}`);
    return json(c, toJson(found.explanation));
  });

  api.post(honoPath(op.review.path), async (c) => {
    const refused = refuseUnless(c, "editor");
    if (refused) return refused;
    const { id } = params(c, idParam);
    const body = parseInput(reviewBody, await readJsonBody(c), "body field");
    const claim = await reviewClaim(ledger, id, body, c.get("user")!.name);
    return json(c, toJson(claim));
  });

  api.get(honoPath(op.claimants.path), (c) => {
    const q = query(c, eventQuery);
    return cachedJson(c, eventDependencies(q.event), async () => claimantsOf((await viewFor(q.event)).series.flatMap((s) => s.points)));
  });

  // What the report and export read besides the claims, so that they can read through this server (store/server-reader.ts).
  // Claimants are added by any ingest, in any event.
  api.get(honoPath(op.storedClaimants.path), (c) => cachedJson(c, "any", () => store.listClaimants()));
  api.get(honoPath(op.claimantEdits.path), (c) => cachedJson(c, shared, () => store.curation.listClaimantEdits()));
  api.get(honoPath(op.checkDismissals.path), (c) => cachedJson(c, shared, () => store.curation.listCheckDismissals()));

  api.get(honoPath(op.series.path), (c) => {
    const q = query(c, seriesQuery);
    return cachedJson(c, eventDependencies(q.event), async () =>
      (await viewFor(q.event)).series.filter(
        (s) =>
          (!q.metric || s.metric === q.metric) &&
          (!q.population || s.population === q.population) &&
          (!q.claimant || s.claimant.name.toLowerCase() === q.claimant.toLowerCase()),
      ),
    );
  });

  api.get(honoPath(op.checks.path), (c) => {
    const q = query(c, checksQuery);
    return cachedJson(c, eventDependencies(q.event), async () => checksOf(await viewFor(q.event), q.dismissed).filter((check) => !q.metric || check.metric === q.metric));
  });

  api.get(honoPath(op.summary.path), (c) => {
    const q = query(c, metricQuery);
    // The stored summary part only: an event's summary never parses its claims, series or checks.
    return cachedJson(c, eventDependencies(q.event, VICTIMS_SCOPE), async () => {
      await requireEvent(q.event);
      const view = await ledger.summary(q.event);
      const summaries = view.summaries.filter((s) => !q.metric || s.metric === q.metric);
      const latestReport = summaries.reduce<string | null>((newest, s) => (s.asOf && (!newest || s.asOf > newest) ? s.asOf : newest), null);
      const undated = q.metric ? (view.undatedByMetric[q.metric] ?? { undatedDocuments: 0, undatedClaims: 0 }) : view;
      return {
        event: view.event, today: view.today, latestReport, claimCount: view.claimCount,
        undatedDocuments: undated.undatedDocuments, undatedClaims: undated.undatedClaims, undatedNote: undatedText(undated), summaries,
        registry: await ledger.registryStanding(q.event),
      };
    });
  });

  api.get(honoPath(op.houseRules.path), (c) => {
    const q = query(c, houseRulesQuery);
    return cachedJson(c, eventDependencies(q.event), async () => {
      const view = await viewFor(q.event);
      const wanted = (rules: { metric: string; population: string }) => (!q.metric || rules.metric === q.metric) && (!q.population || rules.population === q.population);
      return { event: view.event, today: view.today, note: CREDIBLE_NOTE, houseRules: view.houseRules.filter(wanted) };
    });
  });

  api.get(honoPath(op.estimate.path), (c) => {
    const q = query(c, estimateQuery);
    return cachedJson(c, [SHARED_SCOPE, VICTIMS_SCOPE], async () => {
      await requireEvent(q.event);
      const selection = { ...(q.event === undefined ? {} : { eventId: q.event }), ...(q.fate === undefined ? {} : { fate: q.fate }) };
      return registryEstimateToJson(await estimateRegistryOffThread(await ledger.victimRecords(), selection));
    });
  });

  return api;
}

const REVIEW_STATE = { accept: "accepted", correct: "corrected", reject: "rejected" } as const;

/** How a request names the correction and its fields in an error: a JSON body's, a form's. */
export interface CorrectionNames {
  correction: string;
  reason: string;
  field(name: string): string;
}

const BODY_NAMES: CorrectionNames = { correction: "body field 'correction'", reason: "body field 'reason'", field: (name) => `body field 'correction.${name}'` };

/**
 * Shared by the API and the review page's form posts. The bounds are judged on the claim as the
 * correction leaves it (a max alone below the stored min is refused); the store checks again.
 */
export async function reviewClaim(ledger: Ledger, id: number, body: z.infer<typeof reviewBody>, actor: string, names: CorrectionNames = BODY_NAMES) {
  const existing = await ledger.store.getClaim(id);
  if (!existing) notFound(`claim ${id}`);
  // A claimant typed by its alias is saved under the name reconciliation credits it to.
  const correction = body.action === "correct" ? withCanonicalClaimant(body.correction ?? {}, await ledger.claimantResolver()) : {};
  if (body.action === "correct" && Object.keys(correction).length === 0) {
    throw new HTTPException(400, { message: `${names.correction}: correct needs at least one field to change` });
  }
  const problems = correctedBoundsProblems(existing, correction);
  if (problems.length > 0) throw new HTTPException(400, { message: problems.map((p) => `${names.field(p.field)}: ${p.message}`).join("; ") });
  // A changed figure without its why is a figure no one can check: a correction says what was wrong.
  if (body.action === "correct" && !body.reason) {
    throw new HTTPException(400, { message: `${names.reason}: a correction needs a reason (what was wrong, or where the right figure comes from)` });
  }
  const claim = await ledger.store.reviewClaim(id, REVIEW_STATE[body.action], correction, actor, body.reason || null);
  ledger.changed([eventScope(claim.eventId)]);
  return claim;
}
