// Documents in other languages through `tally extract` and `tally ingest`: each is labelled with its
// language, Persian, Arabic and Turkish are read through their packs, and one in a language with no
// pack yet gets one line saying so instead of silence.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as extract } from "../src/cli/extract.js";
import { run as ingest } from "../src/cli/ingest.js";
import type { ExtractedDocument } from "../src/domain/claim.js";
import { keptOpenStores } from "./support/temporary-store.js";

const PERSIAN = [
  "آمار کشته‌شدگان اعتراضات به ۲۴۰۳ نفر رسید",
  "",
  "به گزارش خبرگزاری هرانا، دست‌کم ۲۴۰۳ نفر از معترضان در جریان اعتراضات کشته شده‌اند و شمار بازداشت‌شدگان از هجده هزار گذشته است.",
  "",
].join("\n");
const TURKISH_WITH_HEADER = [
  "Language: tr",
  "Published: 2023-02-08",
  "",
  "AFAD'ın açıkladığı son verilere göre depremde hayatını kaybedenlerin sayısı 2 bin 615'e yükseldi.",
  "",
].join("\n");
const FRENCH = "Le bilan des inondations s'alourdit\n\nAu moins 41 personnes ont été tuées par les inondations, a déclaré mardi l'agence régionale de gestion des catastrophes.\n";
const ENGLISH = "Flood toll climbs\n\nMarch 4, 2025\n\nAt least 41 people have been killed by the floods, the regional disaster agency said on Tuesday.\n";
const PERSIAN_PAGE = `<html lang="fa-IR"><head><title>گزارش</title><meta name="date" content="2026-01-14"></head><body><p>${PERSIAN.split("\n")[2]}</p></body></html>`;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-languages-"));
  await mkdir(join(folder, "reports"));
  await writeFile(join(folder, "reports", "persian.txt"), PERSIAN);
  await writeFile(join(folder, "reports", "turkish.txt"), TURKISH_WITH_HEADER);
  await writeFile(join(folder, "reports", "english.txt"), ENGLISH);
  await writeFile(join(folder, "reports", "french.txt"), FRENCH);
  await writeFile(join(folder, "reports", "page.html"), PERSIAN_PAGE);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function runExtract(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await extract(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([Buffer.from(PERSIAN)]),
  });
  return { code, stdout, stderr };
}

describe("tally extract on documents in other languages", () => {
  it("labels a Persian report Persian and reads its claims through the Persian pack", async () => {
    const file = join(folder, "reports", "persian.txt");
    const outcome = await runExtract(["--json", file]);
    expect(outcome.code).toBe(0);
    const document = JSON.parse(outcome.stdout) as ExtractedDocument;
    expect(document.document.language).toBe("fa");
    expect(document.claims.map((c) => [c.metric, c.qualifier, c.min, c.claimant])).toContainEqual(["killed", "at_least", 2403, "HRANA"]);
    expect(outcome.stderr).toBe("");
  });

  it("takes the language a header declares, and names standard input", async () => {
    const turkish = await runExtract(["--json", join(folder, "reports", "turkish.txt"), "-"]);
    const documents = JSON.parse(turkish.stdout) as ExtractedDocument[];
    expect(documents.map((d) => d.document.language)).toEqual(["tr", "fa"]);
    expect(documents[0]!.claims.map((c) => [c.metric, c.min, c.claimant])).toEqual([["killed", 2615, "AFAD"]]);
    expect(turkish.stderr).toBe("");
  });

  it("says in one line that no pack reads a report in another language", async () => {
    const file = join(folder, "reports", "french.txt");
    const outcome = await runExtract(["--json", file]);
    const document = JSON.parse(outcome.stdout) as ExtractedDocument;
    expect(document.document.language).toBe("fr");
    expect(document.claims).toEqual([]);
    expect(outcome.stderr).toBe(`tally extract: ${file}: French (fr) — no language pack yet; no claims read\n`);
  });

  it("says nothing more for an English report", async () => {
    const outcome = await runExtract(["--json", join(folder, "reports", "english.txt")]);
    expect(outcome.stderr).toBe("");
    const document = JSON.parse(outcome.stdout) as ExtractedDocument;
    expect(document.document.language).toBe("en");
    expect(document.claims.length).toBeGreaterThan(0);
  });
});

describe("tally ingest on documents in other languages", () => {
  // The run and the check after it share one open store (see keptOpenStores).
  const stores = keptOpenStores();
  afterAll(() => stores.closeAll());

  it("stores each document with its language, reads the Persian and Turkish ones, and says which could not be read", async () => {
    const dataDir = join(folder, "data");
    const io = stores.io();
    expect(await ingest(["--data", dataDir, join(folder, "reports")], io)).toBe(0);
    expect(io.out).toMatch(/^documents: 5 new \(2 without a publication date; [^)]*\), 0 already stored, 0 failed; claims added: [1-9]\d*\n$/);
    expect(io.err.split("\n").filter((line) => line.includes("language pack"))).toEqual([
      `tally ingest: warning: ${join(folder, "reports", "french.txt")}: French (fr) — no language pack yet; no claims read`,
    ]);
    const store = await stores.open(dataDir);
    const { items } = await store.listDocuments();
    expect(Object.fromEntries(items.map((d) => [d.title, d.language]))).toMatchObject({ "Flood toll climbs": "en", "گزارش": "fa", "آمار کشته‌شدگان اعتراضات به ۲۴۰۳ نفر رسید": "fa" });
    expect(items.map((d) => d.language).sort()).toEqual(["en", "fa", "fa", "fr", "tr"]);
  });
});
