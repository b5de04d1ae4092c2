import { describe, expect, it } from "vitest";
import { memoryAccounts, roleAllows } from "./accounts.js";
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

  it("keeps users and tokens in memory for tests and loopback demos", async () => {
    const accounts = memoryAccounts();
    await accounts.saveUser("ana", "editor", "scrypt$x");
    const token = newApiToken();
    await accounts.addToken("ana", hashToken(token), "cli");
    expect(await accounts.findUserByToken(hashToken(token))).toEqual({ name: "ana", role: "editor" });
    await expect(accounts.addToken("bo", hashToken("tly_b"), "cli")).rejects.toThrow(/no user 'bo'/);
  });

  it("orders roles viewer < editor < admin", () => {
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows("viewer", "editor")).toBe(false);
  });
});
