// Issue 9's end-to-end check: one folder of reports in English, Persian, Arabic and Turkish is
// ingested into one store, each document keeps its language, and the report puts a Persian and an
// English figure of the same source in one series.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as ingest } from "../src/cli/ingest.js";
import { run as report } from "../src/cli/report.js";
import { keptOpenStores } from "./support/temporary-store.js";

const REPORTS: Record<string, string> = {
  "en.txt": "Title: Rights group raises protest death toll\nOutlet: Test Wire\nPublished: 2026-01-12\n\nHRANA said on Sunday that at least 544 protesters had been killed since the unrest began.\n",
  "fa.txt": "Title: آمار جان‌باختگان اعتراضات\nPublished: 2026-01-15\n\nخبرگزاری هرانا روز پنجشنبه اعلام کرد دست‌کم ۲۵۷۱ نفر از معترضان کشته شده‌اند.\n",
  "ar.txt": "Title: قصف على ريف إدلب\nPublished: 2026-01-14\n\nأفاد المرصد السوري لحقوق الإنسان بمقتل نحو 40 مدنيا في قصف على ريف إدلب يوم الثلاثاء.\n",
  "tr.txt": "Title: Deprem bilançosu\nPublished: 2023-02-08\n\nAFAD'ın açıklamasına göre depremde hayatını kaybedenlerin sayısı 12 bin 391'e yükseldi.\n",
};

let folder: string;
let dataDir: string;
// Every command and read of a data folder goes through its one open store (see keptOpenStores).
const stores = keptOpenStores();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-languages-"));
  dataDir = join(folder, "data");
  await mkdir(join(folder, "reports"));
  for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(folder, "reports", name), text);
});
afterAll(async () => {
  await stores.closeAll();
  await rm(folder, { recursive: true, force: true });
});

interface SeriesPoint {
  min: number;
  asOf: string;
  reports: Array<{ title: string }>;
}

describe("a folder of reports in four languages", () => {
  it("is ingested with each document's language and claims", async () => {
    const io = stores.io();
    expect(await ingest(["--data", dataDir, join(folder, "reports")], io)).toBe(0);
    expect(io.out).toMatch(/^documents: 4 new, 0 already stored, 0 failed; claims added: 4\n$/);
    const store = await stores.open(dataDir);
    const documents = (await store.listDocuments()).items;
    expect(Object.fromEntries(documents.map((d) => [d.title, d.language]))).toEqual({
      "Rights group raises protest death toll": "en",
      "آمار جان‌باختگان اعتراضات": "fa",
      "قصف على ريف إدلب": "ar",
      "Deprem bilançosu": "tr",
    });
  }, 60_000);

  it("puts the English and the Persian figure of one source in one series, each dated and sourced", async () => {
    const io = stores.io();
    expect(await report(["--data", dataDir, "--as-of", "2026-01-20", "--json"], io)).toBe(0);
    const [whole] = JSON.parse(io.out) as Array<{ series: Array<{ claimant: { name: string }; metric: string; population: string; points: SeriesPoint[] }> }>;
    const hrana = whole!.series.filter((s) => s.claimant.name === "HRANA");
    expect(hrana.map((s) => [s.metric, s.population])).toEqual([["killed", "protesters"]]);
    expect(hrana[0]!.points.map((p) => [p.min, p.asOf, p.reports[0]!.title])).toEqual([
      [544, "2026-01-11", "Rights group raises protest death toll"],
      [2571, "2026-01-15", "آمار جان‌باختگان اعتراضات"],
    ]);
    const sources = whole!.series.map((s) => s.claimant.name).sort();
    expect(sources).toEqual(["AFAD", "HRANA", "Syrian Observatory for Human Rights"]);
  }, 60_000);
});
