// How a request reached the server: over TLS or plain HTTP (directly, or as a trusted reverse proxy
// says in X-Forwarded-Proto), from which address; and so whether the session cookie is Secure and
// what origin a browser's write must come from.
import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

export interface TransportOptions {
  /** Bound to loopback addresses only. */
  loopback: boolean;
  /** Honour X-Forwarded-Proto and X-Forwarded-For from a reverse proxy in front (`--trust-proxy`). */
  trustProxy: boolean;
}

/** The node request under @hono/node-server; absent when the app is called directly (tests). */
function incoming(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/** The scheme the browser used. Directly: the socket's own (never the request line's, which a client writes). */
export function requestScheme(c: Context, options: TransportOptions): "http" | "https" {
  if (options.trustProxy) {
    const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
    if (forwarded === "https" || forwarded === "http") return forwarded;
  }
  const socket = incoming(c)?.socket as (IncomingMessage["socket"] & { encrypted?: boolean }) | undefined;
  if (socket) return socket.encrypted ? "https" : "http";
  return new URL(c.req.url).protocol === "https:" ? "https" : "http";
}

/** scheme://host[:port] as the browser sees this server (the Host header; a proxy must pass it on). */
export function requestOrigin(c: Context, options: TransportOptions): string {
  return new URL(`${requestScheme(c, options)}://${new URL(c.req.url).host}`).origin;
}

/** The client's address: the socket's peer, or behind a trusted proxy the address it appended last. */
export function clientAddress(c: Context, options: TransportOptions): string {
  if (options.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
    if (forwarded?.length) return forwarded[forwarded.length - 1]!;
  }
  return incoming(c)?.socket.remoteAddress ?? "unknown";
}

/**
 * Secure unless this is plain HTTP on a loopback-only server. Off loopback the cookie stays Secure
 * even over plain HTTP: a session id must never cross a network unencrypted (the browser then drops
 * it, and the login page says why).
 */
export function cookieIsSecure(c: Context, options: TransportOptions): boolean {
  return requestScheme(c, options) === "https" || !options.loopback;
}

/** True when a browser will not keep the session cookie: plain HTTP to a server off loopback. */
export function plainHttpOffLoopback(c: Context, options: TransportOptions): boolean {
  return !options.loopback && requestScheme(c, options) === "http";
}

/** Why signing in over plain HTTP off loopback does not stick, and what to do; for the log and the login page. */
export const PLAIN_HTTP_EXPLANATION =
  "This server is reached over plain HTTP on a network address, so browsers will not keep the sign-in cookie: " +
  "it is marked Secure, to be sent only over HTTPS, so that a session cannot be read off the network. " +
  "Serve over HTTPS with 'tally serve --tls-cert FILE --tls-key FILE', or put a TLS reverse proxy in front " +
  "and start 'tally serve --trust-proxy' so that it honours the proxy's X-Forwarded-Proto. " +
  "API tokens (Authorization: Bearer) still work, but travel in the clear.";
