// Who is asking, and may they: API token, session cookie, or the one local user on loopback without accounts.
// Writes from a browser also need a CSRF token and a same-origin Origin header; answers to a signed-in
// request are never cached.
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { TokenCheck } from "../../store/accounts.js";
import type { AppEnv } from "../context.js";
import { roleAllows, type AccountStore, type Role, type User } from "./accounts.js";
import { isLoopbackIp } from "./loopback.js";
import { hashToken } from "./password.js";
import { checkCsrf, csrfToken, looksLikeSessionId, SESSION_COOKIE, sessionIdHash } from "./session.js";
import { requestOrigin, type TransportOptions } from "./transport.js";

export interface AuthConfig extends TransportOptions {
  accounts: AccountStore;
  secret: Buffer;
  /** The name the server was told to bind to: on loopback, a Host header may name it (beside localhost and loopback addresses). */
  bindHost?: string;
}

export const LOCAL_USER: User = { name: "local", role: "admin" };
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const PUBLIC_PATHS = [/^\/login$/, /^\/assets\//, /^\/favicon\.ico$/];

function wantsJson(c: Context): boolean {
  return c.req.path.startsWith("/api/");
}

/** Counting users on every request would cost a query each; the answer changes rarely. */
function cachedUserCount(accounts: AccountStore): () => Promise<number> {
  let value: Promise<number> | null = null;
  let at = 0;
  return () => {
    if (!value || Date.now() - at > 2000) {
      at = Date.now();
      value = accounts.countUsers();
    }
    return value;
  };
}

async function sentCsrfToken(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header("x-csrf-token");
  if (header) return header;
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
    const body = await c.req.parseBody();
    return typeof body._csrf === "string" ? body._csrf : undefined;
  }
  return undefined;
}

/** Why a browser's write is refused as cross-origin, or null when its Origin is this server's own (scheme included). */
function originRefusal(c: Context, config: AuthConfig): string | null {
  const origin = c.req.header("origin");
  if (!origin || origin === "null") {
    // A missing Origin is refused only for fetches the browser marks cross-site.
    return c.req.header("sec-fetch-site") !== "cross-site" && origin !== "null" ? null : "cross-origin request refused (no Origin from a cross-site request)";
  }
  const own = requestOrigin(c, config);
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return "cross-origin request refused (the Origin header is not a URL)";
  }
  if (sent.origin === own) return null;
  const proxyHint = sent.host === new URL(own).host && sent.protocol === "https:" && !config.trustProxy ? "; behind a TLS reverse proxy, start 'tally serve --trust-proxy'" : "";
  return `cross-origin request refused (Origin ${sent.origin} does not match this server, ${own}${proxyHint})`;
}

/** Only names of this machine: a page on another site rebinding its DNS to 127.0.0.1 gets nothing. */
function hostAllowedOnLoopback(c: Context, bindHost: string | undefined): boolean {
  const hostname = new URL(c.req.url).hostname.toLowerCase();
  return hostname === "localhost" || isLoopbackIp(hostname) || hostname === bindHost?.toLowerCase();
}

function tokenRefusal(check: Exclude<TokenCheck, { state: "valid" }>): string {
  switch (check.state) {
    case "expired":
      return `the API token (id ${check.tokenId}) expired at ${check.at}; make a new one with 'tally user token NAME'`;
    case "revoked":
      return `the API token (id ${check.tokenId}) was revoked at ${check.at}`;
    default:
      return "the API token is not valid";
  }
}

export function authenticate(config: AuthConfig): MiddlewareHandler<AppEnv> {
  const userCount = cachedUserCount(config.accounts);
  return async (c, next) => {
    const localMode = config.loopback && (await userCount()) === 0;
    if (config.loopback && !hostAllowedOnLoopback(c, config.bindHost)) return c.text("Host not allowed", 421);

    let user: User | null = null;
    let via: "token" | "session" | "local" | null = null;
    let binding = "login";
    const authorization = c.req.header("authorization");
    if (authorization?.startsWith("Bearer ")) {
      const check = await config.accounts.checkToken(hashToken(authorization.slice(7).trim()));
      if (check.state !== "valid") return c.json({ error: tokenRefusal(check) }, 401, { "www-authenticate": 'Bearer error="invalid_token"', "cache-control": "no-store" });
      user = check.user;
      via = "token";
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      const found = looksLikeSessionId(cookie) ? await config.accounts.findSession(sessionIdHash(cookie)) : null;
      if (found) {
        user = found;
        via = "session";
        binding = cookie!;
      } else if (localMode) {
        user = LOCAL_USER;
        via = "local";
        binding = "local";
      }
    }
    c.set("user", user);
    c.set("csrf", csrfToken(config.secret, binding));

    if (UNSAFE.has(c.req.method) && via !== "token") {
      const refusal = originRefusal(c, config);
      if (refusal) return c.json({ error: refusal }, 403);
      if (!checkCsrf(config.secret, binding, await sentCsrfToken(c))) {
        return c.json({ error: "missing or invalid CSRF token (reload the page and try again)" }, 403);
      }
    }
    if (!user && !PUBLIC_PATHS.some((p) => p.test(c.req.path))) {
      if (wantsJson(c)) return c.json({ error: "sign in or send an API token (Authorization: Bearer …)" }, 401);
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    await next();
    // A shared cache or the browser's history must not keep what only a signed-in user may read.
    if (user) c.res.headers.set("cache-control", "no-store");
  };
}

/** For handlers: null when allowed, else the response refusing the request. */
export function refuseUnless(c: Context<AppEnv>, needed: Role): Response | null {
  const user = c.get("user");
  if (user && roleAllows(user.role, needed)) return null;
  const message = `this needs the ${needed} role${user ? ` (you are ${user.role})` : ""}`;
  return wantsJson(c) ? c.json({ error: message }, 403) : c.text(message, 403);
}
