// The HTTP app end to end over an in-memory store seeded with the sample reports: API, pages, review, access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, hashToken } from "../src/server/auth/password.js";
import { createApp } from "../src/server/app.js";
import { startServer, RefusedToStart } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { addHostileDocument, seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";
const today = () => "2026-03-01";
const SECRET = Buffer.from("test-secret");

function localApp(store: Store) {
  return createApp({ store, secret: SECRET, loopback: true, today }).app;
}

async function csrfOf(app: ReturnType<typeof localApp>, headers: Record<string, string> = {}): Promise<string> {
  const page = await (await app.request(`${BASE}/review`, { headers })).text();
  return /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
}

// The sample reports of two crises, seeded once for the file: the API and pages read them, the hostile
// document joins them after, and the server started on loopback serves them. Accounts get a store of their own.
let samples: Store;
beforeAll(async () => {
  samples = await seededStore({ prefixes: ["IRAN", "SUDAN"] });
});
afterAll(() => samples?.close());

describe("API on loopback without accounts", () => {
  let store: Store;
  let app: ReturnType<typeof localApp>;
  beforeAll(() => {
    store = samples;
    app = localApp(store);
  });

  it("lists events and summarises where the count stands", async () => {
    const events = await (await app.request(`${BASE}/api/events`)).json();
    expect(events.map((e: { name: string }) => e.name)).toEqual(["IRAN sample crisis", "SUDAN sample crisis"]);
    const response = await app.request(`${BASE}/api/summary?event=1&metric=killed`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.event).toEqual({ id: 1, name: "IRAN sample crisis" });
    expect(body.summaries).toHaveLength(1);
    expect(body.summaries[0].latest.length).toBeGreaterThan(1);
    expect(body.summaries[0].statement).toMatch(/^As of/);
  });

  it("answers a bad input with 400 naming the field", async () => {
    const bad = await app.request(`${BASE}/api/claims?metric=deaths`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/query parameter 'metric'/);
    const typo = await app.request(`${BASE}/api/claims?metrc=killed`);
    expect((await typo.json()).error).toMatch(/'metrc'/);
    const date = await app.request(`${BASE}/api/claims?from=13/01/2026`);
    expect((await date.json()).error).toMatch(/'from'.*YYYY-MM-DD/);
    const id = await app.request(`${BASE}/api/documents/abc`);
    expect(id.status).toBe(400);
    expect((await app.request(`${BASE}/api/summary?event=99`)).status).toBe(404);
  });

  it("filters and paginates claims", async () => {
    const all = await (await app.request(`${BASE}/api/claims?event=1&metric=killed&limit=3`)).json();
    expect(all.items).toHaveLength(3);
    expect(all.total).toBeGreaterThan(3);
    expect(all.items.every((c: { metric: string; eventId: number }) => c.metric === "killed" && c.eventId === 1)).toBe(true);
    const next = await (await app.request(`${BASE}/api/claims?event=1&metric=killed&limit=3&offset=3`)).json();
    expect(next.items[0].id).not.toBe(all.items[0].id);
    const dated = await (await app.request(`${BASE}/api/claims?from=2026-01-13&to=2026-01-13&limit=500`)).json();
    expect(dated.items.every((c: { asOf: string }) => c.asOf === "2026-01-13")).toBe(true);
  });

  it("serves documents with text, series, checks, claimants and the OpenAPI document", async () => {
    const doc = await (await app.request(`${BASE}/api/documents/1`)).json();
    expect(doc.text.length).toBeGreaterThan(100);
    expect(doc.claims.length).toBeGreaterThan(0);
    const series = await (await app.request(`${BASE}/api/series?event=1&metric=killed`)).json();
    expect(series.length).toBeGreaterThan(0);
    expect((await app.request(`${BASE}/api/checks?event=1`)).status).toBe(200);
    const claimants = await (await app.request(`${BASE}/api/claimants?event=1`)).json();
    expect(claimants.some((c: { name: string }) => c.name === "HRANA")).toBe(true);
    const spec = await (await app.request(`${BASE}/api/openapi.json`)).json();
    expect(Object.keys(spec.paths)).toContain("/api/claims/{id}/review");
    const metric = spec.paths["/api/claims"].get.parameters.find((p: { name: string }) => p.name === "metric");
    expect(metric.schema.enum).toContain("sentenced_to_death");
  });

  it("serves the chart module the pages redraw their charts with", async () => {
    const response = await app.request(`${BASE}/assets/timeline.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(await response.text()).toMatch(/export function renderTimeline/);
  });

  it("renders every dashboard page", async () => {
    const front = await app.request(`${BASE}/`);
    expect(front.status).toBe(302);
    expect(front.headers.get("location")).toBe("/?event=1");
    for (const path of ["/?event=", "/?event=1", "/claims?event=1&metric=killed", "/claims/1", "/documents", "/documents/1", "/review", "/claimants?event=1", "/claimants/HRANA?event=1", "/checks?event=1", "/report.html?event=1"]) {
      const response = await app.request(`${BASE}${path}`);
      expect(response.status, path).toBe(200);
    }
    const overview = await (await app.request(`${BASE}/?event=1`)).text();
    expect(overview).toContain("<svg");
    expect(overview).toContain("Verified floor");
    expect(overview).toContain("Highest estimate");
  });

  it("refuses a review without a CSRF token or from another origin, and records one with it", async () => {
    const body = JSON.stringify({ action: "correct", correction: { min: 123, max: 123 }, reason: "The source table says 123" });
    const json = { "content-type": "application/json" };
    expect((await app.request(`${BASE}/api/claims/2/review`, { method: "POST", headers: json, body })).status).toBe(403);
    const csrf = await csrfOf(app);
    const crossSite = await app.request(`${BASE}/api/claims/2/review`, { method: "POST", headers: { ...json, "x-csrf-token": csrf, origin: "https://evil.example" }, body });
    expect(crossSite.status).toBe(403);
    const ok = await app.request(`${BASE}/api/claims/2/review`, { method: "POST", headers: { ...json, "x-csrf-token": csrf, origin: "http://127.0.0.1:8080" }, body });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: 2, min: 123, reviewState: "corrected" });
    const claim = await (await app.request(`${BASE}/api/claims/2`)).json();
    expect(claim.audit).toHaveLength(1);
    expect(claim.audit[0]).toMatchObject({ actor: "local", action: "review:corrected" });
    const emptyCorrection = await app.request(`${BASE}/api/claims/2/review`, { method: "POST", headers: { ...json, "x-csrf-token": csrf }, body: JSON.stringify({ action: "correct" }) });
    expect(emptyCorrection.status).toBe(400);
    expect((await emptyCorrection.json()).error).toMatch(/correction/);
  });

  it("changes the summary when a claim is rejected through the review form", async () => {
    const before = await (await app.request(`${BASE}/api/summary?event=1&metric=killed`)).json();
    const top = before.summaries[0].highestEstimate;
    const claimId = top.claim.reports[0].claimId;
    const csrf = await csrfOf(app);
    const form = new URLSearchParams({ _csrf: csrf, action: "reject", next: "/review" });
    const response = await app.request(`${BASE}/review/${claimId}`, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/review#claim-${claimId}`);
    const after = await (await app.request(`${BASE}/api/summary?event=1&metric=killed`)).json();
    expect(after.summaries[0].highestEstimate.claim.reports.map((r: { claimId: number }) => r.claimId)).not.toContain(claimId);
    const page = await (await app.request(`${BASE}/claims/${claimId}`)).text();
    expect(page).toContain("rejected");
    expect(page).toContain("reviewState: &quot;auto&quot; → &quot;rejected&quot;");
  });

  it("rejects a Host that is not this machine (DNS rebinding)", async () => {
    expect((await app.request("http://evil.example/api/summary")).status).toBe(421);
  });
});

describe("hostile document text", () => {
  it("renders markup from documents as inert text on every page", async () => {
    const store = samples;
    const { documentId, claimId } = await addHostileDocument(store);
    const app = localApp(store);
    for (const path of [`/documents/${documentId}`, "/documents", `/claims/${claimId}`, "/claims", "/review", "/", "/?event=1", "/claimants?event=1", "/checks?event=1", "/report.html?event=1"]) {
      const page = await (await app.request(`${BASE}${path}`)).text();
      expect(page, path).not.toMatch(/<script>|<img src=x|onerror="alert|<b>Outlet|href="javascript:/);
    }
    const docPage = await (await app.request(`${BASE}/documents/${documentId}`)).text();
    expect(docPage).toContain("&lt;script&gt;window.__pwned = 1;");
    expect(docPage).toMatch(/<mark data-claims="\d+"[^>]*>Rights monitors said at least <mark class="claim-figure">40<\/mark> people were killed &lt;script&gt;/);
    const response = await app.request(`${BASE}/`);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});

describe("access with accounts", () => {
  let app: ReturnType<typeof localApp>;
  let store: Store;
  const editorToken = "tly_editor_token";
  const viewerToken = "tly_viewer_token";
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["IRAN"] });
    const accounts = store.accounts;
    await accounts.saveUser("ed", "editor", await hashPassword("correct horse"));
    await accounts.saveUser("vi", "viewer", await hashPassword("battery staple"));
    await accounts.addToken("ed", hashToken(editorToken), "test");
    await accounts.addToken("vi", hashToken(viewerToken), "test");
    app = createApp({ store, secret: SECRET, loopback: false, today }).app;
  });
  afterAll(() => store?.close());
  const api = "https://tally.example";

  it("asks for a sign-in or a token", async () => {
    expect((await app.request(`${api}/api/summary`)).status).toBe(401);
    const page = await app.request(`${api}/`);
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login?next=%2F");
    expect((await app.request(`${api}/api/summary`, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
  });

  it("lets a viewer read but not write; an editor writes", async () => {
    const review = (token: string) =>
      app.request(`${api}/api/claims/1/review`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ action: "accept" }) });
    expect((await app.request(`${api}/api/summary`, { headers: { authorization: `Bearer ${viewerToken}` } })).status).toBe(200);
    const refused = await review(viewerToken);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/editor/);
    expect((await review(editorToken)).status).toBe(200);
  });

  it("signs in with a password and sets a strict, secure, HttpOnly cookie", async () => {
    const loginPage = await (await app.request(`${api}/login`)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(loginPage)![1]!;
    const form = (password: string) => new URLSearchParams({ _csrf: csrf, name: "ed", password, next: "/review" });
    const headers = { "content-type": "application/x-www-form-urlencoded", origin: api };
    expect((await app.request(`${api}/login`, { method: "POST", body: form("wrong"), headers })).status).toBe(401);
    expect((await app.request(`${api}/login`, { method: "POST", body: new URLSearchParams({ name: "ed", password: "correct horse" }), headers })).status).toBe(403);
    const ok = await app.request(`${api}/login`, { method: "POST", body: form("correct horse"), headers });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/review");
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    const session = cookie.split(";")[0]!;
    const reviewPage = await app.request(`${api}/review`, { headers: { cookie: session } });
    expect(reviewPage.status).toBe(200);
    const pageCsrf = /name="csrf-token" content="([^"]+)"/.exec(await reviewPage.text())![1]!;
    const accept = new URLSearchParams({ _csrf: pageCsrf, action: "accept" });
    const posted = await app.request(`${api}/review/3`, { method: "POST", body: accept, headers: { ...headers, cookie: session } });
    expect(posted.status).toBe(303);
    const stolen = new URLSearchParams({ _csrf: csrf, action: "accept" });
    expect((await app.request(`${api}/review/4`, { method: "POST", body: stolen, headers: { ...headers, cookie: session } })).status).toBe(403);
  });
});

describe("starting the server", () => {
  it("refuses a non-loopback address without accounts", async () => {
    // The samples' store has no accounts (those of "access with accounts" are in a store of their own).
    const store = samples;
    await expect(startServer({ store, host: "0.0.0.0", port: 0 })).rejects.toThrow(RefusedToStart);
    // Loopback is decided on the addresses a name resolves to, not on how it is spelled.
    const dns = async (host: string) => (host === "127.0.0.1.nip.io" ? [{ address: "192.0.2.44", family: 4 }] : Promise.reject(Object.assign(new Error("not found"), { code: "ENOTFOUND" })));
    await expect(startServer({ store, host: "127.0.0.1.nip.io", port: 0, lookup: dns })).rejects.toThrow(/refusing to listen on 127\.0\.0\.1\.nip\.io: no accounts exist/);
    await expect(startServer({ store, host: "nowhere.invalid", port: 0, lookup: dns })).rejects.toThrow(/cannot listen on 'nowhere\.invalid': the name does not resolve \(ENOTFOUND\)/);
  });

  it("listens on loopback and answers", async () => {
    const server = await startServer({ store: samples, host: "127.0.0.1", port: 0 });
    try {
      const response = await fetch(`${server.url}/api/events`);
      expect(response.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
