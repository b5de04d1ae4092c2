// `tally serve` over HTTPS with its own certificate (made with openssl at test time), the Secure
// cookie it sets, and what the server says at start when it is reached over plain HTTP off loopback.
import { request as httpsRequest } from "node:https";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { hashPassword } from "../src/server/auth/password.js";
import { startServer } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { opensslMissing, selfSignedCertificate, type SelfSigned } from "./support/self-signed.js";
import { temporaryStore } from "./support/temporary-store.js";

const missing = await opensslMissing();
if (missing) console.warn(`HTTPS server tests skipped: ${missing}`);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function httpsCall(url: string, ca: Buffer, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(url, { method: options.method ?? "GET", headers: options.headers, ca }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

describe.skipIf(missing !== null)("serving HTTPS", () => {
  let store: Store;
  let pair: SelfSigned;
  beforeAll(async () => {
    [store, pair] = await Promise.all([temporaryStore(), selfSignedCertificate({ ips: ["127.0.0.1"], names: ["localhost"] })]);
    await store.accounts.saveUser("ana", "editor", await hashPassword("correct horse"));
  });
  afterAll(async () => {
    await store?.close();
    await pair?.cleanup();
  });

  it("serves the dashboard over TLS and signs in with a Secure, HttpOnly, SameSite=Strict cookie", async () => {
    const server = await startServer({ store, host: "127.0.0.1", port: 0, tls: pair });
    onTestFinished(() => server.close());
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(server.warnings).toEqual([]);
    const login = await httpsCall(`${server.url}/login`, pair.cert);
    expect(login.status).toBe(200);
    expect(login.body).not.toMatch(/will not keep the sign-in cookie/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(login.body)![1]!;
    const signedIn = await httpsCall(`${server.url}/login`, pair.cert, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
      body: new URLSearchParams({ _csrf: csrf, name: "ana", password: "correct horse", next: "/documents" }).toString(),
    });
    expect(signedIn.status).toBe(303);
    const cookie = String(signedIn.headers["set-cookie"]);
    expect(cookie).toMatch(/tally_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict/);
    const page = await httpsCall(`${server.url}/documents`, pair.cert, { headers: { cookie: cookie.split(";")[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
  });

  it("says at start, off loopback over plain HTTP, why the sign-in will not stick and what to do; not with TLS or a trusted proxy", async () => {
    const plain = await startServer({ store, host: "0.0.0.0", port: 0 });
    onTestFinished(() => plain.close());
    expect(plain.warnings).toHaveLength(1);
    expect(plain.warnings[0]).toMatch(/plain HTTP on a network address, so browsers will not keep the sign-in cookie.*--tls-cert FILE --tls-key FILE.*--trust-proxy/);
    const secured = await startServer({ store, host: "0.0.0.0", port: 0, tls: pair });
    onTestFinished(() => secured.close());
    expect(secured.warnings).toEqual([]);
    const proxied = await startServer({ store, host: "0.0.0.0", port: 0, trustProxy: true });
    onTestFinished(() => proxied.close());
    expect(proxied.warnings).toEqual([]);
  });
});
