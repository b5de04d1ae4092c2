// Who is asking, and may they: API token, session cookie, or the one local user on loopback without accounts.
// Writes from a browser also need a CSRF token and a same-origin Origin header.
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { readForm } from "../api/validate.js";
import type { AppEnv } from "../context.js";
import { roleAllows, type AccountStore, type Role, type User } from "./accounts.js";
import { hashToken } from "./password.js";
import { checkCsrf, csrfToken, readSession, SESSION_COOKIE } from "./session.js";

export interface AuthConfig {
  accounts: AccountStore;
  secret: Buffer;
  /** Bound to 127.0.0.1 / ::1 / localhost: without accounts, everyone reaching it is the local user. */
  loopback: boolean;
}

export const LOCAL_USER: User = { name: "local", role: "admin" };
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const PUBLIC_PATHS = [/^\/login$/, /^\/assets\//, /^\/favicon\.ico$/];
const LOOPBACK_HOSTS = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

export function isLoopbackAddress(host: string): boolean {
  return host === "127.0.0.1" || host === "::1" || host === "localhost" || /^127\./.test(host);
}

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
    const body = await readForm(c);
    return typeof body._csrf === "string" ? body._csrf : undefined;
  }
  return undefined;
}

/** The browser's Origin must be this server's own; a missing Origin is refused for cookie writes from cross-site fetches. */
function originAllowed(c: Context): boolean {
  const origin = c.req.header("origin");
  // The URL's host is the Host header under @hono/node-server.
  const host = new URL(c.req.url).host;
  if (!origin || origin === "null") return c.req.header("sec-fetch-site") !== "cross-site" && origin !== "null";
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function authenticate(config: AuthConfig): MiddlewareHandler<AppEnv> {
  const userCount = cachedUserCount(config.accounts);
  return async (c, next) => {
    const localMode = config.loopback && (await userCount()) === 0;
    // Only names of this machine: a page on another site rebinding its DNS to 127.0.0.1 gets nothing.
    if (config.loopback && !LOOPBACK_HOSTS.test(new URL(c.req.url).host)) return c.text("Host not allowed", 421);

    let user: User | null = null;
    let via: "token" | "session" | "local" | null = null;
    let binding = "login";
    const authorization = c.req.header("authorization");
    if (authorization?.startsWith("Bearer ")) {
      user = await config.accounts.findUserByToken(hashToken(authorization.slice(7).trim()));
      if (!user) return c.json({ error: "the API token is not valid" }, 401);
      via = "token";
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      const name = readSession(config.secret, cookie);
      const found = name ? await config.accounts.findUser(name) : null;
      if (found && cookie) {
        user = { name: found.name, role: found.role };
        via = "session";
        binding = cookie;
      } else if (localMode) {
        user = LOCAL_USER;
        via = "local";
        binding = "local";
      }
    }
    c.set("user", user);
    c.set("csrf", csrfToken(config.secret, binding));

    if (UNSAFE.has(c.req.method) && via !== "token") {
      if (!originAllowed(c)) return c.json({ error: "cross-origin request refused (Origin does not match this server)" }, 403);
      if (!checkCsrf(config.secret, binding, await sentCsrfToken(c))) {
        return c.json({ error: "missing or invalid CSRF token (reload the page and try again)" }, 403);
      }
    }
    if (!user && !PUBLIC_PATHS.some((p) => p.test(c.req.path))) {
      if (wantsJson(c)) return c.json({ error: "sign in or send an API token (Authorization: Bearer …)" }, 401);
      return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    await next();
  };
}

/** For handlers: null when allowed, else the response refusing the request. */
export function refuseUnless(c: Context<AppEnv>, needed: Role): Response | null {
  const user = c.get("user");
  if (user && roleAllows(user.role, needed)) return null;
  const message = `this needs the ${needed} role${user ? ` (you are ${user.role})` : ""}`;
  return wantsJson(c) ? c.json({ error: message }, 403) : c.text(message, 403);
}
