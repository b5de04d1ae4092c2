// The credential `tally serve` records in its data folder so that `tally report` and `tally export`
// on the same machine can read through it: read-only, /api only, from this machine only.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";
import type { User } from "./auth/accounts.js";
import { isLoopbackIp } from "./auth/loopback.js";
import type { AppEnv } from "./context.js";

/** Tells a local read credential from an account's API token without a lookup. */
const PREFIX = "tally-local-read_";

export const LOCAL_READER: User = { name: "local reader", role: "viewer" };

/** A fresh credential for one run of the server: it dies with the process and is never stored in the database. */
export function newLocalReadCredential(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** The connection comes from this machine: over loopback, or to the server's own address from that address. */
function fromThisMachine(incoming: IncomingMessage | undefined): boolean {
  const remote = incoming?.socket.remoteAddress;
  if (remote === undefined) return false;
  return isLoopbackIp(remote) || remote === incoming?.socket.localAddress;
}

/**
 * Lets the local read credential through as the viewer LOCAL_READER, for GET and HEAD under /api/
 * from this machine; every other request goes to `authenticate` as before. Without a credential
 * (PostgreSQL, or tests) this is `authenticate` itself.
 */
export function allowLocalReader(credential: string | undefined, authenticate: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  if (credential === undefined) return authenticate;
  const expected = digest(credential);
  return async (c, next) => {
    const authorization = c.req.header("authorization");
    if (!authorization?.startsWith(`Bearer ${PREFIX}`)) return authenticate(c, next);
    if (!timingSafeEqual(digest(authorization.slice("Bearer ".length).trim()), expected)) {
      return c.json({ error: "the local read credential is not this server's (a new one is made at each start)" }, 401);
    }
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || !c.req.path.startsWith("/api/")) {
      return c.json({ error: "the local read credential only reads the API (GET /api/…)" }, 403);
    }
    if (!fromThisMachine((c.env as { incoming?: IncomingMessage } | undefined)?.incoming)) {
      return c.json({ error: "the local read credential is accepted from this machine only" }, 403);
    }
    c.set("user", LOCAL_READER);
    c.set("csrf", "");
    await next();
    c.header("cache-control", "no-store");
  };
}
