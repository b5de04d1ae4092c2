// Accounts on the real store, both engines: `tally user add` keeps a user in the database, and a
// server bound to a network address starts once an account exists and refuses without one; `tally user`
// changes passwords and roles, removes users and manages tokens; a version-3 database upgrades with its
// tokens; and on PostgreSQL, servers share sign-ins and see `tally user` changes at once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseUserCommand, runUserCommand, run as user } from "../src/cli/user.js";
import { hashToken, verifyPassword } from "../src/server/auth/password.js";
import { RefusedToStart, startServer, type RunningServer } from "../src/server/listen.js";
import { sqlAccountRepository } from "../src/store/accounts.js";
import { openPglite, openPostgres, type Db } from "../src/store/db.js";
import { migrate, MIGRATIONS, splitStatements } from "../src/store/migrations/index.js";
import { openStore } from "../src/store/open.js";
import type { Store } from "../src/store/store.js";
import { createPostgresDatabase, storeEngines } from "./support/store-engines.js";
import { freshDataFolder } from "./support/temporary-store.js";

const engines = await storeEngines();

/** Runs `tally user …` in this process with the environment given, its output captured; on an open store when given one. */
async function tallyUser(args: string[], env: Record<string, string>, store?: Store): Promise<{ code: number; out: string; err: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  try {
    const code = store ? await onOpenStore(store, args) : await user(args);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}


/** `tally user` without opening the store each time (opening PGlite costs seconds; the commands are the same). */
async function onOpenStore(store: Store, args: string[]): Promise<number> {
  const command = parseUserCommand(args);
  if (command instanceof Error) {
    process.stderr.write(`tally user: ${command.message}\n`);
    return 2;
  }
  return runUserCommand(store.accounts, command, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`tally user: ${text}\n`));
}

/** Signs in through a running server's login form; returns "tally_session=…". */
async function signInOver(server: RunningServer, name: string, password: string): Promise<string> {
  const page = await (await fetch(`${server.url}/login`)).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
  const response = await fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
    body: new URLSearchParams({ _csrf: csrf, name, password }),
  });
  expect(response.status).toBe(303);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

const statusWith = async (server: RunningServer, cookie: string) => (await fetch(`${server.url}/api/events`, { headers: { cookie } })).status;

/** A database as version 3 of the schema left it, with a user and a token. */
async function versionThreeDatabase(db: Db): Promise<void> {
  await db.query("CREATE TABLE schema_migration (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
  for (const migration of MIGRATIONS.filter((m) => m.version <= 3)) {
    for (const statement of splitStatements(migration.sql)) await db.query(statement);
    await db.query("INSERT INTO schema_migration (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
  }
  await db.query("INSERT INTO app_user (name, role, password_hash) VALUES ('old', 'viewer', 'scrypt$x')");
  await db.query("INSERT INTO api_token (token_hash, user_name, label) VALUES ($1, 'old', 'from v3')", [hashToken("tly_from_v3")]);
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
      // An empty store at the current schema, copied (PGlite's first start, initdb, costs seconds).
      else await freshDataFolder(join(folder, "data"));
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
      // `tally user add` runs as typed, opening the store; the token commands after it on the open store (opening PGlite costs seconds).
      const added = await tallyUser(["add", "ana", "--role", "editor", "--data", join(folder, "data")], env);
      expect(added).toMatchObject({ code: 0, out: "user ana saved with role editor\n" });

      store = await open();
      try {
        const token = await tallyUser(["token", "ana"], env, store);
        expect(token.code).toBe(0);
        expect(token.out).toMatch(/^tly_\S+\n$/);
        expect((await tallyUser(["token", "bo"], env, store)).err).toMatch(/no user 'bo'/);
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

    it("`tally user` changes passwords and roles, removes users, and makes, lists and revokes tokens", async () => {
      const env = { TALLY_PASSWORD: "first password", DATABASE_URL: databaseUrl };
      // The first command runs as typed (opening the store); the rest on one open store, since opening PGlite costs seconds.
      expect(await tallyUser(["add", "cy", "--role", "viewer", "--data", join(folder, "data")], env)).toMatchObject({ code: 0, out: "user cy saved with role viewer\n" });
      const store = await open();
      const cli = (args: string[], withEnv: Record<string, string> = env) => tallyUser(args, withEnv, store);
      try {
        const again = await cli(["add", "cy", "--role", "admin"]);
        expect(again.code).toBe(1);
        expect(again.err).toMatch(/user 'cy' exists; change its password with 'tally user password cy' or its role with 'tally user role cy --role …'/);
        expect((await cli(["password", "cy"], { ...env, TALLY_PASSWORD: "short" })).err).toMatch(/at least 10 characters/);
        const changed = await cli(["password", "cy"], { ...env, TALLY_PASSWORD: "second password" });
        expect(changed.code).toBe(0);
        expect(changed.out).toMatch(/^password of cy changed; its sessions have ended/);
        expect(await verifyPassword("second password", (await store.accounts.findUser("cy"))!.passwordHash)).toBe(true);
        expect((await cli(["password", "nobody"])).err).toMatch(/no user 'nobody'/);
        expect(await cli(["role", "cy", "--role", "editor"])).toMatchObject({ code: 0, out: "user cy now has role editor\n" });

        const made = await cli(["token", "cy", "--label", "nightly", "--expires", "30d"]);
        expect(made.code).toBe(0);
        const token = made.out.trim();
        expect(token).toMatch(/^tly_\S+$/);
        const id = /token (\d+) for cy, valid until \d{4}-\d\d-\d\d \d\d:\d\d UTC/.exec(made.err)![1]!;
        expect((await cli(["token", "cy", "--expires", "2026-02-30"])).err).toMatch(/--expires '2026-02-30': day 30 does not exist/);
        const listed = await cli(["tokens", "cy"]);
        expect(listed.out.split("\n")[0]).toMatch(/^id\s+label\s+created\s+expires\s+last used\s+state$/);
        expect(listed.out).toMatch(new RegExp(`^${id}\\s+nightly\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\s+\\d{4}-.*never\\s+valid$`, "m"));
        expect(listed.out).not.toContain(token);
        expect((await cli(["revoke", id])).out).toMatch(new RegExp(`^token ${id} of cy \\('nightly'\\) revoked at \\d{4}-`));
        expect((await cli(["tokens", "cy"])).out).toMatch(/nightly.*revoked \d{4}-/);
        expect(await cli(["revoke", "99999"])).toMatchObject({ code: 1, err: "tally user: no API token 99999 (see 'tally user tokens NAME')\n" });
        expect((await cli(["revoke", "abc"])).code).toBe(2);

        expect((await cli(["list"])).out).toBe("ana\teditor\t0 sessions\t1 token\ncy\teditor\t0 sessions\t0 tokens\n");
        expect((await cli(["remove", "cy"])).out).toBe("user cy removed, with its sessions and API tokens\n");
        expect(await cli(["remove", "cy"])).toMatchObject({ code: 1 });
        expect(await store.accounts.findUser("cy")).toBeNull();
        expect((await store.accounts.checkToken(hashToken(token))).state).toBe("unknown");
      } finally {
        await store.close();
      }
    }, 120_000);

    it("upgrades a version-3 database: its tokens get ids and keep working", async () => {
      let db: Db;
      let dropOld = async () => undefined as void;
      if (engine.name === "postgres") {
        const database = await createPostgresDatabase();
        dropOld = database.drop;
        db = await openPostgres(database.url);
      } else {
        db = await openPglite(join(folder, "v3"));
      }
      try {
        await versionThreeDatabase(db);
        expect(await migrate(db)).toContain(4);
        const accounts = sqlAccountRepository(db);
        expect(await accounts.checkToken(hashToken("tly_from_v3"))).toMatchObject({ state: "valid", user: { name: "old", role: "viewer" }, tokenId: 1 });
        expect(await accounts.addToken("old", hashToken("tly_new"), "new")).toBe(2);
        expect((await accounts.listTokens("old")).map((t) => [t.id, t.label])).toEqual([[2, "new"], [1, "from v3"]]);
      } finally {
        await db.close();
        await dropOld();
      }
    }, 120_000);

    it.skipIf(engine.name !== "postgres")("shares sign-ins between servers on one database, and `tally user` ends them at once, with no restart", async () => {
      const env = { TALLY_PASSWORD: "dee password", DATABASE_URL: databaseUrl };
      expect((await tallyUser(["add", "dee", "--role", "editor"], env)).code).toBe(0);
      const [one, two] = await Promise.all([open(), open()]);
      const servers: RunningServer[] = [];
      try {
        servers.push(await startServer({ store: one, host: "127.0.0.1", port: 0 }), await startServer({ store: two, host: "127.0.0.1", port: 0 }));
        const [a, b] = servers as [RunningServer, RunningServer];
        let cookie = await signInOver(a, "dee", "dee password");
        expect(await statusWith(b, cookie)).toBe(200);
        // The CSRF token from one server's page is good on the other: one secret, kept in the database.
        const csrf = /name="csrf-token" content="([^"]+)"/.exec(await (await fetch(`${a.url}/review`, { headers: { cookie } })).text())![1]!;
        const out = await fetch(`${b.url}/logout`, { method: "POST", redirect: "manual", headers: { cookie, origin: b.url, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: csrf }) });
        expect(out.status).toBe(303);
        expect(await statusWith(a, cookie)).toBe(401);

        cookie = await signInOver(a, "dee", "dee password");
        expect((await tallyUser(["password", "dee"], { ...env, TALLY_PASSWORD: "dee new password" })).code).toBe(0);
        expect(await statusWith(a, cookie)).toBe(401);
        expect(await statusWith(b, cookie)).toBe(401);

        cookie = await signInOver(b, "dee", "dee new password");
        expect(await statusWith(a, cookie)).toBe(200);
        expect((await tallyUser(["remove", "dee"], env)).code).toBe(0);
        expect(await statusWith(a, cookie)).toBe(401);
        expect(await statusWith(b, cookie)).toBe(401);
      } finally {
        for (const server of servers) await server.close();
        await Promise.all([one.close(), two.close()]);
      }
    }, 120_000);
  });
}
