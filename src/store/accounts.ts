// Accounts in the store's database (migrations 003 and 004): users with a role and a password hash,
// their sign-in sessions and API tokens (both kept only as hashes). The server decides who may do
// what; this only stores.
import { asUser, isRole, ROLES, type AccountUser, type Role } from "./account-roles.js";
import type { Queryable } from "./db.js";
import { sqlSessionRepository, type SessionRepository } from "./account-sessions.js";
import { sqlTokenRepository, type TokenRepository } from "./account-tokens.js";

export { ROLES, isRole, type AccountUser, type Role } from "./account-roles.js";
export { type ApiTokenInfo, type TokenCheck } from "./account-tokens.js";

export interface AccountSummary extends AccountUser {
  createdAt: string;
  /** Sessions not yet expired. */
  sessions: number;
  /** Tokens neither revoked nor expired. */
  tokens: number;
}

/** What the server's authentication and `tally user` ask of wherever accounts are kept. */
export interface AccountRepository extends SessionRepository, TokenRepository {
  countUsers(): Promise<number>;
  /** The user with its password hash, for login. */
  findUser(name: string): Promise<(AccountUser & { passwordHash: string }) | null>;
  listUsers(): Promise<AccountSummary[]>;
  /** Adds the user, or changes its role and password when it exists (ending its sessions then). */
  saveUser(name: string, role: Role, passwordHash: string): Promise<void>;
  /** Adds the user; false, changing nothing, when the name is taken. */
  addUser(name: string, role: Role, passwordHash: string): Promise<boolean>;
  /** Changes the password and ends every session of the user at once; false when there is no such user. */
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  /** Takes effect on the user's next request (sessions and tokens read the role each time). */
  setRole(name: string, role: Role): Promise<boolean>;
  /** Removes the user with its sessions and tokens; false when there is no such user. */
  removeUser(name: string): Promise<boolean>;
}

function checkRole(role: string): void {
  if (!isRole(role)) throw new Error(`role '${role}' is not one of ${ROLES.join(", ")}`);
}

export function sqlAccountRepository(db: Queryable): AccountRepository {
  return {
    ...sqlSessionRepository(db),
    ...sqlTokenRepository(db),
    async countUsers() {
      const { rows } = await db.query<{ n: number | string }>("SELECT count(*) AS n FROM app_user");
      return Number(rows[0]?.n ?? 0);
    },
    async findUser(name) {
      const { rows } = await db.query<{ name: string; role: string; password_hash: string }>(
        "SELECT name, role, password_hash FROM app_user WHERE name = $1",
        [name],
      );
      return rows[0] ? { ...asUser(rows[0]), passwordHash: rows[0].password_hash } : null;
    },
    async listUsers() {
      const { rows } = await db.query<{ name: string; role: string; created_at: string; sessions: number | string; tokens: number | string }>(
        `SELECT u.name, u.role, u.created_at,
           (SELECT count(*) FROM app_session s WHERE s.user_name = u.name AND s.expires_at > now()) AS sessions,
           (SELECT count(*) FROM api_token t WHERE t.user_name = u.name AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())) AS tokens
         FROM app_user u ORDER BY u.name`,
      );
      return rows.map((row) => ({ ...asUser(row), createdAt: row.created_at, sessions: Number(row.sessions), tokens: Number(row.tokens) }));
    },
    async saveUser(name, role, passwordHash) {
      checkRole(role);
      // One statement: the sessions end in the same commit that rewrites the password.
      await db.query(
        `WITH ended AS (DELETE FROM app_session WHERE user_name = $1)
         INSERT INTO app_user (name, role, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash`,
        [name, role, passwordHash],
      );
    },
    async addUser(name, role, passwordHash) {
      checkRole(role);
      const { rowCount } = await db.query("INSERT INTO app_user (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING", [name, role, passwordHash]);
      return rowCount > 0;
    },
    async setPassword(name, passwordHash) {
      const { rows } = await db.query<{ name: string }>(
        `WITH ended AS (DELETE FROM app_session WHERE user_name = $1)
         UPDATE app_user SET password_hash = $2 WHERE name = $1 RETURNING name`,
        [name, passwordHash],
      );
      return rows.length > 0;
    },
    async setRole(name, role) {
      checkRole(role);
      const { rows } = await db.query<{ name: string }>("UPDATE app_user SET role = $2 WHERE name = $1 RETURNING name", [name, role]);
      return rows.length > 0;
    },
    async removeUser(name) {
      // Sessions and tokens go with the user (ON DELETE CASCADE).
      const { rows } = await db.query<{ name: string }>("DELETE FROM app_user WHERE name = $1 RETURNING name", [name]);
      return rows.length > 0;
    },
  };
}
