// Signing in, end to end over the app and a real store (PGlite): the request-body limit, login
// throttling, sessions kept in the store (logout, a password change and a removed user end them at
// once), API tokens that expire and are revoked, no-store on signed-in answers, `next` redirects,
// and what plain HTTP, HTTPS and a trusted proxy change.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createApp, type AppOptions } from "../src/server/app.js";
import { hashPassword, hashToken } from "../src/server/auth/password.js";
import { startServer } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

const SECRET = Buffer.from("test-secret");
const today = () => "2026-03-01";
const SITE = "https://tally.example";
const FORM = { "content-type": "application/x-www-form-urlencoded" };

type App = ReturnType<typeof createApp>["app"];

function appOn(store: Store, options: Partial<AppOptions> = {}): App {
  return createApp({ store, secret: SECRET, loopback: false, today, ...options }).app;
}

async function loginCsrf(app: App, base: string, headers: Record<string, string> = {}): Promise<{ csrf: string; page: string }> {
  const page = await (await app.request(`${base}/login`, { headers })).text();
  return { csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]!, page };
}

async function signIn(app: App, name: string, password: string, options: { base?: string; headers?: Record<string, string>; next?: string } = {}): Promise<Response> {
  const base = options.base ?? SITE;
  const headers = { origin: base, ...options.headers };
  const { csrf } = await loginCsrf(app, base, headers);
  const body = new URLSearchParams({ _csrf: csrf, name, password, next: options.next ?? "/review" });
  return app.request(`${base}/login`, { method: "POST", body, headers: { ...FORM, ...headers } });
}

/** "tally_session=…" from a sign-in's Set-Cookie. */
function sessionOf(response: Response): string {
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`no cookie (status ${response.status})`);
  return cookie.split(";")[0]!;
}

async function pageCsrf(app: App, cookie: string): Promise<string> {
  const page = await (await app.request(`${SITE}/review`, { headers: { cookie } })).text();
  return /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
}

// One store for the file (opening one takes seconds on a busy machine); each part has its own users.
let store: Store;
beforeAll(async () => {
  store = await seededStore({ prefixes: ["IRAN"] });
});
afterAll(() => store?.close());

describe("the request-body limit", () => {
  let app: App;
  beforeAll(() => {
    app = createApp({ store, secret: SECRET, loopback: true, today, maxBodyBytes: 1024 }).app;
  });
  const BASE = "http://127.0.0.1:8080";

  it("answers 413 before any parsing or CSRF check: JSON on /api, a short page elsewhere", async () => {
    const json = await app.request(`${BASE}/api/claims/1/review`, { method: "POST", headers: { "content-type": "application/json", "content-length": "5000" }, body: "x".repeat(5000) });
    expect(json.status).toBe(413);
    expect(await json.json()).toEqual({ error: "the request body is larger than the 1024 bytes this server accepts" });
    const form = await app.request(`${BASE}/review/1`, { method: "POST", headers: FORM, body: `_csrf=x&action=accept&pad=${"y".repeat(5000)}` });
    expect(form.status).toBe(413);
    expect(form.headers.get("content-type")).toMatch(/text\/html/);
    expect(await form.text()).toMatch(/<h1>Too large<\/h1>.*larger than the 1024 bytes/s);
    const login = await app.request(`${BASE}/login`, { method: "POST", headers: FORM, body: `name=a&password=${"p".repeat(5000)}` });
    expect(login.status).toBe(413);
  });

  it("counts a body sent without Content-Length as it arrives", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(512).fill(120));
        controller.close();
      },
    });
    const response = await app.request(`${BASE}/api/claims/1/review`, { method: "POST", headers: { "content-type": "application/json" }, body: chunks, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("lets a body within the limit through to the checks after it", async () => {
    const response = await app.request(`${BASE}/api/claims/1/review`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "accept" }) });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/CSRF/);
  });

  it("is 1 MiB unless told otherwise", async () => {
    const defaultApp = createApp({ store, secret: SECRET, loopback: true, today }).app;
    const big = await defaultApp.request(`${BASE}/api/claims/1/review`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(1024 * 1024 + 1) });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/1 MiB/);
  });

  it("cuts off a chunked upload on a real server", async () => {
    const server = await startServer({ store, host: "127.0.0.1", port: 0, maxBodyBytes: 64 * 1024 });
    onTestFinished(() => server.close());
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${server.url}/api/claims/1/review`, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (response) => {
        resolve(response.statusCode!);
        response.resume();
        request.destroy();
      });
      request.on("error", (error) => ((error as NodeJS.ErrnoException).code === "ECONNRESET" || (error as NodeJS.ErrnoException).code === "EPIPE" ? undefined : reject(error)));
      const chunk = Buffer.alloc(16 * 1024, 120);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024 && !request.destroyed) {
          sent += chunk.length;
          if (!request.write(chunk)) return request.once("drain", pump);
        }
        if (!request.destroyed) request.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });
});

describe("sign-in throttling", () => {
  beforeAll(async () => {
    await store.accounts.saveUser("ed", "editor", await hashPassword("correct horse"));
    await store.accounts.saveUser("vi", "viewer", await hashPassword("battery staple"));
  });
  const limits = { perAccount: 3, perAddress: 5, windowSeconds: 600 };

  it("refuses an account after its failures, with 429 and Retry-After, whatever the password and address", async () => {
    const app = appOn(store, { trustProxy: true, loginLimits: limits });
    const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
    for (const address of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) expect((await signIn(app, "ed", "wrong password", from(address))).status).toBe(401);
    const refused = await signIn(app, "ed", "correct horse", from("203.0.113.4"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(await refused.text()).toMatch(/Too many failed sign-ins for this name or from this address; try again in 10 minutes/);
    // Another account from the same addresses is not held up by ed's failures.
    expect((await signIn(app, "vi", "battery staple", from("203.0.113.1"))).status).toBe(303);
  });

  it("refuses an address trying many names, known or not, alike", async () => {
    const app = appOn(store, { trustProxy: true, loginLimits: limits });
    const from = { headers: { "x-forwarded-for": "198.51.100.7" } };
    const statuses = [];
    for (const name of ["nobody", "ed", "ghost", "vi", "admin"]) statuses.push((await signIn(app, name, "guess guess", from)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await signIn(app, "vi", "battery staple", from)).status).toBe(429);
    expect((await signIn(app, "vi", "battery staple", { headers: { "x-forwarded-for": "198.51.100.8" } })).status).toBe(303);
  });

  it("ignores X-Forwarded-For without --trust-proxy", async () => {
    const app = appOn(store, { loginLimits: limits });
    for (let i = 0; i < 5; i++) expect((await signIn(app, `name${i}`, "guess guess", { headers: { "x-forwarded-for": `192.0.2.${i}` } })).status).toBe(401);
    expect((await signIn(app, "vi", "battery staple", { headers: { "x-forwarded-for": "192.0.2.99" } })).status).toBe(429);
  });
});

describe("sessions in the store", () => {
  let app: App;
  beforeAll(async () => {
    await store.accounts.saveUser("sam", "editor", await hashPassword("correct horse"));
    app = appOn(store);
  });

  const works = async (cookie: string) => (await app.request(`${SITE}/api/events`, { headers: { cookie } })).status === 200;

  it("ends a session at logout: the same cookie no longer signs in", async () => {
    const cookie = sessionOf(await signIn(app, "sam", "correct horse"));
    expect(cookie).toMatch(/^tally_session=[A-Za-z0-9_-]{43}$/);
    expect(await works(cookie)).toBe(true);
    const csrf = await pageCsrf(app, cookie);
    const out = await app.request(`${SITE}/logout`, { method: "POST", body: new URLSearchParams({ _csrf: csrf }), headers: { ...FORM, origin: SITE, cookie } });
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/tally_session=;.*Max-Age=0/);
    expect(await works(cookie)).toBe(false);
    const page = await app.request(`${SITE}/review`, { headers: { cookie } });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login?next=%2Freview");
  });

  it("ends every session of a user whose password changes, or who is removed, at once", async () => {
    const first = sessionOf(await signIn(app, "sam", "correct horse"));
    const second = sessionOf(await signIn(app, "sam", "correct horse"));
    expect(await works(first)).toBe(true);
    expect(await works(second)).toBe(true);
    await store.accounts.setPassword("sam", await hashPassword("new password here"));
    expect(await works(first)).toBe(false);
    expect(await works(second)).toBe(false);

    const third = sessionOf(await signIn(app, "sam", "new password here"));
    expect(await works(third)).toBe(true);
    await store.accounts.removeUser("sam");
    expect(await works(third)).toBe(false);
    await store.accounts.saveUser("sam", "editor", await hashPassword("correct horse"));
  });

  it("reads the role afresh on each request", async () => {
    const cookie = sessionOf(await signIn(app, "sam", "correct horse"));
    const csrf = await pageCsrf(app, cookie);
    await store.accounts.setRole("sam", "viewer");
    const review = await app.request(`${SITE}/api/claims/1/review`, { method: "POST", headers: { cookie, origin: SITE, "x-csrf-token": csrf, "content-type": "application/json" }, body: JSON.stringify({ action: "accept" }) });
    expect(review.status).toBe(403);
    expect((await review.json()).error).toMatch(/needs the editor role \(you are viewer\)/);
    await store.accounts.setRole("sam", "editor");
  });

  it("ties CSRF tokens to the session", async () => {
    const one = sessionOf(await signIn(app, "sam", "correct horse"));
    const two = sessionOf(await signIn(app, "sam", "correct horse"));
    const csrfOne = await pageCsrf(app, one);
    expect(csrfOne).not.toBe(await pageCsrf(app, two));
    const post = (cookie: string) => app.request(`${SITE}/review/3`, { method: "POST", body: new URLSearchParams({ _csrf: csrfOne, action: "accept" }), headers: { ...FORM, origin: SITE, cookie } });
    expect((await post(two)).status).toBe(403);
    expect((await post(one)).status).toBe(303);
  });

  it("never lets a shared cache or the history keep a signed-in answer", async () => {
    const cookie = sessionOf(await signIn(app, "sam", "correct horse"));
    for (const path of ["/review", "/?event=1", "/api/events", "/api/summary?event=1", "/documents/1", "/nowhere"]) {
      const response = await app.request(`${SITE}${path}`, { headers: { cookie } });
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }
  });

  it("sends the browser only to a plain path on this site after signing in", async () => {
    for (const [next, expected] of [["/claims?event=1", "/claims?event=1"], ["/\t/evil.example", "/"], ["/\\evil.example", "/"], ["//evil.example", "/"], ["https://evil.example", "/"]]) {
      const response = await signIn(app, "sam", "correct horse", { next });
      expect(response.headers.get("location"), JSON.stringify(next)).toBe(expected);
    }
  });
});

describe("API tokens", () => {
  let app: App;
  beforeAll(async () => {
    await store.accounts.saveUser("ci", "viewer", await hashPassword("a long password"));
    app = appOn(store);
  });
  const call = (token: string) => app.request(`${SITE}/api/events`, { headers: { authorization: `Bearer ${token}` } });

  it("works until revoked, then answers 401 saying so; the listing shows when it was last used", async () => {
    const id = await store.accounts.addToken("ci", hashToken("tly_revocable"), "nightly");
    const ok = await call("tly_revocable");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const [listed] = await store.accounts.listTokens("ci");
    expect(listed).toMatchObject({ id, label: "nightly", revokedAt: null, expiresAt: null });
    expect(listed!.lastUsedAt).not.toBeNull();
    await store.accounts.revokeToken(id);
    const refused = await call("tly_revocable");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/invalid_token/);
    expect((await refused.json()).error).toMatch(new RegExp(`^the API token \\(id ${id}\\) was revoked at \\d{4}-`));
  });

  it("stops at its expiry with a 401 that says it expired", async () => {
    await store.accounts.addToken("ci", hashToken("tly_short"), "short", new Date(Date.now() + 3_600_000));
    const id = await store.accounts.addToken("ci", hashToken("tly_old"), "old", new Date(Date.now() - 1000));
    expect((await call("tly_short")).status).toBe(200);
    const expired = await call("tly_old");
    expect(expired.status).toBe(401);
    expect((await expired.json()).error).toMatch(new RegExp(`^the API token \\(id ${id}\\) expired at .*make a new one with 'tally user token NAME'`));
    expect((await (await call("tly_unknown")).json()).error).toBe("the API token is not valid");
  });
});

describe("plain HTTP, HTTPS and a trusted proxy", () => {
  beforeAll(async () => {
    await store.accounts.saveUser("tp", "editor", await hashPassword("correct horse"));
  });
  const NOTICE = /browsers will not keep the sign-in cookie.*--tls-cert FILE --tls-key FILE.*--trust-proxy/s;
  const PLAIN = "http://tally.example";

  it("over plain HTTP off loopback: keeps the cookie Secure and says on the login page why it will not stick", async () => {
    const app = appOn(store);
    const { page } = await loginCsrf(app, PLAIN);
    expect(page).toMatch(NOTICE);
    const response = await signIn(app, "tp", "correct horse", { base: PLAIN });
    expect(response.status).toBe(303);
    expect(response.headers.get("set-cookie")).toMatch(/; Secure/);
    expect((await loginCsrf(app, SITE)).page).not.toMatch(NOTICE);
  });

  it("on loopback over plain HTTP: no notice, and a cookie the browser keeps", async () => {
    const app = appOn(store, { loopback: true });
    const base = "http://127.0.0.1:8080";
    expect((await loginCsrf(app, base)).page).not.toMatch(NOTICE);
    const cookie = (await signIn(app, "tp", "correct horse", { base })).headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("ignores X-Forwarded-Proto without --trust-proxy, and says what to do when a TLS proxy's Origin is refused", async () => {
    const app = appOn(store);
    const forwarded = { "x-forwarded-proto": "https" };
    expect((await loginCsrf(app, PLAIN, forwarded)).page).toMatch(NOTICE);
    const response = await signIn(app, "tp", "correct horse", { base: PLAIN, headers: { ...forwarded, origin: "https://tally.example" } });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/Origin https:\/\/tally\.example does not match this server, http:\/\/tally\.example; behind a TLS reverse proxy, start 'tally serve --trust-proxy'/);
  });

  it("with --trust-proxy takes the scheme from X-Forwarded-Proto for the cookie and the same-origin check", async () => {
    const app = appOn(store, { trustProxy: true });
    const forwarded = { "x-forwarded-proto": "https" };
    expect((await loginCsrf(app, PLAIN, forwarded)).page).not.toMatch(NOTICE);
    const response = await signIn(app, "tp", "correct horse", { base: PLAIN, headers: { ...forwarded, origin: "https://tally.example" } });
    expect(response.status).toBe(303);
    expect(response.headers.get("set-cookie")).toMatch(/; Secure/);
    const plainOrigin = await signIn(app, "tp", "correct horse", { base: PLAIN, headers: { ...forwarded, origin: PLAIN } });
    expect(plainOrigin.status).toBe(403);
    expect((await loginCsrf(app, PLAIN, { "x-forwarded-proto": "http" })).page).toMatch(NOTICE);
  });
});
