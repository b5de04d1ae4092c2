// Curation end to end over a real store (PGlite) seeded with the Sudan samples: claimants marked not a
// source, merged and renamed; checks dismissed and undismissed; each audited, each refused to a
// viewer and without a CSRF token, and each still in force after a restart and a re-extraction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { hashPassword, hashToken } from "../src/server/auth/password.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";
const SECRET = Buffer.from("test-secret");
const today = () => "2026-03-01";
type App = ReturnType<typeof createApp>["app"];

interface Check {
  key: string;
  kind: string;
  metric: string;
  explanation: string;
  dismissal?: { reason: string; actor: string; at: string };
}

function localApp(store: Store): App {
  return createApp({ store, secret: SECRET, loopback: true, today }).app;
}

async function csrfOf(app: App): Promise<string> {
  const page = await (await app.request(`${BASE}/checks?event=1`)).text();
  return /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
}

async function post(app: App, path: string, body: unknown, csrf: string): Promise<Response> {
  return app.request(`${BASE}${path}`, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrf }, body: JSON.stringify(body) });
}

const getJson = async (app: App, path: string) => (await app.request(`${BASE}${path}`)).json();
const checksFlagged = (statement: string) => Number(/(\d+) consistency checks? flags?/.exec(statement)?.[1] ?? 0);

describe("claimant curation on the Sudan samples", () => {
  let store: Store;
  let app: App;
  let csrf: string;
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["SUDAN"] });
    app = localApp(store);
    csrf = await csrfOf(app);
  }, 60_000);
  afterAll(() => store?.close());

  it("marks 'office' not a source: its claims become unattributed in the summary, and restoring brings it back", async () => {
    const before = await getJson(app, "/api/summary?event=1&metric=detained");
    expect(before.summaries[0].verifiedFloor.claim.claimant.name).toBe("office");

    const response = await post(app, "/api/claimants/office/not-a-source?event=1", { reason: "'The office' is a common noun; the report's source is the UN human rights office." }, csrf);
    expect(response.status).toBe(200);
    const edit = await response.json();
    expect(edit).toMatchObject({ claimantKey: "named:office", claimantName: "office", action: "not_a_source", actor: "local" });
    expect(edit.audit).toEqual([expect.objectContaining({ actor: "local", action: "claimant:not_a_source", entity: "claimant_edit", entityId: edit.id })]);

    const after = await getJson(app, "/api/summary?event=1&metric=detained");
    const floor = after.summaries[0].verifiedFloor.claim;
    expect(floor).toMatchObject({ unattributed: true, min: 670, claimant: { name: "Outlet SUDAN", kind: "media" } });
    expect(floor.reports[0].claimantAsWritten).toBe("office");
    expect(after.summaries[0].statement).not.toMatch(/\boffice\b/);
    const claimants = await getJson(app, "/api/claimants?event=1");
    expect(claimants.map((c: { name: string }) => c.name)).not.toContain("office");
    const list = await (await app.request(`${BASE}/claimants?event=1`)).text();
    expect(list).toContain("Edited by analysts");
    expect(list).toMatch(/<a href="\/claimants\/named%3Aoffice\?event=1">office<\/a><\/td><td>marked “office” not a source/);

    const page = await app.request(`${BASE}/claimants/office?event=1`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain("not a source");
    expect(text).toContain("a common noun");
    expect(text).toMatch(/action="\/claimants\/named%3Aoffice\/restore\?event=1"/);

    expect((await post(app, "/api/claimants/office/not-a-source?event=1", { reason: "again" }, csrf)).status).toBe(409);
    const restored = await post(app, "/api/claimants/office/restore?event=1", {}, csrf);
    expect(restored.status).toBe(200);
    expect((await restored.json()).audit.map((a: { action: string }) => a.action)).toEqual(["claimant:not_a_source", "claimant:restore"]);
    expect((await getJson(app, "/api/summary?event=1&metric=detained")).summaries[0].verifiedFloor.claim.claimant.name).toBe("office");
  });

  it("merges the UN human rights office's other names into OHCHR: one series, and old links redirect", async () => {
    const seriesOf = async (name: string) => (await getJson(app, `/api/series?event=1&claimant=${encodeURIComponent(name)}`)).map((s: { metric: string; population: string; points: unknown[] }) => `${s.metric}/${s.population}/${s.points.length}`);
    expect(await seriesOf("OHCHR")).toEqual(["killed/civilians/2"]);
    const office = await post(app, "/api/claimants/office/merge?event=1", { into: "OHCHR", reason: "SUDAN-10: 'the office' is the UN human rights office" }, csrf);
    expect(office.status).toBe(200);
    expect(await office.json()).toMatchObject({ action: "merge", intoKey: "gazetteer:ohchr", intoName: "OHCHR" });
    const turk = await post(app, `/api/claimants/${encodeURIComponent("Volker Türk")}/merge?event=1`, { into: "gazetteer:ohchr", reason: "The High Commissioner speaks for his office" }, csrf);
    expect(turk.status).toBe(200);
    expect(await seriesOf("OHCHR")).toEqual(["killed/all/1", "killed/civilians/3", "detained/all/1", "detained/women/1"]);
    expect(await seriesOf("office")).toEqual([]);

    const old = await app.request(`${BASE}/claimants/office?event=1`);
    expect(old.status).toBe(302);
    expect(old.headers.get("location")).toBe("/claimants/OHCHR?event=1");
    const page = await (await app.request(`${BASE}/claimants/OHCHR?event=1`)).text();
    expect(page).toContain("Merged into this claimant");
    expect(page).toContain("the UN human rights office");
    expect(page).toMatch(/merged “office” into “OHCHR”/);
    const history = await getJson(app, "/api/claimants/OHCHR/history?event=1");
    expect(history.edits.map((e: { claimantName: string }) => e.claimantName)).toEqual(["office", "Volker Türk"]);
    expect(history.audit.map((a: { actor: string; action: string }) => `${a.actor} ${a.action}`)).toEqual(["local claimant:merge", "local claimant:merge"]);
  });

  it("refuses a merge into itself or into a cycle (409), an unknown claimant (404) and a missing field (400)", async () => {
    const self = await post(app, "/api/claimants/OHCHR/merge?event=1", { into: "ohchr", reason: "x" }, csrf);
    expect(self.status).toBe(409);
    expect((await self.json()).error).toMatch(/itself/);
    const cycle = await post(app, "/api/claimants/OHCHR/merge?event=1", { into: "named:office", reason: "x" }, csrf);
    expect(cycle.status).toBe(409);
    expect((await cycle.json()).error).toMatch(/cycle/);
    expect((await post(app, "/api/claimants/Nobody/merge?event=1", { into: "OHCHR", reason: "x" }, csrf)).status).toBe(404);
    const into = await post(app, "/api/claimants/OHCHR/merge?event=1", { into: "Nobody", reason: "x" }, csrf);
    expect(into.status).toBe(400);
    expect((await into.json()).error).toMatch(/'into'/);
    const noReason = await post(app, "/api/claimants/OCHA/merge?event=1", { into: "OHCHR" }, csrf);
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error).toMatch(/body field 'reason'/);
    const long = await post(app, "/api/claimants/OCHA/rename?event=1", { name: "UN OCHA", reason: "x".repeat(501) }, csrf);
    expect((await long.json()).error).toMatch(/'reason'.*500/);
    const clash = await post(app, "/api/claimants/OCHA/rename?event=1", { name: "unicef", reason: "x" }, csrf);
    expect(clash.status).toBe(409);
    expect((await app.request(`${BASE}/api/claimants/OHCHR/merge?event=99`, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrf }, body: "{}" })).status).toBe(400);
  });

  it("renames a claimant: the series show the new name, merged names follow, and the old name redirects", async () => {
    const response = await post(app, "/api/claimants/OHCHR/rename?event=1", { name: "UN Human Rights Office", reason: "Readers know it by name" }, csrf);
    expect(response.status).toBe(200);
    const names = (await getJson(app, "/api/series?event=1&metric=detained")).map((s: { claimant: { name: string; key: string } }) => `${s.claimant.key} ${s.claimant.name}`);
    expect(names).toContain("gazetteer:ohchr UN Human Rights Office");
    const old = await app.request(`${BASE}/claimants/OHCHR?event=1`);
    expect(old.status).toBe(302);
    expect(old.headers.get("location")).toBe("/claimants/UN%20Human%20Rights%20Office?event=1");
    expect((await app.request(`${BASE}/claimants/office?event=1`)).headers.get("location")).toBe("/claimants/UN%20Human%20Rights%20Office?event=1");
    const page = await (await app.request(`${BASE}/claimants/UN%20Human%20Rights%20Office?event=1`)).text();
    expect(page).toMatch(/renamed “OHCHR” to “UN Human Rights Office”/);
    expect(page).toContain("Undo rename");
  });

  it("edits claimants through the page forms, and keeps every edit after a restart", async () => {
    const form = new URLSearchParams({ _csrf: csrf, reason: "Wire copy of the army's statement" });
    const posted = await app.request(`${BASE}/claimants/${encodeURIComponent("Sudanese Armed Forces")}/not-a-source?event=1`, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toBe("/claimants/gazetteer%3Asudanese%20armed%20forces?event=1");
    const empty = await app.request(`${BASE}/claimants/OCHA/not-a-source?event=1`, { method: "POST", body: new URLSearchParams({ _csrf: csrf }), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/form field &#39;reason&#39;/);

    const restarted = localApp(store);
    const claimants = (await getJson(restarted, "/api/claimants?event=1")).map((c: { name: string }) => c.name);
    expect(claimants).toContain("UN Human Rights Office");
    expect(claimants).not.toContain("office");
    expect(claimants).not.toContain("Sudanese Armed Forces");
  });
});

describe("check dismissals on the Sudan samples", () => {
  let store: Store;
  let app: App;
  let csrf: string;
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["SUDAN"] });
    app = localApp(store);
    csrf = await csrfOf(app);
  }, 60_000);
  afterAll(() => store?.close());

  it("dismisses a check with a reason: the count falls, the dismissal is listed with who and why, and the audit keeps it", async () => {
    const checks: Check[] = await getJson(app, "/api/checks?event=1");
    const target = checks.find((c) => c.kind === "outlier") ?? checks[0]!;
    const statementBefore = (await getJson(app, `/api/summary?event=1&metric=${target.metric}`)).summaries[0].statement;
    const flaggedBefore = checksFlagged(statementBefore);
    expect(flaggedBefore).toBeGreaterThan(0);

    const missing = await post(app, `/api/checks/${target.key}/dismiss?event=1`, {}, csrf);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatch(/body field 'reason'/);
    expect((await post(app, "/api/checks/not-a-key/dismiss?event=1", { reason: "x" }, csrf)).status).toBe(400);
    const unknown = await post(app, "/api/checks/outlier-killed-00000000000000/dismiss?event=1", { reason: "x" }, csrf);
    expect(unknown.status).toBe(404);

    const reason = "A nationwide figure set against counts for one city; not comparable.";
    const response = await post(app, `/api/checks/${target.key}/dismiss?event=1`, { reason }, csrf);
    expect(response.status).toBe(200);
    const dismissal = await response.json();
    expect(dismissal).toMatchObject({ checkKey: target.key, eventId: 1, kind: target.kind, explanation: target.explanation, reason, actor: "local" });
    expect(dismissal.audit).toEqual([expect.objectContaining({ actor: "local", action: "check:dismiss", entity: "check_dismissal", after: expect.objectContaining({ reason }) })]);

    const after: Check[] = await getJson(app, "/api/checks?event=1");
    expect(after).toHaveLength(checks.length - 1);
    expect(after.map((c) => c.key)).not.toContain(target.key);
    const statementAfter = (await getJson(app, `/api/summary?event=1&metric=${target.metric}`)).summaries[0].statement;
    expect(checksFlagged(statementAfter)).toBe(flaggedBefore - 1);
    const dismissed: Check[] = await getJson(app, "/api/checks?event=1&dismissed=only");
    expect(dismissed).toEqual([expect.objectContaining({ key: target.key, dismissal: { reason, actor: "local", at: dismissal.at } })]);
    expect(await getJson(app, "/api/checks?event=1&dismissed=include")).toHaveLength(checks.length);

    const page = await (await app.request(`${BASE}/checks?event=1`)).text();
    expect(page).toContain(`${checks.length - 1} raised · 1 dismissed`);
    expect(page).not.toContain(reason);
    const shown = await (await app.request(`${BASE}/checks?event=1&dismissed=1`)).text();
    expect(shown).toContain("Dismissed by local on");
    expect(shown).toContain(reason);
    expect(shown).toContain(`action="/checks/${target.key}/undismiss?event=1"`);
    const overview = await (await app.request(`${BASE}/?event=1`)).text();
    expect(overview).toContain(`${checks.length - 1} consistency checks`);

    const again = await post(app, `/api/checks/${target.key}/dismiss?event=1`, { reason: "twice" }, csrf);
    expect(again.status).toBe(409);
  });

  it("keeps the dismissal after a restart and a re-extraction of the documents, and undismisses it", async () => {
    const [dismissed] = (await getJson(app, "/api/checks?event=1&dismissed=only")) as Check[];
    // Every document extracted again by another extractor version: new claim ids, same figures.
    for (const document of (await store.listDocuments({ limit: 100 })).items) {
      const claims = (await store.listClaims({ documentId: document.id })).items.map(({ metric, population, min, max, qualifier, claimant, claimantKind, status, asOf, mainEvent, evidence }) => ({ metric, population, min, max, qualifier, claimant, claimantKind, status, asOf, mainEvent, evidence }));
      await store.reextractDocument(document.id, claims, "next-version");
    }
    const restarted = localApp(store);
    const still: Check[] = await getJson(restarted, "/api/checks?event=1&dismissed=only");
    expect(still.map((c) => c.key)).toEqual([dismissed!.key]);

    const undone = await post(restarted, `/api/checks/${dismissed!.key}/undismiss?event=1`, { reason: "New figures from the same camps" }, await csrfOf(restarted));
    expect(undone.status).toBe(200);
    expect((await undone.json()).audit.map((a: { action: string }) => a.action)).toEqual(["check:dismiss", "check:undismiss"]);
    expect((await getJson(restarted, "/api/checks?event=1")).map((c: Check) => c.key)).toContain(dismissed!.key);
    expect((await post(restarted, `/api/checks/${dismissed!.key}/undismiss?event=1`, {}, await csrfOf(restarted))).status).toBe(404);
    const page = await (await restarted.request(`${BASE}/checks?event=1`)).text();
    expect(page).toMatch(/History \(2\)/);
  });

  it("dismisses through the checks page's form and redirects back", async () => {
    const [check] = (await getJson(app, "/api/checks?event=1")) as Check[];
    const page = await (await app.request(`${BASE}/checks?event=1`)).text();
    expect(page).toContain(`action="/checks/${check!.key}/dismiss?event=1"`);
    expect(page).toContain("Dismiss…");
    const form = new URLSearchParams({ _csrf: csrf, reason: "Same toll, counted from two places" });
    const response = await app.request(`${BASE}/checks/${check!.key}/dismiss?event=1`, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/checks?event=1");
    expect((await getJson(app, "/api/checks?event=1&dismissed=only")).map((c: Check) => c.key)).toEqual([check!.key]);
  });

  it("declares the curation routes in the OpenAPI document", async () => {
    const spec = await getJson(app, "/api/openapi.json");
    for (const path of ["/api/checks/{key}/dismiss", "/api/checks/{key}/undismiss", "/api/claimants/{name}/merge", "/api/claimants/{name}/rename", "/api/claimants/{name}/not-a-source", "/api/claimants/{name}/restore"]) {
      expect(spec.paths[path]?.post, path).toBeDefined();
    }
    expect(spec.paths["/api/claimants/{name}/merge"].post.responses["409"]).toBeDefined();
    expect(spec.paths["/api/claimants/{name}/merge"].post.requestBody.content["application/json"].schema.required).toEqual(["into", "reason"]);
    expect(spec.paths["/api/checks"].get.parameters.map((p: { name: string }) => p.name)).toContain("dismissed");
  });
});

describe("curation with accounts", () => {
  let store: Store;
  let app: App;
  const api = "https://tally.example";
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["SUDAN"] });
    await store.accounts.saveUser("ed", "editor", await hashPassword("correct horse"));
    await store.accounts.saveUser("vi", "viewer", await hashPassword("battery staple"));
    await store.accounts.addToken("ed", hashToken("tly_editor"), "test");
    await store.accounts.addToken("vi", hashToken("tly_viewer"), "test");
    app = createApp({ store, secret: SECRET, loopback: false, today }).app;
  }, 60_000);
  afterAll(() => store?.close());

  const send = (path: string, token: string, body: unknown) =>
    app.request(`${api}${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });

  it("refuses a viewer (403) and lets an editor curate, recorded under the editor's name", async () => {
    const [check] = (await (await app.request(`${api}/api/checks?event=1`, { headers: { authorization: "Bearer tly_viewer" } })).json()) as Check[];
    const refused = await send(`/api/checks/${check!.key}/dismiss?event=1`, "tly_viewer", { reason: "no" });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/editor/);
    expect((await send("/api/claimants/office/not-a-source?event=1", "tly_viewer", { reason: "no" })).status).toBe(403);
    expect((await send("/api/claimants/office/merge?event=1", "tly_viewer", { into: "OHCHR", reason: "no" })).status).toBe(403);
    const page = await (await app.request(`${api}/checks?event=1`, { headers: { authorization: "Bearer tly_viewer" } })).text();
    expect(page).not.toContain("Dismiss…");

    const ok = await send(`/api/checks/${check!.key}/dismiss?event=1`, "tly_editor", { reason: "Judged: same figure, two scopes" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ actor: "ed" });
  });

  it("refuses a signed-in editor's form post without the page's CSRF token", async () => {
    const loginPage = await (await app.request(`${api}/login`)).text();
    const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(loginPage)![1]!;
    const headers = { "content-type": "application/x-www-form-urlencoded", origin: api };
    const login = await app.request(`${api}/login`, { method: "POST", body: new URLSearchParams({ _csrf: loginCsrf, name: "ed", password: "correct horse", next: "/" }), headers });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const without = await app.request(`${api}/claimants/office/not-a-source?event=1`, { method: "POST", body: new URLSearchParams({ reason: "no token" }), headers: { ...headers, cookie } });
    expect(without.status).toBe(403);
    const page = await (await app.request(`${api}/claimants/office?event=1`, { headers: { cookie } })).text();
    const pageCsrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
    expect(page).toContain("Mark not a source");
    const withToken = await app.request(`${api}/claimants/office/not-a-source?event=1`, { method: "POST", body: new URLSearchParams({ _csrf: pageCsrf, reason: "A common noun" }), headers: { ...headers, cookie } });
    expect(withToken.status).toBe(303);
    const json = await app.request(`${api}/api/claimants/OCHA/rename?event=1`, { method: "POST", headers: { "content-type": "application/json", cookie, origin: api }, body: JSON.stringify({ name: "UN OCHA", reason: "x" }) });
    expect(json.status).toBe(403);
  });
});
