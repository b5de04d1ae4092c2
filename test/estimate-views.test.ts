// The registry's counts and estimate where people read them, over the real store (PGlite): lists
// imported and linked with the CLI, then the dashboard overview, /api/summary, /api/estimate,
// report.html, `tally report --html` and the text report.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as estimateRun } from "../src/cli/estimate.js";
import { run as eventRun } from "../src/cli/event.js";
import { run as reportRun } from "../src/cli/report.js";
import { run as victimsRun } from "../src/cli/victims.js";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import { summaryResponse } from "../src/server/api/summary-schema.js";
import { keptOpenStores } from "./support/temporary-store.js";
import { THREE_LIST_PERSONS, victimListCsv, type ListedPerson } from "./support/victim-lists.js";

const BASE = "http://127.0.0.1:8080";

// The three lists of the registry (h, g, a), then s = a lone list of the second event, and d = prison-watch, of the
// first event, whose persons were detained, not killed.
const PERSONS: ListedPerson[] = [
  ...THREE_LIST_PERSONS,
  ["Yasmin Tavakoli", "Hamadan", "s"], ["Farid Karimi", "Ilam", "s"],
  ["Behnam Soltani", "Qazvin", "d"], ["Nazanin Ahmadi", "Semnan", "d"],
];

const listFile = (letter: string) => victimListCsv(PERSONS, letter, { fate: letter === "d" ? "detained" : "killed" });

const SENTENCE = "The rights group said it had verified the deaths of 15 protesters.";

describe("the registry's estimate in the dashboard and the static report", () => {
  let folder: string;
  let data: string;
  let store: Store;
  // The commands, the app and the test share one open store (see keptOpenStores).
  const stores = keptOpenStores();
  let app: ReturnType<typeof createApp>["app"];
  let cliJson: unknown;
  const cli = async (run: typeof victimsRun, args: string[]) => {
    const io = stores.io();
    const code = await run([...args, "--data", data], io);
    expect(code, io.err).toBe(0);
    return io.out;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-estimate-views-"));
    data = join(folder, "data");
    await cli(eventRun, ["add", "Winter 2026", "--since", "2026-01-01"]);
    await cli(eventRun, ["add", "Spring 2026", "--since", "2026-04-01"]);
    for (const [letter, list, event] of [["h", "hrana", "Winter 2026"], ["g", "hengaw", "Winter 2026"], ["a", "amnesty", "Winter 2026"], ["s", "spring-list", "Spring 2026"], ["d", "prison-watch", "Winter 2026"]] as const) {
      await writeFile(join(folder, `${list}.csv`), listFile(letter));
      await cli(victimsRun, ["import", join(folder, `${list}.csv`), "--list", list, "--event", event]);
    }
    await cli(victimsRun, ["link"]);
    const io = stores.io();
    expect(await estimateRun(["--event", "Winter 2026", "--fate", "killed", "--json", "--data", data], { ...io, readText: () => Promise.reject(new Error("no file")) })).toBe(0);
    cliJson = JSON.parse(io.out);
    // A verified count among the claims: the floor the estimate stands beside.
    store = await stores.open(data);
    const text = `Protests in Tehran.\n\n${SENTENCE}\n`;
    const start = text.indexOf(SENTENCE);
    await store.ingestDocument(
      { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Outlet", title: "Deaths verified", published: "2026-01-20", language: "en", source: "file", eventId: 1 },
      [{ metric: "killed", population: "all", min: 15, max: 15, qualifier: "exact", claimant: "Rights Group", claimantKind: "ngo", status: "verified", asOf: "2026-01-20", mainEvent: true, evidence: { text: SENTENCE, start, end: start + SENTENCE.length } }],
      "test",
    );
    app = createApp({ store, secret: Buffer.from("s"), loopback: true, today: () => "2026-03-01" }).app;
  }, 120_000);

  afterAll(async () => {
    await stores.closeAll();
    await rm(folder, { recursive: true, force: true });
  });

  it("answers /api/estimate with the JSON of tally estimate --json, and 404 for an unknown event", async () => {
    const response = await app.request(`${BASE}/api/estimate?event=1&fate=killed`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual(cliJson);
    expect(body).toMatchObject({ lists: ["amnesty", "hengaw", "hrana"], observed: 17, overlap: 8, method: "log-linear" });
    expect((await app.request(`${BASE}/api/estimate?event=99`)).status).toBe(404);
    expect((await app.request(`${BASE}/api/estimate?fate=dead`)).status).toBe(400);
    const refused = await (await app.request(`${BASE}/api/estimate?event=2`)).json();
    expect(refused).toMatchObject({ method: "refused", reason: expect.stringContaining("only the list 'spring-list' names anyone selected") });
  });

  it("shows the estimate beside the verified floor in the overview, with the model, interval, spread, lists and caveats", async () => {
    const page = await (await app.request(`${BASE}/?event=1`)).text();
    const selected = (cliJson as { selected: { N: number } }).selected;
    expect(page).toContain("Estimated toll from the linked lists: persons killed");
    expect(page).toContain("log-linear, lowest BIC:");
    expect(page).toContain(Math.round(selected.N).toLocaleString("en-US"));
    expect(page).toContain("95 % interval");
    expect(page).toMatch(/Models within 2 BIC of the best: \d+/);
    expect(page).toContain("Averaged over decomposable models (Bayesian): median");
    expect(page).toContain("Lists used: amnesty, hengaw, hrana. 17 people on at least one list, 8 on two or more.");
    expect(page).toContain("Verified floor from the claims: <strong>15</strong> (Rights Group)");
    for (const caveat of ["Lists that copy each other", "People no list can reach", "Linkage errors"]) expect(page).toContain(caveat);
  });

  it("shows the refusal reason instead of a figure where fewer than two lists name anyone", async () => {
    const page = await (await app.request(`${BASE}/?event=2`)).text();
    expect(page).toContain("No estimate: an estimate needs at least two lists, and only the list &#39;spring-list&#39; names anyone selected");
    expect(page).not.toContain('data-figure="Estimate"');
    // Every event at once mixes crises: no estimate there.
    expect(await (await app.request(`${BASE}/?event=`)).text()).not.toContain("Estimated toll");
  });

  it("adds the registry to the standing summary: persons named per fate and on two or more lists, for the event asked", async () => {
    // Winter: 17 killed (8 on two or more of hrana, hengaw, amnesty) and 2 detained on prison-watch alone.
    const winter = summaryResponse.parse(await (await app.request(`${BASE}/api/summary?event=1`)).json());
    expect(winter.registry).toEqual({
      persons: 19, onSeveralLists: 8, lists: ["amnesty", "hengaw", "hrana", "prison-watch"], unlinkedRecords: 0,
      perFate: [{ fate: "killed", persons: 17, onSeveralLists: 8 }, { fate: "detained", persons: 2, onSeveralLists: 0 }],
    });
    const spring = summaryResponse.parse(await (await app.request(`${BASE}/api/summary?event=2`)).json());
    expect(spring.registry).toMatchObject({ persons: 2, onSeveralLists: 0, lists: ["spring-list"], perFate: [{ fate: "killed", persons: 2, onSeveralLists: 0 }] });
    // Every event at once counts every record (no estimate there, but counts add up).
    expect(summaryResponse.parse(await (await app.request(`${BASE}/api/summary`)).json()).registry).toMatchObject({ persons: 21, onSeveralLists: 8 });

    const page = await (await app.request(`${BASE}/?event=1`)).text();
    const section = /<section class="registry" id="registry">[\s\S]*?<\/section>/.exec(page)![0];
    expect(section).toContain("19 persons named on 4 lists (amnesty, hengaw, hrana, prison-watch); 8 of them on two or more lists.");
    expect(section).toMatch(/<tr data-fate="killed"><th scope="row">killed<\/th><td class="num">17<\/td><td class="num">8<\/td><\/tr>/);
    expect(section).toMatch(/<tr data-fate="detained"><th scope="row">detained<\/th><td class="num">2<\/td><td class="num">0<\/td><\/tr>/);
    expect(section).toContain('href="/victims"');
    // The estimate of persons killed is not moved by the detained list.
    expect(page).toContain("Lists used: amnesty, hengaw, hrana. 17 people on at least one list, 8 on two or more.");
  });

  it("puts the same section in report.html and in tally report --html", async () => {
    const served = await (await app.request(`${BASE}/report.html?event=1`)).text();
    expect(served).toContain("Estimated toll from the linked lists: persons killed");
    expect(served).toContain("Lists used: amnesty, hengaw, hrana.");
    expect(served).toContain("19 persons named on 4 lists (amnesty, hengaw, hrana, prison-watch); 8 of them on two or more lists.");
    const file = join(folder, "report.html");
    await cli(reportRun, ["--html", file]);
    const written = await readFile(file, "utf8");
    expect(written).toContain("Lists used: amnesty, hengaw, hrana.");
    expect(written).toContain("Verified floor from the claims: <strong>15</strong>");
    expect(written).toContain("No estimate: an estimate needs at least two lists");
    expect(written).toContain("19 persons named on 4 lists (amnesty, hengaw, hrana, prison-watch); 8 of them on two or more lists.");
    expect(written).toContain("2 persons named on 1 list (spring-list); 0 of them on two or more lists.");
    expect(written).not.toContain('href="/victims"');
    const text = await cli(reportRun, ["--event", "Winter 2026"]);
    expect(text).toContain("NAMED VICTIMS IN THE REGISTRY\n  19 persons named on 4 lists (amnesty, hengaw, hrana, prison-watch); 8 of them on two or more lists.");
    expect(text).toMatch(/ {4}killed +17 {2}8\n {4}detained +2 {2}0\n/);
  });
});
