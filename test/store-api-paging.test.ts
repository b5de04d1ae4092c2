// Paging claims through the API by id (`after`): the same pages as the store's keyset paging, with
// the filter's full total, over the real store (PGlite) and in the ledger's in-memory copy.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { createApp } from "../src/server/app.js";
import { firstAfter } from "../src/server/ledger.js";
import type { Store } from "../src/store/store.js";
import type { StoredClaim } from "../src/store/types.js";
import { openTestStore } from "./support/temporary-store.js";

const BASE = "http://127.0.0.1:8080";

function claim(n: number): Claim {
  const text = `Officials said ${n} people were killed.`;
  return {
    metric: n % 2 ? "killed" : "injured", population: "all", min: n, max: n, qualifier: "exact", claimant: "Officials", claimantKind: "government",
    status: "reported", asOf: "2026-01-10", mainEvent: true, evidence: { text, start: 0, end: text.length },
  };
}

describe("claims API paged by id", () => {
  let folder: string;
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-api-paging-"));
    store = await openTestStore(join(folder, "data"));
    const docs = [0, 1, 2].map((d) => {
      const text = `Paging report ${d}`;
      return { doc: { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Wire", title: text, published: "2026-01-10", language: "en", source: "file" as const }, claims: [1, 2, 3, 4].map((n) => claim(d * 4 + n)) };
    });
    await store.ingestDocuments(docs, "1");
    app = createApp({ store, secret: Buffer.from("s"), loopback: true, today: () => "2026-03-01" }).app;
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("answers the page after a given id, as the store's keyset page, with the full total", async () => {
    const get = async (query: string) => (await app.request(`${BASE}/api/claims?${query}`)).json() as Promise<{ total: number; items: StoredClaim[] }>;
    const first = await get("metric=killed&limit=2");
    expect(first.items.map((c) => c.min)).toEqual([1, 3]);
    const next = await get(`metric=killed&limit=2&after=${first.items[1]!.id}`);
    expect(next.items.map((c) => c.min)).toEqual([5, 7]);
    expect(next.total).toBe(6);
    const fromStore = await store.listClaims({ metric: "killed", limit: 2, afterId: first.items[1]!.id });
    expect(next.items.map((c) => c.id)).toEqual(fromStore.items.map((c) => c.id));
    expect(fromStore.total).toBe(6);
    expect((await app.request(`${BASE}/api/claims?after=abc`)).status).toBe(400);
  });

  it("finds the first claim after an id by binary search", () => {
    const claims = [2, 5, 9].map((id) => ({ id }) as StoredClaim);
    expect([0, 2, 3, 5, 8, 9, 10].map((id) => firstAfter(claims, id))).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
});
