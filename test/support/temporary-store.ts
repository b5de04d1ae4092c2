// A real store (PGlite) in a temporary folder for end-to-end tests: closing it removes the folder.
// The server and CLI are tested against this, never against a hand-written stand-in.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

export async function temporaryStore(prefix = "tally-test-"): Promise<Store> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  const store = await openStore({ dataDir: join(folder, "data"), databaseUrl: "" });
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await close();
      await rm(folder, { recursive: true, force: true });
    },
  });
}
