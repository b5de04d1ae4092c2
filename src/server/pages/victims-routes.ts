// The named-victims page routes: the registry, the link review queue, and a reviewer's decision posted
// from it (editor; the CSRF token as every other form). The registry is not scoped to an event.
import { VICTIMS_SCOPE } from "../../store/revision.js";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { decisionBody, personsQuery } from "../api/victims-schemas.js";
import { offsetSchema } from "../api/schemas.js";
import { parseInput, readForm, singleQuery } from "../api/validate.js";
import { roleAllows } from "../auth/accounts.js";
import { refuseUnless } from "../auth/guard.js";
import type { AppEnv } from "../context.js";
import type { Ledger } from "../ledger.js";
import { decidePair, pairsToReview, registryOf } from "../victims.js";
import type { PageContext } from "./layout.js";
import { safeNext } from "./login.js";
import { linkReviewPage, victimsPage } from "./victims-pages.js";

// The filter form sends "" for "any": those are dropped before validating. The navigation keeps the
// dashboard's event in its links; the registry is not scoped to one, so the parameter is accepted and unused.
const keptEvent = { event: z.string().optional() };
const victimsQuery = personsQuery.omit({ limit: true }).extend(keptEvent);
const reviewQuery = z.strictObject({ offset: offsetSchema.default(0), ...keptEvent });
const FORM_NAMES = { recordA: "form field 'recordA'", recordB: "form field 'recordB'" };

export function victimPageRoutes(ledger: Ledger): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const store = ledger.store;
  const context = async (c: Context<AppEnv>): Promise<PageContext> => ({ user: c.get("user"), csrf: c.get("csrf"), events: await ledger.events() });
  const canEdit = (ctx: PageContext) => roleAllows(ctx.user?.role ?? "viewer", "editor");

  pages.get("/victims", async (c) => {
    const given = Object.fromEntries(Object.entries(singleQuery(c)).filter(([, value]) => value !== ""));
    const q = parseInput(victimsQuery, given, "query parameter");
    const filter = { list: q.list, fate: q.fate };
    const { summary, persons } = await registryOf(store, filter);
    const waiting = (await store.victims.listReviewPairs()).length;
    return c.html(victimsPage(await context(c), summary, persons, filter, q.offset, waiting));
  });

  pages.get("/victims/review", async (c) => {
    const { offset } = parseInput(reviewQuery, singleQuery(c), "query parameter");
    const ctx = await context(c);
    return c.html(linkReviewPage(ctx, await pairsToReview(store), offset, canEdit(ctx)));
  });

  pages.post("/victims/review", async (c) => {
    const refused = refuseUnless(c, "editor");
    if (refused) return refused;
    const { recordA, recordB, decision, reason, next } = await readForm(c);
    const body = parseInput(decisionBody, { recordA, recordB, decision, reason: reason || undefined }, "form field");
    const decided = await decidePair(store, body, c.get("user")!.name, FORM_NAMES);
    ledger.changed([VICTIMS_SCOPE]);
    if ((c.req.header("accept") ?? "").includes("application/json")) return c.json(decided);
    return c.redirect(next === undefined ? "/victims/review" : safeNext(next), 303);
  });

  return pages;
}
