// Webhook signatures: HMAC-SHA256, keyed by the webhook's secret, over "<timestamp>.<raw body>".
// The timestamp is signed too, so a receiver that refuses old timestamps cannot be sent a captured
// delivery again later. Receivers may use verifyWebhookSignature as it stands.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-tally-signature";
export const TIMESTAMP_HEADER = "x-tally-timestamp";
/** How old a signed timestamp a receiver accepts by default, in seconds (either way, for clock skew). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** "sha256=<hex>" for this body at this time (whole seconds since 1970). */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;
}

/** The headers a delivery carries: its time and its signature. */
export function signedHeaders(secret: string, body: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: webhookSignature(secret, timestamp, body) };
}

export interface VerifyOptions {
  toleranceSeconds?: number;
  now?: Date;
}

/**
 * Whether a delivery is genuine: the signature matches the raw body and timestamp under the secret
 * (compared in constant time), and the timestamp is within the tolerance of now.
 */
export function verifyWebhookSignature(secret: string, body: string, timestampHeader: string | undefined, signatureHeader: string | undefined, options: VerifyOptions = {}): boolean {
  if (!timestampHeader || !signatureHeader || !/^\d{1,12}$/.test(timestampHeader)) return false;
  const timestamp = Number(timestampHeader);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body), "utf8");
  const given = Buffer.from(signatureHeader, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
