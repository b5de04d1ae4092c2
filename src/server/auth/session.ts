// Signed session cookies and CSRF tokens, both HMACs under one server secret (no session table needed).
import { createHmac, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "tally_session";
const SESSION_HOURS = 12;

function sign(secret: Buffer, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createSession(secret: Buffer, userName: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userName, exp: now + SESSION_HOURS * 3_600_000 })).toString("base64url");
  return `${payload}.${sign(secret, `session|${payload}`)}`;
}

/** The user name in a valid, unexpired session cookie; null otherwise. */
export function readSession(secret: Buffer, cookie: string | undefined, now = Date.now()): string | null {
  if (!cookie) return null;
  const [payload, mac] = cookie.split(".");
  if (!payload || !mac || !sameText(mac, sign(secret, `session|${payload}`))) return null;
  try {
    const { u, exp } = JSON.parse(Buffer.from(payload, "base64url").toString()) as { u: unknown; exp: unknown };
    return typeof u === "string" && typeof exp === "number" && exp > now ? u : null;
  } catch {
    return null;
  }
}

/** A token tied to the session (or to "local" / "login"), sent back in forms and the X-CSRF-Token header. */
export function csrfToken(secret: Buffer, binding: string): string {
  return sign(secret, `csrf|${binding}`);
}

export function checkCsrf(secret: Buffer, binding: string, token: string | undefined): boolean {
  return typeof token === "string" && sameText(token, csrfToken(secret, binding));
}

export const SESSION_MAX_AGE_SECONDS = SESSION_HOURS * 3600;
