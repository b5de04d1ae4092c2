import { describe, expect, it } from "vitest";
import { roleAllows } from "./accounts.js";
import { hashPassword, verifyPassword } from "./password.js";

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

  it("orders roles viewer < editor < admin", () => {
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows("viewer", "editor")).toBe(false);
  });
});
