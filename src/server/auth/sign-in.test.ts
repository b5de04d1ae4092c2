import { describe, expect, it } from "vitest";
import { hashPassword } from "./password.js";
import { checkSignIn } from "./sign-in.js";

describe("checking a sign-in", () => {
  it("does the same scrypt work for an unknown name as for a known one (no timing oracle)", async () => {
    const known = await hashPassword("correct horse battery");
    const accounts = { findUser: async (name: string) => (name === "ana" ? { name: "ana", role: "editor" as const, passwordHash: known } : null) };
    const verified: string[] = [];
    const verify = async (password: string, hash: string) => {
      verified.push(hash);
      return hash === known && password === "correct horse battery";
    };

    expect(await checkSignIn(accounts, "nobody", "anything", verify)).toBeNull();
    expect(await checkSignIn(accounts, "", "anything", verify)).toBeNull();
    expect(await checkSignIn(accounts, "ana", "wrong", verify)).toBeNull();
    expect(await checkSignIn(accounts, "ana", "correct horse battery", verify)).toEqual({ name: "ana", role: "editor" });
    expect(verified).toHaveLength(4);
    // The stand-in hash has the parameters (N, r, p) and lengths of a real one.
    const shape = (hash: string) => hash.split("$").map((part, i) => (i >= 4 ? part.length : part));
    expect(shape(verified[0]!)).toEqual(shape(known));
    expect(verified[0]).not.toBe(known);
  });

  it("never lets the stand-in hash sign anyone in", async () => {
    const accounts = { findUser: async () => null };
    expect(await checkSignIn(accounts, "ghost", "")).toBeNull();
  });
});
