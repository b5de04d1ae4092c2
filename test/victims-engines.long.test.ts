// The named-victims commands end to end on both engines, as a user types them: `tally event add`,
// `tally victims import --event`, `link`, `review`, `decide`, `link` again, `export`, and
// `tally estimate --event`, each opening the store itself (PGlite in a folder, PostgreSQL in a
// fresh database). Both engines must give the same persons and the same estimate.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run as estimateRun } from "../src/cli/estimate.js";
import { run as eventRun } from "../src/cli/event.js";
import { run as victimsRun } from "../src/cli/victims.js";
import type { Store } from "../src/store/store.js";
import { storeEngines } from "./support/store-engines.js";
import { THREE_LIST_PERSONS, victimListCsv } from "./support/victim-lists.js";

const engines = await storeEngines();

const PERSONS = THREE_LIST_PERSONS;
const RECORDS = PERSONS.reduce((sum, [, , lists]) => sum + lists.length, 0);
const PRIVATE = "+98 912 555 0199";

const listFile = (letter: string) => victimListCsv(PERSONS, letter, { contact: PRIVATE });

/** What each engine answered, compared at the end. */
const answers = new Map<string, { persons: string; estimate: unknown; split: unknown }>();

for (const engine of engines) {
  describe.skipIf(engine.skip !== null)(`tally victims and tally estimate --event on ${engine.name}`, () => {
    let folder: string;
    let cleanup: (() => Promise<void>) | undefined;
    let open: () => Promise<Store>;
    /** Runs a command as typed, opening the engine's store the way the CLI opens DATABASE_URL or --data. */
    const tally = async (run: typeof victimsRun, ...args: string[]) => {
      const io = { out: "", err: "", openStore: () => open(), stdout: { write: (t: string) => (io.out += t) }, stderr: { write: (t: string) => (io.err += t) } };
      const code = await run(args, io);
      return { code, out: io.out, err: io.err };
    };
    const estimate = (...args: string[]) => tally((a, io) => estimateRun(a, { ...io!, readText: () => Promise.reject(new Error("no file is read from the registry")) }), ...args);

    afterAll(async () => {
      await cleanup?.();
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    it("imports lists for an event, links them, and estimates the event's toll", async () => {
      const fresh = await engine.fresh();
      cleanup = fresh.cleanup;
      // Every command opens the store itself: the PGlite folder is free only once this one is closed.
      await fresh.store.close();
      open = fresh.reopen;
      folder = await mkdtemp(join(tmpdir(), "tally-victims-engines-"));
      expect((await tally(eventRun, "add", "Winter 2026", "--since", "2026-01-01")).code).toBe(0);
      for (const [letter, list] of [["h", "hrana"], ["g", "hengaw"], ["a", "amnesty"]] as const) {
        await writeFile(join(folder, `${list}.csv`), listFile(letter));
        const imported = await tally(victimsRun, "import", join(folder, `${list}.csv`), "--list", list, "--event", "Winter 2026");
        expect(imported.code, imported.err).toBe(0);
      }
      const again = await tally(victimsRun, "import", join(folder, "hrana.csv"), "--list", "hrana", "--event", "Winter 2026");
      const onHrana = PERSONS.filter(([, , lists]) => lists.includes("h")).length;
      expect(again.out).toBe(`list 'hrana': 0 records added, ${onHrana} updated, 0 rows refused\n`);
      expect((await tally(victimsRun, "link")).out).toMatch(new RegExp(`^${RECORDS} records linked into 17 persons \\(8 on two or more lists\\)`));
      const review = await tally(victimsRun, "review");
      expect(review.code).toBe(0);
      expect(review.out).toBe("no pairs to review (run tally victims link after importing lists)\n");

      const result = await estimate("--event", "Winter 2026", "--json");
      expect(result.code, result.err).toBe(0);
      const json = JSON.parse(result.out);
      expect(json).toMatchObject({ lists: ["amnesty", "hengaw", "hrana"], observed: 17, overlap: 8, method: "log-linear", table: { "001": 4, "010": 3, "100": 2, "011": 3, "101": 2, "110": 1, "111": 2 } });
      expect(json.selected.N).toBeGreaterThan(17);
      const persons = await tally(victimsRun, "list");
      answers.set(engine.name, { persons: persons.out, estimate: json, split: null });
    }, 120_000);

    it("keeps a reviewer's decision in the next link run, and the estimate follows it", async () => {
      // Kaveh Azadi is on hrana and hengaw; a reviewer says the two records are two people.
      const decided = await tally(victimsRun, "decide", "hrana/h10", "hengaw/g10", "not-match", "--reason", "different fathers");
      expect(decided.code, decided.err).toBe(0);
      expect((await tally(victimsRun, "link")).out).toMatch(/^\d+ records linked into 18 persons \(7 on two or more lists\)/);
      const result = await estimate("--event", "Winter", "--json");
      expect(result.code, result.err).toBe(0);
      const json = JSON.parse(result.out);
      expect(json).toMatchObject({ observed: 18, overlap: 7, table: { "001": 5, "010": 4, "011": 2, "100": 2, "110": 1 } });
      answers.get(engine.name)!.split = json;
    }, 120_000);

    it("exports one row per list record with its person, never a list's private column", async () => {
      const exported = await tally(victimsRun, "export", "--format", "json");
      expect(exported.code, exported.err).toBe(0);
      const rows = JSON.parse(exported.out) as Array<{ person_id: string; list: string; record_id: string }>;
      expect(rows).toHaveLength(RECORDS);
      const personOf = (list: string, id: string) => rows.find((row) => row.list === list && row.record_id === id)!.person_id;
      expect(personOf("hrana", "h16")).toBe(personOf("amnesty", "a16"));
      expect(personOf("hrana", "h10")).not.toBe(personOf("hengaw", "g10"));
      expect(exported.out).not.toContain(PRIVATE);
      const csv = await tally(victimsRun, "export", "--format", "csv");
      expect(csv.out.split("\n")[0]).toContain("person_id");
      expect(csv.out).not.toContain(PRIVATE);
    }, 60_000);
  });
}

describe.skipIf(engines.some((engine) => engine.skip !== null))("PGlite and PostgreSQL", () => {
  it("give the same persons and the same estimates", () => {
    const [pglite, postgres] = [answers.get("pglite"), answers.get("postgres")];
    expect(pglite).toBeDefined();
    expect(postgres).toEqual(pglite);
  });
});
