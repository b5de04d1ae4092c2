// The victims API: persons of the registry (paged, filtered by list or fate), the link review queue's
// pairs, and a reviewer's decision on a pair (editor; a CSRF token from a browser session).
import { VICTIMS_SCOPE } from "../../store/revision.js";
import { Hono, type Context } from "hono";
import { refuseUnless } from "../auth/guard.js";
import type { AppEnv } from "../context.js";
import { decidePair, pairsToReview, registryOf } from "../victims.js";
import { honoPath } from "./routes.js";
import { decisionBody, personsQuery, VICTIM_OPERATIONS } from "./victims-schemas.js";
import { parseInput, readJsonBody, singleQuery, toJson } from "./validate.js";
import type { Ledger } from "../ledger.js";

const BODY_NAMES = { recordA: "body field 'recordA'", recordB: "body field 'recordB'" };

function answer(c: Context, value: unknown): Response {
  return c.body(toJson(value), 200, { "content-type": "application/json; charset=utf-8" });
}

export function victimRoutes(ledger: Ledger): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const store = ledger.store;
  const op = VICTIM_OPERATIONS;

  api.get(honoPath(op.victimPersons.path), async (c) => {
    const q = parseInput(personsQuery, singleQuery(c), "query parameter");
    const { summary, persons } = await registryOf(store, { list: q.list, fate: q.fate });
    return answer(c, { summary, total: persons.length, limit: q.limit, offset: q.offset, items: persons.slice(q.offset, q.offset + q.limit) });
  });

  api.get(honoPath(op.victimPairs.path), async (c) => {
    parseInput(personsQuery.pick({}), singleQuery(c), "query parameter");
    const pairs = await pairsToReview(store);
    return answer(c, { total: pairs.length, items: pairs });
  });

  api.post(honoPath(op.victimDecision.path), async (c) => {
    const refused = refuseUnless(c, "editor");
    if (refused) return refused;
    const body = parseInput(decisionBody, await readJsonBody(c), "body field");
    const decision = await decidePair(store, body, c.get("user")!.name, BODY_NAMES);
    ledger.changed([VICTIMS_SCOPE]);
    return answer(c, decision);
  });

  return api;
}
