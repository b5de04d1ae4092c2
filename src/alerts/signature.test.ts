import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedHeaders, verifyWebhookSignature, webhookSignature } from "./signature.js";

const secret = "a-secret-of-some-length";
const body = '{"kind":"figure_changed"}';
const now = new Date("2026-03-04T10:00:00Z");
const timestamp = String(now.getTime() / 1000);

describe("webhook signatures", () => {
  it("is HMAC-SHA256 over the timestamp, a dot and the raw body, in hex", () => {
    const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
    expect(webhookSignature(secret, Number(timestamp), body)).toBe(`sha256=${expected}`);
    expect(signedHeaders(secret, body, now)).toEqual({ "x-tally-timestamp": timestamp, "x-tally-signature": `sha256=${expected}` });
  });

  it("verifies a genuine delivery and refuses a changed body, another secret, a changed timestamp or none", () => {
    const headers = signedHeaders(secret, body, now);
    const verify = (b: string, s: string, t: string | undefined, sig: string | undefined) => verifyWebhookSignature(s, b, t, sig, { now });
    expect(verify(body, secret, headers["x-tally-timestamp"], headers["x-tally-signature"])).toBe(true);
    expect(verify(`${body} `, secret, headers["x-tally-timestamp"], headers["x-tally-signature"])).toBe(false);
    expect(verify(body, "another-secret-entirely", headers["x-tally-timestamp"], headers["x-tally-signature"])).toBe(false);
    expect(verify(body, secret, String(Number(timestamp) + 1), headers["x-tally-signature"])).toBe(false);
    expect(verify(body, secret, undefined, headers["x-tally-signature"])).toBe(false);
    expect(verify(body, secret, headers["x-tally-timestamp"], "sha256=00")).toBe(false);
  });

  it("refuses a delivery replayed after the tolerance", () => {
    const headers = signedHeaders(secret, body, now);
    const later = new Date(now.getTime() + 301_000);
    expect(verifyWebhookSignature(secret, body, headers["x-tally-timestamp"], headers["x-tally-signature"], { now: later })).toBe(false);
    expect(verifyWebhookSignature(secret, body, headers["x-tally-timestamp"], headers["x-tally-signature"], { now: later, toleranceSeconds: 600 })).toBe(true);
  });
});
