// Why a claim came out as it did, over a real store (PGlite): the API's explain route and the review
// queue's "Why" re-run the extractor on the stored text; and one claimant resolver for every layer:
// the extractor, reconciliation and a reviewer's correction resolve an alias to the same canonical name.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimantResolver } from "../src/domain/claimants.js";
import { extractDocument, TRACED_FIELDS } from "../src/extract/index.js";
import { CLAIMANT_GAZETTEER } from "../src/extract/lexicon/claimants.js";
import { buildClaimantRegistry } from "../src/reconcile/index.js";
import { createApp } from "../src/server/app.js";
import type { StoredClaimExplanation } from "../src/server/explain.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";

describe("explaining stored claims", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];
  let csrf: string;
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["IRAN"] });
    app = createApp({ store, secret: Buffer.from("test-secret"), loopback: true, today: () => "2026-03-01" }).app;
    csrf = /name="csrf-token" content="([^"]+)"/.exec(await (await app.request(`${BASE}/review`)).text())![1]!;
  }, 60_000);
  afterAll(() => store?.close());

  const explain = async (id: number) => {
    const response = await app.request(`${BASE}/api/claims/${id}/explain`);
    expect(response.status).toBe(200);
    return (await response.json()) as StoredClaimExplanation;
  };

  it("explains every claim of a document, field by field, with the claim as stored", async () => {
    const document = (await store.listDocuments({ limit: 1 })).items[0]!;
    const claims = (await store.listClaims({ documentId: document.id })).items;
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const found = await explain(claim.id);
      expect(found.matches, `claim ${claim.id}`).toBe(true);
      expect(found.extracted?.evidence).toEqual(claim.evidence);
      expect(found.fields.map((f) => f.field)).toEqual([...TRACED_FIELDS]);
      for (const field of found.fields) {
        expect(field.stage).not.toBe("unrecorded");
        if (field.start !== null) expect(document.text.slice(field.start, field.end!)).toBe(field.words);
      }
    }
  });

  it("answers 404 for a claim that does not exist and 400 for an id that is not one", async () => {
    expect((await app.request(`${BASE}/api/claims/999999/explain`)).status).toBe(404);
    expect((await app.request(`${BASE}/api/claims/abc/explain`)).status).toBe(400);
    const spec = await (await app.request(`${BASE}/api/openapi.json`)).json();
    expect(Object.keys(spec.paths)).toContain("/api/claims/{id}/explain");
  });

  it("shows a collapsible Why under each card of the review queue, and the same explanation on its page", async () => {
    const queue = await (await app.request(`${BASE}/review?event=1`)).text();
    const first = /<article class="review-card[^"]*" id="claim-(\d+)"/.exec(queue)![1]!;
    expect(queue).toContain(`<details class="why" data-why="/claims/${first}/why?event=1"><summary>Why</summary>`);
    const page = await app.request(`${BASE}/claims/${first}/why?event=1`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('class="why-table"');
    const found = await explain(Number(first));
    for (const field of found.fields) expect(html).toContain(`<th>${field.field}</th>`);
  });

  it("says when the stored claim was corrected and explains what the extractor makes now", async () => {
    const claim = (await store.listClaims({ limit: 1 })).items[0]!;
    const response = await app.request(`${BASE}/api/claims/${claim.id}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ action: "correct", correction: { status: claim.status === "estimate" ? "reported" : "estimate" }, reason: "the source calls it an estimate" }),
    });
    expect(response.status).toBe(200);
    const found = await explain(claim.id);
    expect(found.matches).toBe(false);
    expect(found.extracted?.status).toBe(claim.status);
  });

  it("resolves an alias to the same canonical claimant in the extractor, reconciliation and a review correction", async () => {
    const text = "HRW said on Monday that at least 40 people had been killed in the city.";
    const extracted = extractDocument(text, { published: "2026-01-12" }).claims[0]!;
    expect(extracted.claimant).toBe("Human Rights Watch");
    expect(buildClaimantRegistry(CLAIMANT_GAZETTEER).resolve("HRW", null).name).toBe("Human Rights Watch");
    expect(claimantResolver(CLAIMANT_GAZETTEER).resolve("HRW")).toEqual({ name: "Human Rights Watch", kind: "ngo" });

    const { documentId } = await store.ingestDocument(
      { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Wire", title: "HRW count", published: "2026-01-12", language: "en", source: "file", eventId: 1 },
      [{ ...extracted, claimant: "the city's hospital", claimantKind: "other" }],
      "test",
    );
    const stored = (await store.listClaims({ documentId })).items[0]!;
    const response = await app.request(`${BASE}/api/claims/${stored.id}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ action: "correct", correction: { claimant: "HRW" }, reason: "HRW gave the figure" }),
    });
    expect(response.status).toBe(200);
    expect(await store.getClaim(stored.id)).toMatchObject({ claimant: "Human Rights Watch", claimantKind: "ngo" });

    // The review form goes through the same resolver.
    const form = new URLSearchParams({ _csrf: csrf, action: "correct", claimant: "Human Rights Watch (HRW)", claimantKind: "ngo", reason: "same source, written out" });
    expect((await app.request(`${BASE}/review/${stored.id}`, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(303);
    expect((await store.getClaim(stored.id))?.claimant).toBe("Human Rights Watch");
  });
});
