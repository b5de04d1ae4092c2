import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { roleAllows, sqlAccounts } from "./accounts.js";
import { hashPassword, hashToken, newApiToken, verifyPassword } from "./password.js";

describe("accounts", () => {
  it("hashes passwords with scrypt and a salt of their own", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("wrong", a)).toBe(false);
    expect(await verifyPassword("x", "plain")).toBe(false);
  });

  it("keeps users and hashed tokens in SQL tables (PGlite)", async () => {
    const db = new PGlite();
    const accounts = await sqlAccounts(db);
    await sqlAccounts(db); // the schema is idempotent
    expect(await accounts.countUsers()).toBe(0);
    await accounts.saveUser("ana", "editor", await hashPassword("a long password"));
    const token = newApiToken();
    await accounts.addToken("ana", hashToken(token), "cli");
    expect(await accounts.countUsers()).toBe(1);
    expect(await accounts.findUserByToken(hashToken(token))).toEqual({ name: "ana", role: "editor" });
    expect(await accounts.findUserByToken(hashToken("tly_other"))).toBeNull();
    await accounts.saveUser("ana", "viewer", "scrypt$x");
    expect((await accounts.findUser("ana"))?.role).toBe("viewer");
    const { rows } = await db.query<{ token_hash: string }>("SELECT token_hash FROM api_token");
    expect(rows[0]!.token_hash).not.toContain(token);
    await db.close();
  });

  it("orders roles viewer < editor < admin", () => {
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows("viewer", "editor")).toBe(false);
  });
});
