// The dashboard's curation forms (plain posts that redirect, no script needed) and the claimant page,
// which follows a renamed or merged claimant's old name to where its figures are now.
import { Hono, type Context } from "hono";
import { checkKeyParam, claimantParam, dismissBody, mergeBody, notASourceBody, renameBody, undoBody } from "../api/curation-schemas.js";
import { eventQuery } from "../api/schemas.js";
import { parseInput } from "../api/validate.js";
import { refuseUnless } from "../auth/guard.js";
import type { AppEnv } from "../context.js";
import { claimantHistory, dismissCheck, editClaimant, findClaimant, restoreClaimant, undismissCheck } from "../curation.js";
import type { Ledger } from "../ledger.js";
import { claimantCuration, editedClaimantPage } from "./curation-pages.js";
import { withEvent, type PageContext } from "./layout.js";
import { claimantPage } from "./summary-pages.js";

function claimantUrl(name: string, eventId: number | undefined): string {
  return withEvent(`/claimants/${encodeURIComponent(name)}`, eventId);
}

/** The claimant page, a redirect for a name it no longer goes by, or the page of one merged away or not a source. */
export async function claimantResponse(c: Context<AppEnv>, ledger: Ledger, ctx: PageContext, wanted: string): Promise<Response> {
  const view = await ledger.view(ctx.eventId);
  const claimant = await findClaimant(ledger, view, wanted);
  const history = await claimantHistory(ledger, claimant.key);
  if (claimant.shown) {
    if (claimant.renamed) return c.redirect(claimantUrl(claimant.name, ctx.eventId), 302);
    return c.html(claimantPage(ctx, view, claimant.name, claimantCuration(ctx, view, claimant, history))!);
  }
  if (claimant.mergedInto && claimant.renamed) return c.redirect(claimantUrl(claimant.mergedInto.name, ctx.eventId), 302);
  return c.html(editedClaimantPage(ctx, claimant, history));
}

export function curationFormRoutes(ledger: Ledger): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const event = (c: Context) => parseInput(eventQuery, c.req.query(), "query parameter").event;
  const checkKey = (c: Context) => parseInput(checkKeyParam, c.req.param(), "path parameter").key;
  const claimant = (c: Context) => parseInput(claimantParam, c.req.param(), "path parameter").name;
  const actor = (c: Context<AppEnv>) => c.get("user")!.name;
  /** Form fields as text; an empty optional reason is no reason. */
  const fields = async (c: Context, names: string[]) => {
    const form = await c.req.parseBody();
    return Object.fromEntries(names.filter((name) => typeof form[name] === "string" && form[name] !== "").map((name) => [name, form[name]]));
  };
  const post = (path: string, handle: (c: Context<AppEnv>) => Promise<string>) =>
    pages.post(path, async (c) => refuseUnless(c, "editor") ?? c.redirect(await handle(c), 303));

  post("/checks/:key/dismiss", async (c) => {
    const key = checkKey(c);
    const { reason } = parseInput(dismissBody, await fields(c, ["reason"]), "form field");
    await dismissCheck(ledger, event(c), key, reason, actor(c));
    return withEvent("/checks", event(c));
  });
  post("/checks/:key/undismiss", async (c) => {
    const key = checkKey(c);
    const { reason } = parseInput(undoBody, await fields(c, ["reason"]), "form field");
    await undismissCheck(ledger, key, reason, actor(c));
    return `${withEvent("/checks", event(c))}#check-${key}`;
  });

  post("/claimants/:name/merge", async (c) => {
    const { into, reason } = parseInput(mergeBody, await fields(c, ["into", "reason"]), "form field");
    const edit = await editClaimant(ledger, event(c), claimant(c), { action: "merge", into }, reason, actor(c));
    return `${claimantUrl(edit.intoName ?? into, event(c))}#curation`;
  });
  post("/claimants/:name/rename", async (c) => {
    const { name, reason } = parseInput(renameBody, await fields(c, ["name", "reason"]), "form field");
    await editClaimant(ledger, event(c), claimant(c), { action: "rename", name }, reason, actor(c));
    return `${claimantUrl(name, event(c))}#curation`;
  });
  post("/claimants/:name/not-a-source", async (c) => {
    const { reason } = parseInput(notASourceBody, await fields(c, ["reason"]), "form field");
    const edit = await editClaimant(ledger, event(c), claimant(c), { action: "not_a_source" }, reason, actor(c));
    return claimantUrl(edit.claimantKey, event(c));
  });
  post("/claimants/:name/restore", async (c) => {
    const { reason } = parseInput(undoBody, await fields(c, ["reason"]), "form field");
    const edit = await restoreClaimant(ledger, event(c), claimant(c), reason, actor(c));
    return `${claimantUrl(edit.action === "rename" ? edit.claimantName : edit.claimantKey, event(c))}#curation`;
  });

  return pages;
}
