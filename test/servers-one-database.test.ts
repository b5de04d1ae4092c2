// Two servers on one PostgreSQL, as behind a load balancer: a review through one reaches the other's
// summary within its revision check (a second), and only the reviewed event's cached view is dropped
// there; the other event's stays as it was.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { createApp } from "../src/server/app.js";
import type { Store, StoredEvent } from "../src/store/store.js";
import { sharedStore, storeEngines } from "./support/store-engines.js";

const BASE = "http://127.0.0.1:8080";
const TODAY = "2026-06-01";
const postgres = (await storeEngines()).find((engine) => engine.name === "postgres")!;

function killedClaim(text: string, figure: number, claimant: string): Claim {
  return { metric: "killed", population: "all", min: figure, max: figure, qualifier: "exact", claimant, claimantKind: "ngo", status: "reported", asOf: "2026-05-01", mainEvent: true, evidence: { text, start: 0, end: text.length } };
}

describe.skipIf(postgres.skip !== null)("two servers on one PostgreSQL", () => {
  const shared = sharedStore(postgres);
  let second: Store | undefined;
  let events: StoredEvent[];
  let one: ReturnType<typeof createApp>;
  let other: ReturnType<typeof createApp>;

  beforeAll(async () => {
    second = await shared.reopen();
    events = [];
    for (const name of ["Northern floods", "Southern quake"]) events.push(await shared.store.addEvent({ name, region: null, since: "2026-01-01", match: [] }));
    for (const [index, event] of events.entries()) {
      for (const [k, figure] of [40, 55].entries()) {
        const text = `Report ${index}-${k}: rescuers said ${figure} people were killed.`;
        await shared.store.ingestDocument(
          { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: `Outlet ${k}`, title: null, published: "2026-05-02", language: "en", source: "file", eventId: event.id },
          [killedClaim(text, figure, `Group ${k}`)],
          "test",
        );
      }
    }
    const options = { secret: Buffer.from("shared-secret"), loopback: true, today: () => TODAY };
    one = createApp({ ...options, store: shared.store });
    other = createApp({ ...options, store: second });
  }, 60_000);

  // Runs before sharedStore's own afterAll (vitest runs them last registered first), which then closes the first store and drops the database.
  afterAll(async () => {
    await second?.close();
  });

  const summaryOn = async (app: ReturnType<typeof createApp>, eventId: number) =>
    (await (await app.app.request(`${BASE}/api/summary?event=${eventId}`)).json()) as { claimCount: number };

  it("shows on one server a review made through the other, dropping only the reviewed event's view", async () => {
    const [reviewed, untouched] = events as [StoredEvent, StoredEvent];
    expect((await summaryOn(other, reviewed.id)).claimCount).toBe(2);
    const untouchedView = await other.ledger.view(untouched.id);

    const page = await (await one.app.request(`${BASE}/review`)).text();
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
    const claims = (await (await one.app.request(`${BASE}/api/claims?event=${reviewed.id}`)).json()) as { items: Array<{ id: number }> };
    const response = await one.app.request(`${BASE}/api/claims/${claims.items[0]!.id}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ action: "reject", reason: "a duplicate of the wire copy" }),
    });
    expect(response.status).toBe(200);
    expect((await summaryOn(one, reviewed.id)).claimCount).toBe(1);

    // The other server looks at the revisions at most once a second.
    const deadline = Date.now() + 10_000;
    let seen = (await summaryOn(other, reviewed.id)).claimCount;
    while (seen !== 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = (await summaryOn(other, reviewed.id)).claimCount;
    }
    expect(seen).toBe(1);
    expect(await other.ledger.view(untouched.id)).toBe(untouchedView);
  });
});
