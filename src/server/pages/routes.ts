// The dashboard's page routes: each parses its inputs, asks the ledger or the store, and renders a page.
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { claimantSchema, reasonSchema } from "../../domain/claim-rules.js";
import { recordIdTextSchema } from "../../domain/record-id.js";
import { formatFigure } from "../../reconcile/index.js";
import { renderStaticReport } from "../../views/static-report.js";
import { claimsQuery, idParam, offsetSchema, pageQuery } from "../api/schemas.js";
import { reviewClaim, type CorrectionNames } from "../api/routes.js";
import { parseInput, notFound, readForm, singleQuery } from "../api/validate.js";
import { roleAllows } from "../auth/accounts.js";
import { refuseUnless } from "../auth/guard.js";
import type { AppEnv } from "../context.js";
import { dismissalHistory } from "../curation.js";
import { explainStoredClaim } from "../explain.js";
import type { Ledger } from "../ledger.js";
import { claimPage, claimsPage, documentPage, documentsPage } from "./claim-pages.js";
import { withEvent, type PageContext } from "./layout.js";
import { safeNext } from "./login.js";
import { loginRoutes, type LoginOptions } from "./login-routes.js";
import { correctionFromForm, reviewPage } from "./review.js";
import { claimantResponse } from "./curation-forms.js";
import { checksCuration, editedClaimantsSection } from "./curation-pages.js";
import { queuePage } from "./review-queue.js";
import { checksPage, claimantsPage, overviewPage } from "./summary-pages.js";
import { RECENT_ALERTS } from "./recent-alerts.js";
import { whyPage } from "./why.js";

const eventOnly = z.object({ event: recordIdTextSchema.optional() });
const pageOnly = z.object({ offset: pageQuery.offset, all: z.string().optional() });
const reviewQuery = z.object({ offset: offsetSchema.optional(), after: offsetSchema.optional(), claim: recordIdTextSchema.optional(), all: z.string().optional() });
const claimantParam = z.object({ name: claimantSchema });
const FORM_NAMES: CorrectionNames = { correction: "form", reason: "form field 'reason'", field: (name) => `form field '${name}'` };
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/** Signing in and out; the rest of the pages need only the ledger. */
export type PageOptions = LoginOptions;

export function pageRoutes(ledger: Ledger, options: PageOptions): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.route("/", loginRoutes(options));
  const store = ledger.store;

  const context = async (c: Context<AppEnv>): Promise<PageContext> => {
    // the picker's "All documents" sends an empty event: no event
    const query = Object.fromEntries(Object.entries(singleQuery(c)).filter(([key, value]) => !(key === "event" && value === "")));
    const { event } = parseInput(eventOnly, query, "query parameter");
    const events = await ledger.events();
    if (event !== undefined && !events.some((e) => e.id === event)) notFound(`event ${event}`);
    return { user: c.get("user"), csrf: c.get("csrf"), eventId: event, events };
  };

  pages.get("/", async (c) => {
    const ctx = await context(c);
    // Counts of different crises do not add up: with events defined, the front page opens on the
    // first one (the picker's "All documents" still shows every claim together).
    if (c.req.query("event") === undefined && ctx.events.length > 0) return c.redirect(`/?event=${ctx.events[0]!.id}`);
    const alerts = await store.alerts.listAlerts({ ...(ctx.eventId === undefined ? {} : { eventId: ctx.eventId }), limit: RECENT_ALERTS });
    return c.html(overviewPage(ctx, await ledger.viewWithEstimate(ctx.eventId), alerts));
  });
  pages.get("/checks", async (c) => {
    const ctx = await context(c);
    const view = await ledger.view(ctx.eventId);
    return c.html(checksPage(ctx, view, checksCuration(ctx, view, await dismissalHistory(ledger), c.req.query("dismissed") === "1")));
  });
  pages.get("/claimants", async (c) => {
    const ctx = await context(c);
    return c.html(claimantsPage(ctx, await ledger.view(ctx.eventId), editedClaimantsSection(ctx, (await ledger.curation()).claimantEdits)));
  });
  pages.get("/claimants/:name", async (c) => claimantResponse(c, ledger, await context(c), parseInput(claimantParam, c.req.param(), "path parameter").name));

  pages.get("/claims", async (c) => {
    // Empty form fields ("metric=") mean "any": drop them before validating.
    const raw = Object.fromEntries(Object.entries(singleQuery(c)).filter(([, v]) => v !== ""));
    const q = parseInput(claimsQuery, raw, "query parameter");
    const ctx = { ...(await context(c)), eventId: q.event };
    const page = await store.listClaims({ eventId: q.event, metric: q.metric, population: q.population, claimant: q.claimant, status: q.status, reviewState: q.review, from: q.from, to: q.to, limit: q.limit, offset: q.offset });
    return c.html(claimsPage(ctx, q, page));
  });
  pages.get("/claims/:id", async (c) => {
    const { id } = parseInput(idParam, c.req.param(), "path parameter");
    const claim = (await store.getClaim(id)) ?? notFound(`claim ${id}`);
    return c.html(claimPage(await context(c), claim, await store.listAudit({ entity: "claim", entityId: id })));
  });

  pages.get("/claims/:id/why", async (c) => {
    const { id } = parseInput(idParam, c.req.param(), "path parameter");
    const found = (await explainStoredClaim(store, id)) ?? notFound(`claim ${id}`);
    return c.html(whyPage(await context(c), found.claim, found.explanation));
  });

  pages.get("/documents", async (c) => {
    const { offset } = parseInput(pageOnly, singleQuery(c), "query parameter");
    const ctx = await context(c);
    return c.html(documentsPage(ctx, await store.listDocuments({ eventId: ctx.eventId, limit: 100, offset }), offset, 100));
  });
  pages.get("/documents/:id", async (c) => {
    const { id } = parseInput(idParam, c.req.param(), "path parameter");
    const doc = (await store.getDocument(id)) ?? notFound(`document ${id}`);
    const claims = await store.listClaims({ documentId: id, includeRejected: true });
    return c.html(documentPage(await context(c), doc, claims.items));
  });

  pages.get("/review", async (c) => {
    const { offset, after, claim, all } = parseInput(reviewQuery, singleQuery(c), "query parameter");
    const ctx = await context(c);
    const showAll = all === "1";
    // The queue's positions are its claims' ids (one small query); only the page's claims are read.
    const filter = showAll ? { eventId: ctx.eventId, includeRejected: true } : { eventId: ctx.eventId, reviewState: "auto" as const };
    const ids = (await store.listClaimIds(filter)).map((id) => ({ id }));
    const positions = queuePage(ids, { offset, after, claim });
    const page = { ...filter, ...(positions.self === undefined ? {} : { afterId: positions.self }), limit: positions.items.length };
    const items = positions.items.length === 0 ? [] : (await store.listClaims(page)).items;
    return c.html(reviewPage(ctx, { ...positions, items }, showAll, roleAllows(ctx.user?.role ?? "viewer", "editor")));
  });
  pages.post("/review/:id", async (c) => {
    const refused = refuseUnless(c, "editor");
    if (refused) return refused;
    const { id } = parseInput(idParam, c.req.param(), "path parameter");
    const form = await readForm(c);
    const action = parseInput(z.enum(["accept", "correct", "reject"]), form.action, "form field 'action'");
    const claim = (await store.getClaim(id)) ?? notFound(`claim ${id}`);
    const correction = action === "correct" ? correctionFromForm(form, claim) : undefined;
    // The app's onError answers HTML, or JSON when the page's script asks for it.
    if (typeof correction === "string") throw new HTTPException(400, { message: correction });
    const reason = parseInput(reasonSchema.optional(), form.reason, "form field 'reason'");
    const reviewed = await reviewClaim(ledger, id, { action, correction, reason: reason || undefined }, c.get("user")!.name, FORM_NAMES);
    const summary = `${reviewed.metric.replace(/_/g, " ")} · ${reviewed.population.replace(/_/g, " ")} · ${formatFigure(reviewed)}`;
    if (wantsJson(c)) return c.json({ id, reviewState: reviewed.reviewState, summary });
    // Back to the same page of the same event's queue (the form's `next`), at the card it names or this one.
    const event = parseInput(eventOnly, { event: c.req.query("event") || undefined }, "query parameter").event;
    const next = form.next === undefined ? withEvent("/review", event) : safeNext(form.next);
    return c.redirect(next.includes("#") ? next : `${next}#claim-${id}`, 303);
  });

  pages.get("/report.html", async (c) => {
    const ctx = await context(c);
    const report = renderStaticReport([await ledger.viewWithEstimate(ctx.eventId)], { generatedAt: new Date().toISOString() });
    return c.body(report, 200, { "content-type": "text/html; charset=utf-8", "content-security-policy": REPORT_CSP, "content-disposition": 'attachment; filename="tally-report.html"' });
  });

  return pages;
}

function wantsJson(c: Context): boolean {
  return (c.req.header("accept") ?? "").includes("application/json");
}
