// `tally user …`: accounts for a server reached over the network: add, change the password or role,
// remove, list; and API tokens (user-tokens.ts). Changes take effect at once on running servers.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openStoreForCli } from "../report/open-store.js";
import { ROLES, type Role } from "../server/auth/accounts.js";
import { hashPassword } from "../server/auth/password.js";
import type { AccountRepository } from "../store/accounts.js";
import { listTokens, makeToken, revokeToken } from "./user-tokens.js";

export const USER_USAGE = `usage: tally user add NAME --role viewer|editor|admin   add an account (password from TALLY_PASSWORD or stdin)
       tally user password NAME                       change the password; ends the user's sessions
       tally user role NAME --role viewer|editor|admin
       tally user remove NAME                         remove the account, its sessions and tokens
       tally user list
       tally user token NAME [--label TEXT] [--expires 30d|12h|YYYY-MM-DD]   print a new API token once
       tally user tokens NAME                         id, label, created, expires, last used (never the token)
       tally user revoke TOKEN-ID
       (each takes --data DIR, or uses DATABASE_URL)`;

const ACTIONS = ["add", "password", "role", "remove", "list", "token", "tokens", "revoke"] as const;
type Action = (typeof ACTIONS)[number];
const NAME = /^[\w.@-]{1,64}$/;
const MIN_PASSWORD = 10;

export interface UserCommand {
  action: Action;
  /** The account name, or for `revoke` the token id. */
  target: string;
  role?: Role;
  label?: string;
  expires?: string;
  data: string;
}

async function readPassword(): Promise<string> {
  if (process.env.TALLY_PASSWORD) return process.env.TALLY_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

/** The command, or a message saying what is wrong with it. */
export function parseUserCommand(args: string[]): UserCommand | Error {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { role: { type: "string" }, label: { type: "string" }, expires: { type: "string" }, data: { type: "string" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return new Error((error as Error).message);
  }
  const [action, target = "", ...extra] = parsed.positionals;
  const { role, label, expires, data } = parsed.values;
  if (!(ACTIONS as readonly string[]).includes(action ?? "")) return new Error(`expected one of ${ACTIONS.join(", ")}${action ? `, not '${action}'` : ""}`);
  if (extra.length > 0) return new Error(`unexpected '${extra[0]}'`);
  if (action === "list") {
    if (target) return new Error(`'list' takes no name`);
  } else if (action === "revoke") {
    if (!/^[1-9]\d{0,14}$/.test(target)) return new Error(target ? `token id '${target}' is not a number (see 'tally user tokens NAME')` : "expected 'revoke TOKEN-ID'");
  } else if (!NAME.test(target)) {
    return new Error(target ? `name '${target}' may hold letters, digits, . _ @ - (up to 64)` : `expected '${action} NAME'`);
  }
  if ((action === "add" || action === "role") && !(ROLES as readonly string[]).includes(role ?? "")) return new Error(`--role '${role ?? ""}' is not one of ${ROLES.join(", ")}`);
  if (role !== undefined && action !== "add" && action !== "role") return new Error(`--role goes with 'add' or 'role', not '${action}'`);
  if ((label !== undefined || expires !== undefined) && action !== "token") return new Error(`--label and --expires go with 'token', not '${action}'`);
  return { action: action as Action, target, role: role as Role | undefined, label, expires, data: data ?? "tally-data" };
}

async function newPasswordHash(): Promise<string | Error> {
  const password = await readPassword();
  if (password.length < MIN_PASSWORD) return new Error(`the password must have at least ${MIN_PASSWORD} characters`);
  return hashPassword(password);
}

/** Runs one command on open accounts; returns the exit status, having written what to say. */
export async function runUserCommand(accounts: AccountRepository, command: UserCommand, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { action, target: name } = command;
  const noUser = () => {
    err(`no user '${name}' (see 'tally user list')`);
    return 1;
  };
  switch (action) {
    case "add": {
      if (await accounts.findUser(name)) {
        err(`user '${name}' exists; change its password with 'tally user password ${name}' or its role with 'tally user role ${name} --role …'`);
        return 1;
      }
      const hash = await newPasswordHash();
      if (hash instanceof Error) return err(hash.message), 1;
      if (!(await accounts.addUser(name, command.role!, hash))) return err(`user '${name}' exists`), 1;
      out(`user ${name} saved with role ${command.role}`);
      return 0;
    }
    case "password": {
      if (!(await accounts.findUser(name))) return noUser();
      const hash = await newPasswordHash();
      if (hash instanceof Error) return err(hash.message), 1;
      if (!(await accounts.setPassword(name, hash))) return noUser();
      out(`password of ${name} changed; its sessions have ended (API tokens are kept: revoke them with 'tally user revoke')`);
      return 0;
    }
    case "role":
      if (!(await accounts.setRole(name, command.role!))) return noUser();
      out(`user ${name} now has role ${command.role}`);
      return 0;
    case "remove":
      if (!(await accounts.removeUser(name))) return noUser();
      out(`user ${name} removed, with its sessions and API tokens`);
      return 0;
    case "list": {
      const users = await accounts.listUsers();
      if (users.length === 0) out("no accounts (on 127.0.0.1 the server has one local user; add one with 'tally user add NAME --role admin')");
      for (const user of users) out(`${user.name}\t${user.role}\t${user.sessions} session${user.sessions === 1 ? "" : "s"}\t${user.tokens} token${user.tokens === 1 ? "" : "s"}`);
      return 0;
    }
    case "token":
      return makeToken(accounts, command, out, err);
    case "tokens":
      return listTokens(accounts, name, out, err);
    case "revoke":
      return revokeToken(accounts, Number(name), out, err);
  }
}

export async function run(args: string[]): Promise<number> {
  const command = parseUserCommand(args);
  if (command instanceof Error) {
    process.stderr.write(`tally user: ${command.message}\n${USER_USAGE}\n`);
    return 2;
  }
  const store = await openStoreForCli("user", command.data);
  if (!store) return 1;
  try {
    return await runUserCommand(
      store.accounts,
      command,
      (text) => process.stdout.write(`${text}\n`),
      (text) => process.stderr.write(`tally user: ${text}\n`),
    );
  } finally {
    await store.close();
  }
}
