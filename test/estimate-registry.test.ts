// `tally estimate` from the linked victims registry on a PGlite store: lists and the names from reports
// imported, linked and estimated; the table, the fate and event filters, and the refusals.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as estimateRun } from "../src/cli/estimate.js";
import { run as eventRun } from "../src/cli/event.js";
import { run as victimsRun } from "../src/cli/victims.js";
import { keptOpenStores } from "./support/temporary-store.js";

// name, sex, age, place, fate, and the lists naming the person (h = hrana, g = hengaw, a = amnesty, r = reports)
const PERSONS: Array<[string, string, number, string, string, string]> = [
  ["Babak Tehrani", "male", 31, "Tehran", "killed", "hr"],
  ["Dariush Kamali", "male", 44, "Isfahan", "killed", "h"],
  ["Parisa Jafari", "female", 22, "Rasht", "killed", "h"],
  ["Omid Nouri", "male", 18, "Arak", "killed", "h"],
  ["Leila Sadeghi", "female", 35, "Yazd", "killed", "g"],
  ["Reza Bagheri", "male", 29, "Qom", "killed", "g"],
  ["Sara Moradi", "female", 24, "Sanandaj", "killed", "g"],
  ["Hamid Ebrahimi", "male", 52, "Kerman", "executed", "a"],
  ["Nasrin Ghorbani", "female", 47, "Ahvaz", "executed", "a"],
  ["Kaveh Azadi", "male", 20, "Mashhad", "killed", "hg"],
  ["Mina Rostami", "female", 17, "Tabriz", "killed", "hg"],
  ["Arash Farahani", "male", 38, "Shiraz", "killed", "hg"],
  ["Shirin Sohrabi", "female", 33, "Urmia", "executed", "ha"],
  ["Peyman Yazdani", "male", 41, "Zanjan", "executed", "ha"],
  ["Ladan Khosravi", "female", 28, "Kashan", "executed", "ga"],
  ["Siamak Nikpour", "male", 36, "Bushehr", "executed", "hga"],
  ["Golnar Heidari", "female", 26, "Gorgan", "executed", "hga"],
  ["Yasmin Tavakoli", "female", 30, "Hamadan", "killed", "r"],
  // …and (w = iranwire) a fourth list, imported later for one event.
  ["Babak Tehrani", "male", 31, "Tehran", "killed", "w"],
  ["Dariush Kamali", "male", 44, "Isfahan", "killed", "w"],
  ["Leila Sadeghi", "female", 35, "Yazd", "killed", "w"],
];

const listFile = (letter: string) =>
  [
    "record_id,given_name,surname,sex,age,place,date_of_death,fate",
    ...PERSONS.flatMap(([name, sex, age, place, fate, lists], i) => {
      const [given, surname] = name.split(" ");
      return lists.includes(letter) ? [`${letter}${i + 1},${given},${surname},${sex},${age},${place},2026-01-${String(10 + (i % 15)).padStart(2, "0")},${fate}`] : [];
    }),
  ].join("\n");

describe("tally estimate from the linked registry", () => {
  let folder: string;
  let data: string;
  // The commands share one open store (see keptOpenStores).
  const stores = keptOpenStores();
  const cli = async (run: typeof victimsRun, args: string[]) => {
    const io = stores.io();
    const code = await run([...args, "--data", data], io);
    return { code, out: io.out, err: io.err };
  };
  const estimate = (...args: string[]) => cli((a, io) => estimateRun(a, { ...io!, readText: () => Promise.reject(new Error("no file is read from the registry")) }), args);

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-estimate-registry-"));
    data = join(folder, "data");
    for (const [letter, list] of [["h", "hrana"], ["g", "hengaw"], ["a", "amnesty"], ["r", "reports"], ["w", "iranwire"]]) await writeFile(join(folder, `${list}.csv`), listFile(letter!));
  });
  afterAll(async () => {
    await stores.closeAll();
    await rm(folder, { recursive: true, force: true });
  });

  it("refuses before any list, and before a link run", async () => {
    const empty = await estimate("--json");
    expect(empty.code).toBe(1);
    expect(empty.err).toContain("the registry holds no victim records");
    for (const list of ["hrana", "hengaw", "amnesty", "reports"]) expect((await cli(victimsRun, ["import", join(folder, `${list}.csv`), "--list", list])).code).toBe(0);
    const unlinked = await estimate();
    expect(unlinked.code).toBe(1);
    expect(unlinked.err).toContain("no link run has been done: run 'tally victims link' first");
  });

  it("counts each linked person in the cell of its lists, names from reports left out, and fits log-linear models", async () => {
    expect((await cli(victimsRun, ["link"])).out).toMatch(/^29 records linked into 18 persons/);
    const { code, out } = await estimate("--json");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    // Patterns in list order amnesty, hengaw, hrana.
    expect(result).toMatchObject({ lists: ["amnesty", "hengaw", "hrana"], observed: 17, overlap: 8, method: "log-linear" });
    expect(result.table).toEqual({ "001": 4, "010": 3, "100": 2, "011": 3, "101": 2, "110": 1, "111": 2 });
    // The same estimate as the table written out and read with --counts.
    const csv = join(folder, "table.csv");
    await writeFile(csv, ["amnesty,hengaw,hrana,count", ...Object.entries(result.table).map(([pattern, n]) => `${[...pattern].join(",")},${n}`)].join("\n"));
    const io = stores.io();
    expect(await estimateRun(["--counts", csv, "--json"], { ...io, readText: (path) => readFile(path, "utf8") })).toBe(0);
    const fromFile = JSON.parse(io.out);
    expect(result.selected.N).toBeGreaterThan(17);
    expect(result.selected).toEqual(fromFile.selected);
    expect(result.models).toEqual(fromFile.models);
  });

  it("estimates the persons of one fate: the killed are on two lists, so Chapman", async () => {
    const { code, out } = await estimate("--fate", "killed", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ lists: ["hengaw", "hrana"], method: "two lists", table: { "01": 4, "10": 3, "11": 3 } });
    // hengaw 6, hrana 7, both 3: Chapman (7 × 8) / 4 − 1 = 13, Lincoln–Petersen 6 × 7 / 3 = 14.
    expect(result.chapman.N).toBeCloseTo(13, 9);
    expect(result.lincolnPetersen.N).toBeCloseTo(14, 9);
  });

  it("refuses a selection named by fewer than two lists, and says what is wrong with a flag", async () => {
    const detained = await estimate("--fate", "detained");
    expect(detained.code).toBe(1);
    expect(detained.err).toContain("an estimate needs at least two lists, and no list names anyone selected");
    expect((await estimate("--fate", "dead")).code).toBe(2);
    const noEvent = await estimate("--event", "Nowhere 1999");
    expect(noEvent.code).toBe(1);
  });

  it("refuses records imported after the last link run, and keeps only an event's records with --event", async () => {
    expect((await cli(eventRun, ["add", "Winter 2026", "--since", "2026-01-01"])).code).toBe(0);
    expect((await cli(victimsRun, ["import", join(folder, "iranwire.csv"), "--list", "iranwire", "--event", "Winter 2026"])).code).toBe(0);
    const stale = await estimate("--event", "Winter 2026");
    expect(stale.code).toBe(1);
    expect(stale.err).toContain("3 of 32 records were imported after the last link run");
    expect((await cli(victimsRun, ["link"])).code).toBe(0);
    const alone = await estimate("--event", "Winter 2026");
    expect(alone.code).toBe(1);
    expect(alone.err).toContain(`for event 1 "Winter 2026": an estimate needs at least two lists, and only the list 'iranwire' names anyone selected`);
    // Re-importing hrana for the event puts its records in it; the link run's persons stand.
    expect((await cli(victimsRun, ["import", join(folder, "hrana.csv"), "--list", "hrana", "--event", "Winter 2026"])).code).toBe(0);
    const { code, out } = await estimate("--event", "Winter", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    // hrana 11, iranwire 3, both 2: Chapman (12 × 4) / 3 − 1 = 15.
    expect(result).toMatchObject({ lists: ["hrana", "iranwire"], method: "two lists", table: { "10": 9, "01": 1, "11": 2 } });
    expect(result.chapman.N).toBeCloseTo(15, 9);
  });
});
