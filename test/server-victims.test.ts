// The named-victims pages and API over a real store (PGlite): persons with their records side by side,
// counts and the overlap chart; the link review queue, where an editor's decision (form or JSON, with
// CSRF) is stored through the store's decide, audited, and applied by the next link run; inputs
// validated with the field named; a list's private fields never shown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { hashPassword, hashToken } from "../src/server/auth/password.js";
import { linkStoredRecords } from "../src/store/victims-link.js";
import type { Store } from "../src/store/store.js";
import { groupPersons } from "../src/victims/registry.js";
import { temporaryStore } from "./support/temporary-store.js";
import { importAndLinkVictims, PRIVATE_CONTACT, UNDECIDED_PAIR } from "./support/victim-lists.js";

const BASE = "http://127.0.0.1:8080";
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const JSON_BODY = { "content-type": "application/json" };
const [A, B] = UNDECIDED_PAIR;

const personOf = async (store: Store, key: string) => groupPersons(await store.victims.listRecords()).find((p) => p.records.some((r) => `${r.list}/${r.recordId}` === key))!.personId;

describe("named victims in the dashboard (local user)", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];
  let csrf: string;
  beforeAll(async () => {
    store = await temporaryStore("tally-victims-server-");
    await importAndLinkVictims(store);
    app = createApp({ store, secret: Buffer.from("test-secret"), loopback: true, today: () => "2026-03-01" }).app;
    csrf = /name="csrf-token" content="([^"]+)"/.exec(await (await app.request(`${BASE}/victims`)).text())![1]!;
  }, 60_000);
  afterAll(() => store?.close());

  const get = (path: string) => app.request(`${BASE}${path}`);
  const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`${BASE}/victims/review`, { method: "POST", headers: { ...FORM, ...headers }, body: new URLSearchParams(fields) });
  const postJson = (body: unknown, headers: Record<string, string> = { "x-csrf-token": csrf }) =>
    app.request(`${BASE}/api/victims/decisions`, { method: "POST", headers: { ...JSON_BODY, ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  it("shows persons with their records side by side, counts per fate and list, and the overlap chart", async () => {
    const response = await get("/victims");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("10 records from 2 lists, linked into 8 persons; 2 named by two or more lists");
    expect(page).toMatch(/<tr data-fate="killed"><td>killed<\/td><td class="num">5<\/td>/);
    expect(page).toMatch(/<tr data-list="hrana"><td>hrana<\/td><td class="num">5<\/td><td class="num">5<\/td>/);
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="upset"');
    expect(page).toContain('data-lists="hengaw + hrana"');
    // Zahra Ahmadi's two records in one row
    const zahra = /<tr class="person"[^>]*>(?:(?!<tr class="person").)*Zahra Ahmadi(?:(?!<tr class="person").)*/s.exec(page)![0];
    expect(zahra).toContain('data-record="hrana/2"');
    expect(zahra).toContain('data-record="hengaw/2"');
    expect(page).toContain('<a href="/victims/review">2 pairs of records wait for review</a>');
    expect(page).not.toContain(PRIVATE_CONTACT);
  });

  it("filters persons by list and fate; an unknown fate is a 400 naming the parameter", async () => {
    const page = await (await get("/victims?fate=detained&list=")).text();
    expect(page).toContain("1 persons, 1–1 shown");
    expect(await (await get("/victims?event=1")).text()).toContain("8 persons");
    const bad = await get("/victims?fate=vanished");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("query parameter &#39;fate&#39;");
  });

  it("answers persons and pairs as JSON, without private fields", async () => {
    const persons = (await (await get("/api/victims/persons?limit=2")).json()) as { summary: { persons: number; onSeveralLists: number }; total: number; items: Array<{ records: object[] }> };
    expect(persons.summary).toMatchObject({ persons: 8, onSeveralLists: 2 });
    expect(persons.total).toBe(8);
    expect(persons.items).toHaveLength(2);
    const all = await (await get("/api/victims/persons?limit=500")).text();
    expect(all).not.toContain(PRIVATE_CONTACT);
    expect(all).not.toContain("privateFields");
    expect((await (await get("/api/victims/persons?fate=killed")).json()).total).toBe(5);

    const pairs = (await (await get("/api/victims/pairs")).json()) as { total: number; items: Array<{ recordA: string; recordB: string; a: object; b: object }> };
    // the pairs `tally victims review` shows
    expect(pairs.items.map((p) => [p.recordA, p.recordB])).toEqual((await store.victims.listReviewPairs()).map((p) => [p.recordA, p.recordB]));
    expect(pairs.items[0]).toMatchObject({ recordA: A, recordB: B, a: { list: "hengaw", givenName: "Arfan" }, b: { list: "hrana", givenName: "Erfan" } });
    expect(JSON.stringify(pairs)).not.toContain(PRIVATE_CONTACT);
  });

  it("refuses bad queries and bodies with a 400 naming the field", async () => {
    const cases: Array<[Response, string]> = [
      [await get("/api/victims/persons?limit=0"), "query parameter 'limit'"],
      [await get("/api/victims/persons?fate=gone"), "query parameter 'fate'"],
      [await get("/api/victims/persons?colour=red"), "query parameter 'colour': not a known field"],
      [await get("/api/victims/pairs?x=1"), "query parameter 'x': not a known field"],
      [await postJson({ recordA: A, recordB: B }), "body field 'decision'"],
      [await postJson({ recordA: A, recordB: B, decision: "maybe" }), "body field 'decision': expected match or not_match"],
      [await postJson({ recordA: "nolist", recordB: B, decision: "match" }), "body field 'recordA'"],
      [await postJson({ recordA: A, recordB: A, decision: "match" }), "body field 'recordB': a record cannot be compared with itself"],
      [await postJson({ recordA: A, recordB: "hrana/999", decision: "match" }), "body field 'recordB': no victim record 'hrana/999'"],
      [await postJson({ recordA: A, recordB: B, decision: "match", extra: 1 }), "body field 'extra': not a known field"],
      [await postJson([1, 2]), "body: expected a JSON object"],
      [await postJson("{not json"), "body: not valid JSON"],
    ];
    for (const [response, message] of cases) {
      expect(response.status, message).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(message);
    }
    expect((await postJson({ recordA: A, recordB: B, decision: "match" }, {})).status).toBe(403);
    expect(await store.victims.listDecisions()).toEqual([]);
  });

  it("shows the review queue with both records side by side and a form per decision carrying the CSRF token", async () => {
    const page = await (await get("/victims/review")).text();
    expect(page).toContain(`data-record-a="${A}" data-record-b="${B}"`);
    expect(page).toMatch(/<table class="side-by-side"><thead><tr><th><\/th><th>hengaw\/1<\/th><th>hrana\/1<\/th>/);
    expect(page).toContain("Arfan Rezaie");
    expect(page.match(new RegExp(`name="_csrf" value="${csrf}"`, "g"))!.length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('data-decision="match"');
    expect(page).toContain('data-decision="not_match"');
    expect(page).not.toContain(PRIVATE_CONTACT);
  });

  it("stores a form's decision through the store (audited), takes the pair off the queue, and the next link run applies it", async () => {
    expect(await personOf(store, A)).not.toBe(await personOf(store, B));
    expect((await postForm({ recordA: A, recordB: B, decision: "match" })).status).toBe(403);
    const done = await postForm({ _csrf: csrf, recordA: A, recordB: B, decision: "match", next: "/victims/review#pair-0" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/victims/review#pair-0");
    expect(await store.victims.listDecisions()).toMatchObject([{ recordA: A, recordB: B, decision: "match", actor: "local" }]);
    expect(await store.listAudit({ entity: "victim_link" })).toHaveLength(1);
    expect(await (await get("/victims/review")).text()).not.toContain(`data-record-a="${A}"`);
    await linkStoredRecords(store);
    expect(await personOf(store, A)).toBe(await personOf(store, B));
  });

  it("stores a JSON decision, a later one replacing the earlier, and the next link run applies it", async () => {
    const response = await postJson({ recordA: B, recordB: A, decision: "not_match", reason: "different ages and places" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ recordA: A, recordB: B, decision: "not_match", reason: "different ages and places" });
    expect((await store.victims.listDecisions()).map((d) => d.decision)).toEqual(["not_match"]);
    const audit = await store.listAudit({ entity: "victim_link" });
    expect(audit).toHaveLength(2);
    await linkStoredRecords(store);
    expect(await personOf(store, A)).not.toBe(await personOf(store, B));
    // decided pairs do not come back to the queue
    expect((await (await get("/api/victims/pairs")).json()).total).toBe(1);
  });

  it("answers a form post asking for JSON (the page's script) with the decision, and a bad form with a 400 naming the field", async () => {
    const json = await postForm({ _csrf: csrf, recordA: A, recordB: B, decision: "match" }, { accept: "application/json" });
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ decision: "match" });
    const bad = await postForm({ _csrf: csrf, recordA: A, recordB: "nobody/1", decision: "match" }, { accept: "application/json" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("form field 'recordB': no victim record 'nobody/1'");
  });

  it("lists the routes in the OpenAPI document", async () => {
    const doc = (await (await get("/api/openapi.json")).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/victims/persons", "/api/victims/pairs", "/api/victims/decisions"]));
  });
});

describe("named victims with accounts", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];
  beforeAll(async () => {
    store = await temporaryStore("tally-victims-accounts-");
    await importAndLinkVictims(store);
    await store.accounts.saveUser("vi", "viewer", await hashPassword("battery staple"));
    await store.accounts.addToken("vi", hashToken("tly_viewer"), "test");
    await store.accounts.saveUser("ed", "editor", await hashPassword("correct horse"));
    await store.accounts.addToken("ed", hashToken("tly_editor"), "test");
    app = createApp({ store, secret: Buffer.from("test-secret"), loopback: false }).app;
  }, 60_000);
  afterAll(() => store?.close());

  const decide = (token: string) =>
    app.request("https://tally.example/api/victims/decisions", { method: "POST", headers: { ...JSON_BODY, authorization: `Bearer ${token}` }, body: JSON.stringify({ recordA: A, recordB: B, decision: "not_match" }) });

  it("lets a viewer read but not decide, and records an editor's decision under the editor's name", async () => {
    const page = await (await app.request("https://tally.example/victims/review", { headers: { authorization: "Bearer tly_viewer" } })).text();
    expect(page).toContain("deciding needs the editor role");
    expect(page).not.toContain('data-decision="match"');
    expect((await decide("tly_viewer")).status).toBe(403);
    expect(await store.victims.listDecisions()).toEqual([]);
    expect((await decide("tly_editor")).status).toBe(200);
    expect(await store.victims.listDecisions()).toMatchObject([{ actor: "ed", decision: "not_match" }]);
  });
});
