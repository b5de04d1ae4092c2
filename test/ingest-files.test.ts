// `tally ingest` and `tally event` over files and folders: recursion, HTML files (with and without markup), idempotence,
// one line per failure with exit 1, events assigned at ingest and when added.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as event } from "../src/cli/event.js";
import { extractReport } from "../src/cli/extract.js";
import { run as ingest } from "../src/cli/ingest.js";
import { keptOpenStores } from "./support/temporary-store.js";

let folder: string;
let dataDir: string;

// Every command and read of a data folder goes through its one open store (see keptOpenStores).
const stores = keptOpenStores();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-ingest-files-"));
  dataDir = join(folder, "data");
  const reports = join(folder, "reports");
  await mkdir(join(reports, "libya", "day-2"), { recursive: true });
  await writeFile(join(reports, "libya", "a.txt"), "Derna flood deaths rise\n\nSeptember 12, 2023\n\nAt least 2,000 people were killed in Derna, officials said on Tuesday.\n");
  await writeFile(join(reports, "libya", "day-2", "b.md"), "Title: Thousands missing in Derna\nPublished: 2023-09-13\n\nAbout 10,000 people are missing, the Red Crescent said.\n");
  await writeFile(
    join(reports, "libya", "day-2", "c.html"),
    `<html><head><title>Storm Daniel aftermath</title><meta name="date" content="2023-09-14"></head><body><p>More than 30,000 people have been displaced, the IOM said on Thursday.</p></body></html>`,
  );
  await writeFile(join(reports, "libya", "notes.json"), "{}");
  // An .html file with no markup at all is a text report: header block, title, date, as `tally extract` reads it.
  await writeFile(join(reports, "notes.html"), "Title: Quake survivors counted\nOutlet: Field Wire\nPublished: 2023-02-08\n\nAt least 300 people were rescued alive, officials said.\n");
  await writeFile(join(reports, "other.txt"), "Market prices steady\n\nJanuary 3, 2024\n\nPrices were steady, traders said.\n");
  await writeFile(join(reports, "empty.txt"), "   \n");
});
afterAll(async () => {
  await stores.closeAll();
  await rm(folder, { recursive: true, force: true });
});

describe("tally ingest over files", () => {
  it("stores every report under a folder once, names each failure, and exits 1 when one failed", async () => {
    const first = stores.io();
    expect(await ingest(["--data", dataDir, join(folder, "reports"), join(folder, "missing.txt")], first)).toBe(1);
    expect(first.out).toMatch(/^documents: 5 new, 0 already stored, 2 failed; claims added: [1-9]\d*\n$/);
    expect(first.err.split("\n").filter(Boolean)).toEqual([
      `tally ingest: ${join(folder, "missing.txt")}: no such file or folder`,
      `tally ingest: ${join(folder, "reports", "empty.txt")}: empty file (only whitespace)`,
    ]);
    const again = stores.io();
    expect(await ingest(["--data", dataDir, join(folder, "reports", "libya")], again)).toBe(0);
    expect(again.out).toBe("documents: 0 new, 3 already stored, 0 failed; claims added: 0\n");
  }, 60_000);

  it("reads titles and dates from headers, first lines and HTML metadata", async () => {
    const store = await stores.open(dataDir);
    const documents = (await store.listDocuments()).items;
    expect(documents.map((d) => [d.title, d.published, d.source])).toEqual([
      ["Derna flood deaths rise", "2023-09-12", "file"],
      ["Thousands missing in Derna", "2023-09-13", "file"],
      ["Storm Daniel aftermath", "2023-09-14", "file"],
      ["Quake survivors counted", "2023-02-08", "file"],
      ["Market prices steady", "2024-01-03", "file"],
    ]);
    const notes = documents.find((d) => d.title === "Quake survivors counted")!;
    const extracted = extractReport(notes.text, null).document;
    expect([notes.title, notes.outlet, notes.published]).toEqual([extracted.title, extracted.outlet, extracted.published]);
    expect(notes.text.startsWith("Title: Quake survivors counted\nOutlet: Field Wire")).toBe(true);
    expect(documents[2]!.text).toBe("Storm Daniel aftermath\n\nMore than 30,000 people have been displaced, the IOM said on Thursday.");
  }, 30_000);

  it("assigns stored documents to a new event by its words, later ones at ingest, and lists the rest as unassigned", async () => {
    const added = stores.io();
    expect(await event(["add", "Libya", "floods", "--since", "2023-09-10", "--match", "Derna, Storm Daniel", "--region", "Libya", "--data", dataDir], added)).toBe(0);
    expect(added.out).toBe('added event 1 "Libya floods" since 2023-09-10 (match: Derna, Storm Daniel); 3 stored documents assigned\n');
    await writeFile(join(folder, "later.txt"), "Derna rebuilds\n\nOctober 1, 2023\n\nAt least 4,000 people were killed, the ministry said.\n");
    expect(await ingest(["--data", dataDir, join(folder, "later.txt")], stores.io())).toBe(0);
    const listed = stores.io();
    expect(await event(["list", "--data", dataDir], listed)).toBe(0);
    expect(listed.out).toBe("1  Libya floods (Libya)  since 2023-09-10  match: Derna, Storm Daniel  documents: 4\nunassigned documents: 2\n");
  }, 60_000);

  it("explains a bad command line", async () => {
    const bad = stores.io();
    expect(await event(["add", "X", "--since", "2023-02-30", "--data", dataDir], bad)).toBe(2);
    expect(bad.err).toMatch(/--since '2023-02-30': day 30 does not exist in 2023-02/);
    const none = stores.io();
    expect(await ingest(["--data", dataDir], none)).toBe(2);
    expect(none.err).toMatch(/nothing to ingest/);
    const unknownEvent = stores.io();
    expect(await ingest(["--data", dataDir, "--event", "Nope", join(folder, "later.txt")], unknownEvent)).toBe(2);
    expect(unknownEvent.err).toMatch(/no event 'Nope' in the store; known events: 1 "Libya floods"/);
  }, 60_000);
});
