// House rules end to end on the Iran samples in a real store: the overview section, the static report,
// GET /api/house-rules (and its OpenAPI entry), and `tally export` carrying the views in JSON and CSV.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as runExport } from "../src/cli/export.js";
import { ACLED_EXPLANATION } from "../src/reconcile/house-rules/acled.js";
import { AIRWARS_EXPLANATION } from "../src/reconcile/house-rules/airwars.js";
import { IBC_EXPLANATION } from "../src/reconcile/house-rules/ibc.js";
import { UCDP_EXPLANATION } from "../src/reconcile/house-rules/ucdp.js";
import type { HouseRules } from "../src/reconcile/house-rules/index.js";
import type { CliIo } from "../src/report/open-store.js";
import { createApp } from "../src/server/app.js";
import { escapeHtml } from "../src/views/html.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";
const EXPLANATIONS = { acled: ACLED_EXPLANATION, ucdp: UCDP_EXPLANATION, ibc: IBC_EXPLANATION, airwars: AIRWARS_EXPLANATION };

/** The table row of one rule in the killed/all table of a page. */
function ruleRow(page: string, rule: string): string {
  const table = page.slice(page.indexOf('<table class="house-rules" data-metric="killed" data-population="all">'));
  const start = table.indexOf(`<tr data-rule="${rule}">`);
  return table.slice(start, table.indexOf("</tr>", start));
}

// One seeded store for the file: seeding is the slow part, and nothing here writes to it.
let store: Store;
beforeAll(async () => {
  store = await seededStore({ prefixes: ["IRAN"] });
});
afterAll(() => store?.close());

describe("house rules on the Iran samples", () => {
  let app: ReturnType<typeof createApp>["app"];
  beforeAll(() => {
    app = createApp({ store, secret: Buffer.from("test-secret"), loopback: true, today: () => "2026-03-01" }).app;
  });

  it("shows the four views on the event overview, each figure beside its one-line explanation", async () => {
    const page = await (await app.request(`${BASE}/?event=1`)).text();
    expect(page).toContain("<h2>House rules</h2>");
    for (const [rule, explanation] of Object.entries(EXPLANATIONS)) {
      expect(ruleRow(page, rule), rule).toContain(`<td class="explanation"><small>${escapeHtml(explanation)}</small></td>`);
    }
    expect(ruleRow(page, "acled")).toMatch(/<th scope="row">ACLED-style<\/th><td class="num">3,941<\/td><td><a href="\/documents\/\d+#claim-\d+">3,941 \(Iran Human Rights, verified, 28 January\)<\/a>/);
    expect(ruleRow(page, "ucdp")).toContain('<td class="num">low 3,941 · best 3,941 · high 16,500</td>');
    expect(ruleRow(page, "ibc")).toContain('<td class="num">3,941–12,000</td>');
    expect(ruleRow(page, "airwars")).toMatch(/<li class="grade grade-contested" data-grade="contested"><strong>Contested<\/strong> <a href="[^"]+">6,126 \(HRANA, 2 February\)<\/a> — disagrees with Iran Human Rights: 3,941 \(28 January\)<\/li>/);
    expect(ruleRow(page, "airwars")).toMatch(/<strong>Confirmed<\/strong> <a href="[^"]+">2,000 \(Iranian officials, 21 January\)<\/a> — a government&#39;s own count/);
    expect(page).toContain("<summary>By population: protesters killed,");
  });

  it("puts the same section in the static report, linked to the report's own evidence", async () => {
    const report = await (await app.request(`${BASE}/report.html?event=1`)).text();
    expect(report).toContain("<h2>House rules</h2>");
    const href = /<tr data-rule="acled">.*?<a href="(#e1-claim-\d+)">/s.exec(report.slice(report.indexOf('data-population="all"')))![1]!;
    expect(report).toContain(`id="${href.slice(1)}"`);
  });

  it("answers GET /api/house-rules per metric and population, declared in the OpenAPI document", async () => {
    const body = await (await app.request(`${BASE}/api/house-rules?event=1&metric=killed&population=all`)).json();
    expect(body.event).toEqual({ id: 1, name: "IRAN sample crisis" });
    expect(body.note).toMatch(/^Credible here means/);
    expect(body.houseRules).toHaveLength(1);
    const [rules] = body.houseRules as HouseRules[];
    expect(rules!.views.map((v) => [v.rule, v.headline])).toEqual([
      ["acled", "3,941"],
      ["ucdp", "low 3,941 · best 3,941 · high 16,500"],
      ["ibc", "3,941–12,000"],
      ["airwars", expect.stringMatching(/contested/)],
    ]);
    const all = await (await app.request(`${BASE}/api/house-rules?event=1`)).json();
    expect(all.houseRules.map((r: HouseRules) => `${r.metric}/${r.population}`)).toContain("killed/children");
    const bad = await app.request(`${BASE}/api/house-rules?event=1&population=kids`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/query parameter 'population'/);
    expect((await app.request(`${BASE}/api/house-rules?event=99`)).status).toBe(404);
    const spec = await (await app.request(`${BASE}/api/openapi.json`)).json();
    expect(spec.paths["/api/house-rules"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["event", "metric", "population"]);
  });
});

describe("tally export carries the house rules", () => {
  /** The seeded store, kept open across runs (the command closes what it opens). */
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = {
      openStore: async () => new Proxy(store, { get: (target, key) => (key === "close" ? async () => undefined : Reflect.get(target, key, target)) }),
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
    };
    return { cli, out: () => out.join(""), err: () => err.join("") };
  }

  it("writes the views beside the claims in JSON, each number traced to exported claim ids", async () => {
    const { cli, out } = io();
    expect(await runExport(["--format", "json", "--event", "1", "--as-of", "2026-03-01"], cli)).toBe(0);
    const exported = JSON.parse(out());
    const ids = new Set(exported.claims.map((c: { id: number }) => c.id));
    expect(exported.houseRulesByEvent).toHaveLength(1);
    const scope = exported.houseRulesByEvent[0];
    expect(scope).toMatchObject({ event: { id: 1, name: "IRAN sample crisis" }, today: "2026-03-01" });
    const killed = scope.houseRules.find((r: HouseRules) => r.metric === "killed" && r.population === "all") as HouseRules;
    expect(killed.views.map((v) => v.rule)).toEqual(["acled", "ucdp", "ibc", "airwars"]);
    expect(killed.views[0]!.figures[0]).toMatchObject({ measure: "figure", value: 3941, claimant: "Iran Human Rights" });
    const cited = killed.views.flatMap((v) => [...v.figures, ...v.grades]).flatMap((f) => f.claimIds);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((id) => ids.has(id))).toBe(true);
  });

  it("writes the views as their own CSV table with --house-rules, HXL-tagged on request", async () => {
    const { cli, out } = io();
    expect(await runExport(["--format", "csv", "--house-rules", "--hxl", "--event", "1", "--metric", "killed", "--as-of", "2026-03-01"], cli)).toBe(0);
    const lines = out().split("\r\n");
    expect(lines[0]).toBe("event_id,event,as_of,metric,population,rule,rule_label,headline,measure,value,grade,claimant,figure,reason,claim_ids,explanation");
    expect(lines[1]).toMatch(/^#event\+id,#event\+name,#date,/);
    expect(lines).toContainEqual(expect.stringMatching(/^1,IRAN sample crisis,2026-03-01,killed,all,ucdp,UCDP-style,"low 3,941 · best 3,941 · high 16,500",high,16500,,Iran International,"16,500 \(Iran International, up to, estimate, 23 January\)",,\d+,"Low, best and high: /));
    expect(lines).toContainEqual(expect.stringMatching(/^1,IRAN sample crisis,2026-03-01,killed,all,airwars,Airwars-style,"[^"]*",grade,,contested,HRANA,/));
  });

  it("refuses --house-rules outside CSV and a bad --as-of", async () => {
    const { cli, err } = io();
    expect(await runExport(["--format", "json", "--house-rules"], cli)).toBe(2);
    expect(await runExport(["--format", "csv", "--as-of", "2026-02-30"], cli)).toBe(2);
    expect(err()).toContain("--house-rules writes the views as a CSV table");
    expect(err()).toContain("--as-of '2026-02-30' is not a date");
  });
});
