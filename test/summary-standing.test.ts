// The standing summary end to end over a real store seeded with the Sudan samples: the overview, the
// static report, the text report and /api/summary all give the UN's verified civilian count as the floor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAllClaims } from "../src/store/load.js";
import { renderReportText } from "../src/report/text.js";
import { buildReportView } from "../src/views/report-view.js";
import { summaryResponse } from "../src/server/api/summary-schema.js";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";
// A year after the samples: nothing may be dated today.
const TODAY = "2026-11-30";
const FLOOR = "at least 1,614 (civilians, OHCHR, verified, 28 October 2025)";

describe("Sudan: the UN's verified civilian count is the floor for people killed", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["SUDAN"] });
    app = createApp({ store, secret: Buffer.from("test-secret"), loopback: true, today: () => TODAY }).app;
  });
  afterAll(() => store?.close());

  it("says so on the overview, with a row per population, dated by the latest report", async () => {
    const page = await (await app.request(`${BASE}/?event=1`)).text();
    const killed = /<section class="summary" id="summary-killed-all"[\s\S]*?<\/section>/.exec(page)![0];
    expect(killed).toContain(`the verified floor for people killed is ${FLOOR}`);
    expect(killed).not.toMatch(/no count of people killed has been verified/);
    expect(killed).toMatch(/data-figure="Verified floor"><span class="label">Verified floor <small>from civilians<\/small><\/span><span class="value">1,614<\/span>/);
    expect(killed).toMatch(/<tr data-population="civilians"><th scope="row">Civilians<\/th><td data-field="verified">1,614 \(OHCHR, verified, 28 October 2025\)/);
    expect(killed).toContain('<tr data-population="women">');
    // Vague figures stay words in the cards; a reported figure is never called an estimate.
    expect(killed).toMatch(/data-figure="Under review">[\s\S]*?<span class="value">hundreds<\/span>/);
    expect(killed).toMatch(/data-figure="Highest reported figure">[\s\S]*?<span class="value">1,500<\/span>[\s\S]*?Sudan Doctors Network/);
    expect(page).toContain("latest report 18 November 2025, over a year ago");
    expect(page).not.toContain("30 November 2026");
    // No named victims imported: the registry's part of the summary is not shown at all.
    expect(page).not.toContain('class="registry"');
  });

  it("says so in the static report and the text report", async () => {
    const report = await (await app.request(`${BASE}/report.html?event=1`)).text();
    expect(report).toContain(`the verified floor for people killed is ${FLOOR}`);
    expect(report).not.toContain('class="registry"');
    const claims = await loadAllClaims(store, { eventId: 1 });
    const text = renderReportText(buildReportView(claims, { event: { id: 1, name: "SUDAN sample crisis" }, today: TODAY }));
    expect(text).toContain(`  Verified floor:           ${FLOOR}`);
    expect(text).toMatch(/ {4}Civilians\n {6}Verified: +1,614 \(OHCHR, verified, 28 October 2025\)/);
    expect(text).not.toMatch(/no count of people killed has been verified/);
    expect(text).toContain("where the counts stand: latest report 18 November 2025, over a year ago");
  });

  it("answers it in /api/summary, in the shape the OpenAPI document describes", async () => {
    const body = summaryResponse.parse(await (await app.request(`${BASE}/api/summary?event=1&metric=killed`)).json());
    const [killed] = body.summaries;
    expect(body.latestReport).toBe("2025-11-18");
    expect(body.registry).toBeNull();
    expect(killed!.asOf).toBe("2025-11-18");
    expect(killed!.verifiedFloor).toMatchObject({ value: 1614, figure: "1,614", population: "civilians", claim: { claimant: { name: "OHCHR" }, status: "verified" } });
    expect(killed!.highestEstimate?.claim.status).toBe("estimate");
    expect(killed!.highestReported?.claim.status).toBe("reported");
    const civilians = killed!.populations.find((p) => p.population === "civilians");
    expect(civilians?.verified?.value).toBe(1614);
    const spec = await (await app.request(`${BASE}/api/openapi.json`)).json();
    const answer = spec.paths["/api/summary"].get.responses["200"].content["application/json"].schema;
    const summary = answer.properties.summaries.items.properties;
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(["asOf", "verifiedFloor", "underReview", "highestReported", "highestEstimate", "populations"]));
  });
});
