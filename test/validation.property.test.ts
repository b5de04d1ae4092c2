// Whatever a client sends, the server answers it: arbitrary query strings, path segments, JSON bodies
// and forms thrown at every route over a real store never get a 500 (a bad input is a 4xx naming it).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, type Operation } from "../src/server/api/routes.js";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";
import { importAndLinkVictims } from "./support/victim-lists.js";

const BASE = "http://127.0.0.1:8080";
const RUNS = 300;

let store: Store;
let app: ReturnType<typeof createApp>["app"];
let csrf: string;
const errors: unknown[] = [];
const logError = console.error;

beforeAll(async () => {
  store = await seededStore({ prefixes: ["SUDAN"] });
  await importAndLinkVictims(store);
  app = createApp({ store, secret: Buffer.from("property-test"), loopback: true, today: () => "2026-03-01" }).app;
  const page = await (await app.request(`${BASE}/review`)).text();
  csrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
  // A 500 logs its error: keep it to show with the failing input rather than flood the output.
  console.error = (...args: unknown[]) => errors.push(args);
});
afterAll(async () => {
  console.error = logError;
  await store?.close();
});

const KEYS = ["event", "document", "metric", "population", "claimant", "status", "review", "from", "to", "after", "limit", "offset", "all", "next", "name", "list", "fate"];

/** Values that sit on the edges of what the routes accept, and junk. */
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("", "0", "1", "2", "-1", "1e3", "0x10", "1.5", "2147483647", "2147483648", "99999999999", "99999999999999999999", "NaN", "Infinity") },
  { weight: 2, arbitrary: fc.constantFrom("killed", "civilians", "verified", "auto", "rejected", "UN", "HRANA", "%00", "%E0%A4%A", "%", "&", "=", "+", "\u0000", "\u202e") },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 190, maxLength: 260 }) },
);

/** Pairs, each value percent-encoded or sent as it is (less what would end the query). */
const queryString = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), value, fc.boolean()), { maxLength: 3 })
  .map((pairs) => pairs.map(([key, v, encode]) => `${encodeURIComponent(key)}=${encode ? encodeURIComponent(v) : v.replace(/[#?/\\\s]/g, "")}`).join("&"));

const segment = value.map((v) => encodeURIComponent(v) || "x");

/** Every GET of the API (new ones join by themselves) and every dashboard page. */
const GET_ROUTES = [
  ...(Object.values(OPERATIONS) as Operation[]).filter((op) => op.method === "get").map((op) => op.path.replace(/\{\w+\}/g, ":id")),
  ...["/", "/claims", "/claims/:id", "/claims/:id/why", "/documents", "/documents/:id", "/review", "/claimants", "/claimants/:id", "/checks", "/report.html", "/victims", "/victims/review"],
];

function expectAnswered(response: Response, what: string): void {
  if (response.status >= 500) expect.fail(`${what} answered ${response.status}: ${JSON.stringify(errors.at(-1) ?? null).slice(0, 600)}`);
}

describe("the server on arbitrary input", () => {
  it("answers every GET route, whatever its query string and path, without a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...GET_ROUTES), segment, queryString, async (route, id, query) => {
        const path = `${route.replaceAll(":id", id)}?${query}`;
        let url: string;
        try {
          url = new URL(path, BASE).toString();
        } catch {
          return; // not a URL a client could send
        }
        expectAnswered(await app.request(url), `GET ${path}`);
      }),
      { numRuns: RUNS },
    );
  });

  const CORRECTION_FIELDS = ["metric", "population", "min", "max", "qualifier", "claimant", "claimantKind", "status", "asOf", "mainEvent"];
  const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.double(), fc.constantFrom(1e20, -0, 10_000_000_000, 10_000_000_001, 2 ** 53), value);
  const correction = fc.dictionary(fc.oneof(fc.constantFrom(...CORRECTION_FIELDS), fc.string({ maxLength: 6 })), jsonish, { maxKeys: 4 });
  const postBody = fc.oneof(
    fc.record(
      {
        action: fc.oneof(fc.constantFrom("accept", "correct", "reject"), fc.jsonValue({ maxDepth: 1 })),
        correction: fc.option(correction, { nil: undefined }),
        reason: fc.oneof(value, jsonish),
        name: fc.oneof(value, jsonish),
        into: fc.oneof(fc.constantFrom("UN", "OCHA", "RSF"), value, jsonish),
        recordA: fc.oneof(fc.constantFrom("hrana/1", "hengaw/1", "x/"), value, jsonish),
        recordB: fc.oneof(fc.constantFrom("hrana/1", "hengaw/1", "/1"), value, jsonish),
        decision: fc.oneof(fc.constantFrom("match", "not_match"), value, jsonish),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue({ maxDepth: 3 }),
  );
  /** Every POST of the API (the review, the curation routes; new ones join by themselves). */
  const POST_ROUTES = (Object.values(OPERATIONS) as Operation[]).filter((op) => op.method === "post").map((op) => op.path);

  it("answers every POST of the API, whatever the JSON body, without a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...POST_ROUTES), fc.oneof(fc.constantFrom("1", "2", "3", "UN", "OCHA"), segment), postBody, fc.boolean(), async (route, id, body, whole) => {
        const path = route.replace(/\{\w+\}/g, id);
        // Now and then a body cut short: not JSON at all.
        const text = whole ? (JSON.stringify(body) ?? "") : (JSON.stringify(body) ?? "{").slice(0, -1);
        const response = await app.request(`${BASE}${path}`, { method: "POST", body: text, headers: { "content-type": "application/json", "x-csrf-token": csrf } });
        expectAnswered(response, `POST ${path} ${text.slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("answers the review form, whatever its fields, without a 500", async () => {
    const fields = fc.dictionary(fc.oneof(fc.constantFrom("action", "next", "reason", ...CORRECTION_FIELDS), fc.string({ maxLength: 6 })), value, { maxKeys: 6 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom("1", "2", "3"), segment), fields, fc.constantFrom("correct", "accept", "reject", "x"), async (id, form, action) => {
        const body = new URLSearchParams({ action, ...form });
        const response = await app.request(`${BASE}/review/${id}`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", "x-csrf-token": csrf, accept: "application/json" } });
        expectAnswered(response, `POST /review/${id} ${body.toString().slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("answers the link review form, whatever its fields, without a 500", async () => {
    const fields = fc.dictionary(fc.oneof(fc.constantFrom("recordA", "recordB", "decision", "next", "reason"), fc.string({ maxLength: 6 })), value, { maxKeys: 5 });
    await fc.assert(
      fc.asyncProperty(fields, async (form) => {
        const body = new URLSearchParams(form);
        const response = await app.request(`${BASE}/victims/review`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", "x-csrf-token": csrf, accept: "application/json" } });
        expectAnswered(response, `POST /victims/review ${body.toString().slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  });
});
