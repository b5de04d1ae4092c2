// Signing in and out: a throttled password check, then a session kept in the store whose random id
// goes into an HttpOnly, SameSite=Strict cookie (Secure unless plain HTTP on loopback); signing out
// ends the session in the store, on every server sharing it.
import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AccountStore } from "../auth/accounts.js";
import { looksLikeSessionId, newSessionId, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, sessionExpiry, sessionIdHash } from "../auth/session.js";
import { checkSignIn } from "../auth/sign-in.js";
import type { LoginThrottle } from "../auth/throttle.js";
import { clientAddress, cookieIsSecure, PLAIN_HTTP_EXPLANATION, plainHttpOffLoopback, type TransportOptions } from "../auth/transport.js";
import type { AppEnv } from "../context.js";
import { loginPage, safeNext } from "./login.js";

export interface LoginOptions {
  accounts: AccountStore;
  transport: TransportOptions;
  throttle: LoginThrottle;
}

function waitInWords(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export function loginRoutes(options: LoginOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const { accounts, transport, throttle } = options;

  const page = (c: Context<AppEnv>, next: string, error?: string) =>
    loginPage({ user: c.get("user"), csrf: c.get("csrf"), events: [] }, { next, error, transportNotice: plainHttpOffLoopback(c, transport) ? PLAIN_HTTP_EXPLANATION : undefined });

  routes.get("/login", (c) => c.html(page(c, safeNext(c.req.query("next")))));

  routes.post("/login", async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === "string" ? form.name : "";
    const password = typeof form.password === "string" ? form.password : "";
    const next = safeNext(form.next);
    const attempt = throttle.begin(name, clientAddress(c, transport));
    if (attempt.refused) {
      const message = `Too many failed sign-ins for this name or from this address; try again in ${waitInWords(attempt.retryAfterSeconds)}.`;
      return c.html(page(c, next, message), 429, { "retry-after": String(attempt.retryAfterSeconds) });
    }
    const user = await checkSignIn(accounts, name, password);
    attempt.finish(user !== null);
    if (!user) return c.html(page(c, next, "Name or password is wrong."), 401);

    // Always a new id (no fixation); a session this browser held before ends.
    const previous = getCookie(c, SESSION_COOKIE);
    if (looksLikeSessionId(previous)) await accounts.endSession(sessionIdHash(previous));
    const id = newSessionId();
    await accounts.startSession(sessionIdHash(id), user.name, sessionExpiry());
    setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: "Strict", secure: cookieIsSecure(c, transport), path: "/", maxAge: SESSION_MAX_AGE_SECONDS });
    return c.redirect(next, 303);
  });

  routes.post("/logout", async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (looksLikeSessionId(cookie)) await accounts.endSession(sessionIdHash(cookie));
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: cookieIsSecure(c, transport), httpOnly: true, sameSite: "Strict" });
    return c.redirect("/login", 303);
  });

  return routes;
}
