// Checking a name and password with the same work whether or not the name exists: an unknown name is
// verified against a dummy hash of the same scrypt parameters, so the answer's timing tells nothing.
import { randomBytes } from "node:crypto";
import type { AccountStore, User } from "./accounts.js";
import { hashPassword, verifyPassword } from "./password.js";

let dummy: Promise<string> | null = null;

/** A hash of a random password nobody knows, made once per process (call early to have it ready). */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString("base64url"));
  return dummy;
}

export async function checkSignIn(
  accounts: Pick<AccountStore, "findUser">,
  name: string,
  password: string,
  verify: (password: string, hash: string) => Promise<boolean> = verifyPassword,
): Promise<User | null> {
  const found = name ? await accounts.findUser(name) : null;
  const matches = await verify(password, found?.passwordHash ?? (await dummyPasswordHash()));
  return found && matches ? { name: found.name, role: found.role } : null;
}
