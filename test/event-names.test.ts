// Every command that takes --event finds it the same way (src/store/find-event.ts): by id, by its
// exact name, or by a few of its words, dashes and case aside; several matches are listed.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as event } from "../src/cli/event.js";
import { run as runExport } from "../src/cli/export.js";
import { run as ingest } from "../src/cli/ingest.js";
import { run as report } from "../src/cli/report.js";
import { keptOpenStores } from "./support/temporary-store.js";

let folder: string;
let dataDir: string;

// Every command and read of a data folder goes through its one open store (see keptOpenStores).
const stores = keptOpenStores();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-event-names-"));
  dataDir = join(folder, "data");
  for (const [name, since] of [["Turkey–Syria earthquake 2023", "2023-02-06"], ["Derna floods 2023", "2023-09-10"]]) {
    expect(await event(["add", name!, "--since", since!, "--match", "nothing-matches-this", "--data", dataDir], stores.io())).toBe(0);
  }
  await writeFile(join(folder, "quake.txt"), "Quake toll rises\n\nFebruary 8, 2023\n\nAt least 5,000 people were killed, officials said on Wednesday.\n");
});
afterAll(async () => {
  await stores.closeAll();
  await rm(folder, { recursive: true, force: true });
});

describe("--event", () => {
  it("puts ingested reports in the event named by a few of its words, written with a hyphen", async () => {
    const ingested = stores.io();
    expect(await ingest(["--data", dataDir, "--event", "turkey-syria", join(folder, "quake.txt")], ingested)).toBe(0);
    const exported = stores.io();
    expect(await runExport(["--data", dataDir, "--format", "json", "--event", "Turkey-Syria earthquake"], exported)).toBe(0);
    expect(JSON.parse(exported.out).claims.map((claim: { eventId: number; min: number }) => [claim.eventId, claim.min])).toEqual([[1, 5000]]);
  });

  it("lists the events the words could mean, in every command", async () => {
    const message = `'2023' could be any of 2 events: 1 "Turkey–Syria earthquake 2023", 2 "Derna floods 2023"; give more of the name, or the id`;
    const reported = stores.io();
    expect(await report(["--data", dataDir, "--event", "2023"], reported)).toBe(1);
    expect(reported.err).toBe(`tally report: ${message}\n`);
    const ingested = stores.io();
    expect(await ingest(["--data", dataDir, "--event", "2023", join(folder, "quake.txt")], ingested)).toBe(2);
    expect(ingested.err).toBe(`tally ingest: --event: ${message}\n`);
    const exported = stores.io();
    expect(await runExport(["--data", dataDir, "--format", "csv", "--event", "2"], exported)).toBe(0);
  });
});
