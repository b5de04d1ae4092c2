// Accounts in the store's database (tables from migration 003): users with a role and a password
// hash, and API tokens kept only as hashes. The server decides who may do what; this only stores.
import type { Queryable } from "./db.js";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface AccountUser {
  name: string;
  role: Role;
}

/** What the server's authentication asks of wherever accounts are kept. */
export interface AccountRepository {
  countUsers(): Promise<number>;
  /** The user with its password hash, for login. */
  findUser(name: string): Promise<(AccountUser & { passwordHash: string }) | null>;
  findUserByToken(tokenHash: string): Promise<AccountUser | null>;
  /** Adds the user, or changes its role and password when it exists. */
  saveUser(name: string, role: Role, passwordHash: string): Promise<void>;
  /** Fails with a message naming the user when there is no such user. */
  addToken(name: string, tokenHash: string, label: string): Promise<void>;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role the table's CHECK let through but this code does not know reads as the least one. */
const asUser = (row: { name: string; role: string }): AccountUser => ({ name: row.name, role: isRole(row.role) ? row.role : "viewer" });

export function sqlAccountRepository(db: Queryable): AccountRepository {
  return {
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
    async findUserByToken(tokenHash) {
      const { rows } = await db.query<{ name: string; role: string }>(
        "SELECT u.name, u.role FROM api_token t JOIN app_user u ON u.name = t.user_name WHERE t.token_hash = $1",
        [tokenHash],
      );
      return rows[0] ? asUser(rows[0]) : null;
    },
    async saveUser(name, role, passwordHash) {
      if (!isRole(role)) throw new Error(`role '${role}' is not one of ${ROLES.join(", ")}`);
      await db.query(
        `INSERT INTO app_user (name, role, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash`,
        [name, role, passwordHash],
      );
    },
    async addToken(name, tokenHash, label) {
      const { rowCount } = await db.query(
        "INSERT INTO api_token (token_hash, user_name, label) SELECT $1, name, $3 FROM app_user WHERE name = $2",
        [tokenHash, name, label],
      );
      if (rowCount === 0) throw new Error(`no user '${name}'`);
    },
  };
}
