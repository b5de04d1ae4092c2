// `tally user token | tokens | revoke`: API tokens made, listed and revoked. A token is printed once
// and stored only as its SHA-256; listings show its id, label and dates, never the token.
import { hashToken, newApiToken } from "../server/auth/password.js";
import type { AccountRepository, ApiTokenInfo } from "../store/accounts.js";
import { parseExpiry } from "./token-expiry.js";

type Say = (text: string) => void;

/** "2026-03-01 10:00 UTC", or the word given for no time. */
function when(iso: string | null, none: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : none;
}

function state(token: ApiTokenInfo, now: Date): string {
  if (token.revokedAt) return `revoked ${when(token.revokedAt, "")}`;
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return "expired";
  return "valid";
}

export async function makeToken(accounts: AccountRepository, command: { target: string; label?: string; expires?: string }, out: Say, err: Say): Promise<number> {
  const name = command.target;
  const now = new Date();
  const expiresAt = command.expires === undefined ? null : parseExpiry(command.expires, now);
  if (expiresAt instanceof Error) return err(expiresAt.message), 2;
  if (!(await accounts.findUser(name))) {
    err(`no user '${name}'; add it first with 'tally user add ${name} --role …'`);
    return 1;
  }
  const token = newApiToken();
  const id = await accounts.addToken(name, hashToken(token), command.label ?? "cli", expiresAt);
  out(token);
  err(
    `token ${id} for ${name}${expiresAt ? `, valid until ${when(expiresAt.toISOString(), "")}` : ", no expiry"}. ` +
      "Keep it: it is stored hashed and cannot be shown again. Send it as 'Authorization: Bearer TOKEN'; revoke it with 'tally user revoke " +
      `${id}'.`,
  );
  return 0;
}

export async function listTokens(accounts: AccountRepository, name: string, out: Say, err: Say): Promise<number> {
  if (!(await accounts.findUser(name))) {
    err(`no user '${name}' (see 'tally user list')`);
    return 1;
  }
  const tokens = await accounts.listTokens(name);
  if (tokens.length === 0) {
    out(`no API tokens for ${name} (make one with 'tally user token ${name}')`);
    return 0;
  }
  const now = new Date();
  const rows = [["id", "label", "created", "expires", "last used", "state"], ...tokens.map((t) => [String(t.id), t.label, when(t.createdAt, "-"), when(t.expiresAt, "never"), when(t.lastUsedAt, "never"), state(t, now)])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) out(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  "));
  return 0;
}

export async function revokeToken(accounts: AccountRepository, id: number, out: Say, err: Say): Promise<number> {
  const token = await accounts.revokeToken(id);
  if (!token) {
    err(`no API token ${id} (see 'tally user tokens NAME')`);
    return 1;
  }
  out(`token ${id} of ${token.userName} ('${token.label}') revoked at ${when(token.revokedAt, "")}`);
  return 0;
}
