// The server over the real store (PGlite in a temporary folder): a review through the API lands in the
// database with its audit entry, and the summary reflects it.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extractDocument } from "../src/extract/index.js";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import { SAMPLES } from "./server-support.js";
import { openTestStore } from "./support/temporary-store.js";

const BASE = "http://127.0.0.1:8080";

describe("server over PGlite", () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tally-server-store-"));
    store = await openTestStore(join(dir, "data"));
    for (const [file, published] of [["IRAN-06-hrana-count-rises.txt", "2026-01-15"], ["IRAN-07-ihr-documents-3428.txt", "2026-01-15"]] as const) {
      const text = readFileSync(join(SAMPLES, file), "utf8");
      const extracted = extractDocument(text, { published });
      await store.ingestDocument(
        { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Sample", title: file, published, language: "en", source: "file" },
        extracted.claims,
        EXTRACTOR_VERSION,
      );
    }
    app = createApp({ store, secret: Buffer.from("s"), loopback: true, today: () => "2026-03-01" }).app;
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("records a correction with its audit trail and updates the summary", async () => {
    const claims = await (await app.request(`${BASE}/api/claims?metric=killed&population=all&limit=1`)).json();
    expect(claims.total).toBeGreaterThan(0);
    const claim = claims.items[0];
    const page = await (await app.request(`${BASE}/review`)).text();
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
    const body = { action: "correct", correction: { min: 777777, max: 777777, qualifier: "exact", status: "estimate", asOf: "2026-01-20", mainEvent: true }, reason: "The ministry table gives 777,777" };
    const response = await app.request(`${BASE}/api/claims/${claim.id}/review`, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrf }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    const detail = await (await app.request(`${BASE}/api/claims/${claim.id}`)).json();
    expect(detail).toMatchObject({ min: 777777, reviewState: "corrected" });
    expect(detail.audit[0]).toMatchObject({ actor: "local", entity: "claim", entityId: claim.id, reason: "The ministry table gives 777,777" });
    const summary = await (await app.request(`${BASE}/api/summary?metric=killed`)).json();
    expect(summary.summaries[0].highestEstimate.value).toBe(777777);
    const documentPage = await (await app.request(`${BASE}/documents/${claim.documentId}`)).text();
    expect(documentPage).toContain(`id="claim-${claim.id}"`);
  });
});
