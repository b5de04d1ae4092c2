// The report and export commands end to end over a real store (PGlite in a temporary folder).
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as runExport } from "../src/cli/export.js";
import { run as runReport } from "../src/cli/report.js";
import type { CliIo } from "../src/report/open-store.js";
import { storedClaim } from "../src/reconcile/stored-claim-fixture.js";
import { openStore } from "../src/store/open.js";
import type { Store, StoredEvent } from "../src/store/store.js";
import type { StoredClaim } from "../src/store/types.js";
import { freshDataFolder, temporaryStore } from "./support/temporary-store.js";

const iran = { name: "Iran protests", region: "Iran", since: "2025-12-28", match: ["Iran"] };
const sudan = { name: "El Fasher", region: "Sudan", since: "2025-10-26", match: ["Fasher"] };
const claims = [
  storedClaim({ metric: "killed", min: 3000, qualifier: "approx", claimant: "an Iranian official", claimantKind: "government", asOf: "2026-01-13", outlet: "Paper B", eventId: 1 }),
  storedClaim({ metric: "killed", min: 2000, claimant: "Iranian authorities", claimantKind: "government", asOf: "2026-01-21", outlet: "Daily D", eventId: 1 }),
  storedClaim({ metric: "killed", min: 2003, claimant: "HRANA", claimantKind: "ngo", status: "verified", asOf: "2026-01-14", outlet: "Site C", eventId: 1, evidence: { text: "=HYPERLINK(\"x\") 2,003 verified", start: 0, end: 30 } }),
  storedClaim({ metric: "detained", min: 18100, max: null, qualifier: "more_than", claimant: "HRANA", claimantKind: "ngo", asOf: "2026-01-14", outlet: "Site C", eventId: 1 }),
  storedClaim({ metric: "killed", min: 460, claimant: "World Health Organization", claimantKind: "intergovernmental", asOf: "2025-10-30", outlet: "Wire A", eventId: 2 }),
  storedClaim({ metric: "killed", min: 7, claimant: "Example body", asOf: "2026-01-02", outlet: "Wire A", eventId: null }),
];

/** Stores each claim in a document of its own, carrying the claim's outlet, title, day and event. */
async function storeClaims(store: Store, stored: StoredClaim[]): Promise<void> {
  for (const [index, claim] of stored.entries()) {
    const text = `${claim.evidence.text}\n\n(document ${index})`;
    const { id: _id, documentId: _documentId, outlet, documentTitle, documentUrl, published, eventId, extractorVersion, reviewState: _state, ...found } = claim;
    const doc = { text, sha256: createHash("sha256").update(text).digest("hex"), url: documentUrl, outlet, title: documentTitle, published, language: "en", source: "file" as const, eventId };
    await store.ingestDocument(doc, [found], extractorVersion);
  }
}

let store: Store;
let events: StoredEvent[];
let closes = 0;

beforeAll(async () => {
  store = await temporaryStore("tally-report-test-");
  events = [await store.addEvent(iran), await store.addEvent(sudan)];
  await storeClaims(store, claims);
});
afterAll(() => store.close());

/** The commands' output captured; they open the shared store, and closing it is counted, not done. */
function io(open: () => Promise<Store> = async () => ({ ...store, close: async () => void closes++ })) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    openStore: open,
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
  };
  return { cli, out: () => out.join(""), err: () => err.join("") };
}

it("stores the fixture's events and claims as the tests expect them", () => {
  expect(events.map((event) => [event.id, event.name])).toEqual([
    [1, "Iran protests"],
    [2, "El Fasher"],
  ]);
});

describe("tally report", () => {
  it("prints one event's summary, checks and series", async () => {
    const { cli, out } = io();
    const closed = closes;
    expect(await runReport(["--event", "iran protests", "--metric", "killed", "--as-of", "2026-01-21"], cli)).toBe(0);
    expect(out()).toContain("Iran protests — where the counts stand: latest report 21 January 2026, today, from 3 claims");
    expect(out()).toContain("the highest verified count of people killed is 2,003 (HRANA, verified, 14 January)");
    expect(out()).toContain("[count falls] Iranian officials' count of people killed falls");
    expect(out()).not.toContain("El Fasher");
    expect(closes).toBe(closed + 1);
  });

  it("finds the event from a few words of its name, whatever their case", async () => {
    const { cli, out } = io();
    expect(await runReport(["--event", "fasher", "--json", "--as-of", "2026-01-21"], cli)).toBe(0);
    expect(JSON.parse(out()).map((v: { event: { name: string } }) => v.event.name)).toEqual(["El Fasher"]);
  });

  it("reports every event and the documents in none when no event is named, as JSON on request", async () => {
    const { cli, out } = io();
    expect(await runReport(["--json", "--as-of", "2026-01-21"], cli)).toBe(0);
    const views = JSON.parse(out());
    expect(views.map((v: { event: { name: string } }) => v.event.name)).toEqual(["Iran protests", "El Fasher", "Documents in no event"]);
    expect(views[0].summaries.map((s: { metric: string }) => s.metric)).toEqual(["killed", "detained"]);
  });

  it("writes one self-contained HTML file with --html", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tally-report-"));
    const file = join(dir, "report.html");
    const { cli, err } = io();
    expect(await runReport(["--event", "iran protests", "--as-of", "2026-01-21", "--html", file], cli)).toBe(0);
    const page = await readFile(file, "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("<svg");
    expect(page).toContain("2,003");
    expect(page).not.toMatch(/<script|src="http|href="http/);
    expect(err()).toContain(`wrote ${file}`);
    const both = io();
    expect(await runReport(["--json", "--html", file], both.cli)).toBe(2);
    expect(both.err()).toContain("--html and --json cannot be used together");
  });

  it("names the bad flag, the missing event, or the store that would not open", async () => {
    const bad = io();
    expect(await runReport(["--metric", "deaths"], bad.cli)).toBe(2);
    expect(bad.err()).toContain("--metric 'deaths' is not one of killed, injured");
    expect(await runReport(["--as-of", "21/01/2026"], bad.cli)).toBe(2);
    expect(bad.err()).toContain("--as-of '21/01/2026': expected a date YYYY-MM-DD");
    const missing = io();
    expect(await runReport(["--event", "Gaza"], missing.cli)).toBe(1);
    expect(missing.err()).toBe(`tally report: no event 'Gaza' in the store; known events: 1 "Iran protests", 2 "El Fasher"\n`);
    // A data folder another store in this process holds: the lock names this process.
    const folder = await mkdtemp(join(tmpdir(), "tally-report-busy-"));
    const somewhere = join(folder, "somewhere");
    await freshDataFolder(somewhere);
    const holder = await openStore({ dataDir: somewhere, databaseUrl: "" });
    try {
      const broken = io(() => openStore({ dataDir: somewhere, databaseUrl: "", command: "report" }));
      expect(await runReport(["--data", somewhere], broken.cli)).toBe(1);
      expect(broken.err()).toContain(`tally report: the data folder '${somewhere}' is in use by another tally process ${process.pid}; wait for it to finish`);
    } finally {
      await holder.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("tally export", () => {
  it("writes CSV with an HXL row and formulas neutralised", async () => {
    const { cli, out } = io();
    expect(await runExport(["--format", "csv", "--hxl", "--event", "1", "--metric", "killed"], cli)).toBe(0);
    const lines = out().split("\r\n");
    expect(lines[0]).toMatch(/^claim_id,event_id,metric,/);
    expect(lines[1]).toMatch(/^#meta\+id,#event\+id,#indicator\+metric,#indicator\+population,#affected\+killed\+min/);
    expect(out()).toContain(`"'=HYPERLINK(""x"") 2,003 verified"`);
    expect(lines.filter((line) => line.length > 0)).toHaveLength(2 + 3);
  });

  it("writes JSON with each claim's evidence and document", async () => {
    const { cli, out } = io();
    expect(await runExport(["--format", "json"], cli)).toBe(0);
    const exported = JSON.parse(out()).claims;
    expect(exported).toHaveLength(claims.length);
    expect(exported[2]).toMatchObject({ claimantCanonical: "HRANA", evidence: { start: 0, end: 30 }, document: { outlet: "Site C" } });
  });

  it("refuses a format it does not write and HXL outside CSV", async () => {
    const { cli, err } = io();
    expect(await runExport(["--format", "xlsx"], cli)).toBe(2);
    expect(await runExport(["--format", "json", "--hxl"], cli)).toBe(2);
    expect(err()).toContain("--format 'xlsx' is not csv or json");
    expect(err()).toContain("--hxl adds a hashtag row to CSV");
  });
});
