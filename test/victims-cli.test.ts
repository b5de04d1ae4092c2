// `tally victims` end to end on a PGlite store: import two lists in two scripts, link them, read the
// persons, review a pair, and export without the lists' private columns.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/cli/victims.js";
import { keptOpenStores } from "./support/temporary-store.js";

const LATIN = [
  "record_id,given_name,surname,sex,age,place,date_of_death,fate,contact",
  "h1,Erfan,Rezaei,male,26,Zahedan,2026-01-13,executed,+98 912 111",
  "h2,Seyed Mohammad Reza,Hosseini,male,31,Tehran,09/01/2026,killed,",
  "h3,Fatemeh,Karimi,female,19,Shiraz,2026-01-10,killed,",
  "h4,Zahra,Ahmadi,female,40,Tabriz,2026-01-20,killed,",
].join("\n");

const PERSIAN = [
  "record_id,full_name,sex,age,place,date,fate,witness",
  "1,عرفان رضایی,مرد,۲۶,سیستان و بلوچستان,۱۴۰۴/۱۰/۲۳,اعدام,همسایه",
  "2,محمدرضا حسینی,مرد,۳۲,تهران,۱۴۰۴/۱۰/۱۹,کشته,",
  "3,فاطمه کریمی,زن,۱۹,شیراز,۱۴۰۴/۱۰/۲۰,کشته,",
  "4,زهرا,زن,abc,تبریز,۱۴۰۴/۱۰/۳۰,کشته,",
].join("\n");

describe("tally victims", () => {
  let folder: string;
  let data: string;
  // The commands share one open store (see keptOpenStores).
  const stores = keptOpenStores();
  const victims = async (...args: string[]) => {
    const io = stores.io();
    const code = await run([...args, "--data", data], io);
    return { code, out: io.out, err: io.err };
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-victims-"));
    data = join(folder, "data");
    await writeFile(join(folder, "hrana.csv"), LATIN);
    await writeFile(join(folder, "hengaw.csv"), PERSIAN);
  });
  afterAll(async () => {
    await stores.closeAll();
    await rm(folder, { recursive: true, force: true });
  });

  it("imports lists, reporting a bad row by its line while the rest go in", async () => {
    expect(await victims("import", join(folder, "hrana.csv"), "--list", "hrana")).toMatchObject({ code: 0, out: "list 'hrana': 4 records added, 0 updated, 0 rows refused\n" });
    const persian = await victims("import", join(folder, "hengaw.csv"), "--list", "hengaw");
    expect(persian.code).toBe(1);
    expect(persian.err).toContain("hengaw.csv:5: age 'abc'");
    expect(persian.out).toBe("list 'hengaw': 3 records added, 0 updated, 1 rows refused\n");
  });

  it("updates records by id when a list is imported again", async () => {
    const again = await victims("import", join(folder, "hrana.csv"), "--list", "hrana");
    expect(again.out).toBe("list 'hrana': 0 records added, 4 updated, 0 rows refused\n");
  });

  it("links records across scripts and spellings into persons", async () => {
    const linked = await victims("link");
    expect(linked.code).toBe(0);
    expect(linked.out).toMatch(/^7 records linked into 4 persons \(3 on two or more lists\)/);
    const listed = await victims("list");
    expect(listed.out).toContain("hengaw + hrana: 3");
    expect(listed.out).toContain("persons per fate: killed 3, executed 1");
  });

  it("keeps a reviewer's decision across link runs", async () => {
    const queue = await victims("review");
    expect(queue.code).toBe(0);
    expect(queue.out).toMatch(/^(no pairs to review|probability )/);
    expect((await victims("decide", "hrana/h3", "hengaw/3", "not-match", "--reason", "different fathers")).code).toBe(0);
    expect((await victims("link")).out).toMatch(/^7 records linked into 5 persons/);
    expect((await victims("decide", "hrana/h3", "hengaw/9", "match")).err).toContain("no victim record 'hengaw/9'");
  });

  it("exports one row per record with its person, never the private columns", async () => {
    const out = join(folder, "registry.csv");
    expect((await victims("export", "--format", "csv", "--out", out)).code).toBe(0);
    const csv = await readFile(out, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("person_id,list,record_id,given_name,surname,full_name,script,sex,age,date_of_death,place,fate,person_fate,person_lists");
    expect(lines).toHaveLength(8);
    expect(csv).not.toContain("912");
    expect(csv).not.toContain("همسایه");
    const json = JSON.parse((await victims("export", "--format", "json")).out) as Array<Record<string, unknown>>;
    const erfan = json.filter((row) => row.record_id === "h1" || (row.list === "hengaw" && row.record_id === "1"));
    expect(new Set(erfan.map((row) => row.person_id)).size).toBe(1);
    expect(Object.keys(json[0]!)).not.toContain("contact");
  });
});
