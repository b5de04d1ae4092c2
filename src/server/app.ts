// The HTTP app: security headers, a request-body limit, authentication, the /api routes, the dashboard
// pages and their assets.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { InputError } from "../domain/input-error.js";
import type { Store } from "../store/store.js";
import { curationRoutes } from "./api/curation-routes.js";
import { apiRoutes } from "./api/routes.js";
import { victimRoutes } from "./api/victims-routes.js";
import { openApiDocument } from "./api/openapi.js";
import { authenticate } from "./auth/guard.js";
import { dummyPasswordHash } from "./auth/sign-in.js";
import { DEFAULT_THROTTLE, LoginThrottle, type ThrottleLimits } from "./auth/throttle.js";
import { APP_JS } from "./assets/app-js.js";
import { APP_CSS } from "../views/style.js";
import { timelineModuleSource } from "./assets/timeline-module.js";
import type { AppEnv } from "./context.js";
import { escapeHtml } from "../views/html.js";
import { Ledger } from "./ledger.js";
import { allowLocalReader } from "./local-reader.js";
import { curationFormRoutes } from "./pages/curation-forms.js";
import { pageRoutes } from "./pages/routes.js";
import { victimPageRoutes } from "./pages/victims-routes.js";

export interface AppOptions {
  /** The claims, and the accounts who may read and review them. */
  store: Store;
  /** Signs sessions and CSRF tokens. */
  secret: Buffer;
  /** Listening on loopback only: without accounts, the one local user. */
  loopback: boolean;
  /** Behind a reverse proxy whose X-Forwarded-Proto and X-Forwarded-For are to be believed. */
  trustProxy?: boolean;
  /** The host the server binds to: on loopback a Host header may name it. */
  bindHost?: string;
  /** Largest request body accepted, in bytes (default 1 MiB); a larger one gets 413 before anything reads it. */
  maxBodyBytes?: number;
  /** Failed sign-ins allowed per account and per address (defaults in auth/throttle.ts). */
  loginLimits?: Partial<ThrottleLimits>;
  /** YYYY-MM-DD the summaries describe; today's UTC date by default. */
  today?: () => string;
  /** The read-only credential `tally serve` records in its data folder for report and export (local-reader.ts). */
  localReadCredential?: string;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function createApp(options: AppOptions): { app: Hono<AppEnv>; ledger: Ledger } {
  const ledger = new Ledger(options.store, { today: options.today ?? (() => new Date().toISOString().slice(0, 10)) });
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    await next();
    if (!c.res.headers.has("content-security-policy")) c.res.headers.set("content-security-policy", PAGE_CSP);
    c.res.headers.set("x-content-type-options", "nosniff");
    c.res.headers.set("referrer-policy", "same-origin");
    c.res.headers.set("x-frame-options", "DENY");
  });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Before authentication: it reads form bodies for the CSRF token. Bodies without a length (chunked) are counted as they arrive.
  app.use("*", bodyLimit({ maxSize: maxBodyBytes, onError: (c) => bodyTooLarge(c, maxBodyBytes) }));
  const transport = { loopback: options.loopback, trustProxy: options.trustProxy ?? false };
  const accounts = options.store.accounts;
  app.use("*", allowLocalReader(options.localReadCredential, authenticate({ accounts, secret: options.secret, ...transport, bindHost: options.bindHost })));
  void dummyPasswordHash(); // ready before the first sign-in, so that it costs what every other does

  app.onError((error, c) => {
    // An InputError is a value the store refused before any SQL ran: the client's to fix, so a 400.
    const status = error instanceof HTTPException ? error.status : error instanceof InputError ? 400 : 500;
    if (status === 500) console.error(error);
    const message = status === 500 ? "internal error (see the server log)" : error.message;
    if (c.req.path.startsWith("/api/") || (c.req.header("accept") ?? "").includes("application/json")) return c.json({ error: message }, status);
    return c.html(`<!doctype html><title>${status}</title><link rel="stylesheet" href="/assets/app.css"><main><h1>${status}</h1><p class="error">${escapeHtml(message)}</p><p><a href="/">Overview</a></p></main>`, status);
  });
  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404) : c.text("Not found", 404)));

  app.get("/assets/app.css", (c) => c.body(APP_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache" }));
  app.get("/assets/app.js", (c) => c.body(APP_JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" }));
  app.get("/assets/timeline.js", async (c) => c.body(await timelineModuleSource(), 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" }));
  const openapi = JSON.stringify(openApiDocument());
  app.get("/api/openapi.json", (c) => c.body(openapi, 200, { "content-type": "application/json; charset=utf-8" }));
  app.route("/", apiRoutes(ledger));
  app.route("/", curationRoutes(ledger));
  app.route("/", victimRoutes(ledger));
  const throttle = new LoginThrottle({ ...DEFAULT_THROTTLE, ...options.loginLimits });
  app.route("/", pageRoutes(ledger, { accounts, transport, throttle }));
  app.route("/", curationFormRoutes(ledger));
  app.route("/", victimPageRoutes(ledger));
  return { app, ledger };
}

function bodyTooLarge(c: Context, maxBytes: number): Response {
  const message = `the request body is larger than the ${maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MiB` : `${maxBytes} bytes`} this server accepts`;
  // The rest of an oversized body is not read: the connection closes after the answer.
  const headers = { connection: "close" };
  if (c.req.path.startsWith("/api/")) return c.json({ error: message }, 413, headers);
  return c.html(`<!doctype html><title>413</title><link rel="stylesheet" href="/assets/app.css"><main><h1>Too large</h1><p class="error">${escapeHtml(message)}.</p><p><a href="/">Overview</a></p></main>`, 413, headers);
}
