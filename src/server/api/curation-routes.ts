// The curation API: dismiss or undismiss a check; merge, rename, disown or restore a claimant; read a
// claimant's edit history. Writes need the editor role (and a CSRF token from a browser session).
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { refuseUnless } from "../auth/guard.js";
import type { AppEnv } from "../context.js";
import { claimantHistory, dismissCheck, editClaimant, eventView, findClaimant, restoreClaimant, undismissCheck } from "../curation.js";
import type { Ledger } from "../ledger.js";
import { checkKeyParam, claimantParam, CURATION_OPERATIONS, dismissBody, mergeBody, notASourceBody, renameBody, undoBody } from "./curation-schemas.js";
import { honoPath } from "./routes.js";
import { eventQuery } from "./schemas.js";
import { parseInput, toJson } from "./validate.js";

/** The JSON body; an empty body reads as {} where every field is optional. */
async function jsonBody<S extends z.ZodObject>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw new HTTPException(400, { message: "body: expected a JSON object" });
    }
  }
  return parseInput(schema, value, "body field");
}

function answer(c: Context, value: unknown): Response {
  return c.body(toJson(value), 200, { "content-type": "application/json; charset=utf-8" });
}

export function curationRoutes(ledger: Ledger): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const op = CURATION_OPERATIONS;
  const event = (c: Context) => parseInput(eventQuery, c.req.query(), "query parameter").event;
  const checkKey = (c: Context) => parseInput(checkKeyParam, c.req.param(), "path parameter").key;
  const claimant = (c: Context) => parseInput(claimantParam, c.req.param(), "path parameter").name;
  const actor = (c: Context<AppEnv>) => c.get("user")!.name;
  /** An editor's write: refused (403) before anything is read for anyone else. */
  const write = (path: string, handle: (c: Context<AppEnv>) => Promise<unknown>) =>
    api.post(honoPath(path), async (c) => refuseUnless(c, "editor") ?? answer(c, await handle(c)));

  write(op.dismissCheck.path, async (c) => dismissCheck(ledger, event(c), checkKey(c), (await jsonBody(c, dismissBody)).reason, actor(c)));
  write(op.undismissCheck.path, async (c) => {
    const key = checkKey(c);
    event(c);
    return undismissCheck(ledger, key, (await jsonBody(c, undoBody)).reason, actor(c));
  });

  write(op.mergeClaimant.path, async (c) => {
    const body = await jsonBody(c, mergeBody);
    return withAudit(await editClaimant(ledger, event(c), claimant(c), { action: "merge", into: body.into }, body.reason, actor(c)));
  });
  write(op.renameClaimant.path, async (c) => {
    const body = await jsonBody(c, renameBody);
    return withAudit(await editClaimant(ledger, event(c), claimant(c), { action: "rename", name: body.name }, body.reason, actor(c)));
  });
  write(op.notASource.path, async (c) => {
    const body = await jsonBody(c, notASourceBody);
    return withAudit(await editClaimant(ledger, event(c), claimant(c), { action: "not_a_source" }, body.reason, actor(c)));
  });
  write(op.restoreClaimant.path, async (c) => withAudit(await restoreClaimant(ledger, event(c), claimant(c), (await jsonBody(c, undoBody)).reason, actor(c))));

  api.get(honoPath(op.claimantHistory.path), async (c) => {
    const name = claimant(c);
    const found = await findClaimant(ledger, await eventView(ledger, event(c)), name);
    return answer(c, { claimant: found, ...(await claimantHistory(ledger, found.key)) });
  });

  /** An edit with the audit entries of its claimant's edits. */
  async function withAudit<T extends { id: number; claimantKey: string }>(edit: T): Promise<T & { audit: unknown[] }> {
    const { audit } = await claimantHistory(ledger, edit.claimantKey);
    return { ...edit, audit: audit.filter((entry) => entry.entityId === edit.id) };
  }

  return api;
}
