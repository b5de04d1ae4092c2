// Once per test run: an empty, migrated PGlite data folder that tests copy instead of creating their
// own (PGlite's first start runs initdb, ~2.5 s; copying the result and opening it takes ~0.3 s).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openStore } from "../../src/store/open.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A data folder holding an empty store at the current schema; copy it, never open it in place. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), "tally-template-"));
  const dataDir = join(folder, "data");
  const store = await openStore({ dataDir, databaseUrl: "" });
  await store.close();
  project.provide("pgliteTemplate", dataDir);
  return () => rm(folder, { recursive: true, force: true });
}
