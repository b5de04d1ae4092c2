// Accounts on the real store, both engines: `tally user add` keeps a user in the database, and a
// server bound to a network address starts once an account exists and refuses without one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { run as user } from "../src/cli/user.js";
import { verifyPassword } from "../src/server/auth/password.js";
import { RefusedToStart, startServer } from "../src/server/listen.js";
import { openStore } from "../src/store/open.js";
import { createPostgresDatabase, storeEngines } from "./support/store-engines.js";

const engines = await storeEngines();

/** Runs `tally user …` in this process with the environment given, its output captured. */
async function tallyUser(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  try {
    return { code: await user(args), out: out.join(""), err: err.join("") };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

for (const engine of engines) {
  describe.skipIf(engine.skip !== null)(`accounts in the store on ${engine.name}`, () => {
    let folder: string;
    let databaseUrl = "";
    let drop: () => Promise<void> = async () => undefined;
    const open = () => openStore({ dataDir: join(folder, "data"), databaseUrl });

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), "tally-accounts-"));
      if (engine.name === "postgres") ({ url: databaseUrl, drop } = await createPostgresDatabase());
    }, 60_000);
    afterAll(async () => {
      await drop();
      await rm(folder, { recursive: true, force: true });
    });

    it("refuses a network address without accounts, then starts once `tally user add` made one", async () => {
      let store = await open();
      try {
        await expect(startServer({ store, host: "0.0.0.0", port: 0 })).rejects.toThrow(RefusedToStart);
      } finally {
        await store.close();
      }

      const env = { TALLY_PASSWORD: "a long enough password", DATABASE_URL: databaseUrl };
      const added = await tallyUser(["add", "ana", "--role", "editor", "--data", join(folder, "data")], env);
      expect(added).toMatchObject({ code: 0, out: "user ana saved with role editor\n" });
      const token = await tallyUser(["token", "ana", "--data", join(folder, "data")], env);
      expect(token.code).toBe(0);
      expect(token.out).toMatch(/^tly_\S+\n$/);
      expect((await tallyUser(["token", "bo", "--data", join(folder, "data")], env)).err).toMatch(/no user 'bo'/);

      store = await open();
      try {
        const accounts = store.accounts;
        const saved = await accounts.findUser("ana");
        expect(saved).toMatchObject({ name: "ana", role: "editor" });
        expect(saved!.passwordHash).toMatch(/^scrypt\$/);
        expect(await verifyPassword("a long enough password", saved!.passwordHash)).toBe(true);
        const server = await startServer({ store, host: "0.0.0.0", port: 0 });
        try {
          const base = server.url.replace("0.0.0.0", "127.0.0.1");
          expect((await fetch(`${base}/api/events`)).status).toBe(401);
          const withToken = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${token.out.trim()}` } });
          expect(withToken.status).toBe(200);
        } finally {
          await server.close();
        }
      } finally {
        await store.close();
      }
    }, 60_000);
  });
}
