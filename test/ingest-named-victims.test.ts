// Ingest keeps each person a report names with a fate as a record of the list "reports", on a
// PGlite store: `tally victims list` and export show them, and a report read again adds none.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as ingest } from "../src/cli/ingest.js";
import { run as victims } from "../src/cli/victims.js";
import { ingestInputs } from "../src/ingest/run-ingest.js";
import { keptOpenStores, temporaryStore } from "./support/temporary-store.js";

const REPORT = [
  "Rights group says three protesters put to death",
  "",
  "Corvin Aldane, 26, was executed on 3 February in Varlow prison, the rights group said.",
  "Among the dead was Liesel Marbrand, a 19-year-old student.",
  "Tomas Revik and Anselm Qoro were sentenced to death on Monday. Mr President was not reached for comment.",
  "At least 40 people were killed in the crackdown, according to Amnesty International.",
].join("\n");

describe("named victims from ingested reports", () => {
  let folder: string;
  let data: string;
  let report: string;
  // The commands share one open store (see keptOpenStores).
  const stores = keptOpenStores();
  const cli = async (command: typeof ingest, ...args: string[]) => {
    const io = stores.io();
    const code = await command([...args, "--data", data], io);
    return { code, out: io.out, err: io.err };
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-named-victims-"));
    data = join(folder, "data");
    report = join(folder, "report.txt");
    await writeFile(report, REPORT);
  });
  afterAll(async () => {
    await stores.closeAll();
    await rm(folder, { recursive: true, force: true });
  });

  it("stores each named person with a fate in the list 'reports', and says how many", async () => {
    const stored = await cli(ingest, report, "--published", "2026-02-10");
    expect(stored.code).toBe(0);
    expect(stored.out).toContain("named victims kept in the list 'reports': 4");
    const listed = await cli(victims, "list");
    expect(listed.out).toContain("4 records, 4 persons");
    expect(listed.out).toContain("per list (records / persons): reports 4 / 4");
    expect(listed.out).toContain("persons per fate: killed 1, executed 1, sentenced_to_death 2");
  });

  it("exports the records with the name as written, age, fate, day and place", async () => {
    const rows = JSON.parse((await cli(victims, "export", "--format", "json")).out) as Array<Record<string, unknown>>;
    const byName = rows.map((row) => [row.list, row.full_name, row.age, row.fate, row.date_of_death, row.place]).sort((x, y) => String(x[1]).localeCompare(String(y[1])));
    expect(byName).toEqual([
      ["reports", "Anselm Qoro", null, "sentenced_to_death", "2026-02-09", null],
      ["reports", "Corvin Aldane", 26, "executed", "2026-02-03", "Varlow"],
      ["reports", "Liesel Marbrand", 19, "killed", null, null],
      ["reports", "Tomas Revik", null, "sentenced_to_death", "2026-02-09", null],
    ]);
  });

  it("adds no record when the same report is ingested again", async () => {
    expect((await cli(ingest, report, "--published", "2026-02-10")).out).toContain("1 already stored");
    expect((await cli(victims, "list")).out).toContain("4 records, 4 persons");
  });
});

describe("named victims when a report is read again by another extractor version", () => {
  it("updates the records it wrote, never duplicates them, with the stored document as evidence and its event", async () => {
    const store = await temporaryStore("tally-named-victims-reread-");
    const folder = await mkdtemp(join(tmpdir(), "tally-named-victims-file-"));
    try {
      const file = join(folder, "report.txt");
      await writeFile(file, REPORT);
      const event = await store.addEvent({ name: "Varlow crackdown", region: null, since: "2026-01-01", match: ["Varlow"] });
      const first = await ingestInputs(store, [file], { published: "2026-02-10", extractorVersion: "a" });
      const again = await ingestInputs(store, [file], { published: "2026-02-10", extractorVersion: "b" });
      expect([first.namedVictims, again.namedVictims]).toEqual([4, 4]);
      const records = await store.victims.listRecords({ list: "reports" });
      expect(records).toHaveLength(4);
      expect(records.map((record) => record.eventId)).toEqual([event.id, event.id, event.id, event.id]);
      const [document] = (await store.listDocuments()).items;
      const aldane = records.find((record) => record.fullName === "Corvin Aldane");
      expect(aldane?.evidence).toEqual({ kind: "sentence", documentId: document!.id, sentence: "Corvin Aldane, 26, was executed on 3 February in Varlow prison, the rights group said." });
    } finally {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
