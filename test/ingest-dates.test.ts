// Publication dates end to end: pages, a feed and files ingested over the local fixture server and
// from disk; each dated by what it states, in the publisher's own day; `--published` for the ones that
// state none; and the report, the dashboard and /api/summary counting the documents left undated.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as ingest } from "../src/cli/ingest.js";
import { run as report } from "../src/cli/report.js";
import { expandUrl } from "../src/ingest/load-url.js";
import type { LoadedDocument } from "../src/ingest/loaded-document.js";
import { summaryResponse } from "../src/server/api/summary-schema.js";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import { startFixtureServer, type FixtureServer } from "./support/fixture-server.js";
import { keptOpenStores } from "./support/temporary-store.js";

const TODAY = "2026-01-20";
const UNDATED_NOTE =
  "1 document has no publication date: its 1 claim with no day of its own is left out of the standing summary. Ingest it again with --published YYYY-MM-DD to date it.";

let server: FixtureServer;
let folder: string;
let dataDir: string;
// Every command and read of a folder goes through one open store (see keptOpenStores).
const stores = keptOpenStores();
const page = (name: string) => `${server.base}/dates/${name}`;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-ingest-dates-"));
  dataDir = join(folder, "data");
  server = await startFixtureServer(join(folder, "nothing-secret"));
  const files = join(folder, "files");
  await mkdir(files);
  await writeFile(join(files, "stated.txt"), "Title: Quake toll climbs\nPublished: 2026-01-05\n\nAt least 50 people were killed yesterday, rescuers said.\n");
  await writeFile(join(files, "bare.txt"), "Aftershock hits the valley\n\nAt least 6 people were killed yesterday in the aftershock, officials said.\n");
  await writeFile(join(files, "ambiguous.txt"), "Title: Dam gives way\nPublished: 3/4/2025\n\nAt least 3 people were killed yesterday when the dam gave way, officials said.\n");
});
afterAll(async () => {
  await stores.closeAll();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

async function loaded(url: string): Promise<LoadedDocument[]> {
  const expanded = await expandUrl(url, { today: TODAY });
  if (!expanded.ok) throw new Error(expanded.error);
  const documents = [];
  for (const candidate of expanded.candidates) {
    const result = await candidate.load();
    if (!result.ok) throw new Error(result.error);
    documents.push(result.document);
  }
  return documents;
}

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  return work(await stores.open(dataDir));
}

/** Each stored document's title, publication day and its claims' days. */
async function storedDays(): Promise<Record<string, { published: string | null; asOf: Array<string | null> }>> {
  return withStore(async (store) => {
    const days: Record<string, { published: string | null; asOf: Array<string | null> }> = {};
    for (const document of (await store.listDocuments()).items) {
      const claims = (await store.listClaims({ documentId: document.id })).items;
      days[document.title ?? `document ${document.id}`] = { published: document.published, asOf: claims.map((claim) => claim.asOf) };
    }
    return days;
  });
}

describe("a page's publication date", () => {
  it("comes from its metadata in the order of trust, in the publisher's own day", async () => {
    // JSON-LD in a @graph after a malformed block: 23:30 in New York on the 12th is the 13th in UTC, but the story's day is the 12th.
    expect((await loaded(page("graph.html")))[0]).toMatchObject({ title: "Floodwaters reach the delta", published: "2026-01-12" });
    expect((await loaded(page("time-in-article.html")))[0]).toMatchObject({ published: "2026-01-09" });
    expect((await loaded(page("undated.html")))[0]).toMatchObject({ published: null });
  });

  it("passes over a date in the future with a warning, and takes a modification time only as a last resort, saying so", async () => {
    expect((await loaded(page("future.html")))[0]).toMatchObject({
      published: "2026-01-08",
      warnings: [`${page("future.html")}: ignored the publication date '2999-01-01T00:00:00Z' (<meta article:published_time>): in the future (after 2026-01-21)`],
    });
    expect((await loaded(page("modified-only.html")))[0]).toMatchObject({
      published: "2026-01-16",
      warnings: [`${page("modified-only.html")}: states no publication date; dated 2026-01-16 by its last-modified time (<meta article:modified_time>)`],
    });
  });
});

describe("a feed item's publication date", () => {
  it("is its page's own when the page states one, else the feed's (before the page's modification time)", async () => {
    const items = await loaded(page("feed.xml"));
    expect(items.map((item) => [item.title, item.published, item.warnings])).toEqual([
      ["Storm hits the islands", "2026-01-10", undefined],
      // "Thu, 08 Jan 2026 23:30:00 -0500": the publisher's Thursday, though Friday in UTC.
      ["Mine collapse traps workers", "2026-01-08", undefined],
      ["Cold snap in the north", "2026-01-07", undefined],
    ]);
  });
});

describe("tally ingest, its dates and the report's count of undated documents", () => {
  it("stores each page and feed item with its day, relative days read against it, and names the undated ones in its summary", async () => {
    const io = stores.io();
    const pages = ["graph.html", "time-in-article.html", "future.html", "modified-only.html", "undated.html"].map(page);
    expect(await ingest(["--data", dataDir, ...pages, page("feed.xml")], io)).toBe(0);
    expect(io.out).toMatch(/^documents: 8 new \(1 without a publication date; pass --published to date them\), 0 already stored, 0 failed; claims added: \d+\n$/);
    expect(io.err).toContain(`tally ingest: warning: ${page("future.html")}: ignored the publication date '2999-01-01T00:00:00Z'`);
    expect(io.err).toContain(`tally ingest: warning: ${page("modified-only.html")}: states no publication date; dated 2026-01-16`);
    const days = await storedDays();
    // "killed yesterday" in a story of the publisher's 12 January is the 11th; of the 8th (the feed's day), the 7th.
    expect(days["Floodwaters reach the delta"]).toEqual({ published: "2026-01-12", asOf: ["2026-01-11"] });
    expect(days["Mine collapse traps workers"]).toEqual({ published: "2026-01-08", asOf: ["2026-01-07"] });
    expect(days["Ferry sinks off the coast"]).toEqual({ published: null, asOf: [null] });
  }, 60_000);

  it("says in the report (text, JSON, HTML) how many documents have no date and what that leaves out", async () => {
    const text = stores.io();
    expect(await report(["--data", dataDir, "--as-of", TODAY], text)).toBe(0);
    expect(text.out.split("\n")[1]).toBe(UNDATED_NOTE);
    const json = stores.io();
    expect(await report(["--data", dataDir, "--as-of", TODAY, "--json"], json)).toBe(0);
    expect(JSON.parse(json.out)[0]).toMatchObject({ undatedDocuments: 1, undatedClaims: 1 });
    const htmlFile = join(folder, "report.html");
    expect(await report(["--data", dataDir, "--as-of", TODAY, "--html", htmlFile], stores.io())).toBe(0);
    expect(await readFile(htmlFile, "utf8")).toContain(`<p class="warning undated">${UNDATED_NOTE}</p>`);
    // The sentence is true: the ferry's 17 dead, with no day of their own, are in no standing summary.
    expect(JSON.parse(json.out)[0].summaries.flatMap((summary: { latest: Array<{ min: number }> }) => summary.latest.map((claim) => claim.min))).not.toContain(17);
  }, 60_000);

  it("says it on the dashboard overview and in /api/summary", async () => {
    await withStore(async (store) => {
      const { app } = createApp({ store, secret: Buffer.from("test-secret"), loopback: true, today: () => TODAY });
      const overview = await (await app.request("http://127.0.0.1:8080/")).text();
      expect(overview).toContain(`<p class="warning undated">${UNDATED_NOTE}</p>`);
      const summary = summaryResponse.parse(await (await app.request("http://127.0.0.1:8080/api/summary")).json());
      expect(summary).toMatchObject({ undatedDocuments: 1, undatedClaims: 1, undatedNote: UNDATED_NOTE });
      const ofMissing = summaryResponse.parse(await (await app.request("http://127.0.0.1:8080/api/summary?metric=missing")).json());
      expect(ofMissing).toMatchObject({ undatedDocuments: 0, undatedClaims: 0, undatedNote: null });
    });
  }, 60_000);

  it("dates a stored undated document with --published and reads its claims again; then no document is undated", async () => {
    const io = stores.io();
    expect(await ingest(["--data", dataDir, "--published", "2026-01-13", page("undated.html"), page("graph.html")], io)).toBe(0);
    expect(io.out).toMatch(/^documents: 0 new, 2 already stored \(1 stored with no publication date, dated now and their claims read again\), 0 failed; claims added: 1\n$/);
    const days = await storedDays();
    // Read again against its new day, the claim now has one.
    expect(days["Ferry sinks off the coast"]).toEqual({ published: "2026-01-13", asOf: ["2026-01-13"] });
    // A page that states its own day keeps it, whatever --published says.
    expect(days["Floodwaters reach the delta"]!.published).toBe("2026-01-12");
    const text = stores.io();
    expect(await report(["--data", dataDir, "--as-of", TODAY], text)).toBe(0);
    expect(text.out).not.toContain("publication date");
  }, 60_000);
});

describe("tally ingest --published over files", () => {
  it("dates the files that state no day, keeps the day of those that do, and counts both", async () => {
    const filesData = join(folder, "files-data");
    const io = stores.io();
    expect(await ingest(["--data", filesData, "--published", "2026-01-14", join(folder, "files")], io)).toBe(0);
    expect(io.out).toMatch(/^documents: 3 new \(2 dated 2026-01-14 by --published\), 0 already stored, 0 failed; claims added: 3\n$/);
    expect(io.err).toBe(
      `tally ingest: warning: ${join(folder, "files", "ambiguous.txt")}: ignored the publication date '3/4/2025' (the header's Published): ambiguous (day/month or month/day); write 2025-04-03 or 3 April 2025\n`,
    );
    const store = await stores.open(filesData);
    const documents = (await store.listDocuments()).items;
    expect(documents.map((document) => [document.title, document.published])).toEqual([
      ["Dam gives way", "2026-01-14"],
      ["Aftershock hits the valley", "2026-01-14"],
      ["Quake toll climbs", "2026-01-05"],
    ]);
    // "yesterday" is read against each document's own day.
    expect((await store.listClaims()).items.map((claim) => [claim.documentTitle, claim.asOf])).toEqual([
      ["Dam gives way", "2026-01-13"],
      ["Aftershock hits the valley", "2026-01-13"],
      ["Quake toll climbs", "2026-01-04"],
    ]);
  }, 60_000);

  it.each([
    ["2026-02-30", "tally ingest: --published '2026-02-30': day 30 does not exist in 2026-02 (01–28)"],
    ["14/01/2026", "tally ingest: --published '14/01/2026': expected a date YYYY-MM-DD"],
    ["2999-01-01", "tally ingest: --published '2999-01-01': in the future (after "],
    ["1850-01-01", "tally ingest: --published '1850-01-01': before 1900; expected the day the reports were published"],
  ])("refuses --published %s with exit 2, naming the flag", async (value, message) => {
    const io = stores.io();
    expect(await ingest(["--data", join(folder, "refused"), "--published", value, join(folder, "files")], io)).toBe(2);
    expect(io.err.startsWith(message)).toBe(true);
    expect(io.out).toBe("");
  });
});
