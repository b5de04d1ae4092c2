import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { postWebhook } from "./post-webhook.js";
import { verifyWebhookSignature } from "./signature.js";

const secret = "a-secret-of-some-length";
let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(handler: ConstructorParameters<typeof Server>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

describe("posting a webhook", () => {
  it("posts the body signed, and names a receiver's refusal with its status", async () => {
    let seen: { body: string; timestamp: string; signature: string } | null = null;
    const url = await listen((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        seen = { body, timestamp: String(request.headers["x-tally-timestamp"]), signature: String(request.headers["x-tally-signature"]) };
        response.writeHead(seen.body.includes("refuse") ? 410 : 204).end(seen.body.includes("refuse") ? "gone away" : undefined);
      });
    });
    expect(await postWebhook({ url, secret, allowPrivate: true }, '{"a":1}')).toEqual({ ok: true, status: 204 });
    expect(seen).not.toBeNull();
    expect(verifyWebhookSignature(secret, seen!.body, seen!.timestamp, seen!.signature)).toBe(true);
    expect(await postWebhook({ url, secret, allowPrivate: true }, '"refuse"')).toEqual({ ok: false, error: `${url}: the receiver answered 410 (gone away)` });
  });

  it("refuses a loopback or private address unless allowed, even when a public-looking name resolves to one", async () => {
    expect(await postWebhook({ url: "http://127.0.0.1:9/hook", secret, allowPrivate: false }, "{}")).toEqual({
      ok: false,
      error: "http://127.0.0.1:9/hook: refused: 127.0.0.1 is a loopback address; pass --allow-private-addresses to deliver to it",
    });
    const resolveHost = async () => [{ address: "10.0.0.5", family: 4 as const }];
    const result = await postWebhook({ url: "http://hooks.example.org/x", secret, allowPrivate: false }, "{}", { resolveHost });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^http:\/\/hooks\.example\.org\/x: refused: hooks\.example\.org resolves to 10\.0\.0\.5, /) });
    expect(await postWebhook({ url: "ftp://hooks.example.org/x", secret, allowPrivate: true }, "{}")).toEqual({
      ok: false,
      error: "ftp://hooks.example.org/x: a ftp: address; a webhook must be http:// or https://",
    });
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const url = await listen(() => undefined);
    const started = Date.now();
    expect(await postWebhook({ url, secret, allowPrivate: true }, "{}", { timeoutMs: 300 })).toEqual({ ok: false, error: `${url}: no answer within 300 ms` });
    expect(Date.now() - started).toBeLessThan(5000);
    server!.closeAllConnections();
  });
});
