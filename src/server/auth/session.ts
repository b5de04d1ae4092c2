// Session ids and CSRF tokens. A session is a random id in an HttpOnly cookie; the store keeps only
// its SHA-256 (src/store/account-sessions.ts). CSRF tokens are HMACs of the session id under the
// secret all servers on one database share, so they are tied to the session and valid on each server.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "tally_session";
const SESSION_HOURS = 12;
export const SESSION_MAX_AGE_SECONDS = SESSION_HOURS * 3600;

/** 32 random bytes, base64url: what a session cookie holds. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

/** Whether a cookie value could be a session id at all (junk never reaches the database). */
export function looksLikeSessionId(value: string | undefined): value is string {
  return typeof value === "string" && SESSION_ID.test(value);
}

export function sessionIdHash(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}

export function sessionExpiry(now = Date.now()): Date {
  return new Date(now + SESSION_MAX_AGE_SECONDS * 1000);
}

function sign(secret: Buffer, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A token tied to the session id (or to "local" / "login"), sent back in forms and the X-CSRF-Token header. */
export function csrfToken(secret: Buffer, binding: string): string {
  return sign(secret, `csrf|${binding}`);
}

export function checkCsrf(secret: Buffer, binding: string, token: string | undefined): boolean {
  return typeof token === "string" && sameText(token, csrfToken(secret, binding));
}
