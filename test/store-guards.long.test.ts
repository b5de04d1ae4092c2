// The guards the embedded store needs: one writer per data folder, a stale lock taken over, a
// half-created database never left in place.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open.js";

describe("the PGlite data folder", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-guards-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("refuses a second writer while the first has it open, then lets it in", async () => {
    const dataDir = join(folder, "busy");
    const first = await openStore({ dataDir, databaseUrl: "" });
    await expect(openStore({ dataDir, databaseUrl: "" })).rejects.toThrow(/in use by another tally process \d+/);
    await first.close();
    const second = await openStore({ dataDir, databaseUrl: "" });
    expect((await second.listDocuments()).total).toBe(0);
    await second.close();
  }, 60_000);

  it("takes over a lock left by a process that is gone, and clears a half-created database", async () => {
    const dataDir = join(folder, "stale");
    await mkdir(join(dataDir, "pgdata.creating-4242"), { recursive: true });
    const gone = spawnSync(process.execPath, ["-e", "process.pid"]).pid!;
    await writeFile(join(dataDir, "tally.lock"), `${gone} ${(await import("node:os")).hostname()}\n`);
    const store = await openStore({ dataDir, databaseUrl: "" });
    expect((await readdir(dataDir)).sort()).toEqual(["pgdata", "tally.lock"]);
    await store.close();
    expect(await readdir(dataDir)).toEqual(["pgdata"]);
  }, 60_000);

  it("opens a folder whose engine was killed while writing its own lock file (postmaster.pid empty or stale)", async () => {
    const dataDir = join(folder, "killed-at-start");
    const first = await openStore({ dataDir, databaseUrl: "" });
    await first.close();
    // What a SIGKILL between creating and filling the engine's lock file leaves behind: PostgreSQL
    // refuses to start on it ("lock file is empty"), though no engine holds the folder.
    for (const remnant of ["", "-42\n/pglite/data\n1796064529\n5432\n"]) {
      await writeFile(join(dataDir, "pgdata", "postmaster.pid"), remnant);
      const store = await openStore({ dataDir, databaseUrl: "" });
      expect((await store.listDocuments()).total).toBe(0);
      await store.close();
    }
  }, 60_000);

  it("names a database folder that holds no database instead of overwriting it", async () => {
    const dataDir = join(folder, "empty");
    await mkdir(join(dataDir, "pgdata"), { recursive: true });
    await writeFile(join(dataDir, "pgdata", "notes.txt"), "mine");
    await expect(openStore({ dataDir, databaseUrl: "" })).rejects.toThrow(/exists but holds no database/);
  });
});
