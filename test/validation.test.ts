// Bad input, end to end over a real store: every route of the API and the dashboard answers 400
// naming the field (HTML for a browser, JSON for the API or when asked), never 500, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import type { StoredClaim } from "../src/store/types.js";
import { seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";
const LONG_NAME = "x".repeat(10_000);

let store: Store;
let app: ReturnType<typeof createApp>["app"];
let csrf: string;
/** A claim stated as "at least N": min set, max empty. */
let atLeast: StoredClaim;

beforeAll(async () => {
  store = await seededStore({ prefixes: ["IRAN"] });
  app = createApp({ store, secret: Buffer.from("validation-test"), loopback: true, today: () => "2026-03-01" }).app;
  const page = await (await app.request(`${BASE}/review`)).text();
  csrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
  atLeast = (await store.listClaims({ limit: 500 })).items.find((c) => c.qualifier === "at_least" && c.min !== null && c.min > 1)!;
});
afterAll(() => store?.close());

/** The error a 400 page or answer carries, as text. */
async function errorOf(response: Response): Promise<string> {
  const body = await response.text();
  if ((response.headers.get("content-type") ?? "").includes("application/json")) return (JSON.parse(body) as { error: string }).error;
  return body.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

const ID = "expected an id: a whole number from 1 to 2147483647";

describe("queries and paths", () => {
  const api: Array<[string, string]> = [
    ["/api/claims/99999999999", `path parameter 'id': ${ID}`],
    ["/api/documents/2147483648", `path parameter 'id': ${ID}`],
    ["/api/claims/1e3", `path parameter 'id': ${ID}`],
    ["/api/claims?from=2026-02-30", "query parameter 'from': '2026-02-30': day 30 does not exist in 2026-02 (01–28)"],
    ["/api/claims?to=2026-13-01", "query parameter 'to': '2026-13-01': month 13 does not exist (01–12)"],
    ["/api/claims?from=2026-03-01&to=2026-01-01", "query parameter 'to': 2026-01-01 is before from 2026-03-01"],
    ["/api/claims?limit=1e3", "query parameter 'limit': expected a whole number from 1 to 500"],
    ["/api/claims?limit=0", "query parameter 'limit': expected a whole number from 1 to 500"],
    ["/api/claims?offset=-1", "query parameter 'offset': expected a whole number from 0 to 2147483647"],
    ["/api/claims?offset=99999999999999999999", "query parameter 'offset': expected a whole number from 0 to 2147483647"],
    ["/api/claims?event=99999999999", `query parameter 'event': ${ID}`],
    ["/api/claims?event=0", `query parameter 'event': ${ID}`],
    ["/api/claims?event=abc", `query parameter 'event': ${ID}`],
    ["/api/claims?event=0x10", `query parameter 'event': ${ID}`],
    ["/api/claims?document=99999999999", `query parameter 'document': ${ID}`],
    ["/api/claims?after=99999999999", `query parameter 'after': ${ID}`],
    ["/api/claims?metric=killed&metric=injured", "query parameter 'metric': given 2 times; give it once"],
    [`/api/claims?claimant=${"x".repeat(201)}`, "query parameter 'claimant': at most 200 characters (got 201)"],
    ["/api/claims?claimant=a%00b", "query parameter 'claimant': control character U+0000 is not allowed in a name"],
    ["/api/claims?metrc=killed", "query parameter 'metrc': not a known field"],
    ["/api/summary?event=99999999999", `query parameter 'event': ${ID}`],
    ["/api/series?event=abc", `query parameter 'event': ${ID}`],
    ["/api/checks?event=0", `query parameter 'event': ${ID}`],
    ["/api/claimants?event=1.5", `query parameter 'event': ${ID}`],
    ["/api/documents?offset=99999999999", "query parameter 'offset': expected a whole number from 0 to 2147483647"],
  ];
  /** [the path as a test's title, the path, the message]. */
  const titled = (cases: Array<[string, string]>) => cases.map(([path, message]) => [path.length > 80 ? `${path.slice(0, 60)}…` : path, path, message] as const);
  it.each(titled(api))("GET %s answers 400", async (_title, path, message) => {
    const response = await app.request(`${BASE}${path}`);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe(message);
  });

  const pages: Array<[string, string]> = [
    ["/claims/99999999999", `path parameter 'id': ${ID}`],
    ["/documents/99999999999", `path parameter 'id': ${ID}`],
    ["/claims?from=2026-02-30", "query parameter 'from': '2026-02-30': day 30 does not exist"],
    ["/claims?from=2026-03-01&to=2026-01-01", "query parameter 'to': 2026-01-01 is before from 2026-03-01"],
    ["/claims?document=99999999999", `query parameter 'document': ${ID}`],
    ["/?event=99999999999", `query parameter 'event': ${ID}`],
    ["/?event=1&event=2", "query parameter 'event': given 2 times; give it once"],
    ["/checks?event=abc", `query parameter 'event': ${ID}`],
    ["/review?offset=-1", "query parameter 'offset': expected a whole number from 0 to 2147483647"],
    ["/documents?offset=99999999999", "query parameter 'offset': expected a whole number from 0 to 2147483647"],
    [`/claimants/${LONG_NAME}`, "path parameter 'name': at most 200 characters (got 10000)"],
  ];
  it.each(titled(pages))("GET %s answers a 400 page", async (_title, path, message) => {
    const response = await app.request(`${BASE}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await errorOf(response)).toContain(message);
    const asked = await app.request(`${BASE}${path}`, { headers: { accept: "application/json" } });
    expect(asked.status).toBe(400);
    expect(await errorOf(asked)).toContain(message);
  });
});

describe("corrections through the API and the review form", () => {
  const post = (path: string, body: BodyInit, headers: Record<string, string>) => app.request(`${BASE}${path}`, { method: "POST", body, headers: { "x-csrf-token": csrf, ...headers } });
  const postJson = (id: number | string, body: unknown) => post(`/api/claims/${id}/review`, JSON.stringify(body), { "content-type": "application/json" });
  const postForm = (id: number | string, fields: Record<string, string>, accept?: string) =>
    post(`/review/${id}`, new URLSearchParams({ action: "correct", next: "/review", ...fields }), { "content-type": "application/x-www-form-urlencoded", ...(accept ? { accept } : {}) });

  const FIGURE = "expected a whole number from 0 to 10,000,000,000";
  /** [correction, the field, the message]; the form sends the same values as text. */
  const corrections = (): Array<[Record<string, unknown>, string, string]> => [
    [{ min: 10, max: 5 }, "max", "max 5 is below min 10"],
    [{ max: atLeast.min! - 1 }, "max", `max ${atLeast.min! - 1} is below min ${atLeast.min}`],
    [{ min: 1e20 }, "min", FIGURE],
    [{ min: 1.5 }, "min", FIGURE],
    [{ min: -1 }, "min", FIGURE],
    [{ max: 10_000_000_001 }, "max", FIGURE],
    [{ claimant: LONG_NAME }, "claimant", "at most 200 characters (got 10000)"],
    [{ claimant: "two\nlines" }, "claimant", "control character U+000A is not allowed in a name"],
    [{ asOf: "2026-02-30" }, "asOf", "'2026-02-30': day 30 does not exist in 2026-02 (01–28)"],
    [{ asOf: "2026-13-01" }, "asOf", "'2026-13-01': month 13 does not exist (01–12)"],
    [{ qualifier: "up_to" }, "qualifier", "up_to needs max, the figure the count is at most"],
    [{ min: null }, "min", "at_least needs min, the figure the count is at least"],
    [{ qualifier: "exact", max: atLeast.min! + 1 }, "qualifier", `exact needs min and max to be the same figure (got ${atLeast.min} and ${atLeast.min! + 1}); a range is qualifier range`],
  ];

  it("refuses each bad correction in the API with 400 naming the body field, and changes nothing", async () => {
    for (const [correction, field, message] of corrections()) {
      const response = await postJson(atLeast.id, { action: "correct", correction });
      expect(response.status, JSON.stringify(correction).slice(0, 80)).toBe(400);
      expect(await errorOf(response)).toBe(`body field 'correction.${field}': ${message}`);
    }
    expect(await store.getClaim(atLeast.id)).toEqual(atLeast);
    expect(await store.listAudit({ entity: "claim", entityId: atLeast.id })).toEqual([]);
  });

  it("refuses the same corrections sent through the review form, as a page and as JSON when asked", async () => {
    for (const [correction, field, message] of corrections()) {
      const fields = Object.fromEntries(Object.entries(correction).map(([key, value]) => [key, value === null ? "" : String(value)]));
      const page = await postForm(atLeast.id, fields);
      expect(page.status, JSON.stringify(fields).slice(0, 80)).toBe(400);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await errorOf(page)).toContain(`form field '${field}': ${message}`);
      const json = await postForm(atLeast.id, fields, "application/json");
      expect(json.status).toBe(400);
      expect(await errorOf(json)).toBe(`form field '${field}': ${message}`);
    }
    for (const [fields, message] of [
      [{ min: "1e3" }, `form field 'min': ${FIGURE}`],
      [{ min: "12abc" }, `form field 'min': ${FIGURE}`],
      [{ mainEvent: "maybe" }, "form field 'mainEvent': expected true or false"],
      [{ metric: "deaths" }, "form field 'metric': "],
    ] as Array<[Record<string, string>, string]>) {
      const response = await postForm(atLeast.id, fields, "application/json");
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toContain(message);
    }
    const repeated = await post(`/review/${atLeast.id}`, "action=correct&min=1&min=2", { "content-type": "application/x-www-form-urlencoded", accept: "application/json" });
    expect(await errorOf(repeated)).toBe("form field 'min': given 2 times; give it once");
    expect(await store.getClaim(atLeast.id)).toEqual(atLeast);
  });

  it("refuses a reason it could not keep, in the API and the form", async () => {
    const good = { min: atLeast.min! + 2 };
    const cases: Array<[unknown, string]> = [
      ["a\u0000b", "control character U+0000 is not allowed"],
      ["x".repeat(2001), "at most 2000 characters (got 2001)"],
      [42, "expected text"],
    ];
    for (const [reason, message] of cases) {
      const response = await postJson(atLeast.id, { action: "correct", correction: good, reason });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toBe(`body field 'reason': ${message}`);
      if (typeof reason !== "string") continue;
      const form = await postForm(atLeast.id, { min: String(good.min), reason }, "application/json");
      expect(form.status).toBe(400);
      expect(await errorOf(form)).toBe(`form field 'reason': ${message}`);
    }
    const none = await postJson(atLeast.id, { action: "correct", correction: good });
    expect(await errorOf(none)).toBe("body field 'reason': a correction needs a reason (what was wrong, or where the right figure comes from)");
    expect(await store.getClaim(atLeast.id)).toEqual(atLeast);
  });

  it("still takes a good correction from the form, with only the changed fields", async () => {
    const response = await postForm(atLeast.id, { min: String(atLeast.min! + 1), claimant: ` ${atLeast.claimant ?? "Monitors"} `, reason: "The bulletin's table" }, "application/json");
    expect(response.status).toBe(200);
    const audit = await store.listAudit({ entity: "claim", entityId: atLeast.id });
    expect(audit).toHaveLength(1);
    expect((await store.getClaim(atLeast.id))!).toMatchObject({ min: atLeast.min! + 1, claimant: atLeast.claimant ?? "Monitors", reviewState: "corrected" });
  });

  it("answers 400 naming the body for a body it cannot read, 415 for one that is not JSON", async () => {
    const cases: Array<[BodyInit, Record<string, string>, number, RegExp]> = [
      ["not json", { "content-type": "application/json" }, 400, /^body: not valid JSON/],
      ["", { "content-type": "application/json" }, 400, /^body: not valid JSON/],
      ["null", { "content-type": "application/json" }, 400, /^body: expected a JSON object with an action/],
      ["[]", { "content-type": "application/json" }, 400, /^body: expected a JSON object with an action/],
      ['{"action":"accept"}', { "content-type": "text/plain" }, 415, /^body: expected Content-Type application\/json, got 'text\/plain'/],
      ['{"action":"accept"}', {}, 415, /^body: expected Content-Type application\/json/],
      ['{"action":"accept","correction":{"min":1}}', { "content-type": "application/json" }, 400, /^body field 'correction': only correct takes a correction, not accept/],
      ['{"action":"correct","correction":{"figure":3}}', { "content-type": "application/json" }, 400, /^body field 'correction.figure': not a known field/],
      ['{"action":"correct","correction":{"min":1e400}}', { "content-type": "application/json" }, 400, /^body field 'correction.min': expected a whole number/],
    ];
    for (const [body, headers, status, message] of cases) {
      const response = await post(`/api/claims/${atLeast.id}/review`, body, headers);
      expect(response.status, String(body)).toBe(status);
      expect(await errorOf(response)).toMatch(message);
    }
    const garbage = await post(`/review/${atLeast.id}`, "garbage", { "content-type": "multipart/form-data; boundary=x" });
    expect(garbage.status).toBe(400);
    expect(await errorOf(garbage)).toMatch(/body: not a form that can be read/);
  });

  it("answers 400 for an id beyond the integer range, 404 for one that is free", async () => {
    expect((await postJson("99999999999", { action: "accept" })).status).toBe(400);
    expect((await postForm("99999999999", { action: "accept" })).status).toBe(400);
    expect((await postJson(2_147_483_647, { action: "accept" })).status).toBe(404);
  });
});

describe("curation of checks and claimants", () => {
  const post = (path: string, body: string, type = "application/json") => app.request(`${BASE}${path}`, { method: "POST", body, headers: { "content-type": type, "x-csrf-token": csrf, accept: "application/json" } });

  it("reads its bodies, names and reasons with the same rules, 400 naming the field", async () => {
    const cases: Array<[string, string, string, number, string]> = [
      [`/api/claimants/${"x".repeat(201)}/rename`, '{"name":"UN","reason":"typo"}', "application/json", 400, "path parameter 'name': at most 200 characters (got 201)"],
      ["/api/claimants/UN/rename", '{"name":"a\\u0000b","reason":"typo"}', "application/json", 400, "body field 'name': control character U+0000 is not allowed in a name"],
      ["/api/claimants/UN/rename", JSON.stringify({ name: "OHCHR", reason: "x".repeat(501) }), "application/json", 400, "body field 'reason': at most 500 characters (got 501)"],
      ["/api/claimants/UN/merge", JSON.stringify({ into: "a\nb", reason: "same office" }), "application/json", 400, "body field 'into': control character U+000A is not allowed in a name"],
      ["/api/claimants/UN/not-a-source?event=1&event=2", '{"reason":"generic"}', "application/json", 400, "query parameter 'event': given 2 times; give it once"],
      ["/api/claimants/UN/not-a-source", "reason=generic", "text/plain", 415, "body: expected Content-Type application/json, got 'text/plain'"],
      ["/api/claimants/UN/not-a-source", "{reason", "application/json", 400, "body: not valid JSON"],
      ["/claimants/UN/not-a-source", "reason=a&reason=b", "application/x-www-form-urlencoded", 400, "form field 'reason': given 2 times; give it once"],
    ];
    for (const [path, body, type, status, message] of cases) {
      const response = await post(path, body, type);
      expect(response.status, path).toBe(status);
      expect(await errorOf(response)).toContain(message);
    }
  });
});

describe("the sign-in form", () => {
  it("answers a name no account can have as a wrong name, never 500", async () => {
    for (const name of ["a\u0000b", LONG_NAME, "ünïcode name", ""]) {
      const response = await app.request(`${BASE}/login`, { method: "POST", body: new URLSearchParams({ _csrf: csrf, name, password: "p".repeat(10_000) }), headers: { "content-type": "application/x-www-form-urlencoded", "x-csrf-token": csrf } });
      expect(response.status, JSON.stringify(name.slice(0, 20))).toBe(401);
    }
  });
});
