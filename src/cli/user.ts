// `tally user add NAME --role R` and `tally user token NAME`: accounts for a server reached over the network.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { userNameProblem } from "../domain/user-name.js";
import { openStoreForCli } from "../report/open-store.js";
import { ROLES, type Role } from "../server/auth/accounts.js";
import { hashPassword, hashToken, newApiToken } from "../server/auth/password.js";

const USAGE = `usage: tally user add NAME --role viewer|editor|admin [--data DIR]   (password from TALLY_PASSWORD or stdin)
       tally user token NAME [--label TEXT] [--data DIR]                  (prints a new API token once)`;

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

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { role: { type: "string" }, label: { type: "string" }, data: { type: "string" } }, strict: true, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`tally user: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [action, name] = parsed.positionals;
  const { role, label, data } = parsed.values;
  const nameProblem = name ? userNameProblem(name) : null;
  if ((action !== "add" && action !== "token") || !name || nameProblem) {
    process.stderr.write(`tally user: ${name && nameProblem ? `name '${name.slice(0, 80)}': ${nameProblem}` : "expected 'add NAME' or 'token NAME'"}\n${USAGE}\n`);
    return 2;
  }
  if (action === "add" && !(ROLES as readonly string[]).includes(role ?? "")) {
    process.stderr.write(`tally user: --role '${role ?? ""}' is not one of ${ROLES.join(", ")}\n${USAGE}\n`);
    return 2;
  }
  const store = await openStoreForCli("user", data ?? "tally-data");
  if (!store) return 1;
  try {
    const accounts = store.accounts;
    if (action === "add") {
      const password = await readPassword();
      if (password.length < 10) {
        process.stderr.write("tally user: the password must have at least 10 characters\n");
        return 1;
      }
      await accounts.saveUser(name, role as Role, await hashPassword(password));
      process.stdout.write(`user ${name} saved with role ${role}\n`);
      return 0;
    }
    if (!(await accounts.findUser(name))) {
      process.stderr.write(`tally user: no user '${name}'; add it first with 'tally user add ${name} --role …'\n`);
      return 1;
    }
    const token = newApiToken();
    await accounts.addToken(name, hashToken(token), label ?? "cli");
    process.stdout.write(`${token}\n`);
    process.stderr.write("Keep this token: it is stored hashed and cannot be shown again. Send it as 'Authorization: Bearer TOKEN'.\n");
    return 0;
  } finally {
    await store.close();
  }
}
